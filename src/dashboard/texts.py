"""Every user-facing text of the app, Danish first and English second, keyed by a stable id.

Texts may hold `str.format` fields, e.g. "{row}"; `text()` fills them in.
"""

from __future__ import annotations

from typing import Final, Literal

Language = Literal["da", "en"]
LANGUAGES: Final[tuple[Language, ...]] = ("da", "en")
DEFAULT_LANGUAGE: Final[Language] = "da"

TEXTS: Final[dict[str, dict[Language, str]]] = {
    # --- The shared frame -------------------------------------------------------------
    "app.title": {
        "da": "Ledelsesstafetten",
        "en": "The leadership relay",
    },
    "frame.language": {"da": "Sprog", "en": "Language"},
    "frame.language.da": {"da": "Dansk", "en": "Dansk"},
    "frame.language.en": {"da": "English", "en": "English"},
    "frame.provenance": {
        "da": "Data: {n_pairs} spørgsmål og svar udvalgt i rapporten *{title}* "
        "({publisher}, {years}).",
        "en": "Data: {n_pairs} questions and answers selected in the report *{title}* "
        "({publisher}, {years}).",
    },
    "frame.provenance_file": {
        "da": "Data: {n_pairs} spørgsmål og svar fra filen {file}.",
        "en": "Data: {n_pairs} questions and answers from the file {file}.",
    },
    "frame.uploaded_note": {
        "da": "Indlæst på siden Data; kun i denne browser-session. "
        "De medfølgende data er uændrede.",
        "en": "Loaded on the Data page; only in this browser session. "
        "The bundled data is unchanged.",
    },
    "frame.back_to_startup": {
        "da": "Tilbage til de medfølgende data",
        "en": "Back to the bundled data",
    },
    "frame.unexpected_error": {
        "da": "Noget gik galt på denne side. Dine valg er gemt; prøv at genindlæse siden eller "
        "vælge en anden side. Fejlen er skrevet i serverens log.",
        "en": "Something went wrong on this page. Your choices are kept; try reloading the page "
        "or picking another page. The error is written to the server's log.",
    },
    "frame.data_error": {
        "da": "Data kunne ikke indlæses. Ret disse problemer i filen og genindlæs siden:",
        "en": "The data could not be loaded. Fix these problems in the file and reload the page:",
    },
    # --- Navigation ---------------------------------------------------------------------
    "nav.overview": {"da": "Oversigt", "en": "Overview"},
    "guide.overview": {
        "da": "Baggrunden for stafetten, hvem der deltog, og hvad data rummer.",
        "en": "The background of the relay, who took part, and what the data holds.",
    },
    "nav.themes": {"da": "Temaer", "en": "Themes"},
    "guide.themes": {
        "da": "Kagerne: hvordan hver gruppes udvalgte spørgsmål fordeler sig på temaer.",
        "en": "The cakes: how each group's selected questions spread over themes.",
    },
    # --- Theme counts and charts --------------------------------------------------------
    "themes.title": {"da": "Temaer – kagen af spørgsmål", "en": "Themes – the cake of questions"},
    "themes.intro.report": {
        "da": "Rapporten samlede alle deltagernes spørgsmål i temaer og viste dem som en kage "
        "for hver gruppe, men kagernes andele står ikke i kilden. Kagerne her er **beregnet fra "
        "de udvalgte spørgsmål** i rapporten: de viser andel af de udvalgte spørgsmål, ikke "
        "rapportens egen kage.",
        "en": "The report grouped all participants' questions into themes and showed them as a "
        "cake for each group, but the cakes' shares are not in the source. The cakes here are "
        "**computed from the selected questions** in the report: they show the share of the "
        "selected questions, not the report's own cake.",
    },
    "themes.share_of_selected": {
        "da": "Andel af de udvalgte spørgsmål (beregnet fra data)",
        "en": "Share of the selected questions (computed from the data)",
    },
    "themes.tooltip.theme": {"da": "Tema", "en": "Theme"},
    "themes.tooltip.group": {"da": "Gruppe", "en": "Group"},
    "themes.tooltip.count": {"da": "Spørgsmål", "en": "Questions"},
    "themes.tooltip.share": {"da": "Andel", "en": "Share"},
    "themes.donut_takeaway": {
        "da": "{group}: {n} udvalgte spørgsmål fordelt på {k} temaer. Flest om {top}: "
        "{count} spørgsmål{each}, {share} af gruppens udvalgte spørgsmål.",
        "en": "{group}: {n} selected questions over {k} themes. Most on {top}: "
        "{count} questions{each}, {share} of the group's selected questions.",
    },
    "themes.totals_takeaway": {
        "da": "{group}: {n} spørgsmål i hele stafetten fordelt på {k} temaer (oplyst i "
        "metadatafilen). Flest om {top}: {count} spørgsmål{each}, {share}.",
        "en": "{group}: {n} questions in the whole relay over {k} themes (stated in the metadata "
        "file). Most on {top}: {count} questions{each}, {share}.",
    },
    "themes.and": {"da": "og", "en": "and"},
    "themes.each": {"da": " hver", "en": " each"},
    "themes.source_says.report": {"da": "Det siger rapporten", "en": "What the report says"},
    "themes.source_says.file": {
        "da": "Det siger metadatafilen",
        "en": "What the metadata file says",
    },
    "themes.source_says.none": {"da": "Det siger kilden", "en": "What the source says"},
    "themes.report_count.report": {
        "da": "Spørgsmålene blev samlet i **{n} temaer** (oplyst i rapporten).",
        "en": "The questions were grouped into **{n} themes** (stated in the report).",
    },
    "themes.report_count.file": {
        "da": "Spørgsmålene blev samlet i **{n} temaer** (oplyst i metadatafilen).",
        "en": "The questions were grouped into **{n} themes** (stated in the metadata file).",
    },
    "themes.report_count.none": {
        "da": "Antallet af temaer i hele stafetten er *ikke oplyst i kilden*.",
        "en": "The number of themes in the whole relay is *not given in the source*.",
    },
    "themes.totals_title": {
        "da": "{group} – hele stafetten",
        "en": "{group} – the whole relay",
    },
    "themes.totals_subtitle": {
        "da": "Spørgsmål pr. tema i hele stafetten (oplyst i metadatafilen)",
        "en": "Questions per theme in the whole relay (stated in the metadata file)",
    },
    "themes.in_data": {
        "da": "Temaer i de udvalgte spørgsmål (optalt fra data):",
        "en": "Themes among the selected questions (counted from the data):",
    },
    "themes.not_in_source": {
        "da": "Øvrige temaer ({n}): *ikke oplyst i kilden*",
        "en": "Other themes ({n}): *not given in the source*",
    },
    "themes.bars_title": {
        "da": "Grupperne side om side",
        "en": "The groups side by side",
    },
    "themes.bars_chart_title": {
        "da": "Temaernes andel i hver gruppe",
        "en": "Each theme's share in each group",
    },
    "themes.bars_axis": {
        "da": "Andel af gruppens udvalgte spørgsmål",
        "en": "Share of the group's selected questions",
    },
    "themes.bars_takeaway": {
        "da": "Hver gruppes udvalgte spørgsmål som 100 %, delt på temaer. {parts}.",
        "en": "Each group's selected questions as 100%, split by theme. {parts}.",
    },
    "themes.bars_part": {
        "da": "{group}: størst andel {top} ({share})",
        "en": "{group}: largest share {top} ({share})",
    },
    "themes.pick": {"da": "Vælg et tema", "en": "Pick a theme"},
    "themes.pick_help": {
        "da": "Eller klik på et stykke af en kage.",
        "en": "Or click a slice of a cake.",
    },
    "themes.open_cards": {
        "da": "Se de {n} kort om {theme}",
        "en": "See the {n} cards on {theme}",
    },
    "nav.cards": {"da": "Spørgsmål og svar", "en": "Questions and answers"},
    "guide.cards": {
        "da": "Kortene: hvert udvalgt spørgsmål med sit svar. Filtrér på gruppe, tema og fritekst, "
        "og læg kort i 'udvalgte kort' til et møde.",
        "en": "The cards: each selected question with its answer. Filter by group, theme and "
        "free text, and put cards in 'selected cards' for a meeting.",
    },
    # --- Cards page -----------------------------------------------------------------------
    "cards.title": {"da": "Spørgsmål og svar", "en": "Questions and answers"},
    "cards.groups": {"da": "Grupper", "en": "Groups"},
    "cards.themes": {"da": "Temaer", "en": "Themes"},
    "cards.none_means_all": {
        "da": "Intet valgt betyder alle.",
        "en": "Nothing picked means all.",
    },
    "cards.query": {"da": "Søg i teksten", "en": "Search the text"},
    "cards.query_placeholder": {
        "da": 'fx organisation eller "offentlige sektor"',
        "en": 'e.g. organisation or "offentlige sektor"',
    },
    "cards.query_help": {
        "da": "Finder alle bøjningsformer (organisation finder også organisationen). Flere ord: "
        'alle skal findes. "Citationstegn" søger en præcis frase. Teksten er på dansk.',
        "en": "Finds every form of a word (organisation also finds organisationen). Several "
        'words: all must occur. "Quotes" search an exact phrase. The text is in Danish.',
    },
    "cards.kind": {"da": "Vis og søg i", "en": "Show and search"},
    "cards.kind.questions": {"da": "Spørgsmål", "en": "Questions"},
    "cards.kind.answers": {"da": "Svar", "en": "Answers"},
    "cards.kind.all": {"da": "Begge", "en": "Both"},
    "cards.showing": {"da": "Viser {n} af {total}", "en": "Showing {n} of {total}"},
    "cards.query_has_no_words": {
        "da": "Søgningen indeholder ingen ord, så den er ikke brugt. Skriv mindst ét ord.",
        "en": "The search holds no words, so it is not used. Type at least one word.",
    },
    "cards.empty": {"da": "Ingen kort passer til filtrene.", "en": "No card matches the filters."},
    "cards.empty.query": {
        "da": "Ingen tekst indeholder alle ord i søgningen »{query}«: prøv færre ord eller "
        "et andet ord.",
        "en": "No text holds every word of the search “{query}”: try fewer or other words.",
    },
    "cards.empty.kind": {
        "da": "Der søges kun i én del af kortene: vælg »Begge«.",
        "en": "Only one part of the cards is searched: pick “Both”.",
    },
    "cards.empty.filters": {
        "da": "Grupper og temaer er afgrænset: fjern nogle af valgene.",
        "en": "Groups and themes are narrowed: remove some of the picks.",
    },
    "cards.empty.shortlist": {
        "da": "Kun udvalgte kort vises: slå det fra, eller læg flere kort i udvalgte.",
        "en": "Only selected cards are shown: turn that off, or add more cards.",
    },
    "cards.page": {"da": "Side (af {pages})", "en": "Page (of {pages})"},
    "cards.page_range": {
        "da": "Kort {first}–{last} på denne side.",
        "en": "Cards {first}–{last} on this page.",
    },
    "cards.reset": {"da": "Nulstil filtrene", "en": "Reset the filters"},
    "cards.question": {"da": "Spørgsmål", "en": "Question"},
    "cards.answer": {"da": "Svar", "en": "Answer"},
    "cards.no_answer": {"da": "Intet svar i kilden.", "en": "No answer in the source."},
    "cards.source": {"da": "Kilde: {source}", "en": "Source: {source}"},
    "cards.shortlist_add": {"da": "Læg i udvalgte kort", "en": "Add to selected cards"},
    "cards.shortlist_remove": {"da": "Fjern fra udvalgte kort", "en": "Remove from selected cards"},
    "cards.shortlist_count": {
        "da": "{n} udvalgte kort til præsentation",
        "en": "{n} selected cards for presenting",
    },
    "cards.shortlist_only": {"da": "Vis kun udvalgte kort", "en": "Show only selected cards"},
    "cards.shortlist_clear": {"da": "Tøm udvalgte kort", "en": "Clear selected cards"},
    "nav.words": {"da": "Ord", "en": "Words"},
    "guide.words": {
        "da": "Ordskyer over de hyppigste ord i hver gruppe, med tallene ved siden af og hvert "
        "ord i sin sammenhæng.",
        "en": "Word clouds of each group's most frequent words, with the numbers beside them "
        "and every word in its context.",
    },
    "nav.crossreading": {"da": "Tværlæsning", "en": "Cross-reading"},
    "guide.crossreading": {
        "da": "Rapportens to refleksioner med tallene bag dem, og en fri sammenligning af to "
        "udsnit side om side.",
        "en": "The report's two reflections with the numbers behind them, and a free comparison "
        "of two selections side by side.",
    },
    # --- Word pages -----------------------------------------------------------------------
    "words.title": {
        "da": "Ord – hyppigste ord i hver gruppe",
        "en": "Words – each group's most frequent words",
    },
    "words.intro.report": {
        "da": "Rapportens egne ordskyer er ikke med i kilden. Ordskyerne her er **beregnet fra de "
        "udvalgte spørgsmål og svar**: almindelige fyldord er fjernet, og bøjningsformer af "
        "samme ord tælles sammen (organisation, organisationen …).",
        "en": "The report's own word clouds are not in the source. The clouds here are "
        "**computed from the selected questions and answers**: common filler words are left "
        "out, and the forms of one word count together (organisation, organisationen …).",
    },
    "words.kind": {"da": "Ord fra", "en": "Words from"},
    "words.top": {"da": "Antal ord", "en": "Number of words"},
    "words.cloud_alt": {
        "da": "Ordsky for {selection}: {terms}. Tallene står i tabellen ved siden af.",
        "en": "Word cloud for {selection}: {terms}. The numbers are in the table beside it.",
    },
    "words.computed": {
        "da": "Beregnet fra de udvalgte tekster: {n_words} ord i alt, fyldord medregnet.",
        "en": "Computed from the selected texts: {n_words} words in all, filler words included.",
    },
    "words.no_words": {
        "da": "Ingen ord at vise for dette udsnit.",
        "en": "No words to show for this selection.",
    },
    "words.column.term": {"da": "Ord", "en": "Word"},
    "words.column.count": {"da": "Antal", "en": "Count"},
    "words.column.per_1000": {"da": "Pr. 1.000 ord", "en": "Per 1,000 words"},
    "words.pick": {"da": "Se et ord i sammenhæng", "en": "See a word in context"},
    "words.pick_help": {
        "da": "Vælg et af de hyppige ord, eller skriv et andet ord.",
        "en": "Pick one of the frequent words, or type another word.",
    },
    "words.pick_placeholder": {"da": "Vælg eller skriv et ord", "en": "Pick or type a word"},
    "words.kwic_count": {
        "da": "Forekomster: {n} (i {n_cards} kort)",
        "en": "Occurrences: {n} (cards: {n_cards})",
    },
    "words.kwic_none": {"da": "Ordet forekommer ikke her.", "en": "The word does not occur here."},
    "words.kwic_not_a_word": {
        "da": "Skriv præcis ét ord (bogstaver, ingen mellemrum).",
        "en": "Type exactly one word (letters, no spaces).",
    },
    "words.open_cards": {
        "da": "Se kortene med »{term}«",
        "en": "See the cards with “{term}”",
    },
    "words.field.question": {"da": "spørgsmål", "en": "question"},
    "words.field.answer": {"da": "svar", "en": "answer"},
    # --- Cross-reading page ---------------------------------------------------------------
    "cross.title": {"da": "Tværlæsning", "en": "Cross-reading"},
    "cross.intro.report": {
        "da": "Rapporten læser på tværs af de to stafetter og giver to oplæg til refleksion. "
        "Her står hvert oplæg ved siden af tallene fra de udvalgte spørgsmål og svar.",
        "en": "The report reads across the two relays and gives two prompts for reflection. "
        "Here each prompt stands beside the numbers from the selected questions and answers.",
    },
    "cross.reflection": {"da": "Refleksion fra rapporten", "en": "Reflection from the report"},
    "cross.quoted": {"da": "Citeret fra kilden.", "en": "Quoted from the source."},
    "cross.translated": {
        "da": "Appens oversættelse af kildens danske tekst.",
        "en": "The app's translation of the source's Danish text.",
    },
    "cross.evidence": {"da": "I de udvalgte data", "en": "In the selected data"},
    "cross.evidence_caveat.report": {
        "da": "Optalt fra de udvalgte spørgsmål i rapporten. Rapportens refleksion bygger på "
        "alle stafettens spørgsmål, så tallene her kan pege en anden vej.",
        "en": "Counted from the questions selected in the report. The report's reflection rests "
        "on all the relay's questions, so the numbers here may point another way.",
    },
    "cross.theme_share": {
        "da": "{count} af {n} udvalgte spørgsmål handler om {theme}",
        "en": "{count} of {n} selected questions are on {theme}",
    },
    "cross.word_table.group": {"da": "Gruppe", "en": "Group"},
    "cross.word_table.word": {"da": "Ord", "en": "Word"},
    "cross.word_table.questions_with": {"da": "Spørgsmål med ordet", "en": "Questions with it"},
    "cross.word_table.count": {"da": "Forekomster", "en": "Occurrences"},
    "cross.word_table.per_1000": {"da": "Pr. 1.000 ord", "en": "Per 1,000 words"},
    "cross.kwic": {"da": "»{word}« i spørgsmålene", "en": "“{word}” in the questions"},
    "cross.compare": {"da": "Sammenlign to udsnit", "en": "Compare two selections"},
    "cross.compare_intro": {
        "da": "Vælg gruppe, tema og tekst til venstre og højre. Alt er beregnet fra de udvalgte "
        "spørgsmål og svar.",
        "en": "Pick group, theme and text for the left and the right. Everything is computed "
        "from the selected questions and answers.",
    },
    "cross.left": {"da": "Venstre", "en": "Left"},
    "cross.right": {"da": "Højre", "en": "Right"},
    "cross.group": {"da": "Gruppe", "en": "Group"},
    "cross.theme": {"da": "Tema", "en": "Theme"},
    "cross.all_groups": {"da": "Alle grupper", "en": "All groups"},
    "cross.all_themes": {"da": "Alle temaer", "en": "All themes"},
    "cross.empty_side": {
        "da": "Dette udsnit har ingen spørgsmål: vælg en anden gruppe eller et andet tema.",
        "en": "This selection has no questions: pick another group or theme.",
    },
    "cross.same_sides": {
        "da": "De to sider er ens, så der er intet at sammenligne.",
        "en": "The two sides are the same, so there is nothing to compare.",
    },
    "cross.distinctive": {"da": "Mest særegne ord", "en": "Most distinctive words"},
    "cross.distinctive_help": {
        "da": 'z-score efter "Fightin\' Words" (Monroe, Colaresi & Quinn 2008): positiv hælder '
        "mod venstre, negativ mod højre. Omkring |z| > 2 er en tydelig forskel; sjældne ord får "
        "små tal. Antallet står ved siden af.",
        "en": 'z-score by "Fightin\' Words" (Monroe, Colaresi & Quinn 2008): positive leans '
        "left, negative right. Around |z| > 2 is a clear difference; rare words get small "
        "numbers. The counts stand beside it.",
    },
    "cross.no_clear_difference": {
        "da": "Intet ord når |z| ≥ 2: forskellene mellem siderne er små, så listerne viser kun "
        "tendenser.",
        "en": "No word reaches |z| ≥ 2: the differences between the sides are small, so the "
        "lists show tendencies only.",
    },
    "cross.column.z": {"da": "z", "en": "z"},
    "cross.column.count_left": {"da": "Antal venstre", "en": "Count left"},
    "cross.column.count_right": {"da": "Antal højre", "en": "Count right"},
    "cross.leans_left": {"da": "Hælder mod venstre", "en": "Leaning left"},
    "cross.leans_right": {"da": "Hælder mod højre", "en": "Leaning right"},
    "cross.only_left": {"da": "Kun venstre", "en": "Only left"},
    "cross.both": {"da": "Begge", "en": "Both"},
    "cross.only_right": {"da": "Kun højre", "en": "Only right"},
    "cross.term_count": {"da": "{n} ord", "en": "{n} words"},
    # --- Slides and exports -------------------------------------------------------------
    "slides.themes_heading": {"da": "Temaer – {group}", "en": "Themes – {group}"},
    "slides.card_heading": {"da": "Kort {n} af {total}", "en": "Card {n} of {total}"},
    "slides.words_from": {"da": "Ord fra: {kind}", "en": "Words from: {kind}"},
    "slides.participants": {
        "da": "{group}: {n} deltagere ({stated})",
        "en": "{group}: {n} participants ({stated})",
    },
    "slides.contributions": {
        "da": "{n} unikke bidrag i alt ({stated})",
        "en": "{n} unique contributions in all ({stated})",
    },
    "slides.stated.report": {"da": "oplyst i rapporten", "en": "stated in the report"},
    "slides.stated.file": {"da": "oplyst i metadatafilen", "en": "stated in the metadata file"},
    "slides.stated.none": {"da": "oplyst i filen", "en": "stated in the file"},
    "slides.pairs.report": {
        "da": "{n} spørgsmål og svar udvalgt i rapporten (optalt fra data)",
        "en": "{n} questions and answers selected in the report (counted from the data)",
    },
    "slides.pairs.file": {
        "da": "{n} spørgsmål og svar i data (optalt fra data)",
        "en": "{n} questions and answers in the data (counted from the data)",
    },
    "slides.cards_in_deck": {
        "da": "{n} kort i denne præsentation (optalt fra data)",
        "en": "{n} cards in this presentation (counted from the data)",
    },
    "slides.where.report": {
        "da": "rapporten »{title}« ({publisher}, {years})",
        "en": "the report “{title}” ({publisher}, {years})",
    },
    "slides.where.file": {"da": "filen »{file}«", "en": "the file “{file}”"},
    "slides.source": {"da": "Kilde: {where}.", "en": "Source: {where}."},
    "slides.source_computed": {
        "da": "Kilde: beregnet fra de udvalgte spørgsmål og svar i {where}.",
        "en": "Source: computed from the selected questions and answers in {where}.",
    },
    "slides.report_not_in_source": {
        "da": "Rapportens egne kager og ordskyer er ikke i kilden.",
        "en": "The report's own cakes and clouds are not in the source.",
    },
    "slides.source_reflection": {
        "da": "Kilde: {where}, refleksionen »{heading}«. Tallene er beregnet fra de udvalgte "
        "spørgsmål og svar.",
        "en": "Source: {where}, the reflection “{heading}”. The numbers are computed from the "
        "selected questions and answers.",
    },
    "export.progress.slide": {
        "da": "Dias {n} af {total}: {heading}",
        "en": "Slide {n} of {total}: {heading}",
    },
    "export.progress.table": {"da": "Skriver tabellen", "en": "Writing the table"},
    "export.progress.done": {"da": "Færdig", "en": "Done"},
    "export.page": {"da": "Side {page}", "en": "Page {page}"},
    "export.contents": {"da": "Indhold", "en": "Contents"},
    "export.cli.help": {
        "da": "eksportér kort, kager, ordskyer og refleksioner som PPTX, PDF, XLSX, CSV eller HTML",
        "en": "export cards, cakes, word clouds and reflections as PPTX, PDF, XLSX, CSV or HTML",
    },
    "export.cli.format": {
        "da": "filformat: {choices} (standard: ud fra --out)",
        "en": "file format: {choices} (default: from --out)",
    },
    "export.cli.out": {"da": "filen der skal skrives", "en": "the file to write"},
    "export.cli.group": {
        "da": "kun denne gruppe (kan gentages)",
        "en": "only this group (repeatable)",
    },
    "export.cli.theme": {
        "da": "kun dette tema (kan gentages)",
        "en": "only this theme (repeatable)",
    },
    "export.cli.query": {
        "da": 'søgning i teksten: ord (alle skal findes) og "fraser"',
        "en": 'search in the text: words (all must occur) and "phrases"',
    },
    "export.cli.lang": {"da": "sprog i filen", "en": "language of the file"},
    "export.cli.data": {
        "da": "CSV med spørgsmål og svar (standard: den medfølgende)",
        "en": "CSV of questions and answers (default: the bundled one)",
    },
    "export.cli.metadata": {
        "da": "TOML med metadata til --data (standard: ingen; de medfølgende data har deres)",
        "en": "TOML metadata for --data (default: none; the bundled data has its own)",
    },
    "export.error.format": {
        "da": "ukendt format '{value}'; mulige: {choices}",
        "en": "unknown format '{value}'; possible: {choices}",
    },
    "export.error.no_format": {
        "da": "angiv --format, eller giv --out en kendt endelse ({choices})",
        "en": "give --format, or give --out a known extension ({choices})",
    },
    "export.error.suffix": {
        "da": "--out skal ende på {suffixes} til formatet {format}, ikke '{name}'",
        "en": "--out must end in {suffixes} for the format {format}, not '{name}'",
    },
    "export.error.group": {
        "da": "ukendt gruppe '{value}'; mulige: {choices}",
        "en": "unknown group '{value}'; possible: {choices}",
    },
    "export.error.theme": {
        "da": "ukendt tema '{value}'; mulige: {choices}",
        "en": "unknown theme '{value}'; possible: {choices}",
    },
    "export.error.unwritable": {
        "da": "kan ikke skrive {path}: {reason}",
        "en": "cannot write {path}: {reason}",
    },
    "export.error.not_a_folder": {
        "da": "mappen findes ikke",
        "en": "the folder does not exist",
    },
    "export.error.data": {
        "da": "kan ikke læse {path}: {detail}",
        "en": "cannot read {path}: {detail}",
    },
    "export.written": {
        "da": "Skrev {path} ({n} kort).",
        "en": "Wrote {path} ({n} cards).",
    },
    # --- Reading uploaded and imported files (dashboard.ingest) -------------------------
    "problem.too_large": {
        "da": "Filen fylder {size} MB, men højst {max} MB er tilladt. Del tabellen op i flere "
        "filer.",
        "en": "The file is {size} MB, but at most {max} MB is allowed. Split the table into "
        "several files.",
    },
    "problem.wrong_type": {
        "da": "Filen '{name}' er ikke en tabel i CSV eller XLSX, men ligner en fil af typen "
        "{looks_like}. Gem tabellen som CSV UTF-8 eller som Excel-projektmappe (.xlsx), og prøv "
        "igen.",
        "en": "The file '{name}' is not a table in CSV or XLSX; it looks like a {looks_like} "
        "file. Save the table as CSV UTF-8 or as an Excel workbook (.xlsx) and try again.",
    },
    "problem.undecodable": {
        "da": "Filen indeholder tegn, der ikke er tekst (f.eks. binære data), så den kan ikke "
        "læses som en tabel. Gem filen som CSV UTF-8 eller XLSX.",
        "en": "The file holds characters that are not text (binary data, for instance), so it "
        "cannot be read as a table. Save the file as CSV UTF-8 or XLSX.",
    },
    "problem.xlsx_unreadable": {
        "da": "Excel-filen kan ikke åbnes: den er beskadiget eller ikke gemt færdig. Åbn den i "
        "Excel og gem den igen som XLSX, eller gem den som CSV UTF-8.",
        "en": "The Excel file cannot be opened: it is damaged or was not saved completely. Open "
        "it in Excel and save it again as XLSX, or save it as CSV UTF-8.",
    },
    "problem.xlsx_too_large": {
        "da": "Excel-filen er for stor til at læse: pakket ud fylder den over {max} MB, eller et "
        "ark når ud til celler langt fra tabellen. Slet tomme rækker og kolonner under og til "
        "højre for tabellen, eller del den op i flere filer.",
        "en": "The Excel file is too large to read: unpacked it takes more than {max} MB, or a "
        "sheet reaches cells far from the table. Delete empty rows and columns below and to the "
        "right of the table, or split it into several files.",
    },
    "problem.unclosed_quote": {
        "da": 'Et anførselstegn (") i rækken lukkes aldrig, så resten af filen ville blive læst '
        "som ét felt. Tjek anførselstegnene fra denne række og frem.",
        "en": 'A quotation mark (") in this row is never closed, so the rest of the file would '
        "be read as one field. Check the quotation marks from this row on.",
    },
    "problem.bad_quote": {
        "da": 'Et felt i anførselstegn (") efterfølges af andet end et skilletegn. Sæt '
        'anførselstegn om hele feltet, og skriv "" for et anførselstegn inde i teksten.',
        "en": 'A field in quotation marks (") is followed by something other than a delimiter. '
        'Put the quotation marks around the whole field, and write "" for a quotation mark '
        "inside the text.",
    },
    "problem.field_too_long": {
        "da": "Et felt i rækken er længere end {max} tegn. Forkort teksten eller del den op.",
        "en": "A field in this row is longer than {max} characters. Shorten the text or split "
        "it up.",
    },
    "problem.text_too_long": {
        "da": "Teksten er {length} tegn lang, men højst {max} tegn er tilladt. Forkort den "
        "eller del den op.",
        "en": "The text is {length} characters long, but at most {max} are allowed. Shorten it "
        "or split it up.",
    },
    "problem.too_many_rows": {
        "da": "Filen har mere end {max} rækker. Del tabellen op i flere filer.",
        "en": "The file has more than {max} rows. Split the table into several files.",
    },
    "problem.too_many_groups": {
        "da": "Filen har {count} forskellige grupper, men højst {max} er tilladt. Tjek kolonnen "
        "'group' (gruppe): står der noget andet end ledergruppen?",
        "en": "The file has {count} different groups, but at most {max} are allowed. Check the "
        "column 'group': does it hold something other than the leader group?",
    },
    "problem.duplicate_header": {
        "da": "Kolonnen står flere gange i overskriften ({headers}). Slet eller omdøb den ene.",
        "en": "The column appears more than once in the header ({headers}). Delete or rename "
        "one of them.",
    },
    "problem.empty_header": {
        "da": "Kolonne {position} har ingen overskrift, men rummer data. Giv kolonnen et navn "
        "(f.eks. 'answer') eller slet den.",
        "en": "Column {position} has no header but holds data. Give the column a name (e.g. "
        "'answer') or delete it.",
    },
    "ingest.read_as_csv": {
        "da": "Læst som CSV (tegnsæt {encoding}, adskilt med {delimiter}).",
        "en": "Read as CSV (encoding {encoding}, separated by {delimiter}).",
    },
    "ingest.read_as_xlsx": {
        "da": "Læst som Excel-projektmappe (XLSX), første ark.",
        "en": "Read as an Excel workbook (XLSX), first sheet.",
    },
    "ingest.delimiter.comma": {"da": "komma", "en": "commas"},
    "ingest.delimiter.semicolon": {"da": "semikolon", "en": "semicolons"},
    "ingest.delimiter.tab": {"da": "tabulator", "en": "tabs"},
    "ingest.renamed_columns": {
        "da": "Kolonner omdøbt: {renamed}.",
        "en": "Columns renamed: {renamed}.",
    },
    "ingest.generated_ids": {
        "da": "Filen har ingen kolonne 'id', så id'erne er lavet ud fra gruppe og tema.",
        "en": "The file has no column 'id', so the ids were made from group and theme.",
    },
    "ingest.cli.convert_help": {
        "da": "læs en stafetfil (CSV eller XLSX), tjek den og skriv den som ren CSV",
        "en": "read a relay file (CSV or XLSX), check it and write it as clean CSV",
    },
    "ingest.cli.import_help": {
        "da": "tjek en stafetfil (CSV eller XLSX) og gem den som en ny CSV i datamappen",
        "en": "check a relay file (CSV or XLSX) and save it as a new CSV in the data folder",
    },
    "ingest.cli.file_help": {"da": "CSV- eller XLSX-filen", "en": "the CSV or XLSX file"},
    "ingest.cli.out_help": {"da": "CSV-filen der skal skrives", "en": "the CSV file to write"},
    "ingest.cli.name_help": {
        "da": "navnet på den nye fil i datamappen (standard: ud fra filens navn)",
        "en": "the name of the new file in the data folder (default: from the file's name)",
    },
    "ingest.cli.data_dir_help": {
        "da": "datamappen (standard: {path})",
        "en": "the data folder (default: {path})",
    },
    "ingest.cli.written": {
        "da": "Skrev {path} ({rows} rækker).",
        "en": "Wrote {path} ({rows} rows).",
    },
    "ingest.cli.name_taken": {
        "da": "Der findes allerede en fil {taken}; den er ikke ændret.",
        "en": "A file {taken} already exists; it was left unchanged.",
    },
    "ingest.cli.cannot_write": {
        "da": "kan ikke skrive {path}: {detail}",
        "en": "cannot write {path}: {detail}",
    },
    "nav.data": {"da": "Data", "en": "Data"},
    "guide.data": {
        "da": "Indlæs en anden stafet (CSV eller XLSX), se hvert problem i filen, og udforsk den "
        "på alle sider. De medfølgende data ændres aldrig.",
        "en": "Load another relay (CSV or XLSX), see every problem in the file, and explore it on "
        "every page. The bundled data is never changed.",
    },
    # --- Data page ------------------------------------------------------------------------
    "data.title": {"da": "Data – indlæs en anden stafet", "en": "Data – load another relay"},
    "data.intro": {
        "da": "Filen skal have kolonnerne **group**, **theme**, **question** og **answer** (eller "
        "de danske navne gruppe, tema, spørgsmål, svar); **id** og **source**/kilde kan udelades. "
        "CSV med komma eller semikolon (UTF-8 eller Windows-tegnsæt) og XLSX fra Excel kan "
        "læses. Intet bruges, før du har set forhåndsvisningen og bekræftet.",
        "en": "The file needs the columns **group**, **theme**, **question** and **answer** (or "
        "the Danish names gruppe, tema, spørgsmål, svar); **id** and **source**/kilde may be left "
        "out. CSV with commas or semicolons (UTF-8 or Windows encoding) and XLSX from Excel can be "
        "read. Nothing is used before you have seen the preview and confirmed.",
    },
    "data.current": {
        "da": "Appen viser nu: **{name}** ({n} spørgsmål og svar).",
        "en": "The app now shows: **{name}** ({n} questions and answers).",
    },
    "data.table_file": {"da": "Stafetfil (CSV eller XLSX)", "en": "Relay file (CSV or XLSX)"},
    "data.metadata_file": {
        "da": "Metadata (valgfri, TOML som data/relay.toml)",
        "en": "Metadata (optional, TOML like data/relay.toml)",
    },
    "data.metadata_help": {
        "da": "Titel, deltagere pr. gruppe og hele stafettens antal spørgsmål pr. tema "
        "(theme_totals). Det, der står her, vises som oplyst i metadatafilen.",
        "en": "Title, participants per group and the whole relay's questions per theme "
        "(theme_totals). What it states is shown as stated in the metadata file.",
    },
    "data.problems": {
        "da": "Filen kan ikke bruges endnu. Ret disse problemer ({n}) og indlæs den igen:",
        "en": "The file cannot be used yet. Fix these problems ({n}) and load it again:",
    },
    "data.warnings": {"da": "Bemærk:", "en": "Note:"},
    "data.ok": {
        "da": "Filen kan bruges: {n} spørgsmål, {n_answers} svar, grupper: {groups}.",
        "en": "The file can be used: {n} questions, {n_answers} answers, groups: {groups}.",
    },
    "data.preview": {
        "da": "Forhåndsvisning (de første {n} rækker af {total})",
        "en": "Preview (the first {n} rows of {total})",
    },
    "data.use": {"da": "Brug denne stafet på alle sider", "en": "Use this relay on every page"},
    "data.using": {
        "da": "Alle sider viser nu den indlæste stafet.",
        "en": "Every page now shows the loaded relay.",
    },
    "data.download_clean": {
        "da": "Hent den rensede fil (CSV, UTF-8)",
        "en": "Download the cleaned file (CSV, UTF-8)",
    },
    "nav.presentation": {"da": "Præsentation", "en": "Presentation"},
    "guide.presentation": {
        "da": "Ét dias ad gangen i stor skrift til møder: de udvalgte kort (eller det aktuelle "
        "filter), kagerne, ordskyerne og refleksionerne; hent det hele som PPTX, PDF eller HTML.",
        "en": "One slide at a time in large type for meetings: the selected cards (or the current "
        "filter), the cakes, the word clouds and the reflections; download it all as PPTX, PDF or "
        "HTML.",
    },
    # --- Presentation page and downloads ----------------------------------------------------
    "present.basis.shortlist": {
        "da": "Dias ud fra dine {n} udvalgte kort.",
        "en": "Slides from your {n} selected cards.",
    },
    "present.basis.filter": {
        "da": "Ingen udvalgte kort, så diasene følger filteret på Spørgsmål og svar ({n} kort).",
        "en": "No selected cards, so the slides follow the filter on Questions and answers "
        "({n} cards).",
    },
    "present.basis.filter_capped": {
        "da": "Ingen udvalgte kort, og filteret rummer flere kort end en præsentation kan bære, "
        "så diasene viser de første {n}. Læg kort i »udvalgte kort« for at vælge selv.",
        "en": "No selected cards, and the filter holds more cards than a presentation can carry, "
        "so the slides show the first {n}. Add cards to “selected cards” to choose yourself.",
    },
    "present.slide": {"da": "Dias", "en": "Slide"},
    "present.position": {"da": "{n} / {total}", "en": "{n} / {total}"},
    "present.previous": {"da": "Forrige", "en": "Previous"},
    "present.next": {"da": "Næste", "en": "Next"},
    "present.reveal": {"da": "Vis svaret", "en": "Show the answer"},
    "present.hide": {"da": "Skjul svaret", "en": "Hide the answer"},
    "present.downloads": {"da": "Hent præsentationen", "en": "Download the presentation"},
    "present.make": {"da": "Lav {format}", "en": "Make {format}"},
    "present.save": {"da": "Gem {format}", "en": "Save {format}"},
    "download.png": {"da": "PNG", "en": "PNG"},
    "download.svg": {"da": "SVG", "en": "SVG"},
    "download.chart_help": {
        "da": "Hent figuren som billede (PNG) eller vektorgrafik (SVG).",
        "en": "Download the figure as an image (PNG) or vector graphics (SVG).",
    },
    "download.cards_csv": {"da": "Hent kortene (CSV)", "en": "Download the cards (CSV)"},
    "download.cards_xlsx": {"da": "Hent kortene (XLSX)", "en": "Download the cards (XLSX)"},
    "overview.pairs_help.other": {
        "da": "Optalt fra data: spørgsmålene med deres svar i filen.",
        "en": "Counted from the data: the questions with their answers in the file.",
    },
    "themes.intro.other": {
        "da": "Kagerne er **beregnet fra spørgsmålene i data**: de viser hvert temas andel af "
        "spørgsmålene. Hvor metadatafilen oplyser hele stafettens antal pr. tema, står den kage "
        "ved siden af.",
        "en": "The cakes are **computed from the questions in the data**: they show each theme's "
        "share of the questions. Where the metadata file states the whole relay's count per "
        "theme, that cake stands beside it.",
    },
    "words.intro.other": {
        "da": "Ordskyerne er **beregnet fra spørgsmålene og svarene i data**: almindelige fyldord "
        "er fjernet, og bøjningsformer af samme ord tælles sammen.",
        "en": "The clouds are **computed from the questions and answers in the data**: common "
        "filler words are left out, and the forms of one word count together.",
    },
    "cross.intro.other": {
        "da": "Kildens oplæg til refleksion står her ved siden af tallene fra data.",
        "en": "The source's prompts for reflection stand here beside the numbers from the data.",
    },
    "cross.evidence_caveat.other": {
        "da": "Optalt fra spørgsmålene i data.",
        "en": "Counted from the questions in the data.",
    },
    # --- Overview page ------------------------------------------------------------------
    "overview.background": {"da": "Baggrund", "en": "Background"},
    "overview.what": {"da": "Hvad?", "en": "What?"},
    "overview.how": {"da": "Hvordan?", "en": "How?"},
    "overview.why": {"da": "Hvorfor?", "en": "Why?"},
    "overview.nb": {"da": "NB", "en": "NB"},
    "overview.translated_note": {
        "da": "Teksten er citeret fra rapporten.",
        "en": "The report is in Danish; this is the app's translation. "
        "Questions and answers are shown in the original Danish.",
    },
    "overview.who": {"da": "Hvem deltog?", "en": "Who took part?"},
    "overview.contributions": {"da": "Unikke bidrag i alt", "en": "Unique contributions in all"},
    "overview.stated.report": {"da": "Oplyst i rapporten.", "en": "Stated in the report."},
    "overview.stated.file": {
        "da": "Oplyst i metadatafilen.",
        "en": "Stated in the metadata file.",
    },
    "overview.stated.none": {"da": "Oplyst i filen.", "en": "Stated in the file."},
    "overview.stated_about.report": {
        "da": "Oplyst i rapporten: {description}.",
        "en": "Stated in the report: {description}.",
    },
    "overview.stated_about.file": {
        "da": "Oplyst i metadatafilen: {description}.",
        "en": "Stated in the metadata file: {description}.",
    },
    "overview.stated_about.none": {
        "da": "Oplyst i filen: {description}.",
        "en": "Stated in the file: {description}.",
    },
    "overview.not_stated": {
        "da": "Ikke oplyst i kilden.",
        "en": "Not given in the source.",
    },
    "overview.themes_in_data": {
        "da": "{n_in_data} temaer i data; det samlede antal er ikke oplyst",
        "en": "{n_in_data} themes in the data; the total is not given",
    },
    "overview.in_data": {"da": "I data", "en": "In the data"},
    "overview.pairs": {"da": "Spørgsmål og svar", "en": "Questions and answers"},
    "overview.pairs_help.report": {
        "da": "Optalt fra de medfølgende data: de par, rapporten har udvalgt til inspiration.",
        "en": "Counted from the bundled data: the pairs the report selected for inspiration.",
    },
    "overview.pairs_in_group": {"da": "Par: {group}", "en": "Pairs: {group}"},
    "overview.themes_in_group.report": {
        "da": "{group}: {n_in_data} af rapportens {n_in_report} temaer findes i data",
        "en": "{group}: {n_in_data} of the report's {n_in_report} themes are in the data",
    },
    "overview.themes_in_group.other": {
        "da": "{group}: {n_in_data} af {n_in_report} temaer (oplyst i metadatafilen) findes i data",
        "en": "{group}: {n_in_data} of {n_in_report} themes (stated in the metadata file) are in "
        "the data",
    },
    "overview.not_in_source": {"da": "Ikke i kilden", "en": "Not in the source"},
    "overview.guide": {"da": "Det kan du her", "en": "What you can do here"},
    # --- Reading and validating a relay -------------------------------------------------
    "problem.row": {"da": "Række {row}", "en": "Row {row}"},
    "problem.column": {"da": "kolonne '{column}'", "en": "column '{column}'"},
    "problem.file_missing": {
        "da": "Filen findes ikke: {path}",
        "en": "The file does not exist: {path}",
    },
    "problem.file_empty": {
        "da": "Filen er tom.",
        "en": "The file is empty.",
    },
    "problem.csv_unreadable": {
        "da": "Filen kan ikke læses som CSV: {detail}",
        "en": "The file cannot be read as CSV: {detail}",
    },
    "problem.wrong_field_count": {
        "da": "Rækken har {found} felter, men overskriften har {expected}. "
        "Tjek kommaer og anførselstegn.",
        "en": "The row has {found} fields, but the header has {expected}. Check commas and quotes.",
    },
    "problem.missing_column": {
        "da": "Kolonnen '{column}' mangler.",
        "en": "The column '{column}' is missing.",
    },
    "problem.unknown_column": {
        "da": "Ukendt kolonne '{column}'. Tilladte kolonner: {allowed}.",
        "en": "Unknown column '{column}'. Allowed columns: {allowed}.",
    },
    "problem.blank": {
        "da": "Feltet er tomt.",
        "en": "The field is empty.",
    },
    "problem.duplicate_id": {
        "da": "Id'et '{value}' findes flere gange.",
        "en": "The id '{value}' occurs more than once.",
    },
    "problem.no_rows": {
        "da": "Filen har en overskrift, men ingen rækker med spørgsmål.",
        "en": "The file has a header but no rows of questions.",
    },
    "problem.answer_missing": {
        "da": "Spørgsmålet har intet svar (tilladt, men bemærk det).",
        "en": "The question has no answer (allowed, but note it).",
    },
    "problem.metadata_missing": {
        "da": "Metadatafilen findes ikke: {path}",
        "en": "The metadata file does not exist: {path}",
    },
    "problem.metadata_unreadable": {
        "da": "Metadatafilen kan ikke læses som TOML: {detail}",
        "en": "The metadata file cannot be read as TOML: {detail}",
    },
    "problem.metadata_str": {
        "da": "Metadata: feltet '{field}' mangler eller er ikke tekst.",
        "en": "Metadata: the field '{field}' is missing or not text.",
    },
    "problem.metadata_int": {
        "da": "Metadata: feltet '{field}' mangler eller er ikke et heltal.",
        "en": "Metadata: the field '{field}' is missing or not a whole number.",
    },
    "problem.metadata_list": {
        "da": "Metadata: listen '{field}' mangler.",
        "en": "Metadata: the list '{field}' is missing.",
    },
    "problem.metadata_dict": {
        "da": "Metadata: tabellen '{field}' mangler.",
        "en": "Metadata: the table '{field}' is missing.",
    },
    "problem.metadata_word": {
        "da": "Metadata: '{field}' skal være enkelte ord; '{value}' er ikke ét ord.",
        "en": "Metadata: '{field}' must be single words; '{value}' is not one word.",
    },
    "problem.metadata_origin": {
        "da": "Metadata: 'origin' skal være \"report\" eller \"file\", ikke '{value}'.",
        "en": "Metadata: 'origin' must be \"report\" or \"file\", not '{value}'.",
    },
    "problem.group_not_in_metadata": {
        "da": "Gruppen '{value}' er ikke beskrevet i metadatafilen.",
        "en": "The group '{value}' is not described in the metadata file.",
    },
    # --- Command line -------------------------------------------------------------------
    "cli.description": {
        "da": "Værktøjer til Ledelseskommissionens stafetdata.",
        "en": "Tools for the Leadership Commission's relay data.",
    },
    "cli.validate.help": {
        "da": "tjek en stafetfil (CSV eller XLSX) og dens metadata",
        "en": "check a relay file (CSV or XLSX) and its metadata",
    },
    "cli.error": {"da": "fejl: {detail}", "en": "error: {detail}"},
    "cli.unrecognized": {
        "da": "ukendte argumenter: {args}",
        "en": "unrecognised arguments: {args}",
    },
    "cli.required": {"da": "mangler argumenter: {args}", "en": "missing arguments: {args}"},
    "cli.invalid_choice": {
        "da": "ugyldigt valg til {arg}: {value}",
        "en": "invalid choice for {arg}: {value}",
    },
    "cli.invalid_value": {
        "da": "ugyldig værdi til {arg}: {value}",
        "en": "invalid value for {arg}: {value}",
    },
    "cli.expected_value": {"da": "{arg} skal have en værdi", "en": "{arg} needs a value"},
    "validate.ok": {
        "da": "OK: {n_questions} spørgsmål, {n_answers} svar, grupper: {groups}",
        "en": "OK: {n_questions} questions, {n_answers} answers, groups: {groups}",
    },
    "validate.warnings": {
        "da": "Bemærk ({count}):",
        "en": "Note ({count}):",
    },
    "validate.problems": {
        "da": "{count} problem(er) fundet:",
        "en": "{count} problem(s) found:",
    },
}


def text(key: str, lang: Language = DEFAULT_LANGUAGE, **fields: object) -> str:
    """The text `key` in `lang`, with its format fields filled in."""
    template = TEXTS[key][lang]
    return template.format(**fields) if fields else template

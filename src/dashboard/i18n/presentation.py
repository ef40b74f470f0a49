"""Presentation mode, slides, downloads and exports."""

TEXTS = {
    "slides.themes_heading": {"da": "Temaer – {group}", "en": "Themes – {group}"},
    "slides.card_heading": {"da": "{theme} · {group}", "en": "{theme} · {group}"},
    "slides.card_counter": {"da": "kort {n} af {total}", "en": "card {n} of {total}"},
    "slides.card_counter_continued": {
        "da": "kort {n} af {total}, fortsat",
        "en": "card {n} of {total}, continued",
    },
    "slides.question_continued": {"da": "Spørgsmål, fortsat", "en": "Question, continued"},
    "slides.answer_continued": {"da": "Svar, fortsat", "en": "Answer, continued"},
    "slides.words_from": {"da": "Ord fra: {kind}", "en": "Words from: {kind}"},
    "slides.summary": {
        "da": "{n} kort om {themes} fra {groups}",
        "en": "{n} cards on {themes} from {groups}",
    },
    "slides.summary_one": {
        "da": "1 kort om {themes} fra {groups}",
        "en": "1 card on {themes} from {groups}",
    },
    "slides.summary.no_cards": {"da": "Ingen kort", "en": "No cards"},
    "slides.summary.themes": {"da": "{n} temaer", "en": "{n} themes"},
    "slides.summary.groups": {"da": "{n} grupper", "en": "{n} groups"},
    "slides.list": {"da": "{items} og {last}", "en": "{items} and {last}"},
    "slides.where.report": {
        "da": "rapporten »{title}« ({publisher}, {years})",
        "en": "the report “{title}” ({publisher}, {years})",
    },
    "slides.where.file": {"da": "filen »{file}«", "en": "the file “{file}”"},
    "slides.source_title": {
        "da": "Kilde: {where}. Kortene er talt i præsentationen.",
        "en": "Source: {where}. The cards are counted in this presentation.",
    },
    "slides.source_computed": {
        "da": "Kilde: beregnet fra de udvalgte spørgsmål og svar i {where}.",
        "en": "Source: computed from the selected questions and answers in {where}.",
    },
    "slides.report_not_in_source": {
        "da": "Rapportens egne kager og ordskyer er ikke i kilden.",
        "en": "The report's own pie charts and clouds are not in the source.",
    },
    "slides.themes_stated.report": {
        "da": "Antallet af temaer står i rapporten.",
        "en": "The number of themes is stated in the report.",
    },
    "slides.themes_stated.file": {
        "da": "Antallet af temaer står i metadatafilen.",
        "en": "The number of themes is stated in the metadata file.",
    },
    "slides.source_reflection": {
        "da": "Kilde: {where}, refleksionen »{heading}«. {quoted} Tallene er optalt fra de "
        "udvalgte spørgsmål og svar. {caveat}",
        "en": "Source: {where}, the reflection “{heading}”. {quoted} The numbers are counted "
        "from the selected questions and answers. {caveat}",
    },
    "export.progress.slide": {
        "da": "Dias {n} af {total}: {heading}",
        "en": "Slide {n} of {total}: {heading}",
    },
    "export.progress.table": {"da": "Skriver tabellen", "en": "Writing the table"},
    "export.progress.done": {"da": "Færdig", "en": "Done"},
    "export.page": {"da": "Side {page}", "en": "Page {page}"},
    "export.contents": {"da": "Indhold", "en": "Contents"},
    "present.basis.meeting": {
        "da": "Dias til mødet {title}: dets {n} kort i mødets rækkefølge. Noterne skrives under "
        "Møder.",
        "en": "Slides for the meeting {title}: its {n} cards in the meeting's order. Notes are "
        "written under Meetings.",
    },
    "present.basis.filter": {
        "da": "Intet møde valgt, så diasene følger filteret på Spørgsmål og svar ({n} kort).",
        "en": "No meeting picked, so the slides follow the filter on Questions and answers "
        "({n} cards).",
    },
    "present.basis.filter_capped": {
        "da": "Intet møde valgt, og filteret rummer flere kort end en præsentation kan bære, så "
        "diasene viser de første {n}. Læg kort i et møde med stjernen for at vælge selv.",
        "en": "No meeting picked, and the filter holds more cards than a presentation can carry, "
        "so the slides show the first {n}. Star cards into a meeting to choose yourself.",
    },
    "present.empty_meeting": {
        "da": "Mødet har endnu ingen dias: læg kort i det på Spørgsmål og svar, eller slå "
        "titel, kager, ordskyer eller refleksioner til under Møder.",
        "en": "The meeting has no slides yet: add cards to it on Questions and answers, or turn "
        "on the title, pie charts, word clouds or reflections under Meetings.",
    },
    "present.title": {"da": "Præsentation", "en": "Presentation"},
    "present.start": {"da": "Start præsentationen", "en": "Start the presentation"},
    "present.how_to": {
        "da": "På lærredet står diaset alene. Næste trin: → , Page Down eller mellemrum (en "
        "klikker sender dem); tilbage: ← eller Page Up; Home og End går til første og sidste "
        "dias; Esc lukker. Knapperne dukker op, når musen rammer skærmens nederste kant. F11 "
        "giver fuld skærm.",
        "en": "On the screen the slide stands alone. Next step: → , Page Down or Space (what a "
        "clicker sends); back: ← or Page Up; Home and End go to the first and last slide; Esc "
        "closes. The buttons appear when the mouse reaches the bottom edge of the screen. F11 "
        "gives full screen.",
    },
    "present.contents": {"da": "Diasene ({n})", "en": "The slides ({n})"},
    "present.only_cards": {"da": "Kun kort", "en": "Cards only"},
    "present.no_cards": {
        "da": "Præsentationen har ingen kort: læg kort i mødet med stjernen på Spørgsmål og svar.",
        "en": "The presentation has no cards: star cards into the meeting on Questions and "
        "answers.",
    },
    "present.open_presenter": {"da": "Talerens visning", "en": "Presenter's view"},
    "present.open_presenter_help": {
        "da": "Åbner i et nyt vindue på din egen skærm: nuværende og næste dias, noter, kilde og "
        "ur. Lærredet følger med, når du går videre.",
        "en": "Opens in a new window on your own screen: current and next slide, notes, source "
        "and a clock. The projector follows when you step.",
    },
    "present.copy_link": {"da": "Kopiér link", "en": "Copy link"},
    "present.link_audience": {
        "da": "Lærredet (følger talerens visning)",
        "en": "The projected slide (follows the presenter's view)",
    },
    "present.link_deck": {"da": "Mødets præsentation", "en": "The meeting's presentation"},
    "present.link_help": {
        "da": "Linkene åbner mødets dias for alle, der kan nå denne server. Kopiér dem med "
        "knappen i feltets hjørne.",
        "en": "The links open the meeting's slides for anyone who can reach this server. Copy "
        "them with the button in the field's corner.",
    },
    "present.slide_label": {"da": "Dias {n}", "en": "Slide {n}"},
    "present.position": {"da": "Dias {n} af {total}", "en": "Slide {n} of {total}"},
    "present.position_question": {
        "da": "{position} · svaret næste",
        "en": "{position} · answer next",
    },
    "present.first": {"da": "Første", "en": "First"},
    "present.previous": {"da": "Forrige", "en": "Previous"},
    "present.next": {"da": "Næste", "en": "Next"},
    "present.last": {"da": "Sidste", "en": "Last"},
    "present.leave": {"da": "Luk", "en": "Close"},
    "present.clock": {"da": "{time} · {elapsed}", "en": "{time} · {elapsed}"},
    "present.next_answer": {"da": "Næste: svaret", "en": "Next: the answer"},
    "present.next_slide": {"da": "Næste dias", "en": "Next slide"},
    "present.end": {"da": "Det var sidste dias.", "en": "That was the last slide."},
    "present.notes_heading": {"da": "Noter til kortet", "en": "Notes on the card"},
    "present.no_notes": {"da": "Ingen noter.", "en": "No notes."},
    "present.no_meeting_no_audience": {
        "da": "Intet møde valgt: kun denne skærm skifter dias. Læg kortene i et møde, så følger "
        "lærredet med.",
        "en": "No meeting picked: only this screen steps. Put the cards in a meeting and the "
        "projector follows.",
    },
    "present.publish_failed": {
        "da": "Databasen svarer ikke: lærredet følger ikke med lige nu.",
        "en": "The database does not answer: the projector is not following just now.",
    },
    "export.notes": {"da": "Noter", "en": "Notes"},
    "present.downloads": {"da": "Hent præsentationen", "en": "Download the presentation"},
    "present.download": {"da": "{format}", "en": "{format}"},
    "present.making": {"da": "Laver {format} …", "en": "Making {format} …"},
    "present.export_failed": {
        "da": "{format}-filen kunne ikke laves. Prøv igen.",
        "en": "The {format} file could not be made. Try again.",
    },
    "download.png": {"da": "PNG", "en": "PNG"},
    "download.svg": {"da": "SVG", "en": "SVG"},
    "download.chart_help": {
        "da": "Hent figuren som billede (PNG) eller vektorgrafik (SVG).",
        "en": "Download the figure as an image (PNG) or vector graphics (SVG).",
    },
    "download.cards_csv": {"da": "Hent kortene (CSV)", "en": "Download the cards (CSV)"},
    "download.cards_xlsx": {"da": "Hent kortene (XLSX)", "en": "Download the cards (XLSX)"},
}

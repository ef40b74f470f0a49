"""The word pages: frequencies, word clouds, words in context."""

TEXTS = {
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
    "words.top": {"da": "Antal ord i hver sky", "en": "Words in each cloud"},
    "words.cloud_alt": {
        "da": "Ordsky for {selection}: {terms}. Tallene står i tabellen ved siden af.",
        "en": "Word cloud for {selection}: {terms}. The numbers are in the table beside it.",
    },
    "words.computed": {
        "da": "Beregnet fra de udvalgte tekster: {n_words} ord i alt, fyldord medregnet.",
        "en": "Computed from the selected texts: {n_words} words in all, filler words included.",
    },
    "words.counted_words": {
        "da": "{n_words} ord i alt, fyldord medregnet.",
        "en": "{n_words} words in all, filler words included.",
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
    "words.kwic_first": {
        "da": "De første {n} vises; kortsiden har dem alle.",
        "en": "The first {n} are shown; the cards page has them all.",
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
    "words.intro.other": {
        "da": "Ordskyerne er **beregnet fra spørgsmålene og svarene i data**: almindelige fyldord "
        "er fjernet, og bøjningsformer af samme ord tælles sammen.",
        "en": "The clouds are **computed from the questions and answers in the data**: common "
        "filler words are left out, and the forms of one word count together.",
    },
    "words.column.leans": {"da": "Mere brugt af", "en": "Used more by"},
    "words.leans_to": {"da": "Mere brugt af {name}", "en": "Used more by {name}"},
    "words.legend.neutral": {"da": "Ingen tydelig forskel", "en": "No clear difference"},
    "words.colour_help": {
        "da": "Størrelsen viser, hvor ofte et ord bruges. Et farvet ord bruges tydeligt mere af "
        "den gruppe, farven står for, end af de andre; et gråt ord bruges nogenlunde lige meget. "
        "Bøjningsformer tælles sammen under ordets hyppigste form.",
        "en": "The size shows how often a word is used. A coloured word is used clearly more by "
        "the group its colour stands for than by the others; a grey word about equally. A "
        "word's forms count together under its most frequent form.",
    },
    "words.colour_detail": {
        "da": "Tydeligt mere: styrke (z) mindst {threshold} efter »Fightin' Words« og mindst "
        "{min_count} forekomster i alt – samme mål som på Tværlæsning.",
        "en": "Clearly more: strength (z) at least {threshold} by “Fightin' Words” and at least "
        "{min_count} uses in all – the same measure as on Cross-reading.",
    },
    "words.colours": {"da": "Farver: {legend}.", "en": "Colours: {legend}."},
    "words.colour.blue": {"da": "blå", "en": "blue"},
    "words.colour.vermillion": {"da": "rødorange", "en": "vermillion"},
    "words.colour.green": {"da": "grøn", "en": "green"},
    "words.colour.purple": {"da": "lilla", "en": "purple"},
    "words.colour.ochre": {"da": "okker", "en": "ochre"},
    "words.colour.grey": {"da": "grå", "en": "grey"},
    "words.error.unknown_group": {
        "da": "Ukendt gruppe '{value}'; mulige: {choices}.",
        "en": "Unknown group '{value}'; possible: {choices}.",
    },
    "words.error.unknown_theme": {
        "da": "Ukendt tema '{value}'; mulige: {choices}.",
        "en": "Unknown theme '{value}'; possible: {choices}.",
    },
    "words.error.unknown_kind": {
        "da": "Ukendt slags tekst '{value}'; mulige: {choices}.",
        "en": "Unknown kind of text '{value}'; possible: {choices}.",
    },
    "words.error.unknown_category": {
        "da": "Kan ikke opdele efter '{value}'; mulige: 'group', 'theme'.",
        "en": "Cannot divide by '{value}'; possible: 'group', 'theme'.",
    },
    "words.error.unknown_prior": {
        "da": "Ukendt prior '{value}'; mulige: 'union', 'relay'.",
        "en": "Unknown prior '{value}'; possible: 'union', 'relay'.",
    },
    "words.error.same_sides": {
        "da": "A og B skal være forskellige.",
        "en": "A and B must differ.",
    },
    "words.error.empty_query": {
        "da": "Søgningen indeholder ingen ord, så den er ikke brugt. Skriv mindst ét ord.",
        "en": "The search holds no words, so it is not used. Type at least one word.",
    },
    "words.error.query_too_long": {
        "da": "Søgningen er for lang, så den er ikke brugt: højst {limit} tegn.",
        "en": "The search is too long, so it is not used: {limit} characters at most.",
    },
    "words.error.query_too_many_parts": {
        "da": "Søgningen har for mange dele, så den er ikke brugt: højst {limit} ord og fraser.",
        "en": "The search has too many parts, so it is not used: {limit} words and phrases at "
        "most.",
    },
    "words.error.nothing_to_draw": {
        "da": "Ingen ord at tegne i det valgte udsnit.",
        "en": "No words to draw in the selection.",
    },
    "words.error.cloud_size": {
        "da": "En ordsky skal være {min_width}–{max_side} punkter bred og {min_height}–{max_side} "
        "punkter høj, ikke {width} × {height}.",
        "en": "A word cloud must be {min_width}–{max_side} pixels wide and "
        "{min_height}–{max_side} pixels high, not {width} × {height}.",
    },
}

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
    "words.intro.other": {
        "da": "Ordskyerne er **beregnet fra spørgsmålene og svarene i data**: almindelige fyldord "
        "er fjernet, og bøjningsformer af samme ord tælles sammen.",
        "en": "The clouds are **computed from the questions and answers in the data**: common "
        "filler words are left out, and the forms of one word count together.",
    },
}

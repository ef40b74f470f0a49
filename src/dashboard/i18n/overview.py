"""The overview page."""

TEXTS = {
    "overview.pairs_help.other": {
        "da": "Optalt fra data: spørgsmålene med deres svar i filen.",
        "en": "Counted from the data: the questions with their answers in the file.",
    },
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
}

"""The overview page, and the provenance marks every page uses."""

TEXTS = {
    "overview.findings": {"da": "Det fandt stafetten", "en": "What the relay found"},
    "overview.see_evidence": {
        "da": "Se, hvad grupperne skrev",
        "en": "See what the groups wrote",
    },
    "overview.largest_themes": {
        "da": "Temaerne i hver gruppe, de største først",
        "en": "Each group's themes, the largest first",
    },
    "overview.counted_from": {
        "da": "Antal spørgsmål pr. tema, af {n} udvalgte spørgsmål.",
        "en": "Questions per theme, of {n} selected questions.",
    },
    "overview.more_themes": {"da": "og {n} til", "en": "and {n} more"},
    "overview.ways_in": {"da": "Tre veje ind", "en": "Three ways in"},
    "overview.way.theme": {"da": "Se {theme}", "en": "See {theme}"},
    "overview.way.theme_help": {
        "da": "Alle spørgsmål og svar om temaet {theme}.",
        "en": "Every question and answer on the theme {theme}.",
    },
    "overview.way.compare": {"da": "Sammenlign grupperne", "en": "Compare the groups"},
    "overview.way.compare_help": {
        "da": "Læs, hvad grupperne skrev om det samme, side om side.",
        "en": "Read what the groups wrote about the same thing, side by side.",
    },
    "overview.way.meeting": {"da": "Forbered et møde", "en": "Prepare a meeting"},
    "overview.way.meeting_help": {
        "da": "Vælg de spørgsmål og svar, du vil vise på mødet.",
        "en": "Pick the questions and answers to show at the meeting.",
    },
    "overview.background": {"da": "Baggrund", "en": "Background"},
    "overview.what": {"da": "Hvad?", "en": "What?"},
    "overview.how": {"da": "Hvordan?", "en": "How?"},
    "overview.why": {"da": "Hvorfor?", "en": "Why?"},
    "overview.translated_note": {
        "da": "Teksten er citeret fra rapporten.",
        "en": "The report is in Danish; this is the app's translation. "
        "Questions and answers are shown in the original Danish.",
    },
    "overview.who": {"da": "Hvem deltog?", "en": "Who took part?"},
    "overview.contributions": {"da": "Unikke bidrag i alt", "en": "Unique contributions in total"},
    "overview.contributions_help": {
        "da": "Antallet af bidrag, som rapporten oplyser for begge stafetter tilsammen. Rapporten "
        "siger ikke, hvordan et bidrag er talt.",
        "en": "The number of contributions the report gives for both relays together. The report "
        "does not say how a contribution is counted.",
    },
    "overview.in_data": {"da": "I appens data", "en": "In the app's data"},
    "overview.pairs": {"da": "Spørgsmål med svar", "en": "Questions with answers"},
    "overview.pairs_help.report": {
        "da": "Dem, rapporten har udvalgt til inspiration.",
        "en": "Those the report selected for inspiration.",
    },
    "overview.pairs_help.other": {
        "da": "Spørgsmålene med deres svar i filen.",
        "en": "The questions with their answers in the file.",
    },
    "overview.pairs_in_group": {"da": "Fra {group}", "en": "From {group}"},
    "overview.themes_in_data": {"da": "{n} temaer.", "en": "{n} themes."},
    "overview.themes_in_all": {"da": "{n} temaer i alt.", "en": "{n} themes in all."},
    "overview.themes_in_all_unknown": {
        "da": "Temaer i alt.",
        "en": "Themes in all.",
    },
    "overview.not_in_source": {
        "da": "Det står ikke i kilden",
        "en": "What the source does not hold",
    },
    "overview.guide": {"da": "Alle sider", "en": "All pages"},
    # The provenance marks (dashboard.provenance): where a number or text comes from.
    "provenance.report": {"da": "rapporten", "en": "report"},
    "provenance.report_help": {
        "da": "Står i rapporten.",
        "en": "Stated in the report.",
    },
    "provenance.file": {"da": "metadatafil", "en": "metadata file"},
    "provenance.file_help": {
        "da": "Står i stafettens metadatafil.",
        "en": "Stated in the relay's metadata file.",
    },
    "provenance.computed": {"da": "optalt", "en": "counted"},
    "provenance.computed_help": {
        "da": "Optalt af appen fra de udvalgte spørgsmål og svar i data.",
        "en": "Counted by the app from the selected questions and answers in the data.",
    },
    "provenance.not_stated": {"da": "ikke oplyst", "en": "not stated"},
    "provenance.not_stated_help": {
        "da": "Kilden oplyser det ikke, så appen viser det ikke.",
        "en": "The source does not give it, so the app does not show it.",
    },
    "provenance.legend_title": {
        "da": "Hvor tallene kommer fra",
        "en": "Where the numbers come from",
    },
}

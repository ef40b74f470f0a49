"""Cross-reading (Tværlæsning): the reflections, their evidence and the comparison."""

TEXTS = {
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
        "da": 'z-score efter "Fightin\' Words" (Monroe, Colaresi & Quinn 2008): logaritmen af '
        "ordets odds i venstre mod højre, glattet med ordets antal i begge sider tilsammen, delt "
        "med sin usikkerhed. Positiv hælder mod venstre, negativ mod højre. Fra |z| ≥ {threshold} "
        "og mindst {min_count} forekomster i alt kaldes forskellen tydelig; sjældne ord får små "
        "tal. Lige z og lige antal deler plads. Antallene står ved siden af.",
        "en": 'z-score by "Fightin\' Words" (Monroe, Colaresi & Quinn 2008): the log odds of the '
        "word on the left against the right, smoothed by its count on both sides together, "
        "divided by its uncertainty. Positive leans left, negative right. From |z| ≥ {threshold} "
        "and at least {min_count} occurrences in all the difference is called clear; rare words "
        "get small numbers. Equal z and equal counts share a rank. The counts stand beside it.",
    },
    "cross.no_clear_difference": {
        "da": "Intet ord når |z| ≥ {threshold} med mindst {min_count} forekomster: forskellene "
        "mellem siderne er små, så listerne viser kun tendenser.",
        "en": "No word reaches |z| ≥ {threshold} with at least {min_count} occurrences: the "
        "differences between the sides are small, so the lists show tendencies only.",
    },
    "cross.column.rank": {"da": "Nr.", "en": "No."},
    "cross.column.z": {"da": "z", "en": "z"},
    "cross.column.count_left": {"da": "Antal venstre", "en": "Count left"},
    "cross.column.count_right": {"da": "Antal højre", "en": "Count right"},
    "cross.leans_left": {"da": "Hælder mod venstre", "en": "Leaning left"},
    "cross.leans_right": {"da": "Hælder mod højre", "en": "Leaning right"},
    "cross.only_left": {"da": "Kun venstre", "en": "Only left"},
    "cross.both": {"da": "Begge", "en": "Both"},
    "cross.only_right": {"da": "Kun højre", "en": "Only right"},
    "cross.term_count": {"da": "{n} ord", "en": "{n} words"},
    "cross.intro.other": {
        "da": "Kildens oplæg til refleksion står her ved siden af tallene fra data.",
        "en": "The source's prompts for reflection stand here beside the numbers from the data.",
    },
    "cross.evidence_caveat.other": {
        "da": "Optalt fra spørgsmålene i data.",
        "en": "Counted from the questions in the data.",
    },
}

"""Cross-reading (Tværlæsning): the reflections, their evidence, the side-by-side reading and
the words the two sides use differently."""

TEXTS = {
    "cross.title": {"da": "Tværlæsning", "en": "Cross-reading"},
    "cross.intro.report": {
        "da": "Rapporten læser på tværs af de to stafetter og giver to oplæg til refleksion. "
        "Her står hvert oplæg ved siden af tallene fra de udvalgte spørgsmål og svar, og du kan "
        "læse, hvad grupperne skrev om det samme, side om side.",
        "en": "The report reads across the two relays and gives two prompts for reflection. "
        "Here each prompt stands beside the numbers from the selected questions and answers, "
        "and you can read what the groups wrote about the same thing side by side.",
    },
    "cross.intro.other": {
        "da": "Kildens oplæg til refleksion står her ved siden af tallene fra data, og du kan "
        "læse, hvad grupperne skrev om det samme, side om side.",
        "en": "The source's prompts for reflection stand here beside the numbers from the data, "
        "and you can read what the groups wrote about the same thing side by side.",
    },
    "cross.reflections": {"da": "Rapportens refleksioner", "en": "The report's reflections"},
    "cross.reflection_number": {"da": "Refleksion {n}", "en": "Reflection {n}"},
    "cross.reflection": {"da": "Refleksion fra rapporten", "en": "Reflection from the report"},
    "cross.quoted": {"da": "Citeret fra kilden.", "en": "Quoted from the source."},
    "cross.translated": {
        "da": "Appens oversættelse af kildens danske tekst.",
        "en": "The app's translation of the source's Danish text.",
    },
    "cross.evidence": {"da": "I de udvalgte data", "en": "In the selected data"},
    "cross.evidence_caveat.report": {
        "da": "Rapportens refleksion bygger på alle stafettens spørgsmål, tallene her kun på de "
        "udvalgte, så de kan pege en anden vej.",
        "en": "The report's reflection rests on all the relay's questions, the numbers here only "
        "on the selected ones, so they may point another way.",
    },
    "cross.evidence_caveat.other": {
        "da": "Optalt fra spørgsmålene i data.",
        "en": "Counted from the questions in the data.",
    },
    "cross.theme_share": {
        "da": "{count} af {n} udvalgte spørgsmål handler om {theme}",
        "en": "{count} of {n} selected questions are on {theme}",
    },
    "cross.word_table.group": {"da": "Gruppe", "en": "Group"},
    "cross.word_table.word": {"da": "Ord", "en": "Word"},
    "cross.word_table.questions_with": {"da": "Spørgsmål med ordet", "en": "Questions with it"},
    "cross.word_table.count": {"da": "Gange brugt", "en": "Times used"},
    "cross.word_table.per_1000": {"da": "Pr. 1.000 ord", "en": "Per 1,000 words"},
    "cross.per_1000_help": {
        "da": "Hvor mange gange ordet bruges for hver 1.000 ord, gruppen skrev. Så kan grupper, "
        "der skrev meget, sammenlignes med grupper, der skrev lidt.",
        "en": "How often the word is used for every 1,000 words the group wrote, so groups that "
        "wrote much compare fairly with groups that wrote little.",
    },
    "cross.kwic": {"da": "»{word}« i spørgsmålene", "en": "“{word}” in the questions"},
    "cross.side_by_side": {
        "da": "Læs grupperne side om side",
        "en": "Read the groups side by side",
    },
    "cross.side_by_side_intro": {
        "da": "Vælg gruppe, tema og evt. et søgeord i hver kolonne. Kortene står tema for tema, "
        "så det, grupperne skrev om det samme, står ved siden af hinanden.",
        "en": "Pick a group, a theme and perhaps a search word in each column. The cards stand "
        "theme by theme, so what the groups wrote about the same thing stands side by side.",
    },
    "cross.left": {"da": "Venstre kolonne", "en": "Left column"},
    "cross.right": {"da": "Højre kolonne", "en": "Right column"},
    "cross.group": {"da": "Gruppe", "en": "Group"},
    "cross.theme": {"da": "Tema", "en": "Theme"},
    "cross.all_groups": {"da": "Alle grupper", "en": "All groups"},
    "cross.all_themes": {"da": "Alle temaer", "en": "All themes"},
    "cross.cards_shown": {"da": "{n} kort", "en": "{n} cards"},
    "cross.no_cards": {
        "da": "Ingen kort passer til valgene: vælg et andet tema, eller ret søgningen.",
        "en": "No card matches the choices: pick another theme, or change the search.",
    },
    "cross.open_card": {
        "da": "Se kortet under Spørgsmål og svar",
        "en": "See the card under Questions and answers",
    },
    "cross.words_differ": {
        "da": "Ord, som den ene side bruger mere",
        "en": "Words one side uses more",
    },
    "cross.words_differ_intro": {
        "da": "Sammenligner alle ord i de to kolonners valg af gruppe og tema (søgningen tæller "
        "ikke med). Optalt fra de udvalgte spørgsmål og svar.",
        "en": "Compares every word in the two columns' choice of group and theme (the search "
        "does not count). Counted from the selected questions and answers.",
    },
    "cross.same_sides": {
        "da": "De to kolonner viser det samme, så der er intet at sammenligne.",
        "en": "The two columns show the same, so there is nothing to compare.",
    },
    "cross.more_used_by": {"da": "Mere brugt af {side}", "en": "Used more by {side}"},
    "cross.no_clear_difference": {
        "da": "Intet ord viser en tydelig forskel mellem siderne; listerne viser kun svage "
        "tendenser.",
        "en": "No word shows a clear difference between the sides; the lists show weak "
        "tendencies only.",
    },
    "cross.column.difference": {"da": "Forskel", "en": "Difference"},
    "cross.column.count_in": {"da": "Gange brugt: {side}", "en": "Times used: {side}"},
    "cross.column.z": {"da": "Styrke (z)", "en": "Strength (z)"},
    "cross.difference.clear": {"da": "tydelig forskel", "en": "clear difference"},
    "cross.difference.weak": {"da": "svag tendens", "en": "weak tendency"},
    "cross.difference.none": {"da": "næsten ens", "en": "about the same"},
    "cross.difference_help": {
        "da": "Tydelig forskel: siden bruger ordet klart mere, også når der tages højde for, hvor "
        "meget hver side skrev (styrke mindst {threshold} og mindst {min_count} gange i alt). "
        "Svag tendens: lidt mere, men det kan være tilfældigt (styrke 1 eller mere). Næsten "
        "ens: ingen reel forskel.",
        "en": "Clear difference: the side uses the word clearly more, also allowing for how much "
        "each side wrote (strength at least {threshold} and at least {min_count} uses in all). "
        "Weak tendency: somewhat more, but it may be chance (strength 1 or more). About the "
        "same: no real difference.",
    },
    "cross.z_help": {
        "da": "Et statistisk mål for, hvor sikker forskellen er: jo større, jo sikrere. Fra "
        "{threshold} kaldes forskellen tydelig. Udregnet som z-score efter »Fightin' Words« "
        "(Monroe, Colaresi & Quinn 2008), som tager højde for sjældne ord.",
        "en": "A statistical measure of how certain the difference is: the larger, the more "
        "certain. From {threshold} the difference is called clear. Computed as a z-score by "
        "“Fightin' Words” (Monroe, Colaresi & Quinn 2008), which allows for rare words.",
    },
    "cross.only_in": {"da": "Kun hos {side}", "en": "Only in {side}"},
    "cross.both": {"da": "Hos begge", "en": "In both"},
    "cross.term_count": {"da": "{n} ord", "en": "{n} words"},
}

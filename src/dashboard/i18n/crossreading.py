"""Tværlæsning (in English: Compare groups): the reflections, their evidence, the side-by-side
reading and the words the two sides use differently."""

TEXTS = {
    "cross.title": {"da": "Tværlæsning", "en": "Compare groups"},
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
    "cross.word_table.questions": {"da": "Spørgsmål", "en": "Questions"},
    "cross.word_table.questions_help": {
        "da": "Hvor mange af gruppens udvalgte spørgsmål, der indeholder ordet.",
        "en": "How many of the group's selected questions contain the word.",
    },
    "cross.word_table.uses_help": {
        "da": "Hvor mange gange ordet står i gruppens spørgsmål, alle bøjningsformer talt med.",
        "en": "How many times the word occurs in the group's questions, every form of it counted.",
    },
    "cross.word_counts_from": {
        "da": "Optalt i hver gruppes udvalgte spørgsmål.",
        "en": "Counted in each group's selected questions.",
    },
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
    "cross.no_cards_on_theme": {
        "da": "Ingen af kolonnens kort handler om dette tema.",
        "en": "None of the column's cards is on this theme.",
    },
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
        "da": "Intet ord er tydeligt mere brugt af den ene side. Listerne viser kun svage "
        "tendenser, som godt kan være tilfældige.",
        "en": "No word is used clearly more by one side. The lists show only weak tendencies, "
        "which may well be chance.",
    },
    "cross.no_word_leans": {
        "da": "Intet ord bruges mere af den ene side end af den anden på dette udvalg – heller "
        "ikke som en svag tendens. Hvor ofte hver side brugte ordene, står herunder.",
        "en": "No word is used more by one side than by the other in this selection – not even "
        "as a weak tendency. How often each side used the words is below.",
    },
    "cross.none_used_more": {
        "da": "Ingen ord er mere brugt af {side} end af {other} på dette udvalg.",
        "en": "No word is used more by {side} than by {other} in this selection.",
    },
    "cross.common_words": {
        "da": "De {n} mest brugte ord, og hvor ofte hver side brugte dem",
        "en": "The {n} most used words, and how often each side used them",
    },
    "cross.column.difference": {"da": "Forskel", "en": "Difference"},
    "cross.column.counts": {"da": "Gange", "en": "Uses"},
    "cross.column.counts_help": {
        "da": "Hvor mange gange {this} brugte ordet, mod hvor mange gange {other} brugte det.",
        "en": "How many times {this} used the word, against how many times {other} used it.",
    },
    "cross.count_against": {"da": "{this} mod {other}", "en": "{this} vs {other}"},
    "cross.column.z": {"da": "Styrke", "en": "Strength"},
    "cross.difference.clear": {"da": "tydelig forskel", "en": "clear difference"},
    "cross.difference.weak": {"da": "svag tendens", "en": "weak tendency"},
    "cross.difference.none": {"da": "næsten ens", "en": "about the same"},
    "cross.difference_help": {
        "da": "Tydelig forskel: siden bruger ordet mere, og forskellen er større, end "
        "tilfældigheder plejer at give, også når der tages højde for, hvor meget hver side "
        "skrev; ordet er brugt mindst {min_count} gange i alt. Svag tendens: siden bruger ordet "
        "lidt mere, men det kan godt være tilfældigt. I sidste kolonne svarer tydelig forskel "
        "til en styrke på mindst {threshold}, svag tendens til mindst 1.",
        "en": "Clear difference: the side uses the word more, and by more than chance usually "
        "gives, also allowing for how much each side wrote; the word is used at least "
        "{min_count} times in all. Weak tendency: the side uses the word somewhat more, but it "
        "may well be chance. In the last column a clear difference is a strength of at least "
        "{threshold}, a weak tendency at least 1.",
    },
    "cross.z_help": {
        "da": "Hvor sikker forskellen er: jo større tal, jo mindre sandsynligt er det, at "
        "forskellen er tilfældig. Fra {threshold} er den større, end tilfældigheder plejer at "
        "give, og kaldes tydelig. Metoden: z-værdi efter »Fightin' Words« (Monroe, Colaresi & "
        "Quinn 2008).",
        "en": "How certain the difference is: the larger the number, the less likely the "
        "difference is chance. From {threshold} it is larger than chance usually gives, and is "
        "called clear. The method: a z-score by “Fightin' Words” (Monroe, Colaresi & Quinn "
        "2008).",
    },
    "cross.only_in": {"da": "Kun hos {side}", "en": "Only in {side}"},
    "cross.both": {"da": "Hos begge", "en": "In both"},
    "cross.term_count": {"da": "{n} ord", "en": "{n} words"},
}

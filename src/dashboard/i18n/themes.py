"""Theme counts and the theme charts (the pie charts and the bars)."""

TEXTS = {
    "themes.title": {
        "da": "Temaer – hvad grupperne spurgte om",
        "en": "Themes – what the groups asked about",
    },
    "themes.click_hint": {
        "da": "Klik på et stykke af kagediagrammet for at se de spørgsmål og svar, det står for.",
        "en": "Click a slice of the pie chart to see the questions and answers it stands for.",
    },
    "themes.open_group_cards": {
        "da": "Se de {n} kort om {theme} fra {group}",
        "en": "See the {n} cards on {theme} from {group}",
    },
    "themes.counted_from": {
        "da": "Optalt fra gruppens {n} udvalgte spørgsmål.",
        "en": "Counted from the group's {n} selected questions.",
    },
    "themes.intro.report": {
        "da": "Rapporten samlede alle deltagernes spørgsmål i temaer og viste dem som en kage "
        "for hver gruppe, men kagernes andele står ikke i kilden. Kagediagrammerne her er "
        "**beregnet fra de udvalgte spørgsmål** i rapporten: de viser andel af de udvalgte "
        "spørgsmål, ikke rapportens egen kage.",
        "en": "The report grouped all participants' questions into themes and showed them as a "
        "pie chart for each group, but the pie charts' shares are not in the source. The pie "
        "charts here are **computed from the selected questions** in the report: they show the "
        "share of the selected questions, not the report's own pie chart.",
    },
    "themes.share_of_selected": {
        "da": "Andel af de udvalgte spørgsmål (beregnet fra data)",
        "en": "Share of the selected questions (computed from the data)",
    },
    "themes.centre": {"da": "{n} spørgsmål", "en": "{n} questions"},
    "themes.tooltip.theme": {"da": "Tema", "en": "Theme"},
    "themes.tooltip.group": {"da": "Gruppe", "en": "Group"},
    "themes.tooltip.count": {"da": "Spørgsmål", "en": "Questions"},
    "themes.tooltip.share": {"da": "Andel", "en": "Share"},
    "themes.group_takeaway": {"da": "{group}: {takeaway}", "en": "{group}: {takeaway}"},
    "themes.donut_takeaway": {
        "da": "{n} udvalgte spørgsmål fordelt på {k} temaer. Flest om {top}: "
        "{count} spørgsmål{each}, {share} af gruppens udvalgte spørgsmål.",
        "en": "{n} selected questions over {k} themes. Most on {top}: "
        "{count} questions{each}, {share} of the group's selected questions.",
    },
    "themes.totals_takeaway": {
        "da": "{n} spørgsmål i hele stafetten fordelt på {k} temaer (oplyst i "
        "metadatafilen). Flest om {top}: {count} spørgsmål{each}, {share}.",
        "en": "{n} questions in the whole relay over {k} themes (stated in the metadata "
        "file). Most on {top}: {count} questions{each}, {share}.",
    },
    "themes.and": {"da": "og", "en": "and"},
    "themes.each": {"da": " hver", "en": " each"},
    "themes.report_count.report": {
        "da": "Rapporten samlede alle gruppens spørgsmål i **{n} temaer**.",
        "en": "The report grouped all the group's questions into **{n} themes**.",
    },
    "themes.report_count.file": {
        "da": "Alle gruppens spørgsmål blev samlet i **{n} temaer**.",
        "en": "All the group's questions were grouped into **{n} themes**.",
    },
    "themes.report_count.none": {
        "da": "Antallet af temaer i hele stafetten er ikke oplyst.",
        "en": "The number of themes in the whole relay is not given.",
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
        "da": "Temaer og antal spørgsmål",
        "en": "Themes and number of questions",
    },
    "themes.not_in_source_one": {
        "da": "Ét tema mere er ikke med: kilden giver hverken dets navn eller dets spørgsmål.",
        "en": "One more theme is not included: the source gives neither its name nor its "
        "questions.",
    },
    "themes.not_in_source": {
        "da": "{n} temaer mere er ikke med: kilden giver hverken deres navne eller deres "
        "spørgsmål.",
        "en": "{n} more themes are not included: the source gives neither their names nor their "
        "questions.",
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
    "themes.pick": {
        "da": "Se et tema på tværs af grupperne",
        "en": "See a theme across the groups",
    },
    "themes.pick_help": {
        "da": "Viser et link til temaets kort fra alle grupper.",
        "en": "Shows a link to the theme's cards from every group.",
    },
    "themes.open_cards": {
        "da": "Se de {n} kort om {theme}",
        "en": "See the {n} cards on {theme}",
    },
    "themes.intro.other": {
        "da": "Kagediagrammerne er **beregnet fra spørgsmålene i data**: de viser hvert temas "
        "andel af spørgsmålene. Hvor metadatafilen oplyser hele stafettens antal pr. tema, står "
        "det kagediagram ved siden af.",
        "en": "The pie charts are **computed from the questions in the data**: they show each "
        "theme's share of the questions. Where the metadata file states the whole relay's count "
        "per theme, that pie chart stands beside it.",
    },
}

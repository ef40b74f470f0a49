"""The question/answer cards and their filters."""

TEXTS = {
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
        "da": "Finder alle bøjningsformer (organisation finder også organisationen). En stjerne "
        "finder alle ord, der begynder sådan (digitali* finder digitalisering og digitalisere). "
        'Flere ord: alle skal findes. "Citationstegn" søger en præcis frase. Teksten er på dansk.',
        "en": "Finds every form of a word (organisation also finds organisationen). A word "
        "ending in a star finds every word that begins with it (digitali* finds digitalisering "
        "and digitalisere). Several "
        'words: all must occur. "Quotes" search an exact phrase. The text is in Danish.',
    },
    "cards.kind": {"da": "Vis og søg i", "en": "Show and search"},
    "cards.kind.questions": {"da": "Spørgsmål", "en": "Questions"},
    "cards.kind.answers": {"da": "Svar", "en": "Answers"},
    "cards.kind.all": {"da": "Begge", "en": "Both"},
    "cards.showing": {"da": "Viser {n} af {total}", "en": "Showing {n} of {total}"},
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
    "cards.empty.marked": {
        "da": "Kun kort i mødet, med noter eller med de valgte mærker vises: slå det fra eller "
        "fjern nogle mærker.",
        "en": "Only cards in the meeting, with notes or with the tags picked are shown: turn that "
        "off or remove some tags.",
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
    "cards.source": {"da": "Kilde: afsnittet »{source}«", "en": "Source: the section “{source}”"},
    "cards.source_once": {
        "da": "Hvert kort står i kildens afsnit om den gruppe og det tema, der står øverst på "
        "kortet. Står et kort i et andet afsnit, nævnes afsnittet nederst på kortet.",
        "en": "Each card stands in the source's section on the group and theme named at its "
        "top. A card from another section names that section at its foot.",
    },
    "cards.view": {"da": "Visning", "en": "View"},
    "cards.view.full": {"da": "Hele kort", "en": "Full cards"},
    "cards.view.compact": {"da": "Kompakt", "en": "Compact"},
    "cards.show_answer": {"da": "Se svaret", "en": "See the answer"},
    "cards.star": {"da": "Læg i mødet", "en": "Add to the meeting"},
    "cards.unstar": {"da": "Tag ud af mødet", "en": "Take out of the meeting"},
    "cards.in_meeting": {"da": "I mødet", "en": "In the meeting"},
    "cards.notes": {"da": "{n} noter", "en": "{n} notes"},
    "cards.one_note": {"da": "1 note", "en": "1 note"},
    "cards.add_note": {"da": "Noter og mærker", "en": "Notes and tags"},
    "cards.open_notes": {"da": "Noter ({n}) og mærker", "en": "Notes ({n}) and tags"},
    "cards.only_meeting": {"da": "Kun kort i mødet", "en": "Only cards in the meeting"},
    "cards.only_meeting_help": {
        "da": "Vis kun de kort, der er lagt i det aktuelle møde.",
        "en": "Show only the cards added to the current meeting.",
    },
    "cards.only_noted": {"da": "Kun kort med noter", "en": "Only cards with notes"},
    "cards.tags": {"da": "Mærker", "en": "Tags"},
    "cards.tags_help": {
        "da": "Medlemmernes egne mærker på kortene. Vælg et eller flere for kun at se kort med "
        "dem alle. Sæt mærker under »Noter og mærker« på et kort.",
        "en": "Members' own tags on the cards. Pick one or more to see only cards with all of "
        "them. Tag a card under “Notes and tags”.",
    },
}

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
        "en": "Finds every form of a word (organisation also finds organisationen). A star "
        "finds every word starting so (digitali* finds digitalisering and digitalisere). Several "
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
    "cards.empty.shortlist": {
        "da": "Kun udvalgte kort vises: slå det fra, eller læg flere kort i udvalgte.",
        "en": "Only selected cards are shown: turn that off, or add more cards.",
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
    "cards.source": {"da": "Kilde: {source}", "en": "Source: {source}"},
    "cards.shortlist_add": {"da": "Læg i udvalgte kort", "en": "Add to selected cards"},
    "cards.shortlist_remove": {"da": "Fjern fra udvalgte kort", "en": "Remove from selected cards"},
    "cards.shortlist_count": {
        "da": "{n} udvalgte kort til præsentation",
        "en": "{n} selected cards for presenting",
    },
    "cards.shortlist_only": {"da": "Vis kun udvalgte kort", "en": "Show only selected cards"},
    "cards.shortlist_clear": {"da": "Tøm udvalgte kort", "en": "Clear selected cards"},
}

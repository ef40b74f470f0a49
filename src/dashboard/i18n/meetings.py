"""Meetings, notes, tags and saved relays: what the store refuses or cannot do."""

TEXTS = {
    "store.could_not_open": {
        "da": "Databasen kan ikke åbnes lige nu, så møder, noter og mærker kan hverken vises "
        "eller gemmes. Stafetten kan stadig gennemses. Prøv igen om lidt.",
        "en": "The database cannot be opened right now, so meetings, notes and tags can be "
        "neither shown nor saved. The relay can still be browsed. Try again shortly.",
    },
    "store.could_not_save": {
        "da": "Det kunne ikke gemmes: databasen svarer ikke, er optaget eller er fuld. Intet af "
        "det, der allerede er gemt, er gået tabt. Prøv igen om lidt.",
        "en": "This could not be saved: the database does not answer, is busy or is full. "
        "Nothing saved before is lost. Try again shortly.",
    },
    "store.could_not_read": {
        "da": "Møder, noter og mærker kan ikke hentes lige nu: databasen svarer ikke. Prøv igen "
        "om lidt.",
        "en": "Meetings, notes and tags cannot be fetched right now: the database does not "
        "answer. Try again shortly.",
    },
    "store.database_newer": {
        "da": "Databasen er lavet af en nyere udgave af appen (skema {revision}). Opdatér appen, "
        "før den bruger databasen.",
        "en": "The database was made by a newer version of the app (schema {revision}). Update "
        "the app before it uses the database.",
    },
    "store.unsupported_database": {
        "da": "Databasen '{dialect}' understøttes ikke. Brug en SQLite-fil eller PostgreSQL "
        "(postgresql+psycopg://…).",
        "en": "The database '{dialect}' is not supported. Use a SQLite file or PostgreSQL "
        "(postgresql+psycopg://…).",
    },
    "store.meeting_changed": {
        "da": "En anden har ændret mødet, mens du arbejdede på det. Din ændring er ikke gemt; "
        "her er mødet, som det ser ud nu.",
        "en": "Someone else changed the meeting while you were working on it. Your change was "
        "not saved; here is the meeting as it is now.",
    },
    "store.meeting_not_found": {
        "da": "Mødet findes ikke (længere). Måske er det slettet.",
        "en": "The meeting does not exist (any more). It may have been deleted.",
    },
    "store.note_not_found": {
        "da": "Noten findes ikke (længere). Måske er den slettet.",
        "en": "The note does not exist (any more). It may have been deleted.",
    },
    "store.saved_relay_not_found": {
        "da": "Den gemte stafet findes ikke i databasen. Upload filen igen.",
        "en": "The saved relay is not in the database. Upload the file again.",
    },
    "store.card_not_in_meeting": {
        "da": "Kortet '{card_id}' er ikke med i mødet.",
        "en": "The card '{card_id}' is not in the meeting.",
    },
    "store.order_mismatch": {
        "da": "Den nye rækkefølge skal rumme præcis mødets kort, hvert én gang.",
        "en": "The new order must hold exactly the meeting's cards, each once.",
    },
    "store.title_blank": {
        "da": "Giv mødet en titel.",
        "en": "Give the meeting a title.",
    },
    "store.title_too_long": {
        "da": "Titlen er {length} tegn lang, men højst {max} tegn er tilladt.",
        "en": "The title is {length} characters long, but at most {max} are allowed.",
    },
    "store.note_blank": {
        "da": "Noten er tom. Skriv noget, før du gemmer.",
        "en": "The note is empty. Write something before saving.",
    },
    "store.note_too_long": {
        "da": "Noten er {length} tegn lang, men højst {max} tegn er tilladt. Forkort den eller "
        "del den op.",
        "en": "The note is {length} characters long, but at most {max} are allowed. Shorten it "
        "or split it up.",
    },
    "store.tag_blank": {
        "da": "Mærket er tomt. Skriv et ord eller to.",
        "en": "The tag is empty. Write a word or two.",
    },
    "store.tag_too_long": {
        "da": "Mærket er {length} tegn langt, men højst {max} tegn er tilladt.",
        "en": "The tag is {length} characters long, but at most {max} are allowed.",
    },
    "store.author_missing": {
        "da": "Skriv dit navn, så andre kan se, hvem der har gemt det.",
        "en": "Enter your name, so others can see who saved this.",
    },
    "store.author_too_long": {
        "da": "Navnet er {length} tegn langt, men højst {max} tegn er tilladt.",
        "en": "The name is {length} characters long, but at most {max} are allowed.",
    },
    "store.card_id_missing": {
        "da": "Kortet har intet id, så det kan ikke gemmes.",
        "en": "The card has no id, so it cannot be saved.",
    },
    "store.card_id_too_long": {
        "da": "Kortets id er {length} tegn langt, men højst {max} tegn kan gemmes. Giv kortene "
        "kortere id'er i filen.",
        "en": "The card's id is {length} characters long, but at most {max} can be saved. Give "
        "the cards shorter ids in the file.",
    },
    "store.relay_id_missing": {
        "da": "Stafetten har intet id, så intet kan gemmes til den.",
        "en": "The relay has no id, so nothing can be saved for it.",
    },
    "store.relay_id_too_long": {
        "da": "Stafettens id er {length} tegn langt, men højst {max} tegn er tilladt.",
        "en": "The relay's id is {length} characters long, but at most {max} are allowed.",
    },
    "store.file_name_blank": {
        "da": "Filen har intet navn, så stafetten kan ikke gemmes.",
        "en": "The file has no name, so the relay cannot be saved.",
    },
    "store.file_name_too_long": {
        "da": "Filnavnet er {length} tegn langt, men højst {max} tegn er tilladt. Omdøb filen.",
        "en": "The file name is {length} characters long, but at most {max} are allowed. Rename "
        "the file.",
    },
    "store.text_has_nul": {
        "da": "Teksten indeholder et nultegn (NUL), som ikke kan gemmes. Fjern det og prøv igen.",
        "en": "The text holds a null character (NUL), which cannot be saved. Remove it and try "
        "again.",
    },
    "store.too_many_cards": {
        "da": "Mødet har allerede {count} kort; højst {max} er tilladt.",
        "en": "The meeting already has {count} cards; at most {max} are allowed.",
    },
    "store.too_many_notes": {
        "da": "Kortet har allerede {count} noter; højst {max} er tilladt.",
        "en": "The card already has {count} notes; at most {max} are allowed.",
    },
    "store.too_many_tags": {
        "da": "Kortet har allerede {count} mærker; højst {max} er tilladt.",
        "en": "The card already has {count} tags; at most {max} are allowed.",
    },
    "store.saved_relay_too_large": {
        "da": "Stafetten fylder {size_mb} MB, men højst {max_mb} MB kan gemmes i databasen.",
        "en": "The relay takes {size_mb} MB, but at most {max_mb} MB can be saved in the database.",
    },
    "store.backup_unreadable": {
        "da": "Filen kan ikke læses som en sikkerhedskopi af dashboardet ({detail}).",
        "en": "The file cannot be read as a backup of the dashboard ({detail}).",
    },
    "store.backup_newer": {
        "da": "Sikkerhedskopien er fra en nyere udgave af appen (skema {schema_version}; denne "
        "udgave kender op til {known}). Opdatér appen, før du gendanner den.",
        "en": "The backup is from a newer version of the app (schema {schema_version}; this "
        "version knows up to {known}). Update the app before restoring it.",
    },
    "store.restore_not_empty": {
        "da": "Databasen rummer allerede data. En sikkerhedskopi gendannes kun i en tom "
        "database og flettes aldrig ind i en med data.",
        "en": "The database already holds data. A backup is only restored into an empty "
        "database and never merged into one with data.",
    },
}

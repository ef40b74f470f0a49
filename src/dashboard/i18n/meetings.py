"""Meetings, notes, tags and saved relays: the Møder page, the meeting in the sidebar, notes and
tags on cards, and what the store refuses or cannot do."""

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
        "da": "Databasen »{dialect}« understøttes ikke. Brug en SQLite-fil eller PostgreSQL "
        "(postgresql+psycopg://…).",
        "en": "The database “{dialect}” is not supported. Use a SQLite file or PostgreSQL "
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
        "da": "Kortet »{card_id}« er ikke med i mødet.",
        "en": "The card “{card_id}” is not in the meeting.",
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
    # --- The pages -----------------------------------------------------------------------------
    "meeting.title": {"da": "Møder", "en": "Meetings"},
    "meeting.intro": {
        "da": "Et møde er de kort, I vil tage op, i den rækkefølge I tager dem, med jeres noter. "
        "Læg kort i mødet med stjernen på Spørgsmål og svar; alt gemmes med det samme, og "
        "kolleger kan åbne mødet og dets dias med linket.",
        "en": "A meeting is the cards you will bring up, in the order you take them, with your "
        "notes. Add cards with the star on Questions and answers; everything is saved at once, "
        "and colleagues can open the meeting and its slides with the link.",
    },
    "meeting.all": {"da": "Alle møder", "en": "All meetings"},
    "meeting.none": {
        "da": "Der er ingen møder endnu. Det første laves, når nogen lægger et kort i et møde "
        "med stjernen på Spørgsmål og svar.",
        "en": "There are no meetings yet. The first is made when someone adds a card to a "
        "meeting with the star on Questions and answers.",
    },
    "meeting.none_open": {
        "da": "Intet møde åbent: stjernen på et kort lægger det i et nyt møde.",
        "en": "No meeting open: the star on a card adds it to a new meeting.",
    },
    "meeting.open_saved": {"da": "Åbn et gemt møde", "en": "Open a saved meeting"},
    "meeting.new_title": {"da": "Nyt møde", "en": "New meeting"},
    "meeting.copy_title": {"da": "Kopi af {title}", "en": "Copy of {title}"},
    "meeting.card_count": {"da": "{n} kort", "en": "{n} cards"},
    "meeting.changed": {
        "da": "Sidst ændret {time} af {name}",
        "en": "Last changed {time} by {name}",
    },
    "meeting.author_forgotten": {"da": "(navn slettet)", "en": "(name removed)"},
    "meeting.is_current": {"da": "Aktuelt møde", "en": "Current meeting"},
    "meeting.current": {"da": "Aktuelt møde: {title}", "en": "Current meeting: {title}"},
    "meeting.on_relay": {"da": "Om stafetten {relay}.", "en": "On the relay {relay}."},
    "meeting.on_unsaved_relay": {
        "da": "Om en indlæst stafet, der ikke er gemt i databasen: den kan kun åbnes af den, der "
        "har stafetten indlæst.",
        "en": "On an uploaded relay that is not saved in the database: only someone who has "
        "that relay loaded can open it.",
    },
    "meeting.open": {"da": "Åbn", "en": "Open"},
    "meeting.open_page": {"da": "Ret mødet", "en": "Edit the meeting"},
    "meeting.present": {"da": "Vis mødets dias", "en": "Show the meeting's slides"},
    "meeting.rename": {"da": "Omdøb", "en": "Rename"},
    "meeting.title_field": {"da": "Titel", "en": "Title"},
    "meeting.date_field": {"da": "Dato", "en": "Date"},
    "meeting.save": {"da": "Gem", "en": "Save"},
    "meeting.copy": {"da": "Kopiér", "en": "Copy"},
    "meeting.delete": {"da": "Slet", "en": "Delete"},
    "meeting.delete_ask": {
        "da": "Slet mødet »{title}« med dets {n} kort og dets noter til drøftelse? Det kan ikke "
        "fortrydes. Noter på kortene uden for mødet bliver.",
        "en": "Delete the meeting “{title}” with its {n} cards and its notes for discussion? "
        "This cannot be undone. Notes on the cards outside the meeting stay.",
    },
    "meeting.delete_yes": {"da": "Ja, slet mødet", "en": "Yes, delete the meeting"},
    "meeting.delete_no": {"da": "Nej, behold det", "en": "No, keep it"},
    "meeting.delete_title": {"da": "Slet mødet?", "en": "Delete the meeting?"},
    "meeting.rename_title": {"da": "Omdøb mødet", "en": "Rename the meeting"},
    "meeting.general_slides": {
        "da": "Generelle dias i mødets præsentation",
        "en": "General slides in the meeting's presentation",
    },
    "meeting.slide.title": {"da": "Titel", "en": "Title"},
    "meeting.slide.cakes": {
        "da": "Temaernes fordeling (kager)",
        "en": "How the themes divide (cakes)",
    },
    "meeting.slide.clouds": {"da": "Ordskyer", "en": "Word clouds"},
    "meeting.slide.reflections": {"da": "Refleksioner", "en": "Reflections"},
    "meeting.order": {
        "da": "Mødets kort i rækkefølge",
        "en": "The meeting's cards in order",
    },
    "meeting.no_cards": {
        "da": "Mødet har ingen kort: læg kort i det med stjernen på Spørgsmål og svar.",
        "en": "The meeting has no cards: add cards with the star on Questions and answers.",
    },
    "meeting.up": {"da": "Op", "en": "Up"},
    "meeting.down": {"da": "Ned", "en": "Down"},
    "meeting.card_dialog": {"da": "Noter og mærker", "en": "Notes and tags"},
    "meeting.notes": {"da": "Noter ({n})", "en": "Notes ({n})"},
    "meeting.no_notes": {"da": "Ingen noter på kortet endnu.", "en": "No notes on the card yet."},
    "meeting.note.new": {"da": "Ny note", "en": "New note"},
    "meeting.note.discussion": {
        "da": "Note til drøftelse på mødet",
        "en": "Note for discussion at the meeting",
    },
    "meeting.note.save": {"da": "Gem noten", "en": "Save the note"},
    "meeting.note_line": {"da": "{author}, {time}: {note}", "en": "{author}, {time}: {note}"},
    "meeting.discussion_line": {
        "da": "Til drøftelse – {author}, {time}: {note}",
        "en": "For discussion – {author}, {time}: {note}",
    },
    "meeting.tags": {"da": "Mærker", "en": "Tags"},
    "meeting.tags.pick": {
        "da": "Kortets mærker (vælg eller skriv et nyt)",
        "en": "The card's tags (pick or type a new one)",
    },
    "meeting.tags.help": {
        "da": "Jeres egne etiketter, fx »anbefaling 3« eller »til næste møde«; højst {max} tegn.",
        "en": "Your own labels, e.g. “recommendation 3” or “for the next meeting”; at most "
        "{max} characters.",
    },
    "meeting.no_tags": {"da": "Ingen mærker endnu.", "en": "No tags yet."},
    "meeting.tags.save": {"da": "Gem mærkerne", "en": "Save the tags"},
    "meeting.tags.placeholder": {"da": "Vælg eller skriv et mærke", "en": "Pick or type a tag"},
    "meeting.who.title": {"da": "Hvem skriver?", "en": "Who is writing?"},
    "meeting.who.intro": {
        "da": "Dit navn gemmes med det, du lægger i møder og skriver på kort, så kolleger kan se, "
        "hvem det er fra. Du bliver kun spurgt én gang i denne browser-session.",
        "en": "Your name is saved with what you put in meetings and write on cards, so "
        "colleagues can see who it is from. You are asked only once in this browser session.",
    },
    "meeting.who.name": {"da": "Dit navn", "en": "Your name"},
    "meeting.who.save": {"da": "Gem og fortsæt", "en": "Save and continue"},
    "meeting.writing_as": {"da": "Du skriver som {name}.", "en": "You are writing as {name}."},
    "meeting.saved_at": {"da": "Gemt {time}", "en": "Saved {time}"},
    "meeting.saved_new": {
        "da": "Gemt: kortet er lagt i et nyt møde. Giv det en titel under Møder.",
        "en": "Saved: the card is in a new meeting. Give it a title under Meetings.",
    },
    "meeting.saved_added": {
        "da": "Gemt: kortet er lagt i mødet.",
        "en": "Saved: the card is in the meeting.",
    },
    "meeting.saved_removed": {
        "da": "Gemt: kortet er taget ud af mødet.",
        "en": "Saved: the card is out of the meeting.",
    },
    "meeting.saved_note": {"da": "Gemt: noten er gemt.", "en": "Saved: the note is saved."},
    "meeting.saved_tags": {"da": "Gemt: mærkerne er gemt.", "en": "Saved: the tags are saved."},
    "meeting.saved_renamed": {
        "da": "Gemt: mødet er omdøbt.",
        "en": "Saved: the meeting is renamed.",
    },
    "meeting.saved_copy": {
        "da": "Gemt: kopien er nu det aktuelle møde.",
        "en": "Saved: the copy is now the current meeting.",
    },
    "meeting.saved_deleted": {
        "da": "Gemt: mødet er slettet.",
        "en": "Saved: the meeting is deleted.",
    },
    "meeting.saved_order": {"da": "Gemt: ny rækkefølge.", "en": "Saved: new order."},
    "meeting.saved_slides": {
        "da": "Gemt: mødets generelle dias er ændret.",
        "en": "Saved: the meeting's general slides are changed.",
    },
    # --- Saved relays --------------------------------------------------------------------------
    "meeting.save_relay": {
        "da": "Gem stafetten, så kolleger kan åbne møder om den",
        "en": "Save the relay, so colleagues can open meetings on it",
    },
    "meeting.relay_saved": {
        "da": "Gemt: stafetten er i databasen, og møder om den kan åbnes af alle.",
        "en": "Saved: the relay is in the database, and meetings on it open for everyone.",
    },
    "meeting.relay_is_saved": {
        "da": "Gemt i databasen: kolleger kan åbne møder om denne stafet.",
        "en": "Saved in the database: colleagues can open meetings on this relay.",
    },
    "meeting.relay_not_saved": {
        "da": "Mødet hører til en indlæst stafet, som ikke er gemt i databasen, så det kan ikke "
        "åbnes her. Bed den, der lavede mødet, om at gemme stafetten (knappen i sidepanelet).",
        "en": "The meeting belongs to an uploaded relay that is not saved in the database, so it "
        "cannot open here. Ask whoever made the meeting to save the relay (the button in the "
        "sidebar).",
    },
    "meeting.relay_unreadable": {
        "da": "Mødets stafet er gemt i databasen, men kan ikke læses længere.",
        "en": "The meeting's relay is saved in the database but can no longer be read.",
    },
    "meeting.history": {"da": "Historik", "en": "History"},
    "meeting.history.none": {"da": "Ingen ændringer endnu.", "en": "No changes yet."},
    "meeting.history.create_meeting": {
        "da": "{who} oprettede mødet",
        "en": "{who} made the meeting",
    },
    "meeting.history.copy_meeting": {
        "da": "{who} lavede mødet som en kopi",
        "en": "{who} made the meeting as a copy",
    },
    "meeting.history.rename_meeting": {
        "da": "{who} omdøbte mødet",
        "en": "{who} renamed the meeting",
    },
    "meeting.history.set_meeting_date": {
        "da": "{who} ændrede mødets dato",
        "en": "{who} changed the meeting's date",
    },
    "meeting.history.add_card": {
        "da": "{who} lagde kortet {card} i mødet",
        "en": "{who} put the card {card} in the meeting",
    },
    "meeting.history.remove_card": {
        "da": "{who} tog kortet {card} ud af mødet",
        "en": "{who} took the card {card} out of the meeting",
    },
    "meeting.history.move_card": {
        "da": "{who} flyttede kortet {card}",
        "en": "{who} moved the card {card}",
    },
    "meeting.history.set_card_order": {
        "da": "{who} gav kortene en ny rækkefølge",
        "en": "{who} put the cards in a new order",
    },
    "meeting.history.set_general_slide": {
        "da": "{who} ændrede mødets faste dias",
        "en": "{who} changed the meeting's general slides",
    },
    "meeting.history.add_note": {
        "da": "{who} skrev en note på kortet {card}",
        "en": "{who} wrote a note on the card {card}",
    },
    "meeting.history.delete_note": {
        "da": "{who} slettede en note på kortet {card}",
        "en": "{who} deleted a note on the card {card}",
    },
    "meeting.history.delete_meeting": {
        "da": "{who} slettede mødet",
        "en": "{who} deleted the meeting",
    },
    "meeting.history.other": {"da": "{who}: {action}", "en": "{who}: {action}"},
}

"""The command line's own texts: help, headings, results and errors."""

TEXTS = {
    # --- The program ------------------------------------------------------------------------
    "cli.description": {
        "da": "Værktøjer til Ledelseskommissionens stafetdata.",
        "en": "Tools for the Leadership Commission's relay data.",
    },
    "cli.usage": {"da": "brug: ", "en": "usage: "},
    "cli.options": {"da": "tilvalg", "en": "options"},
    "cli.positionals": {"da": "argumenter", "en": "positional arguments"},
    "cli.help": {"da": "vis denne hjælp og stop", "en": "show this help and exit"},
    "cli.metavar.command": {"da": "KOMMANDO", "en": "COMMAND"},
    "cli.metavar.path": {"da": "STI", "en": "PATH"},
    "cli.metavar.file": {"da": "FIL", "en": "FILE"},
    "cli.metavar.folder": {"da": "MAPPE", "en": "FOLDER"},
    "cli.metavar.name": {"da": "NAVN", "en": "NAME"},
    "cli.metavar.group": {"da": "GRUPPE", "en": "GROUP"},
    "cli.metavar.theme": {"da": "TEMA", "en": "THEME"},
    "cli.metavar.query": {"da": "SØGNING", "en": "QUERY"},
    "cli.metavar.word": {"da": "ORD", "en": "WORD"},
    "cli.lang": {
        "da": "sprog i beskeder og filer: da (standard) eller en",
        "en": "language of messages and files: da (default) or en",
    },
    "cli.data": {
        "da": "stafetfilen, CSV eller XLSX (standard: den medfølgende)",
        "en": "the relay file, CSV or XLSX (default: the bundled one)",
    },
    "cli.metadata": {
        "da": "TOML med metadata til --data (standard: ingen; de medfølgende data har deres)",
        "en": "TOML metadata for --data (default: none; the bundled data has its own)",
    },
    "cli.json": {"da": "skriv JSON i stedet for en tabel", "en": "write JSON instead of a table"},
    # --- Errors -------------------------------------------------------------------------------
    "cli.error": {"da": "fejl: {detail}", "en": "error: {detail}"},
    "cli.unrecognized": {
        "da": "ukendte argumenter: {args}",
        "en": "unrecognised arguments: {args}",
    },
    "cli.required": {"da": "mangler argumenter: {args}", "en": "missing arguments: {args}"},
    "cli.invalid_choice": {
        "da": "ugyldigt valg til {arg}: {value}; mulige: {choices}",
        "en": "invalid choice for {arg}: {value}; possible: {choices}",
    },
    "cli.invalid_value": {
        "da": "ugyldig værdi til {arg}: {value}",
        "en": "invalid value for {arg}: {value}",
    },
    "cli.expected_value": {"da": "{arg} skal have en værdi", "en": "{arg} needs a value"},
    "cli.unexpected": {
        "da": "noget gik galt ({detail}); intet er skrevet",
        "en": "something went wrong ({detail}); nothing was written",
    },
    "cli.cannot_read": {
        "da": "kan ikke læse {path}: {detail}",
        "en": "cannot read {path}: {detail}",
    },
    "cli.more_problems": {
        "da": "(og {n} problemer mere; `validate` viser dem alle)",
        "en": "(and {n} more problems; `validate` lists them all)",
    },
    "cli.cannot_write": {
        "da": "kan ikke skrive {path}: {detail}",
        "en": "cannot write {path}: {detail}",
    },
    "cli.not_a_regular_file": {
        "da": "{path} er ikke en almindelig fil (men f.eks. en enhed eller et rør); vælg en fil",
        "en": "{path} is not a regular file (but e.g. a device or a pipe); choose a file",
    },
    "cli.folder_missing": {"da": "mappen findes ikke", "en": "the folder does not exist"},
    "cli.selection": {"da": "{detail}", "en": "{detail}"},
    "cli.unknown_group": {
        "da": "ukendt gruppe »{value}«; mulige: {choices}",
        "en": "unknown group “{value}”; possible: {choices}",
    },
    "cli.unknown_theme": {
        "da": "ukendt tema »{value}«; mulige: {choices}",
        "en": "unknown theme “{value}”; possible: {choices}",
    },
    # --- validate, convert, import -----------------------------------------------------------
    "cli.validate.help": {
        "da": "tjek en stafetfil (CSV eller XLSX) og dens metadata",
        "en": "check a relay file (CSV or XLSX) and its metadata",
    },
    "cli.validate.path": {
        "da": "stafetfilen (standard: den medfølgende, med dens metadata)",
        "en": "the relay file (default: the bundled one, with its metadata)",
    },
    "validate.ok": {
        "da": "OK: {n_questions} spørgsmål, {n_answers} svar, grupper: {groups}",
        "en": "OK: {n_questions} questions, {n_answers} answers, groups: {groups}",
    },
    "validate.warnings": {"da": "Bemærk ({count}):", "en": "Note ({count}):"},
    "validate.problems": {"da": "Fundne problemer ({count}):", "en": "Problems found ({count}):"},
    "cli.convert.help": {
        "da": "læs en stafetfil (CSV eller XLSX), tjek den og skriv den som ren CSV",
        "en": "read a relay file (CSV or XLSX), check it and write it as clean CSV",
    },
    "cli.import.help": {
        "da": "tjek en stafetfil (CSV eller XLSX) og gem den som en ny CSV i datamappen",
        "en": "check a relay file (CSV or XLSX) and save it as a new CSV in the data folder",
    },
    "cli.table_file": {"da": "CSV- eller XLSX-filen", "en": "the CSV or XLSX file"},
    "cli.convert.out": {"da": "CSV-filen der skal skrives", "en": "the CSV file to write"},
    "cli.import.name": {
        "da": "navnet på den nye fil i datamappen (standard: ud fra filens navn)",
        "en": "the name of the new file in the data folder (default: from the file's name)",
    },
    "cli.import.data_dir": {
        "da": "datamappen (standard: {path})",
        "en": "the data folder (default: {path})",
    },
    "cli.rows_written": {
        "da": "Skrev {path} ({rows} rækker).",
        "en": "Wrote {path} ({rows} rows).",
    },
    "cli.name_taken": {
        "da": "Der findes allerede en fil {taken}; den er ikke ændret.",
        "en": "A file {taken} already exists; it was left unchanged.",
    },
    # --- export -------------------------------------------------------------------------------
    "cli.export.help": {
        "da": "eksportér kort, kager, ordskyer og refleksioner som PPTX, PDF, XLSX, CSV eller HTML",
        "en": "export cards, cakes, word clouds and reflections as PPTX, PDF, XLSX, CSV or HTML",
    },
    "cli.export.format": {
        "da": "filformat: {choices} (standard: ud fra --out)",
        "en": "file format: {choices} (default: from --out)",
    },
    "cli.export.out": {"da": "filen der skal skrives", "en": "the file to write"},
    "cli.export.group": {
        "da": "kun denne gruppe (kan gentages)",
        "en": "only this group (repeatable)",
    },
    "cli.export.theme": {
        "da": "kun dette tema (kan gentages)",
        "en": "only this theme (repeatable)",
    },
    "cli.export.query": {
        "da": 'søgning i teksten: ord (alle skal findes) og "fraser"',
        "en": 'search in the text: words (all must occur) and "phrases"',
    },
    "cli.export.unknown_format": {
        "da": "ukendt format »{value}«; mulige: {choices}",
        "en": "unknown format “{value}”; possible: {choices}",
    },
    "cli.export.no_format": {
        "da": "angiv --format, eller giv --out en kendt endelse ({choices})",
        "en": "give --format, or give --out a known extension ({choices})",
    },
    "cli.export.suffix": {
        "da": "--out skal ende på {suffixes} til formatet {format}, ikke »{name}«",
        "en": "--out must end in {suffixes} for the format {format}, not “{name}”",
    },
    "cli.export.written": {"da": "Skrev {path} ({n} kort).", "en": "Wrote {path} ({n} cards)."},
    # --- Text analysis ------------------------------------------------------------------------
    "cli.words.help": {
        "da": "hyppigste ord i et udsnit",
        "en": "most frequent words of a selection",
    },
    "cli.compare.help": {
        "da": "sammenlign ordbruget i to grupper (eller temaer)",
        "en": "compare the words of two groups (or themes)",
    },
    "cli.search.help": {"da": "søg i spørgsmål og svar", "en": "search questions and answers"},
    "cli.kwic.help": {"da": "et ord i sin sammenhæng", "en": "a word in its context"},
    "cli.cloud.help": {"da": "ordsky som PNG eller SVG", "en": "word cloud as PNG or SVG"},
    "cli.group": {"da": "kun denne gruppe", "en": "only this group"},
    "cli.theme": {"da": "kun dette tema", "en": "only this theme"},
    "cli.kind": {
        "da": "spørgsmål (questions), svar (answers) eller begge (all)",
        "en": "questions, answers or both (all)",
    },
    "cli.top": {"da": "antal ord (0: alle)", "en": "number of words (0: all)"},
    "cli.compare.a": {"da": "første gruppe (eller tema)", "en": "first group (or theme)"},
    "cli.compare.b": {"da": "anden gruppe (eller tema)", "en": "second group (or theme)"},
    "cli.compare.by": {
        "da": "sammenlign grupper (group) eller temaer (theme)",
        "en": "compare groups or themes",
    },
    "cli.compare.top": {"da": "antal ord pr. liste (0: alle)", "en": "words per list (0: all)"},
    "cli.search.query": {
        "da": 'ord (alle skal findes) og "fraser"',
        "en": 'words (all must occur) and "phrases"',
    },
    "cli.cloud.out": {"da": "FIL.png eller FIL.svg", "en": "FILE.png or FILE.svg"},
    "cli.cloud.width": {"da": "bredde i pixel", "en": "width in pixels"},
    "cli.cloud.height": {"da": "højde i pixel", "en": "height in pixels"},
    "cli.error.top": {
        "da": "--top skal være et helt tal på 0 eller mere, ikke »{value}«",
        "en": "--top must be a whole number of 0 or more, not “{value}”",
    },
    "cli.error.pixels": {
        "da": "{name} skal være et helt antal pixel, ikke »{value}«",
        "en": "{name} must be a whole number of pixels, not “{value}”",
    },
    "cli.cloud.out_missing": {
        "da": "angiv filen der skal skrives med --out FIL.png eller --out FIL.svg",
        "en": "name the file to write with --out FILE.png or --out FILE.svg",
    },
    "cli.cloud.suffix": {
        "da": "--out skal ende på .png eller .svg, ikke »{name}«",
        "en": "--out must end in .png or .svg, not “{name}”",
    },
    "cli.cloud.written": {"da": "Skrev {path} ({n} ord).", "en": "Wrote {path} ({n} words)."},
    "cli.words.none": {"da": "Ingen ord i det valgte udsnit.", "en": "No words in the selection."},
    "cli.words.term": {"da": "Ord", "en": "Word"},
    "cli.words.count": {"da": "Antal", "en": "Count"},
    "cli.words.per_1000": {"da": "Pr. 1.000 ord", "en": "Per 1,000 words"},
    "cli.compare.legend": {
        "da": "A: {a}   B: {b}   (z > 0: mere brugt i A, z < 0: mere brugt i B)",
        "en": "A: {a}   B: {b}   (z > 0: used more in A, z < 0: used more in B)",
    },
    "cli.compare.count_a": {"da": "Antal A", "en": "Count A"},
    "cli.compare.count_b": {"da": "Antal B", "en": "Count B"},
    "cli.compare.only_a": {"da": "Kun i A ({n} i alt)", "en": "Only in A ({n} in all)"},
    "cli.compare.both": {"da": "I begge ({n} i alt)", "en": "In both ({n} in all)"},
    "cli.compare.only_b": {"da": "Kun i B ({n} i alt)", "en": "Only in B ({n} in all)"},
    "cli.search.none": {
        "da": "Ingen spørgsmål eller svar matcher søgningen.",
        "en": "No question or answer matches the search.",
    },
    "cli.search.id": {"da": "Id", "en": "Id"},
    "cli.search.group": {"da": "Gruppe", "en": "Group"},
    "cli.search.theme": {"da": "Tema", "en": "Theme"},
    "cli.search.in_question": {"da": "Fund i spørgsmål", "en": "Found in question"},
    "cli.search.in_answer": {"da": "Fund i svar", "en": "Found in answer"},
    "cli.kwic.none": {
        "da": "Ordet »{term}« forekommer ikke.",
        "en": "The word “{term}” does not occur.",
    },
    # --- meeting and db ----------------------------------------------------------------------
    "cli.metavar.card": {"da": "KORT", "en": "CARD"},
    "cli.metavar.title": {"da": "TITEL", "en": "TITLE"},
    "cli.database": {
        "da": "databasens URL (standard: DASHBOARD_DATABASE_URL, ellers SQLite-filen "
        "var/dashboard.sqlite)",
        "en": "the database's URL (default: DASHBOARD_DATABASE_URL, else the SQLite file "
        "var/dashboard.sqlite)",
    },
    "cli.author": {
        "da": "navnet, der gemmes med det skrevne (standard: dit brugernavn)",
        "en": "the name saved with what is written (default: your login name)",
    },
    "cli.meeting.help": {
        "da": "møder: lav, vis, skriv noter til og eksportér dem",
        "en": "meetings: make, show, write notes on and export them",
    },
    "cli.meeting.new.help": {
        "da": "lav et møde med kortene fra et filter og/eller navngivne kort",
        "en": "make a meeting with the cards of a filter and/or named cards",
    },
    "cli.meeting.list.help": {"da": "vis alle møder", "en": "list every meeting"},
    "cli.meeting.show.help": {
        "da": "vis et møde: titel, dato og kortene i rækkefølge med noter",
        "en": "show a meeting: title, date and the cards in order with their notes",
    },
    "cli.meeting.note.help": {
        "da": "skriv en note til drøftelse på et af mødets kort",
        "en": "write a note for discussion on one of the meeting's cards",
    },
    "cli.meeting.export.help": {
        "da": "eksportér mødet som PPTX, PDF, HTML, XLSX eller CSV (med titel, dato, rækkefølge "
        "og noter)",
        "en": "export the meeting as PPTX, PDF, HTML, XLSX or CSV (with title, date, order and "
        "notes)",
    },
    "cli.meeting.title_help": {"da": "mødets titel", "en": "the meeting's title"},
    "cli.meeting.date_help": {
        "da": "mødets dato (standard: i dag)",
        "en": "the meeting's date (default: today)",
    },
    "cli.meeting.card_help": {
        "da": "et korts id (kan gentages)",
        "en": "a card's id (repeatable)",
    },
    "cli.meeting.id_help": {"da": "mødets id", "en": "the meeting's id"},
    "cli.meeting.text_help": {"da": "notens tekst", "en": "the note's text"},
    "cli.meeting.bad_date": {
        "da": "--date skal være en dato som 2026-12-03, ikke »{value}«",
        "en": "--date must be a date like 2026-12-03, not “{value}”",
    },
    "cli.meeting.unknown_card": {
        "da": "stafetten har intet kort med id »{value}«",
        "en": "the relay has no card with the id “{value}”",
    },
    "cli.meeting.made": {
        "da": "Lavede mødet »{title}« med {n} kort: {url}",
        "en": "Made the meeting “{title}” with {n} cards: {url}",
    },
    "cli.meeting.none": {"da": "Der er ingen møder endnu.", "en": "There are no meetings yet."},
    "cli.meeting.id": {"da": "Id", "en": "Id"},
    "cli.meeting.title": {"da": "Titel", "en": "Title"},
    "cli.meeting.date": {"da": "Dato", "en": "Date"},
    "cli.meeting.cards": {"da": "Kort", "en": "Cards"},
    "cli.meeting.changed": {"da": "Sidst ændret", "en": "Last changed"},
    "cli.meeting.link": {"da": "Link: {url}", "en": "Link: {url}"},
    "cli.meeting.relay_missing": {
        "da": "mødets stafet er hverken den medfølgende eller gemt i databasen; angiv den med "
        "--data (og --metadata)",
        "en": "the meeting's relay is neither the bundled one nor saved in the database; name it "
        "with --data (and --metadata)",
    },
    "cli.meeting.other_relay": {
        "da": "mødet hører ikke til stafetten i {path}",
        "en": "the meeting does not belong to the relay in {path}",
    },
    "cli.meeting.noted": {
        "da": "Gemte noten på kortet {card} i mødet »{title}«.",
        "en": "Saved the note on the card {card} in the meeting “{title}”.",
    },
    "cli.db.help": {
        "da": "databasen: opdatér, tag en sikkerhedskopi, gendan en",
        "en": "the database: upgrade, back up, restore",
    },
    "cli.db.upgrade.help": {
        "da": "opret databasen om nødvendigt og opdatér den til nyeste skema",
        "en": "create the database if needed and upgrade it to the latest schema",
    },
    "cli.db.backup.help": {
        "da": "skriv alt i databasen til én JSON-fil med skemaets version",
        "en": "write everything in the database to one JSON file naming its schema",
    },
    "cli.db.restore.help": {
        "da": "læs en sikkerhedskopi ind i en tom database",
        "en": "read a backup into an empty database",
    },
    "cli.db.out": {"da": "sikkerhedskopien der skal skrives", "en": "the backup file to write"},
    "cli.db.file": {"da": "sikkerhedskopien der skal læses", "en": "the backup file to read"},
    "cli.db.no_file": {"da": "filen findes ikke", "en": "the file does not exist"},
    "cli.db.up_to_date": {
        "da": "Databasen er allerede på nyeste skema ({revision}).",
        "en": "The database is at the latest schema already ({revision}).",
    },
    "cli.db.upgraded": {
        "da": "Databasen er opdateret fra skema {before} til {revision}.",
        "en": "The database is upgraded from schema {before} to {revision}.",
    },
    "cli.db.where": {"da": "Database: {url}", "en": "Database: {url}"},
    "cli.db.audit.help": {
        "da": "vis hvem der har ændret hvad og hvornår (revisionssporet)",
        "en": "show who changed what and when (the audit trail)",
    },
    "cli.db.since": {"da": "kun ændringer fra denne dag", "en": "only changes from this day"},
    "cli.db.bad_date": {
        "da": "--since skal være en dato som 2026-12-03, ikke »{value}«",
        "en": "--since must be a date like 2026-12-03, not “{value}”",
    },
    "cli.db.no_audit": {"da": "Ingen ændringer.", "en": "No changes."},
    "cli.db.at": {"da": "Tidspunkt", "en": "When"},
    "cli.db.who": {"da": "Hvem", "en": "Who"},
    "cli.db.action": {"da": "Handling", "en": "Action"},
    "cli.db.object": {"da": "Hvad", "en": "What"},
    "cli.db.anonymous": {"da": "(glemt)", "en": "(forgotten)"},
    "cli.db.forget.help": {
        "da": "glem en person: anonymisér (eller slet) vedkommendes noter og mærker",
        "en": "forget a person: anonymise (or delete) their notes and tags",
    },
    "cli.db.forget.author": {
        "da": "navnet, som personen har skrevet under",
        "en": "the name the person wrote under",
    },
    "cli.db.forget.remove": {
        "da": "slet noterne og mærkerne i stedet for at anonymisere dem",
        "en": "delete the notes and tags instead of anonymising them",
    },
    "cli.db.forget.by": {
        "da": "hvem der glemmer (står i revisionssporet; standard: login-navnet)",
        "en": "who does the forgetting (in the audit trail; default: the login name)",
    },
    "cli.db.forgot": {
        "da": "Glemt. Anonymiseret – noter: {notes}, mærker: {tags}. Navnet fjernet fra – "
        "møder: {meetings}, poster i revisionssporet: {entries}.",
        "en": "Forgotten. Anonymised – notes: {notes}, tags: {tags}. The name removed from – "
        "meetings: {meetings}, audit entries: {entries}.",
    },
    "cli.db.forgot_removed": {
        "da": "Glemt. Slettet – noter: {notes}, mærker: {tags}. Navnet fjernet fra – møder: "
        "{meetings}, poster i revisionssporet: {entries}.",
        "en": "Forgotten. Deleted – notes: {notes}, tags: {tags}. The name removed from – "
        "meetings: {meetings}, audit entries: {entries}.",
    },
    "cli.db.backed_up": {
        "da": "Skrev {path} ({meetings} møder).",
        "en": "Wrote {path} ({meetings} meetings).",
    },
    "cli.db.restored": {
        "da": "Gendannede {path} ({meetings} møder).",
        "en": "Restored {path} ({meetings} meetings).",
    },
}

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
        "da": "ukendt gruppe '{value}'; mulige: {choices}",
        "en": "unknown group '{value}'; possible: {choices}",
    },
    "cli.unknown_theme": {
        "da": "ukendt tema '{value}'; mulige: {choices}",
        "en": "unknown theme '{value}'; possible: {choices}",
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
        "da": "ukendt format '{value}'; mulige: {choices}",
        "en": "unknown format '{value}'; possible: {choices}",
    },
    "cli.export.no_format": {
        "da": "angiv --format, eller giv --out en kendt endelse ({choices})",
        "en": "give --format, or give --out a known extension ({choices})",
    },
    "cli.export.suffix": {
        "da": "--out skal ende på {suffixes} til formatet {format}, ikke '{name}'",
        "en": "--out must end in {suffixes} for the format {format}, not '{name}'",
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
        "da": "--top skal være et helt tal på 0 eller mere, ikke '{value}'",
        "en": "--top must be a whole number of 0 or more, not '{value}'",
    },
    "cli.error.pixels": {
        "da": "{name} skal være et helt antal pixel, ikke '{value}'",
        "en": "{name} must be a whole number of pixels, not '{value}'",
    },
    "cli.cloud.out_missing": {
        "da": "angiv filen der skal skrives med --out FIL.png eller --out FIL.svg",
        "en": "name the file to write with --out FILE.png or --out FILE.svg",
    },
    "cli.cloud.suffix": {
        "da": "--out skal ende på .png eller .svg, ikke '{name}'",
        "en": "--out must end in .png or .svg, not '{name}'",
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
        "da": "Ordet '{term}' forekommer ikke.",
        "en": "The word '{term}' does not occur.",
    },
}

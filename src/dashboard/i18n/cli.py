"""The command line's own messages."""

TEXTS = {
    "cli.description": {
        "da": "Værktøjer til Ledelseskommissionens stafetdata.",
        "en": "Tools for the Leadership Commission's relay data.",
    },
    "cli.validate.help": {
        "da": "tjek en stafetfil (CSV eller XLSX) og dens metadata",
        "en": "check a relay file (CSV or XLSX) and its metadata",
    },
    "cli.error": {"da": "fejl: {detail}", "en": "error: {detail}"},
    "cli.unrecognized": {
        "da": "ukendte argumenter: {args}",
        "en": "unrecognised arguments: {args}",
    },
    "cli.required": {"da": "mangler argumenter: {args}", "en": "missing arguments: {args}"},
    "cli.invalid_choice": {
        "da": "ugyldigt valg til {arg}: {value}",
        "en": "invalid choice for {arg}: {value}",
    },
    "cli.invalid_value": {
        "da": "ugyldig værdi til {arg}: {value}",
        "en": "invalid value for {arg}: {value}",
    },
    "cli.expected_value": {"da": "{arg} skal have en værdi", "en": "{arg} needs a value"},
    "validate.ok": {
        "da": "OK: {n_questions} spørgsmål, {n_answers} svar, grupper: {groups}",
        "en": "OK: {n_questions} questions, {n_answers} answers, groups: {groups}",
    },
    "validate.warnings": {
        "da": "Bemærk ({count}):",
        "en": "Note ({count}):",
    },
    "validate.problems": {
        "da": "{count} problem(er) fundet:",
        "en": "{count} problem(s) found:",
    },
}

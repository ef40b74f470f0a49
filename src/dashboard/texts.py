"""Every user-facing text of the app, Danish first and English second, keyed by a stable id.

Texts may hold `str.format` fields, e.g. "{row}"; `text()` fills them in.
"""

from __future__ import annotations

from typing import Final, Literal

Language = Literal["da", "en"]
LANGUAGES: Final[tuple[Language, ...]] = ("da", "en")
DEFAULT_LANGUAGE: Final[Language] = "da"

TEXTS: Final[dict[str, dict[Language, str]]] = {
    # --- The shared frame -------------------------------------------------------------
    "app.title": {
        "da": "Ledelsesstafetten",
        "en": "The leadership relay",
    },
    "frame.language": {"da": "Sprog", "en": "Language"},
    "frame.language.da": {"da": "Dansk", "en": "Dansk"},
    "frame.language.en": {"da": "English", "en": "English"},
    "frame.provenance": {
        "da": "Data: {n_pairs} spørgsmål og svar udvalgt i rapporten *{title}* "
        "({publisher}, {years}).",
        "en": "Data: {n_pairs} questions and answers selected in the report *{title}* "
        "({publisher}, {years}).",
    },
    "frame.data_error": {
        "da": "Data kunne ikke indlæses. Ret disse problemer i filen og genindlæs siden:",
        "en": "The data could not be loaded. Fix these problems in the file and reload the page:",
    },
    # --- Navigation ---------------------------------------------------------------------
    "nav.overview": {"da": "Oversigt", "en": "Overview"},
    "guide.overview": {
        "da": "Baggrunden for stafetten, hvem der deltog, og hvad data rummer.",
        "en": "The background of the relay, who took part, and what the data holds.",
    },
    # --- Overview page ------------------------------------------------------------------
    "overview.background": {"da": "Baggrund", "en": "Background"},
    "overview.what": {"da": "Hvad?", "en": "What?"},
    "overview.how": {"da": "Hvordan?", "en": "How?"},
    "overview.why": {"da": "Hvorfor?", "en": "Why?"},
    "overview.nb": {"da": "NB", "en": "NB"},
    "overview.translated_note": {
        "da": "Teksten er citeret fra rapporten.",
        "en": "The report is in Danish; this is the app's translation. "
        "Questions and answers are shown in the original Danish.",
    },
    "overview.who": {"da": "Hvem deltog?", "en": "Who took part?"},
    "overview.contributions": {"da": "Unikke bidrag i alt", "en": "Unique contributions in all"},
    "overview.stated_in_report": {
        "da": "Oplyst i rapporten.",
        "en": "Stated in the report.",
    },
    "overview.participants_help": {
        "da": "Oplyst i rapporten: {description}.",
        "en": "Stated in the report: {description}.",
    },
    "overview.in_data": {"da": "I de medfølgende data", "en": "In the bundled data"},
    "overview.pairs": {"da": "Spørgsmål og svar", "en": "Questions and answers"},
    "overview.pairs_help": {
        "da": "Optalt fra de medfølgende data: de par, rapporten har udvalgt til inspiration.",
        "en": "Counted from the bundled data: the pairs the report selected for inspiration.",
    },
    "overview.pairs_in_group": {"da": "Par: {group}", "en": "Pairs: {group}"},
    "overview.themes_in_group": {
        "da": "{group}: {n_in_data} af rapportens {n_in_report} temaer findes i data",
        "en": "{group}: {n_in_data} of the report's {n_in_report} themes are in the data",
    },
    "overview.not_in_source": {"da": "Ikke i kilden", "en": "Not in the source"},
    "overview.guide": {"da": "Det kan du her", "en": "What you can do here"},
    # --- Reading and validating a relay -------------------------------------------------
    "problem.row": {"da": "Række {row}", "en": "Row {row}"},
    "problem.column": {"da": "kolonne '{column}'", "en": "column '{column}'"},
    "problem.file_missing": {
        "da": "Filen findes ikke: {path}",
        "en": "The file does not exist: {path}",
    },
    "problem.file_empty": {
        "da": "Filen er tom.",
        "en": "The file is empty.",
    },
    "problem.not_utf8": {
        "da": "Filen er ikke gemt som UTF-8 (byte {position} kan ikke læses). "
        "Gem den som 'CSV UTF-8'.",
        "en": "The file is not saved as UTF-8 (byte {position} cannot be read). "
        "Save it as 'CSV UTF-8'.",
    },
    "problem.csv_unreadable": {
        "da": "Filen kan ikke læses som CSV: {detail}",
        "en": "The file cannot be read as CSV: {detail}",
    },
    "problem.wrong_field_count": {
        "da": "Rækken har {found} felter, men overskriften har {expected}. "
        "Tjek kommaer og anførselstegn.",
        "en": "The row has {found} fields, but the header has {expected}. Check commas and quotes.",
    },
    "problem.missing_column": {
        "da": "Kolonnen '{column}' mangler.",
        "en": "The column '{column}' is missing.",
    },
    "problem.unknown_column": {
        "da": "Ukendt kolonne '{column}'. Tilladte kolonner: {allowed}.",
        "en": "Unknown column '{column}'. Allowed columns: {allowed}.",
    },
    "problem.blank": {
        "da": "Feltet er tomt.",
        "en": "The field is empty.",
    },
    "problem.duplicate_id": {
        "da": "Id'et '{value}' findes flere gange.",
        "en": "The id '{value}' occurs more than once.",
    },
    "problem.no_rows": {
        "da": "Filen har en overskrift, men ingen rækker med spørgsmål.",
        "en": "The file has a header but no rows of questions.",
    },
    "problem.answer_missing": {
        "da": "Spørgsmålet har intet svar (tilladt, men bemærk det).",
        "en": "The question has no answer (allowed, but note it).",
    },
    "problem.metadata_missing": {
        "da": "Metadatafilen findes ikke: {path}",
        "en": "The metadata file does not exist: {path}",
    },
    "problem.metadata_unreadable": {
        "da": "Metadatafilen kan ikke læses som TOML: {detail}",
        "en": "The metadata file cannot be read as TOML: {detail}",
    },
    "problem.metadata_str": {
        "da": "Metadata: feltet '{field}' mangler eller er ikke tekst.",
        "en": "Metadata: the field '{field}' is missing or not text.",
    },
    "problem.metadata_int": {
        "da": "Metadata: feltet '{field}' mangler eller er ikke et heltal.",
        "en": "Metadata: the field '{field}' is missing or not a whole number.",
    },
    "problem.metadata_list": {
        "da": "Metadata: listen '{field}' mangler.",
        "en": "Metadata: the list '{field}' is missing.",
    },
    "problem.metadata_dict": {
        "da": "Metadata: tabellen '{field}' mangler.",
        "en": "Metadata: the table '{field}' is missing.",
    },
    "problem.group_not_in_metadata": {
        "da": "Gruppen '{value}' er ikke beskrevet i metadatafilen.",
        "en": "The group '{value}' is not described in the metadata file.",
    },
    # --- Command line -------------------------------------------------------------------
    "cli.description": {
        "da": "Værktøjer til Ledelseskommissionens stafetdata.",
        "en": "Tools for the Leadership Commission's relay data.",
    },
    "cli.validate.help": {
        "da": "tjek en stafetfil (CSV) og dens metadata",
        "en": "check a relay file (CSV) and its metadata",
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


def text(key: str, lang: Language = DEFAULT_LANGUAGE, **fields: object) -> str:
    """The text `key` in `lang`, with its format fields filled in."""
    template = TEXTS[key][lang]
    return template.format(**fields) if fields else template

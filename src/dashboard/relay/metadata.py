"""A relay's metadata: what is known about it beyond its table, and where that comes from.

The metadata file is TOML. It is checked in full: its size and shape before it is parsed (the
standard library's parser has no limits: one long dotted key costs it memory by the square of
its length, and deep nesting ends in a RecursionError), then every field's type and bounds, and
keys it does not know are named. Only a group's `name` and a reflection's `id`, `heading` and
`text` are required; whatever else is missing is shown as not stated.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from dashboard.i18n import Language, text
from dashboard.relay import limits
from dashboard.relay.problems import Problem, errors
from dashboard.text.tokens import WORD


@dataclass(frozen=True)
class Group:
    """A group of participants as the relay's metadata describes it (None: not stated)."""

    name: str
    label_en: str = ""
    participants: int | None = None
    description: str = ""
    description_en: str = ""
    themes_in_report: int | None = None
    # The full relay's questions per theme (e.g. the real pie counts), where someone has them.
    theme_totals: dict[str, int] = field(default_factory=dict)

    def label(self, lang: Language) -> str:
        return self.label_en if lang == "en" and self.label_en else self.name


@dataclass(frozen=True)
class Reflection:
    """One of the report's prompts for reflection and what it refers to."""

    id: str
    heading: str
    text: str
    heading_en: str = ""
    text_en: str = ""
    theme: str = ""
    words: tuple[str, ...] = ()

    def is_translated(self, lang: Language) -> bool:
        """Whether the prompt shown in `lang` is a translation, not the source's own words."""
        return lang == "en" and bool(self.text_en)

    def heading_in(self, lang: Language) -> str:
        return self.heading_en if lang == "en" and self.heading_en else self.heading

    def text_in(self, lang: Language) -> str:
        return self.text_en if self.is_translated(lang) else self.text

    def provenance_in(self, lang: Language) -> str:
        """'Quoted from the source' or 'the app's translation', in `lang`."""
        return text("cross.translated" if self.is_translated(lang) else "cross.quoted", lang)


MetadataOrigin = Literal["report", "file", "none"]
METHOD_PARTS = ("what", "how", "why")


@dataclass(frozen=True)
class RelayMetadata:
    """What is known about a relay beyond its table, and where that knowledge comes from."""

    title: str
    origin: MetadataOrigin = "file"  # "report": stated in the report; "none": no metadata given
    subtitle: str = ""
    publisher: str = ""
    years: str = ""
    topic: str = ""
    total_contributions: int | None = None
    # Per language: what, how and why (all three), and an optional nb.
    method: dict[str, dict[str, str]] = field(default_factory=dict)
    groups: tuple[Group, ...] = ()
    reflections: tuple[Reflection, ...] = ()
    not_in_source: dict[str, str] = field(default_factory=dict)
    # A short English gloss of each theme's (Danish) name, e.g. krydspres: "cross-pressure".
    theme_glosses_en: dict[str, str] = field(default_factory=dict)

    def group(self, name: str) -> Group | None:
        return next((g for g in self.groups if g.name == name), None)

    def theme_label(self, theme: str, lang: Language) -> str:
        """A theme's name as shown in `lang`: in English with its gloss, 'krydspres
        – cross-pressure', where the metadata gives one."""
        gloss = self.theme_glosses_en.get(theme, "") if lang == "en" else ""
        return f"{theme} – {gloss}" if gloss else theme

    def by_origin(self, *, report: str, file: str, none: str | None = None) -> str:
        """Of three text ids, the one for where this metadata comes from: the report, a
        metadata file, or no metadata at all (`none`; without it, the `file` text)."""
        if self.origin == "report":
            return report
        return none if self.origin == "none" and none is not None else file


# --- The file's size and shape, before it is parsed -------------------------------------------

# What matters to nesting and dotted keys outside strings and comments, and what starts those.
_SHAPE_TOKEN = re.compile(r'"""|\'\'\'|["\'#\[\]{}=,\n.]')
_STRING_END = {
    '"""': re.compile(r'(?:[^"\\]|\\.|"(?!""))*"""(?:"{0,2})', re.DOTALL),
    "'''": re.compile(r"(?:[^']|'(?!''))*'''(?:'{0,2})"),
    '"': re.compile(r'(?:[^"\\\n]|\\.)*(?:"|$)', re.MULTILINE),
    "'": re.compile(r"[^'\n]*(?:'|$)", re.MULTILINE),
}


def toml_shape(document: str) -> tuple[int, int]:
    """(deepest nesting of tables and arrays, most parts of one dotted key) of a TOML text.

    Strings are skipped by TOML's own rules (basic, literal, multi-line, escapes), so brackets
    and dots in text count for nothing; dots in numbers and dates (at most one) do no harm.
    """
    depth = deepest = 0
    dots = most_dots = 0
    position = 0
    while match := _SHAPE_TOKEN.search(document, position):
        token = match.group()
        position = match.end()
        if token in _STRING_END:
            end = _STRING_END[token].match(document, position)
            position = end.end() if end else len(document)
        elif token == "#":
            newline = document.find("\n", position)
            position = len(document) if newline < 0 else newline
        elif token == ".":
            dots += 1
            most_dots = max(most_dots, dots)
        else:
            dots = 0
            if token in "[{":
                depth += 1
                deepest = max(deepest, depth)
            elif token in "]}":
                depth -= 1
    return deepest, most_dots + 1


def _read_toml(data: bytes) -> tuple[dict | None, list[Problem]]:
    if len(data) > limits.MAX_METADATA_BYTES:
        size = -(-len(data) // 1024)
        limit = limits.MAX_METADATA_BYTES // 1024
        return None, [Problem("problem.metadata_too_large", fields={"size": size, "max": limit})]
    try:
        document = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return None, [Problem("problem.metadata_unreadable", fields={"detail": str(error)})]
    nesting, key_parts = toml_shape(document)
    if nesting > limits.MAX_METADATA_NESTING:
        return None, [
            Problem("problem.metadata_too_deep", fields={"max": limits.MAX_METADATA_NESTING})
        ]
    if key_parts > limits.MAX_METADATA_KEY_PARTS:
        return None, [
            Problem("problem.metadata_key_too_long", fields={"max": limits.MAX_METADATA_KEY_PARTS})
        ]
    try:
        return tomllib.loads(document), []
    except (tomllib.TOMLDecodeError, RecursionError) as error:
        return None, [Problem("problem.metadata_unreadable", fields={"detail": str(error)})]


# --- Fields ---------------------------------------------------------------------------------

_MISSING = object()
_WRONG_TYPE = {
    str: "problem.metadata_str",
    int: "problem.metadata_int",
    list: "problem.metadata_list",
    dict: "problem.metadata_dict",
}
_TOP_KEYS = (
    "title",
    "origin",
    "subtitle",
    "publisher",
    "years",
    "topic",
    "total_contributions",
    "method",
    "groups",
    "reflections",
    "not_in_source",
    "theme_glosses_en",
)
_GROUP_KEYS = (
    "name",
    "label_en",
    "participants",
    "description",
    "description_en",
    "themes_in_report",
    "theme_totals",
)
_REFLECTION_KEYS = ("id", "heading", "text", "heading_en", "text_en", "theme", "words")
_METHOD_KEYS = (*METHOD_PARTS, "nb")
_LANGUAGE_KEYS = ("da", "en")


class _Checker:
    """Reads fields out of the parsed TOML, noting every problem on the way."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def note(self, key: str, severity: str = "error", **fields: object) -> None:
        self.problems.append(Problem(key, severity, fields=fields))  # type: ignore[arg-type]

    def unknown_keys(self, raw: object, known: Iterable[str], prefix: str) -> None:
        if isinstance(raw, dict):
            for key in raw.keys() - set(known):
                self.note("problem.metadata_unknown_key", "warning", field=prefix + key)

    def value(self, raw: object, key: str, kind: type, prefix: str = "", default=None):
        """raw[key] if present and of type `kind`, else `default`; with `default=_MISSING`
        the field is required. Text is at most limits.MAX_TEXT_CHARS long."""
        value = raw.get(key, _MISSING) if isinstance(raw, dict) else _MISSING
        if value is _MISSING and default is not _MISSING:
            return default
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.note(_WRONG_TYPE[kind], field=prefix + key)
            return default if default is not _MISSING else None
        if kind is str and len(value) > limits.MAX_TEXT_CHARS:
            self.note(
                "problem.metadata_text_too_long", field=prefix + key, max=limits.MAX_TEXT_CHARS
            )
            return default if default is not _MISSING else None
        return value

    def count(self, raw: object, key: str, prefix: str = "") -> int | None:
        """A stated count: a whole number from 1 to MAX_STATED_COUNT, or None if not stated."""
        value = self.value(raw, key, int, prefix)
        return self.bounded(value, prefix + key)

    def bounded(self, value: object, name: str) -> int | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        if not 1 <= value <= limits.MAX_STATED_COUNT:
            self.note(
                "problem.metadata_count", field=name, value=value, max=limits.MAX_STATED_COUNT
            )
            return None
        return value

    def texts(self, raw: object, prefix: str, known: tuple[str, ...]) -> dict[str, str]:
        """A table whose every value must be text, e.g. the method in one language."""
        if not isinstance(raw, dict):
            self.note("problem.metadata_dict", field=prefix.rstrip("."))
            return {}
        self.unknown_keys(raw, known, prefix)
        return {key: self.value(raw, key, str, prefix, "") for key in raw if key in known}

    def collection(self, raw: object, key: str, kind: type, most: int, prefix: str = ""):
        """raw[key], a list or table (`kind`) of at most `most` items; empty when too many."""
        values = self.value(raw, key, kind, prefix, kind())
        if len(values) > most:
            self.note("problem.metadata_too_many", field=prefix + key, count=len(values), max=most)
            return kind()
        return values


def _method(check: _Checker, raw: object) -> dict[str, dict[str, str]]:
    method = {}
    parts = check.value(raw, "method", dict, default={})
    check.unknown_keys(parts, _LANGUAGE_KEYS, "method.")
    for lang in _LANGUAGE_KEYS:
        if lang not in parts:
            continue
        texts = check.texts(parts[lang], f"method.{lang}.", _METHOD_KEYS)
        missing = [part for part in METHOD_PARTS if not texts.get(part, "").strip()]
        if missing and isinstance(parts[lang], dict):
            fields = ", ".join(f"method.{lang}.{part}" for part in missing)
            check.note("problem.metadata_method_parts", field=fields)
        method[lang] = texts
    return method


def _words(check: _Checker, raw: object, prefix: str) -> tuple[str, ...]:
    """A reflection's words: each must be one word, as the search and counts take it."""
    words = check.collection(raw, "words", list, limits.MAX_REFLECTION_WORDS, prefix)
    for word in words:
        if not isinstance(word, str) or not WORD.fullmatch(word):
            check.note("problem.metadata_word", field=f"{prefix}words", value=word)
    return tuple(w for w in words if isinstance(w, str) and WORD.fullmatch(w))


def _theme_totals(check: _Checker, raw: object, prefix: str) -> dict[str, int]:
    totals = check.collection(raw, "theme_totals", dict, limits.MAX_THEME_TOTALS, prefix)
    counted = {}
    for theme, count in totals.items():
        name = f"{prefix}theme_totals.{theme}"
        if not isinstance(count, int) or isinstance(count, bool):
            check.note("problem.metadata_int", field=name)
        elif (bounded := check.bounded(count, name)) is not None:
            counted[str(theme)] = bounded
    return counted


def _theme_glosses(check: _Checker, raw: object) -> dict[str, str]:
    """Theme → a short English gloss of its name; each gloss text of at most MAX_TEXT_CHARS."""
    glosses = check.collection(raw, "theme_glosses_en", dict, limits.MAX_THEMES)
    return {
        str(theme): gloss
        for theme in glosses
        if (gloss := check.value(glosses, theme, str, "theme_glosses_en.", "")).strip()
    }


def _group(check: _Checker, raw: object, prefix: str) -> Group | None:
    check.unknown_keys(raw, _GROUP_KEYS, prefix)
    name = check.value(raw, "name", str, prefix, _MISSING)
    if name is not None and not name.strip():
        check.note("problem.metadata_blank", field=f"{prefix}name")
    return Group(
        name=(name or "").strip(),
        label_en=check.value(raw, "label_en", str, prefix, ""),
        participants=check.count(raw, "participants", prefix),
        description=check.value(raw, "description", str, prefix, ""),
        description_en=check.value(raw, "description_en", str, prefix, ""),
        themes_in_report=check.count(raw, "themes_in_report", prefix),
        theme_totals=_theme_totals(check, raw, prefix),
    )


def _reflection(check: _Checker, raw: object, prefix: str) -> Reflection:
    check.unknown_keys(raw, _REFLECTION_KEYS, prefix)
    return Reflection(
        id=check.value(raw, "id", str, prefix, _MISSING),
        heading=check.value(raw, "heading", str, prefix, _MISSING),
        text=check.value(raw, "text", str, prefix, _MISSING),
        heading_en=check.value(raw, "heading_en", str, prefix, ""),
        text_en=check.value(raw, "text_en", str, prefix, ""),
        theme=check.value(raw, "theme", str, prefix, ""),
        words=_words(check, raw, prefix),
    )


def parse_metadata(
    data: bytes, default_title: str = ""
) -> tuple[RelayMetadata | None, list[Problem]]:
    """The metadata in a TOML file's bytes (None if it has an error), and every problem.

    Warnings (unknown keys) come with usable metadata.
    """
    # Checked by hand rather than by a schema library: the file is small and fixed, every
    # problem needs a Danish message naming its field.
    raw, problems = _read_toml(data)
    if raw is None:
        return None, problems
    check = _Checker()
    check.unknown_keys(raw, _TOP_KEYS, "")
    texts = {
        key: check.value(raw, key, str, default="")
        for key in ("title", "subtitle", "publisher", "years", "topic")
    }
    total_contributions = check.count(raw, "total_contributions")
    method = _method(check, raw)
    not_in_source = check.texts(
        check.value(raw, "not_in_source", dict, default={}), "not_in_source.", _LANGUAGE_KEYS
    )
    origin = check.value(raw, "origin", str, default="file")
    if origin not in ("report", "file"):
        check.note("problem.metadata_origin", value=origin)
    groups = [
        _group(check, g, f"groups[{i + 1}].")
        for i, g in enumerate(check.collection(raw, "groups", list, limits.MAX_GROUPS))
    ]
    names = [g.name for g in groups]
    for name in sorted({n for n in names if names.count(n) > 1}):
        check.note("problem.metadata_duplicate_group", value=name)
    reflections = [
        _reflection(check, r, f"reflections[{i + 1}].")
        for i, r in enumerate(check.collection(raw, "reflections", list, limits.MAX_REFLECTIONS))
    ]
    metadata = RelayMetadata(
        **{**texts, "title": texts["title"] or default_title},
        origin=origin if origin in ("report", "file") else "file",
        total_contributions=total_contributions,
        method=method,
        groups=tuple(groups),
        reflections=tuple(reflections),
        not_in_source=not_in_source,
        theme_glosses_en=_theme_glosses(check, raw),
    )
    if errors(check.problems):
        return None, check.problems
    return metadata, check.problems


def metadata_document(
    title: str, years: str, groups: Iterable[tuple[str, int | None, int | None]]
) -> bytes:
    """A metadata file (TOML) of what a form asks: the title, the years, and per group its name,
    participants and number of themes (None: not stated). It is read back with
    `parse_metadata`, so what a form states passes the checks a file's does."""
    lines = [f"title = {_toml_string(title)}"] if title.strip() else []
    if years.strip():
        lines.append(f"years = {_toml_string(years)}")
    for name, participants, themes in groups:
        lines += ["", "[[groups]]", f"name = {_toml_string(name)}"]
        if participants is not None:
            lines.append(f"participants = {int(participants)}")
        if themes is not None:
            lines.append(f"themes_in_report = {int(themes)}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's too."""
    return json.dumps(value, ensure_ascii=False)


def metadata_from_table(groups: Iterable[str], title: str) -> RelayMetadata:
    """Metadata for a relay given without any: its groups from the data, nothing stated."""
    return RelayMetadata(title=title, origin="none", groups=tuple(Group(g) for g in groups))


def fit_to_data(
    metadata: RelayMetadata, groups: list[str], themes: list[str]
) -> tuple[RelayMetadata, list[Problem]]:
    """The metadata about the groups in the data, and a note of every mismatch.

    A group the metadata describes but the data lacks is left out (pages show the data's
    groups); a group only in the data is added with nothing stated; a reflection on a theme
    the data lacks keeps its prompt, and its evidence will show zero.
    """
    in_data = set(groups)
    problems = [
        Problem("problem.metadata_group_not_in_data", "warning", fields={"value": g.name})
        for g in metadata.groups
        if g.name not in in_data
    ]
    described = {g.name for g in metadata.groups}
    problems += [
        Problem("problem.group_not_in_metadata", "warning", fields={"value": g})
        for g in groups
        if g not in described
    ]
    problems += [
        Problem("problem.metadata_theme_not_in_data", "warning", fields={"value": r.theme})
        for r in metadata.reflections
        if r.theme and r.theme not in themes
    ]
    kept = tuple(g for g in metadata.groups if g.name in in_data)
    added = tuple(Group(g) for g in groups if g not in described)
    return replace(metadata, groups=kept + added), problems

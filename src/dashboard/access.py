"""Who may do what: the `[access]` section of the app's secrets, and a signed-in person's role.

```toml
[access]
readers = ["@ledelseskommissionen.dk"]      # an e-mail domain, or whole addresses
editors = ["anna@ledelseskommissionen.dk"]  # editors may also read
```

Readers browse, filter, present and export; editors also create and change meetings, notes and
tags. Someone on neither list has no role and sees nothing of the data. Addresses are compared
without regard to case; a domain entry matches that domain only, not its subdomains.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from dashboard.i18n import Language, text

Role = Literal["reader", "editor"]
ROLES: tuple[Role, ...] = ("reader", "editor")
_LISTS = {"readers": "reader", "editors": "editor"}


class AccessConfigError(ValueError):
    """The `[access]` section cannot be used as written; a text id and its fields."""

    def __init__(self, key: str, **fields: object):
        super().__init__(key)
        self.key, self.fields = key, fields

    def message(self, lang: Language) -> str:
        return text(self.key, lang, **self.fields)


def _entry(value: object, field: str) -> str:
    """An address or a domain ("@example.dk"), lower-cased; anything else is refused."""
    if not isinstance(value, str):
        raise AccessConfigError("access.error.entry", field=field, value=repr(value))
    entry = value.strip().lower()
    local, at, domain = entry.rpartition("@")
    if not at or not domain or "." not in domain or " " in entry or "@" in local:
        raise AccessConfigError("access.error.entry", field=field, value=value)
    return entry


@dataclass(frozen=True)
class AccessRules:
    """The addresses and domains of the readers and of the editors."""

    readers: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()

    def role_of(self, email: str | None) -> Role | None:
        """The role of the person with this (verified) address: editor, reader or none."""
        if not email or "@" not in email:
            return None
        address = email.strip().lower()
        domain = "@" + address.rpartition("@")[2]
        for role, entries in (("editor", self.editors), ("reader", self.readers)):
            if address in entries or domain in entries:
                return role
        return None


def access_rules(section: Mapping[str, object] | None) -> AccessRules:
    """The rules of an `[access]` section (none: nobody has a role)."""
    if section is None:
        return AccessRules()
    unknown = sorted(set(section) - set(_LISTS))
    if unknown:
        raise AccessConfigError("access.error.unknown", field=unknown[0])
    lists = {}
    for name in _LISTS:
        values = section.get(name, [])
        if isinstance(values, str) or not isinstance(values, list | tuple):
            raise AccessConfigError("access.error.list", field=name)
        lists[name] = tuple(_entry(value, name) for value in values)
    return AccessRules(**lists)


def may_edit(role: Role | None) -> bool:
    return role == "editor"

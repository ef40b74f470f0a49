"""Roles from the [access] section: domains and addresses, editors also read, others nothing."""

from __future__ import annotations

import pytest

from dashboard.access import AccessConfigError, AccessRules, access_rules, may_edit

RULES = access_rules(
    {
        "readers": ["@ledelseskommissionen.dk", "gæst@example.org"],
        "editors": ["Anna@Ledelseskommissionen.dk"],
    }
)


@pytest.mark.parametrize(
    ("email", "role"),
    [
        ("anna@ledelseskommissionen.dk", "editor"),
        ("ANNA@ledelseskommissionen.DK", "editor"),
        ("bo@ledelseskommissionen.dk", "reader"),
        ("gæst@example.org", "reader"),
        ("andet@example.org", None),
        ("bo@sub.ledelseskommissionen.dk", None),  # a domain entry is that domain only
        ("bo@ledelseskommissionen.dk.evil.example", None),
        ("", None),
        (None, None),
        ("ikke-en-adresse", None),
    ],
)
def test_a_persons_role(email, role):
    assert RULES.role_of(email) == role


def test_only_editors_may_edit():
    assert may_edit("editor") and not may_edit("reader") and not may_edit(None)


def test_no_section_gives_nobody_a_role():
    assert access_rules(None) == AccessRules()
    assert access_rules(None).role_of("anna@ledelseskommissionen.dk") is None


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"readers": "@example.dk"}, "readers skal være en liste"),
        ({"readers": ["example.dk"]}, "»example.dk« i readers er hverken"),
        ({"editors": ["anna @example.dk"]}, "er hverken en e-mailadresse"),
        ({"editors": [3]}, "»3« i editors"),
        ({"admins": ["@example.dk"]}, "»admins« kendes ikke"),
    ],
)
def test_a_section_that_cannot_be_used_is_named_in_danish(section, message):
    with pytest.raises(AccessConfigError) as refused:
        access_rules(section)
    assert message in refused.value.message("da")
    assert refused.value.message("en")

"""The README is held to the code: its table of URL parameters names exactly the keys the pages
bind to the URL (and the meeting, which the frame keeps there), and every command and option it
shows exists in the command line's help."""

from __future__ import annotations

import os
import re
import shlex

import pytest

from dashboard.cli.parser import build_parser, commands
from dashboard.relay import read_relay_files
from dashboard.store import add_tag, open_store
from dashboard.ui.pages import PAGES
from dashboard.ui.state import URL_PARAMETERS, URL_PARAMETERS_KEPT_BY_CODE
from tests.app.conftest import open_page
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_url_parameters() -> dict[str, str]:
    """Parameter → page, from the README's table of URL parameters."""
    table = README.split("| Parameter | Page | What it holds |", 1)[1].split("\n\n", 1)[0]
    rows = re.findall(r"^\| `([^`]+)` \| ([^|]+) \|", table, re.MULTILINE)
    return {name: page.strip() for name, page in rows}


def bound_keys(app) -> set[str]:
    """The URL keys of every widget on the page that is bound to the URL."""

    def walk(node):
        yield node
        for child in getattr(node, "children", {}).values():
            yield from walk(child)

    def key(node) -> str:
        proto = getattr(node, "proto", None)
        tabs = getattr(proto, "tab_container", None)  # tabs bind as a block, not a widget
        return getattr(proto, "query_param_key", "") or getattr(tabs, "query_param_key", "")

    return {key(node) for node in walk(app._tree) if key(node)}


@pytest.fixture
def more_than_a_page_of_cards(monkeypatch, tmp_path):
    """A relay of 120 cards, so the cards page shows its page picker too, with a reflection."""
    rows = "".join(f"G{i % 3},t{i % 5},Spørgsmål {i}?,svar\n" for i in range(120))
    relay = tmp_path / "mange.csv"
    relay.write_text("group,theme,question,answer\n" + rows, encoding="utf-8")
    metadata = tmp_path / "mange.toml"
    metadata.write_text(
        '[[reflections]]\nid = "t1"\nheading = "Om t1"\ntext = "t1 fylder."\ntheme = "t1"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("DASHBOARD_DATA", str(relay))
    monkeypatch.setenv("DASHBOARD_METADATA", str(metadata))
    # A member's tag, so the cards page shows its tag filter (drawn only once a tag exists).
    loaded = read_relay_files(relay, metadata).require()
    add_tag(
        open_store(os.environ["DASHBOARD_DATABASE_URL"]),
        relay_id=loaded.fingerprint,
        card_id=loaded.pairs["id"].iloc[0],
        label="til næste møde",
        author="Anna",
    )


def test_the_readme_names_exactly_the_url_parameters_the_pages_bind(more_than_a_page_of_cards):
    bound = {}
    for spec in PAGES:
        for key in bound_keys(open_page(spec.url_path)):
            bound.setdefault(key, set()).add(spec.url_path)
    assert not set(bound) & URL_PARAMETERS_KEPT_BY_CODE
    assert set(bound) | URL_PARAMETERS_KEPT_BY_CODE == set(URL_PARAMETERS)
    documented = readme_url_parameters()
    assert documented == {key: page for key, (page, _) in URL_PARAMETERS.items()}
    for key, pages in bound.items():
        expected = URL_PARAMETERS[key][0]
        assert expected == "every page" or pages == {expected}, (key, pages)


def readme_commands() -> list[list[str]]:
    """Every `python -m dashboard …` line in the README's shell blocks, as arguments."""
    commands = []
    for block in re.findall(r"```bash\n(.*?)```", README, re.DOTALL):
        for line in block.splitlines():
            line = line.split("  #", 1)[0].strip()
            if line.startswith("python -m dashboard "):
                commands.append(shlex.split(re.sub(r"\[([^\]]*)\]", r"\1", line))[3:])
    return commands


def command_name(arguments: list[str]) -> str:
    """The command a README line runs: one word, or a family's two ("meeting new")."""
    return (
        " ".join(arguments[:2])
        if len(arguments) > 1 and " ".join(arguments[:2]) in commands(build_parser())
        else arguments[0]
    )


def test_every_command_and_option_in_the_readme_exists():
    parser = build_parser()
    choices = commands(parser)
    shown = readme_commands()
    assert shown
    for arguments in shown:
        command = command_name(arguments)
        assert command in choices, f"the README shows an unknown command: {command}"
        options = {a.split("=", 1)[0] for a in arguments[1:] if a.startswith("--")}
        known = set(choices[command]._option_string_actions)
        assert options <= known, (command, options - known)


def test_every_command_is_in_the_readme():
    choices = commands(build_parser())
    shown = {command_name(arguments) for arguments in readme_commands()}
    assert set(choices) <= shown

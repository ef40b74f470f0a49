"""`db`: bring the database up to date, back it up to a file, restore a backup into an empty
database, print the audit trail, forget a person – and what every command on the database
shares: --database, --author, opening the store, and its refusals as one-line errors."""

from __future__ import annotations

import argparse
import contextlib
import getpass
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.cli.common import CommandError, write_output
from dashboard.cli.parser import add_family, add_language
from dashboard.i18n import Language, text

if TYPE_CHECKING:
    from dashboard.store import Store


def add_database(parser: argparse.ArgumentParser, lang: Language) -> None:
    parser.add_argument("--database", metavar="URL", help=text("cli.database", lang))


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        return "dashboard"


def add_author(parser: argparse.ArgumentParser, lang: Language) -> None:
    """--author: the name stored with what the command writes (default: the login name)."""
    parser.add_argument(
        "--author",
        default=_login_name(),
        metavar=text("cli.metavar.name", lang),
        help=text("cli.author", lang),
    )


@contextlib.contextmanager
def store_errors() -> Iterator[None]:
    """The store's refusals as one-line command errors (exit code 1), in the user's language."""
    from dashboard.store import StoreError

    try:
        yield
    except StoreError as error:
        raise CommandError(error.text_id, 1, **error.fields) from error


@contextlib.contextmanager
def opened_store(args: argparse.Namespace) -> Iterator[Store]:
    """The database of --database (default: DASHBOARD_DATABASE_URL, then the SQLite file),
    migrated to the latest schema; closed afterwards."""
    from dashboard.store import open_store

    with store_errors():
        store = open_store(args.database)
    try:
        yield store
    finally:
        store.close()


def _upgrade(args: argparse.Namespace) -> int:
    from dashboard.store import database_url, upgrade_database

    lang: Language = args.lang
    with store_errors():
        before, now = upgrade_database(args.database)
    where = args.database or database_url()
    if before == now:
        print(text("cli.db.up_to_date", lang, revision=now))
    else:
        print(text("cli.db.upgraded", lang, before=before or "-", revision=now))
    print(text("cli.db.where", lang, url=_hidden_password(where)))
    return 0


def _hidden_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _backup(args: argparse.Namespace) -> int:
    from dashboard.store import backup_bytes

    lang: Language = args.lang
    out = Path(args.out)
    with opened_store(args) as store, store_errors():
        content, counts = backup_bytes(store)
    written = write_output(out, content, lang)
    print(text("cli.db.backed_up", lang, path=written, meetings=counts.get("meetings", 0)))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from dashboard.store import restore_backup

    lang: Language = args.lang
    path = Path(args.file)
    if not path.is_file():
        raise CommandError("cli.cannot_read", 1, path=path, detail=text("cli.db.no_file", lang))
    with opened_store(args) as store, store_errors():
        counts = restore_backup(store, path, author=args.author)
    print(text("cli.db.restored", lang, path=path, meetings=counts.get("meetings", 0)))
    return 0


def _day(value: str) -> date:
    """--since as a date (YYYY-MM-DD)."""
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise CommandError("cli.db.bad_date", value=value) from error


def _audit(args: argparse.Namespace) -> int:
    """Every write since a day (all of them without --since), oldest first."""
    from dashboard.cli.output import print_json, print_table
    from dashboard.store import list_audit

    lang: Language = args.lang
    since = datetime.combine(_day(args.since), time.min, tzinfo=UTC) if args.since else None
    with opened_store(args) as store, store_errors():
        entries = list_audit(store, since=since)
    anonymous = text("cli.db.anonymous", lang)
    if args.json:
        print_json(
            [
                {
                    "at": entry.at.isoformat(),
                    "who": entry.actor,
                    "action": entry.action,
                    "object": entry.object_kind,
                    "object_id": entry.object_id,
                    "meeting_id": entry.meeting_id,
                    "details": entry.details,
                }
                for entry in entries
            ]
        )
    elif not entries:
        print(text("cli.db.no_audit", lang))
    else:
        rows = [
            (
                entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                entry.actor or anonymous,
                entry.action,
                f"{entry.object_kind} {entry.object_id or ''}".strip(),
            )
            for entry in entries
        ]
        headers = [
            text(key, lang) for key in ("cli.db.at", "cli.db.who", "cli.db.action", "cli.db.object")
        ]
        print_table(headers, rows, right=set())
    return 0


def _forget(args: argparse.Namespace) -> int:
    """Anonymise (or with --remove delete) a person's notes and tags; their name leaves the
    meetings, saved relays and the trail; the trail records that it was done."""
    from dashboard.store import forget_author

    lang: Language = args.lang
    with opened_store(args) as store, store_errors():
        forgotten = forget_author(store, args.forget_author, by=args.by, remove=args.remove)
    key = "cli.db.forgot_removed" if args.remove else "cli.db.forgot"
    print(
        text(
            key,
            lang,
            notes=forgotten.notes,
            tags=forgotten.tags,
            meetings=forgotten.meetings,
            entries=forgotten.audit_entries,
        )
    )
    return 0


def register(commands: argparse._SubParsersAction, lang: Language) -> None:
    """Add db with its commands upgrade, backup, restore, audit and forget."""
    actions = add_family(commands, "db", text("cli.db.help", lang), lang)
    upgrade = actions.add_parser("upgrade", help=text("cli.db.upgrade.help", lang), lang=lang)
    upgrade.set_defaults(handler=_upgrade)
    backup = actions.add_parser("backup", help=text("cli.db.backup.help", lang), lang=lang)
    backup.add_argument(
        "--out",
        required=True,
        metavar=text("cli.metavar.file", lang),
        help=text("cli.db.out", lang),
    )
    backup.set_defaults(handler=_backup)
    restore = actions.add_parser("restore", help=text("cli.db.restore.help", lang), lang=lang)
    restore.add_argument(
        "file", metavar=text("cli.metavar.file", lang), help=text("cli.db.file", lang)
    )
    add_author(restore, lang)
    restore.set_defaults(handler=_restore)
    audit = actions.add_parser("audit", help=text("cli.db.audit.help", lang), lang=lang)
    audit.add_argument("--since", metavar="YYYY-MM-DD", help=text("cli.db.since", lang))
    audit.add_argument("--json", action="store_true", help=text("cli.json", lang))
    audit.set_defaults(handler=_audit)
    forget = actions.add_parser("forget", help=text("cli.db.forget.help", lang), lang=lang)
    forget.add_argument(
        "--author",
        dest="forget_author",
        required=True,
        metavar=text("cli.metavar.name", lang),
        help=text("cli.db.forget.author", lang),
    )
    forget.add_argument("--remove", action="store_true", help=text("cli.db.forget.remove", lang))
    forget.add_argument(
        "--by",
        default=_login_name(),
        metavar=text("cli.metavar.name", lang),
        help=text("cli.db.forget.by", lang),
    )
    forget.set_defaults(handler=_forget)
    for command in (upgrade, backup, restore, audit, forget):
        add_language(command, lang)
        add_database(command, lang)

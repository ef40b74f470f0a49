"""`meeting`: make, list, show, note on and export the meetings members prepare – the same
meetings the app shows, in the database named by --database."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from textwrap import shorten
from typing import TYPE_CHECKING

from dashboard.cli.common import CommandError, relay_from_arguments, write_output
from dashboard.cli.database import add_author, add_database, opened_store, store_errors
from dashboard.cli.export import add_card_filter, add_output_file, card_filter, format_of
from dashboard.cli.output import print_json, print_table
from dashboard.cli.parser import add_family, add_language, add_relay_files
from dashboard.i18n import Language, text

if TYPE_CHECKING:
    from dashboard.relay import Relay
    from dashboard.store import Meeting, Store


def _day(value: str | None) -> date:
    """--date as a date (default: today)."""
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise CommandError("cli.meeting.bad_date", value=value) from error


def _cards(args: argparse.Namespace, relay: Relay, lang: Language) -> list[str]:
    """The cards of --group/--theme/--query (in the relay's order), then each --card."""
    from dashboard.cards import filter_cards

    cards: list[str] = []
    if args.group or args.theme or args.query:
        chosen = card_filter(args, relay)
        selection = filter_cards(relay.pairs, chosen, lang)
        if selection.query_error:
            raise CommandError("cli.selection", detail=selection.query_error)
        cards += list(selection.cards["id"])
    known = set(relay.pairs["id"])
    for card in args.card:
        if card not in known:
            raise CommandError("cli.meeting.unknown_card", value=card)
        cards.append(card)
    return list(dict.fromkeys(cards))


def _new(args: argparse.Namespace) -> int:
    from dashboard.meetings import presentation_url
    from dashboard.store import create_meeting

    lang: Language = args.lang
    day = _day(args.date)
    relay = relay_from_arguments(args, lang)
    cards = _cards(args, relay, lang)
    with opened_store(args) as store, store_errors():
        meeting = create_meeting(
            store,
            relay_id=relay.fingerprint,
            title=args.title,
            meeting_date=day,
            author=args.author,
            card_ids=cards,
        )
    url = presentation_url(meeting.id)
    if args.json:
        print_json(
            {
                "id": meeting.id,
                "url": url,
                "cards": len(meeting.cards),
                "title": meeting.title,
                "date": meeting.date.isoformat(),
            }
        )
    else:
        print(text("cli.meeting.made", lang, title=meeting.title, n=len(meeting.cards), url=url))
    return 0


def _list(args: argparse.Namespace) -> int:
    from dashboard.meetings import author_text, time_text
    from dashboard.store import list_meetings

    lang: Language = args.lang
    with opened_store(args) as store, store_errors():
        summaries = list_meetings(store)
    if args.json:
        print_json(
            [
                {
                    "id": m.id,
                    "title": m.title,
                    "date": m.date.isoformat(),
                    "cards": m.card_count,
                    "changed_at": m.changed_at.isoformat(),
                    "changed_by": m.changed_by,
                }
                for m in summaries
            ]
        )
        return 0
    if not summaries:
        print(text("cli.meeting.none", lang))
        return 0
    headers = [
        text(key, lang)
        for key in (
            "cli.meeting.id",
            "cli.meeting.title",
            "cli.meeting.date",
            "cli.meeting.cards",
            "cli.meeting.changed",
        )
    ]
    rows = [
        (
            m.id,
            m.title,
            m.date.isoformat(),
            m.card_count,
            f"{time_text(m.changed_at, lang)} {author_text(m.changed_by, lang)}",
        )
        for m in summaries
    ]
    print_table(headers, rows, right={3})
    return 0


def _meeting_and_relay(args: argparse.Namespace, store: Store) -> tuple[Meeting, Relay | None]:
    """The meeting ID and its relay: --data's if given, else the bundled one or the one saved
    in the database with its fingerprint; None when there is none of them."""
    from dashboard.relay import read_relay_bytes, read_relay_files
    from dashboard.store import NotFound, get_meeting, load_saved_relay

    meeting = get_meeting(store, args.id)
    if args.data:
        relay = relay_from_arguments(args, args.lang)
        if relay.fingerprint != meeting.relay_id:
            raise CommandError("cli.meeting.other_relay", path=args.data)
        return meeting, relay
    bundled = read_relay_files().relay
    if bundled is not None and bundled.fingerprint == meeting.relay_id:
        return meeting, bundled
    try:
        files = load_saved_relay(store, meeting.relay_id)
    except NotFound:
        return meeting, None
    return meeting, read_relay_bytes(files.file_name, files.table_bytes, files.metadata_bytes).relay


def _show(args: argparse.Namespace) -> int:
    from dashboard.meetings import date_text, note_line, presentation_url
    from dashboard.slides import plain

    lang: Language = args.lang
    with opened_store(args) as store, store_errors():
        meeting, relay = _meeting_and_relay(args, store)
    rows = relay.pairs.set_index("id") if relay is not None else None
    cards = []
    for position, card in enumerate(meeting.cards, start=1):
        row = rows.loc[card.card_id] if rows is not None and card.card_id in rows.index else None
        cards.append(
            {
                "position": position,
                "id": card.card_id,
                "group": None if row is None else row["group"],
                "theme": None if row is None else row["theme"],
                "question": None if row is None else row["question"],
                "notes": [
                    {
                        "text": note.text,
                        "author": note.author,
                        "time": note.created_at.isoformat(),
                        "for_discussion": note.meeting_id is not None,
                    }
                    for note in (*card.discussion_notes, *card.card_notes)
                ],
            }
        )
    if args.json:
        print_json(
            {
                "id": meeting.id,
                "title": meeting.title,
                "date": meeting.date.isoformat(),
                "url": presentation_url(meeting.id),
                "general_slides": sorted(meeting.general_slides),
                "cards": cards,
            }
        )
        return 0
    print(f"{meeting.title} · {date_text(meeting.date, lang)}")
    print(text("cli.meeting.link", lang, url=presentation_url(meeting.id)))
    if relay is None:
        print(text("cli.meeting.relay_missing", lang))
    for shown, card in zip(cards, meeting.cards, strict=True):
        question = f" – {shorten(plain(shown['question']), 100)}" if shown["question"] else ""
        print(f"\n{shown['position']}. {card.card_id}{question}")
        for note in (*card.discussion_notes, *card.card_notes):
            print(f"   {note_line(note, lang)}")
    return 0


def _note(args: argparse.Namespace) -> int:
    from dashboard.store import add_note, get_meeting

    lang: Language = args.lang
    with opened_store(args) as store, store_errors():
        meeting = get_meeting(store, args.id)
        add_note(
            store,
            relay_id=meeting.relay_id,
            card_id=args.card_id,
            text=args.text,
            author=args.author,
            meeting_id=meeting.id,
        )
    print(text("cli.meeting.noted", lang, card=args.card_id, title=meeting.title))
    return 0


def _export(args: argparse.Namespace) -> int:
    from dashboard.export import export_bytes
    from dashboard.meetings import agenda, meeting_cards
    from dashboard.slides import build_slides

    lang: Language = args.lang
    out = Path(args.out)
    file_format = format_of(args.format, out)
    with opened_store(args) as store, store_errors():
        meeting, relay = _meeting_and_relay(args, store)
    if relay is None:
        raise CommandError("cli.meeting.relay_missing", 1)
    plan = agenda(meeting, lang)
    cards = meeting_cards(relay, meeting)
    slides = build_slides(relay, cards, lang, agenda=plan) if file_format.uses_slides else []
    content = export_bytes(file_format.name, slides, cards, lang, agenda=plan)
    written = write_output(out, content, lang)
    print(text("cli.export.written", lang, path=written, n=len(cards)))
    return 0


def register(commands: argparse._SubParsersAction, lang: Language) -> None:
    """Add meeting with its commands new, list, show, note and export."""
    actions = add_family(commands, "meeting", text("cli.meeting.help", lang), lang)

    new = actions.add_parser("new", help=text("cli.meeting.new.help", lang), lang=lang)
    new.add_argument(
        "--title",
        required=True,
        metavar=text("cli.metavar.title", lang),
        help=text("cli.meeting.title_help", lang),
    )
    new.add_argument("--date", metavar="YYYY-MM-DD", help=text("cli.meeting.date_help", lang))
    add_card_filter(new, lang)
    new.add_argument(
        "--card",
        action="append",
        default=[],
        metavar=text("cli.metavar.card", lang),
        help=text("cli.meeting.card_help", lang),
    )
    new.add_argument("--json", action="store_true", help=text("cli.json", lang))
    add_author(new, lang)
    add_relay_files(new, lang)
    new.set_defaults(handler=_new)

    listing = actions.add_parser("list", help=text("cli.meeting.list.help", lang), lang=lang)
    listing.add_argument("--json", action="store_true", help=text("cli.json", lang))
    listing.set_defaults(handler=_list)

    show = actions.add_parser("show", help=text("cli.meeting.show.help", lang), lang=lang)
    show.add_argument("id", metavar="ID", help=text("cli.meeting.id_help", lang))
    show.add_argument("--json", action="store_true", help=text("cli.json", lang))
    add_relay_files(show, lang)
    show.set_defaults(handler=_show)

    note = actions.add_parser("note", help=text("cli.meeting.note.help", lang), lang=lang)
    note.add_argument("id", metavar="ID", help=text("cli.meeting.id_help", lang))
    note.add_argument("card_id", metavar="CARD_ID", help=text("cli.meeting.card_help", lang))
    note.add_argument("text", metavar="TEXT", help=text("cli.meeting.text_help", lang))
    add_author(note, lang)
    note.set_defaults(handler=_note)

    export = actions.add_parser("export", help=text("cli.meeting.export.help", lang), lang=lang)
    export.add_argument("id", metavar="ID", help=text("cli.meeting.id_help", lang))
    add_output_file(export, lang)
    add_relay_files(export, lang)
    export.set_defaults(handler=_export)

    for command in (new, listing, show, note, export):
        add_language(command, lang)
        add_database(command, lang)

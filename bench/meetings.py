"""Benchmark the store's writes a member waits for: starring a card, saving a note, reordering.

Usage: python bench/meetings.py [--meetings 1000] [--cards 50] [--repeats 200] [--database URL]

Fills a new database (default: a SQLite file in a temporary folder; `--database` takes an
empty PostgreSQL database too) with `--meetings` meetings of `--cards` cards each, a few notes
and tags, through the store's own functions. Then times each operation `--repeats` times on
meetings drawn at random, as the server runs it: the store function's call, from the request
to the committed transaction and the fresh meeting it gives back. Prints milliseconds (median,
95th percentile, slowest) against the 30 ms goal, and how long filling took.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from dashboard.store import (  # noqa: E402
    Meeting,
    add_card,
    add_note,
    add_tag,
    create_meeting,
    get_meeting,
    move_card,
    open_store,
    remove_card,
    set_card_order,
)

RELAY = "b" * 64  # a relay's fingerprint
GOAL_MS = 30
SEED = 2018


def fill(store, meetings: int, cards: int, rng: random.Random) -> list[Meeting]:
    """`meetings` meetings of `cards` cards drawn from a relay of 10 × `cards` cards."""
    pool = [f"kort-{number}" for number in range(10 * cards)]
    made = []
    for number in range(meetings):
        meeting = create_meeting(
            store,
            relay_id=RELAY,
            title=f"Møde {number}",
            meeting_date=date(2026, 1, 1),
            author=f"Medlem {number % 12}",
            card_ids=rng.sample(pool, cards),
        )
        made.append(meeting)
        card = meeting.card_ids[0]
        add_note(
            store,
            relay_id=RELAY,
            card_id=card,
            text="Til drøftelse",
            author="Anna",
            meeting_id=meeting.id,
        )
        add_tag(store, relay_id=RELAY, card_id=card, label=f"mærke {number % 20}", author="Bo")
    return made


def timed(operation: Callable[..., object], *args: object, **kwargs: object) -> float:
    """Milliseconds one call of the operation takes."""
    start = time.perf_counter()
    operation(*args, **kwargs)
    return (time.perf_counter() - start) * 1000


def measure(store, made: list[Meeting], repeats: int, rng: random.Random) -> dict[str, list]:
    """Milliseconds per run of each operation, on meetings drawn at random."""
    times: dict[str, list[float]] = {
        "star a card": [],
        "unstar a card": [],
        "save a note": [],
        "move a card up": [],
        "set a new order": [],
    }
    for number in range(repeats):
        meeting_id = rng.choice(made).id
        card = f"ny-{number}"
        times["star a card"].append(timed(add_card, store, meeting_id, card, author="B"))
        times["unstar a card"].append(timed(remove_card, store, meeting_id, card, author="B"))
        meeting = get_meeting(store, meeting_id)
        times["save a note"].append(
            timed(
                add_note,
                store,
                relay_id=RELAY,
                card_id=rng.choice(meeting.card_ids),
                text=f"Note {number}",
                author="C",
                meeting_id=meeting_id,
            )
        )
        last = meeting.card_ids[-1]
        times["move a card up"].append(
            timed(
                move_card, store, meeting_id, last, -1, author="D", expected_version=meeting.version
            )
        )
        order = rng.sample(meeting.card_ids, len(meeting.card_ids))
        times["set a new order"].append(
            timed(
                set_card_order,
                store,
                meeting_id,
                order,
                author="D",
                expected_version=meeting.version + 1,
            )
        )
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=1_000)
    parser.add_argument("--cards", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=200)
    parser.add_argument("--database", help="an empty database's URL (default: a new SQLite file)")
    args = parser.parse_args()
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(args.database or f"sqlite:///{Path(folder) / 'bench.sqlite'}")
        start = time.perf_counter()
        made = fill(store, args.meetings, args.cards, rng)
        filled_s = time.perf_counter() - start
        times = measure(store, made, args.repeats, rng)
        store.close()
    print(
        f"{store.dialect}: {args.meetings:,} meetings × {args.cards} cards "
        f"(filled in {filled_s:.1f} s), {args.repeats} runs each"
    )
    print(f"{'operation':<16} {'median ms':>9} {'p95 ms':>7} {'max ms':>7}  goal ≤ {GOAL_MS} ms")
    for operation, values in times.items():
        p95 = statistics.quantiles(values, n=20)[-1]
        verdict = "met" if p95 <= GOAL_MS else "MISSED"
        print(
            f"{operation:<16} {statistics.median(values):>9.1f} {p95:>7.1f} "
            f"{max(values):>7.1f}  {verdict} (p95)"
        )


if __name__ == "__main__":
    main()

"""Load test: many browser sessions on one app server, filtering and switching pages at once.

Usage: python bench/load.py [--sessions 20] [--seconds 180] [--think 5] [--ramp 20]
                            [--browsers-normal] [--json]

Starts one `streamlit run app.py` on a free port of 127.0.0.1 (as the browser tests do) and one
Chromium with a browser context per session. The sessions arrive one by one over `--ramp`
seconds, each opening the app (overview, then the cards page). Then all of them step at once,
each pausing `--think` seconds (± 50 %) between its actions as a reader would, until
`--seconds` have passed (a round below takes about 70 s; the default lets each do two or more):

    /kort: click its group pill, its theme pill, type its search + Enter;
    /praesentation: the deck of that filter, started, → once, Esc; /temaer, /ord, /tvaerlaesning;
    /kort again (the filter must still be its own), then clear search, theme and group.

A pause of 5 s (2.5–7.5 s) is quick for someone reading cards or a chart; the script prints how
many actions a second the sessions make together. `--think 3` is a harsher test; on two cores,
20 Chromium sessions then take both cores themselves (see the CPU line), and the figures
measure the browsers more than the server.

Each session has its own filters and search words (no two sessions the same), and before every
step it knows the count "Viser N af 39" it must see, computed with the package's own
`filter_cards`. Latency is measured inside the browser: from the click or Enter (a capturing
listener notes `performance.now()`) until the page shows the expected text and Streamlit's
running indicator is gone. A step that shows another session's state – a count, a URL filter or
a search text that is not its own – is an isolation failure. Errors are exception boxes, error
alerts, page errors, console errors, responses ≥ 400, steps that time out and tracebacks in the
server log. The server's resident memory (VmRSS of it and its children) is read from /proc at
the start, every `--sample` seconds and at the end. Traffic goes to 127.0.0.1 only.

The browsers share the machine with the server, as they would not in use: this script, and so
Playwright and Chromium with all their threads, runs in Linux's SCHED_IDLE class (only on CPU
the server, started before, leaves free; `--browsers-normal` turns this off), so the rendering
waits for the server rather than the server for it; the rendering still counts in every
latency. The server notes the wall time of
every script run per page (a wrapper around Streamlit's ScriptRunner, see _browser.serve), and
the CPU time of the server and of the browser side is read from /proc. Latencies, script runs
of the arrival are reported apart ("(arriving)"), and so are the first loads of a session that
opens again after a failed step ("(reopened)"); CPU and memory growth are those of the stepping.

Goals: no error, no isolation failure, p95 of "filter changed → cards updated" ≤ 1 s while all
sessions step, and the memory settling (while all step, the last third grows less than a
quarter of the first third, or under 2 %).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlparse

sys.path[:0] = [str(Path(__file__).resolve().parent)]
from _browser import (  # noqa: E402
    IDLE_JS,
    ROOT,
    Server,
    chromium_options,
    cpu_seconds,
    process_tree,
    serve,
)

sys.path[:0] = [str(ROOT / "src")]
from dashboard.cards import CardFilter, filter_cards  # noqa: E402
from dashboard.i18n import text  # noqa: E402
from dashboard.relay import read_relay_files  # noqa: E402
from dashboard.slides import build_slides  # noqa: E402
from dashboard.text import tokenize  # noqa: E402

LANG = "da"
STEP_TIMEOUT_S = 20.0
GOAL_P95_MS = 1000.0
HEADINGS = {
    "kort": text("cards.title", LANG),
    "temaer": text("themes.title", LANG),
    "ord": text("words.title", LANG),
    "tvaerlaesning": text("cross.title", LANG),
}
QUERY_LABEL = text("cards.query", LANG)
START = text("present.start", LANG)
PRESENTATION_TITLE = text("present.title", LANG)
SEED = 2018
PAGE_SWITCH = "page switch"
ARRIVAL = " (arriving)"  # the latencies of the arrival phase are reported apart
REOPENED = " (reopened)"  # after a failed step: a first load, not a page switch

# Installed in every document of every context: notes when the user clicked or pressed Enter,
# and waits until the page shows what is wanted, returning the milliseconds since then.
INIT_JS = f"""
window.__lt = {{ t0: 0 }};
document.addEventListener('click', () => {{ window.__lt.t0 = performance.now(); }}, true);
document.addEventListener('keydown', (event) => {{
  if (['Enter', 'ArrowRight', 'Escape'].includes(event.key)) window.__lt.t0 = performance.now();
}}, true);
window.__ltState = () => {{
  const main = document.querySelector('[data-testid="stMain"]');
  const texts = main ? [...main.querySelectorAll('[data-testid="stMarkdownContainer"]')]
    .map((element) => element.textContent.trim()) : [];
  const search = main ? main.querySelector('input[aria-label="{QUERY_LABEL}"]') : null;
  const heading = main ? main.querySelector('h1') : null;
  return {{
    idle: {IDLE_JS},
    count: texts.find((t) => /^Viser \\d+ af \\d+$/.test(t)) ?? null,
    slide: texts.find((t) => /^Dias \\d+ af \\d+/.test(t)) ?? null,
    h1: heading ? heading.textContent.trim() : null,
    search: search ? search.value : null,
    errors: document.querySelectorAll(
      '[data-testid="stException"], [data-testid="stAlertContentError"]').length,
    url: location.href,
  }};
}};
window.__ltWait = (want, timeoutMs) => new Promise((resolve) => {{
  // Checked after every change of the page (MutationObserver) and every 100 ms besides.
  const started = performance.now();
  const slide = want.slide ? new RegExp(want.slide) : null;
  let observer = null, timer = null;
  const check = () => {{
    const late = performance.now() - started > timeoutMs;
    if (!late && !({IDLE_JS})) return;  // still running: nothing more to look at
    const state = window.__ltState();
    const done = state.idle
      && (want.count == null || state.count === want.count)
      && (want.h1 == null || state.h1 === want.h1)
      && (slide == null || (state.slide != null && slide.test(state.slide)));
    if (done || state.errors > 0 || late) {{
      const ms = performance.now() - window.__lt.t0;
      observer.disconnect();
      clearInterval(timer);
      resolve({{ ...state, done, ms }});
    }}
  }};
  observer = new MutationObserver(check);
  observer.observe(document.body, {{ childList: true, subtree: true, characterData: true }});
  timer = setInterval(check, 100);
  check();
}});
"""


@dataclass(frozen=True)
class Plan:
    """One session's filter on the cards page and the counts it must see on the way."""

    group: str
    theme: str
    query: str
    n_group: int
    n_theme: int
    n_query: int


@dataclass(frozen=True)
class Setup:
    plans: list[list[Plan]]  # per session
    total: int  # cards in the relay
    other_slides: int  # slides a deck has besides its cards
    overview_title: str


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter = field(default_factory=Counter)
    isolation: list[str] = field(default_factory=list)
    transients: Counter = field(default_factory=Counter)  # mismatches that went away
    memory: list[tuple[float, float]] = field(default_factory=list)  # (seconds, MiB)
    phase: str = ""  # ARRIVAL while the sessions arrive, "" while they all step at once

    def record(self, kind: str, milliseconds: float) -> None:
        self.latencies.setdefault(f"{kind}{self.phase}", []).append(milliseconds)


def make_setup(sessions: int) -> Setup:
    """Two plans a session, every search word used once, each step changing the count (so the
    wait cannot end before the server has answered)."""
    relay = read_relay_files().require()
    pairs = relay.pairs

    def count(group=(), theme=(), query="") -> int:
        return len(filter_cards(pairs, CardFilter(group, theme, query), LANG).cards)

    cells = [
        (group, theme, count((group,)), count((group,), (theme,)))
        for group in relay.groups
        for theme in relay.themes()
        if count((group,), (theme,)) >= 2
    ]
    used: set[str] = set()
    plans: list[Plan] = []
    for number in range(2 * sessions):
        group, theme, n_group, n_theme = cells[(number * 5) % len(cells)]
        texts = pairs[(pairs["group"] == group) & (pairs["theme"] == theme)]
        words = Counter(t for v in [*texts["question"], *texts["answer"]] for t in tokenize(v))
        for word, _ in sorted(words.items(), key=lambda item: (-item[1], item[0])):
            if word in used or len(word) < 4:
                continue
            selection = filter_cards(pairs, CardFilter((group,), (theme,), word), LANG)
            if selection.query_error is None and 1 <= len(selection.cards) < n_theme:
                used.add(word)
                plans.append(Plan(group, theme, word, n_group, n_theme, len(selection.cards)))
                break
        else:
            raise SystemExit(f"no search word narrows {group} × {theme}")
    return Setup(
        plans=[plans[i::sessions] for i in range(sessions)],
        total=len(pairs),
        other_slides=len(build_slides(relay, pairs.head(0), LANG)),
        overview_title=relay.metadata.title,
    )


class StepFailed(Exception):
    """A step showed an error, another session's state, or did not finish in time."""


class TimeIsUp(Exception):
    """The test's time has run out: the session stops before its next step."""


class Session:
    """One browser context stepping through the app with its own plans."""

    def __init__(self, number: int, page, url: str, setup: Setup, results: Results, args):
        self.number, self.page, self.url, self.setup = number, page, url, setup
        self.plans = setup.plans[number]
        self.results, self.think = results, args.think
        self.random = random.Random(SEED + number)
        self.filters: dict[str, str] = {}  # what this session's URL must hold on /kort
        self.actions = 0
        self.deadline = 0.0
        self.doing = ""
        self.shown: dict = {}  # what the page showed after the last step
        self.ready = False  # on the cards page after `open`
        self.reopening = ""  # " (reopened)" while opening again after a failed step
        page.on("pageerror", lambda error: self.error(f"page error: {error}"))
        page.on(
            "console",
            lambda message: message.type == "error" and self.error(f"console: {message.text}"),
        )
        page.on(
            "response",
            lambda response: (
                response.status >= 400
                and self.error(f"HTTP {response.status} {urlparse(response.url).path}")
            ),
        )

    def error(self, what: str) -> None:
        self.results.errors[what[:200]] += 1

    def isolation(self, what: str) -> None:
        self.results.isolation.append(f"session {self.number}: {what}")

    def viser(self, n: int) -> str:
        return f"Viser {n} af {self.setup.total}"

    async def step(self, kind: str, action, want: dict, check_filters: bool = False) -> dict:
        """Do `action`, wait in the browser for `want`, record the latency, check the state."""
        if time.monotonic() >= self.deadline:
            raise TimeIsUp
        self.doing = f"{kind} {want}"
        await action()
        self.actions += 1
        state = await self.page.evaluate(
            "([want, ms]) => window.__ltWait(want, ms)", [want, STEP_TIMEOUT_S * 1000]
        )
        if state["errors"]:
            self.error(f"error box on the page after {kind} {want}")
            raise StepFailed
        if not state["done"]:
            # Drawn and idle, showing a count or deck that is neither this session's new one
            # nor the one it showed before the step: another session's state.
            other = [
                (wanted, state[what])
                for what, wanted in want.items()
                if what in ("count", "slide")
                and state[what] is not None
                and state[what] != self.shown.get(what)
            ]
            if state["idle"] and other and state["h1"] is not None:
                self.isolation(f"{kind}: wanted {other[0][0]!r}, the page shows {other[0][1]!r}")
            else:
                self.error(f"no answer within {STEP_TIMEOUT_S:g} s: {kind} {want}")
            raise StepFailed
        self.results.record(kind + self.reopening, state["ms"])
        self.shown = state
        if check_filters and not await self.own_filters(state, kind):
            raise StepFailed
        await asyncio.sleep(self.random.uniform(0.5, 1.5) * self.think)
        return state

    async def own_filters(self, state: dict, kind: str) -> bool:
        """Whether the URL and the search box hold this session's own filter. The search box
        may be drawn empty a moment before its value (seen for ~30 ms on returning to the
        page): a mismatch is looked at again for up to 2 s and counted as a transient if it
        goes away, an isolation failure if it stays."""
        for attempt in range(41):
            seen = {k: v[0] for k, v in parse_qs(urlparse(state["url"]).query).items()}
            if seen == self.filters and (state["search"] or "") == self.filters.get("q", ""):
                if attempt:
                    self.results.transients[f"{kind}: search box empty for a moment"] += 1
                return True
            await asyncio.sleep(0.05)
            state = await self.page.evaluate("() => window.__ltState()")
        self.isolation(f"{kind}: URL {seen} and search {state['search']!r}, own {self.filters}")
        return False

    def button(self, name: str, exact: bool = True):
        main = self.page.get_by_test_id("stMain")
        return main.get_by_role("button", name=name, exact=exact).click

    def key(self, name: str):
        return lambda: self.page.keyboard.press(name)

    def search(self, query: str):
        box = self.page.get_by_test_id("stMain").get_by_role("textbox", name=QUERY_LABEL)

        async def type_and_enter() -> None:
            await box.fill(query)
            await box.press("Enter")

        return type_and_enter

    async def nav(self, path: str, want: dict) -> dict:
        link = self.page.get_by_test_id("stSidebarNav").locator(f'a[href$="/{path}"]')
        unfold = self.page.get_by_test_id("stExpandSidebarButton")
        if await unfold.is_visible():  # the presentation folds the sidebar away
            await unfold.click()
            await link.scroll_into_view_if_needed()
            await self.page.wait_for_function(
                "element => element.getBoundingClientRect().left >= 0",
                arg=await link.element_handle(),
            )
        kind = f"{PAGE_SWITCH} → /{path}"
        return await self.step(kind, link.click, want, check_filters=path == "kort")

    async def open(self) -> None:
        """A new Streamlit session on the overview page, then the cards page."""
        self.filters, self.ready = {}, False
        goto = lambda: self.page.goto(f"{self.url}/")  # noqa: E731
        await self.step("first page drawn", goto, {"h1": self.setup.overview_title})
        await self.nav("kort", {"h1": HEADINGS["kort"], "count": self.viser(self.setup.total)})
        self.ready = True

    async def cycle(self, plan: Plan) -> None:
        """One round: filter, look at the deck and the other pages, come back, clear."""
        count = self.viser
        self.filters = {"gruppe": plan.group}
        await self.step("filter", self.button(plan.group), {"count": count(plan.n_group)}, True)
        self.filters["tema"] = plan.theme
        await self.step("filter", self.button(plan.theme), {"count": count(plan.n_theme)}, True)
        self.filters["q"] = plan.query
        await self.step("filter", self.search(plan.query), {"count": count(plan.n_query)}, True)
        slides = plan.n_query + self.setup.other_slides
        await self.nav("praesentation", {"h1": PRESENTATION_TITLE})
        await self.step("start", self.button(START), {"slide": rf"^Dias 1 af {slides}\b"})
        await self.step("next slide", self.key("ArrowRight"), {"slide": rf"^Dias 2 af {slides}\b"})
        await self.step("leave", self.key("Escape"), {"h1": PRESENTATION_TITLE})
        for path in ("temaer", "ord", "tvaerlaesning"):
            await self.nav(path, {"h1": HEADINGS[path]})
        await self.nav("kort", {"h1": HEADINGS["kort"], "count": count(plan.n_query)})
        del self.filters["q"]
        await self.step("filter", self.search(""), {"count": count(plan.n_theme)}, True)
        del self.filters["tema"]
        await self.step("filter", self.button(plan.theme), {"count": count(plan.n_group)}, True)
        del self.filters["gruppe"]
        await self.step("filter", self.button(plan.group), {"count": count(self.setup.total)}, True)

    async def arrive(self, at: float) -> None:
        """At `at`, open the app in a new Streamlit session; after a failure, `step_through`
        opens it again."""
        await asyncio.sleep(max(0.0, at - time.monotonic()))
        try:
            await self.open()
        except TimeIsUp:
            pass
        except Exception as error:
            self.failed(error)

    async def step_through(self, start: float) -> None:
        """From `start` (plus a pause of its own, so that the sessions do not click in step),
        cycle through the plans until the deadline; after a failed step, begin again in a new
        Streamlit session."""
        await asyncio.sleep(max(0.0, start - time.monotonic()) + self.random.uniform(0, self.think))
        fresh, rounds = not self.ready, 0
        while True:
            try:
                if fresh:
                    self.reopening = REOPENED
                    await self.open()
                    self.reopening, fresh = "", False
                await self.cycle(self.plans[rounds % len(self.plans)])
            except TimeIsUp:
                return
            except Exception as error:
                self.failed(error)
                fresh = True
                await asyncio.sleep(self.think)
            rounds += 1

    def failed(self, error: Exception) -> None:
        """Count an unexpected failure (a Playwright timeout, a detached element, …); a
        StepFailed has been counted where it happened."""
        if not isinstance(error, StepFailed):
            first_line = str(error).splitlines()[0]
            self.error(f"{type(error).__name__} at {self.doing}: {first_line}")


async def gather_in_time(results: Results, runs, timeout: float) -> None:
    try:
        await asyncio.wait_for(asyncio.gather(*runs), timeout=timeout)
    except TimeoutError:
        results.errors["the sessions did not stop in time"] += 1


async def sample_memory(server: Server, results: Results, started: float, every: float):
    while True:
        await asyncio.sleep(every)
        results.memory.append((time.monotonic() - started, server.rss_mib()))


@dataclass(frozen=True)
class Moment:
    """Counters read at one moment, to take the stepping phase's share of them."""

    at: float
    server_cpu: float
    client_cpu: float  # this process, Playwright's driver and Chromium
    actions: int
    runs: int  # script runs the server has noted


def moment(server: Server, sessions: list, timings: Path) -> Moment:
    ours = cpu_seconds(process_tree(os.getpid()))
    server_cpu = server.cpu_seconds()
    return Moment(
        at=time.monotonic(),
        server_cpu=server_cpu,
        client_cpu=ours - server_cpu,
        actions=sum(session.actions for session in sessions),
        runs=len(timings.read_text().splitlines()),
    )


async def load_test(args, server: Server, timings: Path) -> dict:
    from playwright.async_api import async_playwright

    setup = make_setup(args.sessions)
    results = Results()
    if args.browsers_idle:
        # This process, and so Playwright's driver and Chromium with all their threads, run only
        # when the server (started before, it keeps its priority) leaves a core free. Chromium
        # sets its threads' niceness itself (display threads above the server's), so a lower
        # niceness would not hold; the scheduling class is inherited and left alone.
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**chromium_options())
        sessions = []
        for number in range(args.sessions):
            context = await browser.new_context(
                viewport={"width": 1400, "height": 1000}, locale="da-DK"
            )
            context.set_default_timeout(STEP_TIMEOUT_S * 1000)
            await context.add_init_script(INIT_JS)
            page = await context.new_page()
            sessions.append(Session(number, page, server.url, setup, results, args))
        started = time.monotonic()
        results.memory.append((0.0, server.rss_mib()))
        sampler = asyncio.create_task(sample_memory(server, results, started, args.sample))
        # Arrival: the sessions open the app one by one over the ramp.
        results.phase = ARRIVAL
        for session in sessions:
            session.deadline = started + args.ramp + STEP_TIMEOUT_S * 3
        await gather_in_time(
            results,
            (s.arrive(started + args.ramp * s.number / args.sessions) for s in sessions),
            args.ramp + STEP_TIMEOUT_S * 4,
        )
        # All at once: every session steps until the deadline.
        results.phase = ""
        begin = moment(server, sessions, timings)
        results.memory.append((begin.at - started, server.rss_mib()))
        for session in sessions:
            session.deadline = begin.at + args.seconds
        await gather_in_time(
            results,
            (s.step_through(begin.at) for s in sessions),
            args.seconds + args.think + 10 * STEP_TIMEOUT_S,
        )
        end = moment(server, sessions, timings)
        sampler.cancel()
        results.memory.append((end.at - started, server.rss_mib()))
        idle_share = chromium_idle_share(server)
        await browser.close()
    for line in server.log_errors():
        results.errors[f"server log: {line.strip()[:120]}"] += 1
    for number, line in enumerate(timings.read_text().splitlines()):
        seconds, page = line.split(maxsplit=1)
        phase = ARRIVAL if number < begin.runs else ""
        results.latencies.setdefault(f"server run {page}{phase}", []).append(float(seconds) * 1000)
    return summarise(args, results, (started, begin, end), idle_share)


def chromium_idle_share(server: Server) -> float:
    """The share of Chromium's threads in the SCHED_IDLE scheduling class."""
    idle = total = 0
    for pid in set(process_tree(os.getpid())) - set(server.tree()):
        try:
            if not Path(f"/proc/{pid}/comm").read_text().startswith("chrom"):
                continue
            for task in Path(f"/proc/{pid}/task").iterdir():
                # The policy is the 41st field, the 39th after the ")" closing the name.
                fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
                idle += int(fields[38]) == os.SCHED_IDLE
                total += 1
        except OSError:  # gone meanwhile
            continue
    return idle / total if total else 0.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summarise(args, results: Results, moments: tuple, idle_share: float) -> dict:
    started, begin, end = moments
    stepped = end.at - begin.at
    switches = [
        ms
        for kind, values in results.latencies.items()
        if kind.startswith(PAGE_SWITCH) and "(" not in kind  # stepping, not opening
        for ms in values
    ]
    if switches:
        results.latencies[f"{PAGE_SWITCH} (all pages)"] = switches
    latency = {
        kind: {
            "n": len(values),
            "p50_ms": statistics.median(values),
            "p95_ms": percentile(values, 0.95),
            "max_ms": max(values),
        }
        for kind, values in results.latencies.items()
    }
    # Memory while all step: the first third fills the caches; the last should barely grow.
    memory = results.memory
    t0, t1 = begin.at - started, end.at - started
    first = _at(memory, t0 + stepped / 3) - _at(memory, t0)
    last = _at(memory, t1) - _at(memory, t1 - stepped / 3)
    filters = latency.get("filter", {"p95_ms": float("inf")})
    errors = sum(results.errors.values())
    return {
        "sessions": args.sessions,
        "seconds": round(t1, 1),
        "stepping_s": round(stepped, 1),
        "think_s": args.think,
        "browsers_idle": args.browsers_idle,
        "chromium_idle_share": round(idle_share, 3),
        "actions": end.actions,
        "stepping_actions_per_s": round((end.actions - begin.actions) / stepped, 2),
        "latency": latency,
        "errors": errors,
        "error_kinds": dict(results.errors.most_common(12)),
        "isolation_failures": len(results.isolation),
        "isolation": results.isolation[:12],
        "transients": dict(results.transients),
        "memory_mib": [(round(t), round(m)) for t, m in memory],
        "memory_start_mib": round(memory[0][1]),
        "memory_stepping_start_mib": round(_at(memory, t0)),
        "memory_peak_mib": round(max(m for _, m in memory)),
        "memory_end_mib": round(_at(memory, t1)),
        "growth_first_third_mib": round(first, 1),
        "growth_last_third_mib": round(last, 1),
        "settled": last <= max(first / 4, 0.02 * _at(memory, t1)),
        "ramp_s": args.ramp,
        "server_cores": round((end.server_cpu - begin.server_cpu) / stepped, 2),
        "client_cores": round((end.client_cpu - begin.client_cpu) / stepped, 2),
        "goals_met": {
            "no error": errors == 0,
            "no isolation failure": not results.isolation,
            f"filter p95 ≤ {GOAL_P95_MS:g} ms": filters["p95_ms"] <= GOAL_P95_MS,
        },
    }


def _at(memory: list[tuple[float, float]], seconds: float) -> float:
    """The memory sample nearest to `seconds`."""
    return min(memory, key=lambda sample: abs(sample[0] - seconds))[1]


def report(summary: dict) -> None:
    s = summary
    print(
        f"Load test: {s['sessions']} sessions on one server (one Chromium, "
        f"{s['chromium_idle_share']:.0%} of its threads in SCHED_IDLE), arriving over "
        f"{s['ramp_s']:g} s, then all stepping for {s['stepping_s']:g} s with {s['think_s']:g} s "
        f"± 50 % between actions: {s['stepping_actions_per_s']:g} actions a second together; "
        f"{s['actions']} actions in {s['seconds']:g} s"
    )
    print(f"\n{'action':<36} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    names = {"filter": "filter changed → cards updated"}
    for kind, figures in s["latency"].items():
        print(
            f"{names.get(kind, kind):<36} {figures['n']:>6} {figures['p50_ms']:>8.0f} "
            f"{figures['p95_ms']:>8.0f} {figures['max_ms']:>8.0f}"
        )
    print(f"\nerrors: {s['errors']}   isolation failures: {s['isolation_failures']}")
    for what, n in s["error_kinds"].items():
        print(f"  {n:>4} × {what}")
    for what in s["isolation"]:
        print(f"  isolation: {what}")
    for what, n in s["transients"].items():
        print(f"  transient (gone within 2 s, not counted): {n} × {what}")
    samples = ", ".join(f"{t}s {m}" for t, m in s["memory_mib"])
    print(
        f"server memory (VmRSS, server + children): {s['memory_start_mib']} MiB at the start, "
        f"{s['memory_stepping_start_mib']} MiB when all began stepping, {s['memory_end_mib']} "
        f"MiB at the end (peak {s['memory_peak_mib']}); "
        f"{'settled' if s['settled'] else 'NOT settled'} while stepping: first third "
        f"{s['growth_first_third_mib']:+g} MiB, last third {s['growth_last_third_mib']:+g} MiB"
    )
    print(f"  samples (s MiB): {samples}")
    print(
        f"CPU while stepping: server {s['server_cores']:g} cores, Chromium + Playwright + this "
        f"script {s['client_cores']:g} cores (of {len(os.sched_getaffinity(0))})"
    )
    goals = {**s["goals_met"], "memory settles": s["settled"]}
    print("goals: " + ", ".join(f"{g}: {'ja' if ok else 'NEJ'}" for g, ok in goals.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument(
        "--seconds", type=float, default=180.0, help="how long all sessions step (a round ~70 s)"
    )
    parser.add_argument(
        "--think", type=float, default=5.0, help="mean pause between a session's actions"
    )
    parser.add_argument(
        "--ramp", type=float, help="seconds over which the sessions arrive (1 s a session)"
    )
    parser.add_argument(
        "--browsers-normal",
        dest="browsers_idle",
        action="store_false",
        help="run Chromium at the server's priority instead of only on CPU the server leaves",
    )
    parser.add_argument("--sample", type=float, default=10.0, help="memory sample interval")
    parser.add_argument(
        "--log",
        type=Path,
        default=ROOT / "artifacts" / "bench" / "load-server.log",
        help="where the server's output is kept (for the tracebacks behind errors)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    args.ramp = args.sessions * 1.0 if args.ramp is None else args.ramp
    if not 1 <= args.sessions <= 50 or not 1 <= args.seconds <= 1800:
        parser.error("--sessions 1–50 and --seconds 1–1800 keep the test bounded")
    args.log.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        timings = Path(folder) / "runs.txt"
        with serve(ROOT / "app.py", args.log, timings=timings) as server:
            summary = asyncio.run(load_test(args, server, timings))
    if args.json:
        print(json.dumps(summary))
    else:
        report(summary)


if __name__ == "__main__":
    main()

"""Browser fixtures: the real app served by `streamlit run`, driven by Debian's Chromium."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
import weakref
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
# Chromium on a machine with no network: no background calls home, no sandbox as root.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_answer(
    url: str, process: subprocess.Popen, body: str | None = None, timeout: float = 60
) -> None:
    """Wait until `url` answers (with `body`, if given) while `process` runs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[:3]} stopped with exit code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if body is None or response.read().decode() == body:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"no answer from {url} within {timeout} s")


def _wait_healthy(url: str, server: subprocess.Popen, timeout: float = 60) -> None:
    """Wait until Streamlit at `url` says it is healthy."""
    wait_for_answer(f"{url}/_stcore/health", server, "ok", timeout)


@dataclass(frozen=True)
class Server:
    """A running `streamlit run app.py`: its URL and its process."""

    url: str
    process: subprocess.Popen


@contextlib.contextmanager
def serve_app(
    log_dir: Path,
    *,
    preexec_fn=None,
    env: dict[str, str] | None = None,
    port: int | None = None,
    options: tuple[str, ...] | list[str] = (),
):
    """Start `streamlit run app.py` on a free port (or `port`) as a user would; yield the
    `Server`.

    `preexec_fn` runs in the new process before Streamlit (e.g. to cap its memory); `env`
    adds environment variables; `options` are more `streamlit run` options. Its database is a
    SQLite file in `log_dir` unless `env` names one (DASHBOARD_DATABASE_URL): a test never
    writes the developer's var/dashboard.sqlite.
    """
    port = port or _free_port()
    env = {"DASHBOARD_DATABASE_URL": f"sqlite:///{log_dir / 'dashboard.sqlite'}", **(env or {})}
    log = (log_dir / "streamlit.log").open("w")
    process = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", "app.py",
            "--server.headless=true", f"--server.port={port}",
            "--server.address=127.0.0.1", "--server.fileWatcherType=none", *options,
        ],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, preexec_fn=preexec_fn,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **env},
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process)
        yield Server(url, process)
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


@pytest.fixture(scope="session")
def app_url(tmp_path_factory):
    """The URL of the app, shared by the tests of a run."""
    with serve_app(tmp_path_factory.mktemp("server")) as server:
        yield server.url


@pytest.fixture
def fresh_app_url(tmp_path):
    """The URL of a server no browser has visited yet (as after a deployment or restart)."""
    with serve_app(tmp_path) as server:
        yield server.url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/test does).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


_IDLE = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app && app.getAttribute("data-test-script-state") === "notRunning"
    && !document.querySelector('[data-testid="stStatusWidget"], [data-testid="stSkeleton"]');
}"""
# The websocket each page talks to the server over (the latest, after a reload).
_SOCKETS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _script_finished(payload: bytes | str) -> bool:
    """Whether a message from the server says a script run has ended."""
    if isinstance(payload, str):
        return False
    return ForwardMsg.FromString(payload).WhichOneof("type") == "script_finished"


def new_context(browser, **options):
    """A browser context whose pages keep track of their connection to the app (see `rerun`)."""
    context = browser.new_context(
        **{"viewport": {"width": 1400, "height": 1000}, "locale": "da-DK", **options}
    )
    context.on("page", lambda page: page.on("websocket", partial(_SOCKETS.__setitem__, page)))
    return context


@pytest.fixture
def page(browser) -> Page:
    context = new_context(browser)
    page = context.new_page()
    yield page
    context.close()


def wait_until_idle(page: Page) -> None:
    """Wait until Streamlit has no run going (after a page load)."""
    page.wait_for_function(_IDLE, timeout=30_000)


@contextlib.contextmanager
def rerun(page: Page):
    """Do something inside this block that makes the app run again; wait until that run ends.

    Waits for the server's word that a run ended after the block began – not for a moment
    without a run, which a quick check could see before the action's run has even started.
    """
    with _SOCKETS[page].expect_event("framereceived", _script_finished, timeout=30_000):
        yield
    wait_until_idle(page)


def open_app(page: Page, url: str) -> Page:
    """Go to `url` and wait until Streamlit has drawn the page and finished running it."""
    page.goto(url)
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=30_000)
    wait_until_idle(page)
    return page


def assert_no_error(page: Page) -> None:
    """No exception box, error alert or "Page not found" dialog on the page."""
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_test_id("stAlertContentError")).to_have_count(0)
    expect(page.get_by_text("Page not found")).to_have_count(0)


def screenshot(page: Page, name: str) -> Path:
    """Save a full-page screenshot under artifacts/screenshots/ to look at after the run."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    # Streamlit scrolls inside its main block, so grow the viewport to the content to see it all.
    viewport = page.viewport_size
    height = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": viewport["width"], "height": max(height, viewport["height"])})
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(viewport)
    return path

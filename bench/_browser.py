"""What the browser benchmarks (load.py, run_all.py) share: a `streamlit run` server on
127.0.0.1 with its process tree's memory and CPU, the Chromium launch, and the machine.

The port, the health check and Chromium's path and flags are the browser tests' own
(tests/browser/conftest.py), so the benchmarks start the app exactly as the tests do.
"""

from __future__ import annotations

import contextlib
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, _free_port, _wait_healthy  # noqa: E402

__all__ = [
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "IDLE_JS",
    "ROOT",
    "Server",
    "chromium_options",
    "cpu_seconds",
    "load_average",
    "machine",
    "process_tree",
    "rss_mib",
    "serve",
]

# True once Streamlit has finished running the page: no running indicator, no skeleton.
IDLE_JS = '!document.querySelector(\'[data-testid="stStatusWidget"], [data-testid="stSkeleton"]\')'
_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Server:
    """A running `streamlit run`: its URL, process and log."""

    url: str
    process: subprocess.Popen
    log: Path

    def tree(self) -> list[int]:
        """The server's pid and its children's."""
        return process_tree(self.process.pid)

    def rss_mib(self) -> float:
        """Resident memory (VmRSS) of the server and its children, in MiB."""
        return rss_mib(self.tree())

    def cpu_seconds(self) -> float:
        """User + system CPU time the server and its children have used so far."""
        return cpu_seconds(self.tree())

    def log_errors(self) -> list[str]:
        """Lines of the server log that report a traceback or an error."""
        lines = self.log.read_text(errors="replace").splitlines()
        return [line for line in lines if "Traceback" in line or " ERROR " in f" {line} "]


def process_tree(root: int) -> list[int]:
    """`root` and its descendants' pids, from /proc (psutil is not installed)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                # The parent pid is the 2nd field after the ")" closing the command name.
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo.extend(children.get(pid, []))
    return pids


def rss_mib(pids: list[int]) -> float:
    """Resident memory (VmRSS) of these processes together, in MiB."""
    total_kib = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        total_kib += sum(
            int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")
        )
    return total_kib / 1024


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time these processes have used so far."""
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / _TICKS


# `streamlit run …` that also appends the seconds and the page of every script run to the file
# named first (ScriptRunner._run_script: one run, with any rerun asked for while it ran).
_TIMED_STREAMLIT = """
import sys, threading, time
from streamlit.runtime.scriptrunner import script_runner
from streamlit.web import cli

timings, lock = open(sys.argv.pop(1), "a", buffering=1), threading.Lock()
original = script_runner.ScriptRunner._run_script

def timed(self, rerun_data):
    start = time.perf_counter()
    try:
        return original(self, rerun_data)
    finally:
        seconds = time.perf_counter() - start
        try:
            pages = self._pages_manager
            page = pages.get_pages()[pages.current_page_script_hash]
            name = page.get("url_pathname") or page.get("page_name") or "?"
        except Exception:
            name = "?"
        with lock:
            timings.write(f"{seconds:.6f} {name or '/'}\\n")

script_runner.ScriptRunner._run_script = timed
sys.argv[0] = "streamlit"
cli.main()
"""


@contextlib.contextmanager
def serve(script: Path, log: Path, cwd: Path = ROOT, timings: Path | None = None):
    """Start `streamlit run <script>` on a free port of 127.0.0.1 as the browser tests do;
    yield the Server once it answers its health check, and stop it afterwards. With
    `timings`, every script run's seconds and page are appended to that file (a line each)."""
    port = _free_port()
    launcher = ["-m", "streamlit"] if timings is None else ["-c", _TIMED_STREAMLIT, str(timings)]
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                sys.executable, *launcher, "run", str(script),
                "--server.headless=true", f"--server.port={port}",
                "--server.address=127.0.0.1", "--server.fileWatcherType=none",
            ],
            cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )  # fmt: skip
        server = Server(f"http://127.0.0.1:{port}", process, log)
        try:
            _wait_healthy(server.url, process)
            yield server
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def chromium_options() -> dict:
    """Keyword arguments of `playwright.chromium.launch` for Debian's Chromium."""
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: install Debian's chromium (scripts/test does).")
    return {"executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


def load_average() -> float:
    """The machine's 1-minute load average."""
    return float(Path("/proc/loadavg").read_text().split()[0])


def machine() -> dict[str, str]:
    """What the figures ran on: cores, memory, CPU model, Python and Streamlit."""
    import streamlit

    meminfo = Path("/proc/meminfo").read_text().splitlines()
    total_kib = next(int(line.split()[1]) for line in meminfo if line.startswith("MemTotal:"))
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    model = next(
        (line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")),
        platform.processor() or "unknown",
    )
    return {
        "cores": str(len(os.sched_getaffinity(0))),  # what `nproc` says
        "memory": f"{total_kib / 1024**2:.1f} GiB",
        "cpu": model,
        "python": platform.python_version(),
        "streamlit": streamlit.__version__,
        "date": time.strftime("%Y-%m-%d"),
    }

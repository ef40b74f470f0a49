"""The container image as the Dockerfile describes it (no Docker engine needed): it starts the
app as the README does, as an ordinary user, checks its health, and holds what the app needs."""

from __future__ import annotations

import functools
import json
import re
import shlex

import pytest
from docker.utils.build import exclude_paths

from tests.conftest import ROOT

DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
# What `streamlit run app.py` reads at run time, relative to the app's folder.
RUNTIME_PATHS = ("app.py", "pages", "data", "src", ".streamlit")


def instructions(dockerfile: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of each instruction, continuation lines joined, comments out."""
    joined = re.sub(r"\\\n", " ", dockerfile)
    result = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, arguments = line.partition(" ")
            result.append((keyword.upper(), arguments.strip()))
    return result


def arguments(text: str) -> list[str]:
    """An instruction's arguments in exec form (a JSON list) or shell form."""
    return json.loads(text) if text.startswith("[") else shlex.split(text)


INSTRUCTIONS = instructions(DOCKERFILE)


def last(keyword: str) -> str:
    found = [args for key, args in INSTRUCTIONS if key == keyword]
    assert found, f"the Dockerfile has no {keyword}"
    return found[-1]


def readme_quick_start() -> tuple[str, list[str]]:
    """The requirements file and the start command of the README's Quick start."""
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    command = re.search(r"pip install -r (\S+) && (streamlit run \S+)", section)
    assert command, "the README's Quick start no longer says how to install and start"
    return command.group(1), command.group(2).split()


def copied_sources() -> list[tuple[int, list[str]]]:
    """(position, sources) of every COPY, without its destination and --flags."""
    copies = []
    for position, (keyword, text) in enumerate(INSTRUCTIONS):
        if keyword == "COPY":
            parts = [p for p in arguments(text) if not p.startswith("--")]
            copies.append((position, [p.rstrip("/") or "." for p in parts[:-1]]))
    return copies


def is_copied(path: str) -> bool:
    return any(
        source in (".", path) or path.startswith(f"{source}/")
        for _, sources in copied_sources()
        for source in sources
    )


@functools.cache
def build_context() -> frozenset[str]:
    """The files and folders Docker sends to the build, by docker-py's reading of
    .dockerignore (Docker's own rules: the last matching pattern wins, `!` takes back)."""
    patterns = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    patterns = [p.strip() for p in patterns if p.strip() and not p.strip().startswith("#")]
    return frozenset(exclude_paths(str(ROOT), patterns))


def dockerignore_excludes(path: str) -> bool:
    """Whether `path` (relative, with /) stays out of the build context."""
    return path not in build_context()


def test_the_image_starts_the_app_with_the_readmes_command():
    _, start = readme_quick_start()
    command = arguments(last("CMD"))
    assert last("CMD").startswith("["), "exec form, so the server gets the container's signals"
    assert command[: len(start)] == start == ["streamlit", "run", "app.py"]
    assert "--server.address=0.0.0.0" in command
    assert "--server.headless=true" in command
    assert last("EXPOSE").split() == ["8501"]


def test_the_image_is_slim_python_311():
    image = next(args for key, args in INSTRUCTIONS if key == "FROM")
    assert re.fullmatch(r"python:3\.11(\.\d+)?-slim(-\w+)?", image.split()[0])


def test_the_app_runs_as_an_ordinary_user():
    user = last("USER").split(":")[0]
    assert user not in ("root", "0")
    keywords = [key for key, _ in INSTRUCTIONS]
    assert max(i for i, key in enumerate(keywords) if key == "USER") < keywords.index("CMD")
    assert re.search(rf"useradd\b.*\b{re.escape(user)}\b", DOCKERFILE), "the user is created"


def test_the_health_check_asks_streamlits_health_endpoint_with_python():
    check = last("HEALTHCHECK")
    assert "CMD" in check
    assert "/_stcore/health" in check
    assert "urllib.request" in check
    assert "curl" not in check and "wget" not in check  # not in the slim image


def test_it_installs_the_requirements_the_readme_installs_after_copying_the_package():
    requirements, _ = readme_quick_start()
    runs = [(i, text) for i, (key, text) in enumerate(INSTRUCTIONS) if key == "RUN"]
    install = [i for i, text in runs if f"pip install -r {requirements}" in text]
    assert install, f"the image does not install {requirements}"
    # `-e .` at the end of the requirements needs the package's metadata and source.
    assert (ROOT / requirements).read_text(encoding="utf-8").strip().endswith("-e .")
    before = {s for position, sources in copied_sources() if position < install[0] for s in sources}
    for needed in (requirements, "pyproject.toml", "README.md", "src"):
        assert needed in before or "." in before, f"{needed} is copied after pip install"


@pytest.mark.parametrize("path", RUNTIME_PATHS)
def test_what_the_app_needs_at_run_time_is_in_the_image(path):
    assert (ROOT / path).exists()
    assert is_copied(path), f"{path} is not copied into the image"
    root = ROOT / path
    files = [root] if root.is_file() else [f for f in root.rglob("*") if f.is_file()]
    needed = [
        f.relative_to(ROOT).as_posix()
        for f in files
        if "__pycache__" not in f.parts and ".egg-info" not in str(f)
    ]
    assert needed
    assert [f for f in needed if dockerignore_excludes(f)] == []


def test_dockerignore_keeps_the_repository_tests_and_local_state_out():
    for path in (".git/config", "tests/conftest.py", "bench/hostile.py", "scripts/test"):
        assert dockerignore_excludes(path), path
    assert not any(path.startswith(("var/", "artifacts/", ".git/")) for path in build_context())
    assert "src/dashboard/stopwords_extra.txt" in build_context()


def test_the_app_user_may_write_its_database_folder():
    """The image runs as `app`; the default SQLite file goes in var/ beside app.py."""
    runs = [args for key, args in INSTRUCTIONS if key == "RUN"]
    assert any("var" in run and "chown" in run and "app" in run for run in runs)

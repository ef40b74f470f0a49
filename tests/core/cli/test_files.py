"""The one file writer: atomic for regular files, through links, never over a device or pipe."""

from __future__ import annotations

import os
import stat

import pytest

from dashboard.cli import files
from dashboard.cli.files import NotARegularFile, write_file


def test_a_new_file_is_written_with_the_usual_permissions(tmp_path):
    target = tmp_path / "ny.csv"
    assert write_file(target, b"data") == target
    assert target.read_bytes() == b"data"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert list(tmp_path.iterdir()) == [target]


def test_an_existing_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "privat.csv"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_link_is_written_through_to_its_target(tmp_path):
    real = tmp_path / "real.csv"
    real.write_bytes(b"old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert write_file(link, b"new") == real
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_a_dangling_link_makes_its_target(tmp_path):
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "later.csv")
    write_file(link, b"new")
    assert link.is_symlink() and (tmp_path / "later.csv").read_bytes() == b"new"


def test_a_pipe_is_refused_and_left_alone(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(NotARegularFile):
        write_file(pipe, b"data")
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert list(tmp_path.iterdir()) == [pipe]


def test_a_device_and_a_link_to_one_are_refused_before_anything_is_written(tmp_path, monkeypatch):
    def must_not_replace(*_args):
        raise AssertionError("a device would have been replaced")

    monkeypatch.setattr(files.os, "replace", must_not_replace)
    link = tmp_path / "stdout"
    link.symlink_to("/dev/null")
    for target in ("/dev/null", link):
        with pytest.raises(NotARegularFile):
            write_file(target, b"data")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_overwrite_false_never_touches_an_existing_file(tmp_path):
    target = tmp_path / "taken.csv"
    target.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        write_file(target, b"theirs", overwrite=False)
    assert target.read_bytes() == b"mine"
    assert list(tmp_path.iterdir()) == [target]


def test_the_command_line_names_a_refused_target_in_one_line(tmp_path, run):
    pipe = tmp_path / "ud.csv"
    os.mkfifo(pipe)
    code, out, err = run("export", "--out", str(pipe))
    assert (code, out) == (2, "")
    refused = "er ikke en almindelig fil (men f.eks. en enhed eller et rør); vælg en fil"
    assert err == f"fejl: {pipe} {refused}\n"

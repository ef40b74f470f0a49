"""The one way the command line writes a file: atomically, through links, never over a device.

A reader sees the old file or the new one, never half a file: the bytes go to a temporary
file beside the target, are flushed to disk, and the temporary file is renamed over the
target (or, when nothing may be overwritten, linked to its name, which fails if it is taken).
Only a regular file is replaced; a symbolic link is followed and its target written; a device,
pipe or other special file is refused, as renaming over it would replace it, not write to it.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


class NotARegularFile(OSError):
    """The path names a device, pipe, socket or folder, which a file must not replace."""


def _target(path: Path) -> Path:
    """The file to write for `path`: the file a link points to, or the path itself."""
    try:
        mode = os.stat(path).st_mode  # follows links
    except FileNotFoundError:
        # A dangling link is written through to where it points.
        return Path(os.path.realpath(path)) if path.is_symlink() else path
    if not stat.S_ISREG(mode):
        raise NotARegularFile(str(path))
    return Path(os.path.realpath(path))


def write_file(path: Path, data: bytes, *, overwrite: bool = True) -> Path:
    """Write `data` to `path` atomically; the file written (a link's target). With
    overwrite=False an existing file is never touched: FileExistsError."""
    target = _target(Path(path))
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        if overwrite:
            os.replace(temporary, target)
        else:
            os.link(temporary, target)  # atomic, and fails if the name is taken
    finally:
        Path(temporary).unlink(missing_ok=True)
    return target

"""Atomic file writing: a temporary file beside the target, synced, then renamed over it."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from forms.filelock import remove_if_abandoned, wait_lock

# `.<target name>.<8 random characters>.tmp`, as `tempfile.mkstemp` names ours below; only
# targets of the kinds MRT Desk writes, so another program's temporary files are left alone.
_LEFTOVER = re.compile(r"^\..+\.(xlsx|eml|pdf|json|csv)\.[a-z0-9_]{8}\.tmp$", re.IGNORECASE)


def umask() -> int:
    """The process's file-creation mask (read without changing it where the OS allows)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    """The mode an ordinary new document gets: 0o666 less the user's umask."""
    return 0o666 & ~umask()


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete temporary files that a killed write left in `folder` (a live write holds a lock
    on its file and is kept); returns what was deleted."""
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if _LEFTOVER.match(p.name)]
    except OSError:
        return removed
    for path in candidates:
        if path.is_file() and remove_if_abandoned(path):
            removed.append(path)
    return removed


def _locked_temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new temporary file beside `name`, locked while it is written: a later write tells a
    live file from a killed one's by that lock (see `remove_leftovers`)."""
    while True:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        try:
            wait_lock(fd)
        except OSError:  # a file system without locks: nothing removes it early there either
            return fd, tmp
        if os.fstat(fd).st_nlink > 0:
            return fd, tmp
        os.close(fd)  # another write took it for a leftover in the instant before the lock


def atomic_write(output: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write `output` through a temporary file in the same folder, synced, then renamed, so
    readers see the old file or the new one, never half of it."""
    output.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(output.parent)
    fd, tmp = _locked_temporary(output.parent, output.name)
    try:
        # mkstemp makes the file private; what we write is an ordinary document.
        os.chmod(tmp, output.stat().st_mode & 0o777 if output.exists() else new_file_mode())
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, output)
        _sync_folder(output.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX: the folder's entry is flushed too)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """`atomic_write` of a byte string; returns the path written."""
    target = Path(path)
    atomic_write(target, lambda fh: fh.write(data))
    return target

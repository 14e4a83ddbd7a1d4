"""Advisory locks between processes on a lock file, for short read-modify-write steps
(the template index) and for telling a live temporary file from one a killed process left."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

POLL_SECONDS = 0.05


class LockTimeout(OSError):
    """The lock stayed held by another process for longer than the caller would wait."""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def try_lock(fd: int) -> bool:
        """Take the exclusive lock on open file `fd` without waiting; False when it is held."""
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def wait_lock(fd: int) -> None:
        """Take the exclusive lock on `fd`, waiting for its holder."""
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)

    def remove_if_abandoned(path: Path) -> bool:
        """Delete `path` when no process holds its lock (Windows cannot delete a file that
        a live writer has open, so that check is the OS's)."""
        if not is_abandoned(path):
            return False
        try:
            path.unlink()
        except OSError:
            return False
        return True

else:
    import fcntl

    def try_lock(fd: int) -> bool:
        """Take the exclusive lock on open file `fd` without waiting; False when it is held."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def wait_lock(fd: int) -> None:
        """Take the exclusive lock on `fd`, waiting for its holder."""
        fcntl.flock(fd, fcntl.LOCK_EX)

    def remove_if_abandoned(path: Path) -> bool:
        """Delete `path` when no process holds its lock. The lock is held while deleting, so
        a writer that locks its new file right after creating it either wins (the file is
        kept) or finds its file deleted (`os.fstat(fd).st_nlink == 0`) and makes another."""
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            if not try_lock(fd):
                return False
            path.unlink()
            return True
        except OSError:
            return False
        finally:
            os.close(fd)


@contextmanager
def locked(path: Path, *, timeout: float = 60.0) -> Iterator[None]:
    """Hold the exclusive lock on `path` (created when missing) for the `with` block, waiting
    up to `timeout` seconds for another process to release it (then `LockTimeout`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        deadline = time.monotonic() + timeout
        while not _try_or_unsupported(fd):
            if time.monotonic() > deadline:
                raise LockTimeout(f"{path} stayed locked by another process for {timeout:.0f} s")
            time.sleep(POLL_SECONDS)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _try_or_unsupported(fd: int) -> bool:
    # A file system without locks (some network shares) must not stop the work: the writes
    # under the lock are atomic anyway, only concurrent updates lose their guard there.
    try:
        return try_lock(fd)
    except OSError:
        return True


def is_abandoned(path: Path) -> bool:
    """True when no live process holds the lock on `path` (its writer was killed or is done)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        if not try_lock(fd):
            return False
        unlock(fd)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)

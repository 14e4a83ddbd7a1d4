"""The data-folder lock: one MRT Desk instance per data folder, held by the OS until exit."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from db.errors import StoreError, StoreLockedError

LOCK_NAME = "mrtdesk.lock"


class FolderLock:
    """An exclusive lock on `data_dir/mrtdesk.lock`, holding the owner's process id.

    The OS drops the lock when the process ends, even when it is killed, so a crash never
    leaves the folder locked.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        try:
            f = open(self.path, "a+", encoding="ascii")  # noqa: SIM115 - held until release()
        except OSError as exc:
            raise StoreError(
                f"MRT Desk cannot write in its data folder {self.path.parent} ({exc.strerror}). "
                "Check that the folder exists and that you may write to it, or choose another "
                "data folder."
            ) from exc
        if not _try_lock(f):
            try:
                f.seek(0)
                pid = f.read().strip() or "unknown"
            except OSError:
                pid = "unknown"
            f.close()
            raise StoreLockedError(
                f"MRT Desk is already open on the data folder {self.path.parent} "
                f"(process {pid}). Switch to that window, or close it and try again."
            )
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()))
        f.flush()
        self._file = f

    def release(self) -> None:
        if self._file is not None:
            _unlock(self._file)
            self._file.close()
            self._file = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(f: IO[str]) -> bool:
        try:
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(f: IO[str]) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(f: IO[str]) -> bool:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(f: IO[str]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)

"""Backup copies of the database file (SQLite backup API), listing them and restoring one.

Backups hold every declaration, so they are private to the user (0600, folder 0700). The
newest backup that holds declarations is never pruned while only newer, empty ones exist:
a store that broke and was started over must not rotate its last good copy away.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

KEEP = 20
SUFFIX = ".sqlite"
PRIVATE_FILE = 0o600
# What a process killed mid-backup or mid-restore leaves: the copy and SQLite's journal of it.
_LEFTOVERS = ("*.partial", "*.partial-journal", "*.partial-wal", "*.partial-shm")


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def make_private(path: Path) -> None:
    """Group and others lose their rights (where the OS has such permissions); the user's own
    are kept as they are, so a folder made read-only stays read-only."""
    with contextlib.suppress(OSError):
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, mode & 0o700)


def make_backup(db_path: Path, target_dir: Path, label: str) -> Path:
    """A consistent copy of `db_path` (WAL included): `target_dir/mrtdesk-<time>-<label>.sqlite`."""
    target_dir.mkdir(parents=True, exist_ok=True)
    make_private(target_dir)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    final = target_dir / f"mrtdesk-{stamp}-{label}{SUFFIX}"
    partial = final.with_suffix(".partial")
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE))
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, final)
    _prune(target_dir)
    return final


def list_backups(target_dir: Path) -> list[Path]:
    """Backup files, newest first."""
    if not target_dir.is_dir():
        return []
    return sorted(target_dir.glob(f"mrtdesk-*{SUFFIX}"), reverse=True)


@dataclass(frozen=True)
class BackupInfo:
    """One backup as a user chooses it: when, why it was made, and what it holds."""

    path: Path
    made_at: datetime | None
    label: str
    size: int
    declarations: int | None
    """Declarations in it (recycle bin included); None when the file cannot be read."""


def declaration_count(path: Path) -> int | None:
    """How many declarations the database file `path` holds (read only); None if unreadable."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return int(conn.execute("SELECT count(*) FROM declarations").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def describe(path: Path) -> BackupInfo:
    stem = path.name.removesuffix(SUFFIX)
    parts = stem.split("-", 4)  # mrtdesk, date, time, microseconds, label
    made_at = None
    with contextlib.suppress(ValueError, IndexError):
        made_at = datetime.strptime(f"{parts[1]}-{parts[2]}-{parts[3]}", "%Y%m%d-%H%M%S-%f")
    label = parts[4] if len(parts) > 4 else ""
    size = path.stat().st_size if path.exists() else 0
    return BackupInfo(path, made_at, label, size, declaration_count(path))


def find_backup(target_dir: Path, name: str) -> Path | None:
    """The backup a user named: a path, a file name in `target_dir`, or its number in
    `list_backups` (1 = newest)."""
    given = Path(name)
    if given.is_file():
        return given
    if (target_dir / given.name).is_file():
        return target_dir / given.name
    if name.isdigit():
        found = list_backups(target_dir)
        if 1 <= int(name) <= len(found):
            return found[int(name) - 1]
    return None


def restore(backup: Path, db_path: Path) -> Path | None:
    """Put `backup` in place of `db_path`; the replaced file is kept beside the backups as
    `replaced-<time>.sqlite` (returned), never deleted."""
    kept: Path | None = None
    if db_path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        kept = backup.parent / f"replaced-{stamp}{SUFFIX}"
        shutil.copy2(db_path, kept)
        make_private(kept)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
    partial = db_path.with_name(db_path.name + ".restoring")
    shutil.copy2(backup, partial)
    make_private(partial)
    for extra in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            db_path.with_name(db_path.name + extra).unlink()
    os.replace(partial, db_path)
    return kept


def remove_leftovers(target_dir: Path) -> None:
    """Delete what a process killed mid-backup left (only the open store makes backups, and
    it holds the folder lock, so nothing else is writing them)."""
    if target_dir.is_dir():
        for pattern in _LEFTOVERS:
            for old in target_dir.glob(pattern):
                with contextlib.suppress(OSError):
                    old.unlink()


def tidy(target_dir: Path) -> None:
    """At start: leftovers removed, and the folder and backups made by older versions (with
    the umask's permissions) made private."""
    remove_leftovers(target_dir)
    if target_dir.is_dir():
        make_private(target_dir)
        for backup in target_dir.glob(f"*{SUFFIX}*"):
            make_private(backup)


def _prune(target_dir: Path) -> None:
    found = list_backups(target_dir)
    doomed = found[KEEP:]
    if doomed and not any(declaration_count(p) for p in found[:KEEP]):
        # Every kept copy is empty: keep the newest one that still holds declarations.
        last_good = next((p for p in doomed if declaration_count(p)), None)
        doomed = [p for p in doomed if p != last_good]
    for old in doomed:
        with contextlib.suppress(OSError):
            old.unlink()
    remove_leftovers(target_dir)

"""Backup copies of the database file (SQLite backup API), listing them and restoring one."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

KEEP = 20
SUFFIX = ".sqlite"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def make_backup(db_path: Path, target_dir: Path, label: str) -> Path:
    """A consistent copy of `db_path` (WAL included): `target_dir/mrtdesk-<time>-<label>.sqlite`."""
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    final = target_dir / f"mrtdesk-{stamp}-{label}{SUFFIX}"
    partial = final.with_suffix(".partial")
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


def restore(backup: Path, db_path: Path) -> Path | None:
    """Put `backup` in place of `db_path`; the replaced file is kept beside the backups as
    `replaced-<time>.sqlite` (returned), never deleted."""
    kept: Path | None = None
    if db_path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        kept = backup.parent / f"replaced-{stamp}{SUFFIX}"
        shutil.copy2(db_path, kept)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
    partial = db_path.with_name(db_path.name + ".restoring")
    shutil.copy2(backup, partial)
    for extra in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            db_path.with_name(db_path.name + extra).unlink()
    os.replace(partial, db_path)
    return kept


def _prune(target_dir: Path) -> None:
    # A .partial is left only by a process killed mid-backup; the finished copy is renamed.
    for old in [*list_backups(target_dir)[KEEP:], *target_dir.glob("*.partial")]:
        with contextlib.suppress(OSError):
            old.unlink()

"""Checks before a store is used: a database emptied behind MRT Desk's back is not started over,
and the database file is private to the user."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from db import backups


def _has_tables(db_path: Path) -> bool:
    wal = db_path.with_name(db_path.name + "-wal")
    if db_path.stat().st_size == 0 and not (wal.is_file() and wal.stat().st_size > 0):
        return False
    # A normal connection, as the integrity check before it: it also reads a WAL not yet
    # copied into the file (a new store killed before its first checkpoint).
    conn = sqlite3.connect(db_path)
    try:
        return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    finally:
        conn.close()


def emptied(db_path: Path, backup_dir: Path) -> str | None:
    """Why `db_path` must not be started as a new store, or None.

    An empty database file (0 bytes, or no tables) is what a new store starts from, but when
    backups of this folder exist it had data once: something truncated or replaced it, and
    starting over would bury the data (and, day after day, rotate its backups away).
    """
    if _has_tables(db_path) or not backups.list_backups(backup_dir):
        return None
    return (
        "the file is empty although MRT Desk made backups of it, so its data was lost "
        "outside MRT Desk"
    )


def private_database(db_path: Path) -> None:
    """Create `db_path` readable by the user only, or take group and other rights from an
    existing one (and from the journal files, which SQLite creates with the same rights)."""
    if not db_path.exists():
        with contextlib.suppress(FileExistsError):
            os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        return
    for path in (db_path, *(db_path.with_name(db_path.name + x) for x in ("-wal", "-shm"))):
        backups.make_private(path)

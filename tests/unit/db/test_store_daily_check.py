"""The whole database file is checked at the first opening of each day (not at every start,
which grew with the data), and again after a backup is put back."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from db.errors import StoreDamagedError
from db.store import CHECKED_MARKER, DB_NAME, Store
from forms.declaration import Declaration


def _damage(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    for offset in range(page * 2, len(data), 7):  # leave the header page, break the rest
        data[offset] = 0xA5
    db.write_bytes(bytes(data))


def test_checked_once_a_day_and_damage_found_the_next_day(
    data_dir: Path, cmrt: Declaration
) -> None:
    with Store.open(data_dir) as s:
        s.create(cmrt)
    marker = data_dir / CHECKED_MARKER
    with Store.open(data_dir):
        assert marker.read_text() == date.today().isoformat()
    marker.write_text("2000-01-01")  # as if the last check was on another day
    _damage(data_dir / DB_NAME)
    with pytest.raises(StoreDamagedError, match="damaged"):
        Store.open(data_dir)


def test_a_restored_backup_is_checked_at_the_next_opening(
    data_dir: Path, cmrt: Declaration
) -> None:
    with Store.open(data_dir) as s:
        s.create(cmrt)
        backup = s.backup()
    with Store.open(data_dir):
        assert (data_dir / CHECKED_MARKER).is_file()
    Store.restore_backup(data_dir, backup)
    assert not (data_dir / CHECKED_MARKER).exists()
    with Store.open(data_dir) as s:
        assert len(s.list_declarations()) == 1
    assert (data_dir / CHECKED_MARKER).read_text() == date.today().isoformat()

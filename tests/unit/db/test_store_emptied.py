"""A database emptied behind MRT Desk's back (0 bytes, or no tables) while backups of it exist
is refused, not started over; backups keep the last good copy; files are private; leftovers
of a killed backup are removed at the next start."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from db import backups
from db.errors import StoreDamagedError
from db.store import DB_NAME, Store
from forms.declaration import Declaration


def _store_with_data(data_dir: Path, cmrt: Declaration) -> int:
    with Store.open(data_dir) as s:
        decl_id = s.create(cmrt)
        s.backup()
    return decl_id


@pytest.mark.parametrize("emptying", ["zero bytes", "no tables"])
def test_an_emptied_database_with_backups_is_refused(
    data_dir: Path, cmrt: Declaration, emptying: str
) -> None:
    decl_id = _store_with_data(data_dir, cmrt)
    db = data_dir / DB_NAME
    for extra in ("-wal", "-shm"):
        db.with_name(DB_NAME + extra).unlink(missing_ok=True)
    db.write_bytes(b"")
    if emptying == "no tables":
        sqlite3.connect(db).execute("PRAGMA user_version = 1").connection.close()
        assert db.stat().st_size > 0
    with pytest.raises(StoreDamagedError, match="empty") as info:
        Store.open(data_dir)
    assert info.value.backups
    assert db.read_bytes() == b"" or emptying == "no tables"  # nothing was created over it
    Store.restore_backup(data_dir, info.value.backups[0])
    with Store.open(data_dir) as s:
        assert s.load(decl_id).declaration.company.name == cmrt.company.name


def test_an_empty_file_without_backups_is_a_new_store(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / DB_NAME).write_bytes(b"")
    with Store.open(data_dir) as s:
        assert s.list_declarations() == []


def test_pruning_never_drops_the_last_backup_holding_declarations(
    data_dir: Path, cmrt: Declaration
) -> None:
    _store_with_data(data_dir, cmrt)
    folder = backups.backups_dir(data_dir)
    (good,) = backups.list_backups(folder)
    # The store broke and was started over empty elsewhere: its backups pile up.
    empty = data_dir.parent / "empty.sqlite"
    sqlite3.connect(empty).execute("CREATE TABLE declarations (id INTEGER)").connection.close()
    for _ in range(backups.KEEP + 3):
        backups.make_backup(empty, folder, "daily")
    kept = backups.list_backups(folder)
    assert good in kept
    assert len(kept) == backups.KEEP + 1
    assert backups.declaration_count(good) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_database_and_backups_are_private(data_dir: Path, cmrt: Declaration) -> None:
    old = os.umask(0o022)
    try:
        _store_with_data(data_dir, cmrt)
        with Store.open(data_dir) as s:
            s.create(cmrt)  # the WAL file exists while the store is open
            folder = backups.backups_dir(data_dir)
            files = [data_dir / DB_NAME, data_dir / (DB_NAME + "-wal"), *folder.iterdir()]
            assert len(files) >= 3
            assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o600}
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    finally:
        os.umask(old)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_backups_of_an_older_version_are_made_private(data_dir: Path, cmrt: Declaration) -> None:
    _store_with_data(data_dir, cmrt)
    folder = backups.backups_dir(data_dir)
    (old,) = backups.list_backups(folder)
    os.chmod(folder, 0o755)
    os.chmod(old, 0o644)
    os.chmod(data_dir / DB_NAME, 0o644)
    with Store.open(data_dir):
        pass
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert stat.S_IMODE((data_dir / DB_NAME).stat().st_mode) == 0o600


def test_a_killed_backups_leftovers_are_removed_at_the_next_start(
    data_dir: Path, cmrt: Declaration
) -> None:
    _store_with_data(data_dir, cmrt)
    folder = backups.backups_dir(data_dir)
    left = [folder / "mrtdesk-20260101-000000-000000-daily.partial",
            folder / "mrtdesk-20260101-000000-000000-daily.partial-journal"]  # fmt: skip
    for p in left:
        p.write_bytes(b"half")
    with Store.open(data_dir):
        pass
    assert not any(p.exists() for p in left)
    assert backups.list_backups(folder)

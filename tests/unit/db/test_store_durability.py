"""Durability: the folder lock, a damaged file, a full disk, a read-only folder, backups."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from db.errors import StoreDamagedError, StoreError, StoreLockedError
from db.store import DB_NAME, Store
from forms.declaration import Declaration, Smelter

ROOT = Path(__file__).resolve().parents[3]
STORE_ENGINES = ("sqlite",)  # the SQLite file itself: WAL, folder lock, file backups


def _pragma(db: Path, statement: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(statement).fetchall()
    finally:
        conn.close()


def test_database_is_wal_with_foreign_keys(store: Store) -> None:
    assert _pragma(store.db_path, "PRAGMA journal_mode") == [("wal",)]
    with store._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_second_open_in_the_same_process_is_refused(store: Store, data_dir: Path) -> None:
    with pytest.raises(StoreLockedError, match="already open") as info:
        Store.open(data_dir)
    assert str(os.getpid()) in str(info.value)


def test_second_instance_is_told_and_a_killed_one_leaves_no_lock(data_dir: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from db.store import Store
        s = Store.open(Path({str(data_dir)!r}))
        print("open", flush=True)
        time.sleep(60)
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        with pytest.raises(StoreLockedError, match=f"process {child.pid}"):
            Store.open(data_dir)
    finally:
        child.kill()
        child.wait()
    with Store.open(data_dir) as s:  # the OS released the dead process's lock
        assert s.list_declarations() == []


def _damage(db: Path) -> None:
    data = bytearray(db.read_bytes())
    page = _pragma(db, "PRAGMA page_size")[0][0]
    assert isinstance(page, int)
    for offset in range(page * 2, len(data), 7):  # leave the header page, break the rest
        data[offset] = 0xA5
    db.write_bytes(bytes(data))


def test_damaged_file_is_refused_with_the_backups_offered(
    data_dir: Path, cmrt: Declaration
) -> None:
    with Store.open(data_dir) as s:
        decl_id = s.create(cmrt)
        s.set_field(decl_id, "answers.Tin.1.answer", "Yes")
        manual = s.backup()
    _pragma(data_dir / DB_NAME, "PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(data_dir / DB_NAME)
    with pytest.raises(StoreDamagedError, match="damaged") as info:
        Store.open(data_dir)
    assert manual in info.value.backups
    Store.restore_backup(data_dir, info.value.backups[0])
    with Store.open(data_dir) as s:
        assert s.load(decl_id).declaration.answers["Tin"]["1"].answer == "Yes"
    assert list((data_dir / "backups").glob("replaced-*.sqlite"))  # the damaged file is kept


def test_not_a_database_is_damaged_too(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / DB_NAME).write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(StoreDamagedError):
        Store.open(data_dir)


def test_full_disk_says_so_and_loses_nothing(data_dir: Path, cmrt: Declaration) -> None:
    with Store.open(data_dir) as s:
        decl_id = s.create(cmrt)
        s.set_field(decl_id, "company.contact_name", "Jane Doe")
        pages = _pragma(s.db_path, "PRAGMA page_count")[0][0]
    # SQLITE_FULL, simulated: the database may not grow past its current size.
    with Store.open(data_dir, pragmas=(f"PRAGMA max_page_count = {pages}",)) as s:
        big = [Smelter(metal="Tin", name=f"Smelter {i}", comments="x" * 500) for i in range(400)]
        with pytest.raises(StoreError, match=r"disk .* is full"):
            s.replace_rows(decl_id, "smelters", big)
        with pytest.raises(StoreError, match="full"):
            for i in range(2000):
                s.set_field(decl_id, "company.address", f"{i} " + "Long Street " * 40)
    with Store.open(data_dir) as s:
        decl = s.load(decl_id).declaration
        assert decl.company.contact_name == "Jane Doe"
        assert decl.smelters == []
        assert _pragma(s.db_path, "PRAGMA integrity_check") == [("ok",)]


def _read_only_folder(cmrt: Declaration) -> tuple[Path, int]:
    """A data folder holding one declaration, then made read-only for whoever opens it next."""
    folder = Path(tempfile.mkdtemp(prefix="mrtdesk-ro-"))
    os.chmod(folder, 0o755)
    data_dir = folder / "data"
    with Store.open(data_dir) as s:
        decl_id = s.create(cmrt)
        s.set_field(decl_id, "company.contact_name", "Jane Doe")
    for p in [data_dir, *data_dir.rglob("*")]:
        os.chmod(p, 0o555 if p.is_dir() else 0o444)
    return data_dir, decl_id


# The child opens the store on the read-only folder with the permissions of an ordinary user.
# Root ignores permissions, so as root the child drops to `nobody` first; it imports and warms
# up everything the opening needs beforehand, while it may still read the interpreter's and the
# project's folders (a fresh clone in a private temporary folder is out of `nobody`'s reach).
_READ_ONLY_CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from db.errors import StoreError
    from db.store import Store

    data_dir, warm_up = Path(sys.argv[1]), Path(sys.argv[2])
    for _ in range(2):  # a new store, then an existing one: every step of an opening
        Store.open(warm_up).close()
    if os.geteuid() == 0:
        import pwd

        nobody = pwd.getpwnam("nobody")
        os.setgroups([])
        os.setgid(nobody.pw_gid)
        os.setuid(nobody.pw_uid)
    try:
        (data_dir / "probe").touch()
        print("BYPASS: the folder is writable for this process")
    except PermissionError:
        pass
    if not os.access(data_dir / "mrtdesk.sqlite", os.R_OK):
        print("UNREADABLE: this process cannot even read the folder")
    try:
        Store.open(data_dir)
    except StoreError as exc:
        print("StoreError:", exc)
    """
)


def test_read_only_folder_says_so_and_loses_nothing(cmrt: Declaration, tmp_path: Path) -> None:
    data_dir, decl_id = _read_only_folder(cmrt)
    try:
        done = subprocess.run(
            [sys.executable, "-c", _READ_ONLY_CHILD, str(data_dir), str(tmp_path / "warm-up")],
            cwd=ROOT, capture_output=True, text=True, env={**os.environ, "HOME": "/tmp"},
        )  # fmt: skip
        assert "BYPASS" not in done.stdout and "UNREADABLE" not in done.stdout, done.stdout
        assert "StoreError:" in done.stdout, done.stderr
        assert "read-only" in done.stdout or "cannot write" in done.stdout
    finally:
        for p in [data_dir, *data_dir.rglob("*")]:
            os.chmod(p, 0o755 if p.is_dir() else 0o644)
    with Store.open(data_dir) as s:
        assert s.load(decl_id).declaration.company.contact_name == "Jane Doe"
    shutil.rmtree(data_dir.parent)


def test_backups_are_consistent_copies(store: Store, cmrt: Declaration) -> None:
    decl_id = store.create(cmrt)
    store.set_field(decl_id, "answers.Gold.1.answer", "Yes")
    path = store.backup()
    assert path in store.backups()
    assert _pragma(path, "PRAGMA integrity_check") == [("ok",)]
    assert _pragma(path, "SELECT answer FROM answers WHERE key1='Gold' AND key2='1'") == [("Yes",)]


def test_a_daily_backup_is_made_at_open(data_dir: Path, cmrt: Declaration) -> None:
    with Store.open(data_dir) as s:
        s.create(cmrt)
        assert s.backups() == []  # a new, empty database needs none
    with Store.open(data_dir) as s:
        assert len(s.backups()) == 1
    with Store.open(data_dir) as s:
        assert len(s.backups()) == 1  # one a day

"""`mrtdesk backup --list` and `mrtdesk restore BACKUP`: a damaged or emptied store gets its
data back from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.store import DB_NAME, Store
from desktop.cli.main import main
from forms.declaration import Declaration


def test_list_and_restore_after_the_database_was_emptied(
    data_dir: Path, cmrt: Declaration, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(data_dir)]
    with Store.open(data_dir) as s:
        decl_id = s.create(cmrt)
        s.backup()
    for extra in ("-wal", "-shm"):
        (data_dir / (DB_NAME + extra)).unlink(missing_ok=True)
    (data_dir / DB_NAME).write_bytes(b"")
    capsys.readouterr()

    assert main([*base, "list"]) == 2
    err = capsys.readouterr().err
    assert "empty" in err and "mrtdesk backup --list" in err and "mrtdesk restore" in err

    assert main([*base, "backup", "--list"]) == 0
    listed = capsys.readouterr().out
    assert "  1  " in listed and "1 declaration(s)" in listed and "manual" in listed

    assert main([*base, "restore", "99"]) == 2
    assert "no backup" in capsys.readouterr().err
    assert main([*base, "restore", "1"]) == 0
    assert "Restored" in capsys.readouterr().out
    with Store.open(data_dir) as s:
        assert s.load(decl_id).declaration.company.name == cmrt.company.name
    assert list((data_dir / "backups").glob("replaced-*.sqlite"))


def test_restore_is_refused_while_the_store_is_open(
    data_dir: Path, cmrt: Declaration, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(data_dir) as s:
        s.create(cmrt)
        backup = s.backup()
        assert main(["--data-dir", str(data_dir), "restore", backup.name]) == 2
    assert "already open" in capsys.readouterr().err


def test_no_backups_listed(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "backup", "--list"]) == 0
    assert "no backups" in capsys.readouterr().err

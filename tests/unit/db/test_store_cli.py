"""`mrtdesk import`, `list`, `backup` and `export --draft` on a data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.store import Store
from desktop.cli.main import main

FILLED = "fixtures/filled/CMRT_6.4_SK_specialty.xlsx"


def test_import_list_export_backup(
    data_dir: Path, shared_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "import", str(shared_dir / FILLED)]) == 0
    decl_id = int(capsys.readouterr().out.split("\t")[0])

    assert main([*base, "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert {"id", "family", "version", "company_name", "period", "status"} <= set(row)
    assert (row["id"], row["family"], row["version"]) == (decl_id, "CMRT", "6.4")
    assert row["status"] == "draft"

    out = tmp_path / "draft.xlsx"
    template = shared_dir / "rmi-templates" / "RMI_CMRT_6.4.xlsx"
    args = ["export", "--draft", str(decl_id), "--template", str(template), "--output", str(out)]
    assert main([*base, *args]) == 0
    assert "official template" in capsys.readouterr().out and out.is_file()

    assert main([*base, "export", "--draft", "99", "--output", str(out)]) == 2
    assert "no declaration 99" in capsys.readouterr().err

    assert main([*base, "backup"]) == 0
    assert Path(capsys.readouterr().out.strip()).is_file()


def test_list_text_and_empty(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_store_errors_are_one_clear_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(data_dir):
        assert main(["--data-dir", str(data_dir), "list"]) == 2
    assert "already open" in capsys.readouterr().err


def test_import_of_a_missing_file(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "import", str(data_dir / "nope.xlsx")]) == 2
    assert "nope.xlsx: no such file" in capsys.readouterr().err

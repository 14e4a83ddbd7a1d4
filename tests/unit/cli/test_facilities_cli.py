"""`mrtdesk facilities import` and `facilities list`: the three formats, what changed on a
re-import, the JSON, and bad files refused with exit 2 and nothing half-imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main
from tests.unit.facilities.list_files import HEADER, ROWS, write_csv, write_spreadsheet_ml

Capture = pytest.CaptureFixture[str]


def test_import_then_list_then_reimport(tmp_path: Path, capsys: Capture) -> None:
    base = ["--data-dir", str(tmp_path / "data")]
    first = write_spreadsheet_ml(tmp_path / "rmi_2026-11-20.xml", [HEADER, *ROWS])
    assert main([*base, "facilities", "import", str(first)]) == 0
    out = capsys.readouterr().out
    assert "Imported 5 facilities" in out and "list of 2026-11-20" in out
    assert "cid ← “Smelter ID”" in out

    assert main([*base, "facilities", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["as_of"] == "2026-11-20" and len(listed["facilities"]) == 5
    gita = listed["facilities"][0]
    assert (gita["cid"], gita["state"], gita["next_assessment"]) == (
        "CID000185",
        "conformant",
        "2026-03-10",
    )

    changed = [r[:] for r in ROWS[1:]]
    changed[0][4] = "Suspended"
    second = write_csv(tmp_path / "second.csv", [HEADER[:5], *(r[:5] for r in changed)])
    assert main([*base, "facilities", "import", str(second), "--json"]) == 0
    diff = json.loads(capsys.readouterr().out)
    assert diff["dropped"] == ["CID000185"] and diff["added"] == []
    assert diff["status_changed"] == [
        {"cid": "CID002763", "metal": "Gold", "before": "conformant", "after": "not_enrolled"}
    ]
    assert diff["missing_columns"] == ["last assessment date", "assessment cycle", "programme"]


def test_a_bad_file_exits_2_and_keeps_the_old_list(tmp_path: Path, capsys: Capture) -> None:
    base = ["--data-dir", str(tmp_path / "data")]
    good = write_csv(tmp_path / "good.csv", [HEADER, *ROWS])
    assert main([*base, "facilities", "import", str(good), "--as-of", "2026-11-01"]) == 0
    capsys.readouterr()
    bad = tmp_path / "bad.csv"
    bad.write_text("Name,Country\nAlpha,US\n")
    assert main([*base, "facilities", "import", str(bad)]) == 2
    assert "no column of smelter or facility IDs" in capsys.readouterr().err
    assert main([*base, "facilities", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["facilities"]) == 5


def test_without_a_list_list_says_where_to_get_one(tmp_path: Path, capsys: Capture) -> None:
    assert main(["--data-dir", str(tmp_path), "facilities", "list"]) == 0
    assert "No facility list imported" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path), "facilities", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "null"


def test_status_for_a_list_without_one(tmp_path: Path, capsys: Capture) -> None:
    path = write_csv(tmp_path / "c.csv", [["Smelter ID", "Smelter Name"], ["CID000185", "X"]])
    base = ["--data-dir", str(tmp_path / "d"), "facilities", "import", str(path)]
    assert main(base) == 2
    assert "no status column" in capsys.readouterr().err
    assert main([*base, "--status", "conformant"]) == 0

"""`mrtdesk rollup FILES… --output consolidated.xlsx` on an inbox with broken files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from rollup_inputs import broken_files

from desktop.cli.main import main


def test_rollup_writes_the_consolidated_workbook(
    inbox: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    out = tmp_path / "consolidated.xlsx"
    code = main(["rollup", *map(str, sorted(inbox.iterdir())), "--output", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "2 file(s) read, 5 unreadable" in printed
    assert "unreadable  " in printed and "JX Advanced Metals Corporation" in printed
    wb = openpyxl.load_workbook(out, read_only=True)
    smelters = list(wb["Smelters"].iter_rows(values_only=True))
    suppliers = list(wb["Suppliers"].iter_rows(values_only=True))
    wb.close()
    assert smelters[0][-1] == "Reported by"
    assert len(smelters) > 10 and all(row[-1] for row in smelters[1:])
    assert len(suppliers) == 1 + 7
    assert "consolidated smelter(s)" in printed and f"Wrote {out}" in printed


def test_a_folder_stands_for_its_workbooks(inbox: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["rollup", str(inbox)]) == 0
    assert "2 file(s) read, 5 unreadable" in capsys.readouterr().out


def test_nothing_readable_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], filled_dir: Path
):
    bad = broken_files(tmp_path / "bad", filled_dir / "CMRT_6.4_SK_specialty.xlsx")
    out = tmp_path / "consolidated.xlsx"
    assert main(["rollup", *map(str, bad), "-o", str(out)]) == 2
    assert not out.exists()
    captured = capsys.readouterr()
    assert "0 file(s) read, 5 unreadable" in captured.out
    assert "no file could be read" in captured.err

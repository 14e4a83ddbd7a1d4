"""A roll-up with one hostile file (ESC, NUL, C1, a lone surrogate in its text) still reads the
others and saves the consolidated workbook; the Suppliers sheet names files, not local paths."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest
from rollup_inputs import JX, SK

from forms.rollup import rollup, write_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
from hostile_text import hostile_workbook, unescaped


def test_one_hostile_file_does_not_stop_the_rollup_or_its_workbook(
    filled_dir: Path, tmp_path: Path
) -> None:
    inbox = tmp_path / "private folder of a user"
    inbox.mkdir()
    bad = hostile_workbook(filled_dir / JX, inbox / "hostile.xlsx")
    missing = inbox / "gone.xlsx"
    result = rollup([bad, missing, filled_dir / SK])
    assert [s.status for s in result.suppliers] == ["ok", "unreadable", "ok"]
    out = tmp_path / "consolidated.xlsx"
    write_workbook(result, out)
    wb = openpyxl.load_workbook(out, read_only=True)
    suppliers = list(wb["Suppliers"].iter_rows(values_only=True))
    smelters = list(wb["Smelters"].iter_rows(values_only=True))
    wb.close()
    assert [row[0] for row in suppliers[1:]] == ["hostile.xlsx", "gone.xlsx", SK]
    text = " ".join(str(v) for row in suppliers + smelters for v in row if v is not None)
    assert str(inbox) not in text and str(filled_dir) not in text
    assert "Evil" in text
    assert unescaped(text.replace("\u202e", "")) == []  # XML cannot hold them; RLO it can
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("name", ['=HYPERLINK("http://x")', "tab\tand\nnew line"])
def test_ordinary_odd_text_is_kept(filled_dir: Path, tmp_path: Path, name: str) -> None:
    book = hostile_workbook(filled_dir / JX, tmp_path / "odd.xlsx", name.encode())
    result = rollup([book])
    out = tmp_path / "c.xlsx"
    write_workbook(result, out)
    wb = openpyxl.load_workbook(out, read_only=True)
    companies = [row[5] for row in wb["Suppliers"].iter_rows(min_row=2, values_only=True)]
    wb.close()
    assert companies == [result.suppliers[0].company_name]

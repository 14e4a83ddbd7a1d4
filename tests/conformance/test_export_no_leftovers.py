"""An export holds this declaration and nothing else (issue 14, 4): a one-smelter, one-product
declaration exported into filled workbooks (RMI's own filled CMRT 6.4 files, and a CMRT 6.31
template holding another declaration's answers and rows) comes out with exactly one smelter row
and one product row, read with openpyxl and with the reader, and RMI's Checker recalculated by
LibreOffice agrees with `checker_remaining`."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import openpyxl
import pytest

from forms import templates
from forms.declaration import Declaration, Product, Smelter, new_declaration
from forms.rules import checker_remaining
from forms.workbook import reader
from forms.workbook.writer import export_official
from tests.conformance import recalc
from tests.conftest import TEMPLATE_FILES

pytestmark = [pytest.mark.conformance, pytest.mark.shared, pytest.mark.timeout(900)]


def one_row_declaration(family: str, version: str) -> Declaration:
    decl = new_declaration(templates.get(family, version))
    decl.company.name = "Only Row Components Ltd"
    decl.company.effective_date = "2026-01-31"
    for per in decl.answers.values():
        for ans in per.values():
            ans.answer = "Yes"
    decl.smelters = [
        Smelter(
            metal="Tin",
            lookup_name="Smelter not listed",
            name="Only Smelter",
            country="CHINA",
            comments="the one row",
        )
    ]
    decl.products = [Product(number="ONLY-1", name="Only product")]
    return decl


def other_declaration() -> Declaration:
    """What a previous user left in the 6.31 workbook: answers, 30 smelters, 4 products."""
    decl = one_row_declaration("CMRT", "6.31")
    decl.company.name = "Somebody Else Inc"
    for per in decl.answers.values():
        for ans in per.values():
            ans.answer, ans.comment = "No", "left over"
    decl.smelters = [
        Smelter(
            metal=("Tin", "Gold", "Tantalum")[i % 3],
            lookup_name="Smelter not listed",
            name=f"Leftover smelter {i}",
            country="BRAZIL",
            smelter_id=f"CID{i:06d}",
            comments="not ours",
        )
        for i in range(30)
    ]
    decl.products = [Product(number=f"OLD-{i}", name=f"Old product {i}") for i in range(4)]
    return decl


def _rows_with_values(path: Path, sheet: str, columns: list[str], first: int, last: int) -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb[sheet]
    rows = 0
    for r in range(first, ws.max_row + 1):
        if r == last + 1:  # the template's footer line
            continue
        if any(str(ws[f"{c}{r}"].value or "").strip() for c in columns):
            rows += 1
    wb.close()
    return rows


def test_exports_into_filled_workbooks_hold_only_this_declaration(
    tmp_path: Path, shared_dir: Path, templates_dir: Path, soffice: str
) -> None:
    targets: list[tuple[Path, Declaration]] = []
    for filled in sorted((shared_dir / "fixtures" / "filled").glob("*.xlsx")):
        source = reader.read_file(filled)
        assert len(source.declaration.smelters) > 1  # really filled
        decl = one_row_declaration(source.declaration.family, source.declaration.version)
        out = tmp_path / f"into-{filled.stem}.xlsx"
        export_official(decl, filled, out)
        targets.append((out, decl))
    leftover = tmp_path / "cmrt-6.31-with-leftovers.xlsx"
    export_official(other_declaration(), templates_dir / TEMPLATE_FILES["CMRT-6.31"], leftover)
    assert len(reader.read_file(leftover).declaration.smelters) == 30
    decl = one_row_declaration("CMRT", "6.31")
    out = tmp_path / "into-6.31-leftovers.xlsx"
    export_official(decl, leftover, out)
    targets.append((out, decl))

    for out, decl in targets:
        tpl = decl.template
        back = reader.read_file(out).declaration
        assert [s.name for s in back.smelters] == ["Only Smelter"], out.name
        assert [p.number for p in back.products] == ["ONLY-1"], out.name
        assert back.company.name == "Only Row Components Ltd"
        assert all(a.comment is None for per in back.answers.values() for a in per.values())
        for ls in (tpl.smelter_list, tpl.product_list):
            letters = [c.letter for c in ls.columns]
            count = _rows_with_values(out, ls.sheet, letters, ls.first_row, ls.last_row)
            assert count == 1, f"{out.name}: {ls.sheet} has {count} rows"

    work = tmp_path / "recalc"
    shutil.rmtree(work, ignore_errors=True)
    got = recalc.checker_remaining(soffice, work, [out for out, _ in targets])
    for out, decl in targets:
        assert got[out] == checker_remaining(decl), out.name

"""The two filled CMRT 6.4 files read exactly: every field compared with openpyxl's cached
values, read independently cell by cell.

The expected side applies the documented normalisation (declaration-json.md) to openpyxl's
values: strip, empty → None, dates → ISO, integral numbers without ".0", numeric 1 → "100%" for
the survey question, zeros hidden (the sheets set showZeros="0", so Excel shows them blank) and
Excel's `_xHHHH_` escapes decoded.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from forms.templates import get
from forms.workbook import reader

FILES = ["CMRT_6.4_JX_Advanced_Metals.xlsx", "CMRT_6.4_SK_specialty.xlsx"]
TPL = get("CMRT", "6.4")


def norm(value: Any, hide_zero: bool = True) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        if hide_zero and value == 0:
            return None
        if float(value).is_integer():
            return str(int(value))
        return str(value)
    text = re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), str(value))
    return text.strip() or None


@pytest.fixture(scope="module", params=FILES)
def pair(request: pytest.FixtureRequest, shared_dir: Path) -> tuple[reader.ReadResult, Any]:
    path = shared_dir / "fixtures" / "filled" / request.param
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheets = {
        name: {
            (c.row, c.column_letter): c.value
            for row in wb[name].iter_rows(max_col=17)
            for c in row
            if getattr(c, "value", None) is not None
        }
        for name in ("Declaration", "Smelter List", "Product List")
    }
    wb.close()
    return reader.read_file(path), sheets


def cell(sheets: Any, sheet: str, ref: str) -> Any:
    col = ref.rstrip("0123456789")
    return sheets[sheet].get((int(ref[len(col) :]), col))


def test_template_and_file_findings(pair: Any) -> None:
    result, _ = pair
    assert result.template.key == "CMRT-6.4"
    assert result.language == "English"
    assert not result.is_blank
    assert result.findings == []


def test_company_fields(pair: Any) -> None:
    result, sheets = pair
    for f in TPL.company_fields:
        expected = norm(cell(sheets, "Declaration", f.cell))
        assert getattr(result.declaration.company, f.key) == expected, f.key
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", result.declaration.company.effective_date or "")


def test_every_answer_and_comment(pair: Any) -> None:
    result, sheets = pair
    decl = result.declaration
    assert decl.minerals_in_scope == list(TPL.minerals)
    checked = 0
    for index, mineral in enumerate(TPL.minerals):
        for q in TPL.questions:
            row = TPL.answer_row(q.number, index)
            raw = cell(sheets, "Declaration", f"D{row}")
            expected = "100%" if raw == 1 and q.number == "6" else norm(raw)
            assert decl.answer(mineral, q.number) == expected, (mineral, q.number)
            comment = norm(cell(sheets, "Declaration", f"G{row}"))
            assert decl.answers[mineral][q.number].comment == comment
            checked += 1
    for cq in TPL.company_questions:
        a = decl.company_answer(cq.letter)
        assert a.answer == norm(cell(sheets, "Declaration", f"D{cq.row}")), cq.letter
        assert a.comment == norm(cell(sheets, "Declaration", f"G{cq.row}")), cq.letter
    assert checked == 32


def _rows(sheets: Any, sheet: str, first: int, last: int, cols: dict[str, str]) -> list[Any]:
    rows = []
    for r in range(first, last + 1):
        row = {key: norm(sheets[sheet].get((r, letter))) for letter, key in cols.items()}
        if any(v is not None for v in row.values()):
            rows.append(row)
    return rows


def test_every_smelter_row(pair: Any) -> None:
    result, sheets = pair
    ls = TPL.smelter_list
    cols = {c.letter: c.key for c in ls.columns}
    expected = _rows(sheets, ls.sheet, ls.first_row, ls.last_row, cols)
    got = [{k: getattr(s, k) for k in cols.values()} for s in result.declaration.smelters]
    assert got == expected
    assert len(got) > 0


def test_every_product_row(pair: Any) -> None:
    result, sheets = pair
    ls = TPL.product_list
    cols = {c.letter: c.key for c in ls.columns}
    expected = _rows(sheets, ls.sheet, ls.first_row, ls.last_row, cols)
    got = [{k: getattr(p, k) for k in cols.values()} for p in result.declaration.products]
    assert got == expected
    assert len(got) > 0

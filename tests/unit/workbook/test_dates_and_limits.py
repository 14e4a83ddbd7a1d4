"""Dates and Excel's limits (issue 20, 8 and 9): every ambiguous day/month text date flagged, a
1904-dated workbook's large serial read without "damaged", dates Excel cannot hold never written
as a negative serial, cells over 32,767 characters never written, NaN never written."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from forms import templates
from forms.declaration import new_declaration
from forms.workbook import reader
from forms.workbook.writer import ExportError, export_layout, export_official
from forms.workbook.xmlpatch import PatchError, cell_xml
from tests.unit.workbook.test_hostile import DECLARATION, _workbook, make_xlsx


def _with_date(tmp_path: Path, cell_xml_text: str, date1904: bool = False) -> Path:
    sheet = DECLARATION.replace("</sheetData>", f'<row r="22">{cell_xml_text}</row></sheetData>')
    parts = {"xl/worksheets/sheet1.xml": sheet}
    if date1904:
        wb = _workbook(["Declaration", "Smelter List", "Product List"])
        parts["xl/workbook.xml"] = wb.replace("<sheets>", '<workbookPr date1904="1"/><sheets>')
    return make_xlsx(tmp_path / "dated.xlsx", parts=parts)


def _text(value: str) -> str:
    return f'<c r="D22" t="inlineStr"><is><t>{value}</t></is></c>'


@pytest.mark.parametrize(
    ("typed", "read_as", "code"),
    [
        ("03/04/2025", "2025-03-04", "FILE-AMBIGUOUS-DATE"),
        ("04/03/2025", "2025-04-03", "FILE-AMBIGUOUS-DATE"),
        ("03.04.2025", "2025-04-03", "FILE-AMBIGUOUS-DATE"),
        ("03-04-2025", "2025-03-04", "FILE-AMBIGUOUS-DATE"),
        ("05/05/2025", "2025-05-05", None),
        ("08/31/2025", "2025-08-31", None),
        ("31/08/2025", "2025-08-31", None),
        ("31-Aug-2025", "2025-08-31", None),
        ("01-Jan-0001", "01-Jan-0001", "FILE-DATE-OUT-OF-RANGE"),
        ("soon", "soon", "FILE-RAW-VALUE"),
    ],
)
def test_text_dates(tmp_path: Path, typed: str, read_as: str, code: str | None) -> None:
    result = reader.read_file(_with_date(tmp_path, _text(typed)))
    assert result.declaration.company.effective_date == read_as
    codes = [(f.code, f.cell) for f in result.findings]
    assert codes == ([(code, "D22")] if code else [])


def test_a_1904_workbook_reads_its_serials_and_a_huge_one_is_not_damage(tmp_path: Path) -> None:
    ok = reader.read_file(_with_date(tmp_path, '<c r="D22"><v>44000</v></c>', date1904=True))
    assert ok.declaration.company.effective_date == "2024-06-19"
    huge = reader.read_file(_with_date(tmp_path, '<c r="D22"><v>2958000</v></c>', date1904=True))
    assert huge.declaration.company.effective_date == "2958000"
    assert [f.code for f in huge.findings] == ["FILE-DATE-OUT-OF-RANGE"]


@pytest.fixture
def template(templates_dir: Path) -> Path:
    return templates_dir / "RMI_CMRT_6.5.xlsx"


def _cell(path: Path, ref: str) -> str:
    from forms.workbook.templatefile import open_template

    with zipfile.ZipFile(path) as zf:
        part = open_template(zf).sheets["Declaration"]
        xml = zf.read(part).decode()
    start = xml.index(f'<c r="{ref}"')
    return xml[start : xml.index("</c>", start) + 4]


def test_year_one_is_written_as_text_with_a_finding(tmp_path: Path, template: Path) -> None:
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.company.effective_date = "0001-01-01"
    for export in (
        lambda: export_official(decl, template, tmp_path / "o.xlsx"),
        lambda: export_layout(decl, tmp_path / "l.xlsx"),
    ):
        result = export()
        assert [(f.code, f.cell) for f in result.findings] == [("EXPORT-DATE-NOT-EXCEL", "D22")]
        back = reader.read_file(result.path)
        assert back.declaration.company.effective_date == "0001-01-01"
    assert "-693593" not in _cell(tmp_path / "o.xlsx", "D22")
    assert "0001-01-01" in _cell(tmp_path / "o.xlsx", "D22")


def test_a_cell_over_excels_limit_is_never_written(tmp_path: Path, template: Path) -> None:
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.company.address = "x" * 40_000
    for export in (export_layout, lambda d, out: export_official(d, template, out)):
        with pytest.raises(ExportError) as err:
            export(decl, tmp_path / "long.xlsx")
        assert "Declaration!D14" in str(err.value) and "32,767" in str(err.value)
        assert not (tmp_path / "long.xlsx").exists()


def test_reading_a_cell_over_excels_limit_flags_it(tmp_path: Path) -> None:
    sheet = DECLARATION.replace(
        "</sheetData>",
        '<row r="14"><c r="D14" t="inlineStr"><is><t>' + "y" * 40_000 + "</t></is></c></row>"
        "</sheetData>",
    )
    result = reader.read_file(
        make_xlsx(tmp_path / "l.xlsx", parts={"xl/worksheets/sheet1.xml": sheet})
    )
    assert [(f.code, f.cell) for f in result.findings] == [("FILE-TEXT-TOO-LONG", "D14")]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_nan_is_never_written(value: float) -> None:
    with pytest.raises(PatchError):
        cell_xml("D8", None, value)

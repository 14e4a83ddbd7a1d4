"""Hostile shapes that made the reader take quadratic time or a full lxml tree (issue 20, 1–2):
unclosed `<t>`, `<rPh`, `<c>`, `<v>`, `<is>` by the hundred thousand, and parts written with a
namespace prefix. Each file is read in a child process bounded in CPU time and peak RSS; the
sizes are such that quadratic scanning or a full tree would blow either bound many times over."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.unit.workbook.bounded import read_in_child
from tests.unit.workbook.test_hostile import DECLARATION, NS, R_NS, SST, _workbook, make_xlsx

NAMED_DECLARATION = DECLARATION.replace(
    "</sheetData>", '<row r="8"><c r="D8" t="s"><v>1</v></c></row></sheetData>'
)


def _sst_with(item: str) -> str:
    return SST.replace("</sst>", item + "</sst>")


def _smelter_sheet(body: str) -> str:
    return f'<worksheet xmlns="{NS}"><sheetData>{body}</sheetData></worksheet>'


def _stream(head: bytes, block: bytes, times: int, tail: bytes) -> Callable[..., None]:
    def write(zf: zipfile.ZipFile, name: str) -> None:
        with zf.open(name, "w", force_zip64=True) as fh:
            fh.write(head)
            for _ in range(times // 1000):
                fh.write(block * 1000)
            fh.write(tail)

    return write


SHAPES: dict[str, dict[str, str]] = {
    "sst-unclosed-t": {
        "xl/sharedStrings.xml": _sst_with("<si><t>Acme" + "<t>" * 200_000 + "</si>"),
        "xl/worksheets/sheet1.xml": NAMED_DECLARATION,
    },
    "sst-unclosed-rph": {
        "xl/sharedStrings.xml": _sst_with(
            "<si><t>Acme</t>" + '<rPh sb="0" eb="1"><t>x</t>' * 100_000 + "</si>"
        ),
        "xl/worksheets/sheet1.xml": NAMED_DECLARATION,
    },
    "sst-unclosed-si-t": {
        "xl/sharedStrings.xml": _sst_with("<si><t>A</t>" * 1 + "<si><t>" * 150_000),
        "xl/worksheets/sheet1.xml": NAMED_DECLARATION,
    },
    "sheet-bare-unclosed-c": {
        "xl/worksheets/sheet2.xml": _smelter_sheet('<row r="5">' + "<c>" * 100_000),
    },
    "sheet-unclosed-c-with-ref": {
        "xl/worksheets/sheet2.xml": _smelter_sheet(
            '<row r="5">' + '<c r="B5" t="inlineStr"><is><t>Tin</t></is>' * 80_000
        ),
    },
    "sheet-start-tags-without-end": {
        "xl/worksheets/sheet2.xml": _smelter_sheet('<row r="5">' + '<c r="B5" s="1"' * 150_000),
    },
    "sheet-unclosed-v": {
        "xl/worksheets/sheet2.xml": _smelter_sheet('<row r="5"><c r="B5">' + "<v>1" * 150_000),
    },
    "sheet-unclosed-is": {
        "xl/worksheets/sheet2.xml": _smelter_sheet(
            '<row r="5">' + '<c r="B5" t="inlineStr"><is><t>x' * 100_000
        ),
    },
    "sheet-unclosed-f": {
        "xl/worksheets/sheet2.xml": _smelter_sheet('<row r="5"><c r="B5">' + "<f>A1" * 150_000),
    },
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_unclosed_tags_read_in_bounded_time_and_memory(tmp_path: Path, shape: str) -> None:
    path = make_xlsx(tmp_path / f"{shape}.xlsx", parts=dict(SHAPES[shape]))
    assert path.stat().st_size < 200_000  # a tiny file
    run = read_in_child(path)
    run.within_bounds()
    assert run.outcome["kind"] in {"read", "corrupt"}, run.outcome


def test_an_unclosed_t_does_not_lose_the_closed_text_before_it(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "t.xlsx", parts=dict(SHAPES["sst-unclosed-rph"]))
    run = read_in_child(path)
    assert run.outcome["company"] == "Acme"


# --- namespace prefixes (issue 20, 2) --------------------------------------------------------

X_NS = f'xmlns:x="{NS}"'


def _prefixed_rows(first: int, count: int, padding: int) -> bytes:
    """Smelter rows with values in B and D and `padding` empty helper cells each."""
    rows = []
    for r in range(first, first + count):
        pad = "".join(f'<x:c r="{c}{r}" s="3"/>' for c in ("R", "S", "T", "U", "V")[:1]) * padding
        rows.append(
            f'<x:row r="{r}"><x:c r="B{r}" t="inlineStr"><x:is><x:t>Tin</x:t></x:is></x:c>'
            f'<x:c r="D{r}" t="inlineStr"><x:is><x:t>Smelter {r}</x:t></x:is></x:c>{pad}</x:row>'
        )
    return "".join(rows).encode()


def _big_prefixed_sheet(zf: zipfile.ZipFile, name: str) -> None:
    with zf.open(name, "w", force_zip64=True) as fh:
        fh.write(f"<x:worksheet {X_NS}><x:sheetData>".encode())
        fh.write(_prefixed_rows(5, 500, 0))
        for start in range(505, 2505, 100):
            fh.write(_prefixed_rows(start, 100, 600))
        fh.write(b"</x:sheetData></x:worksheet>")


def _prefixed_sheet_without_refs(zf: zipfile.ZipFile, name: str) -> None:
    with zf.open(name, "w", force_zip64=True) as fh:
        fh.write(f"<x:worksheet {X_NS}><x:sheetData>".encode())
        fh.write(b"<x:row/>" * 4)  # rows 1-4
        cell = b'<x:c t="inlineStr"><x:is><x:t>Tin</x:t></x:is></x:c>'
        for _ in range(2000):
            fh.write(b"<x:row>" + cell * 2 + b"<x:c/>" * 400 + b"</x:row>")
        fh.write(b"</x:sheetData></x:worksheet>")


def _prefixed_sst(zf: zipfile.ZipFile, name: str) -> None:
    with zf.open(name, "w", force_zip64=True) as fh:
        fh.write(f"<x:sst {X_NS}><x:si><x:t>Revision 6.5</x:t></x:si>".encode())
        fh.write(b"<x:si><x:t>Acme</x:t></x:si>")
        for _ in range(600):
            fh.write(b"<x:si><x:r><x:t>filler</x:t></x:r></x:si>" * 1000)
        fh.write(b"</x:sst>")


def _prefixed_workbook(zf: zipfile.ZipFile, name: str) -> None:
    sheets = ["Declaration", "Smelter List", "Product List"]
    wb = _workbook(sheets).replace("<workbook", "<x:workbook").replace("</workbook>", "")
    wb = wb.replace(f'xmlns="{NS}"', X_NS).replace("<sheets>", "<x:sheets>")
    wb = wb.replace("</sheets>", "</x:sheets>").replace("<sheet ", "<x:sheet ")
    with zf.open(name, "w", force_zip64=True) as fh:
        fh.write(wb.encode().replace(b"<x:sheets>", b'<x:workbookPr date1904="0"/><x:sheets>'))
        fh.write(b"<x:definedNames>")
        for _ in range(400):
            fh.write(b'<x:definedName name="n">Declaration!$A$1</x:definedName>' * 1000)
        fh.write(b"</x:definedNames></x:workbook>")


@pytest.mark.parametrize(
    ("part", "writer", "expect"),
    [
        ("xl/worksheets/sheet2.xml", _big_prefixed_sheet, 2500),
        ("xl/worksheets/sheet2.xml", _prefixed_sheet_without_refs, 2000),
        ("xl/sharedStrings.xml", _prefixed_sst, 0),
        ("xl/workbook.xml", _prefixed_workbook, 0),
    ],
    ids=["sheet", "sheet-without-refs", "shared-strings", "workbook"],
)
def test_prefixed_parts_stream_with_bounded_memory(
    tmp_path: Path, part: str, writer: Callable[..., None], expect: int
) -> None:
    parts = {"xl/worksheets/sheet1.xml": NAMED_DECLARATION}
    path = make_xlsx(tmp_path / "prefixed.xlsx", parts=parts, big=(part, writer))
    assert path.stat().st_size < 3_000_000
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo(part).file_size > 4_000_000
    run = read_in_child(path)
    run.within_bounds()
    assert run.outcome["kind"] == "read", run.outcome
    assert run.outcome["smelters"] == expect
    if part == "xl/sharedStrings.xml":
        assert run.outcome["company"] == "Acme"


def test_too_many_elements_in_a_prefixed_part_are_refused(tmp_path: Path) -> None:
    def flood(zf: zipfile.ZipFile, name: str) -> None:
        with zf.open(name, "w", force_zip64=True) as fh:
            fh.write(f"<x:worksheet {X_NS}><x:sheetData><x:row>".encode())
            for _ in range(4000):
                fh.write(b"<x:c/>" * 1000)
            fh.write(b"</x:row></x:sheetData></x:worksheet>")

    path = make_xlsx(tmp_path / "flood.xlsx", big=("xl/worksheets/sheet2.xml", flood))
    run = read_in_child(path)
    run.within_bounds()
    assert run.outcome["kind"] == "too-large", run.outcome


# --- the smaller ones (issue 20, 9) ------------------------------------------------------------


def test_rows_out_of_order_lose_no_values(tmp_path: Path) -> None:
    def row(r: int, name: str) -> str:
        return (
            f'<row r="{r}"><c r="B{r}" t="inlineStr"><is><t>Tin</t></is></c>'
            f'<c r="D{r}" t="inlineStr"><is><t>{name}</t></is></c></row>'
        )

    late_name = NAMED_DECLARATION.replace(
        '<row r="8"><c r="D8" t="s"><v>1</v></c></row>', ""
    ).replace("</sheetData>", '<row r="8"><c r="D8" t="inlineStr"><is><t>Acme</t></is></c></row>'
              '<row r="300"/><row r="7"/></sheetData>')  # fmt: skip
    sheet = _smelter_sheet(row(9, "Third") + row(5, "First") + row(7, "Second"))
    path = make_xlsx(
        tmp_path / "order.xlsx",
        parts={"xl/worksheets/sheet1.xml": late_name, "xl/worksheets/sheet2.xml": sheet},
    )
    from forms.workbook import reader

    result = reader.read_file(path)
    assert [s.name for s in result.declaration.smelters] == ["First", "Second", "Third"]
    assert result.declaration.company.name == "Acme"


@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
def test_devices_and_fifos_are_refused_quickly(tmp_path: Path, kind: str) -> None:
    import os

    if kind == "fifo":
        path = tmp_path / "pipe.xlsx"
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
        if not path.exists():
            pytest.skip("no /dev/zero here")
    run = read_in_child(path)
    run.within_bounds()
    assert run.outcome["kind"] == "io"
    assert "not a regular file" in str(run.outcome["message"])


def test_a_chartsheet_named_declaration_is_not_read_as_a_worksheet(tmp_path: Path) -> None:
    sheets = ["Declaration", "Smelter List", "Product List"]
    rels = (
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{R_NS}/chartsheet" Target="chartsheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{R_NS}/worksheet" Target="worksheets/sheet2.xml"/>'
        f'<Relationship Id="rId3" Type="{R_NS}/worksheet" Target="worksheets/sheet3.xml"/>'
        f'<Relationship Id="rIdS" Type="{R_NS}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>"
    )
    path = make_xlsx(
        tmp_path / "chart.xlsx",
        sheets=sheets,
        parts={
            "xl/_rels/workbook.xml.rels": rels,
            "xl/chartsheets/sheet1.xml": DECLARATION.replace("worksheet", "chartsheet"),
        },
    )
    from forms.workbook import reader

    with pytest.raises(reader.UnreadableWorkbook) as err:
        reader.read_file(path)
    assert err.value.kind == "not-a-template"
    assert "chartsheet" in str(err.value)


# --- the earlier hostile files, now measured by the kernel too ---------------------------------


def _million_rows(zf: zipfile.ZipFile, name: str) -> None:
    with zf.open(name, "w", force_zip64=True) as fh:
        fh.write(f'<worksheet xmlns="{NS}"><sheetData>'.encode())
        for start in range(5, 1_000_005, 10_000):
            fh.write(
                b"".join(
                    b'<row r="%d"><c r="D%d"><v>7</v></c></row>' % (r, r)
                    for r in range(start, start + 10_000)
                )
            )
        fh.write(b"</sheetData></worksheet>")


def _huge_string(zf: zipfile.ZipFile, name: str) -> None:
    with zf.open(name, "w", force_zip64=True) as fh:
        fh.write(f'<sst xmlns="{NS}"><si><t>'.encode())
        for _ in range(60):
            fh.write(b"A" * (1 << 20))
        fh.write(b"</t></si></sst>")


@pytest.mark.parametrize(
    ("part", "writer", "kind"),
    [
        ("xl/worksheets/sheet2.xml", _million_rows, "too-large"),
        ("xl/sharedStrings.xml", _huge_string, "too-large"),
    ],
    ids=["million-rows", "60-MB-string"],
)
def test_large_parts_are_bounded_in_rss(
    tmp_path: Path, part: str, writer: Callable[..., None], kind: str
) -> None:
    path = make_xlsx(tmp_path / "large.xlsx", big=(part, writer))
    run = read_in_child(path)
    run.within_bounds()
    assert run.outcome["kind"] == kind, run.outcome

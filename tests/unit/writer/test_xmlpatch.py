"""Cell patching in worksheet XML text: only the written cells change."""

from __future__ import annotations

import pytest
from lxml import etree

from forms.workbook.xmlpatch import PatchError, patch_sheet, xml_text

HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<cols><col min="4" max="4" width="9" style="7" customWidth="1"/></cols>'
)


def sheet(rows: str) -> bytes:
    return (HEAD + f"<sheetData>{rows}</sheetData><pageMargins/></worksheet>").encode()


def patched(rows: str, values: dict[str, object]) -> str:
    out = patch_sheet(sheet(rows), values)  # type: ignore[arg-type]
    etree.fromstring(out)  # still well-formed
    text = out.decode()
    return text[text.index("<sheetData>") + 11 : text.index("</sheetData>")]


def test_replaces_a_cell_keeping_its_style_and_every_other_byte() -> None:
    rows = (
        '<row r="1" spans="1:5"><c r="A1" s="3" t="s"><v>0</v></c>'
        '<c r="D1" s="9" t="s"><v>4</v></c></row>'
    )
    assert patched(rows, {"D1": "Acme"}) == (
        '<row r="1" spans="1:5"><c r="A1" s="3" t="s"><v>0</v></c>'
        '<c r="D1" s="9" t="inlineStr"><is><t>Acme</t></is></c></row>'
    )


def test_inserts_missing_cells_and_rows_in_order() -> None:
    rows = '<row r="2"><c r="B2"/><c r="F2"/></row><row r="9"><c r="A9"/></row>'
    out = patched(rows, {"D2": 5, "A2": "x", "H2": 1.5, "D5": "new", "D12": "last"})
    assert out == (
        '<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="B2"/>'
        '<c r="D2" s="7"><v>5</v></c><c r="F2"/><c r="H2"><v>1.5</v></c></row>'
        '<row r="5"><c r="D5" s="7" t="inlineStr"><is><t>new</t></is></c></row>'
        '<row r="9"><c r="A9"/></row>'
        '<row r="12"><c r="D12" s="7" t="inlineStr"><is><t>last</t></is></c></row>'
    )


def test_a_formula_is_replaced_by_the_value_and_never_written() -> None:
    rows = '<row r="5"><c r="B5" s="182" t="str"><f>IF(LEN(A5)=0,"",1)</f><v/></c></row>'
    out = patched(rows, {"B5": '=HYPERLINK("http://evil")'})
    assert "<f>" not in out
    assert out == (
        '<row r="5"><c r="B5" s="182" t="inlineStr"><is><t>=HYPERLINK("http://evil")'
        "</t></is></c></row>"
    )


def test_none_empties_a_filled_cell_and_leaves_blank_ones_alone() -> None:
    rows = '<row r="3"><c r="D3" s="2" t="s"><v>7</v></c><c r="E3" s="4"/></row>'
    assert patched(rows, {"D3": None, "E3": None, "F3": None}) == (
        '<row r="3"><c r="D3" s="2"/><c r="E3" s="4"/></row>'
    )


def test_row_style_is_used_for_new_cells_in_a_formatted_row() -> None:
    rows = '<row r="4" s="11" customFormat="1"/>'
    assert patched(rows, {"C4": "x"}) == (
        '<row r="4" s="11" customFormat="1">'
        '<c r="C4" s="11" t="inlineStr"><is><t>x</t></is></c></row>'
    )


def test_spans_grow_to_cover_new_cells() -> None:
    out = patched('<row r="1" spans="2:3"><c r="B1"/></row>', {"AB1": "x"})
    assert out.startswith('<row r="1" spans="2:28">')


def test_text_is_escaped_and_kept_verbatim() -> None:
    out = patched('<row r="1"/>', {"A1": " a & <b>\n_x0041_ \x01"})
    assert '<t xml:space="preserve"> a &amp; &lt;b&gt;\n_x005F_x0041_ _x0001_</t>' in out
    assert xml_text("plain") == "plain"


def test_refuses_to_overwrite_a_shared_formula_anchor() -> None:
    rows = '<row r="5"><c r="S5"><f t="shared" ref="S5:S9" si="0">B5</f><v/></c></row>'
    with pytest.raises(PatchError, match="S5"):
        patched(rows, {"S5": "x"})
    # A one-cell "range" is harmless.
    rows = '<row r="5"><c r="X5"><f t="shared" ref="X5" si="0">B5</f><v>0</v></c></row>'
    assert "<f" not in patched(rows, {"X5": "x"})


def test_no_values_leaves_the_bytes_as_they_were() -> None:
    data = sheet('<row r="1"><c r="A1"/></row>')
    assert patch_sheet(data, {}) is data
    assert patch_sheet(data, {"Z99": None}) == data

"""The export into official templates: what changes, what stays byte for byte, what is refused."""

from __future__ import annotations

import hashlib
import re
import warnings
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from forms import templates
from forms.declaration import Declaration, Product, Smelter, new_declaration
from forms.workbook.writer import ExportError, export_official, suggested_file_name
from tests.conftest import TEMPLATE_FILES

pytestmark = pytest.mark.shared

SHEET_PARTS = {"Declaration", "Smelter List", "Product List", "Mine List"}


def template_path(templates_dir: Path, key: str) -> Path:
    return templates_dir / TEMPLATE_FILES[key]


def decl_for(key: str) -> Declaration:
    d = new_declaration(templates.get(*key.split("-")))
    d.company.name = "=cmd|' /C calc'!A0"
    d.company.effective_date = "2026-02-03"
    return d


def sheet_xml(path: Path, sheet: str) -> str:
    with zipfile.ZipFile(path) as zf:
        wb = zf.read("xl/workbook.xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
        rid = re.search(rf'<sheet [^>]*name="{sheet}"[^>]*r:id="([^"]+)"', wb)
        assert rid
        target = re.search(
            rf'Id="{rid.group(1)}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{rid.group(1)}"',
            rels,
        )
        assert target
        return zf.read("xl/" + (target.group(1) or target.group(2))).decode()


def cell(xml: str, ref: str) -> str:
    m = re.search(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', xml, re.S)
    return m.group(0) if m else ""


@pytest.mark.parametrize("key", ["CMRT-6.5", "CRT-2.2", "EMRT-2.1"])
def test_untouched_parts_are_byte_identical_in_the_same_order(
    templates_dir: Path, tmp_path: Path, key: str
) -> None:
    src = template_path(templates_dir, key)
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    d = decl_for(key)
    d.smelters = [Smelter(metal=d.minerals_in_scope[0], lookup_name="Smelter not yet identified")]
    d.products = [Product(number="P-1")]
    out = export_official(d, src, tmp_path / "out.xlsx").path
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(out) as b:
        assert b.testzip() is None
        names_a = [i.filename for i in a.infolist() if i.filename != "xl/calcChain.xml"]
        assert [i.filename for i in b.infolist()] == names_a
        changed = {n for n in names_a if a.read(n) != b.read(n)}
    sheets = {sheet_part(out, s) for s in SHEET_PARTS if sheet_part(out, s)}
    allowed = {"xl/workbook.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels", *sheets}
    assert changed <= allowed
    assert "xl/workbook.xml" in changed


def sheet_part(path: Path, sheet: str) -> str | None:
    with zipfile.ZipFile(path) as zf:
        wb = zf.read("xl/workbook.xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet [^>]*name="{sheet}"[^>]*r:id="([^"]+)"', wb)
    if not rid:
        return None
    for rel in re.findall(r"<Relationship [^>]*>", rels):
        if f'Id="{rid.group(1)}"' in rel:
            target = re.search(r'Target="([^"]+)"', rel)
            assert target
            return "xl/" + target.group(1)
    return None


def test_recalculation_is_requested_and_the_calc_chain_is_gone(
    templates_dir: Path, tmp_path: Path
) -> None:
    out = export_official(
        decl_for("CMRT-6.5"), template_path(templates_dir, "CMRT-6.5"), tmp_path / "o.xlsx"
    ).path
    with zipfile.ZipFile(out) as zf:
        assert "xl/calcChain.xml" not in zf.namelist()
        assert b"calcChain" not in zf.read("[Content_Types].xml")
        assert b"calcChain" not in zf.read("xl/_rels/workbook.xml.rels")
        calc = re.search(rb"<calcPr[^>]*>", zf.read("xl/workbook.xml"))
        assert calc and b'fullCalcOnLoad="1"' in calc.group(0)


def test_declaration_cells_language_date_and_text(templates_dir: Path, tmp_path: Path) -> None:
    src = template_path(templates_dir, "CMRT-6.22")
    d = decl_for("CMRT-6.22")
    d.answers["Tin"]["6"].answer = "100%"
    out = export_official(d, src, tmp_path / "o.xlsx").path
    xml, orig = sheet_xml(out, "Declaration"), sheet_xml(src, "Declaration")
    assert "<f" not in cell(xml, "D8") and 't="inlineStr"' in cell(xml, "D8")
    assert "English" in cell(xml, "D3")
    serial = (date(2026, 2, 3) - date(1899, 12, 30)).days
    style = re.search(r's="\d+"', cell(orig, "D22"))
    assert style
    assert cell(xml, "D22") == f'<c r="D22" {style.group(0)}><v>{serial}</v></c>'
    assert cell(xml, "D57").endswith("><v>1</v></c>")  # numeric 100% before CMRT 6.31


def test_hundred_percent_is_text_from_631(templates_dir: Path, tmp_path: Path) -> None:
    d = decl_for("CMRT-6.5")
    d.answers["Tin"]["1"].answer = d.answers["Tin"]["2"].answer = "Yes"
    d.answers["Tin"]["6"].answer = "100%"
    out = export_official(d, template_path(templates_dir, "CMRT-6.5"), tmp_path / "o.xlsx").path
    assert "<t>100%</t>" in cell(sheet_xml(out, "Declaration"), "D57")


def test_gating_leaves_skipped_answers_blank_from_631(templates_dir: Path, tmp_path: Path) -> None:
    d = decl_for("CMRT-6.31")
    d.answers["Tantalum"]["1"].answer = "No"
    d.answers["Tantalum"]["2"].answer = "Yes"
    d.answers["Tin"]["1"].answer = "Yes"
    d.answers["Tin"]["2"].answer = "No"
    d.answers["Tin"]["3"].answer = "Yes"
    d.answers["Gold"]["1"].answer = d.answers["Gold"]["2"].answer = "Yes"
    d.answers["Gold"]["3"].answer = "Unknown"
    out = export_official(d, template_path(templates_dir, "CMRT-6.31"), tmp_path / "o.xlsx")
    xml = sheet_xml(out.path, "Declaration")
    assert "<v>" not in cell(xml, "D32") and "<is>" not in cell(xml, "D32")  # Ta Q2
    assert "<is>" not in cell(xml, "D39")  # Sn Q3
    assert "Unknown" in cell(xml, "D40")  # Au Q3
    # The 6.31 copy carries leftover test answers: they are cleared, not kept.
    assert "<v>" not in cell(xml, "D38") and "<is>" not in cell(xml, "D38")


def test_emrt2_mineral_slots_and_alphabetical_rows(templates_dir: Path, tmp_path: Path) -> None:
    d = decl_for("EMRT-2.1")
    d.minerals_in_scope = ["Mica", "Graphite"]
    d.ensure_shape()
    d.answers["Graphite"]["1"].answer = "Yes"
    d.answers["Mica"]["1"].answer = "No"
    out = export_official(d, template_path(templates_dir, "EMRT-2.1"), tmp_path / "o.xlsx").path
    xml = sheet_xml(out, "Declaration")
    assert "(Delete Cobalt)" in cell(xml, "D12") and "Graphite" in cell(xml, "G12")
    assert "Mica" in cell(xml, "E13") and "(Delete Nickel)" in cell(xml, "G13")
    assert "Yes" in cell(xml, "D30") and "No" in cell(xml, "D31")  # Graphite, then Mica


def test_crt_keeps_its_prefilled_hidden_answers(templates_dir: Path, tmp_path: Path) -> None:
    src = template_path(templates_dir, "CRT-2.2")
    out = export_official(decl_for("CRT-2.2"), src, tmp_path / "o.xlsx").path
    xml, orig = sheet_xml(out, "Declaration"), sheet_xml(src, "Declaration")
    for ref, _ in templates.get("CRT", "2.2").prefilled:
        assert cell(xml, ref) == cell(orig, ref) != ""


def test_smelter_rows_get_literal_values_and_keep_hidden_helpers(
    templates_dir: Path, tmp_path: Path
) -> None:
    d = decl_for("CMRT-6.5")
    d.smelters = [
        Smelter(metal="Tin", lookup_name="Smelter not listed", name="+Foo", country="CHINA")
    ]
    src = template_path(templates_dir, "CMRT-6.5")
    out = export_official(d, src, tmp_path / "o.xlsx").path
    xml, orig = sheet_xml(out, "Smelter List"), sheet_xml(src, "Smelter List")
    assert cell(xml, "B5") == '<c r="B5" s="182" t="inlineStr"><is><t>Tin</t></is></c>'
    assert "+Foo" in cell(xml, "D5") and "CHINA" in cell(xml, "E5")
    assert cell(xml, "F5") == '<c r="F5" s="182"/>'  # no value: the formula goes too
    for ref in ("R5", "S5", "V5", "X5", "AB5", "B6", "E6"):
        assert cell(xml, ref) == cell(orig, ref)


def test_refuses_another_template_version(templates_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"CMRT 6\.4 template.*CMRT 6\.5"):
        export_official(
            decl_for("CMRT-6.5"), template_path(templates_dir, "CMRT-6.4"), tmp_path / "o.xlsx"
        )
    assert not (tmp_path / "o.xlsx").exists()


def test_no_file_is_left_when_the_export_fails(templates_dir: Path, tmp_path: Path) -> None:
    d = decl_for("CMRT-6.5")
    d.smelters = [Smelter(metal="Tin")] * 3000
    with pytest.raises(ExportError, match="Smelter List holds 2500"):
        export_official(d, template_path(templates_dir, "CMRT-6.5"), tmp_path / "o.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_refuses_files_that_are_not_templates(tmp_path: Path, templates_dir: Path) -> None:
    bogus = tmp_path / "x.xlsx"
    bogus.write_bytes(b"not a zip")
    with pytest.raises(ExportError, match="not a usable official template"):
        export_official(decl_for("CMRT-6.5"), bogus, tmp_path / "o.xlsx")
    with pytest.raises(ExportError, match="does not exist"):
        export_official(decl_for("CMRT-6.5"), tmp_path / "none.xlsx", tmp_path / "o.xlsx")
    src = template_path(templates_dir, "CMRT-6.5")
    with pytest.raises(ExportError, match="must not be the template"):
        export_official(decl_for("CMRT-6.5"), src, src)


# openpyxl takes seconds per load of these workbooks: one version is enough for it.
@pytest.mark.parametrize("key", ["CMRT-6.5"])
def test_opens_in_openpyxl_and_calamine_without_new_warnings(
    templates_dir: Path, tmp_path: Path, key: str
) -> None:
    from python_calamine import CalamineWorkbook

    src = template_path(templates_dir, key)
    d = decl_for(key)
    d.smelters = [Smelter(metal=d.minerals_in_scope[0], lookup_name="Smelter not listed")]
    out = export_official(d, src, tmp_path / "o.xlsx").path

    def load(path: Path) -> tuple[set[str], openpyxl.Workbook]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            wb = openpyxl.load_workbook(path)
        return {str(w.message) for w in caught}, wb

    (template_warnings, _), (export_warnings, wb) = load(src), load(out)
    assert export_warnings <= template_warnings
    assert wb["Declaration"]["D8"].value == "=cmd|' /C calc'!A0"
    assert wb["Declaration"]["D8"].data_type == "s"
    cw = CalamineWorkbook.from_path(str(out))
    rows = cw.get_sheet_by_name("Declaration").to_python()
    assert any("=cmd|' /C calc'!A0" in row for row in rows)


@pytest.mark.parametrize("key", ["CRT-2.2", "EMRT-1.3", "EMRT-2.0", "EMRT-2.1"])
def test_opens_in_calamine(templates_dir: Path, tmp_path: Path, key: str) -> None:
    from python_calamine import CalamineWorkbook

    template = template_path(templates_dir, key)
    out = export_official(decl_for(key), template, tmp_path / "o.xlsx")
    cw = CalamineWorkbook.from_path(str(out.path))
    assert cw.sheet_names == CalamineWorkbook.from_path(str(template)).sheet_names
    sheets = {name: cw.get_sheet_by_name(name).to_python() for name in cw.sheet_names}
    assert all(isinstance(rows, list) for rows in sheets.values())
    # What was written reads back through a second, independent reader.
    declaration = [v for row in sheets["Declaration"] for v in row]
    assert "=cmd|' /C calc'!A0" in declaration


def test_suggested_file_name() -> None:
    d = decl_for("CMRT-6.5")
    d.company.name = 'Acme/Components: "Ltd"'
    assert suggested_file_name(d, date(2026, 3, 1)) == "Acme Components Ltd-2026-03-01.xlsx"
    d.company.name = None
    assert suggested_file_name(d, date(2026, 3, 1)) == "declaration-2026-03-01.xlsx"

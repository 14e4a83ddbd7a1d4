"""The quick patcher gives the general patcher's bytes on every official template, for full
declarations, cleared leftovers and emptied cells, and falls back where it must."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from forms import templates
from forms.declaration import Product, Smelter, new_declaration
from forms.workbook import rowpatch, xmlpatch
from forms.workbook.placement import placement
from forms.workbook.templatefile import open_template
from forms.workbook.xmlpatch import CLEAR
from tests.conftest import TEMPLATE_FILES

pytestmark = pytest.mark.shared


def _declaration(key: str):  # type: ignore[no-untyped-def]
    family, version = key.split("-")
    decl = new_declaration(templates.get(family, version))
    decl.company.name = "Acme & <Sons>"
    decl.company.effective_date = "2026-01-31"
    decl.smelters = [
        Smelter(metal="Tin", lookup_name="Smelter not listed", name=f"S{i}", country="CHINA")
        for i in range(40)
    ]
    decl.products = [Product(number=f"P{i}", name="Cable") for i in range(7)]
    return decl


@pytest.mark.parametrize("key", sorted(TEMPLATE_FILES))
def test_quick_and_general_patchers_agree(templates_dir: Path, key: str) -> None:
    decl = _declaration(key)
    with zipfile.ZipFile(templates_dir / TEMPLATE_FILES[key]) as zf:
        pkg = open_template(zf)
        for sheet, values in placement(decl).items():
            xml = zf.read(pkg.sheets[sheet])
            patch: dict[str, xmlpatch.PatchValue] = dict(values)
            if sheet == decl.template.smelter_list.sheet:
                first = decl.template.smelter_list.first_row
                patch.update({f"{c}{first + 100}": CLEAR for c in "ABCDQ"})
            assert rowpatch.patch_sheet(xml, patch) == xmlpatch.patch_sheet(xml, patch), sheet


def test_the_quick_patcher_falls_back_for_cells_and_rows_to_create() -> None:
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    xml = (
        f'<worksheet xmlns="{ns}"><sheetData><row r="2" spans="1:2"><c r="A2" s="1"/></row>'
        '<row r="4"/></sheetData></worksheet>'
    ).encode()
    values: dict[str, xmlpatch.PatchValue] = {"B2": "x", "A3": 1, "A4": "y", "C9": "z"}
    assert rowpatch._fast(xml, {2: {2: ("B2", "x")}}) is None
    assert rowpatch.patch_sheet(xml, values) == xmlpatch.patch_sheet(xml, values)


def test_a_template_changed_in_place_is_analysed_again(tmp_path: Path, templates_dir: Path) -> None:
    """The writer remembers what it learnt about a template file only while it is unchanged:
    a workbook overwritten with another declaration's rows gets those rows cleared."""
    import shutil

    from forms.workbook import reader
    from forms.workbook.writer import export_official

    target = tmp_path / "template.xlsx"
    shutil.copy(templates_dir / TEMPLATE_FILES["CMRT-6.5"], target)
    one = _declaration("CMRT-6.5")
    one.smelters = one.smelters[:1]
    export_official(one, target, tmp_path / "first.xlsx")  # the blank template, remembered
    export_official(_declaration("CMRT-6.5"), target, tmp_path / "filled.xlsx")
    shutil.copy(tmp_path / "filled.xlsx", target)  # same path (and inode), new content
    export_official(one, target, tmp_path / "second.xlsx")
    assert len(reader.read_file(tmp_path / "second.xlsx").declaration.smelters) == 1

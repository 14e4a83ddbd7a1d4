"""AMRT export into RMI's workbooks: minerals in their cells ("Other" with the name below it),
answers on the rows the template's sorting gives them, nothing left of the template's own
minerals or Minerals Scope rows, and the same declaration read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from forms import templates
from forms.declaration import Declaration, Product, Smelter, new_declaration
from forms.workbook import reader
from forms.workbook.writer import ExportError, export_official
from tests.conftest import AMRT_FILES

pytestmark = pytest.mark.shared
CELLS = ("D12", "E12", "G12", "H12", "I12", "D13", "E13", "G13", "H13", "I13")


def _decl(version: str, minerals: list[str]) -> Declaration:
    d = new_declaration(templates.get("AMRT", version))
    d.company.name = "Acme"
    d.minerals_in_scope = minerals
    d.ensure_shape()
    for i, mineral in enumerate(minerals):
        d.answers[mineral]["1"].answer = ("Yes", "No", "Unknown")[i % 3]
        d.answers[mineral]["2"].answer = "100%" if i % 2 else "Did not survey"
        d.answers[mineral]["1"].comment = f"about {mineral}"
    d.smelters = [Smelter(metal="Zinc", lookup_name="Some Smelter", country="CHINA")]
    d.products = [Product(number="P-1")]
    return d


def _export(tmp_path: Path, templates_dir: Path, d: Declaration) -> Path:
    out = tmp_path / f"amrt-{d.version}.xlsx"
    export_official(d, templates_dir / AMRT_FILES[f"AMRT-{d.version}"], out)
    return out


def test_1_3_writes_options_and_other_names(tmp_path: Path, templates_dir: Path) -> None:
    d = _decl("1.3", ["Zinc", "Gallium", "rare earth elements"])
    ws = load_workbook(_export(tmp_path, templates_dir, d))["Declaration"]
    assert [ws[c].value for c in CELLS[:3]] == [
        "Zinc",
        "Other [specify below]",
        "Rare Earth Elements",
    ]
    assert [ws[c].value for c in CELLS[3:]] == [None] * 7
    assert ws["E15"].value == "Gallium" and ws["D15"].value is None
    # Rows follow the template's alphabetical order: Gallium, rare earth elements, Zinc.
    assert [ws[f"G{r}"].value for r in (31, 32, 33, 34)] == [
        "about Gallium",
        "about rare earth elements",
        "about Zinc",
        None,
    ]
    assert ws["D43"].value == 1  # Gallium: "100%" is the number 1 in the AMRT


def test_1_2_replaces_the_prefilled_minerals(tmp_path: Path, templates_dir: Path) -> None:
    d = _decl("1.2", ["Zinc", "Bismuth"])
    wb = load_workbook(_export(tmp_path, templates_dir, d))
    ws = wb["Declaration"]
    assert [ws[c].value for c in CELLS] == ["Zinc", "Bismuth", *[None] * 8]
    assert [ws[f"D{r}"].value for r in (28, 29, 30)] == ["No", "Yes", None]  # Bismuth, Zinc
    assert all(c.value is None for row in wb["Minerals Scope"]["B8:C17"] for c in row)


@pytest.mark.parametrize("version", ["1.2", "1.3"])
def test_read_back(tmp_path: Path, templates_dir: Path, version: str) -> None:
    d = _decl(version, ["Zinc", "Gallium", "Silver"])
    back = reader.read_file(_export(tmp_path, templates_dir, d))
    assert back.template.key == f"AMRT-{version}"
    assert sorted(back.declaration.minerals_in_scope) == sorted(d.minerals_in_scope)
    assert back.declaration.answers == d.answers
    assert back.declaration.products == d.products
    assert [s.metal for s in back.declaration.smelters] == ["Zinc"]


def test_more_minerals_than_the_template_holds_are_refused(
    tmp_path: Path, templates_dir: Path
) -> None:
    names = [f"Mineral {chr(65 + i)}" for i in range(11)]
    with pytest.raises(ExportError, match="holds 10 minerals"):
        _export(tmp_path, templates_dir, _decl("1.3", names))
    assert not (tmp_path / "amrt-1.3.xlsx").exists()


@pytest.mark.parametrize("version", ["1.2", "1.3"])
def test_minerals_scope_reasons(tmp_path: Path, templates_dir: Path, version: str) -> None:
    d = _decl(version, ["Zinc", "Gallium", "Silver"])
    d.mineral_reasons["Zinc"].answer = "Galvanised housings"
    d.mineral_reasons["Gallium"].answer = "Customer request"
    out = _export(tmp_path, templates_dir, d)
    ws = load_workbook(out)["Minerals Scope"]
    rows = [(ws[f"B{r}"].value, ws[f"C{r}"].value) for r in range(8, 18)]
    assert rows == [
        ("Gallium", "Customer request"),
        ("Zinc", "Galvanised housings"),
        *[(None, None)] * 8,
    ]
    back = reader.read_file(out).declaration
    assert back.mineral_reasons == d.mineral_reasons


def test_emrt_and_amrt_of_the_same_revision_are_told_apart(templates_dir: Path) -> None:
    import zipfile

    from forms.workbook.templatefile import open_template

    for family in ("EMRT", "AMRT"):
        for version in ("1.2", "1.3"):
            with zipfile.ZipFile(templates_dir / f"RMI_{family}_{version}_zh.xlsx") as zf:
                assert open_template(zf).template.key == f"{family}-{version}"


def test_an_export_is_read_back_in_its_own_row_order(tmp_path: Path, templates_dir: Path) -> None:
    """The Chinese 1.2's cached labels are in Excel's order; an export (recalculated on load)
    must not be read with them."""
    blank = reader.read_file(templates_dir / "RMI_AMRT_1.2_zh.xlsx").declaration
    d = _decl("1.2", list(blank.minerals_in_scope))
    back = reader.read_file(_export(tmp_path, templates_dir, d)).declaration
    assert back.answers == d.answers

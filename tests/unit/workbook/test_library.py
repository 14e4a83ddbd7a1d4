"""The template library: blank official templates in, filled or foreign files refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from forms.workbook.library import TemplateLibrary
from forms.workbook.package import UnreadableWorkbook
from tests.conftest import TEMPLATE_FILES

# Smelter Look-up data rows per template (rmi-templates.md §9).
LOOKUP_ROWS = {"CMRT-6.5": 637, "CMRT-6.01": 587, "CRT-2.2": 90, "EMRT-2.1": 491, "EMRT-1.3": 187}


@pytest.mark.parametrize("key", sorted(TEMPLATE_FILES))
def test_every_official_template_is_accepted(tmp_path: Path, templates_dir: Path, key: str) -> None:
    lib = TemplateLibrary(tmp_path)
    entry = lib.add(templates_dir / TEMPLATE_FILES[key])
    family, version = key.split("-")
    assert (entry.family, entry.version) == (family, version)
    assert entry.path == tmp_path / "templates" / f"{entry.sha256}.xlsx"
    assert entry.path.read_bytes() == (templates_dir / TEMPLATE_FILES[key]).read_bytes()
    assert entry.original_name == TEMPLATE_FILES[key]
    assert entry.languages[0] == "English"
    if key in LOOKUP_ROWS:
        assert entry.smelter_count == LOOKUP_ROWS[key]
    assert lib.entries() == [entry]
    assert lib.find(family, version) == entry


def test_reference_data_of_cmrt_65(tmp_path: Path, templates_dir: Path) -> None:
    lib = TemplateLibrary(tmp_path)
    entry = lib.add(templates_dir / "RMI_CMRT_6.5.xlsx")
    assert entry.release_date == "2025-04-25"
    ref = lib.reference(entry)
    assert len(ref.lookup) == 637
    assert {r.metal for r in ref.lookup} == {"Gold", "Tantalum", "Tin", "Tungsten"}
    perth = [r for r in ref.lookup if r.cid == "CID002030"]
    assert len(perth) > 1 and len({r.standard_name for r in perth}) == 1
    assert len(ref.countries) == 249
    assert ref.countries[0].code == "AF" and ref.countries[0].name == "AFGHANISTAN"
    assert ref.languages[:2] == ["English", "中文 Chinese"]
    assert "Company Name" in ref.labels["DeclarationB8"]["English"]
    # the JSON cache round-trips to the same data
    (tmp_path / "templates" / f"{entry.sha256}.json").unlink()
    assert lib.reference(entry).lookup == ref.lookup


def test_library_lists_in_family_and_version_order(tmp_path: Path, templates_dir: Path) -> None:
    lib = TemplateLibrary(tmp_path)
    for name in ("RMI_EMRT_2.0.xlsx", "RMI_CMRT_6.5.xlsx", "RMI_CMRT_6.22_zh.xlsx"):
        lib.add(templates_dir / name)
    again = lib.add(templates_dir / "RMI_CMRT_6.5.xlsx")
    assert [(e.family, e.version) for e in lib.entries()] == [
        ("CMRT", "6.22"),
        ("CMRT", "6.5"),
        ("EMRT", "2.0"),
    ]
    assert again == lib.find("CMRT", "6.5")
    assert lib.find("CRT", "2.2") is None


def test_filled_declaration_is_refused(tmp_path: Path, shared_dir: Path) -> None:
    lib = TemplateLibrary(tmp_path)
    with pytest.raises(UnreadableWorkbook) as err:
        lib.add(shared_dir / "fixtures" / "filled" / "CMRT_6.4_SK_specialty.xlsx")
    assert err.value.kind == "not-blank"
    assert "filled declaration" in str(err.value)
    assert lib.entries() == []


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("fixtures/bad/jpeg_renamed.xls", "not-excel"),
        ("fixtures/legacy/CMRT_3.01_green.xlsx", "unsupported-version"),
    ],
)
def test_unknown_files_are_refused(tmp_path: Path, shared_dir: Path, name: str, kind: str) -> None:
    lib = TemplateLibrary(tmp_path)
    with pytest.raises(UnreadableWorkbook) as err:
        lib.add(shared_dir / name)
    assert err.value.kind == kind
    assert not (tmp_path / "templates").exists() or lib.entries() == []


@pytest.mark.parametrize("name", ["RMI_AMRT_1.2_zh.xlsx", "RMI_AMRT_1.3_zh.xlsx"])
def test_amrt_workbooks_are_added(tmp_path: Path, templates_dir: Path, name: str) -> None:
    lib = TemplateLibrary(tmp_path)
    lib.add(templates_dir / name)
    version = name.split("_")[2]
    assert lib.find("AMRT", version) is not None


def test_check_writes_nothing_and_store_keeps_what_it_accepted(
    tmp_path: Path, templates_dir: Path
) -> None:
    """The app checks in a worker and stores afterwards: a cancelled check leaves no trace."""
    lib = TemplateLibrary(tmp_path)
    checked = lib.check(templates_dir / "RMI_CMRT_6.5.xlsx")
    assert not lib.folder.exists() and lib.entries() == []
    entry = lib.store(checked)
    assert (entry.family, entry.version) == ("CMRT", "6.5") and lib.entries() == [entry]
    assert lib.check(templates_dir / "RMI_CMRT_6.5.xlsx").known == entry

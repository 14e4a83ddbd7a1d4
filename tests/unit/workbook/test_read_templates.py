"""Every official workbook reads as a declaration of its family and version; old and foreign
files are refused with the right kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from forms.workbook import reader
from tests.conftest import TEMPLATE_FILES

# RMI's own distributed CMRT 6.31 copy carries leftover test answers (spec §0).
_LEFTOVER_ANSWERS = {"CMRT-6.31"}


@pytest.mark.parametrize("key", sorted(TEMPLATE_FILES))
def test_official_template_reads_as_its_version(templates_dir: Path, key: str) -> None:
    result = reader.read_file(templates_dir / TEMPLATE_FILES[key])
    family, version = key.split("-")
    decl = result.declaration
    assert (decl.family, decl.version) == (family, version)
    assert result.version_in_file == version
    assert result.template.key == key
    assert result.findings == []
    assert decl.company.name is None
    assert decl.smelters == [] and decl.products == [] and decl.mines == []
    assert result.is_blank == (key not in _LEFTOVER_ANSWERS)
    assert result.language in result.template.languages
    assert decl.minerals_in_scope == sorted(decl.minerals_in_scope) or not (
        result.template.dynamic_minerals
    )


def test_leftover_answers_of_cmrt_631_are_read(templates_dir: Path) -> None:
    decl = reader.read_file(templates_dir / TEMPLATE_FILES["CMRT-6.31"]).declaration
    assert decl.company.scope == "A. Company"
    assert decl.answer("Tantalum", "2") == "Yes"
    assert decl.answer("Tantalum", "4") == "Unknown"
    assert decl.answer("Tantalum", "6") == "100%"
    assert decl.company_answer("A").answer == "Yes"


def test_prefilled_hidden_no_cells_are_not_answers(templates_dir: Path) -> None:
    crt = reader.read_file(templates_dir / TEMPLATE_FILES["CRT-2.2"]).declaration
    assert list(crt.answers) == ["Cobalt"]
    assert all(a.answer is None for a in crt.answers["Cobalt"].values())
    emrt = reader.read_file(templates_dir / TEMPLATE_FILES["EMRT-1.3"]).declaration
    assert list(emrt.answers) == ["Cobalt", "Mica"]
    assert "4" not in emrt.answers["Mica"]


def test_emrt2_selects_all_six_minerals_by_default(templates_dir: Path) -> None:
    decl = reader.read_file(templates_dir / TEMPLATE_FILES["EMRT-2.1"]).declaration
    assert decl.minerals_in_scope == ["Cobalt", "Copper", "Graphite", "Lithium", "Mica", "Nickel"]
    assert set(decl.company_answers_by_mineral["C"]) == set(decl.minerals_in_scope)


@pytest.mark.parametrize("version", ["1.2", "1.3"])
def test_amrt_is_read_as_its_version(templates_dir: Path, version: str) -> None:
    result = reader.read_file(templates_dir / f"RMI_AMRT_{version}_zh.xlsx")
    assert (result.template.family, result.version_in_file) == ("AMRT", version)
    assert result.template.version == version
    assert result.is_blank and result.findings == []


def test_amrt_1_2_rows_follow_the_files_own_sorting(templates_dir: Path) -> None:
    """The Chinese 1.2 ships seven minerals typed in Chinese; its cached labels give their
    answer rows, which no code-point sort reproduces."""
    decl = reader.read_file(templates_dir / "RMI_AMRT_1.2_zh.xlsx").declaration
    assert decl.minerals_in_scope == ["铝", "铬", "铜", "锂", "镍", "银", "锌"]


@pytest.mark.parametrize(
    ("name", "kind", "words"),
    [
        # Excel's default key: decrypted, and what is inside (a CMRT 2.03) is named.
        ("bad/encrypted_velvetsweatshop.xlsx", "unsupported-version", "CMRT 2.03"),
        ("bad/jpeg_renamed.xls", "not-excel", "JPEG image"),
        ("legacy/CMRT_2.03_validation_needed.xlsx", "unsupported-version", "CMRT 2.03"),
        ("legacy/CMRT_3.01_green.xlsx", "unsupported-version", "CMRT 3.01"),
        ("legacy/CMRT_3.01_high_risk.xlsx", "unsupported-version", "CMRT 3.01"),
    ],
)
def test_bad_and_legacy_files_are_refused(
    shared_dir: Path, name: str, kind: str, words: str
) -> None:
    with pytest.raises(reader.UnreadableWorkbook) as err:
        reader.read_file(shared_dir / "fixtures" / name)
    assert err.value.kind == kind
    message = str(err.value)
    assert words in message and "\n" not in message
    assert Path(name).name in message


def test_missing_file_is_an_unreadable_workbook(tmp_path: Path) -> None:
    with pytest.raises(reader.UnreadableWorkbook) as err:
        reader.read_file(tmp_path / "nope.xlsx")
    assert err.value.kind == "io"


def test_an_amrt_stamped_newer_than_any_known_is_read_with_the_newest_layout_it_matches(
    tmp_path: Path, templates_dir: Path
) -> None:
    """RMI's AMRT 1.3 with only its revision text changed to 1.32 (newer than 1.31.1). It is
    compared with every AMRT definition, newest first: 1.31.x has six more minerals in the
    mineral drop-down and no end to the effective date, so its structure is proven to be 1.3's."""
    import zipfile

    from forms import templates
    from forms.declaration import Smelter, new_declaration
    from forms.workbook.writer import export_official

    d = new_declaration(templates.get("AMRT", "1.3"))
    d.minerals_in_scope = ["Zinc", "Gallium"]
    d.ensure_shape()
    d.answers["Zinc"]["1"].answer = "Yes"
    d.smelters = [Smelter(metal="Zinc", lookup_name="Some Smelter", country="CHINA")]
    filled = tmp_path / "filled.xlsx"
    export_official(d, templates_dir / "RMI_AMRT_1.3_zh.xlsx", filled)
    stamped = tmp_path / "stamped.xlsx"
    with zipfile.ZipFile(filled) as src, zipfile.ZipFile(stamped, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/sharedStrings.xml":
                data = data.replace(b"Revision 1.3&#10;", b"Revision 1.32&#10;")
            dst.writestr(info, data)
    result = reader.read_file(stamped)
    assert result.version_in_file == "1.32"
    assert result.template.key == "AMRT-1.3"
    assert [f.code for f in result.findings] == ["FILE-NEWER-VERIFIED"]
    assert "AMRT 1.32 — layout of AMRT 1.3, verified" in result.findings[0].message
    assert result.declaration.answers == d.answers

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


def test_amrt_is_refused_naming_amrt(templates_dir: Path) -> None:
    with pytest.raises(reader.UnreadableWorkbook) as err:
        reader.read_file(templates_dir / "RMI_AMRT_1.3_zh.xlsx")
    assert err.value.kind == "unsupported-family"
    assert "AMRT 1.3" in str(err.value)


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

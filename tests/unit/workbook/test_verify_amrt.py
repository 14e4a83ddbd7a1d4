"""Verification of the AMRT family against RMI's own workbooks: every answer row of both
questions (all ten, whichever minerals fill them), the 1.3 mineral drop-down with "Other" and the
cells naming an "Other" mineral; 1.31.x is told from 1.3 by that drop-down and the date rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from forms import templates
from forms.workbook import verify
from forms.workbook.package import Package
from tests.conftest import AMRT_FILES
from tests.restamp import move_validation, restamp


def _facts(path: Path) -> verify.WorkbookFacts:
    return verify.read_facts(Package(path.read_bytes()))


@pytest.mark.parametrize("key", sorted(AMRT_FILES))
def test_every_rmi_amrt_workbook_matches_its_definition(templates_dir: Path, key: str) -> None:
    family, version = key.split("-")
    facts = _facts(templates_dir / AMRT_FILES[key])
    assert verify.differences(facts, templates.get(family, version)) == []
    assert verify.verify(facts, family, version).label == f"{family} {version}"


def test_the_amrt_13_input_cells_are_where_rmi_puts_its_validations() -> None:
    cells = dict(verify.input_cells(templates.get("AMRT", "1.3")))
    answers = [f"D{row}" for row in (*range(31, 41), *range(43, 53))]
    in_blocks = [c for c in cells if c.startswith("D") and 31 <= int(c[1:]) <= 54]
    assert sorted(in_blocks, key=lambda c: int(c[1:])) == answers
    assert cells["D12"].options[-1] == "Other [specify below]"
    assert cells["I16"] == verify.Validation("custom")


def test_an_amrt_missing_the_drop_down_of_its_tenth_answer_row_is_refused(
    tmp_path: Path, templates_dir: Path
) -> None:
    moved = move_validation(
        templates_dir / "RMI_AMRT_1.3_zh.xlsx", "D43:E52", "D43:E51", tmp_path / "moved.xlsx"
    )
    with pytest.raises(verify.TemplateMismatch) as refused:
        verify.verify(_facts(moved), "AMRT", "1.3")
    assert [d.where for d in refused.value.differences] == ["Declaration!D52"]


def test_amrt_13_restamped_131_is_refused_for_its_minerals_and_date(
    tmp_path: Path, templates_dir: Path
) -> None:
    copy = restamp(templates_dir / "RMI_AMRT_1.3_zh.xlsx", "1.3", "1.31", tmp_path / "131.xlsx")
    found = verify.differences(_facts(copy), templates.get("AMRT", "1.31"))
    assert [d.where for d in found] == [
        "Declaration!D27",
        *(f"Declaration!{cell}" for cell in ("D12", "E12", "G12", "H12", "I12")),
        *(f"Declaration!{cell}" for cell in ("D13", "E13", "G13", "H13", "I13")),
    ]
    assert "Cadmium" in found[1].expected and "Cadmium" not in found[1].found


def test_a_newer_amrt_with_13s_structure_is_verified_as_13(
    tmp_path: Path, templates_dir: Path
) -> None:
    copy = restamp(templates_dir / "RMI_AMRT_1.3_zh.xlsx", "1.3", "1.32", tmp_path / "132.xlsx")
    found = verify.verify(_facts(copy), "AMRT", "1.32")
    assert found.template == templates.get("AMRT", "1.3")
    assert found.label == "AMRT 1.32 — layout of AMRT 1.3, verified"

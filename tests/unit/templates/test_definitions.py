"""Each template definition against its official workbook: sheets, revision stamp, English labels,
drop-down option lists, date bounds, languages and the list sheets' headers and rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import workbook_facts as wf

from forms import templates
from forms.templates import TemplateDef
from tests.conftest import TEMPLATE_FILES

# Compared with RMI's cell map only while no workbook of the version is held here.
CELLMAP_ONLY = {"EMRT-1.11": "RMI_EMRT_1.11.xlsx"}
KEYS = [t.key for t in templates.ALL if t.key in TEMPLATE_FILES or t.key in CELLMAP_ONLY]
# No workbook here: written from public facts (docs/template-sources.md) and proven by verifying
# each user's copy before use (forms/workbook/verify.py, tests/unit/workbook/test_verify.py).
PUBLIC_FACTS_ONLY = {"CMRT-6.6", "CMRT-6.6.1", "EMRT-2.11", "EMRT-2.11.1", "CRT-2.21"}


@pytest.fixture(scope="module", params=KEYS)
def case(request: pytest.FixtureRequest, shared_dir: Path) -> tuple[TemplateDef, dict[str, Any]]:
    key: str = request.param
    tpl = templates.get(*key.split("-"))
    if key not in TEMPLATE_FILES:  # the workbook, once held, is the stronger witness
        return tpl, wf.from_cellmap(shared_dir / "spec" / "cellmap.json", CELLMAP_ONLY[key])
    return tpl, wf.from_workbook(shared_dir / "rmi-templates" / TEMPLATE_FILES[key])


def test_every_definition_is_covered() -> None:
    # The AMRT's definitions are pinned by test_amrt_definitions.py.
    assert {t.key for t in templates.ALL if t.family != "AMRT"} == set(KEYS) | PUBLIC_FACTS_ONLY


def test_sheets_and_revision_stamp(case: tuple[TemplateDef, dict[str, Any]]) -> None:
    tpl, facts = case
    assert tuple(facts["sheets"]) == tpl.sheets
    assert facts["stamp"] == tpl.revision_stamp


def test_question_texts(case: tuple[TemplateDef, dict[str, Any]]) -> None:
    tpl, facts = case
    labels = facts["labels"]
    for q in tpl.questions:
        assert wf.norm(labels[f"B{q.header_row}"]) == wf.norm(f"{q.number}) {q.text}"), q.number
    for cq in tpl.company_questions:
        assert wf.norm(labels[f"B{cq.row}"]) == wf.norm(f"{cq.letter}. {cq.text}"), cq.letter


def test_company_field_labels(case: tuple[TemplateDef, dict[str, Any]]) -> None:
    tpl, facts = case
    for f in tpl.company_fields:
        row = f.cell[1:]
        assert wf.norm(facts["labels"][f"B{row}"]) == wf.norm(f.label), f.key


def _expected(tpl: TemplateDef, options: tuple[str, ...]) -> list[Any]:
    if tpl.numeric_hundred_percent:
        return [1 if o == "100%" else o for o in options]
    return list(options)


def _answer_cells(tpl: TemplateDef) -> list[tuple[str, tuple[str, ...]]]:
    """(cell, options) for every drop-down input cell the definition knows."""
    out = [(tpl.company_field("scope").cell, tpl.scope_options)]
    for i, mineral in enumerate(tpl.minerals):
        for q in tpl.questions:
            if q.applies_to(mineral):
                out.append(
                    (f"{tpl.answer_column}{tpl.answer_row(q.number, i)}", q.options_for(mineral))
                )
    for cq in tpl.company_questions:
        if cq.per_mineral:
            for i, mineral in enumerate(tpl.minerals):
                out.append((f"{tpl.answer_column}{cq.row + 1 + i}", cq.options_for(mineral)))
        else:
            out.append((f"{tpl.answer_column}{cq.row}", cq.options))
    for slot in tpl.mineral_slots:
        out.append((slot.cell, (slot.mineral, slot.delete_value)))
    return out


def test_drop_down_options(case: tuple[TemplateDef, dict[str, Any]]) -> None:
    tpl, facts = case
    options = wf.options_by_cell(facts)
    for cell, expected in _answer_cells(tpl):
        assert options.get(cell) == _expected(tpl, expected), cell


def test_date_bounds(case: tuple[TemplateDef, dict[str, Any]]) -> None:
    tpl, facts = case
    cell = tpl.company_field("effective_date").cell
    assert wf.options_by_cell(facts)[cell] == ["date", tpl.date_first, tpl.date_last]


def test_languages(case: tuple[TemplateDef, dict[str, Any]]) -> None:
    tpl, facts = case
    assert tuple(facts["languages"]) == tpl.languages


def test_list_sheets(case: tuple[TemplateDef, dict[str, Any]]) -> None:
    tpl, facts = case
    for ls in (tpl.smelter_list, tpl.product_list, tpl.mine_list):
        if ls is None:
            assert "Mine List" not in facts["sheets"]
            continue
        sheet = facts["lists"][ls.sheet]
        assert sheet["header_row"] == ls.header_row
        assert ls.first_row == ls.header_row + 1
        headers = {k: wf.norm(v) for k, v in sheet["headers"].items()}
        assert {c.letter: headers.get(c.letter) for c in ls.columns} == {
            c.letter: wf.norm(c.header) for c in ls.columns
        }
        if sheet.get("last_row") is not None:
            assert sheet["last_row"] == ls.last_row, ls.sheet

"""The AMRT definitions against RMI's AMRT 1.2 and 1.3 workbooks: sheets, stamp, English labels,
drop-downs, the mineral cells and their "Other" cells, the Minerals Scope sheet, the list
sheets, and the Checker formulas the parity rules copy. The versions without a workbook here
(1.21, 1.31, 1.31.1) are pinned to the differences the public descriptions name."""

from __future__ import annotations

import re
import warnings
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import workbook_facts as wf
from openpyxl import load_workbook

from forms import templates
from forms.templates import amrt
from forms.templates.model import TemplateDef
from tests.conftest import AMRT_FILES


@cache
def _workbook(path: Path) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_workbook(path)


@pytest.fixture(scope="module", params=sorted(AMRT_FILES))
def case(request: pytest.FixtureRequest, templates_dir: Path) -> tuple[TemplateDef, Any, Any]:
    key: str = request.param
    path = templates_dir / AMRT_FILES[key]
    return templates.get(*key.split("-")), wf.from_workbook(path), _workbook(path)


def test_every_amrt_version_is_defined() -> None:
    assert [t.version for t in templates.versions("AMRT")] == [
        "1.2",
        "1.21",
        "1.3",
        "1.31",
        "1.31.1",
    ]
    assert templates.latest("AMRT").version == "1.31.1"


def test_sheets_stamp_languages(case: tuple[TemplateDef, Any, Any]) -> None:
    tpl, facts, _ = case
    assert tuple(facts["sheets"]) == tpl.sheets
    assert facts["stamp"] == tpl.revision_stamp
    assert tuple(facts["languages"]) == tpl.languages


def test_labels(case: tuple[TemplateDef, Any, Any]) -> None:
    tpl, facts, _ = case
    labels = facts["labels"]
    for q in tpl.questions:
        assert wf.norm(labels[f"B{q.header_row}"]) == wf.norm(f"{q.number}) {q.text}"), q.number
    for f in tpl.company_fields:
        assert wf.norm(labels[f"B{f.cell[1:]}"]) == wf.norm(f.label), f.key
    assert tpl.company_questions == ()


def test_answer_drop_downs_and_date(case: tuple[TemplateDef, Any, Any]) -> None:
    tpl, facts, _ = case
    options = wf.options_by_cell(facts)
    assert options[tpl.company_field("scope").cell] == list(tpl.scope_options)
    for q in tpl.questions:
        expected = [1 if o == "100%" else o for o in q.options]
        for i in range(tpl.mineral_capacity):
            assert options[f"D{tpl.answer_row(q.number, i)}"] == expected, (q.number, i)
        assert f"D{tpl.answer_row(q.number, tpl.mineral_capacity)}" not in options
    date_cell = tpl.company_field("effective_date").cell
    assert options[date_cell] == ["date", tpl.date_first, tpl.date_last]


def test_mineral_cells(case: tuple[TemplateDef, Any, Any]) -> None:
    tpl, facts, wb = case
    choice = tpl.mineral_choice
    assert choice is not None
    decl = wb["Declaration"]
    # The sorting formulas read the mineral cells in this order (P12:P21).
    read = [re.search(r"ISBLANK\(([A-Z]+\d+)\)", decl[f"P{12 + i}"].value)[1] for i in range(10)]
    assert tuple(read) == choice.cells
    options = wf.options_by_cell(facts)
    if choice.free_text:
        assert "D12" not in options and "D13" not in options
        return
    assert options["D12"] == options["D13"] == [*choice.options, choice.other_option]
    # Each "Other" cell may only be filled when its mineral cell says "Other".
    custom = {dv["sqref"].split(":")[0]: dv["formula1"] for dv in facts["validations"]}
    for cell, other in zip(choice.cells, choice.other_cells, strict=True):
        assert f'{cell}="{choice.other_option}"' in custom[other], other
        assert f"IF(ISBLANK({other})" in decl[f"P{12 + choice.cells.index(cell)}"].value


def test_minerals_scope_sheet(case: tuple[TemplateDef, Any, Any]) -> None:
    tpl, _, wb = case
    ms = tpl.minerals_scope
    assert ms is not None
    ws = wb[ms.sheet]
    for col in ms.columns:
        assert wf.norm(ws[f"{col.letter}{ms.header_row}"].value) == wf.norm(col.header)
    dvs = [str(dv.sqref) for dv in ws.data_validations.dataValidation]
    mineral = ms.column("mineral").letter
    assert f"{mineral}{ms.first_row}:{mineral}{ms.last_row}" in dvs


def test_list_sheets(case: tuple[TemplateDef, Any, Any]) -> None:
    tpl, facts, _ = case
    for ls in (tpl.smelter_list, tpl.product_list, tpl.mine_list):
        assert ls is not None
        sheet = facts["lists"][ls.sheet]
        assert (sheet["header_row"], ls.first_row) == (ls.header_row, ls.header_row + 1)
        headers = {k: wf.norm(v) for k, v in sheet["headers"].items()}
        assert {c.letter: headers.get(c.letter) for c in ls.columns} == {
            c.letter: wf.norm(c.header) for c in ls.columns
        }
        assert sheet["last_row"] == ls.last_row, ls.sheet


def _checker(wb: Any) -> dict[str, Any]:
    ws = wb["Checker"]
    return {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}


def test_checker_total_leaves_out_question_2(case: tuple[TemplateDef, Any, Any]) -> None:
    tpl, _, wb = case
    chk = _checker(wb)
    total = next(v for k, v in chk.items() if k.startswith("H") and str(v).startswith("=SUM("))
    summed = [
        (int(a), int(b)) for a, b in re.findall(r"SUM\(H(\d+):H(\d+)\)", total)
    ]  # e.g. (4, 27), (39, 51)
    q_rows = {q.number: [] for q in tpl.questions}
    for k, v in chk.items():
        m = re.fullmatch(r"=Declaration!D(\d+)", str(v))
        if k.startswith("B") and m:
            for q in tpl.questions:
                if q.header_row < int(m[1]) <= q.header_row + tpl.mineral_capacity:
                    q_rows[q.number].append(int(k[1:]))
    for q in tpl.questions:
        assert len(q_rows[q.number]) == tpl.mineral_capacity, q.number
        inside = [r for r in q_rows[q.number] if any(a <= r <= b for a, b in summed)]
        assert len(inside) == (tpl.mineral_capacity if q.counted else 0), q.number


def test_checker_smelter_rules(case: tuple[TemplateDef, Any, Any]) -> None:
    tpl, _, wb = case
    chk = _checker(wb)
    # Smelters are wanted for a mineral unless question 1 is one of the gating's stops.
    wanted = [v for v in chk.values() if "smelter information" in str(v)]
    assert wanted
    necessary = next(v for k, v in chk.items() if k.startswith("F") and '="No"' in str(v))
    assert set(re.findall(r'="([^"]+)"', necessary)) == set(tpl.gating.q1_stops)
    # A smelter row counts when its "Missing Entry Check" finds these columns filled.
    sl = wb["Smelter List"]
    check = next(sl.cell(5, c.column).value for c in sl[4] if c.value == "Missing Entry Check")
    letters = re.findall(r"ISBLANK\(([A-Z]+)5\)", check)
    ls = tpl.smelter_list
    assert letters == [ls.column(k).letter for k in tpl.checker.smelter_row_needs]
    unlisted = any("Smelter Not Listed" in str(v) for v in chk.values())
    assert unlisted == tpl.checker.counts_unlisted_rows


def _differences(a: TemplateDef, b: TemplateDef) -> set[str]:
    return {f.name for f in fields(TemplateDef) if getattr(a, f.name) != getattr(b, f.name)}


def test_versions_without_a_workbook_differ_only_as_described() -> None:
    v12, v121, v13, v131, v1311 = templates.versions("AMRT")
    stamp = {"version", "revision_stamp", "release_date", "notes"}
    assert _differences(v12, v121) == stamp
    assert _differences(v13, v131) == stamp | {
        "minerals",
        "mineral_choice",
        "date_first",
        "date_last",
    }
    new = set(v131.minerals) - set(v13.minerals)
    assert new == {"Cadmium", "Lead", "Molybdenum", "Rhenium", "Selenium", "Tellurium"}
    assert v131.date_last is None
    assert _differences(v131, v1311) == {"version", "revision_stamp"}
    assert v131.mineral_choice is not None
    assert list(v131.mineral_choice.options) == sorted(v131.minerals, key=str.casefold)
    assert amrt.OTHER_CELLS == (
        "D15",
        "E15",
        "G15",
        "H15",
        "I15",
        "D16",
        "E16",
        "G16",
        "H16",
        "I16",
    )

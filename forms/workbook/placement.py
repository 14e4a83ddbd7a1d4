"""The cells an export writes: every input value of a declaration placed at its sheet and cell
of the template, as the text or number the template expects there."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from datetime import date

from forms.declaration import Answer, Declaration
from forms.rules.excel import eq
from forms.rules.finding import Finding
from forms.rules.gating import answer_allowed
from forms.templates import cells
from forms.templates.model import ListSheet, MineralChoice, TemplateDef
from forms.workbook.xmlpatch import CellValue

EXCEL_EPOCH = date(1899, 12, 30)
HUNDRED = "100%"
ENGLISH = "English"

Placement = dict[str, dict[str, CellValue]]
"""Sheet name → cell reference → value (None empties the cell)."""


class PlacementError(ValueError):
    """The declaration does not fit the template (e.g. more rows than the list sheet holds)."""


EXCEL_MAX_CHARS = 32_767
"""Characters a cell can hold in Excel."""
FIRST_EXCEL_DATE = date(1900, 3, 1)
LAST_EXCEL_DATE = date(9999, 12, 31)


def _excel_date(value: str | None) -> date | None:
    try:
        day = date.fromisoformat(value or "")
    except ValueError:
        return None
    return day if FIRST_EXCEL_DATE <= day <= LAST_EXCEL_DATE else None


def date_serial(value: str | None) -> CellValue:
    """An ISO date as Excel's serial day number; anything else (including dates Excel cannot
    hold, such as year 1) stays text."""
    day = _excel_date(value)
    return value if day is None else (day - EXCEL_EPOCH).days


def export_findings(decl: Declaration) -> list[Finding]:
    """What the export writes differently from the declaration: dates Excel cannot hold go in
    as text. (Cells over Excel's limit are refused by `placement`.)"""
    out = []
    for f in decl.template.company_fields:
        value = getattr(decl.company, f.key)
        if f.kind == "date" and value and _excel_date(value) is None and _iso(value):
            out.append(
                Finding.of(
                    "EXPORT-DATE-NOT-EXCEL",
                    "warning",
                    f"company.{f.key}",
                    cells.DECLARATION,
                    f.cell,
                    field=f.label.rstrip(":"),
                    value=value,
                )
            )
    return out


def _iso(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _check_lengths(out: Placement) -> None:
    for sheet, values in out.items():
        for ref, value in values.items():
            if isinstance(value, str) and len(value) > EXCEL_MAX_CHARS:
                raise PlacementError(
                    f"{sheet}!{ref} would hold {len(value):,} characters; Excel's limit is "
                    f"{EXCEL_MAX_CHARS:,} per cell, and a longer value would be cut off or "
                    "break the file: shorten it, then export again"
                )


def as_written(decl: Declaration) -> Declaration:
    """The declaration the export will hold: from CMRT 6.31 the answers the template's gating
    skips are left blank, because its drop-downs offer nothing there."""
    tpl = decl.template
    if not tpl.gating.forbids_skipped:
        return decl
    # Only the answers change: the (possibly long) lists are shared, not copied.
    out = dataclasses.replace(decl, answers=copy.deepcopy(decl.answers))
    for mineral, per in out.answers.items():
        for number, ans in per.items():
            if not answer_allowed(decl, mineral, number):
                per[number] = Answer(None, ans.comment)
    return out


def _answer_value(tpl: TemplateDef, answer: str | None) -> CellValue:
    if tpl.numeric_hundred_percent and eq(answer, HUNDRED):
        return 1
    return answer


def _declaration(decl: Declaration, tpl: TemplateDef) -> dict[str, CellValue]:
    out: dict[str, CellValue] = {tpl.language_cell: ENGLISH}
    for f in tpl.company_fields:
        value = getattr(decl.company, f.key)
        out[f.cell] = date_serial(value) if f.kind == "date" else value
    scope = decl.minerals_in_scope
    for slot in tpl.mineral_slots:
        out[slot.cell] = slot.mineral if slot.mineral in scope else slot.delete_value
    if tpl.mineral_choice is not None:
        out |= mineral_choice_cells(tpl.mineral_choice, scope)
    rows = cells.mineral_rows(tpl, scope)
    # EMRT 2.x, AMRT: rows past the selected minerals are emptied (the template sorts into them).
    spare = range(len(rows), tpl.mineral_capacity) if tpl.dynamic_minerals else range(0)
    ac, cc = tpl.answer_column, tpl.comment_column
    for q in tpl.questions:
        for i, mineral in enumerate(rows):
            if not q.applies_to(mineral):
                continue
            row = tpl.answer_row(q.number, i)
            ans = decl.answers.get(mineral, {}).get(q.number) or Answer()
            out[f"{ac}{row}"] = _answer_value(tpl, ans.answer)
            out[f"{cc}{row}"] = ans.comment
        for i in spare:
            row = tpl.answer_row(q.number, i)
            out[f"{ac}{row}"] = out[f"{cc}{row}"] = None
    for cq in tpl.company_questions:
        if not cq.per_mineral:
            ans = decl.company_answer(cq.letter)
            out[f"{ac}{cq.row}"], out[f"{cc}{cq.row}"] = ans.answer, ans.comment
            continue
        for i, mineral in enumerate(rows):
            ans = decl.company_answer(cq.letter, mineral)
            row = tpl.per_mineral_company_row(cq.letter, i)
            out[f"{ac}{row}"], out[f"{cc}{row}"] = ans.answer, ans.comment
        for i in spare:
            row = tpl.per_mineral_company_row(cq.letter, i)
            out[f"{ac}{row}"] = out[f"{cc}{row}"] = None
    return out


def mineral_choice_cells(choice: MineralChoice, minerals: Sequence[str]) -> dict[str, CellValue]:
    """AMRT mineral cells: each mineral in its cell (a drop-down option as the option, another
    name as "Other" with the name below it); the cells after the last mineral emptied."""
    if len(minerals) > len(choice.cells):
        raise PlacementError(
            f"the template holds {len(choice.cells)} minerals; this declaration has {len(minerals)}"
        )
    out: dict[str, CellValue] = {}
    for i, cell in enumerate(choice.cells):
        name = minerals[i] if i < len(minerals) else None
        other = None
        if name is not None and not choice.free_text:
            option = choice.option_for(name)
            if option is None and choice.other_option is not None:
                option, other = choice.other_option, name
            name = option or name
        out[cell] = name
        if choice.other_cells:
            out[choice.other_cells[i]] = other
    return out


def _minerals_scope(ms: ListSheet, decl: Declaration) -> dict[str, CellValue]:
    """The Minerals Scope rows: each mineral that has a reason, in answer-row order; every other
    row of the sheet empty."""
    order = cells.mineral_rows(decl.template, decl.minerals_in_scope)
    rows = [(m, decl.mineral_reasons[m].answer) for m in order if m in decl.mineral_reasons]
    given = [(m, reason) for m, reason in rows if reason is not None]
    mineral, reason = ms.column("mineral").letter, ms.column("reason").letter
    out: dict[str, CellValue] = {}
    for i, row in enumerate(range(ms.first_row, ms.last_row + 1)):
        out[f"{mineral}{row}"], out[f"{reason}{row}"] = given[i] if i < len(given) else (None, None)
    return out


def _list(ls: ListSheet, rows: list[object], what: str) -> dict[str, CellValue]:
    capacity = ls.last_row - ls.first_row + 1
    if len(rows) > capacity:
        raise PlacementError(
            f"the {ls.sheet} holds {capacity} {what}; this declaration has {len(rows)}"
        )
    out: dict[str, CellValue] = {}
    for i, item in enumerate(rows):
        for col in ls.columns:
            out[f"{col.letter}{ls.first_row + i}"] = getattr(item, col.key)
    return out


def placement(decl: Declaration) -> Placement:
    """Where every value of `decl` goes. Rows of the list sheets past the declaration's last
    row are not part of it (the template's own blank rows stay as they are)."""
    tpl = decl.template
    written = as_written(decl)
    out: Placement = {
        cells.DECLARATION: _declaration(written, tpl),
        tpl.smelter_list.sheet: _list(tpl.smelter_list, list(written.smelters), "smelters"),
        tpl.product_list.sheet: _list(tpl.product_list, list(written.products), "products"),
    }
    if tpl.minerals_scope is not None:
        out[tpl.minerals_scope.sheet] = _minerals_scope(tpl.minerals_scope, written)
    if tpl.mine_list is not None:
        out[tpl.mine_list.sheet] = _list(tpl.mine_list, list(written.mines), "mines")
    elif written.mines:
        raise PlacementError(f"{tpl.key} has no Mine List; this declaration lists mines")
    _check_lengths(out)
    return out

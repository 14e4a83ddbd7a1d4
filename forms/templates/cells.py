"""Where each part of a declaration lives in a template's workbook (sheet and cell)."""

from __future__ import annotations

from collections.abc import Sequence

from forms.templates.model import TemplateDef, mineral_sort_key

DECLARATION = "Declaration"


def mineral_rows(tpl: TemplateDef, minerals_in_scope: Sequence[str]) -> list[str]:
    """The minerals in answer-row order: fixed for CMRT/CRT/EMRT 1.x; for EMRT 2.x the
    selected minerals in alphabetical order (the template sorts them with formulas); for the AMRT
    whatever minerals the user named, in the order of its sorting formulas."""
    if tpl.mineral_choice is not None:
        return sorted(minerals_in_scope, key=mineral_sort_key)
    if tpl.dynamic_minerals:
        return sorted(m for m in minerals_in_scope if m in tpl.minerals)
    return list(tpl.minerals)


def answer_cells(
    tpl: TemplateDef, minerals_in_scope: Sequence[str], mineral: str, number: str
) -> tuple[str, str]:
    """The (answer, comment) cells of question `number` for `mineral`."""
    row = tpl.answer_row(number, mineral_rows(tpl, minerals_in_scope).index(mineral))
    return f"{tpl.answer_column}{row}", f"{tpl.comment_column}{row}"


def company_answer_cells(
    tpl: TemplateDef,
    minerals_in_scope: Sequence[str],
    letter: str,
    mineral: str | None = None,
) -> tuple[str, str]:
    """The (answer, comment) cells of company question `letter` (per mineral for EMRT C)."""
    q = tpl.company_question(letter)
    row = q.row
    if q.per_mineral:
        if mineral is None:
            raise ValueError(f"question {letter} is answered per mineral")
        row = q.row + 1 + mineral_rows(tpl, minerals_in_scope).index(mineral)
    return f"{tpl.answer_column}{row}", f"{tpl.comment_column}{row}"


def list_cell(tpl: TemplateDef, sheet: str, index: int, key: str) -> tuple[str, str]:
    """(sheet name, cell) of column `key` in data row `index` (0-based) of a list sheet."""
    lists = {
        "smelters": tpl.smelter_list,
        "products": tpl.product_list,
        "mines": tpl.mine_list,
        "minerals_scope": tpl.minerals_scope,
    }
    ls = lists[sheet]
    if ls is None:
        raise KeyError(sheet)
    return ls.sheet, f"{ls.column(key).letter}{ls.first_row + index}"

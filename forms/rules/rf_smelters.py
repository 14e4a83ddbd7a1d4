"""Red flags on the Smelter, Mine and Product Lists: contradictions with the answers, odd rows."""

from __future__ import annotations

from typing import Any

from forms.declaration import Declaration, Smelter
from forms.fieldpath import FieldPath
from forms.rules.excel import among, eq
from forms.rules.finding import Finding
from forms.rules.rf_tables import NOT_USED, RECYCLED_SCRAP_OPTIONS, ROLES
from forms.rules.rf_text import is_email, non_english
from forms.templates import cells
from forms.templates.common import NOT_LISTED, NOT_YET_IDENTIFIED
from forms.templates.model import TemplateDef

_ENTER_DETAILS = "enter smelter details"
_FREE_TEXT = {
    "smelters": (
        "name",
        "street",
        "city",
        "state",
        "contact_name",
        "next_steps",
        "mine_names",
        "mine_countries",
        "comments",
    ),
    "mines": (
        "smelter_name",
        "mine_name",
        "street",
        "city",
        "state",
        "contact_name",
        "next_steps",
        "comments",
    ),
    "products": ("name", "requester_name", "comments"),
}
_SHEET_NAMES = {"smelters": "Smelter List", "mines": "Mine List", "products": "Product List"}


def _row(
    tpl: TemplateDef,
    index: int,
    key: str,
    code: str,
    message: str,
    hint: str,
    sheet: str = "smelters",
) -> Finding:
    try:
        sheet_name, cell = cells.list_cell(tpl, sheet, index, key)
    except KeyError:
        sheet_name, cell = _SHEET_NAMES[sheet], None
    path = str(FieldPath.row(sheet, index, key))
    return Finding(code, "warning", path, message, hint, sheet_name, cell)


def _by_metal(decl: Declaration) -> dict[str, list[int]]:
    """Smelter row indexes by metal as written (case folded), in sheet order."""
    rows: dict[str, list[int]] = {}
    for i, s in enumerate(decl.smelters):
        if s.metal is not None:
            rows.setdefault(s.metal.casefold(), []).append(i)
    return rows


def metal_flags(decl: Declaration, tpl: TemplateDef, checker_counts: set[str]) -> list[Finding]:
    """Smelters against the per-mineral answers (review-rules C). `checker_counts`: minerals
    whose missing smelters the Checker already counts as an error."""
    r = ROLES[tpl.family]
    rows = _by_metal(decl)
    known = {m.casefold(): m for m in tpl.minerals}
    out = []
    for metal, idx in rows.items():
        first = decl.smelters[idx[0]].metal or metal
        mineral = known.get(metal)
        if mineral is None or mineral not in decl.minerals_in_scope:
            where = "is not a mineral of this template" if mineral is None else "is not in scope"
            out.append(
                _row(
                    tpl,
                    idx[0],
                    "metal",
                    "RF-SMELTER-METAL-NOT-IN-SCOPE",
                    f'{len(idx)} smelter row(s) have metal "{first}", which {where}.',
                    "Remove those rows or add the mineral to the declaration.",
                )
            )
            continue
        excluded = [
            n for n in (r.used, r.remains) if n and among(decl.answer(mineral, n), NOT_USED)
        ]
        if excluded:
            out.append(
                _row(
                    tpl,
                    idx[0],
                    "metal",
                    "RF-SMELTERS-FOR-UNUSED-METAL",
                    f"{len(idx)} {mineral} smelter row(s) are listed although question "
                    f"{excluded[0]} says {mineral} is not used or does not remain.",
                    f"Correct question {excluded[0]} or remove the {mineral} smelters.",
                )
            )
        if eq(decl.answer(mineral, r.recycled), "Yes"):
            primary = [i for i in idx if eq(decl.smelters[i].recycled_scrap, "No")]
            if primary:
                out.append(
                    _row(
                        tpl,
                        primary[0],
                        "recycled_scrap",
                        "RF-RECYCLED-CONTRADICTION",
                        f"Question {r.recycled} says all {mineral} is recycled or scrap, but "
                        f"{len(primary)} {mineral} smelter(s) say their feedstock is not.",
                        f"Correct question {r.recycled} or the smelters' column P.",
                    )
                )
    for mineral in cells.mineral_rows(tpl, decl.minerals_in_scope):
        used = eq(decl.answer(mineral, r.used), "Yes") and (
            r.remains is None or eq(decl.answer(mineral, r.remains), "Yes")
        )
        if used and mineral.casefold() not in rows and mineral not in checker_counts:
            out.append(
                Finding(
                    "RF-NO-SMELTERS",
                    "warning",
                    str(FieldPath.rows_of_metal("smelters", mineral)),
                    f"{mineral} is used in the products, but no {mineral} smelter is listed.",
                    'Add the smelters ("Smelter not yet identified" when unknown).',
                    tpl.smelter_list.sheet,
                    f"B{tpl.smelter_list.first_row}",
                )
            )
    return out


def _key(s: Smelter) -> tuple[str, ...] | None:
    if s.metal is None:
        return None
    if s.smelter_id is not None:
        return (s.metal.casefold(), "id", s.smelter_id.strip().casefold())
    if eq(s.lookup_name, NOT_LISTED) and s.name is not None:
        return (s.metal.casefold(), "name", s.name.casefold(), (s.country or "").casefold())
    return None


def row_flags(decl: Declaration, tpl: TemplateDef) -> list[Finding]:
    """Smelter rows a reviewer questions (review-rules E)."""
    out = []
    seen: dict[tuple[str, ...], int] = {}
    first_row = tpl.smelter_list.first_row
    for i, s in enumerate(decl.smelters):
        for field in ("name", "country"):
            value = getattr(s, field)
            if value is not None and "!" in value:
                out.append(
                    _row(
                        tpl,
                        i,
                        field,
                        "RF-SMELTER-EXCLAMATION",
                        f'Smelter row {first_row + i}: "{value}" contains "!".',
                        'Remove the "!"; it usually marks a look-up that did not match.',
                    )
                )
        if s.id_input is not None and (
            s.smelter_id is None or not eq(s.id_input, s.smelter_id.strip())
        ):
            out.append(
                _row(
                    tpl,
                    i,
                    "id_input",
                    "RF-SMELTER-ID-MISMATCH",
                    f'Smelter row {first_row + i}: the typed ID "{s.id_input}" does not match '
                    f'the smelter\'s ID "{s.smelter_id or ""}".',
                    "Check the ID in column A against the Smelter Look-up.",
                )
            )
        if s.id_source is not None and _ENTER_DETAILS in s.id_source.casefold():
            out.append(
                _row(
                    tpl,
                    i,
                    "id_source",
                    "RF-SMELTER-ENTER-DETAILS",
                    f'Smelter row {first_row + i} still says "{s.id_source}".',
                    "Enter the smelter's details, or pick it from the look-up list.",
                )
            )
        if eq(s.lookup_name, NOT_YET_IDENTIFIED):
            out.append(
                _row(
                    tpl,
                    i,
                    "lookup_name",
                    "RF-SMELTER-NOT-IDENTIFIED",
                    f'Smelter row {first_row + i} is "Smelter not yet identified".',
                    "Ask the supplier to identify the smelter.",
                )
            )
        if s.recycled_scrap is not None and s.recycled_scrap not in RECYCLED_SCRAP_OPTIONS:
            out.append(
                _row(
                    tpl,
                    i,
                    "recycled_scrap",
                    "RF-ANSWER-NOT-AN-OPTION",
                    f'Smelter row {first_row + i}: "{s.recycled_scrap}" is not Yes, No or Unknown.',
                    "Choose Yes, No or Unknown in column P.",
                )
            )
        dup = _key(s)
        if dup is not None:
            if dup in seen:
                out.append(
                    _row(
                        tpl,
                        i,
                        "metal",
                        "RF-SMELTER-DUPLICATE",
                        f"Smelter row {first_row + i} repeats row {first_row + seen[dup]}.",
                        "Remove the duplicate row.",
                    )
                )
            else:
                seen[dup] = i
    return out


def list_text_flags(decl: Declaration, tpl: TemplateDef) -> list[Finding]:
    """Non-English text (one finding per list) and malformed e-mails in the list sheets."""
    out = []
    for sheet, keys in _FREE_TEXT.items():
        rows: list[Any] = getattr(decl, sheet)
        hits = [
            (i, k) for i, row in enumerate(rows) for k in keys if non_english(getattr(row, k, None))
        ]
        if hits:
            i, k = hits[0]
            out.append(
                _row(
                    tpl,
                    i,
                    k,
                    "RF-NOT-ENGLISH",
                    f"{len(hits)} value(s) on the {_SHEET_NAMES[sheet]} are not in English.",
                    "RMI templates must be answered in English.",
                    sheet,
                )
            )
        if sheet == "products":
            continue
        for i, row in enumerate(rows):
            email = row.contact_email
            if email is not None and "@" in email and not is_email(email):
                name = _SHEET_NAMES[sheet]
                out.append(
                    _row(
                        tpl,
                        i,
                        "contact_email",
                        "RF-EMAIL-INVALID",
                        f'{name} row {i + 1}: "{email}" is not a valid e-mail address.',
                        "Enter a single address such as name@company.com.",
                        sheet,
                    )
                )
    return out

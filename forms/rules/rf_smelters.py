"""Red flags on the Smelter, Mine and Product Lists: contradictions with the answers, odd rows."""

from __future__ import annotations

from typing import Any

from forms.declaration import Declaration, Smelter
from forms.fieldpath import FieldPath
from forms.rules.excel import among, eq
from forms.rules.finding import Finding
from forms.rules.rf_tables import NOT_USED, RECYCLED_SCRAP_OPTIONS, ROLES
from forms.rules.rf_text import is_email_list, non_english
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
    message_id: str,
    sheet: str = "smelters",
    **params: Any,
) -> Finding:
    try:
        sheet_name, cell = cells.list_cell(tpl, sheet, index, key)
    except KeyError:
        sheet_name, cell = _SHEET_NAMES[sheet], None
    path = FieldPath.row(sheet, index, key)
    return Finding.of(message_id, "warning", path, sheet_name, cell, **params)


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
            wording = "RF-SMELTER-METAL-NOT-IN-SCOPE" + ("/unknown" if mineral is None else "")
            out.append(_row(tpl, idx[0], "metal", wording, count=len(idx), value=first))
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
                    count=len(idx),
                    mineral=mineral,
                    number=excluded[0],
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
                        number=r.recycled,
                        mineral=mineral,
                        count=len(primary),
                    )
                )
    for mineral in cells.mineral_rows(tpl, decl.minerals_in_scope):
        used = eq(decl.answer(mineral, r.used), "Yes") and (
            r.remains is None or eq(decl.answer(mineral, r.remains), "Yes")
        )
        if used and mineral.casefold() not in rows and mineral not in checker_counts:
            out.append(
                Finding.of(
                    "RF-NO-SMELTERS",
                    "warning",
                    FieldPath.rows_of_metal("smelters", mineral),
                    tpl.smelter_list.sheet,
                    f"B{tpl.smelter_list.first_row}",
                    mineral=mineral,
                )
            )
    return out


def _key(s: Smelter) -> tuple[str, ...] | None:
    """Metal, smelter and mine of origin: one smelter listed once per mine is no duplicate."""
    if s.metal is None:
        return None
    mine = (" ".join((s.mine_names or "").split()).casefold(), (s.mine_countries or "").casefold())
    if s.smelter_id is not None:
        return (s.metal.casefold(), "id", s.smelter_id.strip().casefold(), *mine)
    if eq(s.lookup_name, NOT_LISTED) and s.name is not None:
        return (s.metal.casefold(), "name", s.name.casefold(), (s.country or "").casefold(), *mine)
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
                    _row(tpl, i, field, "RF-SMELTER-EXCLAMATION", row=first_row + i, value=value)
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
                    row=first_row + i,
                    value=s.id_input,
                    id=s.smelter_id or "",
                )
            )
        if s.id_source is not None and _ENTER_DETAILS in s.id_source.casefold():
            out.append(
                _row(
                    tpl,
                    i,
                    "id_source",
                    "RF-SMELTER-ENTER-DETAILS",
                    row=first_row + i,
                    value=s.id_source,
                )
            )
        if eq(s.lookup_name, NOT_YET_IDENTIFIED):
            out.append(_row(tpl, i, "lookup_name", "RF-SMELTER-NOT-IDENTIFIED", row=first_row + i))
        if s.recycled_scrap is not None and s.recycled_scrap not in RECYCLED_SCRAP_OPTIONS:
            out.append(
                _row(
                    tpl,
                    i,
                    "recycled_scrap",
                    "RF-ANSWER-NOT-AN-OPTION/recycled",
                    row=first_row + i,
                    value=s.recycled_scrap,
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
                        row=first_row + i,
                        first=first_row + seen[dup],
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
                    "RF-NOT-ENGLISH/list",
                    sheet,
                    count=len(hits),
                    list=_SHEET_NAMES[sheet],
                )
            )
        if sheet == "products":
            continue
        layout = tpl.smelter_list if sheet == "smelters" else tpl.mine_list
        first_row = layout.first_row if layout is not None else 1
        for i, row in enumerate(rows):
            email = row.contact_email
            if email is not None and "@" in email and not is_email_list(email):
                name = _SHEET_NAMES[sheet]
                out.append(
                    _row(
                        tpl,
                        i,
                        "contact_email",
                        "RF-EMAIL-INVALID/list",
                        sheet,
                        list=name,
                        row=first_row + i,
                        value=email,
                    )
                )
    return out

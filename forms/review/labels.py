"""Human labels for declaration field paths ("answers.Tin.2.answer" → "Tin — question 2")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from forms.templates import common

_COMPANY = {f.key: f.label.replace(" (*)", "").rstrip(":") for f in common.company_fields(12)}
_ROW = re.compile(r"^(smelters|products|mines)\[(\d+)\](?:\.(\w+))?$")
_TABLES = {"smelters": "Smelter List", "products": "Product List", "mines": "Mine List"}


def path_label(path: str, first_rows: Mapping[str, int] | None = None) -> str:
    """A short label a reviewer recognises; unknown paths are returned unchanged.
    `first_rows`: the workbook row of each list's first row ({"smelters": 5, …}), so that a
    row is named by the workbook's row number, as the findings and the table name it."""
    parts = path.split(".")
    kind = "comment" if parts[-1] == "comment" else None
    m = _ROW.match(path)
    if m:
        first = (first_rows or {}).get(m[1], 1)
        row = f"{_TABLES[m[1]]} row {int(m[2]) + first}"
        return f"{row}, {m[3].replace('_', ' ')}" if m[3] else row
    if parts[0] == "company" and len(parts) == 2:
        return _COMPANY.get(parts[1], parts[1])
    if path == "minerals_in_scope":
        return "Minerals in scope"
    if parts[0] == "answers" and len(parts) >= 3:
        label = f"{parts[1]} — question {parts[2]}"
    elif parts[0] == "company_answers" and len(parts) >= 2:
        label = f"Company question {parts[1]}"
    elif parts[0] == "company_answers_by_mineral" and len(parts) >= 3:
        label = f"Company question {parts[1]} ({parts[2]})"
    elif parts[0] == "mineral_reasons" and len(parts) >= 2:
        label = f"{parts[1]} — reason in the Minerals Scope"
    else:
        return path
    return f"{label}, comment" if kind else label


def first_rows(tpl: object) -> dict[str, int]:
    """The workbook row of each list's first row in the template `tpl` (a TemplateDef)."""
    sheets = {"smelters": "smelter_list", "products": "product_list", "mines": "mine_list"}
    out = {}
    for kind, attr in sheets.items():
        sheet = getattr(tpl, attr, None)
        if sheet is not None:
            out[kind] = int(sheet.first_row)
    return out

"""Human labels for declaration field paths ("answers.Tin.2.answer" → "Tin — question 2")."""

from __future__ import annotations

from collections.abc import Mapping

from forms.fieldpath import FieldPath
from forms.templates import common

_COMPANY = {f.key: f.label.replace(" (*)", "").rstrip(":") for f in common.company_fields(12)}
_TABLES = {"smelters": "Smelter List", "products": "Product List", "mines": "Mine List"}


def path_label(path: str, first_rows: Mapping[str, int] | None = None) -> str:
    """A short label a reviewer recognises; unknown paths are returned unchanged.
    `first_rows`: the workbook row of each list's first row ({"smelters": 5, …}), so that a
    row is named by the workbook's row number, as the findings and the table name it."""
    parsed = FieldPath.try_parse(path)
    key = parsed.label_key if parsed else ()
    kind = key[0] if key else ""
    if kind == "row":
        first = (first_rows or {}).get(key[1], 1)
        row = f"{_TABLES[key[1]]} row {int(key[2]) - 1 + first}"
        return f"{row}, {key[3].replace('_', ' ')}" if len(key) > 3 else row
    if kind == "company":
        return _COMPANY.get(key[1], key[1])
    if kind == "minerals_in_scope":
        return "Minerals in scope"
    comment = key[-1:] == ("comment",)
    if kind == "answer":
        label = f"{key[1]} — question {key[2]}"
    elif kind == "company_answer" and (len(key) == 2 or key[2] == "comment"):
        label = f"Company question {key[1]}"
    elif kind == "company_answer":
        label = f"Company question {key[1]} ({key[2]})"
    elif kind == "mineral_reason":
        label = f"{key[1]} — reason in the Minerals Scope"
    else:
        return path
    return f"{label}, comment" if comment else label


def first_rows(tpl: object) -> dict[str, int]:
    """The workbook row of each list's first row in the template `tpl` (a TemplateDef)."""
    sheets = {"smelters": "smelter_list", "products": "product_list", "mines": "mine_list"}
    out = {}
    for kind, attr in sheets.items():
        sheet = getattr(tpl, attr, None)
        if sheet is not None:
            out[kind] = int(sheet.first_row)
    return out

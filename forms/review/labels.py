"""Human labels for declaration field paths ("answers.Tin.2.answer" → "Tin — question 2")."""

from __future__ import annotations

from forms.fieldpath import FieldPath
from forms.templates import common

_COMPANY = {f.key: f.label.replace(" (*)", "").rstrip(":") for f in common.company_fields(12)}
_TABLES = {"smelters": "Smelter List", "products": "Product List", "mines": "Mine List"}


def path_label(path: str) -> str:
    """A short label a reviewer recognises; unknown paths are returned unchanged."""
    parsed = FieldPath.try_parse(path)
    key = parsed.label_key if parsed else ()
    kind = key[0] if key else ""
    if kind == "row":
        row = f"{_TABLES[key[1]]} row {key[2]}"
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
    else:
        return path
    return f"{label}, comment" if comment else label

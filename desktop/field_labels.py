"""A field as the user knows it, in the interface language ("company.name" → "Company Name",
"answers.Tin.6.answer" → "Tin, question 6"): the one translated label of a field path, from
`FieldPath.label_key`, used by the undo menu, the confirm banner and the review comments. (The
review report's English labels are `forms.review.labels`.)"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from forms.fieldpath import FieldPath

_MARK = re.compile(r"\s*[(（]\*[)）]\s*[:：]?\s*$|\s*[:：]\s*$")
_SHEETS = {"smelters": "smelter_list", "products": "product_list", "mines": "mine_list"}


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows (it reads the context here)."""
    return QCoreApplication.translate(context, text)


def _same(text: str) -> str:
    return text


def _company_label(key: str, tpl: Any, text: Callable[[str], str]) -> str:
    try:
        label = _MARK.sub("", tpl.company_field(key).label) if tpl is not None else None
    except KeyError:
        label = None
    return _MARK.sub("", text(label)) if label else key.replace("_", " ").capitalize()


# The texts keep the context they were first translated under ("ConfirmBanner").
def field_label(path: str, tpl: Any = None, text: Callable[[str], str] = _same) -> str:
    """`path` as the user knows it. `tpl` (a TemplateDef) gives the company fields' labels and
    the workbook row numbers of list rows; `text` translates a template text (mineral names,
    labels: `DeclarationSession.texts().text`)."""
    parsed = FieldPath.try_parse(path)
    key = parsed.label_key if parsed else ()
    kind = key[0] if key else ""
    if kind == "company":
        return _company_label(key[1], tpl, text)
    if kind == "answer":
        return translate("ConfirmBanner", "{mineral}, question {n}").format(
            mineral=text(key[1]), n=key[2]
        )
    if kind == "company_answer" and (len(key) == 2 or key[2] == "comment"):
        return translate("ConfirmBanner", "Company question {letter}").format(letter=key[1])
    if kind == "company_answer":
        return translate("ConfirmBanner", "Company question {letter} ({mineral})").format(
            letter=key[1], mineral=text(key[2])
        )
    if kind == "row":
        kinds = {
            "smelters": translate("ConfirmBanner", "Smelter"),
            "products": translate("ConfirmBanner", "Product"),
            "mines": translate("ConfirmBanner", "Mine"),
        }
        sheet = getattr(tpl, _SHEETS[key[1]], None) if tpl is not None else None
        first = sheet.first_row if sheet is not None else 1
        return translate("ConfirmBanner", "{kind} row {n}").format(
            kind=kinds[key[1]], n=first + int(key[2]) - 1
        )
    if key == ("list", "mines"):
        return translate("ConfirmBanner", "Mine list")
    return path

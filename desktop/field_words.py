"""A field path in words, in the interface language ("company.name" → "Company Name",
"answers.Tin.6.answer" → "Tin, question 6"): what the undo menu, the confirm banner and other
messages say instead of the path."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

_ROW = re.compile(r"(smelters|products|mines)\[(\d+)\]")
_MARK = re.compile(r"\s*[(（]\*[)）]\s*[:：]?\s*$|\s*[:：]\s*$")


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows (it reads the context here)."""
    return QCoreApplication.translate(context, text)


def _same(text: str) -> str:
    return text


def field_words(path: str, tpl: Any = None, text: Any = _same) -> str:
    """`path` as the user knows it. `tpl` (a TemplateDef) gives the company fields' labels and
    the workbook row numbers of list rows; `text` translates a template text (mineral names,
    labels: `DeclarationSession.texts().text`)."""
    parts = path.split(".")
    if parts[0] == "company" and len(parts) == 2:
        try:
            label = _MARK.sub("", tpl.company_field(parts[1]).label) if tpl else None
        except KeyError:
            label = None
        return _MARK.sub("", text(label)) if label else parts[1].replace("_", " ").capitalize()
    if parts[0] == "answers" and len(parts) >= 3:
        return translate("ConfirmBanner", "{mineral}, question {n}").format(
            mineral=text(parts[1]), n=parts[2]
        )
    if parts[0] == "company_answers" and len(parts) >= 2:
        return translate("ConfirmBanner", "Company question {letter}").format(letter=parts[1])
    if parts[0] == "company_answers_by_mineral" and len(parts) >= 3:
        return translate("ConfirmBanner", "Company question {letter} ({mineral})").format(
            letter=parts[1], mineral=text(parts[2])
        )
    row = _ROW.match(path)
    if row:
        kinds = {
            "smelters": translate("ConfirmBanner", "Smelter"),
            "products": translate("ConfirmBanner", "Product"),
            "mines": translate("ConfirmBanner", "Mine"),
        }
        sheets = {"smelters": "smelter_list", "products": "product_list", "mines": "mine_list"}
        sheet = getattr(tpl, sheets[row.group(1)], None) if tpl else None
        first = sheet.first_row if sheet is not None else 1
        return translate("ConfirmBanner", "{kind} row {n}").format(
            kind=kinds[row.group(1)], n=first + int(row.group(2))
        )
    if path == "mines":
        return translate("ConfirmBanner", "Mine list")
    return path

"""A field as the user knows it, in the interface language ("answers.Tin.6.answer" → "Tin,
question 6"): the one translated label of a field path, from `FieldPath.label_key`, used by the
confirm banner and the review comments. (The review report's English labels are
`forms.review.labels`.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from forms.fieldpath import FieldPath


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows (it reads the context here)."""
    return QCoreApplication.translate(context, text)


# The texts keep the context they were first translated under ("ConfirmBanner").
def field_label(path: str) -> str:
    """A field path as the user knows it ("answers.Tin.6.answer" → "Tin, question 6")."""
    parsed = FieldPath.try_parse(path)
    key = parsed.label_key if parsed else ()
    kind = key[0] if key else ""
    if kind == "company":
        return key[1].replace("_", " ").capitalize()
    if kind == "answer":
        return translate("ConfirmBanner", "{mineral}, question {n}").format(
            mineral=key[1], n=key[2]
        )
    if kind == "company_answer" and (len(key) == 2 or key[2] == "comment"):
        return translate("ConfirmBanner", "Company question {letter}").format(letter=key[1])
    if kind == "company_answer":
        return translate("ConfirmBanner", "Company question {letter} ({mineral})").format(
            letter=key[1], mineral=key[2]
        )
    if kind == "row":
        kinds = {
            "smelters": translate("ConfirmBanner", "Smelter"),
            "products": translate("ConfirmBanner", "Product"),
            "mines": translate("ConfirmBanner", "Mine"),
        }
        return translate("ConfirmBanner", "{kind} row {n}").format(kind=kinds[key[1]], n=key[2])
    if key == ("list", "mines"):
        return translate("ConfirmBanner", "Mine list")
    return path

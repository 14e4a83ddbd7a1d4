"""Why a question is not required: the template's gating, phrased for the person filling in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from forms.declaration import Declaration
from forms.rules.excel import among
from forms.templates import cells


def _same(text: str) -> str:
    return text


def skip_reason(
    decl: Declaration, mineral: str, number: str, display: Callable[[str], str] = _same
) -> str | None:
    """None when question `number` is asked for `mineral`; else why it is not required
    (`display` shows a mineral or an answer in the interface language)."""
    g = decl.template.gating
    if number == "1":
        return None
    q1 = decl.answer(mineral, "1")
    if among(q1, g.q1_stops):
        return QCoreApplication.translate(
            "gating", "Not required because Q1 for {mineral} is “{answer}”."
        ).format(mineral=display(mineral), answer=display(str(q1)))
    if number != "2":
        q2 = decl.answer(mineral, "2")
        if among(q2, g.q2_stops):
            return QCoreApplication.translate(
                "gating", "Not required because Q2 for {mineral} is “{answer}”."
            ).format(mineral=display(mineral), answer=display(str(q2)))
    return None


def needs_details(decl: Declaration, mineral: str) -> bool:
    """Questions 3… (and the smelters, company questions) are required for `mineral`."""
    return skip_reason(decl, mineral, "3") is None


def company_skip_reason(decl: Declaration) -> str | None:
    """Company-level questions are not required when every mineral stops at Q1 or Q2."""
    rows = cells.mineral_rows(decl.template, decl.minerals_in_scope)
    if not rows or any(needs_details(decl, m) for m in rows):
        return None
    return QCoreApplication.translate(
        "gating",
        "Not required because no mineral is used and remaining in your products "
        "(each one stops at question 1 or 2). You may still answer.",
    )

"""The wording of why a question is not required. Which questions those are is decided in one
place, `forms.rules.gating`, which the Checker parity rules also use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from forms.declaration import Declaration
from forms.rules.gating import SkipReason, company_questions_gate, question_gate


def _same(text: str) -> str:
    return text


def reason_text(reason: SkipReason, display: Callable[[str], str] = _same) -> str:
    """`reason` in the interface language (`display` shows a mineral or an answer)."""
    if reason.question == "1":
        return QCoreApplication.translate(
            "gating", "Not required because Q1 for {mineral} is “{answer}”."
        ).format(mineral=display(str(reason.mineral)), answer=display(str(reason.answer)))
    if reason.question == "2":
        return QCoreApplication.translate(
            "gating", "Not required because Q2 for {mineral} is “{answer}”."
        ).format(mineral=display(str(reason.mineral)), answer=display(str(reason.answer)))
    if reason.question == "uncounted":
        return QCoreApplication.translate(
            "gating",
            "Not required: RMI's Checker does not count this question. You may still answer.",
        )
    return QCoreApplication.translate(
        "gating",
        "Not required because no mineral is used and remaining in your products "
        "(each one stops at question 1 or 2). You may still answer.",
    )


def skip_reason(
    decl: Declaration, mineral: str, number: str, display: Callable[[str], str] = _same
) -> str | None:
    """None when question `number` is required for `mineral`; else why it is not."""
    gate = question_gate(decl, mineral, number)
    if gate.required or gate.reason is None:
        return None
    return reason_text(gate.reason, display)


def company_skip_reason(decl: Declaration) -> str | None:
    """Company-level questions are not required when every mineral stops at Q1 or Q2."""
    gate = company_questions_gate(decl)
    return None if gate.required or gate.reason is None else reason_text(gate.reason)

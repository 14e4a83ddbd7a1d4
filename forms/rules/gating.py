"""Which fields a declaration asks for: the one reading of a template's gating.

For a declaration and a field, `field_gate` says whether the field is required (RMI's Checker
counts it while it is missing), optional, or not allowed (CMRT 6.31+ empties the drop-downs of
skipped questions), and why it is not required. The Checker parity rules, the exporter and the
editor all ask here; the editor adds only the translated wording of `Gate.reason`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from forms.declaration import Declaration
from forms.fieldpath import FieldPath, as_path
from forms.rules.excel import among, eq
from forms.templates import cells


class Requirement(Enum):
    REQUIRED = "required"
    OPTIONAL = "optional"
    NOT_ALLOWED = "not_allowed"


@dataclass(frozen=True)
class SkipReason:
    """Why a field is not required.

    `question` "1" or "2": that question of `mineral` was answered `answer`, which stops the
    later questions. `question` "" (with `mineral` None): every mineral stops at question 1 or
    2, so the company-level questions are not required. `question` "uncounted": the template's
    Checker never counts this question (the AMRT's question 2).
    """

    question: str
    mineral: str | None = None
    answer: str | None = None


@dataclass(frozen=True)
class Gate:
    requirement: Requirement
    reason: SkipReason | None = None
    read: bool = True
    """False when the Checker ignores a value written here (CMRT reads question 2 only after a
    "Yes" to question 1), so a value does not make the field complete."""

    @property
    def required(self) -> bool:
        return self.requirement is Requirement.REQUIRED

    @property
    def skipped(self) -> bool:
        return self.requirement is not Requirement.REQUIRED


_REQUIRED = Gate(Requirement.REQUIRED)
_OPTIONAL = Gate(Requirement.OPTIONAL)


def _skipped(decl: Declaration, reason: SkipReason, forbidden: bool) -> Gate:
    allowed = not (forbidden and decl.template.gating.forbids_skipped)
    return Gate(Requirement.OPTIONAL if allowed else Requirement.NOT_ALLOWED, reason)


def question_gate(decl: Declaration, mineral: str, number: str) -> Gate:
    """Question `number` of `mineral`, the way the template's Checker F column gates it."""
    g = decl.template.gating
    if number == "1":
        return _REQUIRED
    asked = next((q for q in decl.template.questions if q.number == number), None)
    if asked is not None and not asked.counted:  # the AMRT's Checker never counts question 2
        return Gate(Requirement.OPTIONAL, SkipReason("uncounted", mineral))
    q1, q2 = decl.answer(mineral, "1"), decl.answer(mineral, "2")
    if among(q1, g.q1_stops):
        return _skipped(decl, SkipReason("1", mineral, q1), forbidden=True)
    q1_yes = eq(q1, "Yes")
    if number == "2":
        return Gate(Requirement.REQUIRED, read=not g.needs_yes or q1_yes)
    # CMRT's Checker sees Q2 as blank unless Q1 is "Yes", so a stray Q2 "No" stops nothing.
    seen_q2 = q2 if not g.needs_yes or q1_yes else None
    if among(seen_q2, g.q2_stops):
        return _skipped(decl, SkipReason("2", mineral, seen_q2), forbidden=True)
    return Gate(Requirement.REQUIRED, read=not g.needs_yes or (q1_yes and eq(q2, "Yes")))


def answer_allowed(decl: Declaration, mineral: str, number: str) -> bool:
    """Whether the template's drop-down offers anything at question `number` of `mineral`:
    CMRT 6.31+ empties it once question 1 or 2 (as written, whatever the Checker reads) stops
    the mineral."""
    g = decl.template.gating
    if not g.forbids_skipped or not number.isdigit() or int(number) < 2:
        return True
    if among(decl.answer(mineral, "1"), g.q1_stops):
        return False
    return int(number) < 3 or not among(decl.answer(mineral, "2"), g.q2_stops)


def needs_details(decl: Declaration, mineral: str) -> bool:
    """Questions 3…, the mineral's smelters and its company questions are required."""
    return question_gate(decl, mineral, "3").required


def details_by_mineral(decl: Declaration) -> dict[str, bool]:
    """`needs_details` for every mineral row of the declaration, in row order."""
    rows = cells.mineral_rows(decl.template, decl.minerals_in_scope)
    return {m: needs_details(decl, m) for m in rows}


def company_questions_gate(decl: Declaration, mineral: str | None = None) -> Gate:
    """A company-level question: required when some mineral (or `mineral`, for a question
    asked per mineral) needs details."""
    if mineral is not None:
        gate = question_gate(decl, mineral, "3")
        return _REQUIRED if gate.required else Gate(Requirement.OPTIONAL, gate.reason)
    if any(details_by_mineral(decl).values()):
        return _REQUIRED
    return Gate(Requirement.OPTIONAL, SkipReason(""))


def field_gate(decl: Declaration, path: str | FieldPath) -> Gate:
    """The gate of any field; fields no gating touches are required when the Checker requires
    them and optional otherwise (the Checker rules decide which company fields those are), so
    only answers are gated here."""
    p = as_path(path)
    if p.part == "comment":
        return _OPTIONAL
    if p.section == "answers" and p.mineral is not None and p.number is not None:
        return question_gate(decl, p.mineral, p.number)
    if p.section == "company_answers":
        return company_questions_gate(decl)
    if p.section == "company_answers_by_mineral":
        return company_questions_gate(decl, p.mineral)
    return _REQUIRED

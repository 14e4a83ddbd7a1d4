"""Red flags on the answers: values outside the drop-downs, contradictions, weak due diligence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from forms.declaration import Answer, Declaration
from forms.fieldpath import FieldPath, Part
from forms.rules.excel import among, eq
from forms.rules.finding import Finding
from forms.rules.rf_tables import FULL_SURVEY, LOW_SURVEY, ROLES, Roles
from forms.rules.rf_text import looks_like_url, non_english
from forms.templates import cells
from forms.templates.model import TemplateDef

DECL = cells.DECLARATION


def _q(
    decl: Declaration,
    tpl: TemplateDef,
    mineral: str,
    number: str,
    message_id: str,
    part: Part = "answer",
    **params: Any,
) -> Finding:
    """A red flag on question `number` of `mineral` (its params include both)."""
    answer_cell, comment_cell = cells.answer_cells(tpl, decl.minerals_in_scope, mineral, number)
    cell = answer_cell if part == "answer" else comment_cell
    path = FieldPath.answer(mineral, number, part)
    return Finding.of(
        message_id, "warning", path, DECL, cell, mineral=mineral, number=number, **params
    )


def _company_q(
    decl: Declaration,
    tpl: TemplateDef,
    letter: str,
    mineral: str | None,
    message_id: str,
    part: Part = "answer",
    *,
    code: str | None = None,
    **params: Any,
) -> Finding:
    """A red flag on company question `letter` (per `mineral` when not None)."""
    answer_cell, comment_cell = cells.company_answer_cells(
        tpl, decl.minerals_in_scope, letter, mineral
    )
    path = FieldPath.company_answer(letter, mineral, part)
    cell = answer_cell if part == "answer" else comment_cell
    if mineral is not None:
        params["mineral"] = mineral
    return Finding.of(message_id, "warning", path, DECL, cell, code=code, letter=letter, **params)


def _company_answers(
    decl: Declaration, tpl: TemplateDef
) -> Iterator[tuple[str, str | None, Answer]]:
    """(letter, mineral or None, answer) for every company-level answer of the declaration."""
    for q in tpl.company_questions:
        if q.per_mineral:
            for mineral in cells.mineral_rows(tpl, decl.minerals_in_scope):
                yield q.letter, mineral, decl.company_answer(q.letter, mineral)
        else:
            yield q.letter, None, decl.company_answer(q.letter)


def _not_an_option(value: str, options: tuple[str, ...]) -> tuple[str, dict[str, Any]]:
    """The wording variant ("-case" when only the letter case differs) and its params."""
    close = [o for o in options if eq(value, o)]
    if close:
        return "-case", {"value": value, "option": close[0]}
    return "", {"value": value, "options": ", ".join(f'"{o}"' for o in options)}


def option_flags(decl: Declaration, tpl: TemplateDef) -> list[Finding]:
    """Answers that are not exactly one of the drop-down values (raw values from messy files)."""
    out = []
    scope = decl.company.scope
    if scope is not None and scope not in tpl.scope_options:
        case, params = _not_an_option(scope, tpl.scope_options)
        cell = tpl.company_field("scope").cell
        wording = f"RF-ANSWER-NOT-AN-OPTION/scope{case}"
        out.append(Finding.of(wording, "warning", FieldPath.company("scope"), DECL, cell, **params))
    for mineral in cells.mineral_rows(tpl, decl.minerals_in_scope):
        for q in tpl.questions:
            value = decl.answer(mineral, q.number) if q.applies_to(mineral) else None
            if value is not None and value not in q.options_for(mineral):
                case, params = _not_an_option(value, q.options_for(mineral))
                wording = f"RF-ANSWER-NOT-AN-OPTION/question{case}"
                out.append(_q(decl, tpl, mineral, q.number, wording, **params))
    for letter, per, ans in _company_answers(decl, tpl):
        choices = tpl.company_question(letter).options_for(per)
        if ans.answer is not None and ans.answer not in choices:
            case, params = _not_an_option(ans.answer, choices)
            wording = f"RF-ANSWER-NOT-AN-OPTION/company{case}"
            out.append(_company_q(decl, tpl, letter, per, wording, **params))
    return out


def _skipped_flags(decl: Declaration, tpl: TemplateDef, mineral: str) -> list[Finding]:
    """From CMRT 6.31 the drop-downs of skipped questions are empty: an answer there is refused."""
    q1, q2 = decl.answer(mineral, "1"), decl.answer(mineral, "2")
    open_q2 = q1 is None or eq(q1, "Yes")
    open_rest = open_q2 and (q2 is None or eq(q2, "Yes"))
    out = []
    for q in tpl.questions[1:]:
        value = decl.answer(mineral, q.number)
        if value is not None and not (open_q2 if q.number == "2" else open_rest):
            out.append(_q(decl, tpl, mineral, q.number, "RF-ANSWER-NOT-ASKED"))
    return out


def _mineral_flags(decl: Declaration, tpl: TemplateDef, r: Roles, mineral: str) -> list[Finding]:
    out = []

    def a(number: str | None) -> str | None:
        return decl.answer(mineral, number) if number else None

    for number in r.high_risk:
        value = a(number)
        if value is not None and not among(value, ("No", "Unknown")):
            out.append(_q(decl, tpl, mineral, number, "RF-HIGH-RISK-SOURCING", value=value))
    survey, identified = a(r.survey), a(r.identified)
    partial = survey is not None and not eq(survey, FULL_SURVEY)
    if eq(a(r.sourcing_claim), "No") and (
        partial or (identified is not None and not eq(identified, "Yes"))
    ):
        out.append(
            _q(
                decl,
                tpl,
                mineral,
                r.sourcing_claim,
                "RF-NO-RISK-WITHOUT-COVERAGE",
                survey=r.survey,
                identified=r.identified,
            )
        )
    if eq(identified, "Yes") and partial:
        out.append(
            _q(
                decl,
                tpl,
                mineral,
                r.identified,
                "RF-IDENTIFIED-WITHOUT-COVERAGE",
                value=survey,
                survey=r.survey,
            )
        )
    if among(survey, LOW_SURVEY):
        out.append(_q(decl, tpl, mineral, r.survey, "RF-LOW-SURVEY-RESPONSE", value=survey))
    if eq(a(r.reported), "No"):
        out.append(_q(decl, tpl, mineral, r.reported, "RF-NOT-ALL-REPORTED"))
    return out


def question_flags(decl: Declaration, tpl: TemplateDef) -> list[Finding]:
    """Contradictory or weak per-mineral answers (review-rules C)."""
    r = ROLES[tpl.family]
    out = []
    for mineral in cells.mineral_rows(tpl, decl.minerals_in_scope):
        if tpl.gating.forbids_skipped:
            out += _skipped_flags(decl, tpl, mineral)
        out += _mineral_flags(decl, tpl, r, mineral)
        for q in tpl.questions:
            ans = decl.answers.get(mineral, {}).get(q.number)
            if ans is not None and non_english(ans.comment):
                out.append(_q(decl, tpl, mineral, q.number, "RF-NOT-ENGLISH/question", "comment"))
    return out


def company_question_flags(decl: Declaration, tpl: TemplateDef) -> list[Finding]:
    """Weak company-level answers, a policy "URL" that is none, an undescribed survey format."""
    out = []
    for letter, suffix, what in ROLES[tpl.family].weak_when_no:
        for q_letter, mineral, ans in _company_answers(decl, tpl):
            if q_letter == letter and eq(ans.answer, "No"):
                wording = "RF-NO/mineral" if mineral else "RF-NO/company"
                out.append(
                    _company_q(
                        decl, tpl, letter, mineral, wording, code=f"RF-NO-{suffix}", what=what
                    )
                )
    for q in tpl.company_questions:
        if q.per_mineral:
            continue
        ans = decl.company_answer(q.letter)
        comment = ans.comment or ""
        if (
            q.url_when
            and eq(ans.answer, q.url_when)
            and len(comment) > 1
            and not looks_like_url(comment)
        ):
            out.append(
                _company_q(
                    decl,
                    tpl,
                    q.letter,
                    None,
                    "RF-POLICY-URL-NOT-A-URL",
                    "comment",
                    answer=q.url_when,
                    value=comment,
                )
            )
        other = [o for o in q.options if "other format" in o.casefold()]
        if not q.describe_when and other and eq(ans.answer, other[0]) and ans.comment is None:
            out.append(
                _company_q(decl, tpl, q.letter, None, "RF-SURVEY-FORMAT-UNDESCRIBED", "comment")
            )
    for letter, mineral, ans in _company_answers(decl, tpl):
        if non_english(ans.comment):
            out.append(
                _company_q(decl, tpl, letter, mineral, "RF-NOT-ENGLISH/company-question", "comment")
            )
    return out

"""Red flags on the answers: values outside the drop-downs, contradictions, weak due diligence."""

from __future__ import annotations

from collections.abc import Iterator

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
    code: str,
    message: str,
    hint: str,
    part: Part = "answer",
) -> Finding:
    answer_cell, comment_cell = cells.answer_cells(tpl, decl.minerals_in_scope, mineral, number)
    cell = answer_cell if part == "answer" else comment_cell
    path = str(FieldPath.answer(mineral, number, part))
    return Finding(code, "warning", path, message, hint, DECL, cell)


def _company_q(
    decl: Declaration,
    tpl: TemplateDef,
    letter: str,
    mineral: str | None,
    code: str,
    message: str,
    hint: str,
    part: Part = "answer",
) -> Finding:
    answer_cell, comment_cell = cells.company_answer_cells(
        tpl, decl.minerals_in_scope, letter, mineral
    )
    path = str(FieldPath.company_answer(letter, mineral, part))
    cell = answer_cell if part == "answer" else comment_cell
    return Finding(code, "warning", path, message, hint, DECL, cell)


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


def _not_an_option(value: str, options: tuple[str, ...]) -> tuple[str, str]:
    close = [o for o in options if eq(value, o)]
    if close:
        return (
            f'"{value}" differs from the drop-down value "{close[0]}" in letter case.',
            f'Choose "{close[0]}" from the list.',
        )
    return (
        f'"{value}" is not one of the template\'s answers.',
        "Choose one of: " + ", ".join(f'"{o}"' for o in options) + ".",
    )


def option_flags(decl: Declaration, tpl: TemplateDef) -> list[Finding]:
    """Answers that are not exactly one of the drop-down values (raw values from messy files)."""
    out = []
    scope = decl.company.scope
    if scope is not None and scope not in tpl.scope_options:
        msg, hint = _not_an_option(scope, tpl.scope_options)
        cell = tpl.company_field("scope").cell
        out.append(
            Finding(
                "RF-ANSWER-NOT-AN-OPTION",
                "warning",
                "company.scope",
                f"Declaration scope: {msg}",
                hint,
                DECL,
                cell,
            )
        )
    for mineral in cells.mineral_rows(tpl, decl.minerals_in_scope):
        for q in tpl.questions:
            value = decl.answer(mineral, q.number) if q.applies_to(mineral) else None
            if value is not None and value not in q.options_for(mineral):
                msg, hint = _not_an_option(value, q.options_for(mineral))
                out.append(
                    _q(
                        decl,
                        tpl,
                        mineral,
                        q.number,
                        "RF-ANSWER-NOT-AN-OPTION",
                        f"Question {q.number} for {mineral}: {msg}",
                        hint,
                    )
                )
    for letter, per, ans in _company_answers(decl, tpl):
        choices = tpl.company_question(letter).options_for(per)
        if ans.answer is not None and ans.answer not in choices:
            msg, hint = _not_an_option(ans.answer, choices)
            out.append(
                _company_q(
                    decl,
                    tpl,
                    letter,
                    per,
                    "RF-ANSWER-NOT-AN-OPTION",
                    f"Company question {letter}: {msg}",
                    hint,
                )
            )
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
            out.append(
                _q(
                    decl,
                    tpl,
                    mineral,
                    q.number,
                    "RF-ANSWER-NOT-ASKED",
                    f"Question {q.number} for {mineral} is answered although questions 1–2 "
                    "say the mineral is not used; the template does not allow an answer here.",
                    "Clear the answer, or correct questions 1 and 2.",
                )
            )
    return out


def _mineral_flags(decl: Declaration, tpl: TemplateDef, r: Roles, mineral: str) -> list[Finding]:
    out = []

    def a(number: str | None) -> str | None:
        return decl.answer(mineral, number) if number else None

    for number in r.high_risk:
        value = a(number)
        if value is not None and not among(value, ("No", "Unknown")):
            out.append(
                _q(
                    decl,
                    tpl,
                    mineral,
                    number,
                    "RF-HIGH-RISK-SOURCING",
                    f'Question {number} for {mineral} is "{value}": some smelters source from '
                    "covered or conflict-affected and high-risk areas.",
                    "Ask for the smelters concerned and their RMAP status; this is a review "
                    "trigger, not a rejection.",
                )
            )
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
                f'Question {r.sourcing_claim} for {mineral} says "No" although not every '
                f"supplier answered (question {r.survey}) or not every smelter is identified "
                f"(question {r.identified}).",
                '"Unknown" is the consistent answer until the survey is complete.',
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
                f"Question {r.identified} for {mineral} says all smelters are identified, but "
                f'only "{survey}" of suppliers responded (question {r.survey}).',
                "Check the answer to both questions.",
            )
        )
    if among(survey, LOW_SURVEY):
        out.append(
            _q(
                decl,
                tpl,
                mineral,
                r.survey,
                "RF-LOW-SURVEY-RESPONSE",
                f'Supplier survey response for {mineral} is "{survey}".',
                "Follow up with the suppliers that have not responded.",
            )
        )
    if eq(a(r.reported), "No"):
        out.append(
            _q(
                decl,
                tpl,
                mineral,
                r.reported,
                "RF-NOT-ALL-REPORTED",
                f"Not all smelter information received for {mineral} is reported.",
                "Add every smelter your suppliers named to the Smelter List.",
            )
        )
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
                out.append(
                    _q(
                        decl,
                        tpl,
                        mineral,
                        q.number,
                        "RF-NOT-ENGLISH",
                        f"The comment on question {q.number} for {mineral} is not in English.",
                        "RMI templates must be answered in English.",
                        "comment",
                    )
                )
    return out


def company_question_flags(decl: Declaration, tpl: TemplateDef) -> list[Finding]:
    """Weak company-level answers, a policy "URL" that is none, an undescribed survey format."""
    out = []
    for letter, suffix, what in ROLES[tpl.family].weak_when_no:
        for q_letter, mineral, ans in _company_answers(decl, tpl):
            if q_letter == letter and eq(ans.answer, "No"):
                for_m = f" for {mineral}" if mineral else ""
                out.append(
                    _company_q(
                        decl,
                        tpl,
                        letter,
                        mineral,
                        f"RF-NO-{suffix}",
                        f'Company question {letter}{for_m} is "No": {what}.',
                        "Ask the supplier for its plan and timeline to put this in place.",
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
                    f'Question {q.letter} is "{q.url_when}" but the comment "{comment}" '
                    "is not a web address.",
                    "Put the URL of the published policy in the comment, e.g. "
                    "www.company.com/policy.",
                    "comment",
                )
            )
        other = [o for o in q.options if "other format" in o.casefold()]
        if not q.describe_when and other and eq(ans.answer, other[0]) and ans.comment is None:
            out.append(
                _company_q(
                    decl,
                    tpl,
                    q.letter,
                    None,
                    "RF-SURVEY-FORMAT-UNDESCRIBED",
                    f"Question {q.letter} says another survey format is used but does "
                    "not describe it.",
                    "Describe the survey format in the comment.",
                    "comment",
                )
            )
    for letter, mineral, ans in _company_answers(decl, tpl):
        if non_english(ans.comment):
            out.append(
                _company_q(
                    decl,
                    tpl,
                    letter,
                    mineral,
                    "RF-NOT-ENGLISH",
                    f"The comment on company question {letter} is not in English.",
                    "RMI templates must be answered in English.",
                    "comment",
                )
            )
    return out

"""RMI Checker parity: the required fields the template's own Checker tab counts as missing.

Each error here corresponds to one Checker row with "necessary" = 1 and "complete" = 0, computed
the way the template's F and G formulas compute them (`rmi-templates.md` §8), including the
quirks of individual versions recorded in the template definitions. So
`len(checker_findings(d))` is what `Checker!D2` shows after recalculation.
"""

from __future__ import annotations

from forms.declaration import Declaration
from forms.rules.excel import among, eq
from forms.rules.finding import Finding
from forms.templates import cells
from forms.templates.common import NOT_LISTED, SCOPE_COMPANY, SCOPE_PRODUCT
from forms.templates.model import TemplateDef

DECL = cells.DECLARATION


def _company(decl: Declaration, tpl: TemplateDef) -> list[Finding]:
    out = []
    for f in tpl.company_fields:
        if not f.required:
            continue
        value = getattr(decl.company, f.key)
        label = f.label.replace(" (*)", "").rstrip(":")
        if f.kind == "email" and value is not None and "@" not in value:
            out.append(
                Finding(
                    f"CHK-{f.key.upper().replace('_', '-')}",
                    "error",
                    f"company.{f.key}",
                    f'{label} is not an e-mail address (it has no "@").',
                    "Enter an address such as name@company.com.",
                    DECL,
                    f.cell,
                )
            )
        elif value is None:
            out.append(
                Finding(
                    f"CHK-{f.key.upper().replace('_', '-')}",
                    "error",
                    f"company.{f.key}",
                    f"{label} is missing.",
                    f"Fill in {label} on the Declaration tab.",
                    DECL,
                    f.cell,
                )
            )
    scope = decl.company.scope
    if (
        scope is not None
        and not eq(scope, SCOPE_COMPANY)
        and not eq(scope, SCOPE_PRODUCT)
        and decl.company.scope_description is None
    ):
        out.append(
            Finding(
                "CHK-SCOPE-DESCRIPTION",
                "error",
                "company.scope_description",
                "A user-defined scope needs a description.",
                "Describe which products or parts of the company this declaration covers.",
                DECL,
                tpl.company_field("scope_description").cell,
            )
        )
    if tpl.dynamic_minerals and not decl.minerals_in_scope:
        first, last = _mineral_cells(tpl)
        out.append(
            Finding(
                "CHK-MINERALS",
                "error",
                "minerals_in_scope",
                "No mineral is selected for this declaration.",
                f"Keep at least one mineral in cells {first}–{last}.",
                DECL,
                first,
            )
        )
    return out


def _mineral_cells(tpl: TemplateDef) -> tuple[str, str]:
    """The first and last mineral selection cell (EMRT 2.x slots, AMRT mineral cells)."""
    if tpl.mineral_choice is not None:
        return tpl.mineral_choice.cells[0], tpl.mineral_choice.cells[-1]
    return tpl.mineral_slots[0].cell, tpl.mineral_slots[-1].cell


def _questions(decl: Declaration, tpl: TemplateDef, deep: dict[str, bool]) -> list[Finding]:
    """Questions 1… per mineral; fills `deep[mineral]` with "questions 3… are required"."""
    out = []
    g = tpl.gating
    for mineral in cells.mineral_rows(tpl, decl.minerals_in_scope):
        q1, q2 = decl.answer(mineral, "1"), decl.answer(mineral, "2")
        need_q2 = not among(q1, g.q1_stops)
        # CMRT's Checker sees Q2 as blank unless Q1 is "Yes", so a stray Q2 "No" stops nothing.
        seen_q2 = q2 if not g.needs_yes or eq(q1, "Yes") else None
        need_rest = need_q2 and not among(seen_q2, g.q2_stops)
        deep[mineral] = need_rest
        for q in tpl.questions:
            if not q.applies_to(mineral) or not q.counted:
                continue
            value = decl.answer(mineral, q.number)
            if q.number == "1":
                required, read = True, True
            elif q.number == "2":
                required, read = need_q2, not g.needs_yes or eq(q1, "Yes")
            else:
                required = need_rest
                read = not g.needs_yes or (eq(q1, "Yes") and eq(q2, "Yes"))
            if required and (value is None or not read):
                cell, _ = cells.answer_cells(tpl, decl.minerals_in_scope, mineral, q.number)
                why = (
                    "" if value is None else ' (it is only read when the earlier answers are "Yes")'
                )
                out.append(
                    Finding(
                        f"CHK-Q{q.number}",
                        "error",
                        f"answers.{mineral}.{q.number}.answer",
                        f"Question {q.number} for {mineral} is not answered{why}.",
                        f"Answer question {q.number}: {q.text}",
                        DECL,
                        cell,
                    )
                )
    return out


def _company_questions(decl: Declaration, tpl: TemplateDef, deep: dict[str, bool]) -> list[Finding]:
    out = []
    required = any(deep.values())
    scope = decl.minerals_in_scope
    for q in tpl.company_questions:
        if q.per_mineral:
            for mineral in cells.mineral_rows(tpl, scope):
                ans = decl.company_answer(q.letter, mineral)
                if deep.get(mineral) and ans.answer is None:
                    cell, _ = cells.company_answer_cells(tpl, scope, q.letter, mineral)
                    out.append(
                        Finding(
                            f"CHK-{q.letter}",
                            "error",
                            f"company_answers_by_mineral.{q.letter}.{mineral}.answer",
                            f"Company question {q.letter} for {mineral} is not answered.",
                            f"Answer: {q.text}",
                            DECL,
                            cell,
                        )
                    )
            continue
        if not required:
            continue
        ans = decl.company_answer(q.letter)
        cell, comment_cell = cells.company_answer_cells(tpl, scope, q.letter)
        path = f"company_answers.{q.letter}"
        if q.describe_when and eq(ans.answer, q.describe_when):
            if ans.comment is None:
                out.append(
                    Finding(
                        f"CHK-{q.letter}-DESCRIBE",
                        "error",
                        f"{path}.comment",
                        f"Question {q.letter} says another format is used "
                        "but does not describe it.",
                        "Describe the survey format in the comment.",
                        DECL,
                        comment_cell,
                    )
                )
        elif ans.answer is None or (q.describe_when and not among(ans.answer, q.options)):
            out.append(
                Finding(
                    f"CHK-{q.letter}",
                    "error",
                    f"{path}.answer",
                    f"Company question {q.letter} is not answered.",
                    f"Answer: {q.text}",
                    DECL,
                    cell,
                )
            )
        if q.url_when and eq(ans.answer, q.url_when) and len(ans.comment or "") <= 1:
            out.append(
                Finding(
                    f"CHK-{q.letter}-URL",
                    "error",
                    f"{path}.comment",
                    f'Question {q.letter} is "{q.url_when}" '
                    "but the policy's web address is missing.",
                    "Put the URL of the published policy in the comment, "
                    "e.g. www.company.com/policy.",
                    DECL,
                    comment_cell,
                )
            )
    return out


def _lists(decl: Declaration, tpl: TemplateDef, deep: dict[str, bool]) -> list[Finding]:
    out = []
    if eq(decl.company.scope, SCOPE_PRODUCT) and (
        not decl.products or decl.products[0].number is None
    ):
        out.append(
            Finding(
                "CHK-PRODUCT-LIST",
                "error",
                "products",
                'The scope is "Product" but the Product List is empty.'
                if not decl.products
                else 'The scope is "Product" but the first Product List row has no product number.',
                "List the product numbers this declaration covers, starting in row 6.",
                tpl.product_list.sheet,
                f"B{tpl.product_list.first_row}",
            )
        )
    first = f"B{tpl.smelter_list.first_row}"
    for mineral in cells.mineral_rows(tpl, decl.minerals_in_scope):
        if tpl.checker.crt_smelter_rule:
            missing = (
                decl.answer(mineral, "1") is None
                and eq(decl.answer(mineral, "2"), "Yes")
                and not any(eq(s.metal, mineral) for s in decl.smelters)
            )
        else:
            needs = tpl.checker.smelter_row_needs
            missing = deep[mineral] and not any(
                eq(s.metal, mineral) and all(getattr(s, k) is not None for k in needs)
                for s in decl.smelters
            )
        if missing:
            out.append(
                Finding(
                    "CHK-SMELTER-LIST",
                    "error",
                    f"smelters[{mineral}]",
                    f"No {mineral} smelter is listed.",
                    f"Add at least one row with metal {mineral} on the Smelter List "
                    '("Smelter not yet identified" if you do not know it yet).',
                    tpl.smelter_list.sheet,
                    first,
                )
            )
    if tpl.checker.counts_unlisted_rows:
        bad = [
            i
            for i, s in enumerate(decl.smelters)
            if eq(s.lookup_name, NOT_LISTED) and (s.name is None or s.country is None)
        ]
        if bad:
            rows = ", ".join(str(tpl.smelter_list.first_row + i) for i in bad[:10])
            out.append(
                Finding(
                    "CHK-UNLISTED-SMELTER",
                    "error",
                    f"smelters[{bad[0]}]",
                    f'"Smelter not listed" rows need a smelter name and country (rows {rows}).',
                    "Enter the smelter's name in column D and its country in column E.",
                    tpl.smelter_list.sheet,
                    f"D{tpl.smelter_list.first_row + bad[0]}",
                )
            )
    return out


def checker_findings(decl: Declaration) -> list[Finding]:
    """Every required field the template's Checker would count as missing, in Checker order."""
    tpl = decl.template
    deep: dict[str, bool] = {}
    questions = _questions(decl, tpl, deep)
    return [
        *_company(decl, tpl),
        *questions,
        *_company_questions(decl, tpl, deep),
        *_lists(decl, tpl, deep),
    ]


def checker_remaining(decl: Declaration) -> int:
    """The number `Checker!D2` shows for this declaration."""
    return len(checker_findings(decl))

"""RMI Checker parity: the required fields the template's own Checker tab counts as missing.

Each error here corresponds to one Checker row with "necessary" = 1 and "complete" = 0, computed
the way the template's F and G formulas compute them (`rmi-templates.md` §8), including the
quirks of individual versions recorded in the template definitions. So
`len(checker_findings(d))` is what `Checker!D2` shows after recalculation.
"""

from __future__ import annotations

from forms.declaration import Declaration
from forms.fieldpath import FieldPath
from forms.rules.excel import among, eq
from forms.rules.finding import Finding
from forms.rules.gating import company_questions_gate, details_by_mineral, question_gate
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
                    str(FieldPath.company(f.key)),
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
                    str(FieldPath.company(f.key)),
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
        out.append(
            Finding(
                "CHK-MINERALS",
                "error",
                "minerals_in_scope",
                "No mineral is selected for this declaration.",
                "Keep at least one mineral in cells D12–G13.",
                DECL,
                "D12",
            )
        )
    return out


def _questions(decl: Declaration, tpl: TemplateDef) -> list[Finding]:
    """Questions 1… per mineral, required and read as `forms.rules.gating` says."""
    out = []
    for mineral in cells.mineral_rows(tpl, decl.minerals_in_scope):
        for q in tpl.questions:
            if not q.applies_to(mineral):
                continue
            gate = question_gate(decl, mineral, q.number)
            value = decl.answer(mineral, q.number)
            if gate.required and (value is None or not gate.read):
                cell, _ = cells.answer_cells(tpl, decl.minerals_in_scope, mineral, q.number)
                why = (
                    "" if value is None else ' (it is only read when the earlier answers are "Yes")'
                )
                out.append(
                    Finding(
                        f"CHK-Q{q.number}",
                        "error",
                        str(FieldPath.answer(mineral, q.number)),
                        f"Question {q.number} for {mineral} is not answered{why}.",
                        f"Answer question {q.number}: {q.text}",
                        DECL,
                        cell,
                    )
                )
    return out


def _company_questions(decl: Declaration, tpl: TemplateDef, deep: dict[str, bool]) -> list[Finding]:
    out = []
    required = company_questions_gate(decl).required
    scope = decl.minerals_in_scope
    for q in tpl.company_questions:
        if q.per_mineral:
            for mineral in cells.mineral_rows(tpl, scope):
                ans = decl.company_answer(q.letter, mineral)
                if company_questions_gate(decl, mineral).required and ans.answer is None:
                    cell, _ = cells.company_answer_cells(tpl, scope, q.letter, mineral)
                    out.append(
                        Finding(
                            f"CHK-{q.letter}",
                            "error",
                            str(FieldPath.company_answer(q.letter, mineral)),
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
        path = FieldPath.company_answer(q.letter)
        if q.describe_when and eq(ans.answer, q.describe_when):
            if ans.comment is None:
                out.append(
                    Finding(
                        f"CHK-{q.letter}-DESCRIBE",
                        "error",
                        str(path.with_part("comment")),
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
                    str(path),
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
                    str(path.with_part("comment")),
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
                'The scope is "Product" but the Product List is empty.',
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
            missing = deep[mineral] and not any(
                eq(s.metal, mineral) and s.lookup_name is not None for s in decl.smelters
            )
        if missing:
            out.append(
                Finding(
                    "CHK-SMELTER-LIST",
                    "error",
                    str(FieldPath.rows_of_metal("smelters", mineral)),
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
                    str(FieldPath.row("smelters", bad[0])),
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
    deep = details_by_mineral(decl)
    return [
        *_company(decl, tpl),
        *_questions(decl, tpl),
        *_company_questions(decl, tpl, deep),
        *_lists(decl, tpl, deep),
    ]


def checker_remaining(decl: Declaration) -> int:
    """The number `Checker!D2` shows for this declaration."""
    return len(checker_findings(decl))

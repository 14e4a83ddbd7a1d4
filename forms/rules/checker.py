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
        code = f"CHK-{f.key.upper().replace('_', '-')}"
        if f.kind == "email" and value is not None and "@" not in value:
            out.append(
                Finding.of(
                    "CHK-FIELD/no-at",
                    "error",
                    FieldPath.company(f.key),
                    DECL,
                    f.cell,
                    code=code,
                    field=label,
                )
            )
        elif value is None:
            out.append(
                Finding.of(
                    "CHK-FIELD/missing",
                    "error",
                    FieldPath.company(f.key),
                    DECL,
                    f.cell,
                    code=code,
                    field=label,
                )
            )
    scope = decl.company.scope
    if (
        scope is not None
        and not eq(scope, SCOPE_COMPANY)
        and not eq(scope, SCOPE_PRODUCT)
        and decl.company.scope_description is None
    ):
        cell = tpl.company_field("scope_description").cell
        path = FieldPath.company("scope_description")
        out.append(Finding.of("CHK-SCOPE-DESCRIPTION", "error", path, DECL, cell))
    if tpl.dynamic_minerals and not decl.minerals_in_scope:
        first, last = _mineral_cells(tpl)
        out.append(
            Finding.of(
                "CHK-MINERALS", "error", "minerals_in_scope", DECL, first, first=first, last=last
            )
        )
    return out


def _mineral_cells(tpl: TemplateDef) -> tuple[str, str]:
    """The first and last mineral selection cell (EMRT 2.x slots, AMRT mineral cells)."""
    if tpl.mineral_choice is not None:
        return tpl.mineral_choice.cells[0], tpl.mineral_choice.cells[-1]
    return tpl.mineral_slots[0].cell, tpl.mineral_slots[-1].cell


def _questions(decl: Declaration, tpl: TemplateDef) -> list[Finding]:
    """Questions 1… per mineral, required and read as `forms.rules.gating` says."""
    out = []
    for mineral in cells.mineral_rows(tpl, decl.minerals_in_scope):
        for q in tpl.questions:
            if not q.applies_to(mineral) or not q.counted:
                continue
            gate = question_gate(decl, mineral, q.number)
            value = decl.answer(mineral, q.number)
            if gate.required and (value is None or not gate.read):
                cell, _ = cells.answer_cells(tpl, decl.minerals_in_scope, mineral, q.number)
                wording = "CHK-Q/missing" if value is None else "CHK-Q/unread"
                out.append(
                    Finding.of(
                        wording,
                        "error",
                        FieldPath.answer(mineral, q.number),
                        DECL,
                        cell,
                        code=f"CHK-Q{q.number}",
                        number=q.number,
                        mineral=mineral,
                        question=q.text,
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
                        Finding.of(
                            "CHK-COMPANY-Q/mineral",
                            "error",
                            FieldPath.company_answer(q.letter, mineral),
                            DECL,
                            cell,
                            code=f"CHK-{q.letter}",
                            letter=q.letter,
                            mineral=mineral,
                            question=q.text,
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
                    Finding.of(
                        "CHK-COMPANY-Q/describe",
                        "error",
                        path.with_part("comment"),
                        DECL,
                        comment_cell,
                        code=f"CHK-{q.letter}-DESCRIBE",
                        letter=q.letter,
                    )
                )
        elif ans.answer is None or (q.describe_when and not among(ans.answer, q.options)):
            out.append(
                Finding.of(
                    "CHK-COMPANY-Q/missing",
                    "error",
                    path,
                    DECL,
                    cell,
                    code=f"CHK-{q.letter}",
                    letter=q.letter,
                    question=q.text,
                )
            )
        if q.url_when and eq(ans.answer, q.url_when) and len(ans.comment or "") <= 1:
            out.append(
                Finding.of(
                    "CHK-COMPANY-Q/url",
                    "error",
                    path.with_part("comment"),
                    DECL,
                    comment_cell,
                    code=f"CHK-{q.letter}-URL",
                    letter=q.letter,
                    answer=q.url_when,
                )
            )
    return out


def _lists(decl: Declaration, tpl: TemplateDef, deep: dict[str, bool]) -> list[Finding]:
    out = []
    if eq(decl.company.scope, SCOPE_PRODUCT) and (
        not decl.products or decl.products[0].number is None
    ):
        cell = f"B{tpl.product_list.first_row}"
        out.append(
            Finding.of(
                "CHK-PRODUCT-LIST" if not decl.products else "CHK-PRODUCT-LIST/no-number",
                "error",
                "products",
                tpl.product_list.sheet,
                cell,
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
            path = FieldPath.rows_of_metal("smelters", mineral)
            out.append(
                Finding.of(
                    "CHK-SMELTER-LIST",
                    "error",
                    path,
                    tpl.smelter_list.sheet,
                    first,
                    mineral=mineral,
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
            cell = f"D{tpl.smelter_list.first_row + bad[0]}"
            path = FieldPath.row("smelters", bad[0])
            out.append(
                Finding.of(
                    "CHK-UNLISTED-SMELTER", "error", path, tpl.smelter_list.sheet, cell, rows=rows
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

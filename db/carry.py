""" "Start from previous": last period's declaration carried onto a (newer) template version,
with the fields the user must confirm again."""

from __future__ import annotations

import copy
from collections.abc import Collection
from dataclasses import dataclass

from forms.declaration import Answer, Declaration, new_declaration
from forms.templates import TemplateDef
from forms.templates.common import SURVEY_PERCENT
from forms.templates.model import CompanyQuestion, MineralQuestion

CONFIRM_DATE = "confirm the effective date"
CONFIRM_SURVEY = "survey coverage"
OPTION_GONE = "option no longer exists"
SMELTER_GONE = "smelter no longer in the reference list"
NO_MINE_LIST = "the new template has no mine list"

# Older templates keep the "100%" survey answer as the number 1.
_EQUIVALENT = {"1": "100%", "1.0": "100%", "100%": "1"}


@dataclass(frozen=True)
class ConfirmItem:
    """A field of the new declaration the user must look at again, and why."""

    path: str
    reason: str


def map_option(value: str | None, options: tuple[str, ...]) -> tuple[str | None, bool]:
    """`value` as one of `options` (or unchanged when the question is free text); the flag
    says the value had to be dropped."""
    if value is None or not options or value in options:
        return value, False
    alt = _EQUIVALENT.get(value)
    if alt in options:
        return alt, False
    for option in options:
        if option.casefold() == value.casefold():
            return option, False
    return None, True


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def is_survey(q: MineralQuestion) -> bool:
    return set(SURVEY_PERCENT) <= set(q.options)


def _source_question(
    q: MineralQuestion, src: TemplateDef, same_family: bool
) -> MineralQuestion | None:
    for s in src.questions:
        if _norm(s.text) == _norm(q.text):
            return s
    for s in src.questions:
        if same_family and s.number == q.number:
            return s
    return next((s for s in src.questions if is_survey(s) and is_survey(q)), None)


def _source_company_question(
    q: CompanyQuestion, src: TemplateDef, same_family: bool
) -> CompanyQuestion | None:
    for s in src.company_questions:
        if _norm(s.text) == _norm(q.text) or (same_family and s.letter == q.letter):
            return s
    return None


def _carry_answer(
    old: Answer | None, path: str, options: tuple[str, ...], items: list[ConfirmItem]
) -> Answer:
    if old is None:
        return Answer()
    value, dropped = map_option(old.answer, options)
    if dropped:
        items.append(ConfirmItem(f"{path}.answer", OPTION_GONE))
    return Answer(value, old.comment)


def carry_forward(
    prev: Declaration, target: TemplateDef, reference_cids: Collection[str] | None = None
) -> tuple[Declaration, list[ConfirmItem]]:
    """A new declaration on `target` holding what `prev` said. `reference_cids`: the smelter
    IDs of the target template's Smelter Look-up, when the template was added (else None)."""
    src = prev.template
    same_family = src.family == target.family
    items: list[ConfirmItem] = []
    decl = new_declaration(target)
    decl.company = copy.deepcopy(prev.company)
    if decl.company.scope is not None and decl.company.scope not in target.scope_options:
        items.append(ConfirmItem("company.scope", OPTION_GONE))
        decl.company.scope = None
    if decl.company.effective_date:
        items.append(ConfirmItem("company.effective_date", CONFIRM_DATE))
    if target.dynamic_minerals:
        kept = [m for m in prev.minerals_in_scope if target.accepts_mineral(m)]
        if target.mineral_choice is not None and not same_family:
            kept = []  # the AMRT is for minerals the other templates do not cover
        decl.minerals_in_scope = kept or decl.minerals_in_scope
        decl.ensure_shape()

    for mineral, per in decl.answers.items():
        for number in per:
            q = target.question(number)
            path = f"answers.{mineral}.{number}"
            sq = _source_question(q, src, same_family)
            old = prev.answers.get(mineral, {}).get(sq.number) if sq else None
            per[number] = _carry_answer(old, path, q.options_for(mineral), items)
            if is_survey(q) and per[number].answer:
                items.append(ConfirmItem(f"{path}.answer", CONFIRM_SURVEY))

    for letter in decl.company_answers:
        cq = target.company_question(letter)
        scq = _source_company_question(cq, src, same_family)
        old = prev.company_answers.get(scq.letter) if scq and not scq.per_mineral else None
        decl.company_answers[letter] = _carry_answer(
            old, f"company_answers.{letter}", cq.options, items
        )
    for letter, per_m in decl.company_answers_by_mineral.items():
        cq = target.company_question(letter)
        scq = _source_company_question(cq, src, same_family)
        for mineral in per_m:
            if scq is None:
                old = None
            elif scq.per_mineral:
                old = prev.company_answers_by_mineral.get(scq.letter, {}).get(mineral)
            else:
                old = prev.company_answers.get(scq.letter)
            path = f"company_answers_by_mineral.{letter}.{mineral}"
            per_m[mineral] = _carry_answer(old, path, cq.options_for(mineral), items)

    for mineral in decl.mineral_reasons:  # AMRT Minerals Scope
        if mineral in prev.mineral_reasons:
            decl.mineral_reasons[mineral] = copy.deepcopy(prev.mineral_reasons[mineral])

    decl.smelters = copy.deepcopy(prev.smelters)
    decl.products = copy.deepcopy(prev.products)
    if reference_cids is not None:
        known = set(reference_cids)
        for i, sm in enumerate(decl.smelters):
            if sm.smelter_id and sm.smelter_id not in known:
                items.append(ConfirmItem(f"smelters[{i}].smelter_id", SMELTER_GONE))
    if target.mine_list is not None:
        decl.mines = copy.deepcopy(prev.mines)
    elif prev.mines:
        items.append(ConfirmItem("mines", NO_MINE_LIST))
    return decl, items

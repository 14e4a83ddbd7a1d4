"""The declaration: one filled CMRT, CRT, EMRT or AMRT as plain dataclasses, and its JSON form.

The JSON form is `../shared/spec/declaration-json.md` ("mrt-declaration/1"). `to_json` always
writes every key; `from_json` never raises for bad input: it returns the errors it found, each
with the JSON path of the offending value.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from forms import templates
from forms.templates import TemplateDef

FORMAT = "mrt-declaration/1"


@dataclass
class Answer:
    answer: str | None = None
    comment: str | None = None


@dataclass
class Company:
    name: str | None = None
    scope: str | None = None
    scope_description: str | None = None
    unique_id: str | None = None
    unique_id_authority: str | None = None
    address: str | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    authorizer_name: str | None = None
    authorizer_title: str | None = None
    authorizer_email: str | None = None
    authorizer_phone: str | None = None
    effective_date: str | None = None
    """ISO `YYYY-MM-DD`, or the raw text when the source held something that is not a date."""


@dataclass
class Smelter:
    metal: str | None = None
    lookup_name: str | None = None
    name: str | None = None
    country: str | None = None
    smelter_id: str | None = None
    id_source: str | None = None
    street: str | None = None
    city: str | None = None
    state: str | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    next_steps: str | None = None
    mine_names: str | None = None
    mine_countries: str | None = None
    recycled_scrap: str | None = None
    comments: str | None = None
    id_input: str | None = None


@dataclass
class Mine:
    metal: str | None = None
    smelter_name: str | None = None
    mine_name: str | None = None
    mine_id: str | None = None
    id_source: str | None = None
    country: str | None = None
    street: str | None = None
    city: str | None = None
    state: str | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    next_steps: str | None = None
    comments: str | None = None


@dataclass
class Product:
    number: str | None = None
    name: str | None = None
    requester_number: str | None = None
    requester_name: str | None = None
    comments: str | None = None


@dataclass
class Declaration:
    """One declaration. `answers[mineral][number]`, `company_answers[letter]`,
    `company_answers_by_mineral[letter][mineral]` hold every question the template asks."""

    family: str
    version: str
    company: Company = field(default_factory=Company)
    minerals_in_scope: list[str] = field(default_factory=list)
    answers: dict[str, dict[str, Answer]] = field(default_factory=dict)
    company_answers: dict[str, Answer] = field(default_factory=dict)
    company_answers_by_mineral: dict[str, dict[str, Answer]] = field(default_factory=dict)
    smelters: list[Smelter] = field(default_factory=list)
    mines: list[Mine] = field(default_factory=list)
    products: list[Product] = field(default_factory=list)
    mineral_reasons: dict[str, Answer] = field(default_factory=dict)
    """AMRT Minerals Scope sheet: per mineral in scope, why it is in the declaration (the
    reason is the `answer`)."""

    @property
    def template(self) -> TemplateDef:
        return templates.get(self.family, self.version)

    def answer(self, mineral: str, number: str) -> str | None:
        a = self.answers.get(mineral, {}).get(number)
        return a.answer if a else None

    def company_answer(self, letter: str, mineral: str | None = None) -> Answer:
        if mineral is None:
            return self.company_answers.get(letter) or Answer()
        return self.company_answers_by_mineral.get(letter, {}).get(mineral) or Answer()

    def ensure_shape(self) -> None:
        """Add an empty `Answer` for every question the template asks of the minerals in scope,
        and drop answers for minerals no longer in scope."""
        tpl = self.template
        answers: dict[str, dict[str, Answer]] = {}
        for mineral in self.minerals_in_scope:
            old = self.answers.get(mineral, {})
            answers[mineral] = {
                q.number: old.get(q.number) or Answer()
                for q in tpl.questions
                if q.applies_to(mineral)
            }
        self.answers = answers
        by_mineral: dict[str, dict[str, Answer]] = {}
        for cq in tpl.company_questions:
            if cq.per_mineral:
                old_m = self.company_answers_by_mineral.get(cq.letter, {})
                by_mineral[cq.letter] = {
                    m: old_m.get(m) or Answer() for m in self.minerals_in_scope
                }
            else:
                self.company_answers.setdefault(cq.letter, Answer())
        self.company_answers_by_mineral = by_mineral
        if tpl.minerals_scope is not None:
            self.mineral_reasons = {
                m: self.mineral_reasons.get(m) or Answer() for m in self.minerals_in_scope
            }
        else:
            self.mineral_reasons = {}


def default_minerals(tpl: TemplateDef) -> list[str]:
    """The minerals a new declaration on `tpl` starts with: all of them, or none on an AMRT,
    whose user names the minerals of the declaration."""
    if tpl.mineral_choice is not None:
        return []
    return list(tpl.minerals)


def new_declaration(tpl: TemplateDef) -> Declaration:
    """An empty declaration on `tpl`, with every question present and unanswered."""
    decl = Declaration(family=tpl.family, version=tpl.version)
    decl.minerals_in_scope = default_minerals(tpl)
    decl.ensure_shape()
    return decl


# --- JSON -----------------------------------------------------------------------------------


def _row_dict(obj: Any) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in fields(obj)}


def to_json(decl: Declaration) -> dict[str, Any]:
    """The declaration as a `mrt-declaration/1` JSON object (every key present)."""
    tpl = decl.template
    requester = any(c.key == "requester_number" for c in tpl.product_list.columns)
    products = []
    for p in decl.products:
        row = {"number": p.number, "name": p.name}
        if requester:
            row |= {"requester_number": p.requester_number, "requester_name": p.requester_name}
        row["comments"] = p.comments
        products.append(row)
    return {
        "format": FORMAT,
        "template": {"family": decl.family, "version": decl.version},
        "company": _row_dict(decl.company),
        "minerals_in_scope": list(decl.minerals_in_scope),
        "answers": {m: {n: _row_dict(a) for n, a in qs.items()} for m, qs in decl.answers.items()},
        "company_answers": {k: _row_dict(a) for k, a in decl.company_answers.items()},
        "company_answers_by_mineral": {
            k: {m: _row_dict(a) for m, a in per.items()}
            for k, per in decl.company_answers_by_mineral.items()
        },
        "smelters": [_row_dict(s) for s in decl.smelters],
        "mines": [_row_dict(m) for m in decl.mines] if tpl.mine_list else [],
        "products": products,
        # Only templates with a Minerals Scope sheet (AMRT) carry this key.
        **(
            {"mineral_reasons": {m: a.answer for m, a in decl.mineral_reasons.items()}}
            if tpl.minerals_scope is not None
            else {}
        ),
    }

"""Declaration field paths ("company.name", "answers.Tin.2.answer", "smelters[3].country"): the
one grammar by which the store, the editor, the undo stack, comments, labels, the diff and the
rules name a field. `FieldPath` parses and builds them; nothing else splits a path string.

Grammar:
    company.<field>                               a company field
    minerals_in_scope                             the minerals chosen (EMRT 2.x)
    answers.<mineral>.<number>.<answer|comment>   a per-mineral question
    company_answers.<letter>.<answer|comment>     a company-level question
    company_answers_by_mineral.<letter>.<mineral>.<answer|comment>
    mineral_reasons.<mineral>.answer              why a mineral is in scope (AMRT Minerals Scope)
    smelters | products | mines                   a whole list
    smelters[<index>][.<column>]                  a list row, or one cell of it
    smelters[<mineral>]                           the rows of one metal (a list-level finding)
    template                                      the file itself (file-level findings)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from functools import cached_property, lru_cache
from typing import Any, Literal

from forms.declaration import Answer, Company, Declaration, Mine, Product, Smelter
from forms.templates import cells
from forms.templates.model import TemplateDef

Section = Literal[
    "company",
    "minerals_in_scope",
    "answers",
    "company_answers",
    "company_answers_by_mineral",
    "mineral_reasons",
    "smelters",
    "products",
    "mines",
    "template",
]
Part = Literal["answer", "comment"]
ROW_TYPES: dict[str, type[Any]] = {"smelters": Smelter, "products": Product, "mines": Mine}
LIST_KINDS = tuple(ROW_TYPES)
COMPANY_FIELDS = tuple(f.name for f in fields(Company))
SCOPE_KEYS = ("scope", "scope_description")
"""Company fields the editor shows on the scope page rather than the company page."""

_LIST = re.compile(r"^(smelters|products|mines)(?:\[([^\]]+)\])?(?:\.(\w+))?$")
_PARTS = ("answer", "comment")


class FieldPathError(ValueError):
    """The path does not name a field of this declaration."""


@dataclass(frozen=True)
class FieldPath:
    """One parsed field path. Which attributes are set depends on `section`:
    `key` (company field), `mineral` + `number` (answers), `letter` (+ `mineral`) for
    company answers, `part` ("answer"/"comment") for every answer, `index` or `metal` and
    `column` for list rows."""

    section: Section
    key: str | None = None
    mineral: str | None = None
    number: str | None = None
    letter: str | None = None
    part: Part | None = None
    index: int | None = None
    metal: str | None = None
    column: str | None = None

    # ---- building -------------------------------------------------------------------------
    @classmethod
    def company(cls, key: str) -> FieldPath:
        return _company(key)

    @classmethod
    def answer(cls, mineral: str, number: str, part: Part = "answer") -> FieldPath:
        return _answer_path(mineral, number, part)

    @classmethod
    def company_answer(
        cls, letter: str, mineral: str | None = None, part: Part = "answer"
    ) -> FieldPath:
        if mineral is None:
            return cls("company_answers", letter=letter, part=part)
        return cls("company_answers_by_mineral", letter=letter, mineral=mineral, part=part)

    @classmethod
    def mineral_reason(cls, mineral: str) -> FieldPath:
        """Why `mineral` is in scope (the AMRT's Minerals Scope sheet)."""
        return cls("mineral_reasons", mineral=mineral, part="answer")

    @classmethod
    def row(cls, kind: str, index: int, column: str | None = None) -> FieldPath:
        return _row(kind, index, column)

    @classmethod
    def rows_of_metal(cls, kind: str, metal: str) -> FieldPath:
        return cls(_list_kind(kind), metal=metal)

    @classmethod
    def whole(cls, section: Section) -> FieldPath:
        """A path naming a whole part: "minerals_in_scope", "products", "template"…"""
        return cls(section)

    def with_part(self, part: Part) -> FieldPath:
        return replace(self, part=part)

    def __str__(self) -> str:
        return self.text

    @cached_property
    def text(self) -> str:
        """The path as a string (built once: paths are compared and hashed as text a lot)."""
        s = self.section
        if s == "company":
            return f"company.{self.key}"
        if s == "answers":
            return f"answers.{self.mineral}.{self.number}{self._part()}"
        if s == "company_answers":
            return f"company_answers.{self.letter}{self._part()}"
        if s == "company_answers_by_mineral":
            return f"company_answers_by_mineral.{self.letter}.{self.mineral}{self._part()}"
        if s == "mineral_reasons":
            return f"mineral_reasons.{self.mineral}{self._part()}"
        if s in ROW_TYPES:
            sel = self.index if self.index is not None else self.metal
            head = s if sel is None else f"{s}[{sel}]"
            return f"{head}.{self.column}" if self.column else head
        return s

    def _part(self) -> str:
        return f".{self.part}" if self.part else ""

    # ---- parsing --------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> FieldPath:
        """The path `text` names; `FieldPathError` when it follows no rule of the grammar.
        An answer path may omit its part ("answers.Tin.2" names the question)."""
        m = _LIST.match(text)
        if m:
            sel = m[2]
            if sel is not None and sel.isdigit():
                return cls(_list_kind(m[1]), index=int(sel), column=m[3])
            if sel is not None and m[3] is None:
                return cls(_list_kind(m[1]), metal=sel)
            if sel is None and m[3] is None:
                return cls(_list_kind(m[1]))
            raise FieldPathError(text)
        parts = text.split(".")
        head, n = parts[0], len(parts)
        if head in ("minerals_in_scope", "template") and n == 1:
            return cls(head)  # type: ignore[arg-type]
        if head == "company" and n == 2 and parts[1]:
            return cls("company", key=parts[1])
        part: Part | None = None
        if n > 1 and parts[-1] in _PARTS:
            part = "answer" if parts[-1] == "answer" else "comment"
            parts = parts[:-1]
        keys = parts[1:]
        if not all(keys):
            raise FieldPathError(text)
        if head == "answers" and len(keys) == 2:
            return cls("answers", mineral=keys[0], number=keys[1], part=part)
        if head == "company_answers" and len(keys) == 1:
            return cls("company_answers", letter=keys[0], part=part)
        if head == "company_answers_by_mineral" and len(keys) == 2:
            return cls("company_answers_by_mineral", letter=keys[0], mineral=keys[1], part=part)
        if head == "mineral_reasons" and len(keys) == 1 and part != "comment":
            return cls("mineral_reasons", mineral=keys[0], part=part)
        raise FieldPathError(text)

    @classmethod
    def try_parse(cls, text: str) -> FieldPath | None:
        try:
            return cls.parse(text)
        except FieldPathError:
            return None

    # ---- what it names --------------------------------------------------------------------
    @property
    def is_answer(self) -> bool:
        return self.section in (
            "answers", "company_answers", "company_answers_by_mineral", "mineral_reasons"
        )  # fmt: skip

    @property
    def is_list(self) -> bool:
        return self.section in ROW_TYPES

    @property
    def row_path(self) -> FieldPath | None:
        """The whole list row this path belongs to ("smelters[3].country" → "smelters[3]")."""
        if self.is_list and self.index is not None:
            return FieldPath(self.section, index=self.index)
        return None

    def moved_row(self, index: int) -> FieldPath:
        """The same cell of another row."""
        return FieldPath(self.section, index=index, column=self.column)

    @property
    def page(self) -> str:
        """The key of the editor page that shows this field."""
        s = self.section
        if s == "company":
            return "scope" if self.key in SCOPE_KEYS else "company"
        if s in ("minerals_in_scope", "mineral_reasons", "products"):
            return "scope"
        if s == "answers":
            return f"q{self.number}"
        if s in ("company_answers", "company_answers_by_mineral"):
            return "company_questions"
        if s in ("smelters", "mines"):
            return s
        return "review"

    @property
    def label_key(self) -> tuple[str, ...]:
        """What a label needs, independent of language: ("company", key), ("answer", mineral,
        number), ("company_answer", letter[, mineral]), ("row", kind, n) with n counted from
        1, ("list", kind) or (section,). A trailing "comment" marks the comment of a field."""
        s = self.section
        tail: tuple[str, ...] = ("comment",) if self.part == "comment" else ()
        if s == "company":
            return ("company", str(self.key))
        if s == "answers":
            return ("answer", str(self.mineral), str(self.number), *tail)
        if s == "company_answers":
            return ("company_answer", str(self.letter), *tail)
        if s == "company_answers_by_mineral":
            return ("company_answer", str(self.letter), str(self.mineral), *tail)
        if s == "mineral_reasons":
            return ("mineral_reason", str(self.mineral))
        if s in ROW_TYPES:
            if self.index is not None:
                column = (self.column,) if self.column else ()
                return ("row", s, str(self.index + 1), *column)
            return ("list", s)
        return (s,)


# The rules build the same paths on every check: share the (immutable) instances.
@lru_cache(maxsize=4096)
def _company(key: str) -> FieldPath:
    return FieldPath("company", key=key)


@lru_cache(maxsize=4096)
def _answer_path(mineral: str, number: str, part: Part) -> FieldPath:
    return FieldPath("answers", mineral=mineral, number=number, part=part)


@lru_cache(maxsize=16384)
def _row(kind: str, index: int, column: str | None) -> FieldPath:
    return FieldPath(_list_kind(kind), index=index, column=column)


def _list_kind(kind: str) -> Section:
    if kind == "smelters":
        return "smelters"
    if kind == "products":
        return "products"
    if kind == "mines":
        return "mines"
    raise FieldPathError(kind)


def as_path(path: str | FieldPath) -> FieldPath:
    return path if isinstance(path, FieldPath) else FieldPath.parse(path)


# ---- enumerating ------------------------------------------------------------------------------
def answer_paths(tpl: TemplateDef, minerals_in_scope: list[str]) -> Iterator[FieldPath]:
    """Every answer (not comment) path the definition asks for, in form order: per-mineral
    questions, then company questions (per mineral where the template asks so)."""
    rows = cells.mineral_rows(tpl, minerals_in_scope)
    for q in tpl.questions:
        for mineral in rows:
            if q.applies_to(mineral):
                yield FieldPath.answer(mineral, q.number)
    for cq in tpl.company_questions:
        if cq.per_mineral:
            for mineral in rows:
                yield FieldPath.company_answer(cq.letter, mineral)
        else:
            yield FieldPath.company_answer(cq.letter)


def answer_items(decl: Declaration) -> Iterator[tuple[FieldPath, Answer]]:
    """Every stored answer of `decl` with the path of its answer part, in storage order."""
    for mineral, per in decl.answers.items():
        for number, a in per.items():
            yield FieldPath.answer(mineral, number), a
    for letter, a in decl.company_answers.items():
        yield FieldPath.company_answer(letter), a
    for letter, per_m in decl.company_answers_by_mineral.items():
        for mineral, a in per_m.items():
            yield FieldPath.company_answer(letter, mineral), a
    for mineral, a in decl.mineral_reasons.items():
        yield FieldPath.mineral_reason(mineral), a


def value_paths(decl: Declaration) -> dict[str, str | None]:
    """Every single-valued field of `decl` by path, in form order: company, minerals in
    scope, answers per mineral, company-level answers (answer and comment of each)."""
    out: dict[str, str | None] = {
        str(FieldPath.company(k)): getattr(decl.company, k) for k in COMPANY_FIELDS
    }
    out["minerals_in_scope"] = ", ".join(decl.minerals_in_scope) or None
    for path, a in answer_items(decl):
        out[str(path.with_part("answer"))] = a.answer
        if path.section != "mineral_reasons":  # a reason has no comment
            out[str(path.with_part("comment"))] = a.comment
    return out


# ---- reading and writing a declaration -----------------------------------------------------
def _answer(decl: Declaration, p: FieldPath) -> Answer:
    try:
        if p.section == "answers":
            return decl.answers[str(p.mineral)][str(p.number)]
        if p.section == "company_answers":
            return decl.company_answers[str(p.letter)]
        if p.section == "company_answers_by_mineral":
            return decl.company_answers_by_mineral[str(p.letter)][str(p.mineral)]
        if p.section == "mineral_reasons":
            return decl.mineral_reasons[str(p.mineral)]
    except KeyError:
        pass
    raise FieldPathError(str(p))


def _target(decl: Declaration, path: str | FieldPath) -> tuple[Any, str]:
    p = as_path(path)
    if p.is_list and p.index is not None and p.column is not None:
        rows = getattr(decl, p.section)
        if p.index >= len(rows) or p.column not in {f.name for f in fields(ROW_TYPES[p.section])}:
            raise FieldPathError(str(p))
        return rows[p.index], p.column
    if p.section == "company":
        if p.key not in COMPANY_FIELDS:
            raise FieldPathError(str(p))
        return decl.company, str(p.key)
    if p.is_answer and p.part is not None:
        return _answer(decl, p), p.part
    raise FieldPathError(str(p))


def get_value(decl: Declaration, path: str | FieldPath) -> str | None:
    """The current value at `path`."""
    obj, attr = _target(decl, path)
    value: str | None = getattr(obj, attr)
    return value


def set_value(decl: Declaration, path: str | FieldPath, value: str | None) -> str | None:
    """Set the value at `path` (stripped; empty → None) and return the previous value."""
    obj, attr = _target(decl, path)
    old: str | None = getattr(obj, attr)
    setattr(obj, attr, (value.strip() or None) if isinstance(value, str) else None)
    return old

"""Between a `Declaration` and its rows: writing one whole, reading one back, and field paths."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db.models import (
    AnswerRecord,
    Base,
    CompanyProfile,
    DeclarationRecord,
    MineRecord,
    ProductRecord,
    SmelterRecord,
)
from forms.declaration import Answer, Company, Declaration, Mine, Product, Smelter
from forms.fieldpath import FieldPath, FieldPathError

COMPANY_FIELDS = tuple(f.name for f in fields(Company))
ROW_KINDS: dict[str, tuple[type[Base], type[Any]]] = {
    "smelters": (SmelterRecord, Smelter),
    "products": (ProductRecord, Product),
    "mines": (MineRecord, Mine),
}


def row_fields(kind: str) -> tuple[str, ...]:
    return tuple(f.name for f in fields(ROW_KINDS[kind][1]))


def company_of(rec: DeclarationRecord | CompanyProfile) -> Company:
    return Company(**{name: getattr(rec, name) for name in COMPANY_FIELDS})


def set_company(rec: DeclarationRecord | CompanyProfile, company: Company) -> None:
    for name in COMPANY_FIELDS:
        setattr(rec, name, getattr(company, name))


def _answer_items(decl: Declaration) -> list[tuple[str, str, str, Answer]]:
    items = [("answers", m, n, a) for m, per in decl.answers.items() for n, a in per.items()]
    items += [("company_answers", k, "", a) for k, a in decl.company_answers.items()]
    items += [
        ("company_answers_by_mineral", k, m, a)
        for k, per in decl.company_answers_by_mineral.items()
        for m, a in per.items()
    ]
    items += [("mineral_reasons", m, "", a) for m, a in decl.mineral_reasons.items()]
    return items


def write_answers(s: Session, decl_id: int, decl: Declaration) -> None:
    s.execute(delete(AnswerRecord).where(AnswerRecord.declaration_id == decl_id))
    s.add_all(
        AnswerRecord(
            declaration_id=decl_id,
            section=section,
            key1=k1,
            key2=k2,
            position=i,
            answer=a.answer,
            comment=a.comment,
        )
        for i, (section, k1, k2, a) in enumerate(_answer_items(decl))
    )


def row_record(kind: str, decl_id: int, position: int, row: Any) -> Base:
    model = ROW_KINDS[kind][0]
    values = {name: getattr(row, name) for name in row_fields(kind)}
    return model(declaration_id=decl_id, position=position, **values)


def write_declaration(s: Session, rec: DeclarationRecord, decl: Declaration) -> None:
    """Store every part of `decl` under `rec` (which must have its id)."""
    rec.family, rec.version = decl.family, decl.version
    rec.minerals_in_scope = json.dumps(decl.minerals_in_scope)
    set_company(rec, decl.company)
    write_answers(s, rec.id, decl)
    for kind in ROW_KINDS:
        s.add_all(row_record(kind, rec.id, i, r) for i, r in enumerate(getattr(decl, kind)))


def read_rows(s: Session, kind: str, decl_id: int) -> list[Any]:
    # Plain rows, not ORM objects: five times faster on a 500-smelter list, which is read at
    # each opening and each write (for the summary).
    model, cls = ROW_KINDS[kind]
    names = row_fields(kind)
    columns = [getattr(model, n) for n in names]
    query = select(*columns).where(model.declaration_id == decl_id).order_by(model.position)  # type: ignore[attr-defined]
    return [cls(*r) for r in s.execute(query)]


def read_declaration(s: Session, rec: DeclarationRecord) -> Declaration:
    decl = Declaration(family=rec.family, version=rec.version, company=company_of(rec))
    decl.minerals_in_scope = list(json.loads(rec.minerals_in_scope))
    a = AnswerRecord
    query = (
        select(a.section, a.key1, a.key2, a.answer, a.comment)
        .where(a.declaration_id == rec.id)
        .order_by(a.position)
    )
    for section, key1, key2, value, comment in s.execute(query):
        answer = Answer(value, comment)
        if section == "answers":
            decl.answers.setdefault(key1, {})[key2] = answer
        elif section == "company_answers":
            decl.company_answers[key1] = answer
        elif section == "mineral_reasons":
            decl.mineral_reasons[key1] = answer
        else:
            decl.company_answers_by_mineral.setdefault(key1, {})[key2] = answer
    for kind in ROW_KINDS:
        setattr(decl, kind, read_rows(s, kind, rec.id))
    return decl


def _answer_keys(p: FieldPath) -> tuple[str, str]:
    """(key1, key2) of the answer row storing `p`."""
    if p.section == "answers":
        return str(p.mineral), str(p.number)
    if p.section == "company_answers":
        return str(p.letter), ""
    if p.section == "mineral_reasons":
        return str(p.mineral), ""
    return str(p.letter), str(p.mineral)


def _answer_record(s: Session, rec: DeclarationRecord, p: FieldPath) -> AnswerRecord | None:
    k1, k2 = _answer_keys(p)
    query = select(AnswerRecord).filter_by(
        declaration_id=rec.id, section=p.section, key1=k1, key2=k2
    )
    return s.scalars(query).one_or_none()


def locate(s: Session, rec: DeclarationRecord, path: str) -> tuple[Any, str]:
    """The record holding the field at `path` and its attribute; the record is None for an
    answer not stored yet. `FieldPathError` when the path cannot name a field here."""
    p = FieldPath.parse(path)
    if p.is_list and p.index is not None and p.column is not None:
        model = ROW_KINDS[p.section][0]
        row = s.scalars(
            select(model).where(
                model.declaration_id == rec.id,  # type: ignore[attr-defined]
                model.position == p.index,  # type: ignore[attr-defined]
            )
        ).one_or_none()
        if row is None or p.column not in row_fields(p.section):
            raise FieldPathError(path)
        return row, p.column
    if p.section == "company" and p.key in COMPANY_FIELDS:
        return rec, str(p.key)
    if not p.is_answer or p.part is None:
        raise FieldPathError(path)
    return _answer_record(s, rec, p), p.part


def new_answer(s: Session, rec: DeclarationRecord, path: str) -> AnswerRecord:
    """An empty answer record for the answer path `path`, added to the session."""
    p = FieldPath.parse(path)
    k1, k2 = _answer_keys(p)
    last = s.scalar(
        select(func.max(AnswerRecord.position)).where(AnswerRecord.declaration_id == rec.id)
    )
    answer = AnswerRecord(
        declaration_id=rec.id,
        section=p.section,
        key1=k1,
        key2=k2,
        position=(last or 0) + 1,
        answer=None,
        comment=None,
    )
    s.add(answer)
    return answer

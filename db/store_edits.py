"""The store's writes: creating declarations, one-field edits, lists, metadata, the recycle bin."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, fields
from typing import Any

from sqlalchemy import delete, select

from db import library
from db.carry import ConfirmItem, carry_forward
from db.mapping import (
    ROW_KINDS,
    company_of,
    locate,
    new_answer,
    row_fields,
    row_record,
    set_company,
    write_answers,
    write_declaration,
)
from db.models import CompanyProfile, ConfirmRecord, DeclarationRecord, new_row_id
from db.store_base import StoreBase, now, parse_status
from db.store_review import follow_row_comments, matched_row_ids
from db.team_rules import conflict
from forms import fieldpath, templates
from forms.declaration import Company, Declaration
from forms.fieldpath import FieldPath, answer_items

_UNSET: Any = object()


def _clean(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _next_period(period: str | None) -> str | None:
    """ "2024" → "2025"; anything else is left for the user to set."""
    if period and re.fullmatch(r"\d{4}", period.strip()):
        return str(int(period) + 1)
    return None


class EditsMixin(StoreBase):
    def create(
        self,
        decl: Declaration,
        *,
        customer: str | None = None,
        period: str | None = None,
        status: str = "draft",
        source_file: str | None = None,
        source_sha256: str | None = None,
    ) -> int:
        """Store a new declaration; returns its id."""
        templates.get(decl.family, decl.version)  # refuse unknown templates before storing
        moment = now()
        with self._unit() as s:
            rec = DeclarationRecord(
                family=decl.family,
                version=decl.version,
                period=_clean(period),
                status=parse_status(status).value,
                customer=self._customer(s, customer),
                source_file=source_file,
                source_sha256=source_sha256,
                created_at=moment,
                updated_at=moment,
                minerals_in_scope="[]",
                revision=0,
            )
            s.add(rec)
            s.flush()
            write_declaration(s, rec, decl)
            self._log(s, rec, "created", None, source_file or f"{decl.family} {decl.version}")
            return rec.id

    def set_field(
        self, decl_id: int, path: str, value: str | None, *, expected: Any = _UNSET
    ) -> None:
        """Set one field (a `forms.fieldpath` path); committed, with a history row, on return.

        `expected` is the value the edit was made on (what the editor showed): when the stored
        value differs, someone else changed it meanwhile and `EditConflictError` says who, what
        and when; nothing is written."""
        with self._unit() as s:
            rec = self._record(s, decl_id)
            target, attr = locate(s, rec, path)
            if target is None:  # an answer not stored yet: does the template ask it?
                decl = self._read(s, rec)
                decl.ensure_shape()
                fieldpath.get_value(decl, path)
                target = new_answer(s, rec, path)
            old, new = getattr(target, attr), _clean(value)
            if expected is not _UNSET and _clean(expected) != old:
                raise conflict(s, rec, path, old)
            if new == old:
                return
            setattr(target, attr, new)
            s.execute(
                delete(ConfirmRecord)
                .filter_by(declaration_id=decl_id, path=path)
                .execution_options(synchronize_session=False)
            )
            self._log(s, rec, path, old, new)
            self._edited(s, rec)

    def set_minerals(self, decl_id: int, minerals: list[str]) -> None:
        """The minerals in scope (EMRT 2.x); answers of minerals taken out are dropped, and
        kept in the history."""
        with self._unit() as s:
            rec = self._record(s, decl_id)
            decl = self._read(s, rec)
            unknown = {m for m in minerals if not decl.template.accepts_mineral(m)}
            if unknown:
                raise ValueError(f"not minerals of {decl.template.key}: {sorted(unknown)}")
            old = list(decl.minerals_in_scope)
            if old == list(minerals):
                return
            before: list[tuple[FieldPath, str | None]] = []
            for path, a in answer_items(decl):
                if path.section == "answers":
                    before += [(path, a.answer), (path.with_part("comment"), a.comment)]
            decl.minerals_in_scope = list(minerals)
            decl.ensure_shape()
            rec.minerals_in_scope = json.dumps(decl.minerals_in_scope)
            write_answers(s, rec.id, decl)
            self._log(s, rec, "minerals_in_scope", old, list(minerals))
            for path, value in before:
                if value is not None and path.mineral not in minerals:
                    self._log(s, rec, str(path), value, None)
            self._edited(s, rec)

    def replace_rows(
        self, decl_id: int, kind: str, rows: list[Any], *, expected: list[Any] | None = None
    ) -> None:
        """The whole Smelter, Product or Mine list; each changed cell gets a history row.
        `expected`: the rows the edit was made on (`EditConflictError` when others changed
        them meanwhile; nothing is written)."""
        if kind not in ROW_KINDS:
            raise ValueError(f"unknown list {kind!r}")
        model, cls = ROW_KINDS[kind]
        names = row_fields(kind)
        with self._unit() as s:
            rec = self._record(s, decl_id)
            stored = list(
                s.scalars(
                    select(model)
                    .where(model.declaration_id == decl_id)  # type: ignore[attr-defined]
                    .order_by(model.position)  # type: ignore[attr-defined]
                )
            )
            new_rows = [cls(**{n: _clean(getattr(r, n)) for n in names}) for r in rows]
            revision = rec.revision
            before = [tuple(getattr(r, n) for n in names) for r in stored]
            if expected is not None and before != [
                tuple(_clean(getattr(r, n)) for n in names) for r in expected
            ]:
                raise conflict(s, rec, kind, None, rows=True)
            after = [tuple(getattr(r, n) for n in names) for r in new_rows]
            before_ids = [getattr(r, "row_id", None) for r in stored]
            matched, gone = matched_row_ids(before, before_ids, after)
            after_ids = [row_id or new_row_id() for row_id in matched]
            for i, row in enumerate(new_rows):
                if i >= len(stored):
                    record = row_record(kind, decl_id, i, row)
                    record.row_id = after_ids[i]  # type: ignore[attr-defined]
                    s.add(record)
                    self._log(s, rec, str(FieldPath.row(kind, i)), None, asdict(row))
                    continue
                stored[i].row_id = after_ids[i]  # type: ignore[attr-defined]
                for n in names:
                    old, new = getattr(stored[i], n), getattr(row, n)
                    if old != new:
                        setattr(stored[i], n, new)
                        self._log(s, rec, str(FieldPath.row(kind, i, n)), old, new)
            for i in range(len(new_rows), len(stored)):
                self._log(
                    s,
                    rec,
                    str(FieldPath.row(kind, i)),
                    {n: getattr(stored[i], n) for n in names},
                    None,
                )
                s.delete(stored[i])
            if rec.revision != revision:
                follow_row_comments(s, decl_id, kind, before_ids, after_ids, gone, self.who)
                self._edited(s, rec)

    def set_meta(self, decl_id: int, *, customer: Any = _UNSET, period: Any = _UNSET) -> None:
        """The customer and/or the reporting period (leave one out to keep it)."""
        with self._unit() as s:
            rec = self._record(s, decl_id)
            if customer is not _UNSET:
                old = rec.customer.name if rec.customer else None
                rec.customer = self._customer(s, customer)
                if old != _clean(customer):
                    self._log(s, rec, "customer", old, _clean(customer))
            if period is not _UNSET and rec.period != _clean(period):
                self._log(s, rec, "period", rec.period, _clean(period))
                rec.period = _clean(period)

    def delete(self, decl_id: int) -> None:
        """Move to the recycle bin."""
        with self._unit() as s:
            rec = self._record(s, decl_id)
            if rec.deleted_at is None:
                rec.deleted_at = now()
                self._log(s, rec, "deleted", None, "recycle bin")

    def restore(self, decl_id: int) -> None:
        """Bring back from the recycle bin."""
        with self._unit() as s:
            rec = self._record(s, decl_id)
            if rec.deleted_at is not None:
                rec.deleted_at = None
                self._log(s, rec, "deleted", "recycle bin", None)

    def purge(self, decl_id: int) -> None:
        """Remove for good a declaration that is in the recycle bin."""
        with self._unit() as s:
            rec = self._record(s, decl_id)
            if rec.deleted_at is None:
                raise ValueError("only a declaration in the recycle bin can be purged")
            s.delete(rec)

    def profile(self) -> Company | None:
        with self._unit() as s:
            rec = s.get(CompanyProfile, 1)
            return company_of(rec) if rec else None

    def save_profile(self, company: Company) -> None:
        with self._unit() as s:
            rec = s.get(CompanyProfile, 1) or CompanyProfile(id=1)
            set_company(
                rec, Company(**{f.name: _clean(getattr(company, f.name)) for f in fields(Company)})
            )
            rec.updated_at = now()
            s.add(rec)

    def start_from_previous(
        self, decl_id: int, family: str, version: str, *, period: str | None = None
    ) -> tuple[int, list[ConfirmItem]]:
        """A new draft on `family` `version` carrying `decl_id`'s answers; returns its id and
        the fields to confirm again (also kept, until edited, in `confirm_items`)."""
        target = templates.get(family, version)
        with self._unit() as s:
            prev = self._record(s, decl_id)
            decl, items = carry_forward(
                self._read(s, prev), target, library.reference_cids(s, family, version)
            )
            moment = now()
            rec = DeclarationRecord(
                family=target.family,
                version=target.version,
                customer=prev.customer,
                period=_clean(period) or _next_period(prev.period),
                status="draft",
                created_at=moment,
                updated_at=moment,
                minerals_in_scope="[]",
                revision=0,
            )
            s.add(rec)
            s.flush()
            write_declaration(s, rec, decl)
            s.add_all(
                ConfirmRecord(declaration_id=rec.id, path=i.path, reason=i.reason) for i in items
            )
            self._log(s, rec, "created", None, f"from declaration {decl_id}")
            return rec.id, items

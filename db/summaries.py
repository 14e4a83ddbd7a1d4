"""Declaration summaries: made from a declaration at each write, listed in one query.

The store calls `touch` for every declaration a unit of work changes (`StoreBase._log`, where
the revision goes up) and `refresh` before the unit commits, so a summary always describes
its declaration's current revision. `backfill` makes the summaries of a database that had none
(migration 0004) with plain SQL, so that it does not depend on later versions of the models.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, String, insert, select, text, type_coerce, update
from sqlalchemy.orm import Session

from db.mapping import COMPANY_FIELDS, ROW_KINDS, read_declaration
from db.models import DeclarationRecord
from db.models_summary import SummaryRecord
from db.records import DeclarationSummary, received_test
from forms.declaration import Answer, Company, Declaration

_TOUCHED = "mrtdesk.summaries.touched"


def counts(decl: Declaration) -> tuple[int, int]:
    """(errors, red flags) of `decl`."""
    from forms.rules import check  # the rules load on the first write, not at start-up

    findings = check(decl)
    errors = sum(1 for f in findings if f.severity == "error")
    return errors, len(findings) - errors


def summary_values(decl: Declaration, **meta: Any) -> dict[str, Any]:
    """The columns of a summary: the declaration's own, and `meta` (revision, customer,
    period, status, source_file, created_at, updated_at, deleted) as stored beside it."""
    errors, warnings = counts(decl)
    return {
        "family": decl.family,
        "version": decl.version,
        "company_name": decl.company.name,
        "errors": errors,
        "warnings": warnings,
        **meta,
    }


def touch(s: Session, rec: DeclarationRecord) -> None:
    """Note that `rec` changed in this unit of work: `refresh` remakes its summary."""
    s.info.setdefault(_TOUCHED, {})[id(rec)] = rec


def refresh(s: Session) -> None:
    """Remake the summary of every declaration touched in `s` (before it commits)."""
    touched: dict[int, DeclarationRecord] = s.info.pop(_TOUCHED, {})
    for rec in touched.values():
        if rec not in s.deleted:
            remake(s, rec)


def remake(s: Session, rec: DeclarationRecord) -> None:
    values = summary_values(
        read_declaration(s, rec),
        revision=rec.revision,
        customer=rec.customer.name if rec.customer else None,
        period=rec.period,
        status=rec.status,
        source_file=rec.source_file,
        created_at=rec.created_at,
        updated_at=rec.updated_at,
        deleted=rec.deleted_at is not None,
    )
    row = s.get(SummaryRecord, rec.id)
    if row is None:
        s.add(SummaryRecord(declaration_id=rec.id, **values))
        return
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def customer_renamed(s: Session, customer_id: int, name: str) -> None:
    """A customer's new name, in the summaries of its declarations."""
    ids = select(DeclarationRecord.id).where(DeclarationRecord.customer_id == customer_id)
    s.execute(
        update(SummaryRecord)
        .where(SummaryRecord.declaration_id.in_(ids))
        .values(customer=name)
        .execution_options(synchronize_session=False)
    )


_LISTED = (
    SummaryRecord.declaration_id,
    SummaryRecord.family,
    SummaryRecord.version,
    SummaryRecord.company_name,
    SummaryRecord.customer,
    SummaryRecord.period,
    SummaryRecord.status,
    SummaryRecord.errors,
    SummaryRecord.warnings,
    # As the driver gives them (text in SQLite): parsed below, several times faster than the
    # DateTime type's own conversion on 10,000 rows.
    type_coerce(SummaryRecord.updated_at, String),
    SummaryRecord.deleted,
    SummaryRecord.source_file,
    type_coerce(SummaryRecord.created_at, String),
    SummaryRecord.revision,
)


def _utc(value: str | datetime) -> datetime:
    """A stored (naive UTC) time as an aware one."""
    if isinstance(value, str):  # parsed with its zone: `replace(tzinfo=…)` costs ten times more
        return datetime.fromisoformat(value + "+00:00")
    return value.replace(tzinfo=UTC)


def listed(
    s: Session, *, own_company: str | None, include_deleted: bool = False
) -> list[DeclarationSummary]:
    """Every declaration's summary, newest change first: one query. A summary is `received`
    when `is_received` says so against the user's `own_company`."""
    query = select(*_LISTED).order_by(
        SummaryRecord.updated_at.desc(), SummaryRecord.declaration_id.desc()
    )
    if not include_deleted:
        query = query.where(SummaryRecord.deleted.is_(False))
    received = received_test(own_company)
    with _no_collection():
        return _summaries(s.connection().execute(query).all(), received)


@contextmanager
def _no_collection() -> Iterator[None]:
    """The garbage collector paused while thousands of rows become objects: they form no cycles,
    and its passes over them (and everything else alive) were a third of a list's time."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _summaries(
    rows: Sequence[Any], received: Callable[[str | None, str | None], bool]
) -> list[DeclarationSummary]:
    return [
        DeclarationSummary(
            i, family, version, company, customer, period, status, errors, warnings,
            _utc(updated), bool(deleted), source_file=source, created_at=_utc(created),
            revision=revision, received=received(source, company),
        )
        for (
            i, family, version, company, customer, period, status, errors, warnings, updated,
            deleted, source, created, revision,
        ) in rows
    ]  # fmt: skip


# --- backfill (migration 0004) ---------------------------------------------------------------


def _pick(cls: type[Any], row: dict[str, Any]) -> Any:
    return cls(**{f.name: row.get(f.name) for f in fields(cls)})


def _declaration(conn: Connection, rec: dict[str, Any]) -> Declaration:
    import json

    decl = Declaration(family=rec["family"], version=rec["version"])
    decl.company = Company(**{name: rec.get(name) for name in COMPANY_FIELDS})
    decl.minerals_in_scope = list(json.loads(rec["minerals_in_scope"] or "[]"))
    answers = conn.execute(
        text(
            "SELECT section, key1, key2, answer, comment FROM answers "
            "WHERE declaration_id = :d ORDER BY position"
        ),
        {"d": rec["id"]},
    )
    for section, k1, k2, value, comment in answers:
        answer = Answer(value, comment)
        if section == "answers":
            decl.answers.setdefault(k1, {})[k2] = answer
        elif section == "company_answers":
            decl.company_answers[k1] = answer
        else:
            decl.company_answers_by_mineral.setdefault(k1, {})[k2] = answer
    for kind, (model, cls) in ROW_KINDS.items():
        table = model.__tablename__
        rows = conn.execute(
            text(f"SELECT * FROM {table} WHERE declaration_id = :d ORDER BY position"),
            {"d": rec["id"]},
        )
        setattr(decl, kind, [_pick(cls, dict(r._mapping)) for r in rows])
    return decl


def _moment(value: Any) -> Any:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def backfill(conn: Connection) -> int:
    """A summary for every declaration that has none; returns how many were made."""
    customers: dict[int, str] = {
        i: name for i, name in conn.execute(text("SELECT id, name FROM customers"))
    }
    have = {r[0] for r in conn.execute(text("SELECT declaration_id FROM declaration_summaries"))}
    made = 0
    for r in conn.execute(text("SELECT * FROM declarations")).mappings().all():
        if r["id"] in have:
            continue
        rec = dict(r)
        values = summary_values(
            _declaration(conn, rec),
            revision=rec["revision"],
            customer=customers.get(rec["customer_id"]),
            period=rec["period"],
            status=rec["status"],
            source_file=rec["source_file"],
            created_at=_moment(rec["created_at"]),
            updated_at=_moment(rec["updated_at"]),
            deleted=rec["deleted_at"] is not None,
        )
        conn.execute(insert(SummaryRecord).values(declaration_id=rec["id"], **values))
        made += 1
    return made

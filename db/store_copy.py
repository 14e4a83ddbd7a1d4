"""Moving in (and back out): every row of one store copied into another, empty one — local
SQLite to a team database or the reverse — in one transaction, then checked: the row count of
every table and a digest of every declaration's JSON must be equal on both sides.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, func, select, text

from db.errors import StoreError
from db.models import Base, DeclarationRecord
from db.store import Store

SKIPPED = {"team_settings"}
"""Tables that belong to one database, not to the data: a team's own settings."""

CHUNK = 2000


@dataclass
class CopyReport:
    """What was copied and how it was checked."""

    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    """table → (rows in the source, rows in the target)."""
    digests: dict[int, tuple[str, str]] = field(default_factory=dict)
    """declaration id → (sha256 of its JSON in the source, in the target)."""

    @property
    def equal(self) -> bool:
        return all(a == b for a, b in self.counts.values()) and all(
            a == b for a, b in self.digests.values()
        )

    def summary(self) -> str:
        """One sha256 over every declaration's digest, in id order (the same on both sides
        when the copy is whole)."""
        whole = hashlib.sha256()
        for decl_id in sorted(self.digests):
            whole.update(f"{decl_id}:{self.digests[decl_id][1]}\n".encode())
        return whole.hexdigest()


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in SKIPPED]


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def declaration_digests(store: Store) -> dict[int, str]:
    """sha256 of every stored declaration's mrt-declaration JSON (the recycle bin included)."""
    from db.mapping import read_declaration
    from forms.declaration_json import dumps

    with store._unit() as s:
        records = s.scalars(select(DeclarationRecord).order_by(DeclarationRecord.id))
        return {
            rec.id: hashlib.sha256(dumps(read_declaration(s, rec)).encode()).hexdigest()
            for rec in records
        }


def _rows(conn: Connection, table: Table) -> Iterable[list[dict[str, object]]]:
    order = list(table.primary_key.columns)
    result = conn.execute(select(table).order_by(*order)).mappings()
    for part in result.partitions(CHUNK):
        yield [dict(r) for r in part]


def _reset_sequences(conn: Connection) -> None:
    """After rows were inserted with their ids, PostgreSQL's id counters continue after them."""
    if conn.dialect.name != "postgresql":
        return
    for table in _tables():
        if "id" in table.c and table.c.id.primary_key:
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}"
                )
            )


def copy_store(source: Store, target: Store) -> CopyReport:
    """Copy everything of `source` into `target` (which must hold no declarations, customers or
    templates yet), keeping ids, history names and times; returns the check."""
    with target._guard(), target._engine.connect() as conn:
        busy = [t.name for t in _tables() if _count(conn, t)]
    if busy:
        raise StoreError(
            "The target already holds data (" + ", ".join(busy) + "); copy only into a new, "
            "empty store so that nothing on either side is mixed up or lost."
        )
    role = getattr(target, "role", "administrator")
    if role != "administrator":
        raise StoreError(
            "Copying into the team database keeps everyone's history as it was, so the "
            "administrator (the login that ran `mrtdesk team init`) does it."
        )
    report = CopyReport()
    with source._guard(), target._guard(), source._engine.connect() as src:
        with target._engine.begin() as dst:
            for table in _tables():
                for chunk in _rows(src, table):
                    dst.execute(table.insert(), chunk)
            _reset_sequences(dst)
        with target._engine.connect() as dst_read:
            for table in _tables():
                report.counts[table.name] = (_count(src, table), _count(dst_read, table))
    before, after = declaration_digests(source), declaration_digests(target)
    for decl_id in sorted(set(before) | set(after)):
        report.digests[decl_id] = (before.get(decl_id, "missing"), after.get(decl_id, "missing"))
    return report

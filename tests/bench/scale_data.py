"""Declarations for the benchmarks: a complete CMRT 6.5 with as many smelters as asked.

The base is `tests/data/cmrt-6.5-complete.json`; smelters are drawn from the Smelter Look-up of
RMI's CMRT 6.5 in `../shared` (plus a few unlisted ones spelled differently), so that the checks
and the look-up have real work to do.
"""

from __future__ import annotations

import copy
import os
import random
from functools import cache
from pathlib import Path
from typing import Any

from forms import declaration_json
from forms.declaration import Declaration, Smelter
from forms.reference_data import LookupRow
from forms.smelters import is_special
from forms.workbook.package import Package, open_file
from forms.workbook.reference import extract

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("MRTDESK_SHARED", ROOT.parent / "shared"))
TEMPLATE_65 = SHARED / "rmi-templates" / "RMI_CMRT_6.5.xlsx"
UNLISTED = [
    ("Acme Foundry Co., Ltd.", "CHINA"),
    ("Borealis Tin Smelter S.A.", "BOLIVIA"),
    ("Crescent Refining GmbH", "GERMANY"),
]


def have_shared() -> bool:
    return TEMPLATE_65.is_file()


@cache
def base_declaration() -> Declaration:
    decl, problems = declaration_json.load(ROOT / "tests" / "data" / "cmrt-6.5-complete.json")
    assert decl is not None, problems
    return decl


@cache
def lookup_rows() -> tuple[LookupRow, ...]:
    rows = extract(Package(open_file(TEMPLATE_65))).lookup
    return tuple(r for r in rows if not is_special(r))


def smelter(row: LookupRow) -> Smelter:
    return Smelter(
        metal=row.metal, lookup_name=row.alias, country=row.country, smelter_id=row.cid,
        id_source=row.source, street=row.street, city=row.city, state=row.state,
    )  # fmt: skip


def declaration(smelters: int, rnd: random.Random, company: str | None = None) -> Declaration:
    """A complete CMRT 6.5 with `smelters` rows (a few of them not in the look-up)."""
    decl = copy.deepcopy(base_declaration())
    if company is not None:
        decl.company.name = company
    rows = lookup_rows()
    picked = [smelter(r) for r in rnd.sample(rows, min(smelters, len(rows)))]
    while len(picked) < smelters:
        picked.append(smelter(rnd.choice(rows)))
    for i in range(min(len(UNLISTED), smelters // 50)):
        name, country = UNLISTED[i]
        picked[-1 - i] = Smelter(
            metal="Tin", lookup_name="Smelter not listed", name=name, country=country
        )
    decl.smelters = picked
    return decl


# --- a store with thousands of declarations, written in bulk ----------------------------------

CUSTOMERS = [f"Customer {i:02d} Inc." for i in range(40)]
STATUSES = ["draft"] * 5 + ["in_review", "approved", "sent", "sent", "sent"]


def _variants(rnd: random.Random) -> list[Declaration]:
    """The declarations the store is filled with: each JSON sample of tests/data, and the
    complete CMRT 6.5 with 0 to 200 smelters."""
    out = []
    for name in ("cmrt-6.5-incomplete", "crt-2.2-complete", "crt-2.2-incomplete",
                 "emrt-2.1-complete", "emrt-2.1-incomplete"):  # fmt: skip
        decl, problems = declaration_json.load(ROOT / "tests" / "data" / f"{name}.json")
        assert decl is not None, problems
        out.append(decl)
    out += [declaration(n, rnd) for n in (0, 5, 20, 50, 100, 200)]
    return out


def fill_store(data_dir: Path, count: int, *, seed: int = 7) -> list[int]:
    """Add `count` declarations to the store in `data_dir` in a few bulk INSERTs (with their
    summaries and a "created" history row each, as the store would write them); their ids.
    Company names vary; contents repeat a handful of variants, whose checks run once each."""
    from datetime import datetime, timedelta

    from sqlalchemy import insert, select

    from db import mapping
    from db.models import AnswerRecord, ChangeRecord, Customer, DeclarationRecord
    from db.models_summary import SummaryRecord
    from db.store import Store
    from db.summaries import counts

    rnd = random.Random(seed)
    variants = _variants(rnd)
    checked = [counts(v) for v in variants]
    store = Store.open(data_dir, user="bench")
    try:
        with store._unit() as s:
            known = {n for (n,) in s.execute(select(Customer.name))}
            s.execute(insert(Customer), [{"name": n} for n in CUSTOMERS if n not in known])
            customer_ids = dict(s.execute(select(Customer.name, Customer.id)).tuples().all())
            first = (s.scalar(select(DeclarationRecord.id).order_by(DeclarationRecord.id.desc()))
                     or 0) + 1  # fmt: skip
            start = datetime(2024, 1, 1)
            decls, summaries, changes = [], [], []
            answer_names = ["declaration_id", "section", "key1", "key2", "position", "answer",
                            "comment"]  # fmt: skip
            answers: list[tuple[object, ...]] = []
            row_names = {k: ["declaration_id", "position", *mapping.row_fields(k)]
                         for k in mapping.ROW_KINDS}  # fmt: skip
            rows: dict[str, list[tuple[object, ...]]] = {k: [] for k in mapping.ROW_KINDS}
            # Each variant's child rows once, as tuples; each declaration adds its id in front.
            variant_answers = [
                [(sec, k1, k2, p, a.answer, a.comment)
                 for p, (sec, k1, k2, a) in enumerate(mapping._answer_items(d))]
                for d in variants
            ]  # fmt: skip
            variant_rows = [
                {k: [(p, *(getattr(r, f) for f in mapping.row_fields(k)))
                     for p, r in enumerate(getattr(d, k))] for k in mapping.ROW_KINDS}
                for d in variants
            ]  # fmt: skip
            for n in range(count):
                i = first + n
                v = n % len(variants)
                decl = variants[v]
                moment = start + timedelta(minutes=n)
                received = n % 3 == 0
                company = f"Supplier {n:05d} Co., Ltd." if decl.company.name else None
                customer = None if n % 7 == 0 else rnd.choice(CUSTOMERS)
                status = "draft" if received else rnd.choice(STATUSES)
                period = str(2019 + n % 8)
                source = f"received-{n:05d}.xlsx" if received else None
                deleted = moment if n % 50 == 0 else None
                values = {f: getattr(decl.company, f) for f in mapping.COMPANY_FIELDS}
                values["name"] = company
                decls.append({
                    "id": i, **values, "family": decl.family, "version": decl.version,
                    "minerals_in_scope": json_dumps(decl.minerals_in_scope),
                    "customer_id": customer_ids[customer] if customer else None,
                    "period": period, "status": status, "source_file": source,
                    "created_at": moment, "updated_at": moment, "deleted_at": deleted,
                    "revision": 1,
                })  # fmt: skip
                summaries.append({
                    "declaration_id": i, "revision": 1, "family": decl.family,
                    "version": decl.version, "company_name": company, "customer": customer,
                    "period": period, "status": status, "errors": checked[v][0],
                    "warnings": checked[v][1], "source_file": source, "created_at": moment,
                    "updated_at": moment, "deleted": deleted is not None,
                })  # fmt: skip
                changes.append({
                    "declaration_id": i, "field": "created", "old": None,
                    "new": source or f"{decl.family} {decl.version}", "at": moment,
                    "user": "bench", "note": None,
                })  # fmt: skip
                answers += [(i, *t) for t in variant_answers[v]]
                for kind in mapping.ROW_KINDS:
                    rows[kind] += [(i, *t) for t in variant_rows[v][kind]]
            for model, dicts in ((DeclarationRecord, decls), (SummaryRecord, summaries),
                                 (ChangeRecord, changes)):  # fmt: skip
                names = list(dicts[0])
                _bulk(s, model, names, [tuple(_plain(d[k]) for k in names) for d in dicts])
            _bulk(s, AnswerRecord, answer_names, answers)
            for kind, (model, _) in mapping.ROW_KINDS.items():
                _bulk(s, model, row_names[kind], rows[kind])
    finally:
        store.close()
    return list(range(first, first + count))


def _plain(value: object) -> object:
    """A value as SQLAlchemy stores it in SQLite."""
    from datetime import datetime

    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, bool):
        return int(value)
    return value


def _bulk(s: Any, model: Any, names: list[str], rows: list[tuple[object, ...]]) -> None:
    """One executemany of plain tuples (the ORM's bulk insert is ten times slower here)."""
    if not rows:
        return
    sql = (f"INSERT INTO {model.__tablename__} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' * len(names))})")  # fmt: skip
    s.connection().exec_driver_sql(sql, rows)


def json_dumps(value: object) -> str:
    import json

    return json.dumps(value)


# --- received files -----------------------------------------------------------------------------

DISTINCT_FILES = 100
"""Received files exported one by one; the rest of the batch are hard links to them (reading
a link costs what reading its file does, and exporting 1,000 workbooks would take minutes)."""


def export_received(path: Path) -> int:
    """Export the received file `path` names ("received-00042.xlsx": supplier 42, 10 to 200
    smelters); its size. Module-level, so that `forms.batch` can run it in its workers."""
    from forms.workbook.writer import export_official

    n = int(path.stem.rsplit("-", 1)[1])
    rnd = random.Random(n)
    decl = declaration(rnd.randint(10, 200), rnd, company=f"Supplier {n:05d} Co., Ltd.")
    export_official(decl, TEMPLATE_65, path)
    return path.stat().st_size


def received_files(folder: Path, count: int) -> list[Path]:
    """`count` received CMRT 6.5 workbooks in `folder` (see `DISTINCT_FILES`)."""
    from forms.batch import map_files

    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"received-{n:05d}.xlsx" for n in range(count)]
    distinct = paths[: min(count, DISTINCT_FILES)]
    for item in map_files(export_received, distinct):
        if not item.ok:
            raise RuntimeError(f"{item.path}: {item.error}")
    for n, path in enumerate(paths[len(distinct) :], start=len(distinct)):
        os.link(distinct[n % len(distinct)], path)
    return paths


def burn(path: Path) -> int:
    """A fixed amount of pure-Python work, about 0.1 s of one core (`path` is ignored): on two
    processes beside one, what the machine lets this session gain from a second core (two
    cores that share a physical one, or another session's load, give less than half)."""
    total = 0
    for i in range(1_500_000):
        total += i * i % 7
    return total

"""Team-mode benchmark: the home page's list of 10,000 declarations from PostgreSQL, printed
beside the same list from the local SQLite store (the reference, measured in the same run).

The declarations are one CMRT 6.5 declaration repeated (ids, customers and periods varied),
filled into SQLite in bulk and moved to a fresh database of the tests' own PostgreSQL cluster
with `store copy` (its time is printed too). Each listing is measured on a freshly opened store
("cold": every declaration read and checked once) and again ("warm": the per-store findings
cache hit, so only the query).

Run: `python3 dev.py bench tests/bench/bench_team_list.py`
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from db.models import AnswerRecord, ChangeRecord, Customer, DeclarationRecord
from db.store import Store
from db.store_copy import copy_store
from db.store_team import TeamStore
from forms import templates
from forms.declaration import new_declaration

COUNT = int(os.environ.get("MRTDESK_BENCH_DECLARATIONS", "10000"))
CUSTOMERS = 40


def _fill(store: Store, count: int) -> None:
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.company.name = "Acme Components Ltd"
    decl.answers["Tin"]["1"].answer = "Yes"
    first = store.create(decl, customer="Customer 0", period="2024")
    with store._engine.begin() as conn:
        proto = dict(
            conn.execute(select(DeclarationRecord.__table__).filter_by(id=first)).mappings().one()
        )
        answers = [
            dict(r)
            for r in conn.execute(
                select(AnswerRecord.__table__).filter_by(declaration_id=first)
            ).mappings()
        ]
        conn.execute(
            insert(Customer.__table__), [{"id": i + 2, "name": f"Customer {i + 1}"}
                                         for i in range(CUSTOMERS - 1)]
        )  # fmt: skip
        decl_rows, answer_rows, change_rows = [], [], []
        for decl_id in range(first + 1, first + count):
            decl_rows.append(
                proto | {"id": decl_id, "customer_id": 1 + decl_id % CUSTOMERS,
                         "period": str(2015 + decl_id % 10)}
            )  # fmt: skip
            answer_rows += [a | {"id": None, "declaration_id": decl_id} for a in answers]
            change_rows.append(
                {"declaration_id": decl_id, "field": "created", "old": None, "new": "bench",
                 "at": proto["created_at"], "user": "bench", "note": None}
            )  # fmt: skip
        for a in answer_rows:
            a.pop("id")
        conn.execute(insert(DeclarationRecord.__table__), decl_rows)
        conn.execute(insert(AnswerRecord.__table__), answer_rows)
        conn.execute(insert(ChangeRecord.__table__), change_rows)


def _listing(store: Any) -> tuple[float, float, int]:
    start = time.perf_counter()
    rows = store.list_declarations()
    cold = time.perf_counter() - start
    start = time.perf_counter()
    again = store.list_declarations()
    warm = time.perf_counter() - start
    assert len(rows) == len(again) == COUNT
    return cold, warm, len(rows)


def test_list_10000_from_postgresql_beside_sqlite(
    pg_cluster: Any, pg_url: str, tmp_path: Path
) -> None:
    local = tmp_path / "local"
    with Store.open(local, user="bench") as s:
        start = time.perf_counter()
        _fill(s, COUNT)
        filled = time.perf_counter() - start
    with (
        Store.open(local, user="bench") as source,
        TeamStore.open_team(pg_url, data_dir=tmp_path / "desk") as target,
    ):
        start = time.perf_counter()
        report = copy_store(source, target)
        copied = time.perf_counter() - start
        assert report.equal
    with Store.open(local, user="bench") as s:
        sqlite_cold, sqlite_warm, n = _listing(s)
    with TeamStore.open_team(pg_url, data_dir=tmp_path / "desk") as s:
        pg_cold, pg_warm, _ = _listing(s)
    load = os.getloadavg()[0]
    print()
    print(f"team list benchmark: {n} declarations (load average {load:.2f})")
    print(f"  {'':<26}{'PostgreSQL':>12}{'SQLite (reference)':>22}{'ratio':>8}")
    print(f"  {'list, cold (read + check)':<26}{pg_cold:>11.2f}s{sqlite_cold:>21.2f}s"
          f"{pg_cold / sqlite_cold:>7.1f}×")  # fmt: skip
    print(f"  {'list, warm (query only)':<26}{pg_warm:>11.3f}s{sqlite_warm:>21.3f}s"
          f"{pg_warm / sqlite_warm:>7.1f}×")  # fmt: skip
    print(
        f"  store copy SQLite → PostgreSQL: {copied:.1f}s (with digests of all "
        f"{len(report.digests)} declarations); bulk fill of SQLite: {filled:.1f}s"
    )


if __name__ == "__main__":
    import subprocess
    import sys

    sys.exit(subprocess.call([sys.executable, "-m", "pytest", __file__, "-s", "-q",
                              "-o", "python_files=bench_*.py"]))  # fmt: skip

"""Benchmark: matching a 500-row Smelter List against a 1,000-row RMI facility list, and
importing that list from each of its three formats.

References measured in the same run: a plain dictionary look-up of the same CIDs, and reading
the same file with the standard library (csv) or openpyxl alone. Run:
`python3 dev.py bench tests/bench/bench_facilities.py`.
"""

from __future__ import annotations

import csv
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import openpyxl

from forms.declaration import Smelter
from forms.facilities import Facility, FacilityList, FacilityState
from forms.facilities.importer import import_file
from forms.facilities.status import FacilityLookup
from tests.unit.facilities.list_files import write_csv, write_spreadsheet_ml, write_xlsx

TODAY = date(2026, 12, 1)
STATES = (FacilityState.CONFORMANT, FacilityState.ACTIVE, FacilityState.NOT_ENROLLED)
METALS = ("Tin", "Tantalum", "Tungsten", "Gold", "Cobalt")


def _facilities(n: int) -> FacilityList:
    rnd = random.Random(7)
    rows = tuple(
        Facility(
            cid=f"CID{i:06d}",
            name=f"Smelter {i}",
            metal=METALS[i % len(METALS)],
            state=STATES[rnd.randrange(3)],
            last_assessment=TODAY - timedelta(days=rnd.randrange(1, 1000)),
            cycle_years=rnd.choice((1, 2, 3)),
        )
        for i in range(1, n + 1)
    )
    return FacilityList(rows, TODAY, "bench")


def _smelters(n: int, known: int) -> list[Smelter]:
    rnd = random.Random(11)
    return [
        Smelter(
            metal=METALS[i % len(METALS)],
            smelter_id=f"CID{rnd.randrange(1, known + 200):06d}" if i % 10 else None,
        )
        for i in range(n)
    ]


def _best(run: Callable[[], object], repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def test_matching_beside_a_plain_lookup() -> None:
    facilities, smelters = _facilities(1000), _smelters(500, 1000)

    def ours() -> object:
        return FacilityLookup(facilities).statuses(smelters, TODAY)

    def plain() -> object:
        by_cid = {f.cid: f for f in facilities.facilities}
        return [by_cid.get(s.smelter_id or "") for s in smelters]

    a, b = _best(ours), _best(plain)
    print(
        f"\nmatch 500 rows against 1,000 facilities: {a * 1000:.2f} ms  "
        f"(plain dict look-up {b * 1000:.2f} ms, {a / b:.1f}×)  load {os.getloadavg()[0]:.2f}"
    )


def test_import_beside_reading_the_file_alone() -> None:
    header = ["Smelter ID", "Standard Smelter Name", "Metal", "Assessment Status",
              "Last Assessment Date", "Assessment Cycle"]  # fmt: skip
    table = [header] + [
        [f.cid, f.name, f.metal, f.state.value, f.last_assessment, f"{f.cycle_years} year"]
        for f in _facilities(1000).facilities
    ]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        text_table = [[str(v) for v in row] for row in table]
        files = {
            "csv": write_csv(root / "l.csv", text_table),
            "xlsx": write_xlsx(root / "l.xlsx", table),
            "xml": write_spreadsheet_ml(root / "l.xml", table),
        }

        def plain_csv() -> object:
            with files["csv"].open(newline="", encoding="utf-8") as f:
                return list(csv.reader(f))

        def plain_xlsx() -> object:
            wb = openpyxl.load_workbook(files["xlsx"], read_only=True, data_only=True)
            rows = list(wb.worksheets[0].iter_rows(values_only=True))
            wb.close()
            return rows

        refs = {"csv": ("csv.reader", plain_csv), "xlsx": ("openpyxl read-only", plain_xlsx)}
        for fmt, path in files.items():
            ours = _best(lambda p=path: import_file(p), repeat=5)  # type: ignore[misc]
            line = f"import 1,000-row {fmt}: {ours * 1000:.1f} ms"
            if fmt in refs:
                name, ref = refs[fmt]
                t = _best(ref, repeat=5)
                line += f"  ({name} alone {t * 1000:.1f} ms, {ours / t:.1f}×)"
            print(line)

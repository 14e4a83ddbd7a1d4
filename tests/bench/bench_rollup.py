"""Benchmark: roll-up of 100 generated received CMRTs, and the peak memory of `mrtdesk rollup`.

The inputs are the two filled CMRT 6.4 fixtures re-exported with other company names and
random smelter lists drawn from the template's Smelter Look-up (plus a few unlisted smelters
spelled differently), so the consolidation has real work to do. References in the same run:
reading the same files with openpyxl read-only (Smelter List only) and reading their bytes;
peak RSS of the command on one file. Target: 100 files in ≤ 15 s.
Run: `python tests/bench/bench_rollup.py` or `python -m pytest tests/bench/bench_rollup.py -s`.
"""

from __future__ import annotations

import copy
import os
import random
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import openpyxl

from forms.declaration import Declaration, Smelter
from forms.reference_data import LookupRow
from forms.rollup import rollup
from forms.smelters import is_special
from forms.workbook.package import Package, open_file
from forms.workbook.reader import read_file
from forms.workbook.reference import extract
from forms.workbook.writer import export_official

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("MRTDESK_SHARED", ROOT.parent / "shared"))
FILLED = ("CMRT_6.4_JX_Advanced_Metals.xlsx", "CMRT_6.4_SK_specialty.xlsx")
FILES, TARGET_S, REF_SAMPLE = 100, 15.0, 10
UNLISTED = [
    ("Acme Foundry Co., Ltd.", "ACME FOUNDRY LIMITED", "CHINA"),
    ("Borealis Tin Smelter S.A.", "borealis tin smelter", "BOLIVIA"),
    ("Crescent Refining GmbH", "Crescent Refining", "GERMANY"),
]


def _smelter(row: LookupRow) -> Smelter:
    return Smelter(
        metal=row.metal, lookup_name=row.alias, country=row.country, smelter_id=row.cid,
        id_source=row.source, street=row.street, city=row.city, state=row.state,
    )  # fmt: skip


def generate(folder: Path) -> list[Path]:
    template = SHARED / "rmi-templates" / "RMI_CMRT_6.4.xlsx"
    lookup = [r for r in extract(Package(open_file(template))).lookup if not is_special(r)]
    bases: list[Declaration] = [
        read_file(SHARED / "fixtures" / "filled" / f).declaration for f in FILLED
    ]
    rnd = random.Random(2024)
    out = []
    for i in range(FILES):
        decl = copy.deepcopy(bases[i % 2])
        decl.company.name = f"Supplier {i:03d} Co., Ltd."
        if i % 10:  # every tenth file keeps the fixture's own smelter list
            decl.smelters = [_smelter(r) for r in rnd.sample(lookup, rnd.randint(10, 120))]
            for variants in rnd.sample(UNLISTED, rnd.randint(0, 2)):
                name, other, country = variants
                decl.smelters.append(Smelter(
                    metal="Tin", lookup_name="Smelter not listed",
                    name=rnd.choice((name, other)), country=country,
                ))  # fmt: skip
        path = folder / f"received-{i:03d}.xlsx"
        export_official(decl, template, path)
        out.append(path)
    return out


def _openpyxl_read(paths: list[Path]) -> int:
    """The reference: openpyxl read-only over each file's Smelter List values."""
    rows = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        for p in paths:
            wb = openpyxl.load_workbook(p, read_only=True, data_only=True)
            for r in wb["Smelter List"].iter_rows(min_row=5, max_col=17, values_only=True):
                rows += any(v is not None for v in r)
            wb.close()
    return rows


def _peak_rss_mb(args: list[str]) -> tuple[float, float]:
    """Peak resident memory (MB) and wall seconds of `mrtdesk ARGS` in a fresh process."""
    probe = (
        "import resource, subprocess, sys, time; t = time.perf_counter();"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,"
        " time.perf_counter() - t)"
    )
    cmd = [sys.executable, "-c", probe, sys.executable, "-m", "desktop.cli.main", *args]
    kb, secs = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.split()
    return int(kb) / 1024, float(secs)


def _timed(fn: object, *args: object) -> tuple[object, float, float]:
    t, c = time.perf_counter(), time.process_time()
    result = fn(*args)  # type: ignore[operator]
    return result, time.perf_counter() - t, time.process_time() - c


def run() -> bool:
    with tempfile.TemporaryDirectory(prefix="mrtdesk-bench-rollup-") as tmp:
        folder = Path(tmp) / "inbox"
        folder.mkdir()
        t = time.perf_counter()
        paths = generate(folder)
        size = sum(p.stat().st_size for p in paths) / 1e6
        print(f"\n{len(paths)} received CMRT 6.4 files generated in "
              f"{time.perf_counter() - t:.1f} s ({size:.0f} MB), "
              f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip

        _, bytes_wall, _ = _timed(lambda: [p.read_bytes() for p in paths])
        result, wall, cpu = _timed(rollup, paths)
        # openpyxl needs about a second per file: time a sample and scale it to the batch.
        sample = paths[:: len(paths) // REF_SAMPLE]
        _, ref_wall, ref_cpu = _timed(_openpyxl_read, sample)
        scale = len(paths) / len(sample)
        reported = sum(s.smelter_count for s in result.suppliers)
        print(
            f"  rollup():                    wall {wall:6.2f} s  cpu {cpu:6.2f} s  "
            f"({result.read_count} read, {reported} rows → {len(result.smelters)} smelters)"
        )
        print(
            f"  openpyxl read-only (ref):    wall {ref_wall * scale:6.2f} s  "
            f"cpu {ref_cpu * scale:6.2f} s  (Smelter List only, no checks; "
            f"{len(sample)} files timed, scaled to {len(paths)})"
        )
        print(f"  reading the bytes (ref):     wall {bytes_wall:6.2f} s")
        print(f"  target ≤ {TARGET_S:.0f} s: {'met' if wall <= TARGET_S else 'NOT met'}")

        out = Path(tmp) / "consolidated.xlsx"
        many, many_s = _peak_rss_mb(["rollup", str(folder), "--output", str(out)])
        one, one_s = _peak_rss_mb(["rollup", str(paths[0]), "--output", str(out)])
        print(f"  mrtdesk rollup ({len(paths)} files):  peak RSS {many:6.1f} MB, {many_s:.2f} s")
        print(f"  mrtdesk rollup (1 file, ref) peak RSS {one:6.1f} MB, {one_s:.2f} s")
        return wall <= TARGET_S


def test_rollup_benchmark() -> None:
    if not (SHARED / "rmi-templates").is_dir():
        import pytest

        pytest.skip(f"{SHARED} is absent")
    run()


if __name__ == "__main__":
    raise SystemExit(0 if run() else 1)

"""Scale benchmark (issue 16): 10,000 declarations and 1,000 received files, every figure in one
table beside its reference measured in the same run, with the load average of each measure.

Run: `python3 dev.py bench --scale` (about five minutes on two cores; `--declarations N`,
`--files N` and `--rollup N` make it smaller). Under pytest it runs only with
MRTDESK_BENCH_SCALE=1 (what `dev.py bench --scale` sets), so the plain `dev.py bench` stays short.

Rows (the issue's targets): `mrtdesk --version` ≤ 4× `python -c pass`; `inspect --json` ≤ 1.3×
a plain script doing the same read and output; the list of 10,000 declarations ≤ 5× the plain
SELECT of the same rows; app start to a usable list with 10,000 declarations ≤ 1.3× start on an
empty store (peak memory of both); opening a 500-smelter CMRT 6.5 ≤ 0.5 s (beside loading it
from the store alone); the roll-up, the intake and the reading behind an import of 500 files
each ≤ 0.6× the same batch in one process (peak memory of the whole process tree of both),
beside the same pure-Python work on two processes and one (what the machine allows). Reading
and exporting (issue 16 point 4) have their own benchmarks (bench_read.py, bench_export.py).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale_data

PY = sys.executable
MRTDESK = str(Path(PY).parent / "mrtdesk")
# Bytecode as an installed copy has it (pip compiles on install): without it every process
# would compile the project's modules again.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["QT_QPA_PLATFORM"] = "offscreen"

PLAIN_INSPECT = """
import json, sys
from forms.workbook.reader import read_file
from forms.declaration import to_json
print(json.dumps(to_json(read_file(sys.argv[1]).declaration), ensure_ascii=False, indent=2))
"""

APP_START = """
import sys, time
t0 = time.time()
from pathlib import Path
from PySide6.QtCore import QTimer
from desktop.app import application, start
app = application()
window = start(Path(sys.argv[1]), lambda w: QTimer.singleShot(0, app.quit))
app.exec()
usable = time.time() - t0
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the (big) parent across fork+exec.
rss = next(int(line.split()[1]) for line in open("/proc/self/status")
           if line.startswith("VmHWM")) / 1024
print(usable, rss, window.home.model.rowCount(), flush=True)
window.store.close()
import os; os._exit(0)
"""

APP_OPEN = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from desktop.app import application, start
app = application()
decl_id = int(sys.argv[2])

def ready(window):
    t, c = time.perf_counter(), time.process_time()
    window.open_declaration(decl_id)
    app.processEvents()
    opened, cpu = time.perf_counter() - t, time.process_time() - c
    t = time.perf_counter()
    window.store.load(decl_id)
    print(opened, time.perf_counter() - t, cpu, flush=True)
    QTimer.singleShot(0, app.quit)

window = start(Path(sys.argv[1]), ready)
app.exec()
window.store.close()
import os; os._exit(0)
"""

LIST = """
import sqlite3, statistics, sys, time
from pathlib import Path
from db.store import Store
store = Store.open(Path(sys.argv[1]))
conn = sqlite3.connect(store.db_path)
select = "SELECT * FROM declaration_summaries WHERE deleted = 0 ORDER BY updated_at DESC"
store.list_declarations(), conn.execute(select).fetchall()  # warm: statement caches
ours, plain = [], []
for _ in range(7):
    t = time.perf_counter(); rows = store.list_declarations(); ours.append(time.perf_counter() - t)
    t = time.perf_counter(); conn.execute(select).fetchall(); plain.append(time.perf_counter() - t)
print(statistics.median(ours), statistics.median(plain), len(rows), flush=True)
store.close()
"""

BATCHES = {
    "roll-up": "from forms.rollup import rollup as run",
    "intake": """
from datetime import date
from forms.suppliers.intake import intake
from forms.suppliers.model import Campaign, RequestedTemplate
campaign = Campaign("b", "b", date(2026, 12, 31), (RequestedTemplate("CMRT", "6.5", "6.31"),))
def run(files, workers):
    return list(intake(files, campaign=campaign, workers=workers))
""",
    "reading for import": """
from forms.batch import map_files, read_with_digest
def run(files, workers):
    return list(map_files(read_with_digest, files, workers=workers))
""",
}
"""A batch of files as the app runs it, as `run(files, workers)`: the roll-up, the intake of
a campaign's files, and the reading behind opening several files at once."""

BATCH = """
import resource, sys, time
from pathlib import Path
{setup}
if __name__ == "__main__":
    files = sorted(Path(sys.argv[1]).glob("*.xlsx"))[: int(sys.argv[2])]
    t = time.perf_counter()
    run(files, workers=int(sys.argv[3]) or None)
    wall = time.perf_counter() - t
    cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF,
              resource.RUSAGE_CHILDREN) for f in ("ru_utime", "ru_stime"))
    print(wall, cpu, flush=True)
"""


@dataclass
class Row:
    measure: str
    figure: str
    reference: str
    ratio: str
    target: str
    met: bool | None
    load: float


class _Rows(list[Row]):
    """The table's rows, each printed as soon as it is measured (a long run shows progress)."""

    def append(self, row: Row) -> None:
        super().append(row)
        print(f"  {row.measure}: {row.figure} (reference {row.reference}, load {row.load:.2f})",
              flush=True)  # fmt: skip


def _load() -> float:
    return os.getloadavg()[0]


def _wall(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def _median(fn: Callable[[], float], runs: int) -> float:
    return statistics.median(fn() for _ in range(runs))


def _paired(a: Callable[[], float], b: Callable[[], float], runs: int) -> tuple[float, float]:
    """Medians of `a` and `b`, run alternately so that both see the same machine load."""
    xs, ys = [], []
    for _ in range(runs):
        xs.append(a())
        ys.append(b())
    return statistics.median(xs), statistics.median(ys)


def _timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _child(code: str, *args: str) -> list[float]:
    out = subprocess.run(
        [PY, "-c", code, *args], env=ENV, check=True, capture_output=True, text=True
    ).stdout
    return [float(x) for x in out.split()]


def _tree_rss_mb(root: int) -> float:
    """Resident memory of `root` and every process below it."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            continue
    tree, grew = {root}, True
    while grew:
        more = {p for p, parent in parents.items() if parent in tree} - tree
        grew = bool(more)
        tree |= more
    return sum(rss.get(p, 0) for p in tree) / 2**20


def _with_peak_memory(cmd: list[str]) -> tuple[str, float]:
    """(stdout, peak MB of the process tree, sampled every 0.1 s) of `cmd`."""
    proc = subprocess.Popen(cmd, env=ENV, stdout=subprocess.PIPE, text=True)
    peak = [0.0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss_mb(proc.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, _ = proc.communicate()
    sampler.join()
    if proc.returncode:
        raise RuntimeError(f"{cmd[:3]} failed with {proc.returncode}")
    return out, peak[0]


def _row(measure: str, value: float, ref: float, ref_name: str, limit: float, unit: str = "s"):
    ratio = value / ref if ref else float("inf")
    return Row(measure, f"{value:.3f} {unit}", f"{ref:.3f} {unit} {ref_name}", f"{ratio:.2f}×",
               f"≤ {limit}×", ratio <= limit, _load())  # fmt: skip


def _first_of_day(data_dir: Path) -> None:
    """Make the next opening the day's first: full file check and daily backup again."""
    (data_dir / ".mrtdesk-checked").unlink(missing_ok=True)
    shutil.rmtree(data_dir / "backups", ignore_errors=True)


def run(declarations: int, files: int, rollup_files: int) -> list[Row]:
    from db.store import Store

    rows: list[Row] = _Rows()
    with tempfile.TemporaryDirectory(prefix="mrtdesk-bench-scale-") as tmp:
        big, empty, inbox = Path(tmp) / "big", Path(tmp) / "empty", Path(tmp) / "inbox"
        print(f"load average at start {os.getloadavg()}", flush=True)
        t = time.perf_counter()
        with Store.open(big) as store:
            store.add_template(scale_data.TEMPLATE_65)
        scale_data.fill_store(big, declarations)
        with Store.open(big) as store:
            open_id = store.create(scale_data.declaration(500, random.Random(500)))
        Store.open(empty).close()
        size = (big / "mrtdesk.sqlite").stat().st_size / 1e6
        print(f"{declarations} declarations stored in {time.perf_counter() - t:.1f} s "
              f"({size:.0f} MB)", flush=True)  # fmt: skip
        t = time.perf_counter()
        paths = scale_data.received_files(inbox, files)
        print(f"{len(paths)} received files made in {time.perf_counter() - t:.1f} s", flush=True)

        # 1. The command line.
        version, ref = _paired(
            lambda: _wall([MRTDESK, "--version"]), lambda: _wall([PY, "-c", "pass"]), 9
        )
        rows.append(_row("mrtdesk --version", version, ref, "python -c pass", 4))
        sample = str(paths[0])
        inspect, ref = _paired(
            lambda: _wall([MRTDESK, "inspect", sample, "--json"]),
            lambda: _wall([PY, "-c", PLAIN_INSPECT, sample]),
            7,
        )
        rows.append(_row("mrtdesk inspect --json", inspect, ref, "plain script", 1.3))

        # 2. The list, in a process of its own (as in the app; this one holds the generator's
        # objects, which the garbage collector would walk through while the list is made).
        listing, ref, count = _child(LIST, str(big))
        rows.append(_row(f"Store.list_declarations() ({count:.0f})", listing, ref,
                         "plain SELECT", 5))  # fmt: skip
        cli_list = _median(lambda: _wall([MRTDESK, "list", "--json", "--data-dir", str(big)]), 3)
        rows.append(Row("mrtdesk list --json (whole process)", f"{cli_list:.3f} s", "—", "—",
                        "—", None, _load()))  # fmt: skip

        peaks: dict[Path, list[float]] = {}
        shown_rows: dict[Path, int] = {}

        def start(folder: Path) -> Callable[[], float]:
            def once() -> float:
                usable, rss, shown = _child(APP_START, str(folder))
                peaks.setdefault(folder, []).append(rss)
                shown_rows[folder] = int(shown)
                return usable

            return once

        start(big)(), start(empty)()  # warm the file cache
        usable, ref = _paired(start(big), start(empty), 5)
        rows.append(_row(f"app start → usable list ({shown_rows[big]} rows)", usable, ref,
                         "empty store", 1.3))  # fmt: skip
        big_mb, empty_mb = statistics.median(peaks[big]), statistics.median(peaks[empty])
        rows.append(Row("app peak memory (median of the starts)", f"{big_mb:.0f} MB",
                        f"{empty_mb:.0f} MB empty store", f"{big_mb / empty_mb:.2f}×", "stated",
                        None, _load()))  # fmt: skip

        def first(folder: Path) -> Callable[[], float]:
            def once() -> float:
                _first_of_day(folder)
                return start(folder)()

            return once

        day, ref = _paired(first(big), first(empty), 2)
        rows.append(Row("app start, first of the day (whole-file check + backup)",
                        f"{day:.3f} s", f"{ref:.3f} s empty store", f"{day / ref:.2f}×",
                        "stated", None, _load()))  # fmt: skip

        # 3. Opening a declaration.
        opened = [_child(APP_OPEN, str(big), str(open_id)) for _ in range(3)]
        open_s = statistics.median(o[0] for o in opened)
        load_s = statistics.median(o[1] for o in opened)
        cpu_s = statistics.median(o[2] for o in opened)
        rows.append(Row("open a 500-smelter CMRT 6.5 in the app",
                        f"{open_s:.3f} s (cpu {cpu_s:.3f} s)",
                        f"{load_s:.3f} s Store.load alone", f"{open_s / load_s:.1f}×",
                        "≤ 0.5 s", open_s <= 0.5, _load()))  # fmt: skip

        # 5. The roll-up on every core, after what the machine lets this session run in parallel
        # right now (other sessions' load and the scheduler's per-session share decide it).
        from forms.batch import default_workers, map_files

        jobs = [Path(f"burn-{i}") for i in range(40)]
        burn_all, burn_one = _paired(
            lambda: _timed(lambda: list(map_files(scale_data.burn, jobs))),
            lambda: _timed(lambda: list(map_files(scale_data.burn, jobs, workers=1))),
            1,
        )
        rows.append(Row(f"fixed pure-Python work on {default_workers()} processes",
                        f"{burn_all:.2f} s",
                        f"{burn_one:.2f} s one process", f"{burn_all / burn_one:.2f}×",
                        "reference", None, _load()))  # fmt: skip
        n = min(rollup_files, len(paths))
        for name, setup in BATCHES.items():
            script = Path(tmp) / f"batch_{name.replace(' ', '_').replace('-', '_')}.py"
            script.write_text(BATCH.format(setup=setup))  # a file: spawned workers import it
            runs = {}
            for workers in ("0", "1"):
                out, peak = _with_peak_memory([PY, str(script), str(inbox), str(n), workers])
                wall, cpu = (float(x) for x in out.split())
                runs[workers] = (wall, cpu, peak)
            (pooled, pooled_cpu, pooled_mb), (alone, alone_cpu, alone_mb) = runs["0"], runs["1"]
            rows.append(_row(f"{name} of {n} files, every core", pooled, alone, "one process",
                             0.6))  # fmt: skip
            rows.append(Row(f"{name}: cpu time (all processes)", f"{pooled_cpu:.1f} s",
                            f"{alone_cpu:.1f} s one process", f"{pooled_cpu / alone_cpu:.2f}×",
                            "stated", None, _load()))  # fmt: skip
            rows.append(Row(f"{name}: peak memory (process tree)", f"{pooled_mb:.0f} MB",
                            f"{alone_mb:.0f} MB one process", f"{pooled_mb / alone_mb:.2f}×",
                            "stated", None, _load()))  # fmt: skip
    return rows


def table(rows: list[Row]) -> str:
    head = ("measure", "figure", "reference (same run)", "ratio", "target", "met", "load")
    cells = [
        (r.measure, r.figure, r.reference, r.ratio, r.target,
         "—" if r.met is None else ("yes" if r.met else "NO"), f"{r.load:.2f}")
        for r in rows
    ]  # fmt: skip
    widths = [max(len(str(c[i])) for c in [head, *cells]) for i in range(len(head))]
    lines = [" | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True))
             for row in [head, *cells]]  # fmt: skip
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", action="store_true", help="(what dev.py passes through)")
    parser.add_argument("--declarations", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=1_000)
    parser.add_argument("--rollup", type=int, default=500)
    args = parser.parse_args(argv)
    if not scale_data.have_shared():
        print(f"{scale_data.SHARED} is absent: the scale benchmark needs RMI's CMRT 6.5")
        return 2
    rows = run(args.declarations, args.files, args.rollup)
    print()
    print(table(rows))
    print(f"\nload average at the end {os.getloadavg()}; {os.cpu_count()} cores")
    return 0 if all(r.met is not False for r in rows) else 1


def test_scale_benchmark() -> None:
    import pytest

    if os.environ.get("MRTDESK_BENCH_SCALE") != "1":
        pytest.skip("run with `python3 dev.py bench --scale`")
    if not scale_data.have_shared():
        pytest.skip(f"{scale_data.SHARED} is absent")
    print()
    print(table(run(10_000, 1_000, 500)))


if __name__ == "__main__":
    raise SystemExit(main())

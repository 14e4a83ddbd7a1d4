"""Benchmark: reading the filled CMRT 6.4 files, beside openpyxl and python-calamine.

Median of repeated reads per file for MRT Desk's reader, openpyxl full load (data_only),
openpyxl read-only and python-calamine (Declaration, Smelter List and Product List), all in
the same run; then the lower bound: inflating just the parts the reader needs (workbook,
relationships, shared strings, the Declaration and list sheets), with the target reader ≤ 2×
that bound (issue 16, 4); then the peak RSS of `mrtdesk inspect` on a filled file and of
refusing a zip bomb. Run: `python tests/bench/bench_read.py` or
`python -m pytest tests/bench/bench_read.py -s`.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

import openpyxl
import python_calamine

from forms.workbook import reader

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("MRTDESK_SHARED", ROOT.parent / "shared"))
FILES = ("CMRT_6.4_JX_Advanced_Metals.xlsx", "CMRT_6.4_SK_specialty.xlsx")
SHEETS = ("Declaration", "Smelter List", "Product List")
TARGET_MS = 100.0
TARGET_RATIO = 2.0


def _openpyxl(read_only: bool) -> Callable[[Path], None]:
    def load(path: Path) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(path, read_only=read_only, data_only=True)
            for name in SHEETS:
                for _ in wb[name].iter_rows(values_only=True):
                    pass
            wb.close()

    return load


def _calamine(path: Path) -> None:
    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    for name in SHEETS:
        wb.get_sheet_by_name(name).to_python()


def _ours(path: Path) -> None:
    reader.read_file(path)


def needed_parts(path: Path) -> list[str]:
    """The parts the reader has to inflate for `path`."""
    from forms.workbook.package import Package

    pkg = Package(path.read_bytes())
    tpl = reader.read_file(path).template
    sheets = ["Declaration", tpl.smelter_list.sheet, tpl.product_list.sheet]
    sheets += [tpl.mine_list.sheet] if tpl.mine_list else []
    parts = ["_rels/.rels", pkg.workbook_part, "xl/_rels/workbook.xml.rels"]
    parts += [p for p in [pkg.shared_strings_part(), *map(pkg.sheet_part, sheets)] if p]
    return parts


def _inflate(parts: list[str]) -> Callable[[Path], None]:
    def inflate(path: Path) -> None:
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as zf:
            for part in parts:
                zf.read(part)

    return inflate


def median_ms(fn: Callable[[Path], None], path: Path, runs: int) -> float:
    fn(path)  # warm-up: imports, file cache
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(path)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def paired_ms(a: Callable[[], None], b: Callable[[], None], runs: int) -> tuple[float, float]:
    """Medians of `a` and `b` timed alternately, so that other load hits both alike."""
    a(), b()  # warm-up
    times_a, times_b = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        a()
        t1 = time.perf_counter()
        b()
        t2 = time.perf_counter()
        times_a.append((t1 - t0) * 1000)
        times_b.append((t2 - t1) * 1000)
    return statistics.median(times_a), statistics.median(times_b)


def peak_rss_kb(args: list[str]) -> tuple[int, int]:
    """(exit code, peak resident set in kB) of a child process."""
    if shutil.which("time") or Path("/usr/bin/time").exists():
        proc = subprocess.run(["/usr/bin/time", "-v", *args], capture_output=True, text=True)
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
        if m:
            return proc.returncode, int(m.group(1))
    import resource

    proc = subprocess.run(args, capture_output=True)
    return proc.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def zip_bomb(folder: Path) -> Path:
    src = SHARED / "rmi-templates" / "RMI_CMRT_6.5.xlsx"
    path = folder / "bomb.xlsx"
    shutil.copy(src, path)
    block = b"\0" * (1 << 20)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as zf,
        zf.open("xl/media/bomb.bin", "w", force_zip64=True) as fh,
    ):
        for _ in range(1024):  # 1 GB of zeros, ~1 MB compressed
            fh.write(block)
    return path


def run_benchmark(runs: int = 15) -> dict[str, float]:
    readers = {
        "mrtdesk reader": _ours,
        "openpyxl full": _openpyxl(False),
        "openpyxl read-only": _openpyxl(True),
        "python-calamine": _calamine,
    }
    figures: dict[str, float] = {}
    # First, before openpyxl fills the heap with objects every garbage collection then walks.
    print(f"\nReading beside its lower bound, inflating the parts it needs ({runs} runs each)")
    print(f"{'file':<36}{'reader ms':>10}{'inflate ms':>11}{'ratio':>7}  target ≤ {TARGET_RATIO}×")
    for name in FILES:
        path = SHARED / "fixtures" / "filled" / name
        bound = _inflate(needed_parts(path))
        ours, floor = paired_ms(partial(_ours, path), partial(bound, path), 2 * runs + 1)
        figures[f"{name}:inflate"] = floor
        figures[f"{name}:ratio"] = ours / floor
        print(f"{name:<36}{ours:>10.1f}{floor:>11.1f}{ours / floor:>7.2f}")
    print(f"load average: {os.getloadavg()[0]:.2f}")
    print(f"\nMedian read time, {runs} runs each (ratio = time / mrtdesk reader)")
    print(f"{'file':<36}{'reader':<20}{'median ms':>10}{'ratio':>8}")
    for name in FILES:
        path = SHARED / "fixtures" / "filled" / name
        base = None
        for label, fn in readers.items():
            n = runs if label != "openpyxl full" else max(3, runs // 5)
            ms = median_ms(fn, path, n)
            base = base or ms
            figures[f"{name}:{label}"] = ms
            print(f"{name:<36}{label:<20}{ms:>10.1f}{ms / base:>8.1f}")
    mrtdesk = [sys.executable, "-m", "desktop.cli.main"]
    filled = str(SHARED / "fixtures" / "filled" / FILES[0])
    rc_py, rss_py = peak_rss_kb([sys.executable, "-c", "import forms.workbook.reader"])
    rc, rss = peak_rss_kb([*mrtdesk, "inspect", filled, "--json"])
    with tempfile.TemporaryDirectory() as tmp:
        bomb = zip_bomb(Path(tmp))
        size = bomb.stat().st_size
        t0 = time.perf_counter()
        rc_bomb, rss_bomb = peak_rss_kb([*mrtdesk, "inspect", str(bomb)])
        bomb_s = time.perf_counter() - t0
    print("\nPeak RSS (child process)")
    print(f"  python importing the reader (reference)   {rss_py / 1024:7.1f} MB  exit {rc_py}")
    print(f"  mrtdesk inspect --json on a filled file   {rss / 1024:7.1f} MB  exit {rc}")
    print(
        f"  mrtdesk inspect on a 1 GB zip bomb        {rss_bomb / 1024:7.1f} MB  exit {rc_bomb}"
        f"  ({size / 1e6:.1f} MB file, refused in {bomb_s:.2f} s incl. start-up)"
    )
    figures |= {"rss_inspect_mb": rss / 1024, "rss_bomb_mb": rss_bomb / 1024}
    return figures


def test_read_benchmark() -> None:
    figures = run_benchmark()
    for name in FILES:
        print(f"{name}: {figures[f'{name}:mrtdesk reader']:.1f} ms (target ≤ {TARGET_MS:.0f} ms)")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    run_benchmark()

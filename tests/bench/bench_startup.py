"""Start-up benchmark: process start → main window painted, then usable (list shown, idle).

Printed beside `python -c "import PySide6.QtWidgets"` measured in the same run (target ≤ 1.5 s).
Run: `.venv/bin/python tests/bench/bench_startup.py`
(or `python -m pytest tests/bench/bench_startup.py -s`).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

TARGET_S = 1.5
RUNS = 5

APP = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from desktop.app import application, start
app = application()
def ready(window):
    QTimer.singleShot(0, app.quit)  # once the list is shown and the event loop is idle
window = start(Path(sys.argv[1]), ready)
print(time.time(), flush=True)  # the window is painted (empty list, disabled)
app.exec()
print(time.time(), flush=True)
window.store.close()
"""

REFERENCE = "import time, PySide6.QtWidgets; print(time.time(), flush=True)"


def _once(code: str, *args: str) -> list[float]:
    """Seconds from process start to each time stamp the child prints."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    ).stdout
    return [float(line) - start for line in out.split() if line.replace(".", "", 1).isdigit()]


def measure(runs: int = RUNS) -> tuple[float, float, float]:
    """Medians, in seconds: first paint of the window, the window usable (store open, list
    shown), and the reference `import PySide6.QtWidgets`."""
    paint, usable, ref = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        _once(APP, tmp)  # first run creates the database; users start on an existing one
        for _ in range(runs):
            ref.append(_once(REFERENCE)[-1])
            first, ready = _once(APP, tmp)[-2:]
            paint.append(first)
            usable.append(ready)
    return statistics.median(paint), statistics.median(usable), statistics.median(ref)


def report() -> str:
    paint, usable, ref = measure()
    verdict = "OK" if usable <= TARGET_S else "OVER TARGET"
    return (
        f"start-up: window painted {paint:.2f} s, usable (list shown) {usable:.2f} s "
        f"(target {TARGET_S} s, {verdict}); reference `import PySide6.QtWidgets`: {ref:.2f} s; "
        f"ratio {usable / ref:.1f}×"
    )


def test_startup() -> None:
    print(report())


if __name__ == "__main__":
    print(report())

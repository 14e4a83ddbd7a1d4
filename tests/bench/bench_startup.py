"""Start-up benchmark: process start → main window shown and the event loop idle.

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
from desktop.app import application, create_window
app = application()
window = create_window(Path(sys.argv[1]))
window.show()
def ready():
    print(time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
window.store.close()
"""

REFERENCE = "import time, PySide6.QtWidgets; print(time.time(), flush=True)"


def _once(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    ).stdout
    return float(out.strip().splitlines()[-1]) - start


def measure(runs: int = RUNS) -> tuple[float, float]:
    """(median start-up of the app, median of the PySide6 import reference), in seconds."""
    app_times, ref_times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        _once(APP, tmp)  # first run creates the database; users start on an existing one
        for _ in range(runs):
            ref_times.append(_once(REFERENCE))
            app_times.append(_once(APP, tmp))
    return statistics.median(app_times), statistics.median(ref_times)


def report() -> str:
    app, ref = measure()
    verdict = "OK" if app <= TARGET_S else "OVER TARGET"
    return (
        f"start-up to a usable window: {app:.2f} s (target {TARGET_S} s, {verdict}); "
        f"reference `import PySide6.QtWidgets`: {ref:.2f} s; ratio {app / ref:.1f}×"
    )


def test_startup() -> None:
    print(report())


if __name__ == "__main__":
    print(report())

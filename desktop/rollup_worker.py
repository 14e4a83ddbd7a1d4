"""The roll-up run off the interface thread: progress per file, and a cancel that stops it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from forms.rollup import Rollup, rollup

log = logging.getLogger(__name__)


class RollupWorker(QObject):
    """Signals: progress(done, total, file name) before each file; done(Rollup) at the end,
    also after a cancel (with what was read by then); failed(message) on a bug."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, paths: Sequence[Path]) -> None:
        super().__init__()
        self.paths = list(paths)
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Stop before the next file (safe from any thread)."""
        self._stop.set()

    def run(self) -> None:
        try:
            result: Rollup = rollup(
                self.paths, progress=self.progress.emit, cancelled=self._stop.is_set
            )
        except Exception as exc:  # rollup() reports bad files itself; this is a bug: say it
            log.exception("the roll-up failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.done.emit(result)

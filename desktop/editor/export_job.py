"""An export running in a worker thread behind a progress dialog that cannot be closed while
the file is being written; the result comes back to the UI thread by a queued signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class BusyDialog(QProgressDialog):
    """An indefinite progress dialog without Cancel that Escape and the title bar cannot close
    (a half-written export would be worse than waiting a second)."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, "", 0, 0, parent)
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.finishing = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finishing:
            super().closeEvent(event)
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)

    def reject(self) -> None:
        if self.finishing:
            super().reject()

    def finish(self) -> None:
        self.finishing = True
        self.close()
        self.deleteLater()


class _Worker(QThread):
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Callable[[], Any], parent: QObject) -> None:
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        try:
            result = self.job()
        except Exception as exc:  # any failure is reported in the result line, not raised
            log.exception("the export failed")
            self.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.succeeded.emit(result)


class ExportJob(QObject):
    """Runs `job` in a thread; `done(result, failure)` is called on the UI thread with exactly
    one of them set. Attributes: dialog (the progress dialog), worker (the thread)."""

    def __init__(
        self,
        parent: QWidget,
        job: Callable[[], Any],
        text: str,
        done: Callable[[Any, str | None], None],
    ) -> None:
        super().__init__(parent)
        self.done = done
        self.dialog = BusyDialog(text, parent)
        self.worker = _Worker(job, self)
        self.worker.succeeded.connect(lambda result: self._finish(result, None))
        self.worker.failed.connect(lambda message: self._finish(None, message))

    def start(self) -> ExportJob:
        self.dialog.show()
        self.worker.start()
        return self

    def _finish(self, result: Any, failure: str | None) -> None:
        self.worker.wait()
        self.dialog.finish()
        self.done(result, failure)
        self.deleteLater()

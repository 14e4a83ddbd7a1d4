"""Reading workbooks off the UI thread: a worker thread reads the files behind a progress
dialog with Cancel (several workbooks on every core, through `forms.batch`), while the window
keeps repainting. The caller waits in a local event loop, so opening stays one call that
returns what was read. `read_in_worker` is the same
for one file a user picked anywhere else (a Smelter List to import, a template to add, a
received declaration): the worker only reads, the caller stores afterwards, so a cancel leaves
nothing half-done."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from forms.batch import FileResult


@dataclass
class FileRead:
    """One file's outcome: the reader's result and the file's SHA-256, or the message why not."""

    path: Path
    result: Any = None
    sha256: str | None = None
    error: str | None = None
    exception: Exception | None = None


log = logging.getLogger(__name__)


def read_one(path: Path) -> FileRead:
    """Read `path` with the workbook reader; every failure becomes a one-line message."""
    from forms.workbook.package import UnreadableWorkbook, open_file
    from forms.workbook.reader import read_bytes

    try:
        data = open_file(path)
        return FileRead(path, read_bytes(data, path.name), hashlib.sha256(data).hexdigest())
    except UnreadableWorkbook as exc:
        return FileRead(path, error=str(exc))
    except Exception as exc:  # a reader bug must not take the app down with the file
        log.exception("a workbook could not be read")
        text = QCoreApplication.translate(
            "Opening", "{name}: this file could not be read ({error})."
        )
        return FileRead(path, error=text.format(name=path.name, error=exc))


def capturing(work: Callable[[Path], Any]) -> Callable[[Path], FileRead]:
    """`work(path)` as a reader: its return value is the result, what it raises the error."""

    def read(path: Path) -> FileRead:
        try:
            return FileRead(path, work(path))
        except Exception as exc:  # the caller decides what to say; the app must not go down
            return FileRead(path, error=str(exc), exception=exc)

    return read


def read_in_worker(
    parent: QWidget, path: Path, read: Callable[[Path], FileRead] | None = None
) -> FileRead | None:
    """Read one file (with `read_one` unless told otherwise) in a worker behind the progress
    dialog; its outcome, or None if the user pressed Cancel."""
    reads = ReadJob(parent, [Path(path)], read=read or read_one).wait()
    return reads[0] if reads else None


POOLED_FROM = 4
"""Files from which `read_one` runs on every core (`forms.batch`): below, starting the worker
processes costs more than it saves."""


def _from_batch(item: FileResult[tuple[Any, str]]) -> FileRead:
    """`read_one`'s outcome, from a file read in a worker process."""
    if item.value is not None:
        result, digest = item.value
        return FileRead(item.path, result, digest)
    if item.failure is None:  # the reader's own refusal says why
        return FileRead(item.path, error=item.error)
    text = QCoreApplication.translate("Opening", "{name}: this file could not be read ({error}).")
    return FileRead(item.path, error=text.format(name=item.path.name, error=item.failure))


class _Worker(QThread):
    progressed = Signal(int)

    def __init__(self, paths: list[Path], read: Callable[[Path], FileRead], parent: QObject):
        super().__init__(parent)
        self.paths, self.read = paths, read
        self.results: list[FileRead] = []
        self.cancelled = threading.Event()

    def run(self) -> None:
        if self.read is read_one and len(self.paths) >= POOLED_FROM:
            self._run_pooled()
            return
        for i, path in enumerate(self.paths):
            if self.cancelled.is_set():
                return
            self.results.append(self.read(path))
            self.progressed.emit(i + 1)

    def _run_pooled(self) -> None:
        from forms.batch import map_files, read_with_digest

        results = map_files(read_with_digest, self.paths)
        try:
            for i, item in enumerate(results):
                if self.cancelled.is_set():
                    return
                self.results.append(_from_batch(item))
                self.progressed.emit(i + 1)
        finally:
            results.close()  # after a cancel: files not started are not read


class ReadJob(QObject):
    """Reads `paths` in a worker thread; `wait()` returns the outcomes, or None if the user
    pressed Cancel (the file being read is then finished in the background and dropped)."""

    def __init__(
        self,
        parent: QWidget,
        paths: list[Path],
        read: Callable[[Path], FileRead] = read_one,
    ) -> None:
        super().__init__(parent)
        if len(paths) == 1:
            text = QCoreApplication.translate("Opening", "Reading {name} …")
            text = text.format(name=paths[0].name)
        else:
            text = QCoreApplication.translate("Opening", "Reading {n} files …")
            text = text.format(n=len(paths))
        cancel = QCoreApplication.translate("Opening", "Cancel")
        # One file: a busy bar (a single read has no steps to show); several: one step each.
        steps = len(paths) if len(paths) > 1 else 0
        self.dialog = QProgressDialog(text, cancel, 0, steps, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setValue(0)  # so that the dialog shows after the minimum duration
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.worker = _Worker(paths, read, self)
        self.worker.progressed.connect(self.dialog.setValue)
        self.cancelled = False

    def wait(self) -> list[FileRead] | None:
        loop = QEventLoop()
        self.worker.finished.connect(loop.quit)
        self.dialog.canceled.connect(loop.quit)
        self.worker.start()
        if not self.worker.isFinished():
            loop.exec()
        self.cancelled = self.dialog.wasCanceled() and not self.worker.isFinished()
        self.dialog.close()
        self.dialog.deleteLater()
        if self.cancelled:
            worker = self.worker
            worker.cancelled.set()
            # The thread object lives on until its last file is read; nothing waits for it.
            worker.setParent(None)
            _running.add(worker)
            worker.finished.connect(partial(_forget, worker))
            if worker.isFinished():
                _forget(worker)
            self.deleteLater()
            return None
        self.worker.wait()
        results = self.worker.results
        self.deleteLater()
        return results


_running: set[QThread] = set()
"""Cancelled workers still finishing their file (kept alive until they end)."""


def _forget(worker: QThread) -> None:
    if worker in _running:
        _running.discard(worker)
        worker.deleteLater()

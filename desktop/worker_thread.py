"""Running a worker object on a thread of its own: the pattern the roll-up and the intake share."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QThread, SignalInstance


class Worker(Protocol):
    """A QObject with `run()` and the `done` / `failed` signals that end it."""

    done: SignalInstance
    failed: SignalInstance

    def run(self) -> None: ...

    def moveToThread(self, thread: QThread) -> bool: ...

    def deleteLater(self) -> None: ...


def start(worker: Worker, parent: QObject) -> QThread:
    """Run `worker` in a new thread that ends (and deletes the worker) when it is done."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.done.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread

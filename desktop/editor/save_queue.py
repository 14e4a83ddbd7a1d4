"""Saving an open declaration's edits through a team database that may go away: edits made
while the server cannot be reached wait here, in order, and are sent again every few seconds;
an edit someone else overtook is refused by the store and the field shows their value again."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

RETRY_MS = 5000
Save = Callable[[], object]
"""One change: a call that writes it through the store."""
log = logging.getLogger(__name__)


class SaveQueue(QObject):
    """Runs each change's write in order; reports through the callbacks: `saved()`,
    `failed(message)`, `overtaken(path, current_value)`."""

    def __init__(
        self,
        *,
        saved: Callable[[], None],
        failed: Callable[[str], None],
        overtaken: Callable[[str, str | None], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._saved, self._failed, self._overtaken = saved, failed, overtaken
        self.waiting: list[Save] = []
        self._problem = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.retry)

    def save(self, write: Save) -> None:
        self.waiting.append(write)
        if len(self.waiting) == 1:
            self.retry()
        else:
            self._failed(self._waiting_words())

    def _waiting_words(self) -> str:
        return self.tr(
            "{n} change(s) wait: {problem} What you typed is kept and saved when it answers again."
        ).format(n=len(self.waiting), problem=self._problem)

    def retry(self) -> None:
        from db.connect import ServerUnavailableError
        from db.team_rules import EditConflictError

        while self.waiting:
            try:
                self.waiting[0]()
            except ServerUnavailableError as exc:
                self._problem = str(exc)
                self._failed(self._waiting_words())
                self._timer.start()
                return
            except EditConflictError as exc:
                self.waiting.pop(0)
                self._overtaken(exc.path, exc.current)
                self._failed(str(exc))
                continue
            except Exception as exc:  # the store's errors all mean "not saved": say so
                log.exception("an edit could not be saved")
                self.waiting.pop(0)
                self._failed(str(exc) or type(exc).__name__)
                continue
            self.waiting.pop(0)
            if not self.waiting:
                self._saved()

"""The app in team mode: which database it opens (Settings ▸ Team database, or
`MRTDESK_DATABASE_URL`), asking for a password, what it says when the server is away (retry,
or the local store meanwhile), and hearing other desks (a QSocketNotifier on the LISTEN
connection) so the home page and the open declaration follow their changes.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

if TYPE_CHECKING:
    from desktop.settings import AppSettings

MainWindow = Any
"""The main window (not imported: it imports this module's users)."""

ENV_VAR = "MRTDESK_DATABASE_URL"
RELISTEN_MS = 5000


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows (it reads the context here)."""
    return QCoreApplication.translate(context, text)


def chosen_database(settings: AppSettings | None) -> str | None:
    """The team database to open: `$MRTDESK_DATABASE_URL`, else Settings ▸ Team database; None
    for the local store."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return env
    saved = settings.team_database() if settings is not None else ""
    return saved or None


def password_prompt(parent: QWidget | None) -> Any:
    """Asks for the team database password (shown as dots); None when cancelled."""

    def ask(words: str) -> str | None:
        text, ok = QInputDialog.getText(
            parent, translate("Team", "Team database"), words, QLineEdit.EchoMode.Password
        )
        return text if ok and text else None

    return ask


def open_team_store(url: str, data_dir: Path, parent: QWidget | None) -> Any:
    from db.store_team import TeamStore

    store = TeamStore.open_team(url, data_dir=data_dir, ask_password=password_prompt(parent))
    if store.keyring_note:
        QMessageBox.information(parent, translate("Team", "Team database"), store.keyring_note)
    return store


def open_with_fallback(data_dir: Path, settings: AppSettings | None, parent: QWidget) -> Any:
    """The store to work in. When the team database cannot be reached, say so in words and
    offer: try again, or work in the local store meanwhile (else `ServerUnavailableError`
    goes to the caller, which says it and quits)."""
    from db.connect import ServerUnavailableError
    from desktop.backend import open_store

    url = chosen_database(settings)
    if url is None:
        return open_store(data_dir)
    while True:
        try:
            return open_team_store(url, data_dir, parent)
        except ServerUnavailableError as exc:
            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(translate("Team", "Team database not reachable"))
            box.setText(str(exc))
            box.setInformativeText(
                translate("Team", "Try again, or work in your local store meanwhile.")
            )
            retry = box.addButton(translate("Team", "Try again"), QMessageBox.ButtonRole.AcceptRole)
            local = box.addButton(
                translate("Team", "Open my local store"), QMessageBox.ButtonRole.ActionRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is retry:
                continue
            if box.clickedButton() is local:
                return open_store(data_dir)
            raise


class TeamWatcher(QObject):
    """Hears the team database (LISTEN/NOTIFY): `changed(events)` as soon as another desk
    creates or changes a declaration. Listens again by itself when the connection drops."""

    changed = Signal(list)
    reconnected = Signal()

    def __init__(self, store: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._listener: Any = None
        self._notifier: QSocketNotifier | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RELISTEN_MS)
        self._retry.timeout.connect(self.start)
        self._lost = False
        self.start()

    def start(self) -> None:
        from db.errors import StoreError

        was_lost = self._lost
        self.stop()
        try:
            self._listener = self.store.listen()
        except StoreError:
            self._lost = True
            self._retry.start()
            return
        self._lost = False
        if was_lost:  # what changed meanwhile was not heard: read it all again
            self.reconnected.emit()
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    def _readable(self) -> None:
        try:
            events = self._listener.poll()
        except Exception:  # the connection dropped: listen again in a moment
            self.stop()
            self._lost = True
            self._retry.start()
            return
        mine = self.store.user
        others = [e for e in events if e.by != mine]
        if others:
            self.changed.emit(others)

    def stop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None


def follow_other_desks(window: MainWindow) -> TeamWatcher | None:
    """In team mode: refresh the home page, and tell the editor, when others change things."""
    from db.errors import StoreError

    if not hasattr(window.store, "listen"):
        return None
    watcher = TeamWatcher(window.store, window)

    def changed(events: list[Any]) -> None:
        editor = window.editor
        if editor is None:
            with contextlib.suppress(StoreError):  # heard, but cannot read: the next time
                window.refresh_home()
            return
        for e in events:
            if e.decl_id == editor.session.decl_id:
                window.statusBar().showMessage(
                    translate("Team", "{who} changed this declaration (now {status}).").format(
                        who=e.by, status=e.status.replace("_", " ")
                    ),
                    10000,
                )
                review = getattr(window, "review", None)
                if review is not None and hasattr(review, "refresh"):
                    review.refresh()

    def reconnected() -> None:
        if window.editor is None:
            window.refresh_home()

    watcher.changed.connect(changed)
    watcher.reconnected.connect(reconnected)
    window.destroyed.connect(watcher.stop)
    _say_store_errors(window)
    return watcher


def _say_store_errors(window: MainWindow) -> None:
    """A store error escaping a button or menu (the team server went away mid-action) is said
    in the status bar, never printed as a traceback."""
    import sys

    from PySide6.QtWidgets import QApplication, QMainWindow

    from db.errors import StoreError

    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        if isinstance(exc, StoreError):
            shown = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMainWindow) and w.isVisible()]  # fmt: skip
            if shown:
                shown[0].statusBar().showMessage(str(exc), 15000)
                return
        previous(kind, exc, tb)

    if window is not None and not getattr(sys.excepthook, "mrtdesk_team", False):
        hook.mrtdesk_team = True  # type: ignore[attr-defined]
        sys.excepthook = hook


def watcher_of(window: QObject) -> TeamWatcher | None:
    """The window's watcher (a child object), if it works in a team database."""
    return window.findChild(TeamWatcher)


def switch_store(window: MainWindow, url: str | None) -> str | None:
    """Work in another store now (a team database, or None for the local one); returns the
    words saying why not, or None when switched."""
    from db.errors import StoreError
    from desktop.backend import open_store

    try:
        new = open_team_store(url, window.data_dir, window) if url else open_store(window.data_dir)
    except StoreError as exc:
        return str(exc)
    old_watcher = watcher_of(window)
    if old_watcher is not None:
        old_watcher.stop()
        old_watcher.setParent(None)
        old_watcher.deleteLater()
    window.show_home()
    old = window.store
    window.attach_store(new)
    if old is not None:
        old.close()
    follow_other_desks(window)
    return None

"""The composition root: the Qt application, settings, store and main window."""

from __future__ import annotations

import contextlib
import logging
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import applog, i18n, resource_files
from desktop.backend import open_store
from desktop.main_window import MainWindow
from desktop.settings import AppSettings
from desktop.theme import apply_theme
from forms import datadir

if TYPE_CHECKING:
    from db.store import Store

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("MRT Desk")
    app.setOrganizationName("MRT Desk")
    app.setApplicationDisplayName("MRT Desk")
    # Lets GNOME/Wayland match the window to the installed mrtdesk.desktop entry.
    app.setDesktopFileName("mrtdesk")
    icon = resource_files.icon_path()
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _quit_on_sigterm(app: QApplication) -> QTimer:
    """Quit cleanly (closing the store) on SIGTERM; the timer lets Python run the handler."""
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    timer = QTimer()
    timer.start(250)
    timer.timeout.connect(lambda: None)
    return timer


def with_language(settings: AppSettings) -> AppSettings:
    """Put the interface in the language chosen in `settings` (or the system's)."""
    i18n.install(settings.language() or None)
    return settings


def create_window(data_dir: Path, *, store: Store | None = None) -> MainWindow:
    """The main window over the store in `data_dir` (opened here unless given)."""
    app = application()
    apply_theme(app)
    data_dir.mkdir(parents=True, exist_ok=True)
    if store is None:
        store = open_store(data_dir)
    window = MainWindow(
        store=store, data_dir=data_dir, settings=with_language(AppSettings(data_dir))
    )
    from desktop.team import follow_other_desks

    follow_other_desks(window)  # in team mode: hear the other desks
    return window


def start(data_dir: Path, on_ready: Callable[[MainWindow], None]) -> MainWindow:
    """Show the main window at once, then open the store (the slow part: SQLAlchemy) and list
    the declarations; `on_ready(window)` runs when it is usable. If the store cannot be opened
    the app says why and quits with exit code 2."""
    app = application()
    apply_theme(app)
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = with_language(AppSettings(data_dir))
    window = MainWindow(store=None, data_dir=data_dir, settings=settings)
    window.show()
    app.processEvents()  # the first paint, before the store is opened

    def attach() -> None:
        from desktop.team import open_with_fallback

        try:
            store = open_with_fallback(data_dir, settings, window)
        except Exception as exc:  # the store could not open: say why instead of a traceback
            log.exception("the store in %s could not be opened", data_dir)
            from desktop.dialogs.restore_dialog import offer_restore

            if offer_restore(window, data_dir, exc, retry=attach):
                return
            QMessageBox.critical(
                window,
                app.translate("App", "MRT Desk cannot start"),
                app.translate("App", "The data folder {folder} cannot be used:\n{error}").format(
                    folder=data_dir, error=exc
                ),
            )
            app.exit(2)
            return
        window.attach_store(store)
        from desktop.team import follow_other_desks

        follow_other_desks(window)
        on_ready(window)

    QTimer.singleShot(0, attach)
    return window


def run(data_dir: str | None, open_path: str | None = None, verbose: bool = False) -> int:
    """Start the app, opening `open_path` (a workbook) if given; returns the exit code.
    The log goes to the data folder (and to stderr with `verbose`)."""
    app = application()
    keepalive = _quit_on_sigterm(app)
    folder = datadir.resolve(data_dir)
    with contextlib.suppress(OSError):  # start() says why the folder cannot be used
        folder.mkdir(parents=True, exist_ok=True)
    applog.setup(folder, verbose=verbose)
    log.info("MRT Desk starting on %s", folder)

    def ready(window: MainWindow) -> None:
        if open_path:
            window.import_workbook(Path(open_path))

    try:
        window = start(folder, ready)
    except OSError as exc:  # the data folder cannot even be created
        QMessageBox.critical(
            None,
            app.translate("App", "MRT Desk cannot start"),
            app.translate("App", "The data folder {folder} cannot be used:\n{error}").format(
                folder=folder, error=exc
            ),
        )
        return 2
    code = app.exec()
    keepalive.stop()
    if window.has_store:
        window.store.close()
    return int(code)

"""The composition root: the Qt application, settings, store and main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.backend import open_store
from desktop.main_window import MainWindow
from desktop.settings import AppSettings
from desktop.theme import apply_theme
from forms import datadir

STYLE = """
QLineEdit[invalid="true"] { border: 1px solid #c62828; border-radius: 2px; padding: 1px; }
"""


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("MRT Desk")
    app.setOrganizationName("MRT Desk")
    app.setApplicationDisplayName("MRT Desk")
    return app


def create_window(data_dir: Path, *, store: Any = None) -> MainWindow:
    """The main window over the store in `data_dir` (opened here unless given)."""
    app = application()
    apply_theme(app)
    app.setStyleSheet(STYLE)
    data_dir.mkdir(parents=True, exist_ok=True)
    if store is None:
        store = open_store(data_dir)
    return MainWindow(store=store, data_dir=data_dir, settings=AppSettings(data_dir))


def run(data_dir: str | None) -> int:
    """Start the app; returns the exit code."""
    app = application()
    folder = datadir.resolve(data_dir)
    try:
        window = create_window(folder)
    except Exception as exc:  # the store could not open: say why instead of a traceback
        QMessageBox.critical(
            None, "MRT Desk cannot start", f"The data folder {folder} cannot be used:\n{exc}"
        )
        return 2
    window.show()
    code = app.exec()
    window.store.close()
    return int(code)

"""Fixtures for the desktop tests: a fresh data folder and a main window over the real store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from desktop.app import create_window
from desktop.main_window import MainWindow

# The offscreen platform warns that it cannot propagate size hints whenever a main window with
# a menu or status bar is shown; that is a limit of the test platform, not of the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The tests read English texts: whatever the machine's language, the app starts in English
    (and a test that switches language leaves English behind)."""
    from desktop import i18n

    monkeypatch.setenv(i18n.ENV_LANGUAGE, "en")
    yield
    if i18n.current() != i18n.ENGLISH:  # a test should switch back itself, store still open
        i18n.install(i18n.ENGLISH)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def open_window(qtbot):  # type: ignore[no-untyped-def]
    """A factory: `open_window(data_dir)` shows a main window; all are closed at the end."""
    windows: list[MainWindow] = []

    def make(data_dir: Path) -> MainWindow:
        window = create_window(data_dir)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        window.store.close()
        # Gone, not just hidden: a later language switch must not reach a window whose store
        # is closed.
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(open_window, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield open_window(data_dir)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Modal message boxes would block a test: record them instead (question → Yes)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str, str]] = []

    def recorder(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, str(title), str(text)))
            return (
                QMessageBox.StandardButton.Yes
                if kind == "question"
                else QMessageBox.StandardButton.Ok
            )

        return staticmethod(show)

    for kind in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return shown

"""Shared set-up of the Smelters page tests: a CMRT 6.5 declaration with the official template
in the library, open on its Smelters page."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_driver import go, new_declaration

from desktop.editor.editor import Editor
from desktop.editor.smelters_page import SmeltersPage
from desktop.main_window import MainWindow


def smelters_page(
    qtbot: QtBot, window: MainWindow, template: Path | None, family: str = "CMRT",
    version: str = "6.5",
) -> tuple[Editor, SmeltersPage]:  # fmt: skip
    if template is not None:
        window.store.add_template(template)
    editor = new_declaration(qtbot, window, "Lenovo", family, version)
    go(editor, "smelters")
    page = editor.page("smelters")
    assert isinstance(page, SmeltersPage)
    return editor, page


def stored(window: MainWindow, editor: Editor):  # type: ignore[no-untyped-def]
    return window.store.load(editor.session.decl_id).declaration

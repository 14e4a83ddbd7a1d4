"""Drives the app's real widgets the way a person would (used by the journey tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.editor.editor import Editor
from desktop.editor.question_page import QuestionPage
from desktop.main_window import MainWindow
from desktop.widgets.fields import DatePicker, OptionCombo
from desktop.widgets.rows_table import RowsTable
from tests.conformance.recalc import checker_remaining

COMPANY = {
    "company.name": "Acme Cables Ltd",
    "company.contact_name": "Jane Doe",
    "company.contact_email": "jane@acme.example",
    "company.contact_phone": "+86 769 1234 5678",
    "company.authorizer_name": "John Roe",
    "company.authorizer_email": "john@acme.example",
}


def new_declaration(
    qtbot: QtBot, window: MainWindow, customer: str, family: str, version: str
) -> Editor:
    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    dialog = window.new_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.customer, customer)
    dialog.family.setCurrentIndex(dialog.family.findData(family))
    dialog.version.setCurrentIndex(dialog.version.findData(version))
    if not any(box.isChecked() for box in dialog.mineral_checks.values()):
        for box in dialog.mineral_checks.values():  # EMRT 2.x: every mineral, as before
            box.setChecked(True)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert window.editor is not None
    return window.editor


def go(editor: Editor, key: str) -> None:
    editor.sections.setCurrentRow([p.key for p in editor.pages].index(key))


def type_into(qtbot: QtBot, editor: Editor, path: str, text: str) -> None:
    widget = editor.show_path(path).fields[path]
    assert isinstance(widget, QLineEdit)
    widget.clear()
    qtbot.keyClicks(widget, text)


def choose(editor: Editor, path: str, option: str) -> None:
    widget = editor.show_path(path).fields[path]
    assert isinstance(widget, OptionCombo)
    index = widget.findData(option)
    assert index >= 0, f"{option!r} is not offered for {path}: {widget.options}"
    widget.setCurrentIndex(index)


def fill_company(qtbot: QtBot, editor: Editor) -> None:
    for path, text in COMPANY.items():
        type_into(qtbot, editor, path, text)
    date = editor.page("company").fields["company.effective_date"]
    assert isinstance(date, DatePicker)
    date.setDate(QDate(2026, 1, 15))


def type_in_cell(qtbot: QtBot, table: RowsTable, row: int, key: str, text: str) -> None:
    """Edit one cell through the view's delegate, as typing into it would."""
    index = table.view_index(row, key)
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = table.view.indexWidget(index) or QApplication.focusWidget()
    if isinstance(editor, QComboBox):
        if editor.isEditable():
            editor.setEditText(text)
        else:
            editor.setCurrentIndex(editor.findText(text))
    else:
        assert isinstance(editor, QLineEdit), editor
        qtbot.keyClicks(editor, text)
    table.view.commitData(editor)
    table.view.closeEditor(editor, table.view.itemDelegate().EndEditHint.NoHint)


def add_row(qtbot: QtBot, table: RowsTable, values: dict[str, str]) -> None:
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    row = table.model.rowCount() - 1
    for key, text in values.items():
        type_in_cell(qtbot, table, row, key, text)


def answer_questions(editor: Editor, answers: dict[str, dict[str, str]]) -> None:
    """`answers[number][mineral]` → option, page by page."""
    for number, per_mineral in answers.items():
        go(editor, f"q{number}")
        page = editor.page(f"q{number}")
        assert isinstance(page, QuestionPage)
        for mineral, option in per_mineral.items():
            choose(editor, f"answers.{mineral}.{number}.answer", option)


def checker_count(soffice: str, workbook: Path, out_dir: Path) -> int:
    """Recalculate `workbook` in LibreOffice and read RMI's own count (`Checker!D2`)."""
    return checker_remaining(soffice, out_dir, [workbook], jobs=1)[workbook]

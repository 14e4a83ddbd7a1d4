"""Prepare e-mail without a mail program (issue 15, point 7): the result of opening the .eml is
checked; Copy message and Show in folder are offered instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from ui_driver import new_declaration

from desktop.dialogs.email_dialog import EmailDialog
from forms.review.mail import ExportedDeclaration
from forms.workbook.writer import export_layout


def _dialog(qtbot, window, tmp_path: Path) -> EmailDialog:  # type: ignore[no-untyped-def]
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    decl = editor.session.decl
    decl.company.name = "Acme Components Limited"
    workbook = tmp_path / "Acme-CMRT.xlsx"
    export_layout(decl, workbook)
    dialog = EmailDialog(
        store=window.store,
        decl_id=editor.session.decl_id,
        exported=[ExportedDeclaration(decl, workbook)],
        outbox=tmp_path / "outbox",
        parent=window,
    )
    qtbot.addWidget(dialog)
    dialog.to_email.setText("supplier.compliance@lenovo.example")
    return dialog


def test_no_mail_program_is_said_and_the_fallbacks_work(qtbot, window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) and False)
    dialog = _dialog(qtbot, window, tmp_path)
    assert dialog.open_in_mail_program() is not None
    assert "No mail program opened the message" in dialog.note.text()
    assert dialog.sent_button.isEnabled()
    text = dialog.copy_message()
    assert QGuiApplication.clipboard().text() == text
    assert text.startswith("To: Lenovo <supplier.compliance@lenovo.example>\nSubject: ")
    assert str(tmp_path / "Acme-CMRT.xlsx") in text and "Dear Lenovo team" in text
    assert not dialog.show_in_folder()
    assert opened[-1].toLocalFile() == str(tmp_path / "outbox")
    assert str(tmp_path / "outbox") in dialog.note.text()

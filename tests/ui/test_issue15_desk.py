"""A day at the desk (issue 15, points 1, 8 and 9): the export result in full, the question
before exporting with errors, "I work alone", and received files told apart on the home list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_driver import new_declaration

import desktop.editor.review_page as review_module
from desktop.dialogs.settings_dialog import SettingsDialog
from desktop.home.home_page import OWN_TAB, RECEIVED_TAB
from desktop.models.declarations_model import ID_ROLE, Col
from desktop.settings import AppSettings
from forms.review import Status


def _answer(monkeypatch, replies: dict[str, QMessageBox.StandardButton]) -> list[str]:  # type: ignore[no-untyped-def]
    """QMessageBox.question answered by title (Yes when not listed); the titles asked."""
    asked: list[str] = []

    def question(_parent, title, _text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(str(title))
        return replies.get(str(title), QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_the_export_result_is_shown_in_full(qtbot, window, tmp_path, monkeypatch, size):  # type: ignore[no-untyped-def]
    window.resize(*size)
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    editor.go(len(editor.pages) - 1)
    review = editor.review_page()
    review.template_combo.setCurrentIndex(review.template_combo.count() - 1)  # the layout
    folder = tmp_path / "a rather long folder name for exports" / "customers" / "lenovo-2026"
    folder.mkdir(parents=True)
    out = folder / review.file_name.text()
    monkeypatch.setattr(review_module, "ask_save_path", lambda *_a: str(out))
    with qtbot.waitSignal(review.export_finished, timeout=60_000):
        review.export()
    qtbot.wait(50)
    text = review.result.text()
    assert "compatible layout, not official" in text and "Checker:" in text
    for label in (review.result, review.result_path):
        assert label.isVisible()
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert label.width() <= review.result_box.width()
    assert str(folder).replace("\u200b", "") in review.result_path.text().replace("\u200b", "")
    assert review.open_file.isVisible() and review.open_folder.isVisible()
    body = review.result_box.parentWidget()
    assert review.result_box.geometry().right() <= body.width()


def test_a_declaration_with_errors_is_exported_only_when_the_user_says_so(
    qtbot, window, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    editor.go(len(editor.pages) - 1)
    review = editor.review_page()
    asked_paths: list[str] = []
    monkeypatch.setattr(review_module, "ask_save_path", lambda *a: asked_paths.append(a[1]))
    asked = _answer(monkeypatch, {"Export with missing fields?": QMessageBox.StandardButton.No})
    review.export()
    assert asked == ["Export with missing fields?"] and asked_paths == []


def test_i_work_alone_is_asked_once_and_skips_the_review(qtbot, window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    assert Status.IN_REVIEW in window.review.bar.buttons
    assert not window.review.bar.email_button.isEnabled()
    editor.go(len(editor.pages) - 1)
    review = editor.review_page()
    monkeypatch.setattr(review_module, "ask_save_path", lambda *_a: None)
    asked = _answer(monkeypatch, {"Review before sending": QMessageBox.StandardButton.No})
    review.export()
    review.export()
    assert asked.count("Review before sending") == 1
    assert AppSettings(window.data_dir).work_alone() is True
    window.review.refresh()
    bar = window.review.bar
    assert list(bar.buttons) == [Status.APPROVED]
    assert bar.buttons[Status.APPROVED].text() == "Mark ready to send"
    assert bar.email_button.isEnabled()  # straight from draft
    bar.buttons[Status.APPROVED].click()
    assert window.store.status(editor.session.decl_id) is Status.APPROVED
    dialog = SettingsDialog(AppSettings(window.data_dir), window)
    assert dialog.work_alone.isChecked()
    dialog.work_alone.setChecked(False)
    assert AppSettings(window.data_dir).work_alone() is False
    dialog.deleteLater()


def test_received_files_are_told_apart_on_the_home_list(qtbot, window, shared_dir: Path):  # type: ignore[no-untyped-def]
    filled = sorted((shared_dir / "fixtures" / "filled").glob("*.xlsx"))
    for path in filled:
        window.store.import_workbook(path)
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    own_id = editor.session.decl_id
    window.show_home()
    home = window.home
    assert home.tabs.tabText(OWN_TAB) == "My declarations (1)"
    assert home.tabs.tabText(RECEIVED_TAB) == f"Received from suppliers ({len(filled)})"
    home.tabs.setCurrentIndex(OWN_TAB)
    assert home.proxy.rowCount() == 1 and home.table.isColumnHidden(Col.COMPANY)
    home.tabs.setCurrentIndex(RECEIVED_TAB)
    assert home.proxy.rowCount() == len(filled)
    assert not home.table.isColumnHidden(Col.COMPANY) and home.table.isColumnHidden(Col.CUSTOMER)
    companies = {home.proxy.index(r, Col.COMPANY).data() for r in range(len(filled))}
    files = {home.proxy.index(r, Col.SOURCE).data() for r in range(len(filled))}
    assert files == {p.name for p in filled}
    assert "(no company name)" not in companies and all(companies)
    assert all(home.proxy.index(r, Col.RECEIVED).data() for r in range(len(filled)))
    received_id = int(home.proxy.index(0, 0).data(ID_ROLE))
    assert received_id != own_id
    window.open_declaration(received_id)
    bar = window.review.bar
    assert bar.buttons == {} and not bar.email_button.isEnabled()
    assert "Received from a supplier" in bar.status_label.text()

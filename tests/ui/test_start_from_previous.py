"""Start from previous declaration: a filled CMRT 6.4 carried to CMRT 6.5, and the banner of
what to confirm again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from desktop.dialogs.start_from_previous import default_target, next_period
from desktop.field_labels import field_label
from desktop.widgets.fields import DatePicker, OptionCombo

FILLED = "fixtures/filled/CMRT_6.4_JX_Advanced_Metals.xlsx"


def test_default_target_and_next_period() -> None:
    class Entry:
        family, version = "CMRT", "6.4"

    # issue 14: the newest built-in versions are now CMRT 6.6.1 and EMRT 2.11.1 (were 6.5, 2.1)
    assert default_target("CMRT", []) == ("CMRT", "6.6.1")
    assert default_target("CMRT", [Entry()]) == ("CMRT", "6.4")
    assert default_target("EMRT", [Entry()])[1] == "2.11.1"
    assert (
        next_period("2025") == "2026" and next_period("H1 2025") == "" and next_period(None) == ""
    )
    assert field_label("company.effective_date") == "Effective date"
    assert field_label("answers.Tin.6.answer") == "Tin, question 6"
    assert field_label("smelters[2].smelter_id") == "Smelter row 3"


def _select_first(window) -> int:  # type: ignore[no-untyped-def]
    window.home.table.selectRow(0)
    decl_id = window.home.selected_id()
    assert decl_id is not None
    return decl_id


@pytest.mark.shared
def test_cmrt_64_moves_to_65_and_shows_what_to_confirm(qtbot, window, shared_dir):  # type: ignore[no-untyped-def]
    button = window.previous.button
    assert not button.isVisibleTo(window.home)  # first run: nothing to start from
    old_id = window.import_workbook(shared_dir / FILLED)
    assert old_id is not None
    window.show_home()
    assert button.isVisibleTo(window.home)
    assert not button.isEnabled()
    _select_first(window)
    assert button.isEnabled() and window.previous.action.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.previous.dialog
    assert dialog is not None and dialog.isVisible()
    # nothing in the library: the newest built in (6.6.1 since issue 14); this journey moves to 6.5
    assert dialog.chosen() == ("CMRT", "6.6.1", None)
    dialog.version.setCurrentIndex(dialog.version.findData("6.5"))
    assert dialog.chosen() == ("CMRT", "6.5", None)
    qtbot.keyClicks(dialog.period, "2026")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )

    editor = window.editor
    assert editor is not None
    decl = editor.session.decl
    assert (decl.family, decl.version) == ("CMRT", "6.5")
    assert decl.company.name == "JX Advanced Metals Corporation"
    assert window.store.load(editor.session.decl_id).period == "2026"
    banner = editor.confirm_banner
    assert banner.isVisibleTo(editor)
    paths = list(banner.buttons)
    assert paths[0] == "company.effective_date"
    assert "answers.Tantalum.6.answer" in paths
    assert banner.buttons["company.effective_date"].text() == "Effective Date — last period's date"

    # An item jumps to its field …
    qtbot.mouseClick(banner.buttons["answers.Tantalum.6.answer"], Qt.MouseButton.LeftButton)
    survey = editor.page("q6").fields["answers.Tantalum.6.answer"]
    assert isinstance(survey, OptionCombo)
    assert editor.stack.currentWidget() is editor.page("q6")
    assert QApplication.focusWidget() is survey
    qtbot.mouseClick(banner.buttons["company.effective_date"], Qt.MouseButton.LeftButton)
    date = editor.page("company").fields["company.effective_date"]
    assert isinstance(date, DatePicker)
    assert editor.stack.currentWidget() is editor.page("company")
    # … and leaves the banner once the field is edited.
    date.setDate(QDate(2026, 3, 31))
    assert "company.effective_date" not in banner.buttons
    assert "company.effective_date" not in dict(window.store.confirm_items(editor.session.decl_id))
    for path in [p for p in banner.buttons if p.startswith("answers.")]:
        combo = editor.page(f"q{path.split('.')[2]}").fields[path]
        assert isinstance(combo, OptionCombo)
        other = "100%" if combo.value() != "100%" else "Greater than 90%"
        combo.setCurrentIndex(combo.findData(other))
    assert not banner.isVisibleTo(editor)
    assert window.store.confirm_items(editor.session.decl_id) == []


@pytest.mark.shared
def test_context_menu_offers_start_from_previous(qtbot, window, shared_dir, monkeypatch):  # type: ignore[no-untyped-def]
    window.import_workbook(shared_dir / FILLED)
    window.show_home()
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, *_a: shown.append(self))
    table = window.home.table
    pos = table.visualRect(window.home.proxy.index(0, 0)).center()
    table.customContextMenuRequested.emit(pos)
    assert shown, "no context menu"
    texts = [a.text() for a in shown[0].actions() if a.text()]
    assert texts == ["&Open", "Start from &previous…", "&Delete"]
    shown[0].actions()[1].trigger()
    dialog = window.previous.dialog
    assert dialog is not None
    dialog.version.setCurrentIndex(dialog.version.findData("6.4"))
    dialog.accept()
    assert window.editor is not None and window.editor.session.decl.version == "6.4"
    assert window.editor.confirm_banner.isVisibleTo(window.editor)

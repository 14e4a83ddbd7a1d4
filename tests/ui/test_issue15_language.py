"""Leftovers after a live language switch and texts in words (issue 15, point 15): the smelter
search, mineral names, the banner's field names, undo texts, "Saved" on the home page, the
policy placeholder after "No", the welcome text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from ui_driver import go, new_declaration

from desktop import i18n
from desktop.field_labels import field_label
from desktop.widgets.fields import OptionCombo
from forms import templates


def _switch(code: str) -> None:
    i18n.install(code)
    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()


def test_field_paths_in_words() -> None:
    tpl = templates.get("CMRT", "6.5")
    assert field_label("company.name", tpl) == "Company Name"
    assert field_label("answers.Tin.6.answer", tpl) == "Tin, question 6"
    assert field_label("company_answers.B.comment", tpl) == "Company question B"
    assert field_label("smelters[2].smelter_id", tpl) == "Smelter row 7"  # the workbook's row


@pytest.mark.shared
def test_a_live_switch_leaves_nothing_behind(qtbot, window, templates_dir):  # type: ignore[no-untyped-def]
    window.add_template_file(templates_dir / "RMI_CMRT_6.5.xlsx")
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    session = editor.session
    session.set_field("company.name", "Acme")
    assert session.undo_stack.undoText() == "Edit Company Name"
    assert window.undo_action.text() == "&Undo Edit Company Name"
    go(editor, "smelters")
    search = editor.page("smelters").search  # type: ignore[attr-defined]
    english = (search.edit.placeholderText(), search.metal.itemText(0), search.metal.itemText(1))
    assert english[1:] == ("All minerals in scope", "Tantalum")

    _switch("zh_CN")
    try:
        chinese = (search.edit.placeholderText(), search.metal.itemText(0))
        assert all(c != e for c, e in zip(chinese, english, strict=False)), chinese
        assert search.metal.itemText(1) == "钽"
        assert "Edit" not in window.undo_action.text()
        assert "公司名称" in session.undo_stack.undoText()
    finally:
        _switch("en")
    assert session.undo_stack.undoText() == "Edit Company Name"


def test_saved_leaves_with_the_editor_and_the_url_placeholder_with_no(qtbot, window):  # type: ignore[no-untyped-def]
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    editor.session.set_field("company.name", "Acme")
    assert window.saved_label.text().startswith("Saved")
    go(editor, "company_questions")
    page = editor.page("company_questions")
    combo = page.fields["company_answers.B.answer"]
    comment = page.fields["company_answers.B.comment"]
    assert isinstance(combo, OptionCombo)
    assert "Web address" in comment.placeholderText()
    combo.setCurrentIndex(combo.findData("No"))
    assert comment.placeholderText() == "Comment (optional)" and comment.kind == "text"
    combo.setCurrentIndex(combo.findData("Yes"))
    assert "Web address" in comment.placeholderText() and comment.kind == "url"
    window.show_home()
    assert window.saved_label.text() == ""
    assert "…." not in window.home.library_label.text()

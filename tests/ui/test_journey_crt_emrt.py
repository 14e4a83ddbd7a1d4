"""The CRT 2.2 and EMRT 2.1 journeys (EMRT with a subset of its minerals), to Checker 0."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_driver import (
    add_row,
    answer_questions,
    checker_count,
    choose,
    fill_company,
    new_declaration,
    type_in_cell,
    type_into,
)

import desktop.editor.review_page as review_module
from desktop.editor.question_page import QuestionPage
from forms.templates.common import NOT_LISTED, SCOPE_COMPANY


def _finish(qtbot, window, editor, soffice, tmp_path, monkeypatch, metal):  # type: ignore[no-untyped-def]
    smelters = editor.page("smelters").table
    add_row(qtbot, smelters, {"metal": metal, "lookup_name": NOT_LISTED})
    type_in_cell(qtbot, smelters, 0, "name", f"Example {metal} Refinery")
    type_in_cell(qtbot, smelters, 0, "country", "CHINA")
    editor.recheck()
    assert [f.message for f in editor.findings if f.severity == "error"] == []
    review = editor.review_page()
    out = tmp_path / "out.xlsx"
    monkeypatch.setattr(review_module, "ask_save_path", lambda *_a: str(out))
    with qtbot.waitSignal(review.export_finished, timeout=120_000):  # a worker thread
        qtbot.mouseClick(review.export_button, Qt.MouseButton.LeftButton)
    assert "(official template). Checker: 0 required fields missing" in review.result.text()
    assert checker_count(soffice, out, tmp_path / "csv") == 0


@pytest.mark.shared
@pytest.mark.conformance
def test_crt_22_journey(qtbot, window, templates_dir, soffice, tmp_path, monkeypatch):
    window.add_template_file(templates_dir / "RMI_CRT_2.2_zh.xlsx")
    editor = new_declaration(qtbot, window, "Dell", "CRT", "2.2")
    fill_company(qtbot, editor)
    choose(editor, "company.scope", SCOPE_COMPANY)
    answers = {"1": "Yes", "2": "No", "3": "No", "4": "Greater than 90%", "5": "Yes", "6": "Yes"}
    answer_questions(editor, {n: {"Cobalt": a} for n, a in answers.items()})
    for letter in "ABCDEFHI":
        choose(editor, f"company_answers.{letter}.answer", "Yes")
    choose(editor, "company_answers.G.answer", "Yes, CRT")
    type_into(qtbot, editor, "company_answers.A.comment", "https://acme.example/cobalt-policy")
    _finish(qtbot, window, editor, soffice, tmp_path, monkeypatch, "Cobalt")
    assert window.store.load(editor.session.decl_id).declaration.answers["Cobalt"]["4"].answer == (
        "Greater than 90%"
    )


@pytest.mark.shared
@pytest.mark.conformance
def test_emrt_21_journey_with_two_of_six_minerals(
    qtbot, window, templates_dir, soffice, tmp_path, monkeypatch
):
    window.add_template_file(templates_dir / "RMI_EMRT_2.1_zh.xlsx")
    editor = new_declaration(qtbot, window, "HP", "EMRT", "2.1")
    assert [p.key for p in editor.pages][-2:] == ["mines", "review"]
    fill_company(qtbot, editor)
    choose(editor, "company.scope", SCOPE_COMPANY)
    scope = editor.page("scope")
    for mineral in ("Copper", "Graphite", "Lithium", "Nickel"):
        qtbot.mouseClick(scope.mineral_boxes[mineral], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    stored = window.store.load(editor.session.decl_id).declaration
    assert stored.minerals_in_scope == ["Cobalt", "Mica"]
    q1 = editor.page("q1")
    assert isinstance(q1, QuestionPage) and sorted(q1.skip_labels) == ["Cobalt", "Mica"]

    answer_questions(editor, {"1": {"Cobalt": "Yes", "Mica": "No"}, "2": {"Cobalt": "Yes"}})
    rest = {"3": "No", "4": "No", "5": "Greater than 75%", "6": "Yes", "7": "Yes"}
    answer_questions(editor, {n: {"Cobalt": a} for n, a in rest.items()})
    for letter in "ABDFG":
        choose(editor, f"company_answers.{letter}.answer", "Yes")
    choose(editor, "company_answers_by_mineral.C.Cobalt.answer", "Yes")
    choose(editor, "company_answers.E.answer", "Yes, in conformance with IPC1755 (e.g. EMRT)")
    type_into(qtbot, editor, "company_answers.B.comment", "www.acme.example/minerals-policy")
    _finish(qtbot, window, editor, soffice, tmp_path, monkeypatch, "Cobalt")

    # Undoing the mineral change brings Copper back with its (empty) answers.
    editor.session.undo_stack.setIndex(0)
    assert window.store.load(editor.session.decl_id).declaration.minerals_in_scope == [
        "Cobalt", "Copper", "Graphite", "Lithium", "Mica", "Nickel",
    ]  # fmt: skip
    assert scope.mineral_boxes["Copper"].isChecked()  # type: ignore[attr-defined]

"""The whole CMRT 6.5 journey: add the official template, fill everything, export, Checker 0."""

from __future__ import annotations

from pathlib import Path

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
import desktop.main_window as main_window_module
from desktop.editor.question_page import QuestionPage
from desktop.editor.scope_page import ScopePage
from forms.templates.common import NOT_LISTED, SCOPE_PRODUCT

OTHERS = ("Tin", "Gold", "Tungsten")
TANTALUM_DETAILS = {"3": "No", "4": "No", "5": "No", "6": "100%", "7": "Yes", "8": "Yes"}
COMPANY_ANSWERS = {
    "A": "Yes",
    "B": "Yes",
    "C": "Yes",
    "D": "Yes",
    "E": "Yes, in conformance with IPC1755 (e.g., CMRT)",
    "F": "Yes",
    "G": "Yes",
    "H": "No",
}


@pytest.mark.shared
@pytest.mark.conformance
def test_cmrt_65_from_first_start_to_checker_zero(
    qtbot, window, data_dir, templates_dir, soffice, tmp_path, monkeypatch, message_boxes
):
    # First start: the friendly empty state.
    assert window.home.views.currentIndex() == 0
    assert "official template" in window.home.empty.text()

    # Add the official template through the Add template… button.
    official = templates_dir / "RMI_CMRT_6.5.xlsx"
    monkeypatch.setattr(main_window_module, "ask_open_path", lambda *_a: str(official))
    qtbot.mouseClick(window.home.add_button, Qt.MouseButton.LeftButton)
    assert message_boxes == []
    assert "CMRT 6.5" in window.home.library_label.text()

    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    session = editor.session
    fill_company(qtbot, editor)

    # Scope B with two products.
    choose(editor, "company.scope", SCOPE_PRODUCT)
    scope = editor.page("scope")
    assert isinstance(scope, ScopePage)
    add_row(qtbot, scope.products, {"number": "PC-100", "name": "Power cable"})
    add_row(qtbot, scope.products, {"number": "PC-200", "name": "USB cable"})

    # Tantalum used and remaining; the other metals not used.
    answer_questions(editor, {"1": {"Tantalum": "Yes", **dict.fromkeys(OTHERS, "No")}})
    answer_questions(editor, {"2": {"Tantalum": "Yes"}})
    q2 = editor.page("q2")
    assert isinstance(q2, QuestionPage)
    assert all(q2.is_skipped(m) for m in OTHERS) and not q2.is_skipped("Tantalum")
    answer_questions(editor, {n: {"Tantalum": a} for n, a in TANTALUM_DETAILS.items()})

    for letter, option in COMPANY_ANSWERS.items():
        choose(editor, f"company_answers.{letter}.answer", option)
    type_into(qtbot, editor, "company_answers.B.comment", "www.acme.example/policy")

    smelters = editor.page("smelters")
    add_row(qtbot, smelters.table, {"metal": "Tantalum", "lookup_name": NOT_LISTED})  # type: ignore[attr-defined]
    type_in_cell(qtbot, smelters.table, 0, "name", "Example Tantalum Works")  # type: ignore[attr-defined]
    type_in_cell(qtbot, smelters.table, 0, "country", "CHINA")  # type: ignore[attr-defined]

    editor.recheck()
    assert [f.message for f in editor.findings if f.severity == "error"] == []

    # Every edit is in the store already.
    stored = window.store.load(session.decl_id)
    d = stored.declaration
    assert stored.customer == "Lenovo"
    assert d.company.name == "Acme Cables Ltd" and d.company.effective_date == "2026-01-15"
    assert [p.number for p in d.products] == ["PC-100", "PC-200"]
    assert d.answers["Tantalum"]["6"].answer == "100%"
    assert d.answers["Tin"]["1"].answer == "No"
    assert d.company_answers["B"].comment == "www.acme.example/policy"
    assert (d.smelters[0].metal, d.smelters[0].name) == ("Tantalum", "Example Tantalum Works")

    # Export into the official template.
    review = editor.review_page()
    editor.sections.setCurrentRow(len(editor.pages) - 1)
    assert review.template_combo.currentData() != review_module.LAYOUT
    assert review.file_name.text().startswith("Acme Cables Ltd-")
    out = tmp_path / "out" / review.file_name.text()
    out.parent.mkdir()
    monkeypatch.setattr(review_module, "ask_save_path", lambda *_a: str(out))
    with qtbot.waitSignal(review.export_finished, timeout=120_000):  # a worker thread
        qtbot.mouseClick(review.export_button, Qt.MouseButton.LeftButton)
    assert "Checker: 0 required fields missing" in review.result.text(), review.result.text()
    assert review.open_folder.isVisibleTo(review)
    assert checker_count(soffice, out, tmp_path / "csv") == 0
    assert Path(out).is_file()

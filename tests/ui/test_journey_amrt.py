"""The AMRT 1.3 journey: minerals picked from the list and typed as "Other", questions 1–2, a
smelter, exported into RMI's workbook, whose own Checker (LibreOffice) then shows 0."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from ui_driver import (
    add_row,
    answer_questions,
    choose,
    fill_company,
    new_declaration,
    type_in_cell,
    type_into,
)

import desktop.editor.review_page as review_module
from desktop.editor.question_page import QuestionPage
from forms.templates.common import NOT_LISTED, SCOPE_COMPANY
from tests.conformance.recalc import AMRT_CHECKER_SHEET, checker_remaining


@pytest.mark.shared
@pytest.mark.conformance
def test_amrt_13_journey(qtbot, window, templates_dir, soffice, tmp_path, monkeypatch):
    window.add_template_file(templates_dir / "RMI_AMRT_1.3_zh.xlsx")
    editor = new_declaration(qtbot, window, "Lenovo", "AMRT", "1.3")
    keys = [p.key for p in editor.pages]
    assert "company_questions" not in keys and keys[-2:] == ["mines", "review"]
    fill_company(qtbot, editor)
    choose(editor, "company.scope", SCOPE_COMPANY)
    scope = editor.page("scope")
    box = scope.amrt_minerals  # type: ignore[attr-defined]
    box.boxes["Zinc"].click()
    box.others.setText("Gallium")
    box.others.editingFinished.emit()
    stored = window.store.load(editor.session.decl_id).declaration
    assert sorted(stored.minerals_in_scope) == ["Gallium", "Zinc"]
    type_into(qtbot, editor, "mineral_reasons.Gallium.answer", "LED chips")
    stored = window.store.load(editor.session.decl_id).declaration
    assert stored.mineral_reasons["Gallium"].answer == "LED chips"
    q1 = editor.page("q1")
    assert isinstance(q1, QuestionPage) and sorted(q1.skip_labels) == ["Gallium", "Zinc"]
    answer_questions(editor, {"1": {"Zinc": "Yes", "Gallium": "No"}, "2": {"Zinc": "100%"}})
    smelters = editor.page("smelters").table
    add_row(qtbot, smelters, {"metal": "Zinc", "lookup_name": NOT_LISTED})
    type_in_cell(qtbot, smelters, 0, "name", "Example Zinc Refinery")
    type_in_cell(qtbot, smelters, 0, "country", "CHINA")
    editor.recheck()
    assert [f.message for f in editor.findings if f.severity == "error"] == []
    review = editor.review_page()
    out = tmp_path / "out.xlsx"
    monkeypatch.setattr(review_module, "ask_save_path", lambda *_a: str(out))
    with qtbot.waitSignal(review.export_finished, timeout=120_000):
        qtbot.mouseClick(review.export_button, Qt.MouseButton.LeftButton)
    assert "(official template). Checker: 0 required fields missing" in review.result.text()
    found = checker_remaining(soffice, tmp_path / "csv", [out], jobs=1, sheet=AMRT_CHECKER_SHEET)
    assert found[out] == 0
    assert load_workbook(out)["Minerals Scope"]["C8"].value == "LED chips"


def test_amrt_12_with_typed_minerals_to_the_compatible_layout(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, monkeypatch
):
    """AMRT 1.2 takes typed names and has no look-up column: the name and country count."""
    editor = new_declaration(qtbot, window, "Lenovo", "AMRT", "1.2")
    fill_company(qtbot, editor)
    choose(editor, "company.scope", SCOPE_COMPANY)
    box = editor.page("scope").amrt_minerals  # type: ignore[attr-defined]
    assert list(box.boxes) == [
        "Aluminum",
        "Chromium",
        "Copper",
        "Lithium",
        "Nickel",
        "Silver",
        "Zinc",
    ]
    box.boxes["Zinc"].click()
    box.others.setText("bismuth, Zinc")
    box.others.editingFinished.emit()
    assert sorted(editor.session.decl.minerals_in_scope) == ["Zinc", "bismuth"]
    answer_questions(editor, {"1": {"Zinc": "Yes", "bismuth": "Not declaring"}})
    smelters = editor.page("smelters").table
    assert "lookup_name" not in [c.key for c in smelters.model.columns]
    add_row(qtbot, smelters, {"metal": "Zinc", "name": "Example Zinc Works"})
    type_in_cell(qtbot, smelters, 0, "country", "CHINA")
    editor.recheck()
    assert [f.message for f in editor.findings if f.severity == "error"] == []
    review = editor.review_page()
    out = tmp_path / "layout.xlsx"
    monkeypatch.setattr(review_module, "ask_save_path", lambda *_a: str(out))
    with qtbot.waitSignal(review.export_finished, timeout=120_000):
        qtbot.mouseClick(review.export_button, Qt.MouseButton.LeftButton)
    assert "Checker: 0 required fields missing" in review.result.text()
    assert load_workbook(out)["Declaration"]["D12"].value in ("Zinc", "bismuth")


def test_amrt_12_smelter_buttons_without_a_look_up_column(qtbot, window):  # type: ignore[no-untyped-def]
    editor = new_declaration(qtbot, window, "Lenovo", "AMRT", "1.2")
    editor.session.set_minerals(["Zinc"])
    page = editor.page("smelters")
    page.add_unidentified("Zinc")  # type: ignore[attr-defined]
    assert [s.metal for s in editor.session.decl.smelters] == ["Zinc"]
    assert page.table.current_row() == 0

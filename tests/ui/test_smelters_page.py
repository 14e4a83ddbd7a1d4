"""The Smelters page with the real CMRT 6.5 template: search and add, not listed, not yet
identified, inline flags and the suggested CID, and undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from smelter_fixtures import smelters_page, stored

from desktop.models.smelter_models import FLAGS_ROLE
from forms.templates.common import NOT_LISTED, NOT_YET_IDENTIFIED


@pytest.fixture
def cmrt(qtbot, window, templates_dir: Path):  # type: ignore[no-untyped-def]
    return smelters_page(qtbot, window, templates_dir / "RMI_CMRT_6.5.xlsx")


def test_search_by_alias_adds_the_alias_exactly_and_the_formula_columns(qtbot, window, cmrt):
    editor, page = cmrt
    lookup = {r.alias: r for r in page.lookup}
    alias = "Henan Zhongyuan Gold Refinery Co., Ltd."
    assert lookup[alias].standard_name != alias  # an alias, not the standard name
    qtbot.keyClicks(page.search.edit, "henan zhongyuan gold")
    assert page.search.results.isVisible()
    assert page.search.current_row() == lookup[alias]
    qtbot.keyClick(page.search.edit, Qt.Key.Key_Return)
    s = stored(window, editor).smelters[0]
    assert (s.metal, s.lookup_name, s.smelter_id, s.country, s.id_source) == (
        "Gold", alias, "CID002224", "CHINA", "RMI",
    )  # fmt: skip
    assert (s.city, s.state, s.name) == ("Sanmenxia", "Henan Sheng", None)
    assert page.search.edit.text() == ""


def test_search_by_cid_and_the_metal_filter(qtbot, window, cmrt):
    editor, page = cmrt
    page.search.metal.setCurrentIndex(page.search.metal.findData("Tin"))
    qtbot.keyClicks(page.search.edit, "CID002763")
    assert page.search.results_model.rowCount() == 0  # 8853 S.p.A. refines gold
    page.search.metal.setCurrentIndex(0)  # all minerals in scope
    assert page.search.results_model.rowCount() >= 1
    qtbot.keyClick(page.search.edit, Qt.Key.Key_Return)
    s = stored(window, editor).smelters[0]
    assert (s.metal, s.lookup_name, s.smelter_id) == ("Gold", "8853 S.p.A.", "CID002763")
    window.undo_action.trigger()
    assert stored(window, editor).smelters == []


def test_not_listed_needs_a_name_and_a_country_from_rmis_list(qtbot, window, cmrt):
    editor, page = cmrt
    page.search.metal.setCurrentIndex(page.search.metal.findData("Tin"))
    dialog = page.ask_not_listed()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.metal.currentText() == "Tin" and not ok.isEnabled()
    qtbot.keyClicks(dialog.name, "Example Tin Works")
    assert not ok.isEnabled()
    dialog.country.setEditText("Atlantis")
    assert not ok.isEnabled() and "RMI's list" in dialog.problem.text()
    dialog.country.setEditText("china")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    s = stored(window, editor).smelters[0]
    assert (s.metal, s.lookup_name, s.name, s.country) == (
        "Tin", NOT_LISTED, "Example Tin Works", "CHINA",
    )  # fmt: skip


def test_a_not_listed_row_matching_a_listed_smelter_offers_its_cid(qtbot, window, cmrt):
    editor, page = cmrt
    dialog = page.ask_not_listed()
    dialog.metal.setCurrentText("Gold")
    dialog.name.setText("8853 SpA")
    dialog.country.setEditText("ITALY")
    dialog.accept()
    assert page.suggestion.isVisibleTo(page)
    assert "CID002763" in page.suggestion_label.text()
    name_cell = page.table.view_index(0, "name")
    assert name_cell.data(FLAGS_ROLE) == ["suggested_cid"]
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    s = stored(window, editor).smelters[0]
    assert (s.lookup_name, s.smelter_id, s.name) == ("8853 S.p.A.", "CID002763", None)
    assert not page.suggestion.isVisibleTo(page)
    window.undo_action.trigger()
    assert stored(window, editor).smelters[0].lookup_name == NOT_LISTED


def test_not_yet_identified_and_inline_flags(qtbot, window, cmrt):
    editor, page = cmrt
    page._fill_unidentified_menu()
    gold = next(a for a in page.unidentified_menu.actions() if a.text() == "Gold")
    gold.trigger()
    s = stored(window, editor).smelters[0]
    assert (s.metal, s.lookup_name, s.country) == ("Gold", NOT_YET_IDENTIFIED, "Unknown")
    for _ in range(2):
        qtbot.keyClicks(page.search.edit, "CID002763")
        qtbot.keyClick(page.search.edit, Qt.Key.Key_Return)
    from desktop.widgets.rows_table import RowsTable

    table: RowsTable = page.table
    assert table.view_index(2, "lookup_name").data(FLAGS_ROLE) == ["duplicate"]
    assert table.view_index(1, "lookup_name").data(FLAGS_ROLE) == []
    # Typing an unknown CID into a row flags it.
    from ui_driver import type_in_cell

    type_in_cell(qtbot, table, 2, "smelter_id", "CID999999")
    assert table.view_index(2, "smelter_id").data(FLAGS_ROLE) == ["unknown_cid"]
    # Sorting and filtering change the view only.
    table.filter_edit.setText("unknown")
    assert table.proxy.rowCount() == 1
    table.filter_edit.clear()
    table.view.sortByColumn(table.model.column_of("lookup_name"), Qt.SortOrder.DescendingOrder)
    assert table.proxy.index(0, table.model.column_of("lookup_name")).data() == NOT_YET_IDENTIFIED
    assert stored(window, editor).smelters[0].lookup_name == NOT_YET_IDENTIFIED


def test_typing_an_alias_into_the_look_up_cell_fills_the_row_like_the_template(qtbot, window, cmrt):
    from ui_driver import add_row

    editor, page = cmrt
    add_row(qtbot, page.table, {"metal": "Tungsten", "lookup_name": "Xiamen Tungsten Co., Ltd."})
    s = stored(window, editor).smelters[0]
    assert (s.smelter_id, s.country, s.id_source) == ("CID002082", "CHINA", "RMI")


def test_without_the_template_search_is_unavailable_and_manual_entry_works(qtbot, window):
    editor, page = smelters_page(qtbot, window, None)
    assert page.index is None
    assert not page.search.edit.isEnabled()
    assert "Add the official template" in page.search.note.text()
    assert page.search.note.isVisibleTo(page)
    dialog = page.ask_not_listed()
    dialog.metal.setCurrentText("Tin")
    dialog.name.setText("Some Works")
    dialog.country.setEditText("Peru")  # no country list: the typed country is kept
    dialog.accept()
    assert stored(window, editor).smelters[0].country == "Peru"

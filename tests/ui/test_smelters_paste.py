"""Paste rows with a column mapping (smelters, products, mines), import the Smelter List of
another workbook, and undo/redo of both."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from smelter_fixtures import smelters_page, stored
from ui_driver import go

import desktop.editor.smelters_page as smelters_page_module

CLIPBOARD = (
    "Mineral\tSmelter ID\tMine country\tWhatever\n"
    "Gold\tCID002763\tPeru\tx\n"
    "Tungsten\tcid2082\t\ty\n"
    "\t\t\t\n"
)


def test_paste_with_mapping_then_undo_and_redo(qtbot, window, templates_dir: Path):
    editor, page = smelters_page(qtbot, window, templates_dir / "RMI_CMRT_6.5.xlsx")
    QApplication.clipboard().setText(CLIPBOARD)
    page.table.view.setFocus()
    qtbot.keyClick(page.table.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = page.table.paste_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.has_header()
    assert dialog.mapping() == ["metal", "smelter_id", None, None]
    assert dialog.preview.rowCount() == 1 + 3  # the combos, then the rows (blank end dropped)
    dialog.combos[2].setCurrentIndex(dialog.combos[2].findData("mine_countries"))
    assert "2 row(s) will be added" in dialog.summary.text()
    dialog.accept()
    rows = stored(window, editor).smelters
    assert [(s.metal, s.smelter_id, s.lookup_name, s.mine_countries) for s in rows] == [
        ("Gold", "CID002763", "8853 S.p.A.", "Peru"),
        ("Tungsten", "cid2082", "Xiamen Tungsten Co., Ltd.", None),
    ]  # completed from the look-up as column A's formulas would
    assert rows[1].country == "CHINA"
    assert editor.session.undo_stack.count() == 1
    window.undo_action.trigger()
    assert stored(window, editor).smelters == []
    window.redo_action.trigger()
    assert len(stored(window, editor).smelters) == 2


def test_paste_products_with_requester_columns_and_mines(qtbot, window):
    editor, _page = smelters_page(qtbot, window, None, "EMRT", "2.1")
    go(editor, "scope")
    products = editor.page("scope").products  # type: ignore[attr-defined]
    headers = [c.header for c in products.model.columns]
    assert "Requester Product Number" in headers
    dialog = products.paste_text("P-1\tCable\tR-9\tTheir cable\nP-2\tPlug\t\t\n")
    assert dialog is not None and not dialog.has_header()
    dialog.set_mapping(["number", "name", "requester_number", "requester_name"])
    dialog.accept()
    got = stored(window, editor).products
    assert [(p.number, p.requester_number, p.requester_name) for p in got] == [
        ("P-1", "R-9", "Their cable"), ("P-2", None, None),
    ]  # fmt: skip
    mines = editor.page("mines").table  # type: ignore[attr-defined]
    dialog = mines.paste_text("Metal\tMine Name\nCobalt\tKamoto\n")
    assert dialog is not None
    assert dialog.mapping()[0] == "metal"
    dialog.set_mapping(["metal", "mine_name"])
    dialog.accept()
    assert stored(window, editor).mines[0].mine_name == "Kamoto"


def test_import_the_smelter_list_of_a_filled_workbook(
    qtbot, window, templates_dir: Path, shared_dir: Path, tmp_path: Path, message_boxes, monkeypatch
):
    editor, page = smelters_page(qtbot, window, templates_dir / "RMI_CMRT_6.5.xlsx")
    source = shared_dir / "fixtures" / "filled" / "CMRT_6.4_JX_Advanced_Metals.xlsx"
    assert page.import_workbook(source) == 27
    rows = stored(window, editor).smelters
    assert len(rows) == 27 and rows[0].lookup_name == "TANIOBIS Co., Ltd."
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"this is no workbook")
    assert page.import_workbook(bad) == 0
    assert message_boxes[-1][0] == "warning" and "broken.xlsx" in message_boxes[-1][2]
    copy = tmp_path / "copy.xlsx"
    shutil.copy(shared_dir / "fixtures" / "filled" / "CMRT_6.4_SK_specialty.xlsx", copy)
    monkeypatch.setattr(smelters_page_module, "ask_workbook_path", lambda *_a: str(copy))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert len(stored(window, editor).smelters) == 29
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert stored(window, editor).smelters == []

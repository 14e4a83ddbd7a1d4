"""Layout at 1366×768 and 1024×600 (issue 15, point 14): the side panels give way, the smelter
ID stays in view beside long names, pages do not scroll sideways, no doubled required mark."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from smelter_fixtures import smelters_page

from desktop.template_texts import TemplateTexts
from desktop.widgets.findings_panel import NARROW_WINDOW
from forms.declaration import Smelter
from forms.smelters.entry import from_lookup

SIZES = [(1366, 768), (1024, 600)]


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_smelter_id_stays_in_view_and_the_panels_give_way(
    qtbot, window, templates_dir: Path, size
):  # type: ignore[no-untyped-def]
    window.resize(*size)
    editor, page = smelters_page(qtbot, window, templates_dir / "RMI_CMRT_6.5.xlsx")
    assert page.index is not None
    rows = [from_lookup(page.index.by_cid(cid)[0]) for cid in ("CID002763", "CID000292")]
    long_name = "Guangdong Very Long Precious Metals Refining Company Limited of the Pearl River"
    rows.append(Smelter(metal="Gold", lookup_name=long_name, smelter_id="CID002763"))
    page.model.append_rows(rows, "rows")
    _settle()
    panel = editor.findings_panel
    assert panel.collapsed == (size[0] < NARROW_WINDOW)
    view = page.table.view
    cid = page.model.column_of("smelter_id")
    right = view.columnViewportPosition(cid) + view.columnWidth(cid)
    assert view.columnViewportPosition(cid) >= 0 and right <= view.viewport().width()
    lookup = page.model.column_of("lookup_name")
    assert view.columnWidth(lookup) <= 240  # a long name is elided, with its tooltip
    tip = page.model.index(2, lookup).data(3)  # ToolTipRole
    assert tip.startswith("Guangdong Very Long")
    scroll = page.findChild(QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing off to the right
    # The panel folds and unfolds on its button.
    panel.toggle.click()
    _settle()
    assert panel.collapsed == (size[0] >= NARROW_WINDOW)
    assert panel.tree.isVisible() == (not panel.collapsed)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_review_page_fits_without_scrolling_sideways(qtbot, window, size):  # type: ignore[no-untyped-def]
    from ui_driver import new_declaration

    window.resize(*size)
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    editor.go(len(editor.pages) - 1)
    _settle()
    review = editor.review_page()
    scroll = review.findChild(QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0
    combo = review.template_combo
    assert combo.toolTip() == combo.currentText()  # the full name when the combo is narrow


def test_a_chinese_label_gets_one_required_mark() -> None:
    labels = {"Declaration!B8": {"English": "Company Name (*):", "Chinese": "公司名称（*）："}}
    texts = TemplateTexts(labels, ("Chinese",))
    assert texts.label("Company Name (*):") == "公司名称（*）："
    assert texts.label("Company Name (*):").count("*") == 1

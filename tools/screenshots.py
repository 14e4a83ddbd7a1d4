"""Renders the app's pages offscreen to PNG: every page into a work folder, and the three the
README shows (home, a question page, review & export) into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--all-to DIR]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.app import create_window
from desktop.main_window import MainWindow
from forms import templates
from forms.declaration import Smelter, new_declaration
from forms.smelters.entry import from_lookup
from forms.templates.common import NOT_LISTED, SCOPE_PRODUCT

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)  # the laptop screen issue 15 was tried on; the findings panel stays open
OFFICIAL = ROOT.parent / "shared" / "rmi-templates" / "RMI_CMRT_6.5.xlsx"
README_WIDTH = 900


def _sample(window: MainWindow) -> int:
    store = window.store
    other = new_declaration(templates.get("EMRT", "2.1"))
    store.create(other, customer="HP Inc.", period="2025")
    decl = new_declaration(templates.get("CMRT", "6.5"))
    c = decl.company
    c.name, c.scope, c.contact_name = "Acme Cables Ltd", SCOPE_PRODUCT, "Jane Doe"
    c.contact_email, c.contact_phone = "jane@acme.example", "+86 769 1234 5678"
    c.authorizer_name, c.effective_date = "John Roe", "2026-01-15"
    for mineral in ("Tin", "Gold", "Tungsten"):
        decl.answers[mineral]["1"].answer = "No"
    decl.answers["Tantalum"]["1"].answer = "Yes"
    decl.answers["Tantalum"]["2"].answer = "Yes"
    decl.smelters = [
        Smelter(metal="Tantalum", lookup_name=NOT_LISTED, name="Example Tantalum Works")
    ]
    return int(store.create(decl, customer="Lenovo", period="2025"))


def _save(window: MainWindow, path: Path, width: int | None = None) -> None:
    QApplication.processEvents()
    pixmap = window.grab()
    if width is not None:
        pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    pixmap.save(str(path))


def _smelters_and_rollup(window: MainWindow, editor: Any, out: Path) -> None:
    """The Smelters page with a few rows, its flags and a search under way; the roll-up dialog
    over the filled fixtures and a broken file."""
    from desktop.editor.smelters_page import SmeltersPage
    from forms.smelters.entry import not_listed

    page = editor.page("smelters")
    assert isinstance(page, SmeltersPage)
    editor.sections.setCurrentRow(editor.pages.index(page))
    if page.index is not None:
        rows = list(editor.session.decl.smelters)
        for cid in ("CID002763", "CID002082", "CID002082"):
            rows.append(from_lookup(page.index.by_cid(cid)[0]))
        rows.append(not_listed("Gold", "8853 SpA", "ITALY"))
        rows.append(Smelter(metal="Cobalt", lookup_name="Some cobalt refinery"))
        editor.session.set_rows("smelters", rows, "sample")
        page.search.edit.setText("xiamen tung")
    editor.recheck()
    _save(window, out / "90-smelters.png")
    filled = sorted((OFFICIAL.parent.parent / "fixtures" / "filled").glob("*.xlsx"))
    with tempfile.TemporaryDirectory() as tmp:
        broken = Path(tmp) / "broken-from-supplier.xlsx"
        broken.write_bytes(b"not a workbook")
        dialog = window.open_rollup()
        dialog.add_paths([*(str(p) for p in filled), str(broken)])
        dialog.start()
        while dialog.running():
            QApplication.processEvents()
        dialog.tabs.setCurrentIndex(0)
        QApplication.processEvents()
        dialog.grab().save(str(out / "91-rollup-suppliers.png"))
        dialog.tabs.setCurrentIndex(1)
        QApplication.processEvents()
        dialog.grab().save(str(out / "92-rollup-smelters.png"))
        dialog.reject()
        QApplication.sendPostedEvents(None, 0)  # delete the finished worker now, not at exit
        QApplication.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--all-to", type=Path, default=Path(tempfile.gettempdir()) / "mrtdesk-shots"
    )
    args = parser.parse_args()
    args.all_to.mkdir(parents=True, exist_ok=True)
    DOCS.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        empty = create_window(Path(tmp) / "empty")
        empty.resize(*SIZE)
        empty.show()
        _save(empty, args.all_to / "00-first-run.png")
        empty.close()
        empty.store.close()

        window = create_window(Path(tmp) / "data")
        window.resize(*SIZE)
        window.show()
        if OFFICIAL.is_file():  # shows the export into the official template, as users see it
            window.store.add_template(OFFICIAL)
        decl_id = _sample(window)
        window.refresh_home()
        _save(window, args.all_to / "01-home.png")
        _save(window, DOCS / "home.png", README_WIDTH)
        editor = window.open_declaration(decl_id)
        for row, page in enumerate(editor.pages):
            editor.sections.setCurrentRow(row)
            editor.recheck()
            _save(window, args.all_to / f"{row + 2:02d}-{page.key}.png")
            if page.key == "q2":
                _save(window, DOCS / "question.png", README_WIDTH)
            if page.key == "review":
                _save(window, DOCS / "review-export.png", README_WIDTH)
        _smelters_and_rollup(window, editor, args.all_to)
        window.close()
        window.store.close()
    print(f"every page: {args.all_to}; README screenshots: {DOCS}")
    del app


if __name__ == "__main__":
    main()

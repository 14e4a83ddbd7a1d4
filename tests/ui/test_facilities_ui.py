"""RMI's facility list in the app: without one the Smelters page says where to get it; after
importing one (the dialog) the status column and the red flags appear for a declaration read
from a real supplier's file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from ui_driver import go

from desktop.editor.smelters_page import SmeltersPage
from forms.facilities.importer import import_file
from tests.unit.facilities.list_files import write_csv

FILLED = "fixtures/filled/CMRT_6.4_JX_Advanced_Metals.xlsx"
HEADER = ["Facility ID", "Facility Name", "Metal", "RMAP Status", "Date of last audit", "Cycle"]
LIST = [
    HEADER,
    ["CID002544", "TANIOBIS Co., Ltd.", "Tantalum", "Conformant", "2026-05-01", "1 year"],
    ["CID002549", "TANIOBIS Japan", "Tantalum", "Active", "", ""],
    ["CID002550", "TANIOBIS Smelting", "Tantalum", "Suspended", "", ""],
    ["CID002545", "TANIOBIS GmbH", "Tantalum", "Conformant", "2025-01-10", "1 year"],
]


def _open(qtbot, window, shared_dir: Path) -> tuple[object, SmeltersPage]:  # type: ignore[no-untyped-def]
    decl_id = window.store.import_workbook(shared_dir / FILLED)
    editor = window.open_declaration(decl_id)
    go(editor, "smelters")
    page = editor.page("smelters")
    assert isinstance(page, SmeltersPage)
    return editor, page


def test_without_a_list_the_page_says_where_to_get_one(qtbot, window, shared_dir: Path) -> None:  # type: ignore[no-untyped-def]
    editor, page = _open(qtbot, window, shared_dir)
    assert page.facility_hint.isVisible()
    assert "responsiblemineralsinitiative.org" in page.facility_hint.text()
    model = page.smelter_model
    assert model.columnCount() == len(model.columns)  # no status column
    assert not [f for f in editor.findings if f.code.startswith("RF-FACILITY")]
    assert not editor.review_page().facility_status.isVisibleTo(editor.review_page())


def test_import_shows_status_column_and_red_flags(qtbot, window, shared_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor, page = _open(qtbot, window, shared_dir)
    dialog = window.open_facilities()
    assert "No list imported yet" in dialog.current_label.text()
    path = write_csv(tmp_path / "rmi_facilities_2026-11-25.csv", LIST)
    assert dialog.import_path(path)
    report = dialog.report.toPlainText()
    assert "Imported 4 facilities (list of 2026-11-25)" in report
    assert "Columns not found: country, programme" in report
    assert "4 new, 0 dropped" in report
    dialog.close()

    assert not page.facility_hint.isVisible()
    model = page.smelter_model
    col = model.status_column()
    assert model.columnCount() == col + 1
    assert model.headerData(col, Qt.Orientation.Horizontal) == "RMI status"
    words = [model.index(r, col).data() for r in range(5)]
    assert words == [
        "Conformant",
        "Active",
        "Not enrolled",
        "Conformant, overdue",
        "Unknown CID",
    ]
    assert "Next assessment: 2027-05-01" in model.index(0, col).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, col).data(Qt.ItemDataRole.ForegroundRole) is not None

    codes = {(f.code, f.path) for f in editor.findings}
    assert ("RF-FACILITY-NOT-CONFORMANT", "smelters[2].smelter_id") in codes
    assert ("RF-FACILITY-REASSESSMENT-OVERDUE", "smelters[3].smelter_id") in codes
    assert ("RF-FACILITY-UNKNOWN-CID", "smelters[4].smelter_id") in codes
    shown = [item.text(0) for item in editor.findings_panel.items()]
    assert any("neither conformant nor active" in t for t in shown)

    review = editor.review_page()
    review.refresh()
    assert review.facility_status.isVisibleTo(review)
    assert "Tantalum: 2 conformant, 1 active, 13 other" in review.facility_status.text()


def test_a_bad_file_is_refused_in_words_and_keeps_the_old_list(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    good = write_csv(tmp_path / "good.csv", LIST)
    bad = tmp_path / "bad.csv"
    bad.write_text("Name,Country\nAlpha,US\n")
    dialog = window.open_facilities()
    assert dialog.import_path(good)
    assert not dialog.import_path(bad)
    assert "Not imported:" in dialog.report.toPlainText()
    assert "no column of smelter or facility IDs" in dialog.report.toPlainText()
    kept = window.store.facility_list()
    assert kept is not None and len(kept.facilities) == 4
    dialog.close()


def test_rollup_shows_each_consolidated_smelters_status(
    qtbot, window, shared_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.models.rollup_models import ConsolidatedCol

    window.store.import_facility_list(import_file(write_csv(tmp_path / "l.csv", LIST)))
    dialog = window.open_rollup()
    assert not dialog.smelters_view.isColumnHidden(ConsolidatedCol.RMI_STATUS)
    dialog.add_paths([str(shared_dir / FILLED)])
    with qtbot.waitSignal(dialog.finished_rollup, timeout=60_000):
        dialog.start()
    model = dialog.smelters_model
    by_cid = {
        model.index(r, ConsolidatedCol.CID).data(): model.index(
            r, ConsolidatedCol.RMI_STATUS
        ).data()
        for r in range(model.rowCount())
    }
    assert by_cid["CID002544"] == "Conformant"
    assert by_cid["CID002550"] == "Not enrolled"
    assert by_cid["CID001969"] == "Unknown CID"
    dialog.reject()


def test_rollup_without_a_list_hides_the_status_column(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from desktop.models.rollup_models import ConsolidatedCol

    dialog = window.open_rollup()
    assert dialog.smelters_view.isColumnHidden(ConsolidatedCol.RMI_STATUS)
    dialog.reject()


def test_the_due_window_is_a_setting(qtbot, window, shared_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    last = (date.today() + timedelta(days=30)).replace(year=date.today().year - 1)
    rows = [HEADER, ["CID002544", "TANIOBIS", "Tantalum", "Conformant", last.isoformat(), "1"]]
    window.store.import_facility_list(import_file(write_csv(tmp_path / "l.csv", rows)))
    editor, page = _open(qtbot, window, shared_dir)

    def due() -> bool:
        return any(f.code == "RF-FACILITY-REASSESSMENT-DUE" for f in editor.findings)

    assert due()  # due in about 30 days: within the default 60
    window.open_settings()
    window.settings_dialog.due_days.setValue(10)
    assert not due()
    assert page.smelter_model.index(0, page.smelter_model.status_column()).data() == "Conformant"
    assert window.settings.facility_due_days() == 10
    window.settings_dialog.close()

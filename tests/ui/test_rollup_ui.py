"""The roll-up dialog: received files in, a worker thread with progress and Cancel, the
summaries and consolidated smelters out, merged into a declaration or saved as a workbook."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from smelter_fixtures import smelters_page, stored

from desktop.dialogs.rollup_dialog import RollupDialog
from desktop.models.rollup_models import SupplierCol
from desktop.rollup_worker import RollupWorker
from forms.rollup import PROVENANCE_PREFIX

TIMEOUT_MS = 60_000


@pytest.fixture
def received(shared_dir: Path, tmp_path: Path) -> list[Path]:
    """Copies of the two filled CMRTs (twice each, as two suppliers' files) and a broken one."""
    folder = tmp_path / "received"
    folder.mkdir()
    out = []
    for i, name in enumerate(
        ["CMRT_6.4_JX_Advanced_Metals.xlsx", "CMRT_6.4_SK_specialty.xlsx"] * 2
    ):
        target = folder / f"{i}-{name}"
        shutil.copy(shared_dir / "fixtures" / "filled" / name, target)
        out.append(target)
    broken = folder / "9-broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    out.insert(2, broken)
    return out


def _run(qtbot, dialog: RollupDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.finished_rollup, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.rolled is not None and not dialog.running()


def test_rollup_from_the_home_page_reports_the_bad_file_and_saves(
    qtbot, window, received, tmp_path
):
    qtbot.mouseClick(window.home.rollup_button, Qt.MouseButton.LeftButton)
    dialog = window.rollup_dialog
    assert isinstance(dialog, RollupDialog) and dialog.isVisible()
    assert not dialog.merge_button.isVisibleTo(dialog)  # nothing to merge into
    assert not dialog.start_button.isEnabled()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in received])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    dialog.dropEvent(drop)
    assert dialog.paths() == received
    _run(qtbot, dialog)
    result = dialog.rolled
    assert result is not None and not result.cancelled
    assert dialog.progress.value() == len(received)
    model = dialog.suppliers_model
    assert model.rowCount() == 5
    statuses = [model.index(i, SupplierCol.STATUS).data() for i in range(5)]
    assert statuses[2].startswith("Not read") and statuses.count("Read") == 4
    assert model.index(0, SupplierCol.TEMPLATE).data() == "CMRT 6.4"
    assert model.index(0, SupplierCol.SMELTERS).data() == "27"
    assert dialog.smelters_model.rowCount() == len(result.smelters) == 21  # de-duplicated
    out = dialog.save_workbook(tmp_path / "consolidated.xlsx")
    assert out is not None
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames == ["Smelters", "Suppliers"]
    wb.close()


def test_cancel_stops_the_batch_before_the_next_file(qtbot, window, received):
    dialog = window.open_rollup()
    dialog.add_paths([str(p) for p in received])

    def cancel_on_second_file(worker: RollupWorker) -> None:
        def progressed(done: int, _total: int, _name: str) -> None:
            if done == 1:  # in the worker's thread, before it reads the second file
                dialog.cancel()

        worker.progress.connect(progressed, Qt.ConnectionType.DirectConnection)

    dialog.worker_started.connect(cancel_on_second_file)
    _run(qtbot, dialog)
    assert dialog.rolled is not None and dialog.rolled.cancelled
    assert len(dialog.rolled.suppliers) == 2  # the second file was under way; no third
    assert dialog.status.text().startswith("Cancelled")
    assert dialog.start_button.isEnabled()


def test_merge_into_the_declaration_is_one_undo_step_with_provenance(
    qtbot, window, received, templates_dir
):
    editor, page = smelters_page(qtbot, window, templates_dir / "RMI_CMRT_6.5.xlsx")
    qtbot.keyClicks(page.search.edit, "CID002544")  # TANIOBIS, also in a received file
    qtbot.keyClick(page.search.edit, Qt.Key.Key_Return)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = page.rollup_dialog
    assert isinstance(dialog, RollupDialog) and dialog.merge_button.isVisibleTo(dialog)
    dialog.add_paths([str(p) for p in received[:2]])
    _run(qtbot, dialog)
    before = editor.session.undo_stack.count()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    rows = stored(window, editor).smelters
    consolidated = len(dialog.rolled.smelters)  # type: ignore[union-attr]
    assert len(rows) == consolidated  # all of them; one was listed already
    assert rows[1].comments is not None and rows[1].comments.startswith(PROVENANCE_PREFIX)
    assert editor.session.undo_stack.count() == before + 1
    assert str(consolidated - 1) in dialog.status.text()
    window.undo_action.trigger()
    assert len(stored(window, editor).smelters) == 1

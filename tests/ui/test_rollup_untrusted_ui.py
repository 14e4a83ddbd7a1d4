"""The roll-up in the app with one hostile received file (ESC, NUL, C1, a lone surrogate in its
company name): the batch goes on, the file is shown, and the consolidated workbook saves."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from desktop.models.rollup_models import SupplierCol

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "cli"))
from hostile_text import JX, hostile_workbook

SK = "CMRT_6.4_SK_specialty.xlsx"


def test_a_hostile_file_does_not_stop_the_rollup_or_its_saving(  # type: ignore[no-untyped-def]
    qtbot, window, shared_dir, tmp_path
):
    folder = tmp_path / "received"
    folder.mkdir()
    bad = hostile_workbook(shared_dir / "fixtures" / "filled" / JX, folder / "1-hostile.xlsx")
    good = shutil.copy(shared_dir / "fixtures" / "filled" / SK, folder / "2-good.xlsx")
    dialog = window.open_rollup()
    dialog.add_paths([str(bad), str(good)])
    with qtbot.waitSignal(dialog.finished_rollup, timeout=60_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    model = dialog.suppliers_model
    assert model.rowCount() == 2
    assert [model.index(i, SupplierCol.STATUS).data() for i in range(2)] == ["Read", "Read"]
    out = dialog.save_workbook(tmp_path / "consolidated.xlsx")
    assert out is not None and out.exists()
    wb = openpyxl.load_workbook(out, read_only=True)
    names = [row[0] for row in wb["Suppliers"].iter_rows(min_row=2, values_only=True)]
    wb.close()
    assert names == ["1-hostile.xlsx", "2-good.xlsx"]

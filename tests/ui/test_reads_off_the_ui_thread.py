"""Every file a user picks is read off the UI thread behind a progress dialog with Cancel (issue
20, point 1): importing a Smelter List, adding a template, adding a supplier from a received
file, importing a supplier list and attaching a workbook to an e-mail. A slow read is injected;
the event loop keeps running, Cancel returns at once and nothing is stored."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from smelter_fixtures import smelters_page, stored

import desktop.dialogs.email_dialog as email_dialog_module
import desktop.suppliers.window as suppliers_window_module
import forms.workbook.library as library_module
import forms.workbook.reader as reader_module
from desktop import read_job

pytestmark = pytest.mark.shared

FILLED = Path("fixtures") / "filled" / "CMRT_6.4_JX_Advanced_Metals.xlsx"


class SlowRead:
    """`owner.name` made slow: it waits until released, noting the thread it ran in."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> None:
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []
        real = getattr(owner, name)

        def slow(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.current_thread())
            self.release.wait(30)
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, slow)


def cancel_while_reading(
    qtbot: QtBot, parent: QWidget, slow: SlowRead, call: Callable[[], Any]
) -> Any:
    """Run `call` and press Cancel once its progress dialog shows; what `call` returned."""
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    def press_cancel() -> None:  # as the user would: once the dialog shows
        shown = [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
        button = shown[0].findChild(QPushButton) if shown else None
        if button is None:
            QTimer.singleShot(100, press_cancel)
            return
        button.click()

    QTimer.singleShot(500, press_cancel)
    returned = call()
    timer.stop()
    slow.release.set()
    assert slow.threads and slow.threads[0] is not threading.main_thread()
    assert len(ticks) >= 5  # the window kept handling events while the file was being read
    qtbot.waitUntil(lambda: not read_job._running, timeout=30_000)  # the read ended, dropped
    return returned


def test_importing_a_smelter_list_reads_in_a_worker_and_cancel_imports_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, templates_dir, shared_dir, monkeypatch
):
    editor, page = smelters_page(qtbot, window, templates_dir / "RMI_CMRT_6.5.xlsx")
    slow = SlowRead(monkeypatch, reader_module, "read_bytes")
    added = cancel_while_reading(
        qtbot, page, slow, lambda: page.import_workbook(shared_dir / FILLED)
    )
    assert added == 0
    assert stored(window, editor).smelters == [] and page.model.rowCount() == 0
    assert not window.undo_action.isEnabled()


def test_adding_a_template_checks_in_a_worker_and_cancel_adds_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, templates_dir, monkeypatch
):
    slow = SlowRead(monkeypatch, library_module, "read_package")
    path = templates_dir / "RMI_CMRT_6.5.xlsx"
    assert cancel_while_reading(qtbot, window, slow, lambda: window.add_template_file(path)) is None
    assert window.store.templates() == []
    assert library_module.TemplateLibrary(window.store.data_dir).entries() == []
    assert "cancelled" in window.statusBar().currentMessage()
    monkeypatch.undo()
    entry = window.add_template_file(path)  # not cancelled: the same call adds it
    assert entry is not None and [t.version for t in window.store.templates()] == ["6.5"]


def test_adding_a_supplier_from_a_received_file_reads_in_a_worker_and_cancel_adds_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, shared_dir, monkeypatch
):
    sw = window.open_suppliers()
    slow = SlowRead(monkeypatch, reader_module, "read_bytes")
    assert (
        cancel_while_reading(qtbot, sw, slow, lambda: sw.add_from_file(shared_dir / FILLED)) is None
    )
    assert window.store.suppliers() == [] and "Cancelled" in sw.status.text()
    sw.close()


def test_importing_a_supplier_list_reads_in_a_worker_and_cancel_imports_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, monkeypatch
):
    from tests.unit.facilities.list_files import write_csv

    sw = window.open_suppliers()
    listing = write_csv(
        tmp_path / "suppliers.csv", [["Company", "Email"], ["Acme", "a@acme.example"]]
    )
    slow = SlowRead(monkeypatch, suppliers_window_module, "read_suppliers")
    assert cancel_while_reading(qtbot, sw, slow, lambda: sw.import_list(listing)) is None
    assert window.store.suppliers() == [] and "Cancelled" in sw.status.text()
    sw.close()


def test_attaching_a_workbook_to_an_e_mail_reads_in_a_worker_and_cancel_attaches_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, shared_dir, monkeypatch
):
    from test_issue15_email import _dialog

    dialog = _dialog(qtbot, window, tmp_path)
    before = dialog.attachments.count()
    monkeypatch.setattr(email_dialog_module, "ask_workbook", lambda _p: str(shared_dir / FILLED))
    slow = SlowRead(monkeypatch, reader_module, "read_bytes")
    cancel_while_reading(qtbot, dialog, slow, dialog._attach)
    assert dialog.attachments.count() == before and len(dialog.exported) == before

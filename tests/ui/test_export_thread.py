"""Export runs off the UI thread behind a progress dialog that cannot be closed mid-write."""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QWidget
from ui_driver import new_declaration

import desktop.editor.review_page as review_module
from desktop.editor.export_job import ExportJob


def test_the_job_runs_in_a_worker_and_the_dialog_stays_until_it_ends(qtbot):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    threads: list[QThread | None] = []
    results: list[tuple[object, str | None]] = []

    def job() -> str:
        threads.append(QThread.currentThread())
        assert release.wait(30)
        return "written"

    export = ExportJob(parent, job, "Exporting…", lambda r, f: results.append((r, f))).start()
    dialog = export.dialog
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not QApplication.instance().thread()
    assert dialog.isVisible()
    dialog.close()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.reject()
    qtbot.wait(50)  # the UI thread is free while the job runs
    assert dialog.isVisible() and results == []
    release.set()
    qtbot.waitUntil(lambda: bool(results))
    assert results == [("written", None)]
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_a_failing_job_reports_its_message(qtbot):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)

    def job() -> None:
        raise OSError("No space left on device")

    results: list[tuple[object, str | None]] = []
    ExportJob(parent, job, "Exporting…", lambda r, f: results.append((r, f))).start()
    qtbot.waitUntil(lambda: bool(results))
    assert results == [(None, "No space left on device")]


def _review(qtbot, window):  # type: ignore[no-untyped-def]
    editor = new_declaration(qtbot, window, "Lenovo", "CMRT", "6.5")
    editor.go(len(editor.pages) - 1)
    return editor.review_page()


def test_review_page_exports_in_the_background_and_states_the_checker_count(
    qtbot, window, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    review = _review(qtbot, window)
    out = tmp_path / "out.xlsx"
    monkeypatch.setattr(review_module, "ask_save_path", lambda *_a: str(out))
    with qtbot.waitSignal(review.export_finished, timeout=60_000):
        qtbot.mouseClick(review.export_button, Qt.MouseButton.LeftButton)
        assert not review.export_button.isEnabled()  # no second export while one is written
    assert out.is_file()
    text = review.result.text()
    assert "compatible layout" in text and "Checker:" in text and "required fields missing" in text
    assert review.open_folder.isVisibleTo(review) and review.export_button.isEnabled()
    assert review.last_export == out


def test_a_failed_export_says_why_and_offers_no_folder(qtbot, window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    review = _review(qtbot, window)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(review_module, "ask_save_path", lambda *_a: str(blocker / "out.xlsx"))
    with qtbot.waitSignal(review.export_finished, timeout=60_000):
        qtbot.mouseClick(review.export_button, Qt.MouseButton.LeftButton)
    assert review.result.text().startswith("Export failed")
    assert not review.open_folder.isVisibleTo(review)
    assert not Path(blocker / "out.xlsx").exists()

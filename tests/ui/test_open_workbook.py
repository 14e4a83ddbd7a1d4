"""Opening workbooks: the menu, drag and drop, bad and legacy files, and blank templates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

import desktop.main_window as main_window_module

pytestmark = pytest.mark.shared

FILLED = "fixtures/filled/CMRT_6.4_JX_Advanced_Metals.xlsx"


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(qtbot, target: QWidget, *paths: Path) -> bool:  # type: ignore[no-untyped-def]
    """Drag `paths` onto `target` as a file manager would; True when the drag was accepted."""
    mime = _mime(*paths)
    pos = QPointF(target.width() / 2, target.height() / 2)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def test_open_workbook_menu_imports_and_opens_with_findings(qtbot, window, shared_dir, monkeypatch):  # type: ignore[no-untyped-def]
    path = shared_dir / FILLED
    monkeypatch.setattr(main_window_module, "ask_open_path", lambda *_a: str(path))
    qtbot.mouseClick(window.home.open_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    assert editor is not None
    assert (editor.session.decl.family, editor.session.decl.version) == ("CMRT", "6.4")
    assert editor.session.decl.company.name
    assert editor.findings and editor.findings_panel.tree.topLevelItemCount() > 0
    assert window.store.load(editor.session.decl_id).source_file == path.name


def test_dropping_a_workbook_on_the_home_page_opens_it(qtbot, window, shared_dir):  # type: ignore[no-untyped-def]
    assert drop(qtbot, window.home, shared_dir / FILLED)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert window.editor is not None and window.editor.session.decl.version == "6.4"


def test_dropping_several_workbooks_lists_them_and_reports_the_bad_one(
    qtbot, window, shared_dir, message_boxes
):  # type: ignore[no-untyped-def]
    filled = sorted((shared_dir / "fixtures" / "filled").glob("*.xlsx"))
    bad = shared_dir / "fixtures" / "bad" / "jpeg_renamed.xls"
    assert drop(qtbot, window, *filled, bad)
    qtbot.waitUntil(lambda: bool(message_boxes))
    assert window.editor is None
    assert window.home.model.rowCount() == len(filled)
    kind, _title, text = message_boxes[-1]
    assert kind == "warning" and "JPEG" in text


def test_a_drag_without_workbooks_is_refused(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert not drop(qtbot, window.home, text)


def _truncated(shared_dir: Path, tmp_path: Path) -> Path:
    data = (shared_dir / FILLED).read_bytes()
    out = tmp_path / "truncated.xlsx"
    out.write_bytes(data[: len(data) // 2])
    return out


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("fixtures/bad/encrypted_velvetsweatshop.xlsx", "older than MRT Desk can read"),
        ("fixtures/bad/jpeg_renamed.xls", "JPEG"),
        ("fixtures/legacy/CMRT_2.03_validation_needed.xlsx", "older than MRT Desk can read"),
        ("fixtures/legacy/CMRT_3.01_green.xlsx", "CMRT 3.01"),
        ("truncated", "damaged or incomplete"),
    ],
)
def test_bad_files_give_the_readers_message_and_the_app_stays_usable(
    qtbot, window, shared_dir, tmp_path, message_boxes, name, expected
):  # type: ignore[no-untyped-def]
    path = _truncated(shared_dir, tmp_path) if name == "truncated" else shared_dir / name
    if name.endswith("velvetsweatshop.xlsx"):  # a drop as well as the menu
        assert drop(qtbot, window.home, path)
        qtbot.waitUntil(lambda: bool(message_boxes))
    else:
        assert window.import_workbook(path) is None
    kind, title, text = message_boxes[-1]
    assert kind == "warning" and title == "Cannot open this file"
    assert expected in text and path.name in text
    assert "Traceback" not in text and text.count(path.name) == 1
    assert window.editor is None and window.home.isEnabled()
    assert window.store.list_declarations() == []
    # Still usable: a good file opens afterwards.
    assert window.import_workbook(shared_dir / FILLED) is not None


def test_a_blank_official_template_is_offered_to_the_library_not_imported(
    qtbot, window, templates_dir, tmp_path, message_boxes
):  # type: ignore[no-untyped-def]
    blank = tmp_path / "RMI_CMRT_6.5.xlsx"
    shutil.copy(templates_dir / "RMI_CMRT_6.5.xlsx", blank)
    assert drop(qtbot, window.home, blank)
    qtbot.waitUntil(lambda: bool(message_boxes))
    kind, _title, text = message_boxes[0]
    assert kind == "question" and "blank official RMI CMRT 6.5" in text
    assert [(e.family, e.version) for e in window.store.templates()] == [("CMRT", "6.5")]
    assert window.store.list_declarations() == []
    assert window.editor is None
    assert "CMRT 6.5" in window.home.library_label.text()


def test_opening_a_workbook_parses_it_once(qtbot, window, shared_dir, monkeypatch):  # type: ignore[no-untyped-def]
    import forms.workbook.reader as reader

    parsed: list[str] = []
    real = reader.read_bytes

    def counting(data, name="workbook.xlsx", *args, **kwargs):  # type: ignore[no-untyped-def]
        parsed.append(name)
        return real(data, name, *args, **kwargs)

    monkeypatch.setattr(reader, "read_bytes", counting)
    monkeypatch.setattr(reader, "read_file", lambda *_a, **_k: pytest.fail("read twice"))
    path = shared_dir / FILLED
    assert window.import_workbook(path) is not None
    assert parsed == [path.name]


def test_reading_runs_off_the_ui_thread_and_cancel_returns_at_once(qtbot, window, shared_dir):  # type: ignore[no-untyped-def]
    import threading

    from PySide6.QtCore import QTimer

    from desktop import read_job

    release = threading.Event()
    readers: list[threading.Thread] = []

    def slow_read(path: Path) -> read_job.FileRead:  # a file that takes long to read
        readers.append(threading.current_thread())
        release.wait(30)
        return read_job.read_one(path)

    job = read_job.ReadJob(window, [shared_dir / FILLED], read=slow_read)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    from PySide6.QtWidgets import QPushButton

    def press_cancel() -> None:  # as the user would: once the dialog shows
        button = job.dialog.findChild(QPushButton)
        if button is None or not job.dialog.isVisible():
            QTimer.singleShot(100, press_cancel)
            return
        button.click()

    QTimer.singleShot(500, press_cancel)
    assert job.wait() is None
    timer.stop()
    release.set()
    assert readers and readers[0] is not threading.main_thread()
    assert len(ticks) >= 5  # the window kept handling events while the file was being read
    qtbot.waitUntil(lambda: not read_job._running, timeout=30_000)
    assert window.store.list_declarations() == []


def test_a_read_in_the_worker_gives_the_declaration_and_the_file_hash(qtbot, window, shared_dir):  # type: ignore[no-untyped-def]
    import hashlib

    from desktop import read_job

    path = shared_dir / FILLED
    reads = read_job.ReadJob(window, [path]).wait()
    assert reads is not None and len(reads) == 1
    assert reads[0].error is None and reads[0].result.declaration.version == "6.4"
    assert reads[0].sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_several_files_are_read_on_every_core_with_the_same_outcomes(
    qtbot, window, shared_dir, tmp_path
):  # type: ignore[no-untyped-def]
    """From `POOLED_FROM` files, opening reads them in worker processes (`forms.batch`): each
    outcome (declaration, SHA-256, or the reader's message) is what reading the files one by
    one gives, in the order given; a reader failure other than a refusal still names the file."""
    from desktop import read_job

    filled = sorted((shared_dir / "fixtures" / "filled").glob("*.xlsx"))
    bad = sorted((shared_dir / "fixtures" / "bad").iterdir())
    paths = [filled[0], *bad, _truncated(shared_dir, tmp_path), filled[1], tmp_path / "gone.xlsx"]
    assert len(paths) >= read_job.POOLED_FROM
    pooled = read_job.ReadJob(window, paths).wait()
    assert pooled is not None
    alone = [read_job.read_one(p) for p in paths]
    assert [r.path for r in pooled] == paths
    assert [(r.error, r.sha256) for r in pooled] == [(r.error, r.sha256) for r in alone]
    assert [r.result.declaration if r.result else None for r in pooled] == [
        r.result.declaration if r.result else None for r in alone
    ]
    assert sum(1 for r in pooled if r.error is None) == 2

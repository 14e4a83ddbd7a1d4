"""Restoring a backup in the app: from File ▸ Restore a backup…, and from the message shown when
the database was emptied behind MRT Desk's back (instead of a new, empty store)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from db.store import DB_NAME, Store
from desktop.app import start
from forms import templates
from forms.declaration import new_declaration


def _store_with_one(data_dir: Path, name: str) -> Path:
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.company.name = name
    with Store.open(data_dir) as s:
        s.create(decl)
        return s.backup()


def test_file_menu_restores_a_backup_and_reopens_the_store(  # type: ignore[no-untyped-def]
    qtbot, open_window, data_dir, message_boxes
):
    _store_with_one(data_dir, "Before Ltd")
    window = open_window(data_dir)
    decl = new_declaration(templates.get("CMRT", "6.5"))
    decl.company.name = "After Ltd"
    window.store.create(decl)
    assert window.restore_action.text() == "Restore a &backup…"
    window.restore_action.trigger()
    dialog = window.restore_dialog
    assert dialog.table.rowCount() == 1
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [d.company_name for d in window.store.list_declarations()] == ["Before Ltd"]
    assert any(kind == "question" for kind, _t, _m in message_boxes)


def test_an_emptied_database_offers_the_backups_at_start(qtbot, data_dir):  # type: ignore[no-untyped-def]
    _store_with_one(data_dir, "Kept Ltd")
    for extra in ("-wal", "-shm"):
        (data_dir / (DB_NAME + extra)).unlink(missing_ok=True)
    (data_dir / DB_NAME).write_bytes(b"")
    ready = []
    window = start(data_dir, ready.append)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: getattr(window, "restore_dialog", None) is not None)
    dialog = window.restore_dialog
    assert "empty" in dialog.findChildren(type(dialog.status))[0].text()
    assert not window.has_store
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: ready == [window])
    assert [d.company_name for d in window.store.list_declarations()] == ["Kept Ltd"]
    window.close()
    window.store.close()
    QApplication.processEvents()

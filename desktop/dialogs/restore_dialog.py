"""Restore a backup: the data folder's backups listed newest first, one put in place of the
database (the replaced file is kept). Reached from File ▸ Restore a backup… and from the
message that the database is damaged or was emptied."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import backups
from db.errors import StoreDamagedError, StoreError
from db.store import Store


class RestoreDialog(QDialog):
    """Signals: restored(path of the backup put back). Attributes: table (one row per backup,
    newest first), restore_button, status (why a restore failed).

    `release` runs before the restore: the caller closes its open store there.
    """

    restored = Signal(Path)

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        problem: str | None = None,
        release: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.data_dir, self.release = Path(data_dir), release
        self.setWindowTitle(self.tr("Restore a backup"))
        self.found = [
            backups.describe(p) for p in backups.list_backups(backups.backups_dir(self.data_dir))
        ]
        intro = QLabel(
            (problem + "\n\n" if problem else "")
            + self.tr(
                "Choose a backup to put in place of the database. The database it replaces "
                "is kept in the backups folder."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.found), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Declarations"), self.tr("Why")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, info in enumerate(self.found):
            when = info.made_at.strftime("%Y-%m-%d %H:%M:%S") if info.made_at else info.path.name
            held = self.tr("unreadable") if info.declarations is None else str(info.declarations)
            for col, text in enumerate((when, held, info.label)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        if not self.found:
            self.status.setText(self.tr("There are no backups in this data folder."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.status, buttons):
            layout.addWidget(widget)
        self.resize(560, 380)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        usable = bool(rows) and self.found[rows[0].row()].declarations is not None
        self.restore_button.setEnabled(usable)

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()].path if rows else None

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr("Put the backup {name} in place of the database?").format(name=chosen.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.release()
            Store.restore_backup(self.data_dir, chosen)
        except StoreError as exc:
            self.status.setText(str(exc))
            return
        self.accept()
        self.restored.emit(chosen)


def restore_from_window(window: Any) -> RestoreDialog:
    """File ▸ Restore a backup…: the window's store is closed for the restore and opened again
    (also when the restore fails)."""
    from desktop.backend import open_store

    released: list[bool] = []

    def release() -> None:
        window.show_home()
        if window.has_store:
            window.store.close()
            released.append(True)

    def reopen() -> None:
        if released:
            released.clear()
            try:
                window.attach_store(open_store(window.data_dir))
            except StoreError as exc:
                QMessageBox.critical(window, dialog.windowTitle(), str(exc))

    dialog = RestoreDialog(window.data_dir, window, release=release)
    dialog.finished.connect(lambda _code: reopen())
    dialog.finished.connect(dialog.deleteLater)
    window.restore_dialog = dialog
    dialog.open()
    return dialog


def offer_restore(
    window: QWidget, data_dir: Path, exc: BaseException, retry: Callable[[], None]
) -> bool:
    """At start, when the store is damaged or was emptied: the message and the backups in one
    dialog; a restore opens the store again (`retry`), closing it quits. False for any other
    failure (the caller reports it)."""
    if not isinstance(exc, StoreDamagedError):
        return False
    dialog = RestoreDialog(data_dir, window, problem=str(exc))
    dialog.restored.connect(lambda _path: retry())
    dialog.rejected.connect(lambda: QApplication.instance().exit(2))  # type: ignore[union-attr]
    window.restore_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return True

"""Start from previous declaration on the home page: the button, the list's context menu and the
File menu entry, and the flow from the chosen declaration to the new draft in the editor."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QStyle, QWidget

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from db.store import Store
    from desktop.dialogs.start_from_previous import StartFromPreviousDialog
    from desktop.home.home_page import HomePage

SHORTCUT = "Ctrl+Shift+N"


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows (it reads the context here)."""
    return QCoreApplication.translate(context, text)


@dataclass(frozen=True)
class PreviousHost:
    """What the feature needs from the window: its parts and what it may ask of it."""

    window: QWidget
    home: HomePage
    file_menu: QMenu
    after_action: QAction
    """The File menu entry the feature's entry follows (New declaration)."""
    store: Callable[[], Store]
    library_entries: Callable[[], list[Any]]
    editor_open: Callable[[], bool]
    open_declaration: Callable[[int], object]
    show_message: Callable[[str, int], None]


class PreviousActions(QObject):
    """Attributes: button (on the home page), action (File menu), dialog (while open)."""

    def __init__(self, host: PreviousHost) -> None:
        super().__init__(host.window)
        self.host = host
        home = host.home
        self.dialog: StartFromPreviousDialog | None = None
        self.button = QPushButton(
            home.style().standardIcon(QStyle.StandardPixmap.SP_FileLinkIcon), ""
        )
        self.button.setObjectName("start_from_previous")
        self.button.setEnabled(False)
        self.button.clicked.connect(self.start_selected)
        home.add_action_button(self.button)
        self.action = QAction(host.window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setEnabled(False)
        self.action.triggered.connect(self.start_selected)
        following = host.file_menu.actions()
        index = following.index(host.after_action) + 1 if host.after_action in following else -1
        if 0 <= index < len(following):
            host.file_menu.insertAction(following[index], self.action)
        else:
            host.file_menu.addAction(self.action)
        host.window.addAction(self.action)
        home.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        home.table.customContextMenuRequested.connect(self._context_menu)
        home.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        home.proxy.modelReset.connect(self._selection)
        home.proxy.layoutChanged.connect(self._selection)
        home.proxy.rowsRemoved.connect(self._selection)
        home.proxy.rowsInserted.connect(self._selection)
        home.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.button.setText(translate("StartFromPrevious", "Start from &previous…"))
        self._selection()
        self.action.setText(translate("StartFromPrevious", "Start from &previous declaration…"))

    def _selection(self) -> None:
        home = self.host.home
        enabled = home.selected_id() is not None
        self.button.setEnabled(enabled)
        self.action.setEnabled(enabled)
        self.button.setVisible(home.model.rowCount() > 0)  # nothing to start from on first run
        self.button.setToolTip(
            translate(
                "StartFromPrevious",
                "A new draft for the next period, on the newest template, with this one's answers",
            )
            if enabled
            else translate(
                "StartFromPrevious", "Select last period's declaration in the list first"
            )
        )

    def _context_menu(self, pos: QPoint) -> None:
        home = self.host.home
        index = home.table.indexAt(pos)
        if not index.isValid():
            return
        home.table.selectRow(index.row())
        decl_id = home.selected_id()
        if decl_id is None:
            return
        menu = QMenu(home)
        menu.addAction(
            translate("StartFromPrevious", "&Open"), lambda: home.declaration_opened.emit(decl_id)
        )
        menu.addAction(
            translate("StartFromPrevious", "Start from &previous…"), lambda: self.start(decl_id)
        )
        menu.addSeparator()
        menu.addAction(
            translate("StartFromPrevious", "&Delete"), lambda: home.delete_requested.emit(decl_id)
        )
        menu.popup(home.table.viewport().mapToGlobal(pos))
        self.menu = menu

    def start_selected(self) -> None:
        decl_id = self.host.home.selected_id()
        if decl_id is not None and not self.host.editor_open():
            self.start(decl_id)

    def start(self, decl_id: int) -> None:
        """Ask for the target template version, then create and open the new draft."""
        from desktop.dialogs.start_from_previous import StartFromPreviousDialog

        host = self.host
        previous = next((s for s in host.store().list_declarations() if s.id == decl_id), None)
        if previous is None:
            return
        dialog = StartFromPreviousDialog(previous, host.library_entries(), host.window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._create(decl_id, dialog))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _create(self, decl_id: int, dialog: StartFromPreviousDialog) -> int | None:
        family, version, period = dialog.chosen()
        try:
            new_id, items = self.host.store().start_from_previous(
                decl_id, family, version, period=period
            )
        except Exception as exc:  # the store refused (e.g. disk full): say so, stay on the list
            log.exception("a draft from the previous declaration could not be started")
            QMessageBox.warning(
                self.host.window,
                translate("StartFromPrevious", "Cannot start the new draft"),
                str(exc),
            )
            return None
        self.host.open_declaration(int(new_id))
        self.host.show_message(
            translate(
                "StartFromPrevious", "New {family} {version} draft: {n} item(s) to confirm again"
            ).format(family=family, version=version, n=len(items)),
            8000,
        )
        return int(new_id)

"""The main window: home page or editor in the middle, menus, status bar, drag and drop."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTime, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.backend import template_entries
from desktop.home.home_page import HomePage
from desktop.home.previous import PreviousActions, PreviousHost
from desktop.settings import AppSettings

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from db.records import TemplateInfo
    from db.store import Store
    from desktop.dialogs.new_declaration import NewDeclarationDialog
    from desktop.dialogs.requests_dialog import RequestsDialog
    from desktop.editor.editor import Editor
    from desktop.opening import OpeningHost
    from desktop.review.due_panel import DuePanel


def ask_open_path(parent: QWidget, title: str, folder: str) -> str | None:
    """Ask for a workbook to open (tests replace this function)."""
    from desktop.i18n import workbook_filter

    path, _ = QFileDialog.getOpenFileName(parent, title, folder, workbook_filter())
    return path or None


class MainWindow(QMainWindow):
    """Attributes: store, data_dir, settings, home, editor (None on the home page), undo_group,
    new_dialog (the open New declaration dialog, if any)."""

    def __init__(self, *, store: Store | None, data_dir: Path, settings: AppSettings) -> None:
        super().__init__()
        self._store, self.data_dir, self.settings = store, data_dir, settings
        self.editor: Editor | None = None
        self.new_dialog: NewDeclarationDialog | None = None
        self.due_panel: DuePanel | None = None
        self.requests_dialog: RequestsDialog | None = None
        self.editor_title = ""
        self.saved_at: str | None = None
        self.save_error: str | None = None
        self.setAcceptDrops(True)
        self.undo_group = QUndoGroup(self)
        self.home = HomePage()
        self.home.new_requested.connect(self.new_declaration)
        self.home.open_requested.connect(self.open_workbook)
        self.home.add_template_requested.connect(self.add_template)
        self.home.rollup_requested.connect(self.open_rollup)
        self.home.declaration_opened.connect(self.open_declaration)
        self.home.delete_requested.connect(self.delete_declaration)
        self.central = QStackedWidget()
        self.central.addWidget(self.home)
        self.setCentralWidget(self.central)
        self.saved_label = QLabel("")
        self.saved_label.setObjectName("saved")
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menus()
        self.previous = PreviousActions(
            PreviousHost(
                window=self,
                home=self.home,
                file_menu=self.file_menu,
                after_action=self.new_action,
                store=lambda: self.store,
                library_entries=self.library_entries,
                editor_open=lambda: self.editor is not None,
                open_declaration=self.open_declaration,
                show_message=self.statusBar().showMessage,
            )
        )
        self.retranslate()
        self.resize(1200, 760)
        geometry, state = settings.window_geometry(), settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        if store is not None:
            self.refresh_home()
        else:  # `attach_store` follows once the window is on screen (see `desktop.app.start`)
            self.home.views.setCurrentIndex(1)
            self.home.setEnabled(False)
            self.menuBar().setEnabled(False)

    @property
    def store(self) -> Store:
        """The open store; the window asks for it only once it has one (`has_store`)."""
        if self._store is None:
            raise RuntimeError("the store is not open yet")
        return self._store

    @property
    def has_store(self) -> bool:
        return self._store is not None

    def attach_store(self, store: Store) -> None:
        """Give the window its store (opened after the first paint) and show the list."""
        self._store = store
        self.home.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.refresh_home()

    # --- menus ----------------------------------------------------------------------------------

    def _action(self, menu: QMenu, slot: Any, shortcut: Any = None) -> QAction:
        action = menu.addAction("")
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self) -> None:
        self.file_menu = file_menu = self.menuBar().addMenu("")
        self.new_action = self._action(
            file_menu, self.new_declaration, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            file_menu, self.open_workbook, QKeySequence.StandardKey.Open
        )
        self.add_action = self._action(file_menu, self.add_template)
        self.facilities_action = self._action(file_menu, lambda: self.open_facilities())
        self.suppliers_action = self._action(file_menu, lambda: self.open_suppliers())
        self.restore_action = self._action(file_menu, self.restore_backup)
        self.recent_menu = file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.close_action = self._action(file_menu, self.show_home, QKeySequence.StandardKey.Close)
        self.quit_action = self._action(file_menu, self.close, QKeySequence.StandardKey.Quit)
        self.edit_menu = edit_menu = self.menuBar().addMenu("")
        self.undo_action = self.undo_group.createUndoAction(self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_group.createRedoAction(self)
        self.undo_group.undoTextChanged.connect(lambda _t: self._name_undo_actions())
        self.undo_group.redoTextChanged.connect(lambda _t: self._name_undo_actions())
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.settings_action = self._action(
            edit_menu, self.open_settings, QKeySequence.StandardKey.Preferences
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New declaration…"))
        self.open_action.setText(self.tr("&Open workbook…"))
        self.add_action.setText(self.tr("&Add template…"))
        self.facilities_action.setText(self.tr("Import RMI &facility list…"))
        self.suppliers_action.setText(self.tr("&Suppliers and campaigns…"))
        self.restore_action.setText(self.tr("Restore a &backup…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.close_action.setText(self.tr("&Close declaration"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        # QUndoGroup's actions take their prefix once, when made: keep them in step.
        self._name_undo_actions(retitle=True)
        self.settings_action.setText(self.tr("&Settings…"))
        self._show_title()
        self._show_saved()

    def _name_undo_actions(self, *, retitle: bool = False) -> None:
        """The Edit menu's Undo/Redo in the interface language, with the step in words
        (`retitle`: after a language switch, the steps' texts too)."""
        stack = self.undo_group.activeStack()
        if stack is not None and retitle:
            from desktop.undo import retitle_commands

            retitle_commands(stack)
        for action, prefix, step in (
            (self.undo_action, self.tr("&Undo"), stack.undoText() if stack else ""),
            (self.redo_action, self.tr("&Redo"), stack.redoText() if stack else ""),
        ):
            action.setText(f"{prefix} {step}" if step else prefix)

    def _show_title(self) -> None:
        if self.editor is None:
            self.setWindowTitle(self.tr("MRT Desk"))
        else:
            self.setWindowTitle(self.tr("{title} — MRT Desk").format(title=self.editor_title))

    def _show_saved(self) -> None:
        if self.save_error is not None:
            self.saved_label.setText(self.tr("NOT saved: {error}").format(error=self.save_error))
        elif self.saved_at is not None:
            self.saved_label.setText(self.tr("Saved {time}").format(time=self.saved_at))
        else:
            self.saved_label.setText("")

    def _saved(self, error: str | None) -> None:
        self.save_error = error
        self.saved_at = None if error else QTime.currentTime().toString("HH:mm:ss")
        self._show_saved()

    def _facility_due_days_changed(self, days: int) -> None:
        if self.editor is not None:
            self.editor.session.facility_due_days = days
            self.editor.facilities_changed()

    def open_settings(self) -> None:
        from desktop.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.due_days_changed.connect(self._facility_due_days_changed)
        self.settings_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        known = {
            s.id: s for s in self.store.list_declarations() if not getattr(s, "deleted", False)
        }
        for decl_id in self.settings.recent():
            s = known.get(decl_id)
            if s is not None:
                customer = s.customer or self.tr("(no customer)")
                label = f"{customer} — {s.family} {s.version} {s.period or ''}"
                action = self._action(
                    self.recent_menu, lambda _c=False, i=decl_id: self.open_declaration(i)
                )
                action.setText(label)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(nothing yet)")).setEnabled(False)

    # --- home -----------------------------------------------------------------------------------

    def library_entries(self) -> list[Any]:
        return template_entries(self.store)

    def refresh_home(self) -> None:
        self.home.set_declarations(self.store.list_declarations())
        self.home.set_library(self.library_entries())
        from desktop.review.due_panel import refresh_due_panel

        self.due_panel = refresh_due_panel(
            self.home, self.store, self.due_panel, self.open_requests_dialog
        )

    def open_requests_dialog(self) -> RequestsDialog:
        from desktop.review.due_panel import open_requests_dialog

        self.requests_dialog = open_requests_dialog(self.store, self, self.refresh_home)
        return self.requests_dialog

    def show_home(self) -> None:
        if self.editor is not None:
            self.undo_group.removeStack(self.editor.session.undo_stack)
            self.central.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        self.central.setCurrentWidget(self.home)
        self.saved_at = self.save_error = None  # "Saved 10:42" belongs to the closed editor
        self._show_saved()
        self._show_title()
        self.refresh_home()

    def restore_backup(self) -> Any:
        from desktop.dialogs.restore_dialog import restore_from_window

        return restore_from_window(self)

    def open_rollup(self) -> Any:
        """The roll-up of suppliers' files, without a declaration to merge into."""
        from desktop.dialogs.rollup_dialog import RollupDialog

        dialog = RollupDialog(self, facilities=self.store.facility_list())
        self.rollup_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_suppliers(self) -> Any:
        """The Suppliers window: one's own suppliers, campaigns, intake and feedback."""
        from desktop.suppliers.window import SuppliersWindow

        window = SuppliersWindow(store=self.store, data_dir=self.data_dir, parent=self)
        self.suppliers_window = window
        window.finished.connect(lambda _r: self.refresh_home())
        window.show()
        return window

    def open_facilities(self) -> Any:
        """The facility-list dialog (import RMI's Conformant / Active lists)."""
        from desktop.dialogs.facilities_dialog import FacilitiesDialog

        def imported() -> None:
            if self.editor is not None:
                self.editor.facilities_changed()

        dialog = FacilitiesDialog(
            current=self.store.facility_list(),
            import_list=self.store.import_facility_list,
            imported=imported,
            parent=self,
        )
        dialog.open()
        return dialog

    def new_declaration(self) -> None:
        from desktop.dialogs.new_declaration import NewDeclarationDialog

        requests = [r.request for r in self.store.requests(include_sent=False)]
        dialog = NewDeclarationDialog(self.library_entries(), self, requests=requests)
        self.new_dialog = dialog
        dialog.accepted.connect(self._create_from_dialog)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _create_from_dialog(self) -> None:
        dialog = self.new_dialog
        assert dialog is not None
        from forms import templates
        from forms.declaration import new_declaration

        family, version = dialog.chosen()
        decl = new_declaration(templates.get(family, version))
        minerals = dialog.minerals()
        if minerals:  # EMRT 2.x: only the minerals asked about
            decl.minerals_in_scope = minerals
            decl.ensure_shape()
        customer = dialog.customer.text().strip() or None
        period = dialog.period.text().strip() or None
        self.new_dialog = None
        decl_id = self.store.create(decl, customer=customer, period=period)
        self.open_declaration(decl_id)

    def open_workbook(self) -> None:
        path = ask_open_path(
            self, self.tr("Open a CMRT, CRT or EMRT workbook"), self.settings.last_folder()
        )
        if path:
            self.import_workbook(Path(path))

    def opening_host(self) -> OpeningHost:
        from desktop.opening import OpeningHost

        return OpeningHost(
            parent=self,
            store=self.store,
            remember_folder=self.settings.set_last_folder,
            add_template_file=self.add_template_file,
            open_declaration=self.open_declaration,
            show_home=self.show_home,
            show_message=self.statusBar().showMessage,
        )

    def import_workbook(self, path: Path) -> int | None:
        """Open one workbook (see `desktop.opening`); the new declaration's id, if any."""
        from desktop.opening import open_paths

        imported = open_paths(self.opening_host(), [Path(path)]).imported
        return imported[0] if imported else None

    def add_template(self) -> None:
        path = ask_open_path(
            self, self.tr("Add an official RMI template"), self.settings.last_folder()
        )
        if path:
            self.add_template_file(Path(path))

    def add_template_file(self, path: Path) -> TemplateInfo | None:
        from desktop.read_job import capturing, read_in_worker
        from forms.workbook.library import TemplateLibrary

        checked = read_in_worker(self, path, capturing(TemplateLibrary(self.store.data_dir).check))
        if checked is None:  # cancelled while reading: nothing was added
            self.statusBar().showMessage(self.tr("Adding the template cancelled"), 5000)
            return None
        try:
            if checked.exception is not None:
                raise checked.exception
            entry = self.store.add_checked_template(checked.result)
        except Exception as exc:
            log.exception("a template could not be added")
            from desktop.dialogs.template_refusal import show_refusal

            show_refusal(self, path, exc)
            return None
        self.statusBar().showMessage(
            self.tr("Added the official {family} {version} template").format(
                family=entry.family, version=entry.version
            ),
            8000,
        )
        self.refresh_home()
        if self.editor is not None:
            self.editor.session.forget_texts()
            self.editor.review_page().reload_templates()
        return entry

    def delete_declaration(self, decl_id: int) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete declaration"), self.tr("Delete this declaration?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.delete(decl_id)
            self.refresh_home()

    # --- editor ---------------------------------------------------------------------------------

    def open_declaration(self, decl_id: int) -> Editor:
        # The editor's modules load on first use: the home page should appear fast.
        from desktop.editor.editor import Editor
        from desktop.editor.session import DeclarationSession

        if self.editor is not None:
            self.show_home()
        stored = self.store.load(decl_id)
        session = DeclarationSession(store=self.store, decl_id=decl_id, decl=stored.declaration)
        session.facility_due_days = self.settings.facility_due_days()
        session.saved.connect(lambda: self._saved(None))
        session.save_failed.connect(self._saved)
        decl = stored.declaration
        customer = stored.customer or self.tr("No customer")
        title = f"{customer} — {decl.family} {decl.version}"
        if stored.period:
            title += f" — {stored.period}"
        self.editor = Editor(session, data_dir=self.data_dir, title=title)
        self.editor.close_requested.connect(self.show_home)
        from desktop.review.controller import attach_review

        self.review = attach_review(self.editor, self.data_dir, self.statusBar().showMessage)
        from desktop.editor.confirm_banner import attach as attach_confirm_banner

        attach_confirm_banner(self.editor, self.store)
        self.editor.review_page().add_template_requested.connect(self.add_template)
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self.central.addWidget(self.editor)
        self.central.setCurrentWidget(self.editor)
        self.editor_title = title
        self._show_title()
        self.settings.add_recent(decl_id)
        self.saved_at, self.save_error = None, None
        self._show_saved()
        return self.editor

    # --- window ---------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from desktop.opening import workbook_paths

        if self.has_store and workbook_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from desktop.opening import open_paths, workbook_paths

        paths = workbook_paths(event.mimeData())
        if not self.has_store or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Not inside the drop: the file manager waits for the drop to return, dialogs included.
        QTimer.singleShot(0, lambda: open_paths(self.opening_host(), paths))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        super().closeEvent(event)

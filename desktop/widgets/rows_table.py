"""An editable, sortable and filterable table of list-sheet rows with Add, Remove and Paste
(from Excel or CSV through a column-mapping step), and option drop-downs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.paste_mapping import PasteMappingDialog
from desktop.models.rows_model import RowsModel
from desktop.models.sort_proxy import SortProxy
from desktop.widgets.sizing import measure_few_rows
from forms import paste

Index = QModelIndex | QPersistentModelIndex


class OptionsDelegate(QStyledItemDelegate):
    """A drop-down editor offering fixed options (editable when free text is allowed too)."""

    def __init__(
        self, options: Callable[[], Sequence[str]], *, free_text: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._options, self._free = options, free_text

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(self._free)
        combo.addItems(["", *self._options()])
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        i = editor.findText(value)
        if i >= 0:
            editor.setCurrentIndex(i)
        elif self._free:
            editor.setEditText(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


FITTED_ROWS = 30
"""Rows `RowsTable.fit_columns` measures."""


class RowsTable(QWidget):
    """Attributes: view (QTableView over `proxy`), model (RowsModel), proxy (SortProxy),
    filter_edit, add_button, remove_button, paste_button, paste_dialog (the open mapping
    dialog, if any), prepare_pasted (turns pasted rows into stored ones, e.g. completes
    smelters from the look-up), minerals (what a metal column may hold, for the mapping)."""

    def __init__(self, model: RowsModel, *, noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.noun = noun
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(model)
        self.prepare_pasted: Callable[[list[Any]], list[Any]] | None = None
        self.minerals: Callable[[], Sequence[str]] = lambda: ()
        self.paste_dialog: PasteMappingDialog | None = None
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Columns are fitted once, within bounds (`fit_columns`), and then the user's to size:
        # the first screenful of rows is enough to measure.
        header = measure_few_rows(self.view.horizontalHeader(), rows=FITTED_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(150)
        header.setStretchLastSection(True)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # unsorted until a header is clicked: sheet order
        self.view.setWordWrap(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.fit_columns()
        self.view.installEventFilter(self)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.paste_button = QPushButton()
        self.paste_button.clicked.connect(self.paste_from_clipboard)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(240)
        self.filter_edit.setMinimumWidth(100)
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        self.buttons = QHBoxLayout()
        for b in (self.add_button, self.paste_button, self.remove_button):
            self.buttons.addWidget(b)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.filter_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        add = {
            "smelter": self.tr("Add smelter"),
            "product": self.tr("Add product"),
            "mine": self.tr("Add mine"),
        }
        self.add_button.setText(add.get(self.noun, self.tr("Add row")))
        self.remove_button.setText(self.tr("Remove selected"))
        self.remove_button.setToolTip(self.tr("Remove the selected rows (Delete)"))
        self.paste_button.setText(self.tr("Paste rows…"))
        self.paste_button.setToolTip(
            self.tr("Paste rows copied from Excel or a CSV file (Ctrl+V), then map their columns")
        )
        self.filter_edit.setPlaceholderText(self.tr("Filter rows…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def fit_columns(self) -> None:
        """Columns sized to their content (names, CIDs), within bounds so that one long name
        does not push the ID columns off-screen; elided cells show their text as tooltip."""
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        for i, column in enumerate(self.model.columns):
            self.view.resizeColumnToContents(i)
            title = min(metrics.horizontalAdvance(column.header) + 28, 180)
            self.view.setColumnWidth(i, max(90, title, min(self.view.columnWidth(i), 240)))

    # --- indexes ------------------------------------------------------------------------------

    def view_index(self, row: int, key: str | None = None) -> QModelIndex:
        """The view's index of the model's `row` (in the `key` column, else the first)."""
        has_key = key is not None and any(c.key == key for c in self.model.columns)
        column = self.model.column_of(key) if key and has_key else 0
        return self.proxy.mapFromSource(self.model.index(row, column))

    def current_row(self) -> int | None:
        """The model row of the current cell, if any."""
        index = self.view.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else None

    def selected_rows(self) -> list[int]:
        picked = self.view.selectionModel().selectedIndexes()
        rows = sorted({self.proxy.mapToSource(i).row() for i in picked})
        if not rows and (current := self.current_row()) is not None:
            rows = [current]
        return rows

    # --- edits ---------------------------------------------------------------------------------

    def set_options(
        self, key: str, options: Callable[[], Sequence[str]], *, free_text: bool
    ) -> None:
        if all(c.key != key for c in self.model.columns):
            return  # the template has no such column (AMRT 1.2 has no look-up column)
        delegate = OptionsDelegate(options, free_text=free_text, parent=self.view)
        self.view.setItemDelegateForColumn(self.model.column_of(key), delegate)

    def add_row(self) -> None:
        row = self.model.add_row()
        self.focus_row(row)

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.model.remove_rows(rows)

    def focus_row(self, row: int, key: str | None = None) -> None:
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.view_index(row, key)
        if not index.isValid() and self.model.rowCount():  # filtered out: show every row
            self.filter_edit.clear()
            index = self.view_index(row, key)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    # --- paste ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_from_clipboard()
                return True
            if (
                event.key() == Qt.Key.Key_Delete
                and self.view.state() != self.view.State.EditingState
            ):
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def paste_from_clipboard(self) -> None:
        self.paste_text(QApplication.clipboard().text())

    def paste_text(self, text: str) -> PasteMappingDialog | None:
        """Ask how the columns of `text` (tab-separated or CSV) map to fields, then add the
        rows as one undoable edit."""
        table = paste.parse_table(text)
        if not table:
            QMessageBox.information(
                self,
                self.tr("Nothing to paste"),
                self.tr("Copy rows in Excel (or a CSV file) first, then paste them here."),
            )
            return None
        dialog = PasteMappingDialog(table, self.model.columns, list(self.minerals()), self)
        self.paste_dialog = dialog
        dialog.accepted.connect(lambda: self._paste_accepted(dialog))
        dialog.finished.connect(self._paste_finished)
        dialog.open()
        return dialog

    def _paste_accepted(self, dialog: PasteMappingDialog) -> None:
        rows = paste.build_rows(
            dialog.table, dialog.mapping(), self.model.row_type, dialog.has_header()
        )
        if self.prepare_pasted is not None:
            rows = self.prepare_pasted(rows)
        if rows:
            first = self.model.rowCount()
            self.model.append_rows(rows, self.tr("Paste %n row(s)", "", len(rows)))
            self.focus_row(first)

    def _paste_finished(self) -> None:
        if self.paste_dialog is not None:
            self.paste_dialog.deleteLater()
        self.paste_dialog = None

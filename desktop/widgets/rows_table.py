"""An editable table of list-sheet rows with Add and Remove buttons, and option drop-downs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.rows_model import RowsModel

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


class RowsTable(QWidget):
    """Attributes: view (QTableView), model (RowsModel), add_button, remove_button."""

    def __init__(self, model: RowsModel, *, noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(150)
        header.setStretchLastSection(True)
        self.view.setWordWrap(False)
        metrics = header.fontMetrics()
        for i, column in enumerate(model.columns):
            width = metrics.horizontalAdvance(column.header) + 28
            self.view.setColumnWidth(i, max(110, min(width, 280)))
        self.add_button = QPushButton(f"Add {noun}")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(f"Remove selected {noun}")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view)

    def set_options(
        self, key: str, options: Callable[[], Sequence[str]], *, free_text: bool
    ) -> None:
        delegate = OptionsDelegate(options, free_text=free_text, parent=self.view)
        self.view.setItemDelegateForColumn(self.model.column_of(key), delegate)

    def add_row(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        if rows:
            self.model.remove_rows(rows)

    def focus_row(self, row: int, key: str | None = None) -> None:
        column = self.model.column_of(key) if key else 0
        index = self.model.index(max(0, min(row, self.model.rowCount() - 1)), column)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

"""A read-only table model over plain rows: each subclass names its columns (an IntEnum) and
says what a cell shows (`value`), how it sorts (`raw`, for `SORT_ROLE`) and its text colour."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.models.rows_model import SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class ValueTableModel(QAbstractTableModel):
    """Rows of one kind shown through `value(row, col)`; `SORT_ROLE` gives `raw(row, col)`;
    `color(row, col)` (a QColor or a "#rrggbb" string) tints the text."""

    columns: type[IntEnum]

    def __init__(self) -> None:
        super().__init__()
        self.items: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.items = list(rows)
        self.endResetModel()

    def headers(self) -> dict[int, str]:
        raise NotImplementedError

    def value(self, item: Any, col: int) -> str:
        raise NotImplementedError

    def raw(self, item: Any, col: int) -> Any:
        return self.value(item, col).casefold()

    def color(self, item: Any, col: int) -> QColor | str | None:
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.value(item, index.column())
        if role == SORT_ROLE:
            return self.raw(item, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self.color(item, index.column())
            return QColor(color) if isinstance(color, str) else color
        return None

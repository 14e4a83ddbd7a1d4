"""A table model over list-sheet rows (smelters, products, mines), columns from the template.

The model never changes its rows by itself: an edit is handed to `on_edit` with the new list
(the editor turns it into an undoable store write), and `set_rows` shows what was stored.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from forms.templates.model import Column

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def _copy(row: Any) -> Any:
    """A shallow copy of a row dataclass (`copy.copy` is ten times slower on 500 rows)."""
    if not hasattr(row, "__dict__"):
        return copy.copy(row)
    new = object.__new__(type(row))
    new.__dict__.update(row.__dict__)
    return new


class RowsModel(QAbstractTableModel):
    """Rows of one dataclass type (`Smelter`, `Product`, `Mine`) shown in template columns."""

    def __init__(
        self,
        columns: Sequence[Column],
        row_type: type[Any],
        on_edit: Callable[[list[Any], str], None] | None = None,
    ) -> None:
        super().__init__()
        self.columns = tuple(columns)
        self.row_type = row_type
        self.on_edit = on_edit
        self._rows: list[Any] = []
        self.first_row = 1
        """The workbook row of the first list row: the row numbers shown and said everywhere."""

    # --- content ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show `rows` (copied). Same length: refresh in place so the view keeps its cursor."""
        new = [_copy(r) for r in rows]
        if len(new) == len(self._rows):
            self._rows = new
            if new:
                last = self.index(len(new) - 1, len(self.columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def rows(self) -> list[Any]:
        return [_copy(r) for r in self._rows]

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # --- Qt -----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(self.first_row + section)

    def sheet_row(self, row: int) -> int:
        """The workbook row number of list row `row` (what findings and comments cite)."""
        return self.first_row + row

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.columns[index.column()].key
        value = getattr(self._rows[index.row()], key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value or ""
        if role == SORT_ROLE:
            return (value or "").casefold()
        if role == KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.ToolTipRole:  # the full text of an elided cell
            header = self.columns[index.column()].header
            return f"{value}\n— {header}" if value else header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip() if value is not None else ""
        key = self.columns[index.column()].key
        if (getattr(self._rows[index.row()], key) or "") == text:
            return False
        rows = self.rows()
        rows[index.row()] = dataclasses.replace(rows[index.row()], **{key: text or None})
        label = self.tr("Edit “%1” in row %2").replace(
            "%1", self.columns[index.column()].header.replace("(*)", "").strip()
        )
        label = label.replace("%2", str(self.sheet_row(index.row())))
        self._emit(rows, label)
        return True

    # --- row edits ----------------------------------------------------------------------------

    def add_row(self, **values: str) -> int:
        rows = [*self.rows(), self.row_type(**values)]
        self._emit(rows, self.tr("Add row"))
        return len(rows) - 1

    def append_rows(self, new: Sequence[Any], label: str) -> None:
        """Add `new` rows at the end as one edit."""
        if new:
            self._emit([*self.rows(), *(copy.copy(r) for r in new)], label)

    def replace_row(self, row: int, value: Any, label: str) -> None:
        rows = self.rows()
        rows[row] = copy.copy(value)
        self._emit(rows, label)

    def remove_rows(self, indices: Sequence[int]) -> None:
        drop = set(indices)
        rows = [r for i, r in enumerate(self.rows()) if i not in drop]
        self._emit(rows, self.tr("Remove rows") if len(drop) > 1 else self.tr("Remove row"))

    def _emit(self, rows: list[Any], label: str) -> None:
        if self.on_edit is not None:
            self.on_edit(rows, label)
        else:
            self.set_rows(rows)

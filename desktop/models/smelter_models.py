"""Table models of the Smelters page: the Smelter List with its problems flagged on the cells,
and the results of a search in the template's Smelter Look-up."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from desktop import theme
from desktop.models import facility_status
from desktop.models.rows_model import SORT_ROLE, RowsModel
from forms.declaration import Smelter
from forms.facilities.status import SmelterStatus
from forms.smelters import SmelterMatch
from forms.smelters.entry import RowFlag
from forms.templates.model import Column

Index = QModelIndex | QPersistentModelIndex
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 3
LOOKUP_ROW_ROLE = Qt.ItemDataRole.UserRole + 4


class SmelterRowsModel(RowsModel):
    """The Smelter List; `set_flags` marks cells (icon, tint and tooltip) with `RowFlag`s."""

    def __init__(
        self, columns: Sequence[Column], on_edit: Callable[[list[Any], str], None] | None = None
    ) -> None:
        super().__init__(columns, Smelter, on_edit)
        self.flags_by_row: dict[int, list[RowFlag]] = {}
        self.statuses: list[SmelterStatus] | None = None
        """Each row's standing on RMI's facility list; None (no column) without a list."""

    def set_statuses(self, statuses: list[SmelterStatus] | None) -> None:
        """Show (or, with None, hide) the RMI status column after the template's columns."""
        if (statuses is None) != (self.statuses is None):
            self.beginResetModel()
            self.statuses = statuses
            self.endResetModel()
            return
        self.statuses = statuses
        if self.rowCount() and statuses is not None:
            col = self.status_column()
            self.dataChanged.emit(self.index(0, col), self.index(self.rowCount() - 1, col))

    def status_column(self) -> int:
        """The RMI status column's index (when shown): the one after the template's."""
        return len(self.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        extra = 0 if self.statuses is None else 1
        return 0 if parent.isValid() else len(self.columns) + extra

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == len(self.columns):
            shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            return facility_status.header() if shown else None
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and index.column() == len(self.columns):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return super().flags(index)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == len(self.columns):
            return False
        return super().setData(index, value, role)

    def _status_data(self, row: int, role: int) -> Any:
        if self.statuses is None or row >= len(self.statuses):
            return None
        status = self.statuses[row]
        if role == SORT_ROLE:
            return facility_status.words(status).casefold()
        return facility_status.cell_data(status, role)

    def set_flags(self, flags: dict[int, list[RowFlag]]) -> None:
        self.flags_by_row = flags
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def cell_flags(self, row: int, key: str) -> list[RowFlag]:
        return [f for f in self.flags_by_row.get(row, []) if f.field == key]

    def message(self, flag: RowFlag, row: int) -> str:
        s = self._rows[row]
        if flag.kind == "duplicate":
            other = self.sheet_row(flag.other_row or 0)
            return self.tr(
                "Duplicate: the same smelter as row %1 (same metal, ID and mine of origin)."
            ).replace("%1", str(other))
        if flag.kind == "not_listed":
            return self.tr(
                "Not found in RMI's smelter list: check the name, or keep it as “Smelter not "
                "listed” with its country."
            )
        if flag.kind == "id_mismatch" and flag.suggestion is not None:
            return (
                self.tr("The ID %1 does not match the smelter's name, whose ID is %2.")
                .replace("%1", s.smelter_id or "")
                .replace("%2", flag.suggestion.cid or "")
            )
        if flag.kind == "metal_not_in_scope":
            return self.tr("“%1” is not a mineral in the scope of this declaration.").replace(
                "%1", s.metal or ""
            )
        if flag.kind == "unknown_cid":
            return self.tr("%1 is not in the template's Smelter Look-up.").replace(
                "%1", s.smelter_id or s.id_input or ""
            )
        hit = flag.suggestion
        assert hit is not None and flag.kind == "suggested_cid"
        return (
            self.tr("Listed by RMI as “%1” (%2, %3): use “Apply suggested smelter”.")
            .replace("%1", hit.standard_name or hit.alias)
            .replace("%2", hit.cid or "")
            .replace("%3", hit.country or "")
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == len(self.columns):
            return self._status_data(index.row(), role)
        if index.isValid() and role in (
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ToolTipRole,
            FLAGS_ROLE,
        ):
            flags = self.cell_flags(index.row(), self.columns[index.column()].key)
            if role == FLAGS_ROLE:
                return [f.kind for f in flags]
            if flags:
                problem = any(f.kind not in ("suggested_cid", "not_listed") for f in flags)
                if role == Qt.ItemDataRole.DecorationRole:
                    pixmap = (
                        QStyle.StandardPixmap.SP_MessageBoxWarning
                        if problem
                        else QStyle.StandardPixmap.SP_MessageBoxInformation
                    )
                    app = QApplication.instance()  # no icons without a widget application
                    style = app.style() if isinstance(app, QApplication) else None
                    return style.standardIcon(pixmap) if style is not None else None
                if role == Qt.ItemDataRole.BackgroundRole:
                    color = QColor(
                        theme.warning_color()
                        if problem
                        else QApplication.palette().highlight().color()
                    )
                    color.setAlpha(50)
                    return color
                messages = "\n".join(self.message(f, index.row()) for f in flags)
                return f"{super().data(index, role)}\n\n{messages}"  # the cell's text first
            if role != Qt.ItemDataRole.ToolTipRole:
                return None
        return super().data(index, role)


class SearchCol(IntEnum):
    NAME = 0
    COUNTRY = 1
    CID = 2
    METAL = 3


class SearchResultsModel(QAbstractTableModel):
    """Search results, best first: standard name (and the alias that matched), country, CID,
    metal. `LOOKUP_ROW_ROLE` gives the matched `LookupRow`."""

    def __init__(self) -> None:
        super().__init__()
        self.matches: list[SmelterMatch] = []

    def _headers(self) -> dict[SearchCol, str]:
        """Asked each time: the headers follow a live language switch."""
        return {
            SearchCol.NAME: self.tr("Smelter (standard name)"),
            SearchCol.COUNTRY: self.tr("Country"),
            SearchCol.CID: self.tr("Smelter ID"),
            SearchCol.METAL: self.tr("Metal"),
        }

    def set_matches(self, matches: Sequence[SmelterMatch]) -> None:
        self.beginResetModel()
        self.matches = list(matches)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SearchCol)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers()[SearchCol(section)]
        return None

    def _value(self, m: SmelterMatch, col: SearchCol) -> str:
        r = m.row
        if col == SearchCol.NAME:
            name = r.standard_name or r.alias
            if r.alias != name:
                return self.tr("%1 — listed as “%2”").replace("%1", name).replace("%2", r.alias)
            return name
        if col == SearchCol.COUNTRY:
            return r.country or ""
        if col == SearchCol.CID:
            return r.cid or ""
        return r.metal

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.matches[index.row()]
        col = SearchCol(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._value(m, col)
        if role == SORT_ROLE:
            return m.score if col == SearchCol.NAME else self._value(m, col).casefold()
        if role == LOOKUP_ROW_ROLE:
            return m.row
        return None

"""The home page's table model: one row per stored declaration (Vorta's recipe): whose it is
(customer, or for a supplier's file the company, the file and when it was received)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
RECEIVED_ROLE = Qt.ItemDataRole.UserRole + 3
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 4
"""The row's whole `DeclarationSummary` (company, source file, received date, counts…)."""
Index = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    CUSTOMER = 0
    TEMPLATE = 1
    PERIOD = 2
    STATUS = 3
    ERRORS = 4
    UPDATED = 5
    COMPANY = 6
    SOURCE = 7
    RECEIVED = 8


_COLUMNS = len(Col)
_ANSWERED = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.TextAlignmentRole), int(SORT_ROLE), int(ID_ROLE),
        int(RECEIVED_ROLE), int(SUMMARY_ROLE),
    }
)  # fmt: skip
"""The roles `DeclarationsModel.data` answers."""
OWN_COLUMNS = (Col.CUSTOMER, Col.TEMPLATE, Col.PERIOD, Col.STATUS, Col.ERRORS, Col.UPDATED)
RECEIVED_COLUMNS = (Col.COMPANY, Col.TEMPLATE, Col.SOURCE, Col.RECEIVED, Col.ERRORS)


def _updated(value: Any) -> str:
    """The time in the interface language's short format."""
    if isinstance(value, datetime):
        local = value.astimezone()
        when = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        return QLocale().toString(when, QLocale.FormatType.ShortFormat)
    return str(value or "")


def sort_key(s: Any, col: Col) -> Any:
    """What column `col` sorts `s` by."""
    if col == Col.CUSTOMER:
        return (s.customer or "").casefold()
    if col == Col.TEMPLATE:
        return str((s.family, s.version))
    if col == Col.PERIOD:
        return s.period or ""
    if col == Col.STATUS:
        return s.status
    if col == Col.ERRORS:
        return s.errors
    if col == Col.COMPANY:
        return (s.company_name or "").casefold()
    if col == Col.SOURCE:
        return (getattr(s, "source_file", None) or "").casefold()
    if col == Col.RECEIVED:
        return str(getattr(s, "created_at", None) or "")
    return s.updated_at


class DeclarationsModel(QAbstractTableModel):
    """Rows are the store's `DeclarationSummary` objects (plain data, never ORM rows).

    The model sorts itself (`sort`): with thousands of declarations, a sorting proxy asking
    `data()` for every comparison took seconds; put it behind a `SourceSortProxy`."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []
        self._received = 0
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = [r for r in rows if not getattr(r, "deleted", False)]
        self._received = sum(1 for r in self._rows if getattr(r, "received", False))
        if self._order is not None:
            self._sort_rows(*self._order)
        self.endResetModel()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        col = Col(column)
        descending = order == Qt.SortOrder.DescendingOrder
        self._rows.sort(key=lambda s: sort_key(s, col), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Col):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [(i, self._rows[i.row()]) for i in before]
        self._sort_rows(column, order)
        where = {id(r): n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(where[id(r)], i.column()) for i, r in moved]
        )
        self.layoutChanged.emit()

    def headers(self) -> dict[Col, str]:
        return {
            Col.CUSTOMER: self.tr("Customer"),
            Col.TEMPLATE: self.tr("Template"),
            Col.PERIOD: self.tr("Period"),
            Col.STATUS: self.tr("Status"),
            Col.ERRORS: self.tr("Errors left"),
            Col.UPDATED: self.tr("Last change"),
            Col.COMPANY: self.tr("Company"),
            Col.SOURCE: self.tr("File"),
            Col.RECEIVED: self.tr("Received"),
        }

    def status_text(self, status: str) -> str:
        known = {
            "draft": self.tr("Draft"),
            "in_review": self.tr("In review"),
            "changes_requested": self.tr("Changes requested"),
            "approved": self.tr("Approved"),
            "sent": self.tr("Sent"),
        }
        return known.get(status, status.replace("_", " ").capitalize())

    def retranslate(self) -> None:
        """Texts depend on the language: tell the views to fetch them again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Col) - 1))

    def received_count(self) -> int:
        """Rows that are files received from suppliers (the rest are the user's own)."""
        return self._received

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[Col(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask about ten roles of every cell they size or paint: most have no answer.
        if role not in _ANSWERED or not index.isValid():
            return None
        s, col = self._rows[index.row()], Col(index.column())
        if role == ID_ROLE:
            return s.id
        if role == RECEIVED_ROLE:
            return bool(getattr(s, "received", False))
        if role == SUMMARY_ROLE:
            return s
        source = getattr(s, "source_file", None)
        received_at = getattr(s, "created_at", None)
        if role == SORT_ROLE:
            key = sort_key(s, col)
            return str(key) if col == Col.UPDATED else key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, col, source, received_at)
        if role == Qt.ItemDataRole.ToolTipRole:
            company = s.company_name or self.tr("(no company name)")
            tip = f"{company} — {s.family} {s.version}"
            return f"{tip}\n{source}" if source else tip
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Col.ERRORS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, s: Any, col: Col, source: str | None, received_at: Any) -> str:
        """The text of one cell (only that cell's: formatting a time is the costly part)."""
        if col == Col.CUSTOMER:
            return str(s.customer or self.tr("(no customer)"))
        if col == Col.TEMPLATE:
            return f"{s.family} {s.version}"
        if col == Col.PERIOD:
            return str(s.period or "")
        if col == Col.STATUS:
            return self.status_text(str(s.status))
        if col == Col.ERRORS:
            return self.tr("Complete") if s.errors == 0 else str(s.errors)
        if col == Col.UPDATED:
            return _updated(s.updated_at)
        if col == Col.COMPANY:
            return str(s.company_name or self.tr("(no company name)"))
        if col == Col.SOURCE:
            return source or ""
        return _updated(received_at)


class SourceSortProxy(QSortFilterProxyModel):
    """A filter proxy that leaves sorting to its source model (`DeclarationsModel.sort`)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

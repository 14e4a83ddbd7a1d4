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
    Qt,
    QTime,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
RECEIVED_ROLE = Qt.ItemDataRole.UserRole + 3
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


OWN_COLUMNS = (Col.CUSTOMER, Col.TEMPLATE, Col.PERIOD, Col.STATUS, Col.ERRORS, Col.UPDATED)
RECEIVED_COLUMNS = (Col.COMPANY, Col.TEMPLATE, Col.SOURCE, Col.RECEIVED, Col.ERRORS)


def _updated(value: Any) -> str:
    """The time in the interface language's short format."""
    if isinstance(value, datetime):
        local = value.astimezone()
        when = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        return QLocale().toString(when, QLocale.FormatType.ShortFormat)
    return str(value or "")


class DeclarationsModel(QAbstractTableModel):
    """Rows are the store's `DeclarationSummary` objects (plain data, never ORM rows)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = [r for r in rows if not getattr(r, "deleted", False)]
        self.endResetModel()

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

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[Col(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s, col = self._rows[index.row()], Col(index.column())
        if role == ID_ROLE:
            return s.id
        if role == RECEIVED_ROLE:
            return bool(getattr(s, "received", False))
        source = getattr(s, "source_file", None)
        received_at = getattr(s, "created_at", None)
        if role == SORT_ROLE:
            raw = {
                Col.CUSTOMER: (s.customer or "").casefold(),
                Col.TEMPLATE: (s.family, s.version),
                Col.PERIOD: s.period or "",
                Col.STATUS: s.status,
                Col.ERRORS: s.errors,
                Col.UPDATED: str(s.updated_at),
                Col.COMPANY: (s.company_name or "").casefold(),
                Col.SOURCE: (source or "").casefold(),
                Col.RECEIVED: str(received_at or ""),
            }
            return str(raw[col]) if col == Col.TEMPLATE else raw[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Col.CUSTOMER: s.customer or self.tr("(no customer)"),
                Col.TEMPLATE: f"{s.family} {s.version}",
                Col.PERIOD: s.period or "",
                Col.STATUS: self.status_text(str(s.status)),
                Col.ERRORS: self.tr("Complete") if s.errors == 0 else str(s.errors),
                Col.UPDATED: _updated(s.updated_at),
                Col.COMPANY: s.company_name or self.tr("(no company name)"),
                Col.SOURCE: source or "",
                Col.RECEIVED: _updated(received_at),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            company = s.company_name or self.tr("(no company name)")
            tip = f"{company} — {s.family} {s.version}"
            return f"{tip}\n{source}" if source else tip
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Col.ERRORS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

"""The sort-and-filter proxy every table shares: sorts on the models' raw sort values and
filters on any column's text."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from desktop.models.rows_model import SORT_ROLE


class SortProxy(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE` (numbers as numbers, text case-folded) and keeps the rows whose
    text in any column contains the filter, ignoring case. Unsorted, it keeps the model's order
    (the order of the sheet)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter_text(self, text: str) -> None:
        self.setFilterFixedString(text.strip())

    def source_row(self, proxy_row: int) -> int:
        return self.mapToSource(self.index(proxy_row, 0)).row()

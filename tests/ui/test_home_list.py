"""The home list with many declarations: the model sorts itself (no proxy comparisons through
`data()`), keeps the selection on its row, and hands out each row's whole summary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPersistentModelIndex, Qt

from db.records import DeclarationSummary
from desktop.home.home_page import HomePage
from desktop.models.declarations_model import (
    ID_ROLE,
    SUMMARY_ROLE,
    Col,
    DeclarationsModel,
    SourceSortProxy,
)


def _summary(i: int) -> DeclarationSummary:
    return DeclarationSummary(
        id=i, family="CMRT", version="6.5", company_name=f"Supplier {i}",
        customer=f"Customer {i % 7}", period=str(2019 + i % 5), status="draft",
        errors=i % 11, warnings=i % 3,
        updated_at=datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=i), deleted=False,
        source_file=f"received-{i}.xlsx" if i % 2 else None,
        created_at=datetime(2025, 1, 1, tzinfo=UTC),
    )  # fmt: skip


def test_sorting_happens_in_the_model_and_keeps_the_selection(qtmodeltester) -> None:
    model = DeclarationsModel()
    model.set_rows([_summary(i) for i in range(1, 200)])
    qtmodeltester.check(model)
    proxy = SourceSortProxy()
    proxy.setSourceModel(model)
    held = QPersistentModelIndex(proxy.index(0, 0))
    held_id = held.data(ID_ROLE)
    proxy.sort(Col.ERRORS, Qt.SortOrder.DescendingOrder)
    errors = [proxy.index(r, Col.ERRORS).data(ID_ROLE) for r in range(proxy.rowCount())]
    assert [model.row_at(r).errors for r in range(model.rowCount())] == sorted(
        (i % 11 for i in range(1, 200)), reverse=True
    )
    assert len(errors) == 199
    assert held.isValid() and held.data(ID_ROLE) == held_id  # the row moved with its index
    # New rows (a refresh) come in the order the user chose.
    model.set_rows([_summary(i) for i in range(1, 50)])
    assert model.row_at(0).errors == 10


def test_each_row_hands_out_its_summary(qtbot) -> None:
    page = HomePage()
    qtbot.addWidget(page)
    page.set_declarations([_summary(i) for i in range(1, 4)])
    page.table.sortByColumn(Col.UPDATED, Qt.SortOrder.DescendingOrder)
    first = page.proxy.index(0, 0).data(SUMMARY_ROLE)
    assert first.id == 3 and first.source_file == "received-3.xlsx"
    assert first.company_name == "Supplier 3"


class _CountingModel(DeclarationsModel):
    """Notes each row whose text a view asks for."""

    def __init__(self) -> None:
        super().__init__()
        self.rows_asked: set[int] = set()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole:
            self.rows_asked.add(index.row())
        return super().data(index, role)


def test_columns_are_sized_on_a_sample_of_rows_shown_or_hidden(qtbot) -> None:
    """With thousands of declarations, sizing the columns to their content reads the rows in
    view and a sample (`MEASURED_ROWS`), never every row: not at start, not while the list is
    hidden behind an open declaration (Qt's precision 0 would then read them all)."""
    from desktop.widgets.sizing import MEASURED_ROWS

    page = HomePage()
    qtbot.addWidget(page)
    model = _CountingModel()
    page.model = model
    page.proxy.setSourceModel(model)
    page.set_declarations([_summary(i) for i in range(1, 5001)])
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    assert model.rowCount() == 5000
    assert 0 < len(model.rows_asked) <= 2 * MEASURED_ROWS
    model.rows_asked.clear()
    page.hide()
    page.set_declarations([_summary(i) for i in range(1, 5001)])
    page.resize(1000, 700)
    assert len(model.rows_asked) <= 2 * MEASURED_ROWS

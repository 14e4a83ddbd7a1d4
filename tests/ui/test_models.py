"""The Qt table models, tested without a view."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSortFilterProxyModel, Qt

from db.records import DeclarationSummary
from desktop.models.declarations_model import ID_ROLE, SORT_ROLE, Col, DeclarationsModel
from desktop.models.rows_model import RowsModel
from forms.declaration import Product, Smelter
from forms.templates import get


def _summary(
    i: int, customer: str | None, errors: int, deleted: bool = False
) -> DeclarationSummary:
    return DeclarationSummary(
        id=i, family="CMRT", version="6.5", company_name="Acme", customer=customer,
        period="2025", status="draft", errors=errors, warnings=0,
        updated_at=datetime(2025, 5, i, tzinfo=UTC), deleted=deleted,
    )  # fmt: skip


def test_declarations_model_rows_columns_and_sorting(qtmodeltester):
    model = DeclarationsModel()
    model.set_rows([_summary(1, "lenovo", 3), _summary(2, None, 0), _summary(3, "Dell", 12, True)])
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # the deleted one is not listed
    assert model.columnCount() == len(Col)
    assert model.index(0, Col.CUSTOMER).data() == "lenovo"
    assert model.index(1, Col.CUSTOMER).data() == "(no customer)"
    assert model.index(0, Col.TEMPLATE).data() == "CMRT 6.5"
    assert model.index(1, Col.ERRORS).data() == "Complete"
    assert model.index(0, Col.ERRORS).data(SORT_ROLE) == 3
    assert model.index(1, Col.ERRORS).data(ID_ROLE) == 2
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(Col.ERRORS, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, Col.ERRORS).data() == "3"


def test_rows_model_hands_edits_to_the_owner_and_shows_what_is_stored(qtmodeltester):
    edits: list[tuple[list[Product], str]] = []
    tpl = get("CMRT", "6.5")
    model = RowsModel(
        tpl.product_list.columns, Product, lambda rows, label: edits.append((rows, label))
    )
    model.set_rows([Product(number="P-1")])
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Responder’s Product Number (*)"
    assert model.setData(model.index(0, model.column_of("name")), "  Cable ") is True
    rows, label = edits[-1]
    assert rows[0].name == "Cable" and rows[0].number == "P-1"
    assert "row 1" in label
    assert model.index(0, 1).data() == ""  # unchanged until the owner stores it and calls set_rows
    assert model.setData(model.index(0, 0), "P-1") is False  # no change, no edit
    model.add_row()
    assert len(edits[-1][0]) == 2
    model.remove_rows([0])
    assert edits[-1][0] == []


def test_rows_model_refreshes_in_place_when_the_row_count_is_unchanged(qtbot):
    model = RowsModel(get("CMRT", "6.5").smelter_list.columns, Smelter)
    model.set_rows([Smelter(metal="Tin")])
    with qtbot.waitSignal(model.dataChanged), qtbot.assertNotEmitted(model.modelReset):
        model.set_rows([Smelter(metal="Gold")])
    assert model.index(0, model.column_of("metal")).data() == "Gold"
    assert model.index(0, model.column_of("metal")).data(Qt.ItemDataRole.EditRole) == "Gold"

"""The Smelters page's and the roll-up's table models, tested without a view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.models.rollup_models import (
    ConsolidatedCol,
    ConsolidatedModel,
    SupplierCol,
    SuppliersModel,
)
from desktop.models.rows_model import SORT_ROLE
from desktop.models.smelter_models import (
    FLAGS_ROLE,
    LOOKUP_ROW_ROLE,
    SearchCol,
    SearchResultsModel,
    SmelterRowsModel,
)
from desktop.models.sort_proxy import SortProxy
from forms.declaration import Smelter
from forms.reference_data import LookupRow
from forms.rollup import ConsolidatedSmelter, SupplierSummary
from forms.smelters import SmelterMatch
from forms.smelters.entry import RowFlag
from forms.templates import get

ROW = LookupRow("Gold", "8853 SpA", "8853 S.p.A.", "ITALY", "CID002763", "RMI", None, "Pero")


def test_smelter_rows_model_flags_cells_with_icon_tint_and_tooltip(qapp, qtmodeltester):
    model = SmelterRowsModel(get("CMRT", "6.5").smelter_list.columns)
    model.set_rows([Smelter(metal="Cobalt"), Smelter(metal="Gold", smelter_id="CID1")])
    model.set_flags({0: [RowFlag("metal_not_in_scope", "metal")],
                     1: [RowFlag("duplicate", "lookup_name", other_row=0)]})  # fmt: skip
    qtmodeltester.check(model)
    metal = model.index(0, model.column_of("metal"))
    assert metal.data(FLAGS_ROLE) == ["metal_not_in_scope"]
    assert metal.data(Qt.ItemDataRole.DecorationRole) is not None
    assert metal.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Cobalt" in metal.data(Qt.ItemDataRole.ToolTipRole)
    dup = model.index(1, model.column_of("lookup_name"))
    assert "row 1" in dup.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, model.column_of("metal")).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(1, model.column_of("metal")).data(SORT_ROLE) == "gold"


def test_search_results_model_columns_and_sort_role(qtmodeltester):
    model = SearchResultsModel()
    other = LookupRow("Tin", "Alpha", "Alpha", "USA", "CID000001", "RMI")
    model.set_matches([SmelterMatch(ROW, 95.0, "alias"), SmelterMatch(other, 80.0, "fuzzy")])
    qtmodeltester.check(model)
    assert model.columnCount() == len(SearchCol)
    assert model.index(0, SearchCol.NAME).data() == "8853 S.p.A. — listed as “8853 SpA”"
    assert model.index(1, SearchCol.NAME).data() == "Alpha"
    assert model.index(0, SearchCol.CID).data() == "CID002763"
    assert model.index(0, SearchCol.COUNTRY).data() == "ITALY"
    assert model.index(0, SearchCol.METAL).data() == "Gold"
    assert model.index(0, SearchCol.NAME).data(SORT_ROLE) == 95.0
    assert model.index(1, 0).data(LOOKUP_ROW_ROLE) is other


def _summaries() -> list[SupplierSummary]:
    return [
        SupplierSummary("/x/a.xlsx", "ok", None, "CMRT", "6.4", "Acme", 0, 2, 27),
        SupplierSummary("/x/b.xlsx", "ok", None, "CMRT", "6.5", "Beta", 3, 10, 2),
        SupplierSummary("/x/bad.xlsx", "unreadable", "not a workbook"),
    ]


def test_suppliers_model_sorts_numbers_as_numbers(qtmodeltester):
    model = SuppliersModel()
    model.set_rows(_summaries())
    qtmodeltester.check(model)
    assert model.columnCount() == len(SupplierCol)
    assert model.index(0, SupplierCol.FILE).data() == "a.xlsx"
    assert model.index(0, SupplierCol.TEMPLATE).data() == "CMRT 6.4"
    assert model.index(0, SupplierCol.COMPLETENESS).data() == "Complete"
    assert "3" in model.index(1, SupplierCol.COMPLETENESS).data()
    assert model.index(2, SupplierCol.STATUS).data() == "Not read: not a workbook"
    assert model.index(2, SupplierCol.SMELTERS).data(SORT_ROLE) == -1
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(SupplierCol.SMELTERS, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(i, SupplierCol.SMELTERS).data() for i in range(3)] == ["27", "2", ""]
    proxy.sort(-1)
    proxy.set_filter_text("beta")
    assert proxy.rowCount() == 1 and proxy.source_row(0) == 1


def test_consolidated_model_shows_who_reported_each_smelter(qtmodeltester):
    model = ConsolidatedModel()
    model.set_rows([
        ConsolidatedSmelter(Smelter(metal="Gold", lookup_name="8853 SpA", smelter_id="CID002763"),
                            ["Acme", "Beta"]),
        ConsolidatedSmelter(Smelter(metal="Tin", lookup_name="Smelter not listed",
                                    name="Tin Works", country="PERU"), ["Beta"]),
    ])  # fmt: skip
    qtmodeltester.check(model)
    assert model.columnCount() == len(ConsolidatedCol)
    assert model.index(0, ConsolidatedCol.REPORTED_BY).data() == "Acme; Beta"
    assert model.index(0, ConsolidatedCol.SUPPLIERS).data(SORT_ROLE) == 2
    assert model.index(1, ConsolidatedCol.SMELTER).data() == "Tin Works (Smelter not listed)"

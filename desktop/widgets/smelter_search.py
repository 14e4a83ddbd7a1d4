"""Search-as-you-type in the template's Smelter Look-up: a search field, a metal filter and the
best matches (standard name, country, CID, metal) listed under it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.smelter_models import SearchCol, SearchResultsModel
from desktop.widgets.sizing import measure_few_rows
from forms.reference_data import LookupRow
from forms.smelters import SmelterIndex

RESULTS = 30
VISIBLE_ROWS = 7


class SmelterSearch(QWidget):
    """Attributes: edit (the search field), metal (filter: all minerals in scope, or one),
    results (QTableView over `results_model`), note (why search is unavailable), index.

    Signals: picked(LookupRow) — Enter or double-click on a result."""

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: SmelterIndex | None = None
        self.metals: list[str] = []
        self.edit = QLineEdit()
        self.edit.setObjectName("smelter_search")
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(self.pick_current)
        self.edit.installEventFilter(self)
        self.metal = QComboBox()
        self.mineral_name: Callable[[str], str] = lambda m: m
        """A mineral's name in the interface language (the page gives RMI's translation)."""
        self.metal.currentIndexChanged.connect(lambda _i: self.search())
        self.results_model = SearchResultsModel()
        self.results = QTableView()
        self.results.setModel(self.results_model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.setWordWrap(False)
        self.results.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        header = measure_few_rows(self.results.horizontalHeader())
        header.setSectionResizeMode(SearchCol.NAME, QHeaderView.ResizeMode.Stretch)
        for col in (SearchCol.COUNTRY, SearchCol.CID, SearchCol.METAL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.results.doubleClicked.connect(self._activated)
        self.results.activated.connect(self._activated)
        self.results.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.metal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.results)
        layout.addWidget(self.note)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(
            self.tr("Search RMI's smelter list: name, alias or CID (e.g. CID002763)…")
        )
        self.metal.setToolTip(self.tr("Search the smelters of this metal only"))
        self._name_metals()
        self._show_note()

    def _name_metals(self) -> None:
        for i in range(self.metal.count()):
            data = self.metal.itemData(i)
            text = self.mineral_name(str(data)) if data else self.tr("All minerals in scope")
            self.metal.setItemText(i, text)

    def _show_note(self) -> None:
        available = self.index is not None
        self.note.setText(
            ""
            if available
            else self.tr(
                "Add the official template to search RMI's smelter list (home page → Add "
                "template…). Until then, add rows and type the smelters in."
            )
        )

    def set_index(self, index: SmelterIndex | None, metals: Sequence[str]) -> None:
        """Search `index` among `metals` (the minerals in scope); None: search unavailable."""
        self.index, self.metals = index, list(metals)
        chosen = self.metal.currentData()
        self.metal.blockSignals(True)
        self.metal.clear()
        self.metal.addItem("", None)
        for m in self.metals:
            self.metal.addItem("", m)
        self._name_metals()
        self.metal.setCurrentIndex(max(0, self.metal.findData(chosen)))
        self.metal.blockSignals(False)
        available = index is not None
        self.edit.setEnabled(available)
        self.metal.setEnabled(available)
        self.note.setVisible(not available)
        self._show_note()
        self.search()

    def chosen_metal(self) -> str | None:
        data = self.metal.currentData()
        return str(data) if data else None

    def search(self) -> None:
        text = self.edit.text()
        if self.index is None or not text.strip():
            self.results_model.set_matches([])
            self.results.hide()
            return
        metal = self.chosen_metal()
        if metal is not None:
            matches = self.index.search(text, metal=metal, limit=RESULTS)
        else:
            wanted = {m.casefold() for m in self.metals}
            found = self.index.search(text, limit=RESULTS * 2)
            matches = [m for m in found if m.row.metal.casefold() in wanted][:RESULTS]
        self.results_model.set_matches(matches)
        self.results.setVisible(True)
        if matches:
            self.results.selectRow(0)
        height = self.results.verticalHeader().defaultSectionSize()
        rows = min(max(len(matches), 1), VISIBLE_ROWS)
        self.results.setFixedHeight(self.results.horizontalHeader().height() + rows * height + 4)

    def current_row(self) -> LookupRow | None:
        index = self.results.currentIndex()
        if not index.isValid() and self.results_model.rowCount():
            index = self.results_model.index(0, 0)
        return self.results_model.matches[index.row()].row if index.isValid() else None

    def pick_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.picked.emit(row)
            self.edit.clear()

    def _activated(self, index: QModelIndex) -> None:
        self.results.setCurrentIndex(index)
        self.pick_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down move through the results while the cursor stays in the search field.
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.results_model.rowCount():
                row = self.results.currentIndex().row() + step
                self.results.selectRow(max(0, min(row, self.results_model.rowCount() - 1)))
                return True
            if event.key() == Qt.Key.Key_Escape and self.edit.text():
                self.edit.clear()
                return True
        return super().eventFilter(watched, event)

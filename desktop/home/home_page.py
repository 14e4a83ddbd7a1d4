"""The home page: the declarations table (the user's own and the files received from suppliers
on tabs of their own), the main actions, and the first-run explanation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.declarations_model import (
    ID_ROLE,
    OWN_COLUMNS,
    RECEIVED_COLUMNS,
    SORT_ROLE,
    Col,
    DeclarationsModel,
    SourceSortProxy,
)
from desktop.widgets.sizing import measure_few_rows

OWN_TAB, RECEIVED_TAB = 0, 1


class OwnOrReceived(SourceSortProxy):
    """The rows of one tab: the user's own declarations, or the files received (the model
    sorts itself)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.received = False

    def show_received(self, received: bool) -> None:
        self.beginFilterChange()
        self.received = received
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = cast(DeclarationsModel, self.sourceModel())  # straight to the row: every row
        return bool(getattr(source.row_at(row), "received", False)) == self.received


class HomePage(QWidget):
    """Attributes: tabs (own / received), model, proxy, table.

    Signals: new_requested(), open_requested(), add_template_requested(), rollup_requested(),
    declaration_opened(id), delete_requested(id)."""

    new_requested = Signal()
    open_requested = Signal()
    add_template_requested = Signal()
    rollup_requested = Signal()
    declaration_opened = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style = self.style()
        self.new_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), "")
        self.new_button.setObjectName("new")
        self.open_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton), ""
        )
        self.add_button = QPushButton()
        self.delete_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), "")
        self.delete_button.setEnabled(False)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.add_button.clicked.connect(self.add_template_requested)
        self.rollup_button = QPushButton()
        self.rollup_button.clicked.connect(self.rollup_requested)
        self.delete_button.clicked.connect(self._delete)
        self.actions_bar = bar = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.add_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.delete_button)

        self.model = DeclarationsModel()
        self.proxy = OwnOrReceived(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("declarations")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Col.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        measure_few_rows(header).setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Col.COMPANY, QHeaderView.ResizeMode.Stretch)
        header.moveSection(header.visualIndex(Col.COMPANY), 0)
        self.tabs = QTabBar()
        self.tabs.setObjectName("home.tabs")
        self.tabs.addTab("")
        self.tabs.addTab("")
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.currentChanged.connect(self._tab_chosen)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.delete_button.setEnabled(self.selected_id() is not None)
        )
        self.hint = QLabel()
        hint = self.hint
        table_box = QWidget()
        tl = QVBoxLayout(table_box)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.tabs)
        tl.addWidget(self.table)
        tl.addWidget(hint)

        self.empty = QLabel()
        self.empty.setObjectName("first_run")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(40)
        self.empty.setMaximumWidth(720)
        empty_box = QWidget()
        el = QHBoxLayout(empty_box)
        el.addWidget(self.empty)

        self.library_label = QLabel()
        self.library_label.setWordWrap(True)
        self.views = QStackedWidget()
        self.views.addWidget(empty_box)
        self.views.addWidget(table_box)
        self.panels = QVBoxLayout()
        self.panels.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self.panels)
        layout.addWidget(self.views, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.library_label, 1)
        footer.addWidget(self.rollup_button)
        layout.addLayout(footer)
        self._library: Sequence[Any] = ()
        self._tab_chosen(OWN_TAB)
        self.retranslate()

    def add_action_button(self, button: QPushButton) -> None:
        """A feature's button in the top bar, after New declaration."""
        self.actions_bar.insertWidget(1, button)

    def add_panel(self, widget: QWidget) -> None:
        """A feature's panel between the top bar and the list (e.g. requests due)."""
        self.panels.addWidget(widget)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.new_button.setText(self.tr("New declaration"))
        self.open_button.setText(self.tr("Open workbook…"))
        self.add_button.setText(self.tr("Add template…"))
        self.rollup_button.setText(self.tr("Roll up suppliers' files…"))
        self.delete_button.setText(self.tr("Delete"))
        self.hint.setText(
            self.tr("Double-click a declaration (or press Enter) to continue filling it in.")
        )
        self.empty.setText(
            self.tr(
                "<h2>Welcome to MRT Desk</h2>"
                "<p>Click <b>New declaration</b> to fill in the CMRT, CRT or EMRT your customer "
                "asked for, or <b>Open workbook…</b> to bring in one you already have (you can "
                "also drop a .xlsx file here).</p>"
                "<p>The official template comes from your customer's e-mail or from the "
                "Responsible Minerals Initiative's website (responsiblemineralsinitiative.org): "
                "add it once with <b>Add template…</b> so that your export is the official "
                "workbook.</p>"
            )
        )
        self.set_library(self._library)
        self._name_tabs()

    def _counts(self) -> tuple[int, int]:
        received = self.model.received_count()
        return self.model.rowCount() - received, received

    def _name_tabs(self) -> None:
        own, received = self._counts()
        self.tabs.setTabText(OWN_TAB, self.tr("My declarations ({count})").format(count=own))
        self.tabs.setTabText(
            RECEIVED_TAB, self.tr("Received from suppliers ({count})").format(count=received)
        )

    def _tab_chosen(self, tab: int) -> None:
        received = tab == RECEIVED_TAB
        self.proxy.show_received(received)
        shown = RECEIVED_COLUMNS if received else OWN_COLUMNS
        for col in Col:
            self.table.setColumnHidden(col, col not in shown)
        self.delete_button.setEnabled(self.selected_id() is not None)

    def set_declarations(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.views.setCurrentIndex(1 if self.model.rowCount() else 0)
        self.delete_button.setEnabled(False)
        self._name_tabs()
        own, received = self._counts()
        if self.tabs.currentIndex() == OWN_TAB and not own and received:
            self.tabs.setCurrentIndex(RECEIVED_TAB)
        elif self.tabs.currentIndex() == RECEIVED_TAB and not received:
            self.tabs.setCurrentIndex(OWN_TAB)

    def set_library(self, entries: Sequence[Any]) -> None:
        self._library = entries
        if entries:
            names = ", ".join(sorted({f"{e.family} {e.version}" for e in entries}))
            self.library_label.setText(
                self.tr("Official templates added: {names}.").format(names=names)
            )
        else:
            self.library_label.setText(
                self.tr(
                    "No official template added yet: exports use the compatible layout until "
                    "you add one (Add template…)."
                )
            )

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        self.declaration_opened.emit(int(index.data(ID_ROLE)))

    def _delete(self) -> None:
        decl_id = self.selected_id()
        if decl_id is not None:
            self.delete_requested.emit(decl_id)

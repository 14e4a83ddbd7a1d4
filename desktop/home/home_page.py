"""The home page: the declarations table, the main actions, and the first-run explanation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.declarations_model import (
    ID_ROLE,
    SORT_ROLE,
    Col,
    DeclarationsModel,
    SourceSortProxy,
)


class HomePage(QWidget):
    """Signals: new_requested(), open_requested(), add_template_requested(), rollup_requested(),
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
        bar = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.add_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.delete_button)

        self.model = DeclarationsModel()
        self.proxy = SourceSortProxy(self)
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
        self.table.horizontalHeader().setSectionResizeMode(
            Col.CUSTOMER, QHeaderView.ResizeMode.Stretch
        )
        self.table.horizontalHeader().setDefaultSectionSize(130)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.delete_button.setEnabled(self.selected_id() is not None)
        )
        self.hint = QLabel()
        hint = self.hint
        table_box = QWidget()
        tl = QVBoxLayout(table_box)
        tl.setContentsMargins(0, 0, 0, 0)
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
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.views, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.library_label, 1)
        footer.addWidget(self.rollup_button)
        layout.addLayout(footer)
        self._library: Sequence[Any] = ()
        self.retranslate()

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

    def set_declarations(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.views.setCurrentIndex(1 if self.model.rowCount() else 0)
        self.delete_button.setEnabled(False)

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
                    "you add one with Add template…."
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

"""The Scope & products page: what the declaration covers, its minerals (EMRT 2.x, AMRT),
products."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.editor import help_texts
from desktop.editor.amrt_minerals import AmrtMineralsBox
from desktop.editor.page_base import Page
from desktop.editor.session import DeclarationSession
from desktop.models.rows_model import RowsModel
from desktop.widgets.fields import CheckedLineEdit, OptionCombo
from desktop.widgets.rows_table import RowsTable
from forms.declaration import Product
from forms.fieldpath import FieldPath
from forms.rules.excel import eq
from forms.templates import cells
from forms.templates.common import SCOPE_PRODUCT


class ScopePage(Page):
    key = "scope"
    title = "Scope & products"

    def __init__(self, session: DeclarationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        tpl = session.template
        self.heading("")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.scope_combo = OptionCombo(tpl.scope_options)
        self.scope_combo.setObjectName("company.scope")
        self.scope_label = QLabel(tpl.company_field("scope").label)
        form.addRow(self.scope_label, self.bind("company.scope", self.scope_combo))
        self.description = CheckedLineEdit()
        self.description.setObjectName("company.scope_description")
        self.description_label = QLabel(tpl.company_field("scope_description").label)
        form.addRow(
            self.description_label, self.bind("company.scope_description", self.description)
        )
        self.layout_.addLayout(form)

        self.mineral_boxes: dict[str, QCheckBox] = {}
        self.minerals_group: QGroupBox | None = None
        self.amrt_minerals: AmrtMineralsBox | None = None
        if tpl.mineral_choice is not None:
            self.amrt_minerals = AmrtMineralsBox(
                tpl.mineral_choice, tpl.minerals, session.set_minerals
            )
            self.layout_.addWidget(self.amrt_minerals)
            self.reasons_group = QGroupBox()
            self.reasons_layout = QVBoxLayout(self.reasons_group)
            self.reasons_host = QWidget()
            self.reasons_layout.addWidget(self.reasons_host)
            self.layout_.addWidget(self.reasons_group)
            self._build_reasons()
        elif tpl.dynamic_minerals:
            group = QGroupBox()
            self.minerals_group = group
            row = QHBoxLayout(group)
            for mineral in tpl.minerals:
                box = QCheckBox(mineral)
                box.setObjectName(f"mineral.{mineral}")
                box.setChecked(mineral in session.decl.minerals_in_scope)
                box.toggled.connect(self._minerals_toggled)
                self.mineral_boxes[mineral] = box
                row.addWidget(box)
            row.addStretch(1)
            self.layout_.addWidget(group)

        self.products_note = QLabel()
        self.products_note.setWordWrap(True)
        self.layout_.addWidget(self.products_note)
        self.products_model = RowsModel(tpl.product_list.columns, Product, self._products_edited)
        self.products_model.set_rows(session.decl.products)
        self.products = RowsTable(self.products_model, noun="product")
        self.products.setMinimumHeight(220)
        self.layout_.addWidget(self.products, 1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Scope & products")
        self.set_heading(
            self.tr("What this declaration covers"), help_texts.translated(help_texts.SCOPE)
        )
        tpl, texts = self.session.template, self.session.texts()
        for label, key in (
            (self.scope_label, "scope"),
            (self.description_label, "scope_description"),
        ):
            english = tpl.company_field(key).label
            label.setText(texts.label(english))
            label.setToolTip(english if label.text() != english else "")
        self.scope_combo.show_options(texts.text)
        if self.minerals_group is not None:
            self.minerals_group.setTitle(
                self.tr("Minerals you declare (uncheck those your customer did not ask for)")
            )
            for mineral, box in self.mineral_boxes.items():
                box.setText(texts.text(mineral))
        if self.amrt_minerals is not None:
            self.amrt_minerals.retranslate()
            self.reasons_group.setTitle(
                self.tr("Why each mineral is in this declaration (Minerals Scope sheet)")
            )
        self.refresh()

    def _build_reasons(self) -> None:
        """One reason field per mineral (the AMRT's Minerals Scope sheet), in row order."""
        for path in [p for p in self.fields if p.startswith("mineral_reasons.")]:
            del self.fields[path]
        old = self.reasons_host
        self.reasons_host = QWidget()
        self.reasons_layout.replaceWidget(old, self.reasons_host)
        old.hide()
        old.deleteLater()
        form = QFormLayout(self.reasons_host)
        decl = self.session.decl
        for mineral in cells.mineral_rows(self.session.template, decl.minerals_in_scope):
            edit = CheckedLineEdit()
            path = f"mineral_reasons.{mineral}.answer"
            edit.setObjectName(path)
            form.addRow(QLabel(mineral), self.bind(path, edit))
        self.reasons_group.setVisible(bool(decl.minerals_in_scope))

    def _products_edited(self, rows: list[Any], label: str) -> None:
        self.session.set_rows("products", rows, label)

    def _minerals_toggled(self) -> None:
        chosen = [m for m, box in self.mineral_boxes.items() if box.isChecked()]
        self.session.set_minerals(chosen)

    def refresh(self) -> None:
        product = eq(self.session.decl.company.scope, SCOPE_PRODUCT)
        self.products_note.setText(
            self.tr(
                "Product List — required for scope “B. Product”: list each product this "
                "declaration covers (the product number is required)."
            )
            if product
            else self.tr("Product List — only needed when the scope is “B. Product”.")
        )
        for mineral, box in self.mineral_boxes.items():
            box.blockSignals(True)
            box.setChecked(mineral in self.session.decl.minerals_in_scope)
            box.blockSignals(False)
        if self.amrt_minerals is not None:
            self.amrt_minerals.show_names(list(self.session.decl.minerals_in_scope))

    def on_rows_changed(self, kind: str) -> None:
        if kind == "products":
            self.products_model.set_rows(self.session.decl.products)

    def on_minerals_changed(self) -> None:
        if self.amrt_minerals is not None:
            self._build_reasons()
        self.refresh()

    def focus_path(self, path: str) -> bool:
        if path == "minerals_in_scope" and self.amrt_minerals is not None:
            self.amrt_minerals.others.setFocus()
            return True
        if path == "minerals_in_scope" and self.mineral_boxes:
            next(iter(self.mineral_boxes.values())).setFocus()
            return True
        p = FieldPath.try_parse(path)
        if p is not None and p.section == "products" and p.metal is None:
            self.products.focus_row(p.index or 0, p.column or "number")
            return True
        return super().focus_path(path)

"""The two forms of the Suppliers window: one supplier (name, contacts, metals, parts,
language), and a new campaign (period, due date, templates from the library, suppliers)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from forms.review.requests import half_year_label
from forms.suppliers.model import (
    Campaign,
    Contact,
    RequestedTemplate,
    Supplier,
    default_accepted_from,
)

_CONTACT = re.compile(r"^\s*(?P<name>[^<]*?)\s*<(?P<email>[^>]+)>\s*$")
_LIST = re.compile(r"\s*[,;]\s*")


def parse_contacts(text: str) -> tuple[Contact, ...]:
    """One contact a line: "Name <e-mail>", or an e-mail, or a name."""
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _CONTACT.match(line)
        if m:
            out.append(Contact(m["name"], m["email"].strip()))
        elif "@" in line:
            out.append(Contact("", line.strip()))
        else:
            out.append(Contact(line.strip(), ""))
    return tuple(out)


class SupplierDialog(QDialog):
    """Attributes: name, contacts (one per line), metals, parts (comma separated), language."""

    def __init__(self, supplier: Supplier | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supplier"))
        s = supplier or Supplier("")
        self.name = QLineEdit(s.name)
        self.contacts = QPlainTextEdit(
            "\n".join(
                f"{c.name} <{c.email}>" if c.name and c.email else c.email or c.name
                for c in s.contacts
            )
        )
        self.contacts.setPlaceholderText(self.tr("Li Wei <li.wei@example.com> — one per line"))
        self.contacts.setMaximumHeight(80)
        self.metals = QLineEdit(", ".join(s.metals))
        self.metals.setPlaceholderText(self.tr("e.g. Tin, Gold — empty for all"))
        self.parts = QLineEdit(", ".join(s.parts))
        self.language = QComboBox()
        self.language.addItem("English", "")
        for lang in i18n.LANGUAGES:
            if lang.code != i18n.ENGLISH:
                self.language.addItem(lang.name, lang.code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        form = QFormLayout()
        form.addRow(self.tr("Company:"), self.name)
        form.addRow(self.tr("Contacts:"), self.contacts)
        form.addRow(self.tr("Metals supplied:"), self.metals)
        form.addRow(self.tr("Parts:"), self.parts)
        form.addRow(self.tr("Language:"), self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def supplier(self) -> Supplier:
        return Supplier(
            name=self.name.text().strip(),
            contacts=parse_contacts(self.contacts.toPlainText()),
            metals=tuple(m for m in _LIST.split(self.metals.text().strip()) if m),
            parts=tuple(p for p in _LIST.split(self.parts.text().strip()) if p),
            language=str(self.language.currentData() or ""),
        )


class CampaignDialog(QDialog):
    """Attributes: name, period, due (QDateEdit), templates (checkable, from the library),
    suppliers (checkable), instructions."""

    def __init__(
        self,
        templates: Sequence[Any],
        suppliers: Sequence[Any],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New campaign"))
        due = date(today.year, 12, 31) if today.month > 6 else date(today.year, 6, 30)
        self.period = QLineEdit(half_year_label(due))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("(the period)"))
        self.due = QDateEdit(QDate(due.year, due.month, due.day))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.templates = QListWidget()
        self.templates.setMaximumHeight(110)
        for t in templates:
            item = QListWidgetItem(f"{t.family} {t.version}")
            item.setData(Qt.ItemDataRole.UserRole, (t.family, t.version))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.templates.addItem(item)
        self.suppliers = QListWidget()
        for s in suppliers:
            item = QListWidgetItem(s.supplier.name)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.suppliers.addItem(item)
        self.instructions = QPlainTextEdit()
        self.instructions.setMaximumHeight(70)
        self.instructions.setPlaceholderText(self.tr("Anything else the request should say"))
        form = QFormLayout()
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Due date:"), self.due)
        form.addRow(self.tr("Templates to request:"), self.templates)
        form.addRow(self.tr("Suppliers to ask:"), self.suppliers)
        form.addRow(self.tr("Instructions:"), self.instructions)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.templates.itemChanged.connect(lambda *_: self._update())
        self._update()

    def check_template(self, family: str, version: str) -> None:
        for i in range(self.templates.count()):
            item = self.templates.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == (family, version):
                item.setCheckState(Qt.CheckState.Checked)

    def _checked(self, widget: QListWidget) -> list[Any]:
        items = (widget.item(i) for i in range(widget.count()))
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self._checked(self.templates)))

    def due_date(self) -> date:
        d = self.due.date()
        return date(d.year(), d.month(), d.day())

    def campaign(self) -> Campaign:
        due = self.due_date()
        templates = tuple(
            RequestedTemplate(f, v, default_accepted_from(f, v, due))
            for f, v in self._checked(self.templates)
        )
        period = self.period.text().strip() or half_year_label(due)
        return Campaign(
            name=self.name.text().strip() or period,
            period=period,
            due_date=due,
            templates=templates,
            instructions=self.instructions.toPlainText().strip(),
        )

    def supplier_ids(self) -> list[int]:
        return [int(i) for i in self._checked(self.suppliers)]

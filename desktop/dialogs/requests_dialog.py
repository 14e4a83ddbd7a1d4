"""The Customers and requests dialog: customers with their contact e-mail, and what each asked
for (templates, scope, part numbers, period, due date), with the Lenovo preset."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forms import templates
from forms.review.requests import Customer, Request, RequestedTemplate, lenovo_preset
from forms.templates.common import SCOPE_OPTIONS

if TYPE_CHECKING:
    from db.store import Store

_TEMPLATE = re.compile(r"^\s*([A-Za-z]+)\s+([\d.]+)\s*(?:\(([^)]*)\))?\s*$")
CYCLES = ((6, "every six months"), (12, "every year"), (0, "once"))


def templates_text(requested: tuple[RequestedTemplate, ...]) -> str:
    """ "CMRT 6.5; EMRT 2.1 (Cobalt)" — the format the Templates field reads back."""
    return "; ".join(
        t.label + (f" ({', '.join(t.minerals)})" if t.minerals else "") for t in requested
    )


def parse_templates(text: str) -> tuple[RequestedTemplate, ...]:
    """The templates typed as `templates_text` writes them; `ValueError` names a bad one."""
    out = []
    for part in (p for p in text.split(";") if p.strip()):
        m = _TEMPLATE.match(part)
        if not m:
            raise ValueError(part.strip())
        try:
            tpl = templates.get(m[1].upper(), m[2])
        except templates.UnknownTemplateError:
            raise ValueError(part.strip()) from None
        minerals = tuple(x.strip() for x in (m[3] or "").split(",") if x.strip())
        if set(minerals) - set(tpl.minerals):
            raise ValueError(part.strip())
        out.append(RequestedTemplate(tpl.family, tpl.version, minerals))
    return tuple(out)


class RequestsDialog(QDialog):
    """Attributes: customers_table, name, email, add_customer_button; requests_table,
    customer_combo, templates_edit, scope, part_numbers, period, due, cycle, accepts_emrt,
    preset_button, add_request_button, remove_request_button, message.

    Signals: changed() — a customer or request was stored."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Customers and requests"))
        self.resize(760, 620)
        self.customers_table = self._table([self.tr("Customer"), self.tr("Contact e-mail")])
        self.name, self.email = QLineEdit(), QLineEdit()
        self.name.setPlaceholderText(self.tr("Customer name"))
        self.email.setPlaceholderText(self.tr("contact@customer.com"))
        self.add_customer_button = QPushButton(self.tr("Add or update customer"))
        self.add_customer_button.clicked.connect(self.add_customer)
        crow = QHBoxLayout()
        for cw in (self.name, self.email, self.add_customer_button):
            crow.addWidget(cw)
        cbox = QGroupBox(self.tr("Customers"))
        cl = QVBoxLayout(cbox)
        cl.addWidget(self.customers_table)
        cl.addLayout(crow)

        self.requests_table = self._table(
            [self.tr("Customer"), self.tr("Templates"), self.tr("Period"), self.tr("Due"),
             self.tr("Sent")]
        )  # fmt: skip
        self.customer_combo = QComboBox()
        self.customer_combo.setEditable(True)
        self.templates_edit = QLineEdit()
        self.templates_edit.setPlaceholderText("CMRT 6.5; EMRT 2.1 (Cobalt)")
        self.scope = QComboBox()
        for option in SCOPE_OPTIONS:
            self.scope.addItem(option, option)
        self.part_numbers = QLineEdit()
        self.part_numbers.setPlaceholderText(
            self.tr("The customer's part numbers, comma-separated")
        )
        self.period = QLineEdit()
        self.period.setPlaceholderText("2026 H1")
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd-MMM-yyyy")
        self.due.setDate(QDate.currentDate().addMonths(1))
        self.cycle = QComboBox()
        for months, label in CYCLES:
            self.cycle.addItem(self.tr(label), months)
        self.accepts_emrt = QCheckBox(self.tr("Accepts the EMRT for cobalt"))
        self.accepts_emrt.setChecked(True)
        self.preset_button = QPushButton(self.tr("Lenovo preset"))
        self.preset_button.clicked.connect(self.lenovo_preset)
        self.add_request_button = QPushButton(self.tr("Add request"))
        self.add_request_button.clicked.connect(self.add_request)
        self.remove_request_button = QPushButton(self.tr("Remove selected request"))
        self.remove_request_button.clicked.connect(self.remove_request)
        form = QFormLayout()
        form.addRow(self.tr("Customer:"), self.customer_combo)
        form.addRow(self.tr("Templates:"), self.templates_edit)
        form.addRow(self.tr("Scope:"), self.scope)
        form.addRow(self.tr("Part numbers:"), self.part_numbers)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Due date:"), self.due)
        form.addRow(self.tr("Asks again:"), self.cycle)
        buttons = QHBoxLayout()
        for w in (self.preset_button, self.accepts_emrt):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.add_request_button)
        buttons.addWidget(self.remove_request_button)
        rbox = QGroupBox(self.tr("Requests"))
        rl = QVBoxLayout(rbox)
        rl.addWidget(self.requests_table)
        rl.addLayout(form)
        rl.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(cbox)
        layout.addWidget(rbox, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        return table

    def reload(self) -> None:
        customers = self.store.customers()
        self.customers_table.setRowCount(len(customers))
        for row, c in enumerate(customers):
            self.customers_table.setItem(row, 0, QTableWidgetItem(c.name))
            self.customers_table.setItem(row, 1, QTableWidgetItem(c.contact_email or ""))
        current = self.customer_combo.currentText()
        self.customer_combo.clear()
        self.customer_combo.addItems([c.name for c in customers])
        self.customer_combo.setCurrentText(current)
        self.requests = self.store.requests()
        self.requests_table.setRowCount(len(self.requests))
        for row, r in enumerate(self.requests):
            req = r.request
            sent = req.sent_on.isoformat() if req.sent_on else ""
            values = (req.customer.name, templates_text(req.templates), req.period,
                      req.due_date.isoformat(), sent)  # fmt: skip
            for col, value in enumerate(values):
                self.requests_table.setItem(row, col, QTableWidgetItem(value))
        self.requests_table.resizeColumnsToContents()

    def add_customer(self) -> int | None:
        name, email = self.name.text().strip(), self.email.text().strip()
        if not name or (email and "@" not in email):
            self.message.setText(self.tr("Give a name and a valid contact e-mail."))
            return None
        customer_id = int(self.store.add_customer(name, email or None))
        self.name.clear()
        self.email.clear()
        self.customer_combo.setCurrentText(name)
        self.message.setText(self.tr("Saved {name}.").format(name=name))
        self.reload()
        self.changed.emit()
        return customer_id

    def _customer(self) -> Customer:
        name = self.customer_combo.currentText().strip()
        known = {c.name: c for c in self.store.customers()}
        email = known[name].contact_email if name in known else None
        return Customer(name, email or "")

    def lenovo_preset(self) -> None:
        """Fill the form with Lenovo's request (CMRT and a cobalt declaration, half-yearly)."""
        if not self.customer_combo.currentText().strip():
            self.customer_combo.setCurrentText("Lenovo")
        req = lenovo_preset(
            self._customer(), date.today(), accepts_emrt=self.accepts_emrt.isChecked()
        )
        self.show_request(req)

    def show_request(self, req: Request) -> None:
        self.customer_combo.setCurrentText(req.customer.name)
        self.templates_edit.setText(templates_text(req.templates))
        self.scope.setCurrentIndex(max(0, self.scope.findData(req.scope)))
        self.part_numbers.setText(", ".join(req.part_numbers))
        self.period.setText(req.period)
        self.due.setDate(QDate(req.due_date.year, req.due_date.month, req.due_date.day))
        self.cycle.setCurrentIndex(max(0, self.cycle.findData(req.cycle_months)))

    def form_request(self) -> Request | None:
        customer = self._customer()
        try:
            requested = parse_templates(self.templates_edit.text())
        except ValueError as exc:
            self.message.setText(self.tr("Not a template: {text}").format(text=exc))
            return None
        if not customer.name or not requested or not self.period.text().strip():
            self.message.setText(self.tr("Give the customer, the templates and the period."))
            return None
        d = self.due.date()
        return Request(
            customer=customer,
            templates=requested,
            due_date=date(d.year(), d.month(), d.day()),
            period=self.period.text().strip(),
            scope=self.scope.currentData(),
            part_numbers=tuple(p.strip() for p in self.part_numbers.text().split(",") if p.strip()),
            cycle_months=int(self.cycle.currentData()),
        )

    def add_request(self) -> int | None:
        req = self.form_request()
        if req is None:
            return None
        request_id = int(self.store.add_request(req))
        self.message.setText(self.tr("Request added."))
        self.reload()
        self.changed.emit()
        return request_id

    def remove_request(self) -> None:
        rows = {i.row() for i in self.requests_table.selectionModel().selectedRows()}
        for row in sorted(rows):
            self.store.delete_request(self.requests[row].id)
        if rows:
            self.reload()
            self.changed.emit()

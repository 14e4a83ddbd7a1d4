"""The Customers and requests dialog: customers with their contact e-mail and profile (what they
accept, due dates, contact, notes; the Lenovo profile as an editable start), and what each asked
for (templates picked from the library, scope, part numbers, period, due date)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from desktop.backend import template_entries
from desktop.dialogs.profile_editor import ProfileEditor
from desktop.dialogs.template_picker import TemplatePicker
from forms.review.profiles import lenovo_profile, library_choices, request_from_profile
from forms.review.requests import Customer, Request, RequestedTemplate
from forms.templates.common import SCOPE_OPTIONS

if TYPE_CHECKING:
    from db.store import Store

CYCLES = ((6, "every six months"), (12, "every year"), (0, "once"))


def templates_text(requested: tuple[RequestedTemplate, ...]) -> str:
    """ "CMRT 6.5; EMRT 2.1 (Cobalt)" — the format the Templates field reads back."""
    return "; ".join(
        t.label + (f" ({', '.join(t.minerals)})" if t.minerals else "") for t in requested
    )


class RequestsDialog(QDialog):
    """Attributes: customers_table, name, email, add_customer_button; profile_editor (its
    lenovo_button is also `preset_button`); requests_table, customer_combo, template_picker,
    scope, part_numbers, period, due, cycle, add_request_button, remove_request_button, message.

    Signals: changed() — a customer or request was stored."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Customers and requests"))
        self.resize(780, 820)
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
        self.template_picker = TemplatePicker()
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
        self.profile_editor = ProfileEditor()
        self.preset_button = self.profile_editor.lenovo_button
        self.preset_button.clicked.connect(self.lenovo_preset)
        self.profile_editor.save_button.clicked.connect(self.save_profile)
        self.profile_editor.request_button.clicked.connect(self.request_from_profile)
        self.customer_combo.currentTextChanged.connect(self.load_profile)
        self.add_request_button = QPushButton(self.tr("Add request"))
        self.add_request_button.clicked.connect(self.add_request)
        self.remove_request_button = QPushButton(self.tr("Remove selected request"))
        self.remove_request_button.clicked.connect(self.remove_request)
        form = QFormLayout()
        form.addRow(self.tr("Customer:"), self.customer_combo)
        form.addRow(self.tr("Templates:"), self.template_picker)
        form.addRow(self.tr("Scope:"), self.scope)
        form.addRow(self.tr("Part numbers:"), self.part_numbers)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Due date:"), self.due)
        form.addRow(self.tr("Asks again:"), self.cycle)
        buttons = QHBoxLayout()
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
        layout.addWidget(self.profile_editor)
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
        self.template_picker.set_library(template_entries(self.store))

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

    def load_profile(self) -> None:
        name = self.customer_combo.currentText().strip()
        finder = getattr(self.store, "customer_profile", None)
        self.profile_editor.show_profile(finder(name) if name and finder else None)

    def lenovo_preset(self) -> None:
        """Start from Lenovo's profile (CMRT and a cobalt declaration, half-yearly), editable,
        and fill the request form from it."""
        if not self.customer_combo.currentText().strip():
            self.customer_combo.setCurrentText("Lenovo")
        self.profile_editor.show_profile(lenovo_profile(self._customer()))
        self.request_from_profile()

    def _edited_profile(self) -> Any:
        try:
            return self.profile_editor.profile(self._customer(), self.scope.currentData())
        except ValueError as exc:
            self.message.setText(self.tr("Not understood in the profile: {text}").format(text=exc))
            return None

    def save_profile(self) -> None:
        profile = self._edited_profile()
        if profile is None or not profile.customer.name:
            if profile is not None:
                self.message.setText(self.tr("Give the customer's name first."))
            return
        self.store.save_customer_profile(profile)
        self.profile_editor.show_profile(self.store.customer_profile(profile.customer.name))
        self.message.setText(
            self.tr("Saved the profile of {name}.").format(name=profile.customer.name)
        )
        self.reload()
        self.changed.emit()

    def request_from_profile(self) -> None:
        """Fill the request form from the profile: for each declaration the customer needs, the
        newest template in the library they accept."""
        profile = self._edited_profile()
        if profile is None:
            return
        choices = library_choices(template_entries(self.store))
        made = request_from_profile(profile, choices, date.today())
        self.show_request(made.request)
        if made.missing:
            self.message.setText(
                self.tr(
                    "Not in your template library: {what}. The request names the newest built-in "
                    "version; add the official template before exporting."
                ).format(what="; ".join(made.missing))
            )

    def show_request(self, req: Request) -> None:
        self.customer_combo.setCurrentText(req.customer.name)
        self.template_picker.set_requested(req.templates)
        self.scope.setCurrentIndex(max(0, self.scope.findData(req.scope)))
        self.part_numbers.setText(", ".join(req.part_numbers))
        self.period.setText(req.period)
        self.due.setDate(QDate(req.due_date.year, req.due_date.month, req.due_date.day))
        self.cycle.setCurrentIndex(max(0, self.cycle.findData(req.cycle_months)))

    def form_request(self) -> Request | None:
        customer = self._customer()
        requested = self.template_picker.requested()
        if not customer.name or not requested or not self.period.text().strip():
            self.message.setText(
                self.tr("Give the customer, tick the templates and give the period.")
            )
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

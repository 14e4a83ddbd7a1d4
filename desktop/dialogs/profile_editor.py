"""A customer's profile in the Customers and requests dialog: the templates they accept (with
minimum versions), due dates, contact and notes; the Lenovo profile as an editable start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forms.review.profiles import (
    CustomerProfile,
    due_dates_text,
    needs_text,
    parse_due_dates,
    parse_needs,
)
from forms.review.requests import Customer


class ProfileEditor(QGroupBox):
    """Attributes: accepts, due_dates, contact_name, notes, badge (starting-profile note),
    lenovo_button, save_button, request_button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Customer profile"))
        self.starting_point = ""
        self.accepts = QLineEdit()
        self.accepts.setObjectName("profile_accepts")
        self.accepts.setPlaceholderText(self.tr("CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21"))
        self.accepts.setToolTip(
            self.tr(
                "What the customer accepts: one declaration per ';', alternatives joined by "
                "'or', each a family with its minimum version and, in brackets, the minerals."
            )
        )
        self.due_dates = QLineEdit()
        self.due_dates.setPlaceholderText(self.tr("31 May, 30 Nov"))
        self.contact_name = QLineEdit()
        self.contact_name.setPlaceholderText(self.tr("Who you deal with at the customer"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.badge = QLabel()
        self.badge.setWordWrap(True)
        self.lenovo_button = QPushButton(self.tr("Start from the Lenovo profile"))
        self.save_button = QPushButton(self.tr("Save profile"))
        self.request_button = QPushButton(self.tr("Request from profile"))
        form = QFormLayout()
        form.addRow(self.tr("Accepts:"), self.accepts)
        form.addRow(self.tr("Due dates:"), self.due_dates)
        form.addRow(self.tr("Contact:"), self.contact_name)
        form.addRow(self.tr("Notes:"), self.notes)
        buttons = QHBoxLayout()
        for b in (self.lenovo_button, self.save_button, self.request_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.badge)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.show_profile(None)

    def show_profile(self, profile: CustomerProfile | None) -> None:
        self.starting_point = profile.starting_point if profile else ""
        self.accepts.setText(needs_text(profile.needs) if profile else "")
        self.due_dates.setText(due_dates_text(profile.due_dates) if profile else "")
        self.contact_name.setText(profile.contact_name if profile else "")
        self.notes.setPlainText(profile.notes if profile else "")
        if self.starting_point:
            self.badge.setText(
                self.tr(
                    "Starting profile ({name}), editable: check it against your customer's "
                    "latest request, change what differs and save it."
                ).format(name=self.starting_point)
            )
        elif profile is None:
            self.badge.setText(self.tr("No profile saved for this customer yet."))
        else:
            self.badge.setText("")

    def profile(self, customer: Customer, scope: str | None) -> CustomerProfile:
        """The profile as edited; `ValueError` names the part not understood."""
        needs = parse_needs(self.accepts.text())
        if not needs:
            raise ValueError(self.tr("no template accepted"))
        return CustomerProfile(
            customer=customer,
            needs=needs,
            due_dates=parse_due_dates(self.due_dates.text()),
            contact_name=self.contact_name.text().strip(),
            notes=self.notes.toPlainText().strip(),
            scope=scope,
            starting_point=self.starting_point,
        )

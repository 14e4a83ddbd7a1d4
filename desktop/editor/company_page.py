"""The Company page: who declares, who to contact, who authorises, and from when."""

from __future__ import annotations

import copy
import logging
from typing import Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.editor.page_base import Page
from desktop.editor.session import DeclarationSession
from desktop.widgets.fields import CheckedLineEdit, DatePicker
from forms.declaration import Company
from forms.fieldpath import SCOPE_KEYS, FieldPath

log = logging.getLogger(__name__)


class CompanyPage(Page):
    key = "company"
    title = "Company"

    def __init__(self, session: DeclarationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.heading("")
        buttons = QHBoxLayout()
        self.fill_button = QPushButton()
        self.fill_button.clicked.connect(self.fill_from_profile)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_profile)
        self.profile_note = QLabel("")
        buttons.addWidget(self.fill_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.profile_note, 1)
        self.layout_.addLayout(buttons)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_labels: dict[str, tuple[QLabel, QWidget]] = {}
        for f in session.template.company_fields:
            if f.key in SCOPE_KEYS:
                continue
            path = str(FieldPath.company(f.key))
            widget = DatePicker() if f.kind == "date" else CheckedLineEdit(f.kind)
            widget.setObjectName(path)
            label = QLabel(f.label)
            label.setBuddy(widget)
            self.field_labels[f.label] = (label, widget)
            form.addRow(label, self.bind(path, widget))
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self.fill_button.setEnabled(self._profile() is not None)
        self._note: tuple[str, str] = ("", "")
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Company")
        self.set_heading(
            self.tr("Your company"),
            self.tr(
                "Who is declaring, who answers questions about it, and who authorises it. "
                "Fields marked (*) are required. Enter them once and save them as your company "
                "profile to reuse them in your next declaration."
            ),
        )
        self.fill_button.setText(self.tr("Fill from my company profile"))
        self.save_button.setText(self.tr("Save as my company profile"))
        texts = self.session.texts()
        for english, (label, widget) in self.field_labels.items():
            shown = texts.label(english)
            label.setText(shown)
            label.setToolTip(english if shown != english else "")
            widget.setAccessibleName(shown)
        self._show_note()

    def _show_note(self) -> None:
        kind, detail = self._note
        notes = {
            "filled": self.tr("Filled from your company profile."),
            "saved": self.tr("Saved as your company profile."),
            "failed": self.tr("Could not save the profile: {error}").format(error=detail),
        }
        self.profile_note.setText(notes.get(kind, ""))

    def _profile(self) -> Company | None:
        try:
            profile: Any = self.session.store.profile()
        except Exception:
            log.exception("the saved company profile could not be read")
            return None
        return profile if isinstance(profile, Company) else None

    def fill_from_profile(self) -> None:
        profile = self._profile()
        if profile is None:
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Fill from company profile"))
        for f in self.session.template.company_fields:
            value = getattr(profile, f.key, None)
            if f.key not in SCOPE_KEYS and f.key != "effective_date" and value:
                self.session.set_field(str(FieldPath.company(f.key)), value)
        stack.endMacro()
        self._note = ("filled", "")
        self._show_note()

    def save_profile(self) -> None:
        company = copy.deepcopy(self.session.decl.company)
        try:
            self.session.store.save_profile(company)
        except Exception as exc:
            log.exception("the company profile could not be saved")
            self._note = ("failed", str(exc))
            self._show_note()
            return
        self.fill_button.setEnabled(True)
        self._note = ("saved", "")
        self._show_note()

"""The New declaration dialog: customer, period, and the template (family and version)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forms import templates


class NewDeclarationDialog(QDialog):
    """Attributes: customer, period, family, version (widgets), note (what export will be)."""

    def __init__(self, library: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.customer = QLineEdit()
        self.customer.setObjectName("customer")
        self.period = QLineEdit(str(date.today().year))
        self.period.setObjectName("period")
        self.family = QComboBox()
        self.family.setObjectName("family")
        for family in templates.FAMILIES:
            self.family.addItem(f"{family} — {templates.latest(family).title}", family)
        self.version = QComboBox()
        self.version.setObjectName("version")
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        form.addRow(self.labels[0], self.customer)
        form.addRow(self.labels[1], self.period)
        form.addRow(self.labels[2], self.family)
        form.addRow(self.labels[3], self.version)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.family.currentIndexChanged.connect(self._family_changed)
        self.version.currentIndexChanged.connect(self._version_changed)
        self._family_changed()
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New declaration"))
        self.customer.setPlaceholderText(self.tr("Who asked for it, e.g. Lenovo"))
        for label, text in zip(
            self.labels,
            (self.tr("Customer:"), self.tr("Reporting period:"), self.tr("Template:"),
             self.tr("Version:")),
            strict=True,
        ):  # fmt: skip
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self._name_versions()
        self._version_changed()

    def _added(self, family: str, version: str) -> bool:
        return any(e.family == family and e.version == version for e in self.library)

    def _family_changed(self) -> None:
        family = str(self.family.currentData())
        self.version.blockSignals(True)
        self.version.clear()
        newest_first = sorted(
            templates.versions(family), key=lambda t: t.release_date, reverse=True
        )
        for tpl in newest_first:
            self.version.addItem(tpl.version, tpl.version)
        self._name_versions()
        added = [i for i, t in enumerate(newest_first) if self._added(family, t.version)]
        self.version.setCurrentIndex(added[0] if added else 0)
        self.version.blockSignals(False)
        self._version_changed()

    def _name_versions(self) -> None:
        family = str(self.family.currentData())
        for i in range(self.version.count()):
            version = str(self.version.itemData(i))
            mark = (
                self.tr("official template added")
                if self._added(family, version)
                else self.tr("built-in layout")
            )
            self.version.setItemText(i, f"{version}  ({mark})")

    def _version_changed(self) -> None:
        family, version = self.chosen()
        if self._added(family, version):
            self.note.setText(
                self.tr(
                    "Export will fill in your copy of the official RMI {family} {version}."
                ).format(family=family, version=version)
            )
        else:
            self.note.setText(
                self.tr(
                    "Built-in layout: no official {family} {version} workbook has been added, so "
                    "the export will be the compatible layout. Add the official template (from "
                    "your customer's e-mail or RMI's website) at any time before exporting."
                ).format(family=family, version=version)
            )

    def chosen(self) -> tuple[str, str]:
        return str(self.family.currentData()), str(self.version.currentData())

"""The New declaration dialog: customer, period, and the template (family and version)."""

from __future__ import annotations

from datetime import date
from typing import Any

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
        self.setWindowTitle("New declaration")
        self.library = library
        self.customer = QLineEdit()
        self.customer.setObjectName("customer")
        self.customer.setPlaceholderText("Who asked for it, e.g. Lenovo")
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
        form.addRow("Customer:", self.customer)
        form.addRow("Reporting period:", self.period)
        form.addRow("Template:", self.family)
        form.addRow("Version:", self.version)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.family.currentIndexChanged.connect(self._family_changed)
        self.version.currentIndexChanged.connect(self._version_changed)
        self._family_changed()
        self.resize(520, self.sizeHint().height())

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
            mark = (
                "official template added" if self._added(family, tpl.version) else "built-in layout"
            )
            self.version.addItem(f"{tpl.version}  ({mark})", tpl.version)
        added = [i for i, t in enumerate(newest_first) if self._added(family, t.version)]
        self.version.setCurrentIndex(added[0] if added else 0)
        self.version.blockSignals(False)
        self._version_changed()

    def _version_changed(self) -> None:
        family, version = self.chosen()
        if self._added(family, version):
            self.note.setText(
                f"Export will fill in your copy of the official RMI {family} {version}."
            )
        else:
            self.note.setText(
                f"Built-in layout: no official {family} {version} workbook has been added, so the "
                "export will be the compatible layout. Add the official template (from your "
                "customer's e-mail or RMI's website) at any time before exporting."
            )

    def chosen(self) -> tuple[str, str]:
        return str(self.family.currentData()), str(self.version.currentData())

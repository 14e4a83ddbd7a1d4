"""The New declaration dialog: customer, period, and the template (family and version); the
newest version in the library is the default, and an older one says what it lacks."""

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
from forms.templates.lacks import lacks


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

    def _entry(self, family: str, version: str) -> Any:
        """The library workbook for `family` `version`: its own, else a newer revision verified
        to have that layout."""
        mine = [e for e in self.library if e.family == family]
        exact = [e for e in mine if e.version == version]
        newer = [e for e in mine if getattr(e, "layout_version", None) == version]
        return (exact or newer or [None])[0]

    def _added(self, family: str, version: str) -> bool:
        return self._entry(family, version) is not None

    def _family_changed(self) -> None:
        family = str(self.family.currentData())
        self.version.blockSignals(True)
        self.version.clear()
        newest_first = templates.newest_first(family)
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
        entry = self._entry(family, version)
        if entry is not None:
            label = getattr(entry, "label", f"{family} {version}")
            text = self.tr("Export will fill in your copy of the official RMI {label}.").format(
                label=label
            )
        else:
            text = self.tr(
                "Built-in layout: no official {family} {version} workbook has been added, so "
                "the export will be the compatible layout. Add the official template (from "
                "your customer's e-mail or RMI's website) at any time before exporting."
            ).format(family=family, version=version)
        missing = lacks(templates.get(family, version)) if family in templates.FAMILIES else []
        if missing:
            text += "\n\n" + self.tr(
                "{family} {version} is older than {family} {newest}: {what}. Pick it only when "
                "your customer asks for this version."
            ).format(
                family=family,
                version=version,
                newest=templates.latest(family).version,
                what="; ".join(missing),
            )
        self.note.setText(text)
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def chosen(self) -> tuple[str, str]:
        return str(self.family.currentData()), str(self.version.currentData())

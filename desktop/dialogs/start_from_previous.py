"""The Start from previous declaration dialog: the template version the new draft moves to,
and its reporting period."""

from __future__ import annotations

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


def next_period(period: str | None) -> str:
    """The period after `period` when it is a year ("2025" → "2026"), else empty."""
    text = (period or "").strip()
    return str(int(text) + 1) if text.isdigit() and len(text) == 4 else ""


def default_target(family: str, library: list[Any]) -> tuple[str, str]:
    """The newest version of `family` added to the library, else the newest built in."""
    added = {e.version for e in library if e.family == family}
    newest_first = templates.newest_first(family)
    for tpl in newest_first:
        if tpl.version in added:
            return family, tpl.version
    return family, templates.latest(family).version


class StartFromPreviousDialog(QDialog):
    """Attributes: family, version, period (widgets), note, buttons; `chosen()` gives
    (family, version, period or None)."""

    def __init__(self, previous: Any, library: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start from previous declaration"))
        self.library = library
        source = f"{previous.family} {previous.version}"
        who = previous.customer or previous.company_name or self.tr("(no customer)")
        intro = QLabel(
            self.tr(
                "A new draft gets the answers, smelters and products of <b>{who} — {source}"
                "{period}</b>. You confirm again what may have changed since: the effective "
                "date, the survey coverage and anything the new version asks differently."
            ).format(
                who=who, source=source, period=f" — {previous.period}" if previous.period else ""
            )
        )
        intro.setWordWrap(True)
        self.family = QComboBox()
        self.family.setObjectName("family")
        for family in templates.FAMILIES:
            self.family.addItem(f"{family} — {templates.latest(family).title}", family)
        self.version = QComboBox()
        self.version.setObjectName("version")
        self.period = QLineEdit(next_period(previous.period))
        self.period.setObjectName("period")
        self.period.setPlaceholderText(self.tr("e.g. {year}").format(year="2026"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.family)
        form.addRow(self.tr("&Version:"), self.version)
        form.addRow(self.tr("Reporting &period:"), self.period)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create draft"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        target_family, version = default_target(previous.family, library)
        self.family.currentIndexChanged.connect(self._family_changed)
        self.version.currentIndexChanged.connect(self._version_changed)
        self.family.setCurrentIndex(max(0, self.family.findData(target_family)))
        self._family_changed()
        self.version.setCurrentIndex(max(0, self.version.findData(version)))
        self.resize(540, self.sizeHint().height())

    def _added(self, family: str, version: str) -> bool:
        return any(e.family == family and e.version == version for e in self.library)

    def _family_changed(self) -> None:
        family = str(self.family.currentData())
        self.version.blockSignals(True)
        self.version.clear()
        for tpl in templates.newest_first(family):
            mark = (
                self.tr("official template added")
                if self._added(family, tpl.version)
                else self.tr("built-in layout")
            )
            self.version.addItem(f"{tpl.version}  ({mark})", tpl.version)
        self.version.setCurrentIndex(self.version.findData(default_target(family, self.library)[1]))
        self.version.blockSignals(False)
        self._version_changed()

    def _version_changed(self) -> None:
        family, version, _period = self.chosen()
        self.note.setText(
            self.tr("The new draft is a {family} {version}.").format(family=family, version=version)
            + " "
            + (
                self.tr("Export will fill in your copy of the official workbook.")
                if self._added(family, version)
                else self.tr(
                    "No official {family} {version} workbook has been added yet: add it before "
                    "exporting (otherwise the export is the compatible layout)."
                ).format(family=family, version=version)
            )
        )

    def chosen(self) -> tuple[str, str, str | None]:
        return (
            str(self.family.currentData()),
            str(self.version.currentData()),
            self.period.text().strip() or None,
        )

"""The New declaration dialog: customer, period, the template (family and version) and, for a
template whose minerals are chosen (EMRT 2.x), which minerals — prefilled from the customer's
request when there is one. The newest version in the library is the default, and an older one
says what it lacks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forms import templates
from forms.review.requests import Request
from forms.templates.lacks import lacks


class NewDeclarationDialog(QDialog):
    """Attributes: customer, period, family, version (widgets), note (what export will be),
    minerals_box with mineral_checks (mineral → QCheckBox; shown for EMRT 2.x)."""

    def __init__(
        self,
        library: list[Any],
        parent: QWidget | None = None,
        *,
        requests: Sequence[Request] = (),
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.requests = list(requests)
        self.mineral_checks: dict[str, QCheckBox] = {}
        self.minerals_box = QGroupBox()
        self.minerals_box.setObjectName("minerals")
        self.minerals_grid = QGridLayout(self.minerals_box)
        self.minerals_hint = QLabel()
        self.minerals_hint.setWordWrap(True)
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
        layout.addWidget(self.minerals_box)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.family.currentIndexChanged.connect(self._family_changed)
        self.version.currentIndexChanged.connect(self._version_changed)
        self.customer.editingFinished.connect(self._prefill_minerals)
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
        self.minerals_box.setTitle(self.tr("Minerals to declare"))
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
        self._show_minerals()
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

    # --- minerals (EMRT 2.x) ------------------------------------------------------------------

    def _show_minerals(self) -> None:
        family, version = self.chosen()
        tpl = templates.get(family, version) if version != "None" else None
        # Only a template with mineral slots (EMRT 2.x) is asked here: an AMRT's user names its
        # minerals on the Scope page, where names outside its list can be typed too.
        asked = tpl is not None and bool(tpl.mineral_slots)
        self.minerals_box.setVisible(asked)
        if tpl is None or not asked:
            self.mineral_checks = {}
            self._update_ok()
            return
        if list(self.mineral_checks) != list(tpl.minerals):
            while self.minerals_grid.count():
                item = self.minerals_grid.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
            self.minerals_hint = QLabel()
            self.minerals_hint.setWordWrap(True)
            self.mineral_checks = {}
            for i, mineral in enumerate(tpl.minerals):
                box = QCheckBox(mineral)
                box.setObjectName(f"mineral:{mineral}")
                box.toggled.connect(lambda _on: self._update_ok())
                self.minerals_grid.addWidget(box, i // 3, i % 3)
                self.mineral_checks[mineral] = box
            self.minerals_grid.addWidget(self.minerals_hint, 2, 0, 1, 3)
            self._prefill_minerals()
        self.minerals_hint.setText(
            self.tr(
                "Tick the minerals your customer asked about: each one adds its questions "
                "to fill in."
            )
        )
        self._update_ok()

    def requested_minerals(self) -> tuple[str, ...]:
        """The minerals the customer's open request names for the chosen template, if any."""
        family, version = self.chosen()
        name = " ".join(self.customer.text().split()).casefold()
        for request in self.requests:
            if " ".join(request.customer.name.split()).casefold() != name:
                continue
            for t in request.templates:
                if t.family == family and t.version == version and t.minerals:
                    return t.minerals
        return ()

    def _prefill_minerals(self) -> None:
        wanted = {m.casefold() for m in self.requested_minerals()}
        if wanted:
            for mineral, box in self.mineral_checks.items():
                box.setChecked(mineral.casefold() in wanted)

    def minerals(self) -> list[str] | None:
        """The minerals ticked, in template order; None when the dialog does not ask (the
        template fixes them, or the AMRT, whose minerals are named in the editor)."""
        if not self.mineral_checks:
            return None
        return [m for m, box in self.mineral_checks.items() if box.isChecked()]

    def _update_ok(self) -> None:
        chosen = self.minerals()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(chosen is None or bool(chosen))

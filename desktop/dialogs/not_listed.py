"""The "Smelter not listed" dialog: metal, the smelter's name and its country from RMI's list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class NotListedDialog(QDialog):
    """Attributes: metal (QComboBox), name (QLineEdit), country (editable QComboBox limited to
    `countries` when there are any), buttons. Name and country are both required."""

    def __init__(
        self,
        metals: Sequence[str],
        countries: Sequence[str],
        metal: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Smelter not listed"))
        self.countries = sorted(countries)
        intro = QLabel(
            self.tr(
                "For a smelter that is not in RMI's list: give its name and the country it is "
                "in. Search the list first — most smelters are in it under some name."
            )
        )
        intro.setWordWrap(True)
        self.metal = QComboBox()
        self.metal.addItems(list(metals))
        if metal is not None and metal in metals:
            self.metal.setCurrentText(metal)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("The smelter's name as your supplier gave it"))
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.addItems(["", *self.countries])
        completer = QCompleter(self.countries, self.country)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.country.setCompleter(completer)
        line = self.country.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type to find the country"))
        form = QFormLayout()
        form.addRow(self.tr("Metal (*)"), self.metal)
        form.addRow(self.tr("Smelter name (*)"), self.name)
        form.addRow(self.tr("Smelter country (*)"), self.country)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._validate)
        self.country.currentTextChanged.connect(self._validate)
        self.resize(480, 0)
        self._validate()

    def chosen_country(self) -> str | None:
        """The country as RMI spells it (case-insensitive match), or the text typed when no
        country list is available; None when missing or not one of RMI's countries."""
        text = self.country.currentText().strip()
        if not text:
            return None
        if not self.countries:
            return text
        return next((c for c in self.countries if c.casefold() == text.casefold()), None)

    def _validate(self) -> None:
        name, country = self.name.text().strip(), self.chosen_country()
        if not name:
            message = self.tr("Enter the smelter's name.")
        elif country is None and self.country.currentText().strip():
            message = self.tr("Choose the country from RMI's list.")
        elif country is None:
            message = self.tr("Choose the smelter's country.")
        else:
            message = ""
        self.problem.setText(message)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not message and self.metal.count() > 0)

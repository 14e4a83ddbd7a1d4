"""The AMRT's mineral picker on the Scope page: the template's minerals as check boxes (its
drop-down list, or the names RMI suggests for 1.2) and other minerals typed by name, at most as
many as the template holds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forms.templates.model import MineralChoice

_COLUMNS = 4


def split_names(text: str) -> list[str]:
    """Names typed as "Gallium, Bismuth; Germanium" (commas or semicolons between them)."""
    return [n.strip() for n in text.replace(";", ",").split(",") if n.strip()]


class AmrtMineralsBox(QGroupBox):
    """Attributes: boxes (listed mineral → check box), others (the typed names), count_label.
    `changed(names)` is called with every named mineral after each edit by the user."""

    def __init__(
        self,
        choice: MineralChoice,
        listed: tuple[str, ...],
        changed: Callable[[list[str]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = choice
        self._changed = changed
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        for i, mineral in enumerate(listed):
            box = QCheckBox(mineral)
            box.setObjectName(f"mineral.{mineral}")
            box.toggled.connect(self._edited)
            self.boxes[mineral] = box
            grid.addWidget(box, i // _COLUMNS, i % _COLUMNS)
        layout.addLayout(grid)
        self.others_label = QLabel()
        layout.addWidget(self.others_label)
        self.others = QLineEdit()
        self.others.setObjectName("minerals.others")
        self.others.editingFinished.connect(self._edited)
        layout.addWidget(self.others)
        self.count_label = QLabel()
        self.count_label.setObjectName("minerals.count")
        layout.addWidget(self.count_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Minerals you declare"))
        self.others_label.setText(
            self.tr("Other minerals or metals, by their English names (comma between names):")
        )
        self.others.setPlaceholderText(self.tr("e.g. Gallium, Bismuth"))
        self._show_count(len(self.names()))

    def names(self) -> list[str]:
        chosen = [m for m, box in self.boxes.items() if box.isChecked()]
        folded = {m.casefold() for m in chosen}
        for name in split_names(self.others.text()):
            if name.casefold() not in folded:
                folded.add(name.casefold())
                chosen.append(self.choice.option_for(name) or name)
        return chosen

    def show_names(self, minerals: list[str]) -> None:
        """Show the declaration's minerals (without calling `changed`)."""
        listed = {m.casefold(): m for m in self.boxes}
        for box in self.boxes.values():
            box.blockSignals(True)
            box.setChecked(False)
        others = []
        for name in minerals:
            box_name = listed.get(name.casefold())
            if box_name is not None:
                self.boxes[box_name].setChecked(True)
            else:
                others.append(name)
        for box in self.boxes.values():
            box.blockSignals(False)
        if split_names(self.others.text()) != others:
            self.others.setText(", ".join(others))
        self._show_count(len(minerals))

    def _show_count(self, n: int) -> None:
        most = len(self.choice.cells)
        text = self.tr("{n} of at most {most} minerals.").format(n=n, most=most)
        if n > most:
            text += " " + self.tr("The template holds {most}: remove some.").format(most=most)
        self.count_label.setText(text)

    def _edited(self) -> None:
        names = self.names()
        self._show_count(len(names))
        self._changed(names)

"""The templates a request names, picked from the template library (a checkable list), not typed:
each official workbook added, the EMRT also with cobalt only, and for a family with none in the
library its newest built-in version, marked as such."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from forms.review.profiles import LibraryChoice, library_choices
from forms.review.requests import RequestedTemplate

_DATA = Qt.ItemDataRole.UserRole
COBALT_ONLY = {"EMRT": ("Cobalt",)}
"""Families a customer often asks for with one mineral only (Lenovo: the EMRT for cobalt)."""


def _text(choice: LibraryChoice, requested: RequestedTemplate) -> str:
    text = choice.text
    if requested.minerals:
        text += QCoreApplication.translate("TemplatePicker", " — {minerals} only").format(
            minerals=", ".join(requested.minerals)
        )
    if not choice.in_library:
        text += QCoreApplication.translate(
            "TemplatePicker", "  (built-in layout: add the official template before exporting)"
        )
    return text


class TemplatePicker(QListWidget):
    """`set_library(entries)` lists what can be picked; `requested()` is what is ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_picker")
        self.setMaximumHeight(130)

    def set_library(self, entries: Sequence[Any]) -> None:
        ticked = self.requested()
        self.clear()
        for choice in library_choices(entries):
            variants = [RequestedTemplate(choice.family, choice.version)]
            if choice.family in COBALT_ONLY:
                minerals = COBALT_ONLY[choice.family]
                variants.append(RequestedTemplate(choice.family, choice.version, minerals))
            for requested in variants:
                self._add(_text(choice, requested), requested)
        self.set_requested(ticked)

    def _add(self, text: str, requested: RequestedTemplate) -> QListWidgetItem:
        item = QListWidgetItem(text, self)
        item.setData(_DATA, requested)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def all_items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]

    def set_requested(self, requested: Iterable[RequestedTemplate]) -> None:
        """Tick exactly `requested` (one not in the list is added, marked as not in the library)."""
        wanted = list(requested)
        for item in self.all_items():
            item.setCheckState(Qt.CheckState.Unchecked)
        for req in wanted:
            found = [i for i in self.all_items() if i.data(_DATA) == req]
            if not found:
                choice = LibraryChoice(req.family, req.version, False)
                found = [self._add(_text(choice, req), req)]
            found[0].setCheckState(Qt.CheckState.Checked)

    def requested(self) -> tuple[RequestedTemplate, ...]:
        ticked = Qt.CheckState.Checked
        return tuple(i.data(_DATA) for i in self.all_items() if i.checkState() == ticked)

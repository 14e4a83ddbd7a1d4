"""Table models of the Suppliers window: the supplier list, a campaign's entries (one per asked
supplier, with its state) and the intake results (one per received file, red / amber / green)."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from desktop.models.value_table import ValueTableModel
from forms.suppliers.intake import IntakeResult
from forms.suppliers.model import SupplierState
from forms.suppliers.verdict import Light

Index = QModelIndex | QPersistentModelIndex
LIGHT_COLORS = {Light.GREEN: "#2e7d32", Light.AMBER: "#b26a00", Light.RED: "#c62828"}
STATE_COLORS = {
    SupplierState.ACCEPTED: "#2e7d32",
    SupplierState.RECEIVED: "#b26a00",
    SupplierState.SENT_BACK: "#b26a00",
    SupplierState.OVERDUE: "#c62828",
}


class SupplierCol(IntEnum):
    NAME = 0
    CONTACTS = 1
    METALS = 2
    PARTS = 3
    LANGUAGE = 4


class SuppliersModel(ValueTableModel):
    """Rows: `db.store_suppliers.StoredSupplier`."""

    columns = SupplierCol

    def headers(self) -> dict[int, str]:
        return {
            SupplierCol.NAME: self.tr("Supplier"),
            SupplierCol.CONTACTS: self.tr("Contacts"),
            SupplierCol.METALS: self.tr("Metals"),
            SupplierCol.PARTS: self.tr("Parts"),
            SupplierCol.LANGUAGE: self.tr("Language"),
        }

    def value(self, item: Any, col: int) -> str:
        s = item.supplier
        if col == SupplierCol.NAME:
            return str(s.name)
        if col == SupplierCol.CONTACTS:
            return "; ".join(f"{c.name} <{c.email}>" if c.name else c.email for c in s.contacts)
        if col == SupplierCol.METALS:
            return ", ".join(s.metals)
        if col == SupplierCol.PARTS:
            return ", ".join(s.parts)
        return str(s.language)


class EntryCol(IntEnum):
    SUPPLIER = 0
    STATE = 1
    ASKED = 2
    RECEIVED = 3
    FILE = 4
    REASONS = 5


class EntriesModel(ValueTableModel):
    """Rows: `db.store_suppliers.StoredEntry`; `due` and `today` decide "overdue"."""

    columns = EntryCol

    def __init__(self) -> None:
        super().__init__()
        self.due = date.max
        self.today = date.today()

    def headers(self) -> dict[int, str]:
        return {
            EntryCol.SUPPLIER: self.tr("Supplier"),
            EntryCol.STATE: self.tr("State"),
            EntryCol.ASKED: self.tr("Asked"),
            EntryCol.RECEIVED: self.tr("Received"),
            EntryCol.FILE: self.tr("File"),
            EntryCol.REASONS: self.tr("Verdict"),
        }

    def state(self, item: Any) -> SupplierState:
        shown: SupplierState = item.entry.shown_state(self.due, self.today)
        return shown

    def state_text(self, state: SupplierState) -> str:
        return {
            SupplierState.NOT_ASKED: self.tr("not asked"),
            SupplierState.ASKED: self.tr("asked"),
            SupplierState.RECEIVED: self.tr("received"),
            SupplierState.ACCEPTED: self.tr("accepted"),
            SupplierState.SENT_BACK: self.tr("sent back"),
            SupplierState.OVERDUE: self.tr("overdue"),
        }[state]

    def value(self, item: Any, col: int) -> str:
        e = item.entry
        if col == EntryCol.SUPPLIER:
            return str(e.supplier.name)
        if col == EntryCol.STATE:
            return self.state_text(self.state(item))
        if col == EntryCol.ASKED:
            return e.asked_on.isoformat() if e.asked_on else ""
        if col == EntryCol.RECEIVED:
            return e.received_on.isoformat() if e.received_on else ""
        if col == EntryCol.FILE:
            return str(e.file_name)
        return "; ".join(e.reasons)

    def color(self, item: Any, col: int) -> str | None:
        return STATE_COLORS.get(self.state(item)) if col == EntryCol.STATE else None


class IntakeCol(IntEnum):
    LIGHT = 0
    FILE = 1
    SUPPLIER = 2
    TEMPLATE = 3
    REASONS = 4


class IntakeModel(ValueTableModel):
    """Rows: `forms.suppliers.intake.IntakeResult`."""

    columns = IntakeCol

    def headers(self) -> dict[int, str]:
        return {
            IntakeCol.LIGHT: self.tr("Verdict"),
            IntakeCol.FILE: self.tr("File"),
            IntakeCol.SUPPLIER: self.tr("Supplier"),
            IntakeCol.TEMPLATE: self.tr("Template"),
            IntakeCol.REASONS: self.tr("Reasons"),
        }

    def light_text(self, light: Light) -> str:
        return {
            Light.GREEN: self.tr("green: accepted"),
            Light.AMBER: self.tr("amber: accepted, worth a look"),
            Light.RED: self.tr("red: not accepted"),
        }[light]

    def value(self, item: IntakeResult, col: int) -> str:
        v = item.verdict
        if col == IntakeCol.LIGHT:
            return self.light_text(v.light)
        if col == IntakeCol.FILE:
            return item.path.name
        if col == IntakeCol.SUPPLIER:
            if item.match.supplier is None:
                return self.tr("(no supplier matched)")
            name = item.match.supplier.name
            return name if item.match.sure else self.tr("%1 (please confirm)").replace("%1", name)
        if col == IntakeCol.TEMPLATE:
            return f"{v.family} {v.version}" if v.readable else self.tr("unreadable")
        return "; ".join(r.text for r in v.reasons) or self.tr("nothing to report")

    def color(self, item: IntakeResult, col: int) -> str | None:
        return LIGHT_COLORS[item.verdict.light] if col == IntakeCol.LIGHT else None

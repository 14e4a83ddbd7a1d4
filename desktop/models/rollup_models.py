"""Table models of the roll-up dialog: one row per received file, one per consolidated smelter."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop import theme
from desktop.models import facility_status
from desktop.models.rows_model import SORT_ROLE
from desktop.models.value_table import Index, ValueTableModel
from forms.facilities import FacilityList
from forms.facilities.status import FacilityLookup, SmelterStatus
from forms.rollup import ConsolidatedSmelter, SupplierSummary


class SupplierCol(IntEnum):
    FILE = 0
    COMPANY = 1
    TEMPLATE = 2
    COMPLETENESS = 3
    RED_FLAGS = 4
    SMELTERS = 5
    STATUS = 6


class ConsolidatedCol(IntEnum):
    METAL = 0
    SMELTER = 1
    COUNTRY = 2
    CID = 3
    REPORTED_BY = 4
    SUPPLIERS = 5
    RMI_STATUS = 6


class SuppliersModel(ValueTableModel):
    """One row per received file (`SupplierSummary`): readable or not, and why."""

    columns = SupplierCol

    def headers(self) -> dict[int, str]:
        return {
            SupplierCol.FILE: self.tr("File"),
            SupplierCol.COMPANY: self.tr("Company"),
            SupplierCol.TEMPLATE: self.tr("Template"),
            SupplierCol.COMPLETENESS: self.tr("Completeness"),
            SupplierCol.RED_FLAGS: self.tr("Red flags"),
            SupplierCol.SMELTERS: self.tr("Smelters"),
            SupplierCol.STATUS: self.tr("Status"),
        }

    def value(self, s: SupplierSummary, col: int) -> str:
        ok = s.status == "ok"
        if col == SupplierCol.FILE:
            return Path(s.file).name
        if col == SupplierCol.COMPANY:
            return s.company_name or ""
        if col == SupplierCol.TEMPLATE:
            return f"{s.family} {s.version}" if ok else ""
        if col == SupplierCol.COMPLETENESS:
            if not ok:
                return ""
            if not s.checker_remaining:
                return self.tr("Complete")
            return self.tr("%n required field(s) missing", "", s.checker_remaining)
        if col == SupplierCol.RED_FLAGS:
            return str(s.red_flags) if ok else ""
        if col == SupplierCol.SMELTERS:
            return str(s.smelter_count) if ok else ""
        if ok:
            return self.tr("Read")
        return self.tr("Not read: %1").replace("%1", s.message or "")

    def raw(self, s: SupplierSummary, col: int) -> Any:
        numbers = {
            SupplierCol.COMPLETENESS: s.checker_remaining,
            SupplierCol.RED_FLAGS: s.red_flags,
            SupplierCol.SMELTERS: s.smelter_count if s.status == "ok" else None,
        }
        if col in numbers:
            value = numbers[SupplierCol(col)]
            return -1 if value is None else int(value)
        return super().raw(s, col)

    def color(self, s: SupplierSummary, col: int) -> Any:
        if col == SupplierCol.STATUS and s.status != "ok":
            return theme.error_color()
        if col == SupplierCol.COMPLETENESS and s.checker_remaining:
            return theme.warning_color()
        return None


class ConsolidatedModel(ValueTableModel):
    """One row per consolidated smelter (`ConsolidatedSmelter`) with who reported it, and its
    standing on RMI's facility list when one was imported (`set_facilities`)."""

    columns = ConsolidatedCol

    def __init__(self) -> None:
        super().__init__()
        self.lookup: FacilityLookup | None = None

    def set_facilities(self, facilities: FacilityList | None) -> None:
        self.beginResetModel()
        self.lookup = None if facilities is None else FacilityLookup(facilities)
        self.endResetModel()

    def status(self, c: ConsolidatedSmelter) -> SmelterStatus | None:
        return None if self.lookup is None else self.lookup.status(c.smelter, date.today())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == ConsolidatedCol.RMI_STATUS:
            st = self.status(self.items[index.row()])
            if st is None:
                return None
            if role == SORT_ROLE:
                return facility_status.words(st).casefold()
            return facility_status.cell_data(st, role)
        return super().data(index, role)

    def headers(self) -> dict[int, str]:
        return {
            ConsolidatedCol.METAL: self.tr("Metal"),
            ConsolidatedCol.SMELTER: self.tr("Smelter"),
            ConsolidatedCol.COUNTRY: self.tr("Country"),
            ConsolidatedCol.CID: self.tr("Smelter ID"),
            ConsolidatedCol.REPORTED_BY: self.tr("Reported by"),
            ConsolidatedCol.SUPPLIERS: self.tr("Suppliers"),
            ConsolidatedCol.RMI_STATUS: facility_status.header(),
        }

    def value(self, c: ConsolidatedSmelter, col: int) -> str:
        s = c.smelter
        if col == ConsolidatedCol.METAL:
            return s.metal or ""
        if col == ConsolidatedCol.SMELTER:
            if s.name and (s.lookup_name or "").casefold().startswith("smelter not"):
                return f"{s.name} ({s.lookup_name})"
            return s.lookup_name or s.name or ""
        if col == ConsolidatedCol.COUNTRY:
            return s.country or ""
        if col == ConsolidatedCol.CID:
            return s.smelter_id or ""
        if col == ConsolidatedCol.REPORTED_BY:
            return "; ".join(c.suppliers)
        return str(len(c.suppliers))

    def raw(self, c: ConsolidatedSmelter, col: int) -> Any:
        if col == ConsolidatedCol.SUPPLIERS:
            return len(c.suppliers)
        return super().raw(c, col)

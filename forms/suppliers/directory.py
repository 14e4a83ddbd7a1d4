"""The supplier list imported from a CSV or Excel file the user keeps: one row per supplier,
columns found by their header names (company, contact, e-mail, metals, parts, language)."""

from __future__ import annotations

import re
from pathlib import Path

from forms.facilities.columns import fold
from forms.facilities.model import FacilityListError
from forms.facilities.sources import read_bytes, sheets
from forms.suppliers.model import Contact, Supplier

_HEADERS = {
    "name": ("company", "companyname", "supplier", "suppliername", "name", "vendor", "vendorname"),
    "contact": ("contact", "contactname", "contactperson", "person"),
    "email": ("email", "emailaddress", "contactemail", "mail"),
    "metals": ("metals", "metal", "minerals", "mineral", "supplies"),
    "parts": ("parts", "part", "partnumbers", "partnumber", "products", "productlines"),
    "language": ("language", "lang"),
}
_SPLIT = re.compile(r"\s*[;,/\n]\s*")


class SupplierListError(ValueError):
    """The file is not a supplier list; the message says why."""


def _columns(row: list[object]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(row):
        key = fold(str(cell or ""))
        for name, keys in _HEADERS.items():
            if key in keys and name not in found:
                found[name] = i
    return found


def _text(row: list[object], columns: dict[str, int], name: str) -> str:
    i = columns.get(name)
    value = row[i] if i is not None and i < len(row) else None
    return " ".join(str(value).split()) if value is not None else ""


def read_suppliers(path: Path) -> list[Supplier]:
    """Every supplier of the file (rows without a company name are left out)."""
    try:
        all_sheets = sheets(read_bytes(path), path.name)
    except FacilityListError as exc:
        raise SupplierListError(str(exc)) from exc
    for rows in all_sheets:
        for at, row in enumerate(rows[:20]):
            columns = _columns(row)
            if "name" in columns and len(columns) >= 2:
                return _suppliers(rows[at + 1 :], columns)
    raise SupplierListError(
        f"{path.name} has no header row with a company column and one more (contact, e-mail, "
        "metals, parts or language)."
    )


def _suppliers(rows: list[list[object]], columns: dict[str, int]) -> list[Supplier]:
    out = []
    for row in rows:
        name = _text(row, columns, "name")
        if not name:
            continue
        emails = [e for e in _SPLIT.split(_text(row, columns, "email")) if "@" in e]
        contact = _text(row, columns, "contact")
        contacts = tuple(Contact(contact if i == 0 else "", e) for i, e in enumerate(emails))
        if not contacts and contact:
            contacts = (Contact(contact, ""),)
        out.append(
            Supplier(
                name=name,
                contacts=contacts,
                metals=tuple(m for m in _SPLIT.split(_text(row, columns, "metals")) if m),
                parts=tuple(p for p in _SPLIT.split(_text(row, columns, "parts")) if p),
                language=_text(row, columns, "language"),
            )
        )
    return out

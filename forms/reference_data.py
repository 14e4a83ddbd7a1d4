"""Reference data read from an official RMI workbook: Smelter Look-up rows and the country list."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LookupRow:
    """One row of the template's Smelter Look-up tab (one alias of one smelter)."""

    metal: str
    alias: str
    standard_name: str | None
    country: str | None
    cid: str | None
    source: str | None = None
    street: str | None = None
    city: str | None = None
    state: str | None = None


@dataclass(frozen=True)
class Country:
    """One entry of the template's hidden `C` sheet: ISO alpha-2 code and the full name."""

    code: str
    name: str

"""A facility list as imported: one row per smelter or refiner and metal, with its RMI status."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class FacilityListError(ValueError):
    """The file is not a facility list the app can use; the message says why, for the user."""


class FacilityState(StrEnum):
    """Where a facility stands in RMI's programme, as the list says."""

    CONFORMANT = "conformant"
    ACTIVE = "active"
    NOT_ENROLLED = "not_enrolled"


@dataclass(frozen=True)
class Facility:
    """One row of a facility list.

    `cid` is RMI's facility ID ("CID000185", upper case); `cycle_years` the assessment cycle
    (1, 2 or 3 years) when the list gives it; `programme` the scheme (RMAP, LBMA, RJC…)."""

    cid: str
    name: str
    metal: str
    state: FacilityState
    country: str = ""
    status_text: str = ""
    last_assessment: date | None = None
    cycle_years: int | None = None
    programme: str = ""

    @property
    def next_assessment(self) -> date | None:
        """Last assessment plus the cycle, when both are known."""
        if self.last_assessment is None or self.cycle_years is None:
            return None
        last = self.last_assessment
        try:
            return last.replace(year=last.year + self.cycle_years)
        except ValueError:  # 29 February
            return last.replace(year=last.year + self.cycle_years, day=28)


@dataclass(frozen=True)
class FacilityList:
    """A whole imported list: its rows, the list's date, and which columns were recognised.

    `columns` maps each recognised field to the header text it was found under; `missing` names
    the fields the file did not have."""

    facilities: tuple[Facility, ...]
    as_of: date
    source_name: str
    columns: dict[str, str] = field(default_factory=dict)
    missing: tuple[str, ...] = ()

    def by_cid(self) -> dict[str, list[Facility]]:
        """Facilities by CID (a CID may appear once per metal or programme)."""
        out: dict[str, list[Facility]] = {}
        for f in self.facilities:
            out.setdefault(f.cid, []).append(f)
        return out

"""Where each smelter of a declaration stands on the imported facility list: conformant,
active, not enrolled, or a CID the list does not know — and when its next assessment is due."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from forms.declaration import Smelter
from forms.facilities.model import Facility, FacilityList, FacilityState
from forms.smelters.normalise import parse_cid

LIST_MAX_AGE_DAYS = 90
DUE_WITHIN_DAYS = 60


class SmelterStanding(StrEnum):
    """What the status column shows for one Smelter List row."""

    CONFORMANT = "conformant"
    ACTIVE = "active"
    NOT_ENROLLED = "not_enrolled"
    UNKNOWN_CID = "unknown_cid"
    NO_CID = "no_cid"


_RANK = {FacilityState.CONFORMANT: 0, FacilityState.ACTIVE: 1, FacilityState.NOT_ENROLLED: 2}


@dataclass(frozen=True)
class SmelterStatus:
    """A row's standing, the facility row it was found as, and its re-assessment timing."""

    standing: SmelterStanding
    facility: Facility | None = None
    next_assessment: date | None = None
    overdue: bool = False
    due_soon: bool = False


class FacilityLookup:
    """An imported list keyed by CID, for answering many rows quickly."""

    def __init__(self, facilities: FacilityList) -> None:
        self.list = facilities
        self._by_cid: Mapping[str, list[Facility]] = facilities.by_cid()

    def best(self, cid: str, metal: str | None) -> Facility | None:
        """The list's row for `cid`: the same metal first, then the best standing."""
        rows = self._by_cid.get(cid)
        if not rows:
            return None
        wanted = (metal or "").strip().casefold()
        return min(rows, key=lambda f: (f.metal.casefold() != wanted, _RANK[f.state]))

    def status(
        self, smelter: Smelter, today: date, due_within_days: int = DUE_WITHIN_DAYS
    ) -> SmelterStatus:
        cid = parse_cid(smelter.smelter_id or "")
        if cid is None:
            return SmelterStatus(SmelterStanding.NO_CID)
        facility = self.best(cid, smelter.metal)
        if facility is None:
            return SmelterStatus(SmelterStanding.UNKNOWN_CID)
        standing = SmelterStanding(facility.state.value)
        due = facility.next_assessment if facility.state is FacilityState.CONFORMANT else None
        overdue = due is not None and due < today
        soon = due is not None and not overdue and (due - today).days <= due_within_days
        return SmelterStatus(standing, facility, due, overdue, soon)

    def statuses(
        self, smelters: Iterable[Smelter], today: date, due_within_days: int = DUE_WITHIN_DAYS
    ) -> list[SmelterStatus]:
        return [self.status(s, today, due_within_days) for s in smelters]


def list_is_old(facilities: FacilityList, today: date) -> bool:
    return (today - facilities.as_of).days > LIST_MAX_AGE_DAYS

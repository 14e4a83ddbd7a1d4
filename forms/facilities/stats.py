"""Facility-list standing of a Smelter List per metal: how many rows are conformant, active or
other — for the review page, the review report's chart and the e-mail summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from forms.declaration import Smelter
from forms.facilities.model import FacilityList
from forms.facilities.status import FacilityLookup, SmelterStanding
from forms.review.smelter_stats import is_blank


@dataclass(frozen=True)
class MetalStanding:
    metal: str
    conformant: int
    active: int
    other: int

    @property
    def total(self) -> int:
        return self.conformant + self.active + self.other


def standing_by_metal(
    smelters: list[Smelter], facilities: FacilityList, today: date
) -> list[MetalStanding]:
    """Per metal, in first-seen order: rows conformant, active, and anything else (not
    enrolled, unknown CID, no CID)."""
    lookup = FacilityLookup(facilities)
    counts: dict[str, list[int]] = {}
    for s in smelters:
        if is_blank(s):
            continue
        metal = (s.metal or "").strip() or "—"
        slot = counts.setdefault(metal, [0, 0, 0])
        standing = lookup.status(s, today).standing
        index = {SmelterStanding.CONFORMANT: 0, SmelterStanding.ACTIVE: 1}.get(standing, 2)
        slot[index] += 1
    return [MetalStanding(m, *c) for m, c in counts.items()]

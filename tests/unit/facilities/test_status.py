"""Standing of Smelter List rows against a facility list, the differences between two
imports, the per-metal counts and the red flags."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from forms.declaration import Smelter
from forms.facilities import Facility, FacilityList, FacilityState
from forms.facilities.diff import diff_lists
from forms.facilities.stats import standing_by_metal
from forms.facilities.status import FacilityLookup, SmelterStanding

TODAY = date(2026, 12, 1)
C, A, N = FacilityState.CONFORMANT, FacilityState.ACTIVE, FacilityState.NOT_ENROLLED
LIST = FacilityList(
    (
        Facility("CID000185", "Gita", "Tin", C, last_assessment=date(2025, 3, 10), cycle_years=1),
        Facility("CID002763", "8853", "Gold", C, last_assessment=date(2024, 6, 15), cycle_years=3),
        Facility("CID000211", "Chenzhou", "Tungsten", C, last_assessment=date(2026, 1, 1),
                 cycle_years=1),
        Facility("CID001898", "Thaisarco", "Tin", A),
        Facility("CID000292", "Alpha", "Tin", N, status_text="Non-Conformant"),
        Facility("CID000292", "Alpha", "Gold", C, last_assessment=date(2026, 5, 1), cycle_years=1),
    ),
    as_of=date(2026, 11, 20),
    source_name="l.csv",
)  # fmt: skip


def smelter(cid: str | None, metal: str = "Tin") -> Smelter:
    return Smelter(metal=metal, smelter_id=cid)


def test_standing_of_each_kind_of_row() -> None:
    look = FacilityLookup(LIST)
    got = [look.status(smelter(c), TODAY).standing for c in
           ("CID000185", "CID001898", "CID000292", "CID999999", None, "")]  # fmt: skip
    S = SmelterStanding
    assert got == [S.CONFORMANT, S.ACTIVE, S.NOT_ENROLLED, S.UNKNOWN_CID, S.NO_CID, S.NO_CID]


def test_the_same_metals_row_decides_when_a_cid_is_listed_twice() -> None:
    look = FacilityLookup(LIST)
    assert look.status(smelter("CID000292", "Tin"), TODAY).standing is SmelterStanding.NOT_ENROLLED
    assert look.status(smelter("CID000292", "Gold"), TODAY).standing is SmelterStanding.CONFORMANT


def test_reassessment_overdue_and_due_soon() -> None:
    look = FacilityLookup(LIST)
    overdue = look.status(smelter("CID000185"), TODAY)  # 2025-03-10 + 1 year
    assert overdue.overdue and overdue.next_assessment == date(2026, 3, 10)
    soon = look.status(smelter("CID000211", "Tungsten"), TODAY, due_within_days=45)
    assert soon.due_soon and not soon.overdue and soon.next_assessment == date(2027, 1, 1)
    later = look.status(smelter("CID000211", "Tungsten"), TODAY, due_within_days=10)
    assert not later.due_soon
    fine = look.status(smelter("CID002763", "Gold"), TODAY)  # 2024-06-15 + 3 years
    assert not fine.overdue and not fine.due_soon


def test_next_assessment_of_a_leap_day() -> None:
    f = Facility("CID1", "x", "Tin", C, last_assessment=date(2024, 2, 29), cycle_years=1)
    assert f.next_assessment == date(2025, 2, 28)


def test_diff_of_two_imports() -> None:
    after = replace(
        LIST,
        facilities=(
            *(f for f in LIST.facilities if f.cid not in {"CID001898", "CID000185"}),
            replace(LIST.facilities[0], state=N, status_text="Suspended"),
            Facility("CID009999", "New", "Cobalt", A),
        ),
    )
    d = diff_lists(LIST, after)
    assert [f.cid for f in d.added] == ["CID009999"]
    assert [f.cid for f in d.dropped] == ["CID001898"]
    assert [(c.cid, c.before, c.after) for c in d.changed] == [
        ("CID000185", "conformant", "not_enrolled")
    ]
    assert diff_lists(None, LIST).added == LIST.facilities
    assert diff_lists(LIST, LIST).empty


def test_standing_by_metal_counts_every_row() -> None:
    rows = [smelter("CID000185"), smelter("CID001898"), smelter("CID000292"), smelter(None),
            smelter("CID002763", "Gold"), Smelter()]  # fmt: skip
    got = {s.metal: (s.conformant, s.active, s.other) for s in
           standing_by_metal(rows, LIST, TODAY)}  # fmt: skip
    assert got == {"Tin": (1, 1, 2), "Gold": (1, 0, 0)}

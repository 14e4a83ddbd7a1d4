"""Red flags from RMI's facility list: smelters that are not conformant or active, conformant
ones whose re-assessment is overdue or near, CIDs the list does not know, and a stale list.

These need outside data (the list the user imported), so they are asked for separately from
`forms.rules.check`; without a list there are none."""

from __future__ import annotations

from datetime import date

from forms.declaration import Declaration
from forms.facilities.model import FacilityList
from forms.facilities.status import (
    DUE_WITHIN_DAYS,
    LIST_MAX_AGE_DAYS,
    FacilityLookup,
    SmelterStanding,
    list_is_old,
)
from forms.rules.finding import Finding
from forms.templates import cells


def _where(decl: Declaration, index: int) -> tuple[str, str | None]:
    try:
        return cells.list_cell(decl.template, "smelters", index, "smelter_id")
    except KeyError:
        return "Smelter List", None


def facility_flags(
    decl: Declaration,
    facilities: FacilityList | None,
    today: date | None = None,
    due_within_days: int = DUE_WITHIN_DAYS,
) -> list[Finding]:
    """Every facility-list red flag of `decl` (none when no list was imported)."""
    if facilities is None:
        return []
    today = today or date.today()
    out: list[Finding] = []
    if list_is_old(facilities, today):
        age = (today - facilities.as_of).days
        out.append(
            Finding.of(
                "RF-FACILITY-LIST-OLD",
                "warning",
                "facilities",
                age=age,
                date=facilities.as_of.isoformat(),
                max_age=LIST_MAX_AGE_DAYS,
            )
        )
    lookup = FacilityLookup(facilities)
    for i, smelter in enumerate(decl.smelters):
        st = lookup.status(smelter, today, due_within_days)
        name = smelter.name or smelter.lookup_name or smelter.smelter_id or ""
        sheet, cell = _where(decl, i)
        path = f"smelters[{i}].smelter_id"
        if st.standing is SmelterStanding.UNKNOWN_CID:
            out.append(
                Finding.of(
                    "RF-FACILITY-UNKNOWN-CID",
                    "warning",
                    path,
                    sheet,
                    cell,
                    cid=smelter.smelter_id,
                    name=name,
                )
            )
        elif st.standing is SmelterStanding.NOT_ENROLLED:
            status = st.facility.status_text if st.facility else ""
            out.append(
                Finding.of(
                    "RF-FACILITY-NOT-CONFORMANT/status" if status else "RF-FACILITY-NOT-CONFORMANT",
                    "warning",
                    path,
                    sheet,
                    cell,
                    name=name,
                    status=status,
                )
            )
        elif st.overdue and st.next_assessment is not None:
            out.append(
                Finding.of(
                    "RF-FACILITY-REASSESSMENT-OVERDUE",
                    "warning",
                    path,
                    sheet,
                    cell,
                    name=name,
                    date=st.next_assessment.isoformat(),
                )
            )
        elif st.due_soon and st.next_assessment is not None:
            out.append(
                Finding.of(
                    "RF-FACILITY-REASSESSMENT-DUE",
                    "warning",
                    path,
                    sheet,
                    cell,
                    name=name,
                    date=st.next_assessment.isoformat(),
                )
            )
    return out

"""The review report's facility-list section: per metal, how many Smelter List rows are
conformant, active or other on RMI's list, as a chart and a table."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether

from forms.declaration import Declaration
from forms.facilities import FacilityList
from forms.facilities.stats import standing_by_metal
from forms.review.report_chart import Series, stacked_chart

if TYPE_CHECKING:
    from forms.review.report import _Doc

STANDING_SERIES: Series = (
    ("conformant", "Conformant", colors.HexColor("#2e7d32")),
    ("active", "Active", colors.HexColor("#1565c0")),
    ("other", "Not conformant or active", colors.HexColor("#c62828")),
)


def facility_section(
    d: _Doc, decl: Declaration, facilities: FacilityList | None, today: date, width: float
) -> list[Flowable]:
    """Nothing without a list; else the heading, the list's date, the chart and the table."""
    if facilities is None:
        return []
    stats = standing_by_metal(decl.smelters, facilities, today)
    out: list[Flowable] = [
        *d.heading("RMI status of the smelters"),
        d.p(
            f"Against RMI's facility list of {facilities.as_of.isoformat()} "
            f"({facilities.source_name}).",
            d.small,
        ),
        stacked_chart(stats, STANDING_SERIES, width, d.fonts.regular),
    ]
    rows = [
        [d.p(s.metal), *(d.p(str(v)) for v in (s.conformant, s.active, s.other, s.total))]
        for s in stats
    ]
    header = ["Metal", "Conformant", "Active", "Other", "Rows"]
    out.append(d.table(header, rows, [0.32, 0.17, 0.17, 0.17, 0.17]))
    return [KeepTogether(out)]

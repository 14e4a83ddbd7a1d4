"""The review report's RMI-status section: a chart and table per metal when a facility list
was imported, and no section without one."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime

from pypdf import PdfReader
from review_samples import current_cmrt

from forms.facilities import Facility, FacilityList, FacilityState
from forms.review.report import ReportInput, build_report
from forms.review.status import Status

AT = datetime(2026, 11, 21, 14, 5, tzinfo=UTC)
C, A, N = FacilityState.CONFORMANT, FacilityState.ACTIVE, FacilityState.NOT_ENROLLED
FACILITIES = FacilityList(
    (
        Facility("CID002180", "Yunnan Tin", "Tin", C),
        Facility("CID000082", "Asahi Pretec", "Gold", A),
        Facility("CID001277", "Ningxia Orient", "Tantalum", N),
        Facility("CID000825", "Japan New Metals", "Tungsten", C),
    ),
    as_of=date(2026, 11, 15),
    source_name="conformant.csv",
)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in reader.pages))


def _report(facilities: FacilityList | None) -> bytes:
    return build_report(
        ReportInput(
            declaration=current_cmrt(),
            status=Status.IN_REVIEW,
            generated_at=AT,
            facilities=facilities,
        )
    )


def test_status_per_metal_with_chart_and_table() -> None:
    text = _text(_report(FACILITIES))
    assert "RMI status of the smelters" in text
    assert "Against RMI's facility list of 2026-11-15 (conformant.csv)" in text
    assert "Metal Conformant Active Other Rows" in text
    # Tin: two conformant rows (CID002180 twice) and one not listed; Gold: one active and one
    # not yet identified; Tantalum: one not enrolled; Tungsten: one conformant, one unlisted.
    for row in ("Tin 2 0 1 3", "Gold 0 1 1 2", "Tantalum 0 0 1 1", "Tungsten 1 0 1 2"):
        assert row in text
    assert "Not conformant or active" in text  # the chart's legend


def test_no_section_without_a_list() -> None:
    assert "RMI status of the smelters" not in _text(_report(None))

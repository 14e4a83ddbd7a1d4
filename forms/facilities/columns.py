"""Which column of a downloaded facility list holds which field, found by its header text.

RMI's exports and the copies users save from them name the same column differently ("Smelter
ID", "Facility ID", "RMI ID"…) and in any order; headers are compared in a folded form (case,
spaces and punctuation ignored), first exactly, then by the words they contain."""

from __future__ import annotations

import re
from collections.abc import Sequence

FIELDS = (
    "cid",
    "name",
    "metal",
    "country",
    "status",
    "last_assessment",
    "cycle",
    "programme",
)
FIELD_LABELS = {
    "cid": "smelter/facility ID",
    "name": "name",
    "metal": "metal",
    "country": "country",
    "status": "status",
    "last_assessment": "last assessment date",
    "cycle": "assessment cycle",
    "programme": "programme",
}
_EXACT = {
    "cid": (
        "smelterid",
        "facilityid",
        "cid",
        "rmiid",
        "smelteridentificationnumber",
        "smelteridentification",
        "smelterreferencelistid",
        "facilityidentificationnumber",
        "id",
    ),
    "name": (
        "standardsmeltername",
        "standardfacilityname",
        "smeltername",
        "facilityname",
        "smelterorrefinername",
        "refinername",
        "companyname",
        "name",
    ),
    "metal": ("metal", "mineral", "metals", "commodity"),
    "country": (
        "country",
        "countrylocation",
        "facilitylocationcountry",
        "smelterfacilitylocationcountry",
        "location",
    ),
    "status": (
        "status",
        "assessmentstatus",
        "rmapstatus",
        "auditstatus",
        "conformancestatus",
        "rmistatus",
        "facilitystatus",
    ),
    "last_assessment": (
        "lastassessmentdate",
        "dateoflastassessment",
        "lastauditdate",
        "dateoflastaudit",
        "assessmentdate",
        "auditdate",
        "lastassessment",
    ),
    "cycle": ("assessmentcycle", "auditcycle", "reassessmentcycle", "cycle", "auditfrequency"),
    "programme": (
        "programme",
        "program",
        "assessmentprogram",
        "assessmentprogramme",
        "crossrecognition",
        "scheme",
        "standard",
    ),
}
# Words a longer header may contain, checked in this order (most specific first).
_CONTAINS = (
    ("cid", ("smelterid", "facilityid", "rmiid")),
    ("last_assessment", ("lastassessment", "lastaudit", "assessmentdate", "auditdate")),
    ("cycle", ("cycle",)),
    ("status", ("status",)),
    ("programme", ("programme", "program", "crossrecogni")),
    ("country", ("country",)),
    ("metal", ("metal", "mineral")),
    ("name", ("name",)),
)
_FOLD = re.compile(r"[\W_]+")


def fold(header: str) -> str:
    return _FOLD.sub("", header.casefold())


def match_header(header: str) -> str | None:
    """The field a header names, or None."""
    key = fold(header)
    if not key:
        return None
    for name, keys in _EXACT.items():
        if key in keys:
            return name
    for name, parts in _CONTAINS:
        if any(p in key for p in parts):
            return name
    return None


def map_columns(row: Sequence[object]) -> dict[str, int]:
    """Field -> column index for a header row (the first column naming a field wins)."""
    found: dict[str, int] = {}
    for i, cell in enumerate(row):
        if cell is None:
            continue
        name = match_header(str(cell))
        if name is not None and name not in found:
            found[name] = i
    return found


def find_header(rows: Sequence[Sequence[object]]) -> tuple[int, dict[str, int]] | None:
    """The header row among the first rows of a sheet: the one naming the ID column and the
    most other fields. None when no row names an ID column and one other field."""
    best: tuple[int, dict[str, int]] | None = None
    for i, row in enumerate(rows):
        found = map_columns(row)
        if "cid" in found and len(found) >= 2 and (best is None or len(found) > len(best[1])):
            best = (i, found)
    return best

"""A downloaded facility list read into a `FacilityList`: find the header row, map columns by
their names, read every row, and say which columns were found and which were not.

Nothing is half-imported: either the whole file reads into a list, or `FacilityListError`
says why (no ID column, no status and none given, no facility rows)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from forms.facilities.columns import FIELD_LABELS, FIELDS, find_header
from forms.facilities.model import Facility, FacilityList, FacilityListError, FacilityState
from forms.facilities.sources import Rows, read_bytes, sheets
from forms.facilities.values import parse_cycle, parse_date, parse_state, slash_order
from forms.smelters.normalise import parse_cid

_HEADER_SCAN = 30
_DATE_IN_NAME = re.compile(r"(20\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])")


def import_file(
    path: Path,
    *,
    as_of: date | None = None,
    default_state: FacilityState | None = None,
    today: date | None = None,
) -> FacilityList:
    """Read `path` (CSV, XLSX or XML Spreadsheet). `as_of`: the list's date when the user
    knows it; else a date in a title row or in the file name, else the file's modification
    day. `default_state`: the state of every row when the file has no status column (a
    download of the Conformant list alone)."""
    data = read_bytes(path)
    found = _header_sheet(sheets(data, path.name), path.name)
    if as_of is None:
        as_of = _date_above(found[0], found[1]) or _date_in_name(path.name)
    if as_of is None:
        as_of = date.fromtimestamp(path.stat().st_mtime)
    return build_list(
        found[0][found[1] + 1 :],
        found[2],
        found[0][found[1]],
        as_of=as_of,
        source_name=path.name,
        default_state=default_state,
    )


def _header_sheet(all_sheets: list[Rows], name: str) -> tuple[Rows, int, dict[str, int]]:
    for rows in all_sheets:
        hit = find_header(rows[:_HEADER_SCAN])
        if hit is not None:
            return rows, hit[0], hit[1]
    raise FacilityListError(
        f"{name} has no column of smelter or facility IDs (a header such as “Smelter ID” or "
        "“Facility ID”). Import the list as RMI's website exports it."
    )


def _date_above(rows: Rows, header: int) -> date | None:
    for row in rows[:header]:
        for cell in row:
            if cell is None or cell == "":
                continue
            if isinstance(cell, date):
                return parse_date(cell)
            for part in re.split(r"[:;]\s*|\s{2,}", str(cell)):
                found = parse_date(part.strip())
                if found is not None:
                    return found
    return None


def _date_in_name(name: str) -> date | None:
    m = _DATE_IN_NAME.search(name)
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _cell(row: Sequence[object], columns: dict[str, int], field: str) -> object:
    i = columns.get(field)
    return row[i] if i is not None and i < len(row) else None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def build_list(
    rows: Rows,
    columns: dict[str, int],
    header: Sequence[object],
    *,
    as_of: date,
    source_name: str,
    default_state: FacilityState | None = None,
) -> FacilityList:
    """The list from the rows below the header. Blank rows and rows without an ID are left
    out; a status the list does not give falls back to `default_state`."""
    if "status" not in columns and default_state is None:
        raise FacilityListError(
            f"{source_name} has no status column (a header such as “Assessment Status”). Say "
            "which list it is (Conformant or Active) when importing it."
        )
    order = slash_order(_cell(r, columns, "last_assessment") for r in rows)
    facilities = []
    for row in rows:
        cid = parse_cid(_text(_cell(row, columns, "cid")))
        if cid is None:
            continue
        state = parse_state(_cell(row, columns, "status")) or default_state
        if state is None:
            state = FacilityState.NOT_ENROLLED
        facilities.append(
            Facility(
                cid=cid,
                name=_text(_cell(row, columns, "name")),
                metal=_text(_cell(row, columns, "metal")),
                state=state,
                country=_text(_cell(row, columns, "country")),
                status_text=_text(_cell(row, columns, "status")),
                last_assessment=parse_date(_cell(row, columns, "last_assessment"), order),
                cycle_years=parse_cycle(_cell(row, columns, "cycle")),
                programme=_text(_cell(row, columns, "programme")),
            )
        )
    if not facilities:
        raise FacilityListError(f"{source_name} lists no smelter or refiner with an ID.")
    found = {f: _text(header[i]) for f, i in columns.items() if i < len(header)}
    missing = tuple(FIELD_LABELS[f] for f in FIELDS if f not in columns)
    return FacilityList(tuple(facilities), as_of, source_name, found, missing)

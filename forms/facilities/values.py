"""Cell values of a facility list read into dates, cycles and states.

Dates come as real dates (XLSX), Excel serial numbers, ISO text, "12-May-2024", "12 May 2024",
"May 12, 2024", "12.05.2024" or slashed text; slashed dates are read day-first or month-first
for a whole column at once (`slash_order`), since a list is written in one convention."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Literal

from forms.facilities.model import FacilityState

SlashOrder = Literal["dmy", "mdy"]
_EXCEL_EPOCH = date(1899, 12, 30)
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$")
_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_DAY_MONTH = re.compile(r"^(\d{1,2})[\s\-/]([a-z]{3})[a-z]*\.?[\s\-/,]+(\d{4})$")
_MONTH_DAY = re.compile(r"^([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "annual": 1, "annually": 1, "yearly": 1}
_CYCLE_WORDS = {"biennial": 2, "triennial": 3}


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def slash_order(values: Iterable[object]) -> SlashOrder:
    """Day-first when any slashed date of the column only makes sense that way, else
    month-first (RMI publishes in US order)."""
    for v in values:
        m = _SLASH.match(str(v).strip()) if isinstance(v, str) else None
        if m and int(m[1]) > 12 >= int(m[2]):
            return "dmy"
    return "mdy"


def parse_date(value: object, order: SlashOrder = "mdy") -> date | None:
    """A date, or None when `value` is empty or no date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel's serials run to 9999-12-31
            return _EXCEL_EPOCH + timedelta(days=int(value))
        return None
    text = str(value).strip().casefold()
    try:
        return _parse_text(text, order)
    except ValueError:
        return None


def _parse_text(text: str, order: SlashOrder) -> date | None:
    if m := _ISO.match(text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _SLASH.match(text):
        a, b = int(m[1]), int(m[2])
        day, month = (a, b) if order == "dmy" or a > 12 else (b, a)
        return date(_year(m[3]), month, day)
    if m := _DOTTED.match(text):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if (m := _DAY_MONTH.match(text)) and m[2] in _MONTHS:
        return date(int(m[3]), _MONTHS[m[2]], int(m[1]))
    if (m := _MONTH_DAY.match(text)) and m[1] in _MONTHS:
        return date(int(m[3]), _MONTHS[m[1]], int(m[2]))
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return parse_date(float(text))
    return None


def parse_cycle(value: object) -> int | None:
    """The assessment cycle in whole years: 1, 2 or 3 ("One Year", "3 years", "24 months",
    "Triennial", 3), or None."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value) if 1 <= value <= 5 else None
    text = str(value).strip().casefold()
    for word, years in _CYCLE_WORDS.items():
        if word in text:
            return years
    m = re.search(r"(\d+)\s*(month|mo\b)", text)
    if m:
        months = int(m.group(1))
        return months // 12 if months % 12 == 0 and 1 <= months // 12 <= 5 else None
    m = re.search(r"\d+", text)
    if m:
        years = int(m.group(0))
        return years if 1 <= years <= 5 else None
    for word, years in _NUMBER_WORDS.items():
        if re.search(rf"\b{word}\b", text):
            return years
    return None


def parse_state(value: object) -> FacilityState | None:
    """The state a status text names, or None when empty. "Conformant", "Conformant -
    re-assessment in progress" and "Re-assessment in progress" are conformant; "Active" is
    active; anything else ("Non-Conformant", "Suspended", "Outreach required"…) is not
    enrolled in the programme."""
    if value is None:
        return None
    text = " ".join(str(value).split()).casefold()
    if not text:
        return None
    if re.search(r"\b(non|not)[\s-]*conformant", text) or "inactive" in text:
        return FacilityState.NOT_ENROLLED
    if "conformant" in text or "re-assessment" in text or "reassessment" in text:
        return FacilityState.CONFORMANT
    if re.search(r"\bactive\b", text):
        return FacilityState.ACTIVE
    return FacilityState.NOT_ENROLLED

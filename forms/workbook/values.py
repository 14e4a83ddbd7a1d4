"""Cell values to declaration values: stripped text, ISO dates, "100%" (declaration-json.md)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from forms.workbook.sheetxml import Cell

_EPOCH_1900 = date(1899, 12, 30)
_EPOCH_1904 = date(1904, 1, 1)
_TEXT_DATE_FORMATS = (
    "%d-%b-%Y",
    "%d-%B-%Y",
    "%d %b %Y",
    "%d %B %Y",
    "%d-%b-%y",
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%m.%d.%Y",
    "%m-%d-%Y",
    "%d-%m-%Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%b %d %Y",
    "%B %d %Y",
    "%Y%m%d",
)
_NUMERIC_DAY_MONTH = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}")
FIRST_EXCEL_DATE = date(1900, 3, 1)
"""Before this Excel's serials are off by a day (its phantom 29-Feb-1900), before 1900 it holds
no dates at all."""
LAST_EXCEL_DATE = date(9999, 12, 31)
_CJK_DATE = re.compile(r"(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?")
_TIME_SUFFIX = re.compile(r"[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")


def number_text(raw: str) -> str:
    """A stored number as the text a user typed: `1234.0` → `1234`, `1.5` stays."""
    try:
        f = float(raw)
    except ValueError:
        return raw
    if f.is_integer() and abs(f) < 1e15:
        return str(int(f))
    return raw


def text(cell: Cell | None, zero_is_blank: bool = False) -> str | None:
    """The value as stripped text (None when empty); numbers without a trailing `.0`."""
    if cell is None:
        return None
    if cell.kind == "n":
        if zero_is_blank and cell.value in {"0", "0.0"}:
            return None
        value = number_text(cell.value)
    elif cell.kind == "b":
        value = "TRUE" if cell.value in {"1", "true"} else "FALSE"
    else:
        value = cell.value
    value = value.strip()
    return value or None


def answer(cell: Cell | None, options: tuple[str, ...]) -> str | None:
    """An answer: the numeric 1 of older templates' survey question becomes "100%"."""
    if cell is not None and cell.kind == "n" and "100%" in options:
        try:
            if float(cell.value) == 1.0:
                return "100%"
        except ValueError:
            pass
    return text(cell)


def serial_to_date(serial: float, date1904: bool) -> date:
    """The date of an Excel serial; `OverflowError` past year 9999."""
    if date1904:
        return _EPOCH_1904 + timedelta(days=int(serial))
    if serial < 61:  # Excel's phantom 29-Feb-1900 shifts serials below 61 by one day
        return date(1899, 12, 31) + timedelta(days=int(serial))
    return _EPOCH_1900 + timedelta(days=int(serial))


def parse_text_date(value: str) -> date | None:
    s = _TIME_SUFFIX.sub("", value.strip())
    for fmt in _TEXT_DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    m = _CJK_DATE.fullmatch(s)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


def ambiguous_day_month(value: str) -> bool:
    """`03/04/2025`: both numbers could be the month, and they differ."""
    m = _NUMERIC_DAY_MONTH.fullmatch(_TIME_SUFFIX.sub("", value.strip()))
    if m is None:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    return 1 <= a <= 12 and 1 <= b <= 12 and a != b


DateStatus = str
""""ok", "not-a-date" (kept as written), "ambiguous" (read as month/day, US order, the way
Excel in the US reads it) or "out-of-range" (a date Excel cannot hold: kept as written)."""


def date_value(cell: Cell | None, date1904: bool) -> tuple[str | None, DateStatus]:
    """(ISO date or the raw text, status) for a date field."""
    if cell is None:
        return None, "ok"
    if cell.kind == "n":
        try:
            serial = float(cell.value)
        except ValueError:
            return text(cell), "not-a-date"
        if not 0 < serial < 2_958_466:
            return text(cell), "not-a-date"
        try:
            return serial_to_date(serial, date1904).isoformat(), "ok"
        except OverflowError:  # a 1904-based serial past 9999
            return text(cell), "out-of-range"
    raw = text(cell)
    if raw is None:
        return None, "ok"
    parsed = parse_text_date(raw)
    if parsed is None:
        return raw, "not-a-date"
    if not FIRST_EXCEL_DATE <= parsed <= LAST_EXCEL_DATE:
        return raw, "out-of-range"
    return parsed.isoformat(), "ambiguous" if ambiguous_day_month(raw) else "ok"

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
    "%d.%m.%Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%b %d %Y",
    "%B %d %Y",
    "%Y%m%d",
)
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


def date_value(cell: Cell | None, date1904: bool) -> tuple[str | None, bool]:
    """(ISO date or the raw text, parsed?) for a date field."""
    if cell is None:
        return None, True
    if cell.kind == "n":
        try:
            serial = float(cell.value)
        except ValueError:
            return text(cell), False
        if 0 < serial < 2_958_466:
            return serial_to_date(serial, date1904).isoformat(), True
        return text(cell), False
    raw = text(cell)
    if raw is None:
        return None, True
    parsed = parse_text_date(raw)
    if parsed is None:
        return raw, False
    return parsed.isoformat(), True

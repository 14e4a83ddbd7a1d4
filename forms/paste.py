"""Rows pasted from Excel or a CSV file: the text as a table, its header, and its columns mapped
to the fields of a list sheet (smelters, products, mines)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from typing import Any

from forms.smelters.normalise import parse_cid, simplify
from forms.templates.model import Column

MAX_COLUMNS = 64
_MARKS = re.compile(r"\((\*|\d)\)")
# Headers people use for a field besides the template's own (compared simplified).
_SYNONYMS = {
    "id_input": ("smelter identification number input column", "cid input"),
    "smelter_id": ("cid", "smelter id", "smelter identification number", "rmi id"),
    "metal": ("mineral", "metal"),
    "lookup_name": ("smelter look up", "smelter lookup", "standard smelter name"),
    "name": ("smelter name", "smelter", "name"),
    "country": ("country", "smelter country", "location"),
    "number": ("product number", "part number", "number"),
}


def parse_table(text: str) -> list[list[str]]:
    """Clipboard or file text as rows of cells: tab-separated (what Excel copies, with quoted
    cells that hold line breaks) or, when no tab is present, comma- or semicolon-separated.
    Rows are padded to one width; blank rows at the end are dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if "\t" in text:
        delimiter = "\t"
    else:
        first = text.split("\n", 1)[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = [r[:MAX_COLUMNS] for r in csv.reader(io.StringIO(text), delimiter=delimiter)]
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    width = max((len(r) for r in rows), default=0)
    return [[c.strip() for c in r] + [""] * (width - len(r)) for r in rows]


def _header_text(text: str) -> str:
    return simplify(_MARKS.sub(" ", text))


def header_key(cell: str, columns: Sequence[Column]) -> str | None:
    """The field a header cell names (template header, field name or a usual synonym)."""
    text = _header_text(cell)
    if not text:
        return None
    for c in columns:
        if text in (_header_text(c.header), simplify(c.key.replace("_", " "))):
            return c.key
    keys = {c.key for c in columns}
    for key, names in _SYNONYMS.items():
        if key in keys and text in names:
            return key
    return None


def has_header(table: Sequence[Sequence[str]], columns: Sequence[Column]) -> bool:
    """The first row names fields (at least half of its filled cells are known headers)."""
    if not table:
        return False
    filled = [c for c in table[0] if c.strip()]
    named = [c for c in filled if header_key(c, columns)]
    return bool(named) and len(named) * 2 >= len(filled)


def guess_mapping(
    table: Sequence[Sequence[str]],
    columns: Sequence[Column],
    header: bool,
    *,
    minerals: Sequence[str] = (),
) -> list[str | None]:
    """A field key (or None: ignore) per pasted column. By header when there is one; else the
    template's column order when the width is the sheet's (a copy of another list), else by
    content: CIDs and mineral names are recognised."""
    width = len(table[0]) if table else 0
    out: list[str | None] = [None] * width
    if header:
        used: set[str] = set()
        for i, cell in enumerate(table[0]):
            key = header_key(cell, columns)
            if key and key not in used:
                out[i] = key
                used.add(key)
        return out
    if width == len(columns):
        return [c.key for c in columns]
    keys = {c.key for c in columns}
    folded = {m.casefold() for m in minerals}
    for i in range(width):
        values = [r[i] for r in table if r[i].strip()]
        if not values:
            continue
        if "smelter_id" in keys and all(parse_cid(v) and not v.isdigit() for v in values):
            key = "smelter_id"
        elif "metal" in keys and all(v.casefold() in folded for v in values):
            key = "metal"
        else:
            continue
        if key not in out:
            out[i] = key
    return out


def build_rows(
    table: Sequence[Sequence[str]],
    mapping: Sequence[str | None],
    row_type: type[Any],
    header: bool,
) -> list[Any]:
    """One `row_type` per data row with its mapped cells (blank rows skipped)."""
    out = []
    for row in table[1:] if header else table:
        values: dict[str, str] = {}
        for cell, key in zip(row, mapping, strict=False):
            if key and cell.strip():
                values[key] = cell.strip()
        if values:
            out.append(row_type(**values))
    return out

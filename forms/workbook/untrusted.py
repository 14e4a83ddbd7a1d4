"""Text from a workbook is untrusted: a declaration read from a file keeps every character that
can be kept, and characters that cannot be stored or written are replaced, each with a red flag
naming the cell.

Cannot be kept: lone surrogates (`&#xD800;`, `_xD800_`: not characters; UTF-8 cannot encode
them, so neither the store, JSON, a report nor a workbook could hold the text) and NUL (which
PostgreSQL text and Excel refuse). They become U+FFFD. Other control characters (ESC, BEL …)
can be stored and written (as Excel's `_x001B_`), so they are kept, but flagged: invisible in a
cell, they are how terminal escape sequences travel.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import fields
from typing import Any

from forms.declaration import Declaration
from forms.rules.finding import Finding

REPLACEMENT = "\ufffd"
EXCEL_MAX_CHARS = 32_767
UNSTORABLE = re.compile("[\ud800-\udfff\x00]")
CONTROL = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SUSPECT = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def storable(text: str) -> str:
    """`text` with every character that cannot be stored or written replaced by U+FFFD."""
    return UNSTORABLE.sub(REPLACEMENT, text) if UNSTORABLE.search(text) else text


def text_fields(decl: Declaration) -> Iterator[tuple[str, Any, str]]:
    """(field path, object, attribute) of every text field of `decl`."""
    for f in fields(decl.company):
        yield f"company.{f.name}", decl.company, f.name
    for mineral, per in decl.answers.items():
        for number, ans in per.items():
            for attr in ("answer", "comment"):
                yield f"answers.{mineral}.{number}.{attr}", ans, attr
    for letter, ans in decl.company_answers.items():
        for attr in ("answer", "comment"):
            yield f"company_answers.{letter}.{attr}", ans, attr
    for letter, per in decl.company_answers_by_mineral.items():
        for mineral, ans in per.items():
            for attr in ("answer", "comment"):
                yield f"company_answers_by_mineral.{letter}.{mineral}.{attr}", ans, attr
    for name in ("smelters", "products", "mines"):
        for i, row in enumerate(getattr(decl, name)):
            for f in fields(row):
                yield f"{name}[{i}].{f.name}", row, f.name


Where = Callable[[str], tuple[str, str] | None]
"""Field path → (sheet, cell) it was read from, when known."""


def clean_declaration(decl: Declaration, where: Where) -> list[Finding]:
    """Replace what cannot be kept in `decl`'s text (in place); one red flag per field that had
    to be changed or holds control characters."""
    findings: list[Finding] = []
    for path, obj, attr in text_fields(decl):
        value = getattr(obj, attr)
        if not isinstance(value, str):
            continue
        long = len(value) > EXCEL_MAX_CHARS
        if not long and not _SUSPECT.search(value):
            continue
        sheet, cell = where(path) or (None, None)
        at = f"{sheet}!{cell}" if sheet and cell else path
        if long:
            findings.append(
                Finding.of(
                    "FILE-TEXT-TOO-LONG",
                    "warning",
                    path,
                    sheet,
                    cell,
                    location=at,
                    length=f"{len(value):,}",
                    limit=f"{EXCEL_MAX_CHARS:,}",
                )
            )
        if UNSTORABLE.search(value):
            setattr(obj, attr, storable(value))
            findings.append(
                Finding.of("FILE-TEXT-REPLACED", "warning", path, sheet, cell, location=at)
            )
        if CONTROL.search(value):
            findings.append(
                Finding.of("FILE-CONTROL-CHARACTERS", "warning", path, sheet, cell, location=at)
            )
    return findings

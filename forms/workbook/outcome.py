"""What reading and writing a workbook report besides the data: the error a file that cannot
be read raises, the error an export that cannot be made raises, and an export's result.
(Their own module, so the reader, the writer and their helpers need not import each other.)"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from forms.rules.finding import Finding


class UnreadableWorkbook(Exception):
    """The file cannot be read as a workbook; `kind` says why, the message what to do."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass
class ExportResult:
    path: Path
    official: bool
    """False for the compatible layout."""
    checker_remaining: int
    """`forms.rules.checker_remaining` of what was written: what `Checker!D2` will show."""
    findings: list[Finding] = field(default_factory=list)
    """Where the file differs from the declaration (e.g. a date Excel cannot hold, as text)."""


class ExportError(Exception):
    """The export cannot be made; the message says why. No output file is left behind."""

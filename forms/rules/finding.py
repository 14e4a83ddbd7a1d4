"""A finding: one thing wrong or worth a reviewer's look in a declaration."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Severity = Literal["error", "warning", "confirm"]
"""error: what RMI's Checker counts; warning: a review red flag; confirm: a value carried over
from the previous declaration the user has not confirmed yet (never an error: the Checker
count stays RMI's)."""


@dataclass(frozen=True)
class Finding:
    """`code` is stable across releases; `path` is the declaration JSON path of the field;
    `sheet`/`cell` say where the field sits in the template (None for file-level findings).
    Errors are exactly what RMI's Checker counts; warnings are review red flags."""

    code: str
    severity: Severity
    path: str
    message: str
    hint: str = ""
    sheet: str | None = None
    cell: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]


def warnings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "warning"]


def to_confirm(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "confirm"]

"""A finding: one thing wrong or worth a reviewer's look in a declaration."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from forms.rules.messages import english

Severity = Literal["error", "warning", "confirm"]
"""error: what RMI's Checker counts; warning: a review red flag; confirm: a value carried over
from the previous declaration the user has not confirmed yet (never an error: the Checker
count stays RMI's)."""


@dataclass(frozen=True)
class Finding:
    """`code` is stable across releases; `path` is the declaration JSON path of the field;
    `sheet`/`cell` say where the field sits in the template (None for file-level findings).
    Errors are exactly what RMI's Checker counts; warnings are review red flags.

    The words: `message_id` names the wording in `forms.rules.messages` (the code when left
    empty) and `params` fills it in; the app shows it in the user's language. `message` and
    `hint` are the English text (the catalogue's, for a catalogued id), kept for the command
    line and for findings whose wording is not catalogued yet."""

    code: str
    severity: Severity
    path: str
    message: str
    hint: str = ""
    sheet: str | None = None
    cell: str | None = None
    params: Mapping[str, str] = field(default_factory=dict, compare=False)
    message_id: str = ""

    @classmethod
    def of(
        cls,
        message_id: str,
        severity: Severity,
        path: object,
        sheet: str | None = None,
        cell: str | None = None,
        *,
        code: str | None = None,
        **params: Any,
    ) -> Finding:
        """A finding worded by the catalogue entry `message_id` ("CODE" or "CODE/variant";
        the code is the part before "/" unless given)."""
        texts = {k: str(v) for k, v in params.items()}
        message, hint = english(message_id, texts)
        return cls(
            code or message_id.split("/")[0],
            severity,
            str(path),
            message,
            hint,
            sheet,
            cell,
            texts,
            message_id,
        )

    @property
    def id(self) -> str:
        """The message id: which wording this finding has."""
        return self.message_id or self.code

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "id": self.id,
            "severity": self.severity,
            "path": self.path,
            "message": self.message,
            "hint": self.hint,
            "sheet": self.sheet,
            "cell": self.cell,
            "params": dict(self.params),
        }


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]


def warnings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "warning"]


def to_confirm(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "confirm"]

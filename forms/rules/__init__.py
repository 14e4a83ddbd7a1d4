"""The rules: `check(declaration)` returns every finding at once — Checker errors and red flags."""

from __future__ import annotations

from forms.declaration import Declaration
from forms.rules.checker import checker_findings, checker_remaining
from forms.rules.finding import Finding, Severity


def check(decl: Declaration) -> list[Finding]:
    """All findings for `decl`: the Checker's errors first, then the red flags."""
    from forms.rules.red_flags import red_flags

    errors = checker_findings(decl)
    return [*errors, *red_flags(decl, errors)]


__all__ = ["Finding", "Severity", "check", "checker_findings", "checker_remaining"]

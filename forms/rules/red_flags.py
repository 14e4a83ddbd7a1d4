"""Review red flags (warnings): what reviewers flag even when RMI's Checker passes."""

from __future__ import annotations

from forms.declaration import Declaration
from forms.rules.finding import Finding


def red_flags(decl: Declaration) -> list[Finding]:
    """Placeholder until the red-flag rules land: no warnings."""
    return []

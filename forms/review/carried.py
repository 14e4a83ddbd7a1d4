"""Values carried over from the previous declaration that the user must confirm, as findings of
severity "confirm": a draft started from last period's is not complete until each is confirmed
(or changed)."""

from __future__ import annotations

from collections.abc import Iterable

from forms.rules.finding import Finding

CONFIRM_CODE = "CONFIRM-CARRIED-OVER"


def confirm_findings(items: Iterable[tuple[str, str]]) -> list[Finding]:
    """One finding per (field path, reason) still to confirm (the store's `confirm_items`)."""
    return [Finding.of(CONFIRM_CODE, "confirm", path, reason=reason) for path, reason in items]

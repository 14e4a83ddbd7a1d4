"""Values carried over from the previous declaration that the user must confirm, as findings of
severity "confirm": a draft started from last period's is not complete until each is confirmed
(or changed)."""

from __future__ import annotations

from collections.abc import Iterable

from forms.rules.finding import Finding

CONFIRM_CODE = "CONFIRM-CARRIED-OVER"


def confirm_findings(items: Iterable[tuple[str, str]]) -> list[Finding]:
    """One finding per (field path, reason) still to confirm (the store's `confirm_items`)."""
    return [
        Finding(
            code=CONFIRM_CODE,
            severity="confirm",
            path=path,
            message=f"Carried over from the previous declaration ({reason}): confirm it.",
            hint='Check the value, then change it or choose "Confirm unchanged".',
        )
        for path, reason in items
    ]

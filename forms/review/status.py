"""The review status of a declaration and the transitions between statuses, as pure functions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    SENT = "sent"

    @property
    def label(self) -> str:
        """The status as the UI and the review report show it ("changes requested")."""
        return self.value.replace("_", " ")


# Target status → the statuses it may be reached from. Reaching DRAFT from APPROVED or SENT is
# what editing such a declaration does (`status_after_edit`), after the UI has warned.
_ALLOWED: dict[Status, frozenset[Status]] = {
    Status.IN_REVIEW: frozenset({Status.DRAFT, Status.CHANGES_REQUESTED}),
    Status.CHANGES_REQUESTED: frozenset({Status.IN_REVIEW}),
    Status.APPROVED: frozenset({Status.IN_REVIEW}),
    Status.SENT: frozenset({Status.APPROVED}),
    Status.DRAFT: frozenset({Status.APPROVED, Status.SENT}),
}

# Someone who works alone has no reviewer: a draft (or one sent back) is ready to send at once.
_ALONE: dict[Status, frozenset[Status]] = {
    Status.APPROVED: frozenset({Status.DRAFT, Status.CHANGES_REQUESTED, Status.IN_REVIEW}),
}

_EDIT_WARNINGS = {
    Status.APPROVED: "This declaration is approved. Editing it takes it back to draft, "
    "and it must be reviewed and approved again before it is sent.",
    Status.SENT: "This declaration has been sent to the customer. Editing it takes it back to "
    "draft; the customer keeps the version already sent until you send it again.",
}


class TransitionError(ValueError):
    """A programming error: the caller asked for a transition `allowed_targets` does not offer."""


@dataclass(frozen=True)
class Transition:
    """One status change, as the store keeps it in the declaration's change history.

    Attributes:
        from_status / to_status: the statuses before and after.
        by: who made the change (the user's display name).
        at: when (timezone-aware).
        note: why, in the user's words (may be empty).
    """

    from_status: Status
    to_status: Status
    by: str
    at: datetime
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.from_status.value,
            "to": self.to_status.value,
            "by": self.by,
            "at": self.at.isoformat(),
            "note": self.note,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Transition:
        return cls(
            Status(data["from"]),
            Status(data["to"]),
            str(data["by"]),
            datetime.fromisoformat(data["at"]),
            str(data.get("note", "")),
        )


def allowed_targets(current: Status, *, alone: bool = False) -> tuple[Status, ...]:
    """The statuses a reviewer or author may move `current` to (what the UI offers as actions).
    `alone`: the user works alone — no review step, a draft goes straight to approved (ready
    to send).

    DRAFT is not offered: a declaration goes back to draft only by being edited."""
    if alone:
        return tuple(
            s for s in (Status.APPROVED, Status.SENT) if can_transition(current, s, alone=True)
        )
    return tuple(
        s for s in Status if s is not Status.DRAFT and current in _ALLOWED.get(s, frozenset())
    )


def can_transition(current: Status, target: Status, *, alone: bool = False) -> bool:
    extra = _ALONE.get(target, frozenset()) if alone else frozenset()
    return current in _ALLOWED.get(target, frozenset()) | extra


def transition(
    current: Status,
    target: Status,
    *,
    by: str,
    at: datetime,
    note: str = "",
    alone: bool = False,
) -> Transition:
    """The record of moving from `current` to `target`.

    Raises `TransitionError` when the move is not allowed (only an approved declaration can be
    sent, for example): the UI offers only `allowed_targets`, so this is a bug, not a user
    mistake. Raises `ValueError` for an empty `by` or a naive `at`."""
    if not can_transition(current, target, alone=alone):
        raise TransitionError(f"cannot go from {current.label} to {target.label}")
    if not by.strip():
        raise ValueError("a transition needs the name of who made it")
    if at.tzinfo is None:
        raise ValueError("a transition time must be timezone-aware")
    return Transition(current, target, by.strip(), at, note.strip())


def edit_warning(current: Status) -> str | None:
    """The warning the UI shows before the first edit of a declaration in `current`, or None
    when editing does not change the status."""
    return _EDIT_WARNINGS.get(current)


def status_after_edit(current: Status) -> Status:
    """The status a declaration has after an edit: approved and sent ones go back to draft."""
    return Status.DRAFT if current in _EDIT_WARNINGS else current


def edit_transition(current: Status, *, by: str, at: datetime) -> Transition | None:
    """The transition an edit causes (approved/sent → draft), or None when the status stays."""
    if status_after_edit(current) is current:
        return None
    note = "edited after approval" if current is Status.APPROVED else "edited after sending"
    return transition(current, Status.DRAFT, by=by, at=at, note=note)

"""The rules of working together: no lost update (a conflicting edit is refused, saying who
changed what and when) and who may approve (a reviewer, not right after their own last edit).

On PostgreSQL the server enforces the approval rule too (migration 0008_team); the checks here
give the desk the words before the server would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import StoreError
from db.models import ChangeRecord, DeclarationRecord
from db.models_team import TeamSetting

NOT_EDITS = ("status", "exported")
"""History fields that are not edits of the declaration's content (nor are "review:…")."""


@dataclass(frozen=True)
class LastChange:
    field: str
    user: str | None
    at: datetime
    value: str | None


class EditConflictError(StoreError):
    """Someone else changed the field after the editor read it; nothing was written.

    Attributes:
        path: the field.
        current: the value stored now (the editor shows it again).
        by, at: who changed it last, and when (UTC), when the history says.
    """

    def __init__(
        self, message: str, path: str, current: str | None, by: str | None, at: datetime | None
    ) -> None:
        super().__init__(message)
        self.path, self.current, self.by, self.at = path, current, by, at


class ApprovalRefusedError(StoreError):
    """The team's rules do not let this login approve this declaration."""


def _last(s: Session, decl_id: int, *conditions: object) -> LastChange | None:
    query = (
        select(ChangeRecord)
        .where(ChangeRecord.declaration_id == decl_id, *conditions)  # type: ignore[arg-type]
        .order_by(ChangeRecord.id.desc())
        .limit(1)
    )
    c = s.scalars(query).first()
    return LastChange(c.field, c.user, c.at.replace(tzinfo=UTC), c.new) if c else None


def conflict(
    s: Session, rec: DeclarationRecord, path: str, current: str | None, *, rows: bool = False
) -> StoreError:
    """The refusal of an edit of `path` made on a value that is no longer stored (`rows`: a
    whole list, "smelters", whose rows someone else changed)."""
    where = ChangeRecord.field.like(f"{path}[%") if rows else ChangeRecord.field == path
    last = _last(s, rec.id, where)
    shown = "changed" if rows else f"“{current}”" if current is not None else "empty"
    if last is None:
        message = f"{path} was changed by someone else meanwhile; it is now {shown}."
    else:
        message = (
            f"{last.user or 'Someone'} changed {path} at {last.at:%Y-%m-%d %H:%M:%S} UTC; it is "
            f"now {shown}."
        )
    return EditConflictError(
        f"{message} Your change was not saved: the field shows their value again, so you can "
        "decide and type yours once more.",
        path,
        current,
        last.user if last else None,
        last.at if last else None,
    )


def last_edit(s: Session, decl_id: int) -> LastChange | None:
    """The newest change of the declaration's content (statuses, exports, comments aside)."""
    return _last(
        s,
        decl_id,
        ChangeRecord.field.not_in(NOT_EDITS),
        ChangeRecord.field.not_like("review:%"),
    )


def self_approval_allowed(s: Session) -> bool:
    setting = s.get(TeamSetting, "allow_self_approval")
    return setting is not None and setting.value.strip().lower() == "yes"


def check_approval(s: Session, decl_id: int, login: str, role: str | None) -> None:
    """`ApprovalRefusedError` unless `login` (with team `role`) may approve `decl_id` now."""
    if role not in {"reviewer", "administrator"}:
        raise ApprovalRefusedError(
            f"Only a reviewer can approve; {login} is "
            f"{'a ' + role if role else 'not a member of the team'}. Send the declaration for "
            "review instead."
        )
    last = last_edit(s, decl_id)
    if last is not None and last.user == login and not self_approval_allowed(s):
        raise ApprovalRefusedError(
            f"{login} made the last edit ({last.field}, {last.at:%Y-%m-%d %H:%M} UTC), so "
            "someone else must approve it. The administrator can allow self-approval for the "
            "team (docs/team.md)."
        )

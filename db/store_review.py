"""The store's review workflow: statuses with who and when, and reviewers' comments on fields
and list rows."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ChangeRecord, ReviewComment
from db.records import ReviewNote
from db.store_base import StoreBase, aware, now, parse_status
from forms.review.comments import after_row_removed
from forms.review.status import Status, Transition, transition

RowValues = tuple[str | None, ...]


def removed_positions(before: Sequence[RowValues], after: Sequence[RowValues]) -> list[int]:
    """The positions of `before` that were deleted when `after` is `before` without them (a
    pure deletion), else [] (an edit or an insertion moves no comment)."""
    if len(after) >= len(before):
        return []
    removed, j = [], 0
    for i, row in enumerate(before):
        if j < len(after) and after[j] == row:
            j += 1
        else:
            removed.append(i)
    return removed if j == len(after) and len(removed) == len(before) - len(after) else []


def realign_row_comments(
    s: Session,
    decl_id: int,
    kind: str,
    before: Sequence[RowValues],
    after: Sequence[RowValues],
    who: str,
) -> None:
    """Keep comments on rows of `kind` with their rows after rows were deleted; a comment on
    a deleted row is resolved (its row is gone) rather than left naming another row."""
    removed = removed_positions(before, after)
    if not removed:
        return
    notes = list(
        s.scalars(
            select(ReviewComment).where(
                ReviewComment.declaration_id == decl_id, ReviewComment.path.like(f"{kind}[%")
            )
        )
    )
    by_id = {str(n.id): n for n in notes}
    comments = [_note(n).comment() for n in notes]
    for index in sorted(removed, reverse=True):
        comments, orphaned = after_row_removed(comments, kind, index)
        for c in orphaned:
            note = by_id[c.id]
            if not note.resolved:
                note.resolved, note.resolved_by, note.resolved_at = True, who, now()
    for c in comments:
        by_id[c.id].path = c.path


def _note(n: ReviewComment) -> ReviewNote:
    return ReviewNote(
        n.id,
        n.path,
        n.text,
        n.author,
        aware(n.created_at),
        n.resolved,
        n.resolved_by,
        aware(n.resolved_at) if n.resolved_at else None,
    )


class ReviewMixin(StoreBase):
    # --- statuses -----------------------------------------------------------------------------

    def status(self, decl_id: int) -> Status:
        with self._unit() as s:
            return parse_status(self._record(s, decl_id).status)

    def set_status(
        self, decl_id: int, status: str | Status, note: str = "", *, alone: bool = False
    ) -> Transition | None:
        """Move the declaration to `status` (see `forms.review.status`), recorded in the history
        with who and when; None when it already has that status. `TransitionError` (a
        `ValueError`) for a move the workflow does not allow, such as sending a draft.
        `alone`: the user works alone, so a draft may go straight to approved."""
        target = parse_status(status)
        with self._unit() as s:
            rec = self._record(s, decl_id)
            current = parse_status(rec.status)
            if current is target:
                return None
            t = transition(current, target, by=self.who, at=aware(now()), note=note, alone=alone)
            self._record_transition(s, rec, t)
            return t

    def transitions(self, decl_id: int) -> list[Transition]:
        """Every status change of the declaration, oldest first."""
        with self._unit() as s:
            self._record(s, decl_id)
            query = (
                select(ChangeRecord)
                .where(ChangeRecord.declaration_id == decl_id, ChangeRecord.field == "status")
                .order_by(ChangeRecord.id)
            )
            out = []
            for c in s.scalars(query):
                if c.old is None or c.new is None:
                    continue
                out.append(
                    Transition(
                        parse_status(c.old),
                        parse_status(c.new),
                        c.user or "unknown user",
                        aware(c.at),
                        c.note or "",
                    )
                )
            return out

    # --- review comments ------------------------------------------------------------------------

    def add_review_comment(self, decl_id: int, path: str, text: str) -> int:
        """A reviewer's comment on the field at `path` (or a whole row, "smelters[3]"); returns
        its id. Commenting does not change the declaration's status."""
        if not path.strip() or not text.strip():
            raise ValueError("a review comment needs a path and a text")
        with self._unit() as s:
            rec = self._record(s, decl_id)
            note = ReviewComment(
                declaration_id=decl_id, path=path.strip(), text=text.strip(), author=self.user,
                created_at=now(), resolved=False,
            )  # fmt: skip
            s.add(note)
            self._log(s, rec, f"review:{path.strip()}", None, text.strip())
            s.flush()
            return note.id

    def resolve_review_comment(self, comment_id: int, resolved: bool = True) -> None:
        """Resolve (or reopen) a comment; who and when are kept. Resolving twice keeps the
        first resolution."""
        with self._unit() as s:
            note = s.get(ReviewComment, comment_id)
            if note is None:
                raise KeyError(f"no review comment {comment_id}")
            if resolved and not note.resolved:
                note.resolved, note.resolved_by, note.resolved_at = True, self.who, now()
            elif not resolved:
                note.resolved, note.resolved_by, note.resolved_at = False, None, None

    def review_comments(self, decl_id: int) -> list[ReviewNote]:
        with self._unit() as s:
            query = (
                select(ReviewComment)
                .where(ReviewComment.declaration_id == decl_id)
                .order_by(ReviewComment.id)
            )
            return [_note(n) for n in s.scalars(query)]

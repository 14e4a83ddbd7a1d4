"""The store's review workflow: statuses with who and when, and reviewers' comments on fields
and list rows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ChangeRecord, ReviewComment
from db.records import ReviewNote
from db.store_base import StoreBase, aware, now, parse_status
from forms.review.status import Status, Transition, transition

RowValues = tuple[str | None, ...]
_ROW_PATH = re.compile(r"^(smelters|products|mines)\[(\d+)\](.*)$")


def matched_row_ids(
    before: Sequence[RowValues], before_ids: Sequence[str | None], after: Sequence[RowValues]
) -> tuple[list[str | None], set[str]]:
    """The stable ids of the rows `after` (None: a new row) and the ids of the rows gone, when
    the list `before` (with `before_ids`) became `after`: unchanged rows keep their id wherever
    they moved to, a row edited in place keeps its id, an inserted row has none yet."""
    out: list[str | None] = [None] * len(after)
    gone: set[str] = set()
    matcher = SequenceMatcher(None, list(before), list(after), autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("equal", "replace"):
            paired = min(i2 - i1, j2 - j1)
            for k in range(paired):
                out[j1 + k] = before_ids[i1 + k]
            gone.update(i for i in before_ids[i1 + paired : i2] if i)
        elif op == "delete":
            gone.update(i for i in before_ids[i1:i2] if i)
    return out, gone


def follow_row_comments(
    s: Session,
    decl_id: int,
    kind: str,
    before_ids: Sequence[str | None],
    after_ids: Sequence[str],
    gone: set[str],
    who: str,
) -> None:
    """Comments on rows of `kind` follow their row (by its stable id) to its new position; a
    comment on a removed row is resolved by the removal (`row_removed`), not moved to the row
    that took its place."""
    position = {row_id: i for i, row_id in enumerate(after_ids)}
    notes = s.scalars(
        select(ReviewComment).where(
            ReviewComment.declaration_id == decl_id, ReviewComment.path.like(f"{kind}[%")
        )
    )
    for note in notes:
        m = _ROW_PATH.match(note.path)
        if m is None or note.row_removed:
            continue
        if note.row_id is None:  # made before rows had ids: anchor it where it was
            at = int(m[2])
            note.row_id = before_ids[at] if at < len(before_ids) else None
        if note.row_id in gone:
            note.row_removed = True
            if not note.resolved:
                note.resolved, note.resolved_by, note.resolved_at = True, who, now()
        elif note.row_id in position:
            note.path = f"{kind}[{position[note.row_id]}]{m[3]}"


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
        bool(n.row_removed),
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
                created_at=now(), resolved=False, row_id=self._row_id(s, decl_id, path.strip()),
            )  # fmt: skip
            s.add(note)
            self._log(s, rec, f"review:{path.strip()}", None, text.strip())
            s.flush()
            return note.id

    @staticmethod
    def _row_id(s: Session, decl_id: int, path: str) -> str | None:
        """The stable id of the list row `path` names ("smelters[3].country"), if any."""
        from db.mapping import ROW_KINDS

        m = _ROW_PATH.match(path)
        if m is None:
            return None
        model = ROW_KINDS[m[1]][0]
        row = s.scalars(
            select(model).where(
                model.declaration_id == decl_id,  # type: ignore[attr-defined]
                model.position == int(m[2]),  # type: ignore[attr-defined]
            )
        ).first()
        return getattr(row, "row_id", None)

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

"""The store's review notes: a reviewer's comments on fields of a declaration."""

from __future__ import annotations

from sqlalchemy import select

from db.models import ReviewComment
from db.records import ReviewNote
from db.store_base import StoreBase, aware, now


class ReviewMixin(StoreBase):
    def add_review_comment(self, decl_id: int, path: str, text: str) -> int:
        """A reviewer's comment on the field at `path`; returns its id."""
        with self._unit() as s:
            rec = self._record(s, decl_id)
            note = ReviewComment(
                declaration_id=decl_id, path=path, text=text.strip(), author=self.user,
                created_at=now(), resolved=False,
            )  # fmt: skip
            s.add(note)
            self._log(s, rec, f"review:{path}", None, text.strip())
            s.flush()
            return note.id

    def resolve_review_comment(self, comment_id: int, resolved: bool = True) -> None:
        with self._unit() as s:
            note = s.get(ReviewComment, comment_id)
            if note is None:
                raise KeyError(f"no review comment {comment_id}")
            note.resolved = resolved

    def review_comments(self, decl_id: int) -> list[ReviewNote]:
        with self._unit() as s:
            query = (
                select(ReviewComment)
                .where(ReviewComment.declaration_id == decl_id)
                .order_by(ReviewComment.id)
            )
            return [
                ReviewNote(n.id, n.path, n.text, n.author, aware(n.created_at), n.resolved)
                for n in s.scalars(query)
            ]

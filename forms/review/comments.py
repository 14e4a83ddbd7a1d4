"""Review comments on declaration fields and list rows, and pure helpers over a set of them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from forms.fieldpath import FieldPath


@dataclass(frozen=True)
class ReviewComment:
    """A reviewer's comment on one field or one list row.

    Attributes:
        id: stable identifier (a uuid4 hex string made by `new_comment`).
        path: a field path as `forms.fieldpath` names it ("company.name",
            "answers.Tin.2.answer") or a whole list row ("smelters[3]").
        author: who wrote it; text: what it says; created_at: when (timezone-aware).
        resolved_by / resolved_at: who resolved it and when, None while it is open.
    """

    id: str
    path: str
    author: str
    text: str
    created_at: datetime
    resolved_by: str | None = None
    resolved_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "author": self.author,
            "text": self.text,
            "created_at": self.created_at.isoformat(),
            "resolved_by": self.resolved_by,
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReviewComment:
        resolved_at = data.get("resolved_at")
        return cls(
            id=str(data["id"]),
            path=str(data["path"]),
            author=str(data["author"]),
            text=str(data["text"]),
            created_at=datetime.fromisoformat(data["created_at"]),
            resolved_by=data.get("resolved_by"),
            resolved_at=datetime.fromisoformat(resolved_at) if resolved_at else None,
        )


def new_comment(path: str, author: str, text: str, at: datetime) -> ReviewComment:
    """A new open comment. Raises `ValueError` for an empty path, author or text (the UI keeps
    the "Add" button disabled until all three are given)."""
    if not path.strip() or not author.strip() or not text.strip():
        raise ValueError("a review comment needs a path, an author and a text")
    return ReviewComment(uuid.uuid4().hex, path.strip(), author.strip(), text.strip(), at)


def resolve(comment: ReviewComment, by: str, at: datetime) -> ReviewComment:
    """`comment`, resolved by `by` at `at`. Resolving a resolved comment keeps the first
    resolution (two people clicking "Resolve" is not an error)."""
    if not comment.is_open:
        return comment
    return replace(comment, resolved_by=by.strip(), resolved_at=at)


def reopen(comment: ReviewComment) -> ReviewComment:
    return replace(comment, resolved_by=None, resolved_at=None)


def row_path(path: str) -> str | None:
    """The list row a field path belongs to ("smelters[3].country" → "smelters[3]")."""
    parsed = FieldPath.try_parse(path)
    row = parsed.row_path if parsed else None
    return str(row) if row else None


def applies_to(comment: ReviewComment, field_path: str) -> bool:
    """Whether `comment` should be shown beside the field `field_path`: a comment on a row
    shows beside every field of that row."""
    return comment.path == field_path or comment.path == row_path(field_path)


def open_comments(comments: Iterable[ReviewComment]) -> list[ReviewComment]:
    """The open comments, oldest first."""
    return sorted((c for c in comments if c.is_open), key=lambda c: c.created_at)


def open_by_path(comments: Iterable[ReviewComment]) -> dict[str, list[ReviewComment]]:
    """Open comments grouped by the path they were written on, each group oldest first."""
    out: dict[str, list[ReviewComment]] = {}
    for c in open_comments(comments):
        out.setdefault(c.path, []).append(c)
    return out


def comments_for(
    comments: Iterable[ReviewComment], field_path: str, *, include_resolved: bool = False
) -> list[ReviewComment]:
    """The comments to show beside `field_path` (its own and its row's), oldest first."""
    return sorted(
        (c for c in comments if applies_to(c, field_path) and (include_resolved or c.is_open)),
        key=lambda c: c.created_at,
    )


def after_row_removed(
    comments: Iterable[ReviewComment], table: str, index: int
) -> tuple[list[ReviewComment], list[ReviewComment]]:
    """(kept, orphaned) after row `index` of `table` ("smelters") was deleted: in `kept`,
    comments on later rows have moved up one row; `orphaned` are the comments on the deleted
    row, which now name no row (the store resolves or deletes them)."""
    kept, orphaned = [], []
    for c in comments:
        p = FieldPath.try_parse(c.path)
        row = p.index if p is not None and p.section == table else None
        if p is not None and row == index:
            orphaned.append(c)
            continue
        if p is not None and row is not None and row > index:
            c = replace(c, path=str(p.moved_row(row - 1)))
        kept.append(c)
    return kept, orphaned

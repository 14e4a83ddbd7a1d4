"""The plain objects the store hands out (never ORM rows): summaries, declarations, changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from forms.declaration import Declaration
from forms.review.comments import ReviewComment
from forms.review.requests import Customer, DueStatus, Request
from forms.templates.versioning import revision_label


@dataclass(slots=True)
class DeclarationSummary:
    """One line of the home page's list (`db.summaries`): `warnings` counts red flags,
    `source_file` names the workbook a received declaration came from (None: made here),
    `created_at` is when it was made or received, `revision` the one summarised."""

    id: int
    family: str
    version: str
    company_name: str | None
    customer: str | None
    period: str | None
    status: str
    errors: int
    warnings: int
    updated_at: datetime
    deleted: bool
    source_file: str | None = None
    """The workbook it was read from (None: made in the app)."""
    created_at: datetime | None = None
    """When it was made, or received (read from `source_file`)."""
    received: bool = False
    """A supplier's declaration (see `is_received`), not one of the user's own."""
    revision: int = 0
    """The declaration's revision the summary was made from.

    Not frozen: a frozen dataclass sets each field through `object.__setattr__`, four times the
    cost of making one, and the list makes ten thousand."""


def is_received(source_file: str | None, company: str | None, own_company: str | None) -> bool:
    """Whether a declaration is a supplier's: read from a workbook and naming another company
    than the user's own (a workbook of the user's own company is their own declaration)."""
    return received_test(own_company)(source_file, company)


def received_test(own_company: str | None) -> Callable[[str | None, str | None], bool]:
    """`is_received(source_file, company, own_company)` for many rows, `own_company` folded
    once (names compared with their spaces collapsed, case folded)."""
    if not own_company:
        return lambda source, _company: source is not None
    own = " ".join(own_company.split()).casefold()
    return lambda source, company: (
        source is not None and " ".join((company or "").split()).casefold() != own
    )


@dataclass
class StoredDeclaration:
    """A declaration as stored, with what the store knows about it."""

    id: int
    declaration: Declaration
    customer: str | None
    period: str | None
    status: str
    template_sha256: str | None
    source_file: str | None
    source_sha256: str | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Change:
    """One entry of a declaration's history."""

    field: str
    old: str | None
    new: str | None
    at: datetime
    user: str | None
    note: str | None = None


@dataclass(frozen=True)
class TemplateInfo:
    """An official template workbook kept in the data folder."""

    sha256: str
    family: str
    version: str
    file_name: str
    added_at: datetime
    path: Path
    layout_version: str | None = None
    """A revision newer than every definition: the known layout it was verified to have."""

    @property
    def label(self) -> str:
        """ "CMRT 6.5", or "CMRT 6.7 — layout of CMRT 6.6, verified"."""
        return revision_label(self.family, self.version, self.layout_version)


@dataclass(frozen=True)
class ReviewNote:
    """A review comment as stored; `comment()` is the same as `forms.review.ReviewComment`."""

    id: int
    path: str
    text: str
    author: str | None
    created_at: datetime
    resolved: bool
    resolved_by: str | None = None
    resolved_at: datetime | None = None
    row_removed: bool = False
    """A comment on a list row that was removed: resolved by the removal."""

    def comment(self) -> ReviewComment:
        """The domain's view (its id is this note's id as text)."""
        resolved_at = self.resolved_at or (self.created_at if self.resolved else None)
        return ReviewComment(
            id=str(self.id),
            path=self.path,
            author=self.author or "unknown",
            text=self.text,
            created_at=self.created_at,
            resolved_by=(self.resolved_by or "unknown") if self.resolved else None,
            resolved_at=resolved_at,
        )


@dataclass(frozen=True)
class StoredCustomer:
    id: int
    name: str
    contact_email: str | None

    @property
    def customer(self) -> Customer:
        return Customer(self.name, self.contact_email or "")


@dataclass(frozen=True)
class StoredRequest:
    """A customer request as stored: its id and the domain object."""

    id: int
    customer_id: int
    request: Request


@dataclass(frozen=True)
class DueRequest:
    """An open request and how urgent it is (`forms.review.due_status`)."""

    stored: StoredRequest
    due: DueStatus

"""The plain objects the store hands out (never ORM rows): summaries, declarations, changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from forms.declaration import Declaration


@dataclass(frozen=True)
class DeclarationSummary:
    """One line of the home page's list."""

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


@dataclass(frozen=True)
class TemplateInfo:
    """An official template workbook kept in the data folder."""

    sha256: str
    family: str
    version: str
    file_name: str
    added_at: datetime
    path: Path


@dataclass(frozen=True)
class ReviewNote:
    id: int
    path: str
    text: str
    author: str | None
    created_at: datetime
    resolved: bool

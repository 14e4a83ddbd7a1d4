"""The table of declaration summaries: one row per declaration, kept by the store at each write.

A row holds what the home list and `mrtdesk list` show (status, counts of errors and red flags,
company, customer, period, template) for the declaration's `revision`, so that the list is
one query instead of loading and checking every declaration.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base

Str = str | None


class SummaryRecord(Base):
    __tablename__ = "declaration_summaries"
    __table_args__ = (Index("ix_declaration_summaries_listed", "deleted", "updated_at"),)
    declaration_id: Mapped[int] = mapped_column(
        ForeignKey("declarations.id", ondelete="CASCADE"), primary_key=True
    )
    revision: Mapped[int]
    """The declaration's revision this summary was made from."""
    family: Mapped[str]
    version: Mapped[str]
    company_name: Mapped[Str]
    customer: Mapped[Str]
    period: Mapped[Str]
    status: Mapped[str]
    errors: Mapped[int]
    warnings: Mapped[int]
    """Red flags: findings that are not errors."""
    source_file: Mapped[Str]
    """The workbook it was imported from (a received file), None when made here."""
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    deleted: Mapped[bool]

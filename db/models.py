"""The SQLAlchemy tables of the store: declarations, their parts, history, templates, references.

The first schema is frozen in `db/migrations/versions/0001_first_schema.py`; every change here
needs a new migration (and a step in `tests/unit/db/test_migrations.py`).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

Str = str | None


def new_row_id() -> str:
    """A stable id for a new list row (unique in practice: 64 random bits)."""
    return uuid.uuid4().hex[:16]


class Base(DeclarativeBase):
    pass


class CompanyColumns:
    """The company-information fields of a declaration (`forms.declaration.Company`)."""

    name: Mapped[Str]
    scope: Mapped[Str]
    scope_description: Mapped[Str]
    unique_id: Mapped[Str]
    unique_id_authority: Mapped[Str]
    address: Mapped[Str]
    contact_name: Mapped[Str]
    contact_email: Mapped[Str]
    contact_phone: Mapped[Str]
    authorizer_name: Mapped[Str]
    authorizer_title: Mapped[Str]
    authorizer_email: Mapped[Str]
    authorizer_phone: Mapped[Str]
    effective_date: Mapped[Str]


class CompanyProfile(CompanyColumns, Base):
    """The user's own company, entered once and reused by new declarations (one row, id 1)."""

    __tablename__ = "company_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    updated_at: Mapped[datetime]


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    contact_email: Mapped[Str]


class CustomerRequest(Base):
    """What a customer asked for in one period (`forms.review.requests.Request`)."""

    __tablename__ = "customer_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    templates: Mapped[str] = mapped_column(Text)
    """JSON array of [family, version, [minerals…]]."""
    period: Mapped[str]
    scope: Mapped[Str]
    part_numbers: Mapped[str] = mapped_column(Text, default="[]")
    """JSON array of the customer's part numbers."""
    due_date: Mapped[date]
    cycle_months: Mapped[int] = mapped_column(default=6)
    sent_on: Mapped[date | None]
    created_at: Mapped[datetime]

    customer: Mapped[Customer] = relationship()


class Template(Base):
    """An official RMI workbook the user added (a copy is kept in the data folder by hash)."""

    __tablename__ = "templates"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    family: Mapped[str]
    version: Mapped[str]
    file_name: Mapped[str]
    added_at: Mapped[datetime]
    layout_version: Mapped[Str]
    """A revision newer than every definition: the known layout it was verified to have."""


class LookupRowRecord(Base):
    """One row of a template's Smelter Look-up (`forms.reference_data.LookupRow`)."""

    __tablename__ = "smelter_lookup"
    id: Mapped[int] = mapped_column(primary_key=True)
    template_sha256: Mapped[str] = mapped_column(
        ForeignKey("templates.sha256", ondelete="CASCADE"), index=True
    )
    metal: Mapped[str]
    alias: Mapped[str]
    standard_name: Mapped[Str]
    country: Mapped[Str]
    cid: Mapped[Str]
    source: Mapped[Str]
    street: Mapped[Str]
    city: Mapped[Str]
    state: Mapped[Str]


class CountryRecord(Base):
    __tablename__ = "countries"
    template_sha256: Mapped[str] = mapped_column(
        ForeignKey("templates.sha256", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str]


class TranslationRecord(Base):
    """A label of a template in one display language."""

    __tablename__ = "translations"
    template_sha256: Mapped[str] = mapped_column(
        ForeignKey("templates.sha256", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class DeclarationRecord(CompanyColumns, Base):
    """One declaration; the company fields are columns, the rest hang off it."""

    __tablename__ = "declarations"
    id: Mapped[int] = mapped_column(primary_key=True)
    family: Mapped[str]
    version: Mapped[str]
    minerals_in_scope: Mapped[str] = mapped_column(Text, default="[]")
    """JSON array, in the declaration's order."""
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    period: Mapped[Str]
    status: Mapped[str] = mapped_column(default="draft")
    template_sha256: Mapped[Str]
    source_file: Mapped[Str]
    source_sha256: Mapped[Str]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]
    revision: Mapped[int] = mapped_column(default=0)

    customer: Mapped[Customer | None] = relationship()


class AnswerRecord(Base):
    """An answer and its comment. `section` is "answers" (key1 mineral, key2 question number),
    "company_answers" (key1 letter, key2 "") or "company_answers_by_mineral" (letter, mineral)."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("declaration_id", "section", "key1", "key2"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(ForeignKey("declarations.id", ondelete="CASCADE"))
    section: Mapped[str]
    key1: Mapped[str]
    key2: Mapped[str]
    position: Mapped[int]
    answer: Mapped[Str]
    comment: Mapped[Str]


class SmelterRecord(Base):
    __tablename__ = "smelters"
    __table_args__ = (UniqueConstraint("declaration_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(ForeignKey("declarations.id", ondelete="CASCADE"))
    position: Mapped[int]
    row_id: Mapped[Str] = mapped_column(default=new_row_id)
    """Stable while the row lives (edits, moves); review comments on the row point to it."""
    metal: Mapped[Str]
    lookup_name: Mapped[Str]
    name: Mapped[Str]
    country: Mapped[Str]
    smelter_id: Mapped[Str]
    id_source: Mapped[Str]
    street: Mapped[Str]
    city: Mapped[Str]
    state: Mapped[Str]
    contact_name: Mapped[Str]
    contact_email: Mapped[Str]
    next_steps: Mapped[Str]
    mine_names: Mapped[Str]
    mine_countries: Mapped[Str]
    recycled_scrap: Mapped[Str]
    comments: Mapped[Str]
    id_input: Mapped[Str]


class MineRecord(Base):
    __tablename__ = "mines"
    __table_args__ = (UniqueConstraint("declaration_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(ForeignKey("declarations.id", ondelete="CASCADE"))
    position: Mapped[int]
    row_id: Mapped[Str] = mapped_column(default=new_row_id)
    """Stable while the row lives (edits, moves); review comments on the row point to it."""
    metal: Mapped[Str]
    smelter_name: Mapped[Str]
    mine_name: Mapped[Str]
    mine_id: Mapped[Str]
    id_source: Mapped[Str]
    country: Mapped[Str]
    street: Mapped[Str]
    city: Mapped[Str]
    state: Mapped[Str]
    contact_name: Mapped[Str]
    contact_email: Mapped[Str]
    next_steps: Mapped[Str]
    comments: Mapped[Str]


class ProductRecord(Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("declaration_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(ForeignKey("declarations.id", ondelete="CASCADE"))
    position: Mapped[int]
    row_id: Mapped[Str] = mapped_column(default=new_row_id)
    """Stable while the row lives (edits, moves); review comments on the row point to it."""
    number: Mapped[Str]
    name: Mapped[Str]
    requester_number: Mapped[Str]
    requester_name: Mapped[Str]
    comments: Mapped[Str]


class ReviewComment(Base):
    """A reviewer's comment on one field of a declaration."""

    __tablename__ = "review_comments"
    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(
        ForeignKey("declarations.id", ondelete="CASCADE"), index=True
    )
    path: Mapped[str]
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[Str]
    created_at: Mapped[datetime]
    resolved: Mapped[bool] = mapped_column(default=False)
    resolved_by: Mapped[Str]
    resolved_at: Mapped[datetime | None]
    row_id: Mapped[Str]
    """For a comment on a list row: the row's stable id (its path follows the row)."""
    row_removed: Mapped[bool] = mapped_column(default=False)
    """The commented row was removed: the comment was resolved by the removal."""


class ConfirmRecord(Base):
    """A field the user must confirm again after "start from previous" (gone once edited)."""

    __tablename__ = "confirm_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(
        ForeignKey("declarations.id", ondelete="CASCADE"), index=True
    )
    path: Mapped[str]
    reason: Mapped[str]


class ChangeRecord(Base):
    """One committed edit: which field, the old and new value, when and by whom."""

    __tablename__ = "changes"
    __table_args__ = (Index("ix_changes_declaration", "declaration_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(ForeignKey("declarations.id", ondelete="CASCADE"))
    field: Mapped[str]
    old: Mapped[Str] = mapped_column(Text)
    new: Mapped[Str] = mapped_column(Text)
    at: Mapped[datetime]
    user: Mapped[Str]
    note: Mapped[Str] = mapped_column(Text)

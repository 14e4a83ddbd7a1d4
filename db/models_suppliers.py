"""The tables of the supplier loop: the user's own suppliers, campaigns (what was asked for a
period, by when) and each supplier's entry in a campaign (asked, received, verdict…)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class SupplierRecord(Base):
    __tablename__ = "suppliers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    contacts: Mapped[str] = mapped_column(Text)  # JSON [[name, email], …]
    metals: Mapped[str] = mapped_column(Text)  # JSON [metal, …]
    parts: Mapped[str] = mapped_column(Text)  # JSON [part, …]
    language: Mapped[str]
    notes: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class CampaignRecord(Base):
    __tablename__ = "campaigns"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    period: Mapped[str]
    due_date: Mapped[date]
    templates: Mapped[str] = mapped_column(Text)  # JSON [[family, version, accepted_from], …]
    instructions: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class CampaignEntryRecord(Base):
    __tablename__ = "campaign_entries"
    __table_args__ = (UniqueConstraint("campaign_id", "supplier_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), index=True
    )
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="CASCADE"))
    state: Mapped[str]
    asked_on: Mapped[date | None]
    reminded_on: Mapped[date | None]
    received_on: Mapped[date | None]
    file_path: Mapped[str | None] = mapped_column(Text)
    verdict: Mapped[str | None]
    reasons: Mapped[str | None] = mapped_column(Text)  # JSON [reason text, …]

"""The tables of the imported RMI facility list: the list itself (its date, where it came
from, which columns it had) and one row per facility. Re-importing replaces both."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class FacilityListRecord(Base):
    __tablename__ = "facility_lists"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_name: Mapped[str]
    as_of: Mapped[date]
    imported_at: Mapped[datetime]
    columns: Mapped[str] = mapped_column(Text)  # JSON: field -> header text
    missing: Mapped[str] = mapped_column(Text)  # JSON: labels of fields not found


class FacilityRecord(Base):
    __tablename__ = "facilities"
    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(
        ForeignKey("facility_lists.id", ondelete="CASCADE"), index=True
    )
    cid: Mapped[str] = mapped_column(index=True)
    name: Mapped[str]
    metal: Mapped[str]
    state: Mapped[str]
    country: Mapped[str]
    status_text: Mapped[str]
    last_assessment: Mapped[date | None]
    cycle_years: Mapped[int | None]
    programme: Mapped[str]

"""The table of customer profiles (`forms.review.profiles.CustomerProfile`), one per customer."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class CustomerProfileRecord(Base):
    """What one customer accepts and expects, as the profile's JSON (`CustomerProfile.to_json`)."""

    __tablename__ = "customer_profiles"
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    doc: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]

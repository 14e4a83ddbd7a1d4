"""The team database's own table: settings the whole team shares (e.g. self-approval)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class TeamSetting(Base):
    """One team-wide setting; "allow_self_approval" = "yes" lets a reviewer approve their own
    last edit."""

    __tablename__ = "team_settings"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str]

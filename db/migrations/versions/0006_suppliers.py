"""Suppliers and campaigns

Revision ID: 0006_suppliers
Revises: 0005_customer_profiles
Create Date: 2026-12-01 03:00:00

The user's own suppliers, campaigns of requests to them, and each supplier's entry in a
campaign (asked, reminded, received, the intake verdict).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_suppliers"
down_revision = "0005_customer_profiles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "suppliers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, unique=True),
        sa.Column("contacts", sa.Text(), nullable=False),
        sa.Column("metals", sa.Text(), nullable=False),
        sa.Column("parts", sa.Text(), nullable=False),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("period", sa.String(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("templates", sa.Text(), nullable=False),
        sa.Column("instructions", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "campaign_entries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "campaign_id",
            sa.Integer(),
            sa.ForeignKey("campaigns.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "supplier_id",
            sa.Integer(),
            sa.ForeignKey("suppliers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=True),
        sa.Column("reminded_on", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("file_path", sa.Text(), nullable=True),
        sa.Column("verdict", sa.String(), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=True),
        sa.UniqueConstraint("campaign_id", "supplier_id"),
    )
    op.create_index("ix_campaign_entries_campaign_id", "campaign_entries", ["campaign_id"])


def downgrade() -> None:
    op.drop_index("ix_campaign_entries_campaign_id", "campaign_entries")
    op.drop_table("campaign_entries")
    op.drop_table("campaigns")
    op.drop_table("suppliers")

"""RMI facility list

Revision ID: 0007_facilities
Revises: 0006_suppliers
Create Date: 2026-12-01 02:30:00

The imported RMI facility list (Conformant, Active, cross-recognised smelters and refiners):
one row for the list, one per facility.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_facilities"
down_revision = "0006_suppliers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "facility_lists",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_name", sa.String(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("columns", sa.Text(), nullable=False),
        sa.Column("missing", sa.Text(), nullable=False),
    )
    op.create_table(
        "facilities",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "list_id",
            sa.Integer(),
            sa.ForeignKey("facility_lists.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("cid", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("metal", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("status_text", sa.String(), nullable=False),
        sa.Column("last_assessment", sa.Date(), nullable=True),
        sa.Column("cycle_years", sa.Integer(), nullable=True),
        sa.Column("programme", sa.String(), nullable=False),
    )
    op.create_index("ix_facilities_list_id", "facilities", ["list_id"])
    op.create_index("ix_facilities_cid", "facilities", ["cid"])


def downgrade() -> None:
    op.drop_index("ix_facilities_cid", "facilities")
    op.drop_index("ix_facilities_list_id", "facilities")
    op.drop_table("facilities")
    op.drop_table("facility_lists")

"""Customer profiles and verified newer template revisions

Revision ID: 0005_customer_profiles
Revises: 0004_summary
Create Date: 2026-12-01 02:00:00

Each customer can have a profile (the families and minimum versions they accept, due dates,
contact, notes) kept as JSON; a template of a revision newer than every definition records the
known layout it was verified to match.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_customer_profiles"
down_revision = "0004_summary"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("templates") as batch_op:
        batch_op.add_column(sa.Column("layout_version", sa.String(), nullable=True))
    op.create_table(
        "customer_profiles",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("doc", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("customer_id"),
    )


def downgrade() -> None:
    op.drop_table("customer_profiles")
    with op.batch_alter_table("templates") as batch_op:
        batch_op.drop_column("layout_version")

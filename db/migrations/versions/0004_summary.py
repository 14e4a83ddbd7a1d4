"""Declaration summaries

Revision ID: 0004_summary
Revises: 0003_row_ids
Create Date: 2026-12-01 02:00:00

One row per declaration with what the home list shows (status, counts of errors and red flags,
company, customer, period, template, source file), kept by the store at every write; the
summaries of the declarations already stored are made here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_summary"
down_revision = "0003_row_ids"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "declaration_summaries",
        sa.Column("declaration_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("family", sa.String(), nullable=False),
        sa.Column("version", sa.String(), nullable=False),
        sa.Column("company_name", sa.String(), nullable=True),
        sa.Column("customer", sa.String(), nullable=True),
        sa.Column("period", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.Integer(), nullable=False),
        sa.Column("source_file", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["declaration_id"], ["declarations.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("declaration_id"),
    )
    with op.batch_alter_table("declaration_summaries") as batch_op:
        batch_op.create_index(
            "ix_declaration_summaries_listed", ["deleted", "updated_at"], unique=False
        )
    from db.summaries import backfill  # the checks decide the counts: the app's own code

    backfill(op.get_bind())


def downgrade() -> None:
    op.drop_table("declaration_summaries")

"""Review workflow and customer requests

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 09:00:00

Customers get a contact e-mail; review comments say who resolved them and when; history rows
can carry a note (why a status changed); customer requests get their own table; statuses are
stored as `forms.review.Status` values ("in_review", not "in review").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch_op:
        batch_op.add_column(sa.Column("contact_email", sa.String(), nullable=True))
    with op.batch_alter_table("review_comments") as batch_op:
        batch_op.add_column(sa.Column("resolved_by", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("resolved_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("changes") as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
    op.create_table(
        "customer_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("templates", sa.Text(), nullable=False),
        sa.Column("period", sa.String(), nullable=False),
        sa.Column("scope", sa.String(), nullable=True),
        sa.Column("part_numbers", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("cycle_months", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("customer_requests") as batch_op:
        batch_op.create_index("ix_customer_requests_customer_id", ["customer_id"], unique=False)
    for label, value in (("in review", "in_review"), ("changes requested", "changes_requested")):
        op.execute(
            sa.text("UPDATE declarations SET status = :v WHERE status = :l").bindparams(
                v=value, l=label
            )
        )
        op.execute(
            sa.text(
                "UPDATE changes SET old = CASE WHEN old = :l THEN :v ELSE old END, "
                "new = CASE WHEN new = :l THEN :v ELSE new END WHERE field = 'status'"
            ).bindparams(v=value, l=label)
        )


def downgrade() -> None:
    op.drop_table("customer_requests")
    with op.batch_alter_table("changes") as batch_op:
        batch_op.drop_column("note")
    with op.batch_alter_table("review_comments") as batch_op:
        batch_op.drop_column("resolved_at")
        batch_op.drop_column("resolved_by")
    with op.batch_alter_table("customers") as batch_op:
        batch_op.drop_column("contact_email")

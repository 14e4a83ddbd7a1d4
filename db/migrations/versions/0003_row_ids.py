"""Stable row ids

Revision ID: 0003_row_ids
Revises: 0002
Create Date: 2026-12-01 02:10:00

Every Smelter, Product and Mine List row gets a stable id (kept while the row is edited or moved,
gone with the row); review comments on a row are anchored to that id, and a comment whose row
was removed says so (`row_removed`). Existing rows get ids; existing row comments are anchored
to the row at their position.
"""

from __future__ import annotations

import re
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003_row_ids"
down_revision = "0002"
branch_labels = None
depends_on = None

_TABLES = ("smelters", "products", "mines")
_ROW_PATH = re.compile(r"^(smelters|products|mines)\[(\d+)\]")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("row_id", sa.String(), nullable=True))
    with op.batch_alter_table("review_comments") as batch_op:
        batch_op.add_column(sa.Column("row_id", sa.String(), nullable=True))
        batch_op.add_column(
            sa.Column("row_removed", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    bind = op.get_bind()
    ids: dict[tuple[str, int, int], str] = {}
    for table in _TABLES:
        rows = bind.execute(sa.text(f"SELECT id, declaration_id, position FROM {table}"))
        for pk, decl_id, position in list(rows):
            row_id = uuid.uuid4().hex[:16]
            ids[(table, decl_id, position)] = row_id
            bind.execute(
                sa.text(f"UPDATE {table} SET row_id = :r WHERE id = :i").bindparams(r=row_id, i=pk)
            )
    for pk, decl_id, path in list(
        bind.execute(sa.text("SELECT id, declaration_id, path FROM review_comments"))
    ):
        m = _ROW_PATH.match(path)
        anchor = ids.get((m[1], decl_id, int(m[2]))) if m else None
        if anchor is not None:
            bind.execute(
                sa.text("UPDATE review_comments SET row_id = :r WHERE id = :i").bindparams(
                    r=anchor, i=pk
                )
            )


def downgrade() -> None:
    with op.batch_alter_table("review_comments") as batch_op:
        batch_op.drop_column("row_removed")
        batch_op.drop_column("row_id")
    for table in _TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("row_id")

"""First schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-29 04:29:21.843431
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('company_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('name', sa.String(), nullable=True),
    sa.Column('scope', sa.String(), nullable=True),
    sa.Column('scope_description', sa.String(), nullable=True),
    sa.Column('unique_id', sa.String(), nullable=True),
    sa.Column('unique_id_authority', sa.String(), nullable=True),
    sa.Column('address', sa.String(), nullable=True),
    sa.Column('contact_name', sa.String(), nullable=True),
    sa.Column('contact_email', sa.String(), nullable=True),
    sa.Column('contact_phone', sa.String(), nullable=True),
    sa.Column('authorizer_name', sa.String(), nullable=True),
    sa.Column('authorizer_title', sa.String(), nullable=True),
    sa.Column('authorizer_email', sa.String(), nullable=True),
    sa.Column('authorizer_phone', sa.String(), nullable=True),
    sa.Column('effective_date', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('templates',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('family', sa.String(), nullable=False),
    sa.Column('version', sa.String(), nullable=False),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.create_table('countries',
    sa.Column('template_sha256', sa.String(length=64), nullable=False),
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['template_sha256'], ['templates.sha256'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('template_sha256', 'code')
    )
    op.create_table('declarations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('family', sa.String(), nullable=False),
    sa.Column('version', sa.String(), nullable=False),
    sa.Column('minerals_in_scope', sa.Text(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('period', sa.String(), nullable=True),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('template_sha256', sa.String(), nullable=True),
    sa.Column('source_file', sa.String(), nullable=True),
    sa.Column('source_sha256', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=True),
    sa.Column('scope', sa.String(), nullable=True),
    sa.Column('scope_description', sa.String(), nullable=True),
    sa.Column('unique_id', sa.String(), nullable=True),
    sa.Column('unique_id_authority', sa.String(), nullable=True),
    sa.Column('address', sa.String(), nullable=True),
    sa.Column('contact_name', sa.String(), nullable=True),
    sa.Column('contact_email', sa.String(), nullable=True),
    sa.Column('contact_phone', sa.String(), nullable=True),
    sa.Column('authorizer_name', sa.String(), nullable=True),
    sa.Column('authorizer_title', sa.String(), nullable=True),
    sa.Column('authorizer_email', sa.String(), nullable=True),
    sa.Column('authorizer_phone', sa.String(), nullable=True),
    sa.Column('effective_date', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('smelter_lookup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_sha256', sa.String(length=64), nullable=False),
    sa.Column('metal', sa.String(), nullable=False),
    sa.Column('alias', sa.String(), nullable=False),
    sa.Column('standard_name', sa.String(), nullable=True),
    sa.Column('country', sa.String(), nullable=True),
    sa.Column('cid', sa.String(), nullable=True),
    sa.Column('source', sa.String(), nullable=True),
    sa.Column('street', sa.String(), nullable=True),
    sa.Column('city', sa.String(), nullable=True),
    sa.Column('state', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['template_sha256'], ['templates.sha256'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('smelter_lookup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_smelter_lookup_template_sha256'), ['template_sha256'], unique=False)

    op.create_table('translations',
    sa.Column('template_sha256', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['template_sha256'], ['templates.sha256'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('template_sha256', 'language', 'key')
    )
    op.create_table('answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(), nullable=False),
    sa.Column('key1', sa.String(), nullable=False),
    sa.Column('key2', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('answer', sa.String(), nullable=True),
    sa.Column('comment', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['declaration_id'], ['declarations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('declaration_id', 'section', 'key1', 'key2')
    )
    op.create_table('changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('old', sa.Text(), nullable=True),
    sa.Column('new', sa.Text(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['declaration_id'], ['declarations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.create_index('ix_changes_declaration', ['declaration_id', 'id'], unique=False)

    op.create_table('confirm_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.String(), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['declaration_id'], ['declarations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('confirm_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_confirm_items_declaration_id'), ['declaration_id'], unique=False)

    op.create_table('mines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('metal', sa.String(), nullable=True),
    sa.Column('smelter_name', sa.String(), nullable=True),
    sa.Column('mine_name', sa.String(), nullable=True),
    sa.Column('mine_id', sa.String(), nullable=True),
    sa.Column('id_source', sa.String(), nullable=True),
    sa.Column('country', sa.String(), nullable=True),
    sa.Column('street', sa.String(), nullable=True),
    sa.Column('city', sa.String(), nullable=True),
    sa.Column('state', sa.String(), nullable=True),
    sa.Column('contact_name', sa.String(), nullable=True),
    sa.Column('contact_email', sa.String(), nullable=True),
    sa.Column('next_steps', sa.String(), nullable=True),
    sa.Column('comments', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['declaration_id'], ['declarations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('declaration_id', 'position')
    )
    op.create_table('products',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(), nullable=True),
    sa.Column('name', sa.String(), nullable=True),
    sa.Column('requester_number', sa.String(), nullable=True),
    sa.Column('requester_name', sa.String(), nullable=True),
    sa.Column('comments', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['declaration_id'], ['declarations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('declaration_id', 'position')
    )
    op.create_table('review_comments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.String(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['declaration_id'], ['declarations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('review_comments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_comments_declaration_id'), ['declaration_id'], unique=False)

    op.create_table('smelters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('metal', sa.String(), nullable=True),
    sa.Column('lookup_name', sa.String(), nullable=True),
    sa.Column('name', sa.String(), nullable=True),
    sa.Column('country', sa.String(), nullable=True),
    sa.Column('smelter_id', sa.String(), nullable=True),
    sa.Column('id_source', sa.String(), nullable=True),
    sa.Column('street', sa.String(), nullable=True),
    sa.Column('city', sa.String(), nullable=True),
    sa.Column('state', sa.String(), nullable=True),
    sa.Column('contact_name', sa.String(), nullable=True),
    sa.Column('contact_email', sa.String(), nullable=True),
    sa.Column('next_steps', sa.String(), nullable=True),
    sa.Column('mine_names', sa.String(), nullable=True),
    sa.Column('mine_countries', sa.String(), nullable=True),
    sa.Column('recycled_scrap', sa.String(), nullable=True),
    sa.Column('comments', sa.String(), nullable=True),
    sa.Column('id_input', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['declaration_id'], ['declarations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('declaration_id', 'position')
    )



def downgrade() -> None:

    op.drop_table('smelters')
    with op.batch_alter_table('review_comments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_comments_declaration_id'))

    op.drop_table('review_comments')
    op.drop_table('products')
    op.drop_table('mines')
    with op.batch_alter_table('confirm_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_confirm_items_declaration_id'))

    op.drop_table('confirm_items')
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.drop_index('ix_changes_declaration')

    op.drop_table('changes')
    op.drop_table('answers')
    op.drop_table('translations')
    with op.batch_alter_table('smelter_lookup', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_smelter_lookup_template_sha256'))

    op.drop_table('smelter_lookup')
    op.drop_table('declarations')
    op.drop_table('countries')
    op.drop_table('templates')
    op.drop_table('customers')
    op.drop_table('company_profile')


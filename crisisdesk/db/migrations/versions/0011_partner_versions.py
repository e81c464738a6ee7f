"""a version on partners and their contacts (optimistic concurrency)

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29

Every other editable record has carried a version since its table was made; partners
and contacts were saved last-write-wins, so a stale save from a second desk deleted the
first desk's new contact. Existing rows start at version 1. A plain ADD COLUMN (no
batch copy of the table: with foreign keys on, dropping ``partner`` would cascade).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0011'
down_revision = '0010'  # written as 0008 after 0005; follows main's 0010 since the merge
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('partner', sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
    op.add_column('partner_contact', sa.Column('version', sa.Integer(), nullable=False, server_default='1'))


def downgrade() -> None:
    with op.batch_alter_table('partner_contact') as batch_op:
        batch_op.drop_column('version')
    with op.batch_alter_table('partner') as batch_op:
        batch_op.drop_column('version')

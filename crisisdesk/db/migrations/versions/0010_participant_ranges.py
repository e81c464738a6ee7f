"""participant ranges: an expected number of people may be a range, kept as min and max

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29

``expected_participants`` keeps one number or the lowest of a range ("150-200" is 150);
the new ``expected_participants_max`` holds the highest, or nothing for one number, so
every existing row stays what it was.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # In place (ALTER TABLE ... ADD COLUMN), not by batch mode's copy of the whole table.
    op.add_column('notification', sa.Column('expected_participants_max', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.drop_column('expected_participants_max')

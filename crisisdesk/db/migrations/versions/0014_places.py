"""geocoded places of notifications and events

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'place',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('notification_id', sa.Integer(), nullable=True),
        sa.Column('event_id', sa.Integer(), nullable=True),
        sa.Column('role', sa.Enum('location', 'route_start', 'route_via', 'route_end', name='placerole',
                                  native_enum=False, create_constraint=False, length=32), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('address', sa.String(length=300), nullable=False),
        sa.Column('lat', sa.Float(), nullable=False),
        sa.Column('lon', sa.Float(), nullable=False),
        sa.Column('rd_x', sa.Float(), nullable=True),
        sa.Column('rd_y', sa.Float(), nullable=True),
        sa.Column('wijk', sa.String(length=100), nullable=False),
        sa.Column('source_id', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['notification_id'], ['notification.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sqlite_autoincrement=True,  # ids never reused (0012)
    )
    op.create_index('ix_place_notification', 'place', ['notification_id'], unique=False)
    op.create_index('ix_place_event', 'place', ['event_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_place_event', table_name='place')
    op.drop_index('ix_place_notification', table_name='place')
    op.drop_table('place')

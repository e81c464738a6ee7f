"""indexes for the briefing's previous editions (same organiser)

Revision ID: 0013
Revises: 0012 (written as 0011 after 0005; follows main's head since the merge)
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.create_index('ix_notification_organisation_start', ['organiser_organisation', 'start_at'], unique=False)
        batch_op.create_index('ix_notification_organiser_start', ['organiser_name', 'start_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.drop_index('ix_notification_organiser_start')
        batch_op.drop_index('ix_notification_organisation_start')

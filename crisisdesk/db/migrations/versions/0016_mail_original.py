"""the original e-mail of a notification taken in from the mailbox

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import crisisdesk.db.types

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'mail_original',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('notification_id', sa.Integer(), nullable=False),
        sa.Column('message_key', sa.String(length=80), nullable=False),
        sa.Column('message_id', sa.Text(), nullable=False),
        sa.Column('file_name', sa.String(length=260), nullable=False),
        sa.Column('format', sa.String(length=8), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('sender', sa.String(length=320), nullable=False),
        sa.Column('subject', sa.Text(), nullable=False),
        sa.Column('received_at', crisisdesk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column('received_header', sa.String(length=16), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=True),
        sa.Column('imported_at', crisisdesk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('imported_by', sa.String(length=200), nullable=False),
        sa.Column('removed_at', crisisdesk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['notification_id'], ['notification.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('message_key'),
        sqlite_autoincrement=True,  # ids never reused (0012)
    )
    op.create_index('ix_mail_original_notification_id', 'mail_original', ['notification_id'], unique=True)


def downgrade() -> None:
    op.drop_index('ix_mail_original_notification_id', table_name='mail_original')
    op.drop_table('mail_original')

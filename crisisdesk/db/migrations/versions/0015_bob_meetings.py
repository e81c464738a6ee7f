"""BOB meetings with their three rounds; actions know the meeting they came from

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import crisisdesk.db.types

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'bob_meeting',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('operation_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('held_at', crisisdesk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('exercise_seconds', sa.Integer(), nullable=True),
        sa.Column('chair', sa.String(length=200), nullable=False),
        sa.Column('attendees', sa.JSON(), nullable=False),
        sa.Column('picture', sa.Text(), nullable=False),
        sa.Column('judgement', sa.Text(), nullable=False),
        sa.Column('decision', sa.Text(), nullable=False),
        sa.Column('created_at', crisisdesk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('created_by', sa.String(length=200), nullable=False),
        sa.Column('updated_at', crisisdesk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('updated_by', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['operation_id'], ['operation.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('bob_meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bob_meeting_operation_id'), ['operation_id'], unique=False)
        batch_op.create_index('ux_bob_meeting_operation_number', ['operation_id', 'number'], unique=True)

    with op.batch_alter_table('operation_action', schema=None) as batch_op:
        batch_op.add_column(sa.Column('meeting_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_operation_action_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_foreign_key('fk_operation_action_meeting', 'bob_meeting', ['meeting_id'], ['id'],
                                    ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('operation_action', schema=None) as batch_op:
        batch_op.drop_constraint('fk_operation_action_meeting', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_operation_action_meeting_id'))
        batch_op.drop_column('meeting_id')

    with op.batch_alter_table('bob_meeting', schema=None) as batch_op:
        batch_op.drop_index('ux_bob_meeting_operation_number')
        batch_op.drop_index(batch_op.f('ix_bob_meeting_operation_id'))

    op.drop_table('bob_meeting')

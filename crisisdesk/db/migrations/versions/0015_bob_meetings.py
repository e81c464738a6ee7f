"""BOB meetings with their three rounds; actions know the meeting they came from

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

import crisisdesk.db.types

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

# SQLite rebuilds operation_action for the new reference; it keeps AUTOINCREMENT (0012: ids
# are never reused) and its counter, which a rebuild would otherwise reset to the highest id.
SQLITE_TABLE = {'sqlite_autoincrement': True}


@contextmanager
def _keeping_autoincrement() -> Iterator[None]:
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        yield
        return
    counter = bind.execute(sa.text("SELECT seq FROM sqlite_sequence WHERE name = 'operation_action'")).scalar()
    yield
    if counter is not None:
        bind.execute(sa.text("UPDATE sqlite_sequence SET seq = max(seq, :seq) WHERE name = 'operation_action'"),
                     {'seq': counter})
        bind.execute(sa.text("INSERT INTO sqlite_sequence (name, seq) SELECT 'operation_action', :seq "
                             "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'operation_action')"),
                     {'seq': counter})


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
        sqlite_autoincrement=True,  # ids never reused (see 0012)
    )
    op.create_index('ix_bob_meeting_operation_id', 'bob_meeting', ['operation_id'], unique=False)
    op.create_index('ux_bob_meeting_operation_number', 'bob_meeting', ['operation_id', 'number'], unique=True)

    with _keeping_autoincrement(), \
            op.batch_alter_table('operation_action', schema=None, table_kwargs=SQLITE_TABLE) as batch_op:
        batch_op.add_column(sa.Column('meeting_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_operation_action_meeting', 'bob_meeting', ['meeting_id'], ['id'],
                                    ondelete='SET NULL')
    op.create_index('ix_operation_action_meeting_id', 'operation_action', ['meeting_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_operation_action_meeting_id', table_name='operation_action')
    with _keeping_autoincrement(), \
            op.batch_alter_table('operation_action', schema=None, table_kwargs=SQLITE_TABLE) as batch_op:
        batch_op.drop_constraint('fk_operation_action_meeting', type_='foreignkey')
        batch_op.drop_column('meeting_id')
    op.drop_index('ux_bob_meeting_operation_number', table_name='bob_meeting')
    op.drop_index('ix_bob_meeting_operation_id', table_name='bob_meeting')
    op.drop_table('bob_meeting')

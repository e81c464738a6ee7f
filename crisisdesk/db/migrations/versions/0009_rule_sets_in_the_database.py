"""rule sets in the database, seeded from resources/rules

Revision ID: 0009
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import crisisdesk.db.types


revision = '0009'
down_revision = '0006'
branch_labels = None
depends_on = None


def _seed_rows() -> list[dict]:
    """The shipped rule sets as they are when the database gets the table."""
    from crisisdesk.domain.register.rulesets import load_rule_sets

    rows = []
    for rule_set in load_rule_sets().rule_sets():
        rule = rule_set.rule
        rows.append({
            'version': 1, 'name': rule.name, 'municipality': rule.municipality, 'method': rule.method,
            'hours': rule.hours, 'days': rule.days, 'friday_noon': rule.friday_noon,
            'good_friday': rule.good_friday, 'source': rule.source, 'valid_from': rule.valid_from,
            'valid_to': rule.valid_to, 'extra_holidays': [d.isoformat() for d in rule.extra_holidays],
            'description': rule_set.description, 'updated_at': None, 'updated_by': '',
        })
    return rows


def upgrade() -> None:
    table = op.create_table('rule_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('municipality', sa.String(length=100), nullable=False),
    sa.Column('method', sa.String(length=32), nullable=False),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('friday_noon', sa.Boolean(), nullable=False),
    sa.Column('good_friday', sa.Boolean(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('extra_holidays', sa.JSON(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('updated_at', crisisdesk.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.bulk_insert(table, _seed_rows())


def downgrade() -> None:
    op.drop_table('rule_set')

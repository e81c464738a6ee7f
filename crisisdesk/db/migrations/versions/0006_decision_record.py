"""decision record: measures with their interests, motivation, ban ground, who and when

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 11:00:00

Old decisions are carried over: the conditions text becomes one measure per line (or
sentence) with the old art. 2 grounds as its interests; "late notification" and
"incomplete data" become the ban grounds onder a and b; the decision date is the day
it was recorded; the capacity is read from "decided by" where it says so. What a sound
besluit needs and the old record lacks (always the motivation) is listed in
``decision_review``, so that the advisor completes it before a letter is printed.
The code here is self-contained on purpose: it must keep meaning what it meant today.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

import crisisdesk.db.types

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_AMSTERDAM = ZoneInfo("Europe/Amsterdam")
_INTERESTS = ("health", "traffic", "disorder")


def upgrade() -> None:
    # Columns added in place (ALTER TABLE ... ADD COLUMN), not by batch mode's copy of the
    # whole table: SQLite allows it for these (defaults, no constraints).
    op.add_column('notification', sa.Column('decision_measures', sa.JSON(), nullable=False, server_default='[]'))
    op.add_column('notification', sa.Column('decision_motivation', sa.Text(), nullable=False, server_default=''))
    op.add_column('notification', sa.Column('decision_ban_ground', sa.Enum('late', 'data_late', 'interest', name='banground', native_enum=False, length=32), nullable=True))
    op.add_column('notification', sa.Column('decision_ban_alternatives', sa.Text(), nullable=False, server_default=''))
    op.add_column('notification', sa.Column('decision_lateness_weighing', sa.Text(), nullable=False, server_default=''))
    op.add_column('notification', sa.Column('decision_date', sa.Date(), nullable=True))
    op.add_column('notification', sa.Column('decided_capacity', sa.Enum('mayor', 'deputy_mayor', 'mandate', name='capacity', native_enum=False, length=32), nullable=True))
    op.add_column('notification', sa.Column('decided_function', sa.String(length=200), nullable=False, server_default=''))
    op.add_column('notification', sa.Column('decision_made_known_how', sa.Enum('letter', 'email', 'in_person', 'phone', name='madeknownchannel', native_enum=False, length=32), nullable=True))
    op.add_column('notification', sa.Column('decision_review', sa.String(length=300), nullable=False, server_default=''))
    _carry_over_decisions()


def _split(text: str) -> list[str]:
    lines = [line.strip(" -•\t") for line in (text or "").splitlines() if line.strip(" -•\t")]
    if len(lines) > 1:
        return lines
    single = lines[0] if lines else ""
    return [part.strip() for part in re.split(r"(?<=[.;])\s+(?=[A-Z0-9À-Ý])", single) if part.strip()]


def _capacity(decided_by: str) -> tuple[str | None, str]:
    """(capacity, function) as far as the old free text says it."""
    text = (decided_by or "").strip()
    lowered = text.lower()
    if "mandaat" in lowered or "namens" in lowered:
        function = re.sub(r"\s*\(?\b(mandaat|namens de burgemeester)\b\)?\s*", " ", text, flags=re.IGNORECASE).strip(" ,")
        return "mandate", function
    if "loco" in lowered:
        return "deputy_mayor", ""
    if lowered.startswith("burgemeester") or lowered.startswith("de burgemeester"):
        return "mayor", ""
    return None, ""


def _carry_over_decisions() -> None:
    notification = sa.table(
        'notification',
        sa.column('id', sa.Integer()),
        sa.column('place_type', sa.String()),
        sa.column('decision', sa.String()),
        sa.column('decision_grounds', sa.String()),
        sa.column('decision_conditions', sa.Text()),
        sa.column('decided_by', sa.String()),
        sa.column('decided_at', crisisdesk.db.types.UTCDateTime(timezone=True)),
        sa.column('decision_made_known_at', crisisdesk.db.types.UTCDateTime(timezone=True)),
        sa.column('decision_measures', sa.JSON()),
        sa.column('decision_ban_ground', sa.String()),
        sa.column('decision_date', sa.Date()),
        sa.column('decided_capacity', sa.String()),
        sa.column('decided_function', sa.String()),
        sa.column('decision_review', sa.String()),
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(
            notification.c.id, notification.c.place_type, notification.c.decision, notification.c.decision_grounds,
            notification.c.decision_conditions, notification.c.decided_by, notification.c.decided_at,
            notification.c.decision_made_known_at,
        ).where(notification.c.decision.is_not(None))
    ).all()
    updates: list[dict] = []
    for row in rows:
        grounds = [g for g in (row.decision_grounds or "").split(",") if g]
        interests = [g for g in grounds if g in _INTERESTS]
        missing: list[str] = []
        values: dict = {"decision_measures": [], "decision_ban_ground": None, "decision_grounds": "",
                        "decision_date": None}  # the same keys for every row: one executemany
        if row.decision in ("conditions", "restrictions"):
            values["decision_measures"] = [
                {"text": text, "interests": interests, "content_note": ""} for text in _split(row.decision_conditions)
            ]
            values["decision_grounds"] = ",".join(interests)  # art. 9 and lateness are no interests
            if not values["decision_measures"] or not interests:
                missing.append("decision_measures")
        if row.decision == "ban":
            values["decision_grounds"] = ""
            if "late_notification" in grounds:
                values["decision_ban_ground"] = "late"
                missing.append("decision_lateness_weighing")
            elif "incomplete_data" in grounds:
                values["decision_ban_ground"] = "data_late"
            elif interests:
                values["decision_ban_ground"] = "interest"
                values["decision_grounds"] = ",".join(interests)
            else:
                missing.append("decision_ban_ground")
            missing.append("decision_ban_alternatives")
        if row.decision != "no_measures":
            missing.insert(0, "decision_motivation")
        if row.place_type == "non_public" and row.decision != "no_measures":
            missing.insert(0, "decision")
        if row.decided_at is not None:
            values["decision_date"] = row.decided_at.astimezone(_AMSTERDAM).date()
        else:
            missing.append("decision_date")
        capacity, function = _capacity(row.decided_by)
        values["decided_capacity"] = capacity
        values["decided_function"] = function
        if capacity is None:
            missing.append("decided_capacity")
        if capacity == "mandate" or not (row.decided_by or "").strip():
            missing.append("decided_by")  # the old text names a function, not who signs
        if row.decision_made_known_at is not None:
            missing.append("decision_made_known_how")
        values["decision_review"] = ",".join(dict.fromkeys(missing))
        updates.append({"row_id": row.id, **values})
    if updates:  # one statement, executed for every row (compiling it per row took minutes at 100,000)
        connection.execute(
            sa.update(notification)
            .where(notification.c.id == sa.bindparam("row_id"))
            .values({name: sa.bindparam(name) for name in updates[0] if name != "row_id"}),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.drop_column('decision_review')
        batch_op.drop_column('decision_made_known_how')
        batch_op.drop_column('decided_function')
        batch_op.drop_column('decided_capacity')
        batch_op.drop_column('decision_date')
        batch_op.drop_column('decision_lateness_weighing')
        batch_op.drop_column('decision_ban_alternatives')
        batch_op.drop_column('decision_ban_ground')
        batch_op.drop_column('decision_motivation')
        batch_op.drop_column('decision_measures')

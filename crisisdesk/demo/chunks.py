"""Chunks of demo rows, made in this process or in a worker process.

Kept apart from ``seeding`` (which writes them) so that a worker imports the generator
and the domain only: no SQLAlchemy, no models, no services. Everything a chunk's rows
depend on travels with the chunk, the column order included.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter
from random import Random

from crisisdesk.demo.generator import _Generator, _Terms
from crisisdesk.domain.register.deadlines import NoticeRule

STATUS_CHANGE_COLUMNS = ("notification_id", "from_status", "to_status", "changed_at", "changed_by", "note")


def _sqlite_text(moment: datetime) -> str:
    """What SQLAlchemy stores in SQLite for a ``UTCDateTime``, from naive UTC (checked before use)."""
    return moment.isoformat(" ", "microseconds")


def _aware_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class _Chunk:
    """One batch to generate: everything its rows depend on, and nothing else."""

    seed: int
    index: int
    first_id: int
    size: int
    now: datetime
    rule_sets: Mapping[str, NoticeRule]
    preferred: str
    sqlite_text: bool  # datetimes as SQLite text and rows as tuples, else dicts
    columns: tuple[str, ...] = ()  # the notification table's columns, in the order of the tuples


def _generate(chunk: _Chunk) -> tuple[list, list]:
    """The rows and status changes of one chunk (runs in this process or a worker)."""
    rng = Random(f"crisisdesk-demo:{chunk.seed}:{chunk.index}")
    out = _sqlite_text if chunk.sqlite_text else _aware_utc
    generator = _Generator(rng, chunk.now, _Terms(chunk.rule_sets, chunk.preferred), out, chunk.seed)
    rows: list = []
    changes: list = []
    for offset in range(chunk.size):
        row, history = generator.row(chunk.first_id + offset)
        rows.append(row)
        changes.extend(history)
    if chunk.sqlite_text:  # bound as they are: JSON as text, a date as ISO text (what the ORM binds)
        for row in rows:
            row["decision_measures"] = json.dumps(row["decision_measures"])
            row["decision_date"] = row["decision_date"].isoformat() if row["decision_date"] else None
        get_row, get_change = itemgetter(*chunk.columns), itemgetter(*STATUS_CHANGE_COLUMNS)
        rows = [get_row(row) for row in rows]
        changes = [get_change(change) for change in changes]
    return rows, changes

"""Exports with personal data, remembered so that AVG retention can remove them later.

A subject access PDF, a letter to an organiser, a calendar export with organiser data or
the audit trail leaves the database as a file. Each such file is written with
:func:`save_export`: the file itself through :func:`crisisdesk.files.write_file`, and an
``export`` line in the audit trail with its full path and SHA-256. When the retention
term has passed since the export, :func:`expire_exports` deletes the file — only if it
still holds exactly those bytes, so a file the user has since changed or replaced is
left alone — and logs what it did (``export_removed``, or ``export_gone``/``export_changed``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.db.audit import log
from crisisdesk.db.models import AuditEntry
from crisisdesk.files import write_file

LOG = logging.getLogger(__name__)
EXPORT = "export"
OUTCOMES = ("export_removed", "export_gone", "export_changed")
RECORD_TYPE = "file"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def save_export(factory: sessionmaker | None, path: str | os.PathLike, data: bytes, what: str,
                user: str | None = None, now: datetime | None = None) -> Path:
    """Writes ``data`` to ``path`` (whole, owner-only) and remembers it for retention.

    The file is written even when the database cannot record it (an observer's
    read-only desk); that is logged as a warning, without the path.
    """
    target = write_file(path, data)
    remember_export(factory, target, data, what, user, now)
    return target


def remember_export(factory: sessionmaker | None, path: str | os.PathLike, data: bytes, what: str,
                    user: str | None = None, now: datetime | None = None) -> None:
    """Remembers a file written with personal data (its path and SHA-256) for retention."""
    if factory is None:
        return
    target = Path(path)
    digest = _digest(data)
    detail = json.dumps({"path": str(target.resolve()), "sha256": digest, "what": what}, ensure_ascii=False)
    try:
        with factory.begin() as session:
            if user:
                session.info["user"] = user
            if now is not None:
                session.info["now"] = now
            log(session, EXPORT, RECORD_TYPE, digest[:32], None, None, detail)
    except Exception as exc:
        LOG.warning("export not recorded for retention (%s)", type(exc).__name__)


def expire_exports(session: Session, cutoff: datetime) -> list[tuple[str, str]]:
    """Deletes remembered exports made before ``cutoff``; returns (outcome, file name) pairs.

    Runs in the caller's transaction (the retention run) and logs each outcome there.
    """
    handled = set(session.scalars(select(AuditEntry.record_id).where(
        AuditEntry.record_type == RECORD_TYPE, AuditEntry.action.in_(OUTCOMES))))
    exports = session.scalars(select(AuditEntry).where(
        AuditEntry.record_type == RECORD_TYPE, AuditEntry.action == EXPORT, AuditEntry.at < cutoff)
        .order_by(AuditEntry.id)).all()
    done: list[tuple[str, str]] = []
    for entry in exports:
        if entry.record_id in handled:
            continue
        try:
            detail = json.loads(entry.new_value or "{}")
            path = Path(detail["path"])
        except (ValueError, KeyError, TypeError):
            continue
        outcome = _expire(path, detail.get("sha256", ""))
        if outcome is None:  # unreadable now (a network drive away): try again next run
            continue
        handled.add(entry.record_id)
        log(session, outcome, RECORD_TYPE, entry.record_id, None, None, path.name)
        done.append((outcome, path.name))
    return done


def _expire(path: Path, digest: str) -> str | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return "export_gone"
    except OSError:
        return None
    if _digest(data) != digest:
        return "export_changed"
    path.unlink()
    return "export_removed"

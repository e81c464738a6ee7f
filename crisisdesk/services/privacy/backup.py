"""Backups of the embedded SQLite database: made while it is in use, checked before a restore.

Copies go through SQLite's online backup API, which copies a consistent snapshot page by
page even while the desk writes (WAL) — never a file copy, which can catch a half-written
database or miss the WAL. A copy is written under a temporary name and renamed only once
it is complete and passes ``PRAGMA integrity_check``. A shared PostgreSQL database is
backed up with the server's own ``pg_dump``; these functions refuse it with that advice.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from crisisdesk.db.migrate import shipped_revisions
from crisisdesk.files import create_private
from crisisdesk.paths import backup_dir
from crisisdesk.services.errors import BackupError

DAILY_KEEP = 14


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    revision: str
    notifications: int


def sqlite_path(engine_or_url: Engine | str) -> Path:
    """The file behind a SQLite URL or engine; BackupError("not_sqlite") for anything else."""
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    database = url.database or ""
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        raise BackupError("not_sqlite", url.render_as_string(hide_password=True))
    return Path(database)


def _copy(source: Path, target: Path) -> None:
    """source -> target through the online backup API, via a temporary file and a rename."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private(partial)  # 0600 from the start: a backup holds everything
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def backup_database(engine_or_url: Engine | str, out_path: str | os.PathLike) -> BackupCheck:
    """A consistent copy of the SQLite database at ``out_path``, checked after writing."""
    source = sqlite_path(engine_or_url)
    target = Path(out_path)
    if not source.exists():
        raise BackupError("missing", str(source))
    if target.exists() and target.resolve() == source.resolve():
        raise BackupError("same_file", str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    _copy(source, target)
    return check_backup(target)


def check_backup(path: str | os.PathLike) -> BackupCheck:
    """Opens a backup read-only and checks it: intact, a crisisdesk database, not too new."""
    path = Path(path)
    if not path.is_file():
        raise BackupError("missing", str(path))
    try:
        with closing(_open_read_only(path)) as connection:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            if integrity != "ok":
                raise BackupError("damaged", integrity)
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"alembic_version", "notification"} <= tables:
                raise BackupError("not_crisisdesk", str(path))
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            count = connection.execute("SELECT count(*) FROM notification").fetchone()[0]
    except sqlite3.DatabaseError as exc:  # not a database at all, or unreadable
        raise BackupError("damaged", str(exc)) from exc
    if revision is None or not _known_revision(revision[0]):
        raise BackupError("too_new", revision[0] if revision else "")
    return BackupCheck(path, revision[0], count)


def _known_revision(revision: str) -> bool:
    return revision in shipped_revisions()


def restore_database(backup_path: str | os.PathLike, target_path: str | os.PathLike) -> Path | None:
    """Replaces the database at ``target_path`` with a checked backup.

    The file being replaced is first copied beside it (``*.before-restore-*.sqlite``);
    that copy's path is returned (None when there was nothing to replace). The backup
    is written into the target through the backup API, so the target's WAL stays valid.
    """
    check = check_backup(backup_path)
    target = Path(target_path)
    if target.exists() and target.resolve() == check.path.resolve():
        raise BackupError("same_file", str(target))
    kept = None
    if target.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = target.with_name(f"{target.stem}.before-restore-{stamp}{target.suffix}")
        _copy(target, kept)
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(_open_read_only(check.path)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        if dst.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupError("damaged", str(target))
    return kept


def daily_backup(home: Path, url: str, keep: int = DAILY_KEEP, today: date | None = None) -> Path | None:
    """Once a day, a copy in the data folder's ``backups``; the newest ``keep`` are kept.

    Returns the new copy, or None when today's exists already or the database is not a
    SQLite file (a shared PostgreSQL server has its own backups).
    """
    try:
        source = sqlite_path(url)
    except BackupError:
        return None
    if not source.exists():
        return None
    folder = backup_dir(home)
    day = (today or date.today()).isoformat()
    target = folder / f"{source.stem}-{day}{source.suffix or '.sqlite'}"
    if target.exists():
        return None
    backup_database(url, target)
    rotate(folder, source.stem, source.suffix or ".sqlite", keep)
    return target


def rotate(folder: Path, stem: str, suffix: str, keep: int) -> list[Path]:
    """Deletes all but the newest ``keep`` daily copies of ``stem``; returns those deleted."""
    daily = sorted(
        (p for p in folder.glob(f"{stem}-????-??-??{suffix}") if _is_dated(p.stem[len(stem) + 1 :])),
        reverse=True,
    )
    removed = daily[keep:]
    for path in removed:
        path.unlink()
    return removed


def _is_dated(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True

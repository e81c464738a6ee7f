"""Backups of the embedded SQLite database: made while it is in use, checked before a restore.

Copies go through SQLite's online backup API, which copies a consistent snapshot page by
page even while the desk writes (WAL) — never a file copy, which can catch a half-written
database or miss the WAL. A copy is written under a temporary name and renamed only once
it is complete and passes ``PRAGMA integrity_check``; the source is checked the same
way first, so a damaged database never replaces a good backup. A restore holds the
database exclusively for its whole duration and refuses while another desk has it
open (leaving WAL mode needs every other connection closed). A shared PostgreSQL
database is backed up with the server's own ``pg_dump``; these functions refuse it with
that advice.
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

from crisisdesk.db.engine import sqlite_database_file
from crisisdesk.db.migrate import shipped_revisions
from crisisdesk.db.preflight import read_only_uri
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
    database = sqlite_database_file(url.database) if url.get_backend_name() == "sqlite" else None
    if database is None:
        raise BackupError("not_sqlite", url.render_as_string(hide_password=True))
    return Path(database)


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """source -> target through the online backup API, via a checked temporary file.

    The target is replaced only by a complete copy that passes the integrity check;
    until then the previous file under that name (a good backup) stays as it is.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        create_private(partial)  # 0600 from the start: a backup holds everything
        with closing(sqlite3.connect(partial)) as dst:
            source.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise BackupError("copy_damaged", result)
        os.replace(partial, target)
    except sqlite3.OperationalError as exc:  # a full disk, a folder we may not write
        raise BackupError("cannot_write", f"{target}: {exc}") from exc
    except OSError as exc:
        raise BackupError("cannot_write", f"{target}: {exc.strerror or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def _checked_source(source: Path) -> sqlite3.Connection:
    """A connection that only reads the database to back up, after its integrity check.

    Not ``mode=ro``: a read-only connection cannot remove the WAL side files it makes.
    """
    if source.stat().st_size == 0:
        raise BackupError("source_damaged", f"{source}: 0 bytes")
    try:
        connection = sqlite3.connect(source)
        try:
            connection.execute("PRAGMA query_only=1")
            result = connection.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except BaseException:
            connection.close()
            raise
    except sqlite3.DatabaseError as exc:
        raise BackupError("source_damaged", str(exc)) from exc
    if result != "ok" or not {"alembic_version", "notification"} <= tables:
        connection.close()
        raise BackupError("source_damaged", result if result != "ok" else str(source))
    return connection


def backup_database(engine_or_url: Engine | str, out_path: str | os.PathLike) -> BackupCheck:
    """A consistent copy of the SQLite database at ``out_path``, checked after writing."""
    source = sqlite_path(engine_or_url)
    target = Path(out_path)
    if not source.exists():
        raise BackupError("missing", str(source))
    if target.exists() and target.resolve() == source.resolve():
        raise BackupError("same_file", str(target))
    if not target.parent.is_dir():
        raise BackupError("cannot_write", f"{target.parent}: folder does not exist")
    with closing(_checked_source(source)) as connection:
        _copy(connection, target)
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

    The target is locked exclusively first; while another desk has it open that fails
    and nothing happens (``BackupError("in_use")``). Under the lock the file being
    replaced is copied beside it (``*.before-restore-*.sqlite``) — that copy's path is
    returned (None when there was nothing to replace) — and the backup is written into
    the target through the backup API in one transaction. No desk can write in between,
    so every save reported as done is in the kept copy or in the restored database.
    """
    check = check_backup(backup_path)
    target = Path(target_path)
    if target.exists() and target.resolve() == check.path.resolve():
        raise BackupError("same_file", str(target))
    if not target.parent.is_dir():
        raise BackupError("missing", str(target.parent))
    kept = None
    with closing(_exclusive(target)) as dst:
        if target.stat().st_size > 0 and dst.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            kept = _unused_name(target, "before-restore")
            _copy(dst, kept)
        with closing(_open_read_only(check.path)) as src:
            src.backup(dst)
        if dst.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupError("damaged", str(target))
        dst.execute("PRAGMA journal_mode=WAL")  # as the desk runs it
    return kept


def _unused_name(target: Path, what: str) -> Path:
    """``name.what-YYYYmmdd-HHMMSS.sqlite`` beside ``target``, never one that exists already."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = target.with_name(f"{target.stem}.{what}-{stamp}{target.suffix}")
    number = 2
    while candidate.exists():  # a second restore within the same second keeps the first copy too
        candidate = target.with_name(f"{target.stem}.{what}-{stamp}-{number}{target.suffix}")
        number += 1
    return candidate


def _exclusive(target: Path) -> sqlite3.Connection:
    """A connection holding ``target`` exclusively until it is closed.

    ``locking_mode=EXCLUSIVE`` keeps every lock once taken; leaving WAL mode needs all
    other connections closed, so an open desk (even an idle one) makes this fail at once.
    """
    connection = sqlite3.connect(target, timeout=0, isolation_level=None)
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        connection.close()
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise BackupError("in_use", str(target)) from exc
        raise BackupError("cannot_write", f"{target}: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise BackupError("damaged", str(exc)) from exc
    return connection


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

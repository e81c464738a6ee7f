"""Looking at a SQLite file before anything may write to it.

Opening a file through the normal engine already writes (WAL mode changes the header,
an empty file becomes a database), so the questions "is this a crisisdesk database,
which schema, may it be opened" are answered first through a read-only connection
that changes nothing: ``immutable`` when no desk has the file open (no ``-wal`` file,
so no side files are created either), ``mode=ro`` when one has.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseUnusable(Exception):
    """The database cannot be opened as it is; nothing was changed.

    ``reason`` is one of: "missing" (no such file, read-only mode creates none),
    "empty_file" (zero bytes), "not_a_database", "damaged", "locked", "unreachable",
    "not_crisisdesk", "needs_upgrade" (read-only mode cannot upgrade).
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def read_only_uri(path: Path, snapshot: bool = False) -> str:
    """A ``file:`` URI that opens ``path`` without any right to write.

    ``snapshot`` (only when no desk has the file open) adds ``immutable=1``: SQLite then
    takes no locks and creates no ``-wal``/``-shm`` side files.
    """
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
    if snapshot and not Path(str(path) + "-wal").exists():
        uri += "&immutable=1"
    return uri


def connect_read_only(path: Path, snapshot: bool = True) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path, snapshot), uri=True, timeout=0.5)


def inspect_sqlite(path: Path) -> tuple[str | None, bool]:
    """(stored revision or None, whether the file exists) — without changing a byte.

    Raises DatabaseUnusable for a zero-byte file, a file that is not a SQLite database,
    a damaged one, or a folder that cannot be reached.
    """
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseUnusable("unreachable", str(path.parent))
        return None, False
    if path.is_dir():
        raise DatabaseUnusable("not_a_database", str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnusable("unreachable", exc.strerror or str(exc)) from exc
    if not header:
        raise DatabaseUnusable("empty_file", str(path))
    if header != SQLITE_HEADER:
        raise DatabaseUnusable("not_a_database", str(path))
    try:
        with closing(connect_read_only(path)) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise DatabaseUnusable("not_crisisdesk", str(path))
                return None, True
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseUnusable("locked", str(path)) from exc
        raise DatabaseUnusable("damaged", str(exc)) from exc
    return (row[0] if row else None), True

"""Files crisisdesk writes: readable by the user alone, and whole or not at all.

The register holds organisers' names, addresses and political aims (AVG art. 9), so
every file that can carry them — the database and its WAL, backups, PDFs, CSV and ICS
exports — is made readable by its owner only: folders 0700, files 0600 on POSIX. On
Windows these modes mean nothing; there the files live in the user's own profile
(platformdirs' user data folder), whose ACL grants the user, SYSTEM and administrators
only, and every file made in it inherits that ACL. An export the user saves elsewhere
inherits that folder's ACL.

Every writer of an export goes through :func:`write_file`: the bytes go to a private
temporary file beside the target, which is renamed over the target once complete and
removed when anything fails — so no half-written file, and no left-over temporary
copy with personal data, survives a full disk or an unwritable folder.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
POSIX = os.name == "posix"
# Files SQLite keeps beside a database.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def _chmod(path: Path, mode: int) -> None:
    if not POSIX:
        return
    with suppress(FileNotFoundError):
        if path.stat().st_mode & 0o777 != mode:
            path.chmod(mode)


def private_dir(path: str | os.PathLike) -> Path:
    """``path`` as a folder only its owner can enter (made when missing)."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    _chmod(folder, PRIVATE_DIR_MODE)
    return folder


def make_private(path: str | os.PathLike) -> None:
    """Makes an existing file readable and writable by its owner only (nothing if missing)."""
    _chmod(Path(path), PRIVATE_FILE_MODE)


def make_database_private(path: str | os.PathLike) -> None:
    """The SQLite file and its WAL, shared-memory and journal files: owner only.

    SQLite gives a new WAL or journal the permissions of the database file, so once
    the database is 0600 the files it makes later are too.
    """
    make_private(path)
    for suffix in SQLITE_COMPANIONS:
        make_private(f"{os.fspath(path)}{suffix}")


def create_private(path: str | os.PathLike) -> Path:
    """An empty file only the owner can read, created before anything is written to it."""
    target = Path(path)
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    os.close(descriptor)
    make_private(target)
    return target


def write_file(path: str | os.PathLike, data: bytes) -> Path:
    """Writes ``data`` to ``path`` whole or not at all, readable by the owner only.

    The bytes go to a temporary file in the same folder (created 0600), are flushed to
    disk and then renamed over ``path``; on any failure the temporary file is removed
    and the error raised, and an existing file at ``path`` is left as it was.
    """
    target = Path(path)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        make_private(temporary)
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
    return target

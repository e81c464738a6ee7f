"""An upgrade is all or nothing; a database this program cannot use is left byte for byte.

Finding 5 of issue #12: a disk that filled up halfway through an upgrade left the file
at revision 0003 with half the new tables ("table partner already exists" on every
later start). Here the disk fills for real (SQLite's ``max_page_count``) in the middle
of the upgrade: the file must be exactly as before, and a later start must upgrade it.
"""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic import command
from sqlalchemy import event

import crisisdesk.db.migrate as migrate
from crisisdesk.cli import main
from crisisdesk.db.database import open_database
from crisisdesk.db.engine import make_engine
from crisisdesk.db.migrate import UpgradeFailed, alembic_config, shipped_head

pytestmark = pytest.mark.sqlite_only


def _schema(path) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()


def _revision(path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _at_revision(path, revision: str) -> None:
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), revision)
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO setting(key, value) VALUES ('marker', 'kept')")
    engine.dispose()


def _fill_the_disk(monkeypatch, spare_pages: int) -> None:
    """Every migration connection may grow the file by ``spare_pages`` pages only."""
    original = migrate.transactional_engine

    def limited(engine):
        migration_engine = original(engine)

        @event.listens_for(migration_engine, "connect")
        def _limit(dbapi_connection, _record) -> None:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count={pages + spare_pages}")

        return migration_engine

    monkeypatch.setattr(migrate, "transactional_engine", limited)


def test_disk_full_mid_upgrade_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    _at_revision(path, "0003")
    schema_before = _schema(path)
    _fill_the_disk(monkeypatch, spare_pages=3)  # room for a table or two, not for 0004 and 0005
    with pytest.raises(UpgradeFailed) as caught:
        open_database(f"sqlite:///{path}")
    assert "full" in caught.value.detail
    assert _revision(path) == "0003"
    assert _schema(path) == schema_before  # not one new table, index or column
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    monkeypatch.undo()
    database = open_database(f"sqlite:///{path}")  # the next start, with room again
    database.dispose()
    assert _revision(path) == shipped_head()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT value FROM setting WHERE key='marker'").fetchone() == ("kept",)


def test_disk_full_mid_upgrade_is_a_dutch_message(tmp_path, monkeypatch, capsys):
    path = tmp_path / "old.sqlite"
    _at_revision(path, "0003")
    _fill_the_disk(monkeypatch, spare_pages=3)
    code = main(["audit", "--db", f"sqlite:///{path}", "--out", str(tmp_path / "audit.csv")])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err
    assert "teruggedraaid" in err
    assert _revision(path) == "0003"


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_database_in_rollback_mode_keeps_every_byte(tmp_path):
    """A copy made by ``backup`` is in rollback-journal mode: switching it to WAL writes the header."""
    path = tmp_path / "newer.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before, mtime = _digest(path), path.stat().st_mtime_ns
    with pytest.raises(migrate.DatabaseTooNew):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before and path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.sqlite"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "leeg (0 bytes)"),
        (b"this is a text file, not a database\n" * 20, "geen database"),
        (b"SQLite format 3\x00" + b"\xff" * 5000, "beschadigd"),
    ],
    ids=["zero_bytes", "text_file", "damaged"],
)
def test_an_unusable_file_is_refused_and_left_alone(tmp_path, capsys, content, words):
    path = tmp_path / "crisisdesk.sqlite"
    path.write_bytes(content)
    code = main(["audit", "--db", f"sqlite:///{path}", "--out", str(tmp_path / "audit.csv")])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err
    assert words in err
    assert path.read_bytes() == content  # zero bytes never silently become an empty register
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crisisdesk.sqlite"]


"""Migrations from code: empty file to head, no drift, backups, a newer database refused."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from alembic import command
from sqlalchemy import inspect, text

from crisisdesk.db.database import open_database
from crisisdesk.db.engine import make_engine
from crisisdesk.db.migrate import DatabaseTooNew, alembic_config, current_revision, head_revision, upgrade


def test_upgrade_head_on_an_empty_file_and_no_drift(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    assert upgrade(engine) is None  # nothing to back up in a new file
    assert current_revision(engine) == head_revision(engine)
    assert {"notification", "status_change", "setting"} <= set(inspect(engine).get_table_names())
    command.check(alembic_config(engine))  # raises when the models drifted from the migrations
    engine.dispose()


@pytest.mark.sqlite_only
def test_sqlite_runs_with_wal_and_foreign_keys(database):
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_upgrade_takes_a_copy_first(tmp_path, monkeypatch):
    """A file one schema behind is copied (consistently) before the upgrade runs."""
    from alembic.script import ScriptDirectory

    import crisisdesk.db.migrate as migrate

    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "head")
    revision = current_revision(engine)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO setting(key, value) VALUES ('marker', 'kept')"))
    # Pretend this program knows a newer head than the file has.
    monkeypatch.setattr(ScriptDirectory, "get_current_head", lambda self: "9999_next")
    monkeypatch.setattr(migrate, "shipped_head", lambda: "9999_next")
    upgraded = []
    import alembic.command

    monkeypatch.setattr(alembic.command, "upgrade", lambda config, target: upgraded.append(target))
    backup = upgrade(engine)
    assert upgraded == ["head"]
    assert backup is not None and backup.exists() and backup != path
    assert f"before-upgrade-{revision}" in backup.name
    with closing(sqlite3.connect(backup)) as copy, copy:
        assert copy.execute("SELECT value FROM setting WHERE key='marker'").fetchone() == ("kept",)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    engine.dispose()


@pytest.mark.sqlite_only
def test_backup_copy_is_consistent(tmp_path, database):
    from crisisdesk.db.migrate import backup_sqlite_file

    with database.engine.begin() as connection:
        connection.execute(text("INSERT INTO setting(key, value) VALUES ('a', 'b')"))
    copy = backup_sqlite_file(str(tmp_path / "test.sqlite"), "0001")
    with closing(sqlite3.connect(copy)) as backup, backup:
        assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert backup.execute("SELECT value FROM setting").fetchone() == ("b",)


def test_a_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    db = open_database(f"sqlite:///{path}")
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    db.dispose()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(f"sqlite:///{path}")
    assert caught.value.revision == "ffff_from_the_future"
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*before-upgrade*"))


def test_cli_says_so_in_dutch(tmp_path, capsys):
    from crisisdesk.cli import main

    path = tmp_path / "newer.sqlite"
    db = open_database(f"sqlite:///{path}")
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    db.dispose()
    code = main(["demo", "--db", f"sqlite:///{path}", "--count", "1"])
    assert code == 2
    assert "nieuwere versie van crisisdesk" in capsys.readouterr().err


def test_shipped_head_read_from_file_names_is_alembics_head(tmp_path):
    """Start-up skips Alembic when the file names say the database is current."""
    from crisisdesk.db.migrate import shipped_head, stored_revision

    engine = make_engine(f"sqlite:///{tmp_path / 'h.sqlite'}")
    assert stored_revision(engine) is None  # no alembic_version table yet
    assert shipped_head() == head_revision(engine)
    upgrade(engine)
    assert stored_revision(engine) == shipped_head()
    engine.dispose()

"""Backups of the SQLite file while in use, checked restores, daily copies with rotation."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from crisisdesk.cli import main
from crisisdesk.db.database import open_database
from crisisdesk.paths import backup_dir
from crisisdesk.services.privacy.backup import backup_database, check_backup, daily_backup, restore_database
from crisisdesk.services.errors import BackupError
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.services.register.query import RegisterQuery
from test_notifications import draft

pytestmark = pytest.mark.sqlite_only  # PostgreSQL is backed up with pg_dump (refusal tested below)


def count(path) -> int:
    with closing(sqlite3.connect(path)) as connection, connection:
        return connection.execute("SELECT count(*) FROM notification").fetchone()[0]


def test_backup_while_in_use_holds_committed_data_only(database, service, tmp_path):
    service.create(draft())
    service.create(draft(purpose="Tweede"))  # committed, maybe still only in the WAL
    busy = database.engine.raw_connection()
    busy.execute("BEGIN IMMEDIATE")  # another desk is halfway through a write
    busy.execute("UPDATE notification SET purpose = 'half' WHERE id = 1")
    try:
        check = backup_database(database.url, tmp_path / "copy.sqlite")
    finally:
        busy.rollback()
        busy.close()
    assert check.notifications == 2
    with closing(sqlite3.connect(check.path)) as copy, copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT purpose FROM notification WHERE id = 1").fetchone() == ("Aandacht voor woningnood",)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    assert not list(tmp_path.glob("*.partial"))


def test_restore_puts_the_backup_back_and_keeps_the_replaced_file(database, service, tmp_path):
    service.create(draft())
    backup = backup_database(database.url, tmp_path / "backup.sqlite").path
    service.create(draft(purpose="Na de backup"))
    database.dispose()
    target = tmp_path / "test.sqlite"
    kept = restore_database(backup, target)
    assert count(target) == 1
    assert kept is not None and count(kept) == 2 and "before-restore" in kept.name
    reopened = open_database(database.url)  # opens and migrates as usual
    assert NotificationService(reopened.factory).count(RegisterQuery()) == 1
    reopened.dispose()


@pytest.mark.parametrize("problem", ["garbage", "not_crisisdesk", "too_new", "missing"])
def test_a_bad_backup_is_refused_and_the_database_left_alone(database, service, tmp_path, problem):
    service.create(draft())
    bad = tmp_path / "bad.sqlite"
    if problem == "garbage":
        bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    elif problem == "not_crisisdesk":
        with closing(sqlite3.connect(bad)) as other, other:
            other.execute("CREATE TABLE t (x)")
    elif problem == "too_new":
        backup_database(database.url, bad)
        with closing(sqlite3.connect(bad)) as copy, copy:
            copy.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    target = tmp_path / "test.sqlite"
    before = count(target)
    with pytest.raises(BackupError) as caught:
        restore_database(bad, target)
    expected = {"garbage": "damaged", "not_crisisdesk": "not_crisisdesk", "too_new": "too_new", "missing": "missing"}
    assert caught.value.reason == expected[problem]
    assert count(target) == before
    assert not list(tmp_path.glob("*before-restore*"))


def test_postgresql_is_refused_with_advice(tmp_path, capsys):
    url = "postgresql+psycopg://desk@db.example/crisisdesk"
    with pytest.raises(BackupError) as caught:
        backup_database(url, tmp_path / "x.sqlite")
    assert caught.value.reason == "not_sqlite"
    assert main(["restore", "--db", url, "--from", str(tmp_path / "x.sqlite")]) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_daily_backup_once_a_day_and_rotated(database, service, _isolated_home):
    service.create(draft())
    first_day = date(2026, 3, 1)
    made = [daily_backup(_isolated_home, database.url, keep=3, today=first_day + timedelta(days=n)) for n in range(5)]
    assert all(path is not None for path in made)
    assert daily_backup(_isolated_home, database.url, keep=3, today=first_day + timedelta(days=4)) is None  # once a day
    names = sorted(p.name for p in backup_dir(_isolated_home).iterdir())
    assert names == ["test-2026-03-03.sqlite", "test-2026-03-04.sqlite", "test-2026-03-05.sqlite"]
    assert check_backup(backup_dir(_isolated_home) / names[-1]).notifications == 1


def test_cli_backup_and_restore(database, service, tmp_path, capsys):
    service.create(draft())
    out = tmp_path / "cli-backup.sqlite"
    assert main(["backup", "--db", database.url, "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM notification"))
    database.dispose()
    assert main(["restore", "--db", database.url, "--from", str(out)]) == 0
    assert count(tmp_path / "test.sqlite") == 1

"""Backups of the SQLite file while in use, checked restores, daily copies with rotation."""

from __future__ import annotations

import sqlite3
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
    with sqlite3.connect(path) as connection:
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
    with sqlite3.connect(check.path) as copy:
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
        with sqlite3.connect(bad) as other:
            other.execute("CREATE TABLE t (x)")
    elif problem == "too_new":
        backup_database(database.url, bad)
        with sqlite3.connect(bad) as copy:
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


def _damage(path) -> None:
    """Overwrites a page in the middle of a SQLite file: the header still says SQLite."""
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    assert pages > 3
    with open(path, "r+b") as handle:
        handle.seek(page_size * (pages // 2))
        handle.write(b"\x00\xff" * (page_size // 2))


def test_a_damaged_database_never_replaces_a_good_backup(database, service, tmp_path, capsys):
    """Finding 2: ``backup`` overwrote a good backup with a damaged copy of a corrupt database."""
    for number in range(40):
        service.create(draft(purpose=f"Betoging {number} " + "x" * 400))
    good = tmp_path / "backup.sqlite"
    backup_database(database.url, good)
    good_bytes = good.read_bytes()
    database.dispose()
    with sqlite3.connect(tmp_path / "test.sqlite", isolation_level=None) as connection:
        connection.execute("VACUUM")  # no free pages (migrations rebuild tables): the damage hits data
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(tmp_path / "test.sqlite")
    with pytest.raises(BackupError) as caught:
        backup_database(database.url, good)
    assert caught.value.reason == "source_damaged"
    assert good.read_bytes() == good_bytes  # the previous good backup, untouched
    assert not list(tmp_path.glob("*.partial"))
    code = main(["backup", "--db", database.url, "--out", str(good)])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err
    assert "vorige backup" in err and "teruggezet" not in err  # it says what happened, not "nothing was restored"
    assert good.read_bytes() == good_bytes


def test_a_zero_byte_database_is_not_backed_up_as_an_empty_register(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    good = tmp_path / "backup.sqlite"
    good.write_bytes(b"previous")
    with pytest.raises(BackupError) as caught:
        backup_database(f"sqlite:///{empty}", good)
    assert caught.value.reason == "source_damaged"
    assert good.read_bytes() == b"previous" and empty.read_bytes() == b""


def test_restore_refuses_while_another_desk_is_connected(database, service, tmp_path, capsys):
    """Finding 4: a restore under a desk that writes lost that desk's saves."""
    service.create(draft())
    backup = backup_database(database.url, tmp_path / "backup.sqlite").path
    service.create(draft(purpose="Na de backup"))  # the other desk is open, its pool holds a connection
    target = tmp_path / "test.sqlite"
    before = target.read_bytes()
    with pytest.raises(BackupError) as caught:
        restore_database(backup, target)
    assert caught.value.reason == "in_use"
    assert count(target) == 2 and not list(tmp_path.glob("*before-restore*"))
    assert main(["restore", "--db", database.url, "--from", str(backup)]) != 0
    assert "andere" in capsys.readouterr().err
    assert target.read_bytes() == before or count(target) == 2


@pytest.mark.slow
def test_no_save_is_lost_by_a_restore_racing_a_writing_desk(database, tmp_path):
    """Another desk keeps saving while the restore runs: every save reported as done is
    in the kept copy or in the restored database; the others were refused, not lost."""
    import threading
    import time

    from crisisdesk.services.errors import StorageUnavailable

    seed = NotificationService(database.factory, user="seed")
    seed.create(draft(purpose="In de backup"))
    backup = backup_database(database.url, tmp_path / "backup.sqlite").path
    database.dispose()
    target = tmp_path / "test.sqlite"
    other = open_database(database.url)
    writer = NotificationService(other.factory, user="other desk")
    reported: list[str] = []
    stop = threading.Event()

    def keep_saving() -> None:
        number = 0
        while not stop.is_set():
            number += 1
            purpose = f"Opslag {number}"
            try:
                writer.create(draft(purpose=purpose))
            except StorageUnavailable:
                continue
            reported.append(purpose)
            other.dispose()  # between saves this desk lets go of the file, as an idle desk could
            time.sleep(0.005)

    thread = threading.Thread(target=keep_saving)
    thread.start()
    outcomes = []
    try:
        for _ in range(500):
            try:
                outcomes.append(restore_database(backup, target))
            except BackupError as exc:
                assert exc.reason == "in_use"
                outcomes.append(None)
            if sum(path is not None for path in outcomes) >= 3 and len(reported) >= 5:
                break
    finally:
        stop.set()
        thread.join()
        other.dispose()
    kept = [path for path in outcomes if path is not None]
    purposes = set()
    for path in [target, *tmp_path.glob("*before-restore*")]:
        with sqlite3.connect(path) as connection:
            purposes |= {row[0] for row in connection.execute("SELECT purpose FROM notification")}
    assert reported and set(reported) <= purposes
    assert kept  # some restores did happen while the other desk kept saving

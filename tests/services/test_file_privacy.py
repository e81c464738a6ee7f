"""Files holding personal data are the user's alone, and exports are whole or absent (finding 7)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from crisisdesk.cli import main
from crisisdesk.demo.profile import UTRECHT
from crisisdesk.db.database import open_database
from crisisdesk.files import write_file
from crisisdesk.paths import backup_dir, database_url, home_dir
from crisisdesk.services.privacy.backup import backup_database, daily_backup
from crisisdesk.services.profile import ProfileService
from test_notifications import draft

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; Windows relies on the profile's ACL")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.sqlite_only
def test_data_folder_database_wal_and_backups_are_owner_only(tmp_path, monkeypatch):
    old_umask = os.umask(0o022)  # the usual default: everything world-readable
    try:
        home = home_dir(tmp_path / "profiel")
        url = database_url(home)
        database = open_database(url)
        from crisisdesk.services.register.notifications import NotificationService

        NotificationService(database.factory, user="tester").create(draft(organiser_name="Henk de Wit"))
        db_file = home / "crisisdesk.sqlite"
        assert mode(home) == 0o700
        assert mode(db_file) == 0o600
        companions = [Path(f"{db_file}{s}") for s in ("-wal", "-shm") if Path(f"{db_file}{s}").exists()]
        assert companions  # WAL mode: the log exists while the desk is open
        assert all(mode(p) == 0o600 for p in companions)
        made = backup_database(url, tmp_path / "handmatig.sqlite")
        daily = daily_backup(home, url)
        assert mode(backup_dir(home)) == 0o700
        assert mode(made.path) == 0o600 and mode(daily) == 0o600
        database.dispose()
    finally:
        os.umask(old_umask)


@pytest.mark.sqlite_only
def test_an_existing_world_readable_database_is_closed_on_open(tmp_path):
    url = f"sqlite:///{(tmp_path / 'oud.sqlite').as_posix()}"
    open_database(url).dispose()
    (tmp_path / "oud.sqlite").chmod(0o644)
    open_database(url).dispose()
    assert mode(tmp_path / "oud.sqlite") == 0o600


def test_every_export_is_owner_only(service, database, tmp_path):
    old_umask = os.umask(0o022)
    try:
        ProfileService(database.factory).save(UTRECHT)  # a letter needs the municipality's profile
        record = service.create(draft(organiser_name="Henk de Wit", organiser_address="Oudegracht 1, Utrecht"))
        outs = {
            "audit.csv": ["audit", "--out"],
            "kalender.ics": ["export", "ics", "--from", "2026-03-01", "--to", "2026-03-31", "--out"],
            "kalender.csv": ["export", "csv", "--from", "2026-03-01", "--to", "2026-03-31", "--personal-data", "--out"],
            "brief.pdf": ["letter", "receipt", "--id", str(record.id), "--out"],
            "briefing.pdf": ["briefing", "--from", "2026-03-14", "--to", "2026-03-20", "--out"],
            "inzage.pdf": ["subject-access", "--person", "Henk de Wit", "--all", "--out"],
        }
        for name, command in outs.items():
            target = tmp_path / name
            target.write_bytes(b"old")  # an existing readable file is replaced by a private one
            target.chmod(0o644)
            assert main([*command[:1], "--db", database.url, *command[1:], str(target)]) == 0, name
            assert mode(target) == 0o600, name
        assert sorted(p.name for p in tmp_path.iterdir() if ".part" in p.name) == []
    finally:
        os.umask(old_umask)


def test_a_failed_write_leaves_neither_a_temporary_file_nor_a_changed_target(tmp_path, monkeypatch):
    target = tmp_path / "export.csv"
    target.write_bytes(b"goed")

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        write_file(target, b"persoonsgegevens" * 1000)
    assert target.read_bytes() == b"goed"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]
    monkeypatch.undo()
    write_file(target, b"nieuw")
    assert target.read_bytes() == b"nieuw" and mode(target) == 0o600

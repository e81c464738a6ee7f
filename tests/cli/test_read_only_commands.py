"""``--read-only`` means read-only: no database file, folder or side file is created,
upgraded or touched by any command, and commands that must write refuse in Dutch.

Finding 9 of issue #12: ``restore --read-only`` replaced the database, ``checklist
--read-only`` inserted partners, and read-only runs created files and ran upgrades.
Every file in the data folder is compared by content hash and modification time.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime

import pytest
from alembic import command

from crisisdesk.cli import main
from crisisdesk.db.database import open_database
from crisisdesk.db.engine import make_engine
from crisisdesk.db.migrate import alembic_config

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """A data folder with a register in use: notifications, events, partners, an exercise."""
    from crisisdesk.demo.world import seed_demo_world

    home = tmp_path_factory.mktemp("observer-home")
    url = f"sqlite:///{home / 'crisisdesk.sqlite'}"
    database = open_database(url)
    seed_demo_world(database.factory, 30, now=NOW)
    database.dispose()
    backup = home.parent / "observer-backup.sqlite"
    assert main(["backup", "--db", url, "--out", str(backup)]) == 0
    return home, backup


def snapshot(folder) -> dict[str, tuple[str, int]]:
    return {
        str(path.relative_to(folder)): (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


READING = [
    ["audit", "--out", "{out}/audit.csv"],
    ["export", "ics", "--from", "2026-01-01", "--to", "2026-12-31", "--out", "{out}/cal.ics"],
    ["export", "csv", "--from", "2026-01-01", "--to", "2026-12-31", "--out", "{out}/cal.csv", "--personal-data"],
    ["briefing", "--from", "2026-03-01", "--to", "2026-04-30", "--out", "{out}/briefing.pdf"],
    ["evaluation", "--from", "2026-01-01", "--to", "2026-12-31", "--out", "{out}/evaluation.pdf"],
    ["letter", "receipt", "--id", "1", "--out", "{out}/receipt.pdf"],
    ["checklist", "--partner", "politie", "--from", "2026-01-01", "--to", "2026-12-31", "--out", "{out}/tasks.pdf"],
    ["exercise-report", "--exercise", "1", "--out", "{out}/exercise.pdf"],
    ["retention"],
    ["subject-access", "--person", "Jansen", "--out", "{out}/subject.pdf"],
    ["backup", "--out", "{out}/copy.sqlite"],
]
WRITING = [
    ["restore", "--from", "{backup}"],
    ["retention", "--apply"],
    ["demo", "--count", "5"],
]


@pytest.mark.parametrize("words", READING + WRITING, ids=lambda words: " ".join(words[:2]))
def test_no_command_changes_anything_in_read_only_mode(filled, tmp_path, capsys, words):
    home, backup = filled
    before = snapshot(home)
    argv = [w.format(out=tmp_path, backup=backup) for w in words] + ["--home", str(home), "--read-only"]
    code = main(argv)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert snapshot(home) == before  # not one byte, not one mtime, not one new file
    if words in WRITING:
        assert code != 0
        assert "alleen-lezen" in captured.err or "alleen lezen" in captured.err
    else:
        assert code == 0, captured.err


def test_read_only_creates_no_database_and_no_folder(tmp_path, capsys):
    home = tmp_path / "nowhere"
    code = main(["audit", "--home", str(home), "--read-only", "--out", str(tmp_path / "a.csv")])
    assert code != 0 and "bestaat niet" in capsys.readouterr().err
    assert not home.exists()
    missing = tmp_path / "missing.sqlite"
    assert main(["retention", "--db", f"sqlite:///{missing}", "--read-only"]) != 0
    assert not missing.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_read_only_never_upgrades(tmp_path, capsys):
    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0003")
    engine.dispose()
    before = snapshot(tmp_path)
    code = main(["retention", "--db", f"sqlite:///{path}", "--read-only"])
    assert code != 0 and "--read-only" in capsys.readouterr().err
    assert snapshot(tmp_path) == before
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)


def test_read_only_connection_refuses_writes_below_the_services(filled):
    """The second line: even a raw statement on the session's connection cannot write."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    home, _ = filled
    database = open_database(f"sqlite:///{home / 'crisisdesk.sqlite'}", read_only=True)
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM notification")).scalar() > 0
            with pytest.raises(OperationalError):
                connection.execute(text("DELETE FROM setting"))
    finally:
        database.dispose()

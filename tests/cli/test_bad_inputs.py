"""Every bad input gets a Dutch message and a non-zero exit — never a traceback — and
changes nothing.

Issue #12: about 130 of 255 malformed inputs ended in a traceback (year 1 or 9999,
an unreachable, locked or corrupt database, an unwritable ``--out``). This walks a
table of well over 200 of them through ``crisisdesk.cli.main`` on one register and
checks, for each: an exit code other than 0, no traceback on stderr, a specific
message (not the last-resort "something unexpected"), no organiser data on stderr,
and the database's content exactly as before (its full SQL dump).
The services' side (field lengths, NUL bytes and dates, on both databases) is in
tests/services/test_bad_values.py.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime

import pytest

from crisisdesk.cli import main

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
UNEXPECTED = "Er ging iets onverwachts mis"


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    from crisisdesk.db.database import open_database
    from crisisdesk.demo.world import seed_demo_world
    from crisisdesk.services.checklists.partners import PartnerService

    folder = tmp_path_factory.mktemp("register")
    path = folder / "crisisdesk.sqlite"
    database = open_database(f"sqlite:///{path}")
    seed_demo_world(database.factory, 30, now=NOW)
    PartnerService(database.factory).seed_defaults()
    database.dispose()
    with closing(sqlite3.connect(path)) as connection:
        names = [row[0] for row in connection.execute("SELECT organiser_name FROM notification WHERE organiser_name != ''")]
    return path, names


def dump(path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


BAD_DATES = [
    "0001-01-01", "9999-12-31", "1899-12-31", "2201-01-01", "31-02-2026", "2026-13-01", "", "abc",
    "2026-03-01\x00", "\x00", "1-1-1", "99999-01-01", "-1", "2026-02-30", "00-00-0000", "2026/99/99",
]
DATED = {
    "export ics": ["export", "ics", "--out", "{out}/x.ics"],
    "export csv": ["export", "csv", "--out", "{out}/x.csv"],
    "briefing": ["briefing", "--out", "{out}/x.pdf"],
    "evaluation": ["evaluation", "--out", "{out}/x.pdf"],
    "checklist": ["checklist", "--partner", "politie", "--out", "{out}/x.pdf"],
}
GOOD_FROM, GOOD_TO = "2026-03-01", "2026-03-31"

CASES: list[tuple[str, list[str]]] = []
for name, words in DATED.items():
    for bad in BAD_DATES:
        CASES.append((f"{name} --from {bad!r}", [*words, "--from", bad, "--to", GOOD_TO]))
        CASES.append((f"{name} --to {bad!r}", [*words, "--from", GOOD_FROM, "--to", bad]))
for bad in BAD_DATES:
    CASES.append((f"briefing --meeting {bad!r}", ["briefing", "--from", GOOD_FROM, "--to", GOOD_TO, "--meeting", bad, "--out", "{out}/x.pdf"]))
    CASES.append((f"deadline --start {bad!r}", ["deadline", "--start", bad]))
    CASES.append((f"deadline --received {bad!r}", ["deadline", "--start", "2026-03-16 10:00", "--received", bad]))
    CASES.append((f"demo --now {bad!r}", ["demo", "--count", "1", "--now", bad]))
CASES += [
    ("deadline year 1 with time", ["deadline", "--start", "0001-01-01 00:00"]),
    ("deadline year 9999 with time", ["deadline", "--start", "9999-12-31 23:59"]),
    ("deadline unknown rule", ["deadline", "--start", "2026-03-16 10:00", "--rule", "nope"]),
    ("deadline 25 o'clock", ["deadline", "--start", "2026-03-16 25:00"]),
    ("export reversed period", ["export", "ics", "--from", GOOD_TO, "--to", GOOD_FROM, "--out", "{out}/x.ics"]),
    ("briefing reversed period", ["briefing", "--from", GOOD_TO, "--to", GOOD_FROM, "--out", "{out}/x.pdf"]),
    ("evaluation reversed period", ["evaluation", "--from", GOOD_TO, "--to", GOOD_FROM, "--out", "{out}/x.pdf"]),
]

BAD_OUT = {
    "a folder": "{out}",
    "under a file": "{out}/file.txt/x",
    "missing folder": "{out}/missing/deeper/x",
    "empty": "",
    "NUL in name": "{out}/x\x00y",
}
WRITERS = {
    "audit": ["audit"],
    "export": ["export", "csv", "--from", GOOD_FROM, "--to", GOOD_TO],
    "briefing": ["briefing", "--from", GOOD_FROM, "--to", GOOD_TO],
    "evaluation": ["evaluation", "--from", GOOD_FROM, "--to", GOOD_TO],
    "letter": ["letter", "receipt", "--id", "1"],
    "checklist": ["checklist", "--partner", "politie", "--from", GOOD_FROM, "--to", GOOD_TO],
    "exercise-report": ["exercise-report", "--exercise", "1"],
    "subject-access": ["subject-access", "--person", "Jansen"],
    "backup": ["backup"],
}
for name, words in WRITERS.items():
    for what, out in BAD_OUT.items():
        CASES.append((f"{name} --out {what}", [*words, "--out", out]))

for number in ["0", "-1", "999999", str(10**30)]:
    CASES.append((f"letter receipt --id {number}", ["letter", "receipt", "--id", number, "--out", "{out}/x.pdf"]))
    CASES.append((f"letter decision --id {number}", ["letter", "decision", "--id", number, "--out", "{out}/x.pdf"]))
    CASES.append((f"exercise-report --exercise {number}", ["exercise-report", "--exercise", number, "--out", "{out}/x.pdf"]))
for record in ["notification:abc", "x", ":", "notification:-1", f"notification:{10**30}", "notification:\x00", "\x00:1"]:
    CASES.append((f"audit --record {record!r}", ["audit", "--record", record, "--out", "{out}/x.csv"]))
for person in ["", "a", "\x00\x00\x00", "ab"]:
    CASES.append((f"subject-access --person {person!r}", ["subject-access", "--person", person, "--out", "{out}/x.pdf"]))
for partner in ["", "\x00", "nobody at all", "a"]:
    CASES.append((f"checklist --partner {partner!r}", ["checklist", "--partner", partner, "--out", "{out}/x.pdf"]))
for source in ["{out}/none.sqlite", "{out}", "{out}/file.txt", "{out}/empty.sqlite", "\x00"]:
    CASES.append((f"restore --from {source!r}", ["restore", "--from", source]))


@pytest.mark.parametrize(("label", "words"), CASES, ids=[label for label, _ in CASES])
def test_a_bad_input_is_a_dutch_message_and_changes_nothing(register, tmp_path, capsys, label, words):
    path, names = register
    (tmp_path / "file.txt").write_text("a file, not a folder")
    (tmp_path / "empty.sqlite").write_bytes(b"")
    before = dump(path)
    argv = [w.format(out=tmp_path) for w in words] + ["--db", f"sqlite:///{path}"]
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse's own refusal (a usage line, never a traceback)
        code = exit_.code
    err = capsys.readouterr().err
    assert code not in (0, None), label
    assert "Traceback" not in err and UNEXPECTED not in err, err
    assert err.strip(), "no message at all"
    assert not any(name in err for name in names)
    assert dump(path) == before


def test_the_table_is_large_enough():
    assert len(CASES) + len(DATABASES) * len(DATABASE_COMMANDS) >= 200


def _file(folder, content: bytes):
    path = folder / "db.sqlite"
    path.write_bytes(content)
    return path


def _folder(folder):
    path = folder / "db.sqlite"
    path.mkdir()
    return path


DATABASES = {
    "zero bytes": lambda folder: _file(folder, b""),
    "text file": lambda folder: _file(folder, b"not a database\n" * 50),
    "a folder": _folder,
    "missing folder": lambda folder: folder / "missing" / "db.sqlite",
    "damaged": None,  # made from the register below
    "locked": None,
    "newer": None,
}
DATABASE_COMMANDS = {
    "audit": ["audit", "--out", "{out}/x.csv"],
    "retention": ["retention"],
    "briefing": ["briefing", "--from", GOOD_FROM, "--to", GOOD_TO, "--out", "{out}/x.pdf"],
    "export": ["export", "ics", "--from", GOOD_FROM, "--to", GOOD_TO, "--out", "{out}/x.ics"],
    "letter": ["letter", "receipt", "--id", "1", "--out", "{out}/x.pdf"],
    "backup": ["backup", "--out", "{out}/x.sqlite"],
}


def _damaged(register_path, folder):
    import shutil

    target = folder / "db.sqlite"
    shutil.copy(register_path, target)
    with closing(sqlite3.connect(target)) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    with open(target, "r+b") as handle:  # the schema page, after the 100-byte file header
        handle.seek(100)
        handle.write(b"\xff" * (page_size - 100))
    return target


@pytest.mark.parametrize("command", list(DATABASE_COMMANDS))
@pytest.mark.parametrize("problem", list(DATABASES))
def test_an_unusable_database_is_a_dutch_message(register, tmp_path, capsys, problem, command):
    import shutil

    register_path, _ = register
    held = None
    if problem == "damaged":
        path = _damaged(register_path, tmp_path)
    elif problem in ("locked", "newer"):
        path = tmp_path / "db.sqlite"
        shutil.copy(register_path, path)
        if problem == "newer":
            with closing(sqlite3.connect(path)) as connection:
                connection.execute("UPDATE alembic_version SET version_num = '9999'")
                connection.commit()
        else:  # a restore in progress holds the file exclusively
            held = sqlite3.connect(path, isolation_level=None)
            held.execute("PRAGMA locking_mode=EXCLUSIVE")
            held.execute("PRAGMA journal_mode=DELETE")
            held.execute("BEGIN EXCLUSIVE")
    else:
        path = DATABASES[problem](tmp_path)
    before = path.read_bytes() if path.is_file() else None
    argv = [w.format(out=tmp_path) for w in DATABASE_COMMANDS[command]] + ["--db", f"sqlite:///{path}"]
    try:
        code = main(argv)
    finally:
        if held is not None:
            held.rollback()
            held.close()
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err and UNEXPECTED not in err, err
    if before is not None:
        assert path.read_bytes() == before
    assert not (tmp_path / "missing").exists()


def test_an_unreachable_server_is_a_dutch_message(capsys):
    code = main(["audit", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2", "--out", "/tmp/x.csv"])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err and "niet bereikbaar" in err

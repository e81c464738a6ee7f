"""``crisisdesk export``: a period to a file, dates read the Dutch and the ISO way."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from icalendar import Calendar

from crisisdesk.cli import main
from crisisdesk.db.database import open_database
from crisisdesk.domain.enums import District
from crisisdesk.domain.events.rules import EventDraft, EventKind
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.i18n import set_language
from crisisdesk.services.events.service import EventService


def _fill(db_url):
    db = open_database(db_url)
    now = datetime(2026, 3, 1, tzinfo=AMSTERDAM)
    events = EventService(db.factory, clock=lambda: now, user="tester")
    for day in (1, 15, 31):  # the last one ends after the --to day has begun: still inside
        events.create(EventDraft(
            kind=EventKind.EVENT, title=f"Markt {day}", start_at=datetime(2026, 3, day, 23, tzinfo=AMSTERDAM),
            end_at=datetime(2026, 3, day, 23, 30, tzinfo=AMSTERDAM), location="Vredenburg", district=District.BINNENSTAD,
        ))
    events.create(EventDraft(
        kind=EventKind.EVENT, title="April", start_at=datetime(2026, 4, 1, 0, tzinfo=AMSTERDAM),
        end_at=datetime(2026, 4, 1, 1, tzinfo=AMSTERDAM), location="Vredenburg", district=District.BINNENSTAD,
    ))
    db.dispose()


def test_ics_for_a_period_with_the_to_day_included(tmp_path, capsys):
    db_url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    _fill(db_url)
    out = tmp_path / "maart.ics"
    try:
        code = main(["export", "ics", "--lang", "en", "--from", "01-03-2026", "--to", "2026-03-31", "--out", str(out), "--db", db_url])
    finally:
        set_language("nl")
    assert code == 0
    assert capsys.readouterr().out.strip() == f"3 items from 01-03-2026 to 31-03-2026 exported to {out}."
    titles = sorted(str(e["SUMMARY"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert titles == ["Markt 1", "Markt 15", "Markt 31"]


def test_csv_and_bad_dates(tmp_path, capsys):
    db_url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    _fill(db_url)
    out = tmp_path / "x.csv"
    assert main(["export", "csv", "--from", "2026-03-15", "--to", "2026-04-01", "--out", str(out), "--db", db_url]) == 0
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert [r[3] for r in rows[1:]] == ["Markt 15", "Markt 31", "April"]
    assert main(["export", "csv", "--from", "31-02-2026", "--to", "2026-04-01", "--out", str(out), "--db", db_url]) == 2
    assert "31-02-2026" in capsys.readouterr().err
    assert main(["export", "csv", "--from", "2026-04-02", "--to", "2026-04-01", "--out", str(out), "--db", db_url]) == 2

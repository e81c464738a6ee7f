"""Every export a person reads holds words, never the program's codes.

One register in use (the demo world: notifications with decisions, events, checklists,
partners, an exercise) and then each export as the command line writes it: the audit
trail and calendar CSVs, the ICS, and every PDF. The texts are searched for the codes of
the domain's enums ("near_embassy", "traffic"), snake_case names and true/false.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from sqlalchemy import select

from crisisdesk import labels
from crisisdesk.cli import main
from crisisdesk.db.database import open_database
from crisisdesk.db.models import Notification
from crisisdesk.domain.enums import PlaceType, Risk

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)

# Codes that differ from their own words ("open" is Dutch too, "late" as well).
CODES = {str(member.value).lower() for member, _text in labels._LABEL_PAIRS
         if len(str(member.value)) > 1 and str(member.value).lower() not in re.findall(r"[\w-]+", labels.label(member).lower())
         } - {"late"}


def raw_codes(text: str) -> set[str]:
    words = set(re.findall(r"[\w-]+", text.lower()))
    return (words & (CODES | {"true", "false"})) | set(re.findall(r"\b[a-z]+_[a-z_]+\b", text))


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    from crisisdesk.demo.world import seed_demo_world

    home = tmp_path_factory.mktemp("exports")
    url = f"sqlite:///{home / 'crisisdesk.sqlite'}"
    database = open_database(url)
    seed_demo_world(database.factory, 30, now=NOW)
    with database.factory.begin() as session:  # changes of every kind in one organiser's trail
        session.info["user"] = "adviseur"
        row = session.scalars(select(Notification).where(Notification.organiser_name != "").order_by(Notification.id)).first()
        row.place_type = PlaceType.NEAR_EMBASSY
        row.decision_grounds = "traffic,disorder"
        row.late_accepted = not row.late_accepted
        row.risk = Risk.HIGH
        person = row.organiser_name
    database.dispose()
    return url, person


EXPORTS = {
    "audit-csv": ["audit", "--out", "{out}/audit.csv"],
    "calendar-csv": ["export", "csv", "--from", "2026-03-01", "--to", "2026-04-30", "--out", "{out}/cal.csv", "--personal-data"],
    "calendar-ics": ["export", "ics", "--from", "2026-03-01", "--to", "2026-04-30", "--out", "{out}/cal.ics"],
    "briefing": ["briefing", "--from", "2026-03-14", "--to", "2026-03-28", "--out", "{out}/briefing.pdf"],
    "evaluation": ["evaluation", "--from", "2026-01-01", "--to", "2026-12-31", "--out", "{out}/evaluation.pdf"],
    "receipt": ["letter", "receipt", "--id", "1", "--out", "{out}/receipt.pdf"],
    "partner-tasks": ["checklist", "--partner", "politie", "--from", "2026-01-01", "--to", "2026-12-31", "--out", "{out}/tasks.pdf"],
    "exercise-report": ["exercise-report", "--exercise", "1", "--out", "{out}/exercise.pdf"],
    "subject-access": ["subject-access", "--person", "{person}", "--all", "--out", "{out}/subject.pdf"],
}


def read(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".ics":  # the values, not the format's own property names (LOCATION:, DTSTART;TZID=…:)
        text = "\n".join(line.split(":", 1)[1] for line in text.splitlines() if ":" in line)
    return text


@pytest.mark.parametrize("name", EXPORTS)
def test_export_holds_no_raw_code(register, tmp_path, name):
    url, person = register
    args = [part.format(out=tmp_path, person=person) for part in EXPORTS[name]] + ["--db", url]
    assert main(args) == 0
    text = read(Path(args[args.index("--out") + 1]))
    assert len(text) > 200  # something was written and read back
    assert raw_codes(text) == set()
    if name in ("audit-csv", "subject-access"):  # the changed organiser's trail is in it, in words
        assert "Bij een ambassade of internationale organisatie" in " ".join(text.split())


def test_the_check_finds_codes():
    assert raw_codes("Grond: traffic,disorder; near_embassy; true") == {"traffic", "disorder", "near_embassy", "true"}
    assert raw_codes("belang van het verkeer; Open; Te late kennisgeving") == set()

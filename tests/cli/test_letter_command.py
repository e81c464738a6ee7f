"""``crisisdesk letter receipt|decision --id N --out FILE``: written, or refused in Dutch."""

from __future__ import annotations

from datetime import date, datetime

from crisisdesk.cli import main
from crisisdesk.db.database import open_database
from crisisdesk.demo.profile import UTRECHT
from crisisdesk.domain.enums import Decision, District, ManifestationKind, PlaceType, Status
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.services.profile import ProfileService
from crisisdesk.services.register.notifications import NotificationService
from decision_helpers import decided
from report_helpers_cli import pdf_pages


def _fill(db_url: str, with_profile: bool = True) -> list[int]:
    db = open_database(db_url)
    service = NotificationService(db.factory, clock=lambda: datetime(2026, 3, 14, 12, tzinfo=AMSTERDAM), user="tester")
    base = dict(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Woningnood",
        start_at=datetime(2026, 3, 20, 14, tzinfo=AMSTERDAM), end_at=datetime(2026, 3, 20, 16, tzinfo=AMSTERDAM),
        location="Neude", district=District.BINNENSTAD, received_at=datetime(2026, 3, 10, 9, tzinfo=AMSTERDAM),
        organiser_name="J. Jansen",
    )
    ids = [
        service.create(NotificationDraft(**base, organiser_address="Straat 1, 3511 AA Utrecht", status=Status.DECIDED,
                                         **decided(Decision.CONDITIONS, on=date(2026, 3, 12)))).id,
        service.create(NotificationDraft(**base)).id,  # no address
    ]
    if with_profile:
        ProfileService(db.factory).save(UTRECHT)
    db.dispose()
    return ids


def test_decision_letter_written_with_the_decision_date(tmp_path, capsys):
    db_url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    decided_id, _ = _fill(db_url)
    out = tmp_path / "besluit.pdf"
    assert main(["letter", "decision", "--db", db_url, "--id", str(decided_id), "--out", str(out)]) == 0
    text = " ".join(pdf_pages(out.read_bytes()))
    assert "12 maart 2026" in text and "artikel 5, eerste lid, Wom" in text
    assert "Brief geschreven naar" in capsys.readouterr().out


def test_refusals_are_dutch_sentences_and_write_nothing(tmp_path, capsys):
    db_url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    _decided_id, bare_id = _fill(db_url)
    out = tmp_path / "brief.pdf"
    assert main(["letter", "receipt", "--db", db_url, "--id", str(bare_id), "--out", str(out)]) == 2
    assert "geen adres van de organisator" in capsys.readouterr().err
    assert main(["letter", "decision", "--db", db_url, "--id", str(bare_id), "--out", str(out)]) == 2
    assert "nog geen besluit" in capsys.readouterr().err
    assert not out.exists()


def test_without_a_profile_the_letter_says_what_to_fill_in(tmp_path, capsys):
    db_url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    decided_id, _ = _fill(db_url, with_profile=False)
    assert main(["letter", "decision", "--db", db_url, "--id", str(decided_id), "--out", str(tmp_path / "b.pdf")]) == 2
    err = capsys.readouterr().err
    assert "gemeenteprofiel is niet compleet" in err and "de rechtbank" in err and "Traceback" not in err

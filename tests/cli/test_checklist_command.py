"""``crisisdesk checklist --partner NAME --from --to --out``: the partner PDF from the command line."""

from __future__ import annotations

import io
from datetime import datetime

from pypdf import PdfReader

from crisisdesk.cli import main
from crisisdesk.db.database import open_database
from crisisdesk.domain.checklists.rules import ChecklistRecordType
from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.i18n import set_language, translate
from crisisdesk.services.checklists.service import ChecklistService
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.services.checklists.partners import PartnerService


def _fill(db_url):
    db = open_database(db_url)
    now = datetime(2026, 3, 1, 9, 0, tzinfo=AMSTERDAM)
    PartnerService(db.factory, clock=lambda: now, user="t").seed_defaults()
    record = NotificationService(db.factory, clock=lambda: now, user="t").create(NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Fietsersprotest",
        start_at=datetime(2026, 3, 20, 14, tzinfo=AMSTERDAM), end_at=datetime(2026, 3, 20, 16, tzinfo=AMSTERDAM),
        location="Domplein", district=District.BINNENSTAD, received_at=now, organiser_organisation="Fietsbond",
        expected_participants=80,
    ))
    ChecklistService(db.factory, clock=lambda: now, user="t").apply_template(
        ChecklistRecordType.NOTIFICATION, record.id, "demonstration_high")
    db.dispose()


def test_partner_pdf_from_the_command_line(tmp_path, capsys):
    db_url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    _fill(db_url)
    out = tmp_path / "politie.pdf"
    assert main(["checklist", "--lang", "en", "--db", db_url, "--partner", "Politie", "--from", "16-03-2026", "--to", "2026-03-22",
                 "--out", str(out)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Fietsersprotest" in text and "Inlichtingenbeeld en risicoanalyse politie" in text
    assert "Politie Midden-Nederland" in capsys.readouterr().out


def test_an_ambiguous_or_unknown_partner_gets_a_clear_message(tmp_path, capsys):
    db_url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    _fill(db_url)
    out = tmp_path / "x.pdf"
    set_language("en")
    try:
        assert main(["checklist", "--lang", "en", "--db", db_url, "--partner", "Gemeente", "--out", str(out)]) == 2
        error = capsys.readouterr().err
        assert "more than one partner" in error and "Stadsbedrijven" in error and "(THOR)" in error
        assert main(["checklist", "--lang", "en", "--db", db_url, "--partner", "Brandweer Amsterdam", "--out", str(out)]) == 2
        assert "no partner matches" in capsys.readouterr().err
        assert main(["checklist", "--lang", "en", "--db", db_url, "--partner", "Politie", "--from", "2026-03-22", "--to", "2026-03-16",
                     "--out", str(out)]) == 2
        assert translate("Cli", "--to lies before --from.") in capsys.readouterr().err
    finally:
        set_language("nl")
    assert not out.exists()

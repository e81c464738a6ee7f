"""Wom letters to the organiser, read back from the PDF as the organiser and a lawyer would."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from crisisdesk.demo.profile import DEPUTY, TEAM_LEADER, UTRECHT
from crisisdesk.domain.enums import BanGround, Decision, DecisionGround, MadeKnownChannel, PlaceType, Status
from crisisdesk.domain.register.decisions import Measure
from crisisdesk.labels import format_moment
from crisisdesk.reports.base import page_text
from crisisdesk.reports.documents.letters import build_decision_letter, build_receipt
from crisisdesk.services.documents.letters import LetterRefused, NoDecision, letter_input
from crisisdesk.services.errors import NotFound
from crisisdesk.services.profile import ProfileService
from crisisdesk.services.register.notifications import draft_from_record
from decision_helpers import decided
from report_helpers import draft, local, pages_text

DECIDED_ON = date(2026, 3, 12)
MEASURES = (
    Measure("1. Geen versterkt geluid na 21:00 uur.", (DecisionGround.HEALTH,)),
    Measure("Ten minste 6 stewards met hesjes.", (DecisionGround.DISORDER, DecisionGround.TRAFFIC)),
)
MOTIVATION = "Op dinsdagmiddag is de Neude vol terrassen; met 150 deelnemers is de doorgang voor hulpdiensten krap."


@pytest.fixture
def profile(database):
    ProfileService(database.factory).save(UTRECHT)
    return UTRECHT


def letter(database, fixed_now, notification_id, kind, **kwargs) -> bytes:
    data = letter_input(database.factory, notification_id, kind, user="tester", clock=lambda: fixed_now, **kwargs)
    return build_receipt(data) if kind == "receipt" else build_decision_letter(data)


def with_decision(service, kind: Decision, **changes):
    record = service.create(draft())
    fields = decided(kind, on=DECIDED_ON, **changes)
    if kind in (Decision.CONDITIONS, Decision.RESTRICTIONS):
        fields["decision_measures"] = changes.get("decision_measures", MEASURES)
        fields["decision_motivation"] = changes.get("decision_motivation", MOTIVATION)
    return service.update(record.id, draft_from_record(record, status=Status.DECIDED, **fields), record.version)


def text_of(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


def test_receipt_states_the_moment_of_receipt_the_term_and_invites_to_a_vooroverleg(service, database, fixed_now, profile):
    record = service.create(draft(purpose="Wake voor de slachtoffers — één minuut stilte"))
    pages = pages_text(letter(database, fixed_now, record.id, "receipt"))
    text = " ".join(pages)
    assert format_moment(record.received_at) in text
    assert "is tijdig gedaan" in text and "art. 2:6 APV Utrecht" in text
    assert "Wake voor de slachtoffers — één minuut stilte" in text
    assert "Joëlle de Vries" in text and "Voorbeeldstraat 1" in text  # the letter goes to the organiser
    assert "vooroverleg" in text and "L. Visser" in text and "14 030" in text and "oov@example.nl" in text
    assert "Gemeente Utrecht" in text
    assert all(page_text(n, len(pages)) in page for n, page in enumerate(pages, start=1))


def test_late_receipt_says_so_without_calling_it_a_ban(service, database, fixed_now, profile):
    record = service.create(draft(start_at=local(2026, 3, 16, 10), end_at=local(2026, 3, 16, 11), received_at=local(2026, 3, 14, 9)))
    assert not record.on_time
    text = text_of(letter(database, fixed_now, record.id, "receipt"))
    assert "na het uiterste tijdstip" in text
    assert "kan een grond zijn voor een verbod (artikel 5, tweede lid, aanhef en onder a, Wom)" in text
    assert "verboden" not in text


def test_conditions_letter_cites_the_law_exactly_and_carries_the_motivation(service, database, fixed_now, profile):
    record = with_decision(service, Decision.CONDITIONS)
    text = text_of(letter(database, fixed_now, record.id, "decision"))
    assert "Op grond van artikel 5, eerste lid, Wom stelt de burgemeester de volgende voorschriften" in text
    assert "1. Geen versterkt geluid na 21:00 uur." in text and "1. 1." not in text  # numbered once
    assert "2. Ten minste 6 stewards met hesjes." in text
    assert "Dit dient ter bescherming van de gezondheid (artikel 2 Wom)." in text
    assert "in het belang van het verkeer en ter bestrijding of voorkoming van wanordelijkheden (artikel 2 Wom)" in text
    assert not re.search(r"art(ikel|\.)\s*2\s*(sub|onder)", text)  # art. 2 has no sub-letters
    assert MOTIVATION in text
    assert "geen rol gespeeld (artikel 5, derde lid, Wom)" in text
    assert "De kennisgevingstermijn volgt uit art. 2:6 APV Utrecht" in text
    assert "12 maart 2026" in text  # the decision date, not the day it is printed
    assert "14 maart 2026" not in text


def test_the_bezwaar_clause_is_complete(service, database, fixed_now, profile):
    record = with_decision(service, Decision.RESTRICTIONS)
    text = text_of(letter(database, fixed_now, record.id, "decision"))
    assert "beperkingen en voorschriften" in text
    assert "binnen zes weken" in text and "de dag na de dag waarop dit besluit aan u is bekendgemaakt" in text
    assert "artikelen 6:7 en 6:8 Algemene wet bestuursrecht" in text
    assert "t.a.v. de Commissie bezwaarschriften Postbus 16200 3500 CE Utrecht" in text
    assert "uw naam en adres" in text and "ons kenmerk KG-" in text
    assert "schorst de werking van dit besluit niet" in text
    assert "nadat u bezwaar heeft gemaakt, de voorzieningenrechter van de Rechtbank Midden-Nederland" in text
    assert "artikel 8:81 Algemene wet bestuursrecht" in text and "griffierecht" in text


def test_a_ban_rests_on_art_5_lid_2_and_says_why_milder_measures_fall_short(service, database, fixed_now, profile):
    record = with_decision(service, Decision.BAN)
    text = text_of(letter(database, fixed_now, record.id, "decision"))
    assert "Op grond van artikel 5, eerste lid, Wom verbiedt de burgemeester de betoging" in text
    assert "Het verbod berust op artikel 5, tweede lid, aanhef en onder c, Wom: het verbod is nodig ter bestrijding of voorkoming van wanordelijkheden (artikel 2 Wom)." in text
    assert "Waarom voorschriften of beperkingen niet volstaan" in text
    assert record.decision_ban_alternatives in text
    assert "artikel 5, tweede lid, aanhef en onder c" in text


def test_a_ban_on_lateness_prints_the_weighing(service, database, fixed_now, profile):
    record = service.create(draft(start_at=local(2026, 3, 16, 10), end_at=local(2026, 3, 16, 11), received_at=local(2026, 3, 14, 9)))
    weighing = "Voor de optocht over de Weg der Verenigde Naties was in één dag geen verkeersregeling meer te treffen."
    fields = decided(Decision.BAN, on=date(2026, 3, 14), decision_ban_ground=BanGround.LATE, decision_ban_interests=(),
                     decision_lateness_weighing=weighing)
    record = service.update(record.id, draft_from_record(record, status=Status.DECIDED, **fields), record.version)
    text = text_of(letter(database, fixed_now, record.id, "decision"))
    assert "aanhef en onder a, Wom: de kennisgeving is niet tijdig gedaan" in text
    assert "Wom), artikel 5, eerste lid, en artikel 5, tweede lid, aanhef en onder a." in text  # no art. 2 interest
    assert "Afweging van de te late kennisgeving" in text and weighing in text
    assert "U hoort zo spoedig mogelijk van ons" not in text  # the receipt's words, not a decision's


def test_the_signatory_is_who_decided_namens_under_a_mandate(service, database, fixed_now, profile):
    mayor = text_of(letter(database, fixed_now, with_decision(service, Decision.NO_MEASURES).id, "decision"))
    assert "De burgemeester van Utrecht, A. de Vries" in mayor and "namens" not in mayor
    mandate = with_decision(service, Decision.CONDITIONS, decided_by=TEAM_LEADER.name, decided_capacity=TEAM_LEADER.capacity,
                            decided_function=TEAM_LEADER.function)
    text = text_of(letter(database, fixed_now, mandate.id, "decision"))
    assert "namens de burgemeester van Utrecht, drs. S. de Wit teamleider Openbare Orde en Veiligheid" in text
    deputy = with_decision(service, Decision.CONDITIONS, decided_by=DEPUTY.name, decided_capacity=DEPUTY.capacity)
    assert "De loco-burgemeester van Utrecht, R. Aydın" in text_of(letter(database, fixed_now, deputy.id, "decision"))


def test_made_known_when_and_how(service, database, fixed_now, profile):
    known = with_decision(service, Decision.CONDITIONS, decision_made_known_at=datetime(2026, 3, 12, 15, 0, tzinfo=UTC),
                          decision_made_known_how=MadeKnownChannel.EMAIL)
    text = text_of(letter(database, fixed_now, known.id, "decision"))
    assert f"Dit besluit is op {format_moment(known.decision_made_known_at)} per e-mail aan u bekendgemaakt (artikel 5, vierde lid, Wom)." in text


def test_near_an_embassy_the_measures_rest_on_art_5_not_art_9(service, database, fixed_now, profile):
    record = service.create(draft(place_type=PlaceType.NEAR_EMBASSY))
    record = service.update(record.id, draft_from_record(record, status=Status.DECIDED, **decided(Decision.CONDITIONS, on=DECIDED_ON)), record.version)
    text = text_of(letter(database, fixed_now, record.id, "decision"))
    assert "berust op artikel 5 Wom en de belangen van artikel 2 Wom" in text
    assert "Tijdens de manifestatie kan de burgemeester aanwijzingen geven" in text


def test_refused_without_address_or_shown_with_a_warning_in_the_preview(service, database, fixed_now, profile):
    record = service.create(draft(organiser_address=""))
    with pytest.raises(LetterRefused) as refused:
        letter(database, fixed_now, record.id, "receipt")
    assert refused.value.reason == "address_missing"
    text = text_of(letter(database, fixed_now, record.id, "receipt", allow_missing_address=True))
    assert "ADRES ONTBREEKT" in text


def test_refused_without_the_profile(service, database, fixed_now):
    record = with_decision(service, Decision.CONDITIONS)
    with pytest.raises(LetterRefused) as refused:
        letter(database, fixed_now, record.id, "decision")
    assert refused.value.reason == "profile_incomplete"
    assert set(refused.value.details) == {"name", "objection_address", "court", "contact_name", "contact_reach"}


def test_a_measure_flagged_as_about_content_holds_the_letter_until_confirmed(service, database, fixed_now, profile):
    flagged = (Measure("Geen leuzen via de geluidsinstallatie na 21:00 uur.", (DecisionGround.HEALTH,)),)
    record = with_decision(service, Decision.CONDITIONS, decision_measures=flagged)
    with pytest.raises(LetterRefused) as refused:
        letter(database, fixed_now, record.id, "decision")
    assert (refused.value.reason, refused.value.details) == ("content_unconfirmed", (1,))
    note = (replace(flagged[0], content_note="Het gaat om versterkt geluid na 21:00, niet om wat er gezegd wordt."),)
    record = service.update(record.id, draft_from_record(record, decision_measures=note), record.version)
    assert "Geen leuzen" in text_of(letter(database, fixed_now, record.id, "decision"))


def test_decision_letter_needs_a_decision_and_an_existing_notification(service, database, fixed_now, profile):
    record = service.create(draft())
    with pytest.raises(NoDecision):
        letter(database, fixed_now, record.id, "decision")
    with pytest.raises(NotFound):
        letter(database, fixed_now, 999, "receipt")


def test_pdf_hygiene_fonts_language_author_and_the_decision_date(service, database, fixed_now, profile):
    record = with_decision(service, Decision.CONDITIONS)
    pdf = letter(database, fixed_now, record.id, "decision")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.author == "Gemeente Utrecht, Openbare Orde en Veiligheid"
    assert reader.metadata.creation_date.date() == DECIDED_ON
    assert reader.metadata.title.startswith(f"Besluit KG-{record.id} — Kennisgeving van een betoging")
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(font["/BaseFont"])
            assert "/FontDescriptor" in font or "/DescendantFonts" in font, font["/BaseFont"]  # embedded TrueType
    assert not any("Helvetica" in name for name in fonts)


def test_letters_are_deterministic(service, database, fixed_now, profile):
    record = service.create(draft())
    assert letter(database, fixed_now, record.id, "receipt") == letter(database, fixed_now, record.id, "receipt")

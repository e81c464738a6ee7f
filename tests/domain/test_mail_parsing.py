"""Reading a notification from an e-mail: the samples, the received moment, the answers, refusals."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import default

import pytest

from crisisdesk.domain.enums import Channel, District, ManifestationKind
from crisisdesk.domain.intake.answers import Answer, answers_in_text, key_of, read_answers
from crisisdesk.domain.intake.mail import (
    DATE,
    RECEIVED,
    IntakeRefused,
    draft_from_intake,
    parse_message,
)
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.resources import resource_path


def sample(name: str):
    return parse_message(resource_path("samples", name).read_bytes(), name)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)


def eml(body: str, headers: dict[str, str] | None = None, attachments=()) -> bytes:
    message = EmailMessage(policy=default)
    for name, value in (headers or {"From": "a@example.nl", "Date": "Mon, 23 Nov 2026 10:00:00 +0100",
                                     "Message-ID": "<x@example.nl>"}).items():
        message[name] = value
    message.set_content(body)
    for name, data in attachments:
        message.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return bytes(message)


# --- the samples ----------------------------------------------------------------------------


def test_plain_email_gives_its_stated_answers_and_leaves_the_rest_empty():
    intake = sample("kennisgeving-email.eml")
    # The topmost Received header (our own server, 21:47:12), not Date (21:46:58) nor the lower Received.
    assert intake.received_at == datetime(2026, 11, 24, 20, 47, 12, tzinfo=UTC)
    assert intake.received_header == RECEIVED
    assert intake.message_id == "20261124214658.3f2a@mail.example.nl"
    assert intake.values["start_at"] == local(2026, 12, 12, 13, 30)
    assert intake.values["end_at"] == local(2026, 12, 12, 15, 0)
    assert intake.values["location"] == "Janskerkhof, bij de Statenkamer"
    assert intake.values["expected_participants"] == (40, 60)
    assert intake.values["kind"] == ManifestationKind.DEMONSTRATION
    assert intake.values["organiser_email"] == "s.verhoef@example.nl"
    assert intake.sources["organiser_email"] == "sender"
    # The purpose is only in the prose, the wijk and the name nowhere as an answer: left empty, never guessed.
    for name in ("purpose", "district", "organiser_name", "organiser_address", "route_start", "composition"):
        assert name not in intake.values
        assert name in intake.missing
    assert set(intake.gaps) == {"purpose", "district", "organiser_name"}
    assert intake.channel == Channel.EMAIL


def test_eform_email_reads_body_answers_and_the_pdf_copys_form_fields():
    intake = sample("kennisgeving-e-formulier.eml")
    assert intake.received_at == datetime(2026, 11, 27, 15, 58, 41, tzinfo=UTC)
    assert intake.pdf_forms == ("kennisgeving-KM-2026-0412.pdf",)
    assert intake.channel == Channel.FORM
    assert intake.missing == ()
    assert intake.gaps == ()
    values = intake.values
    assert values["organiser_name"] == "Joris van Dalen"
    assert values["organiser_email"] == "j.vandalen@example.nl"  # the answer, not the no-reply sender
    assert values["district"] == District.WEST
    assert values["start_at"] == local(2026, 12, 19, 11, 0)
    assert values["end_at"] == local(2026, 12, 19, 13, 0)
    assert intake.sources["organiser_name"] == "body"
    # Route, participants and measures are only in the PDF copy.
    assert values["route_end"] == "Neude"
    assert values["expected_participants"] == (150, 200)
    assert values["organiser_measures"].startswith("Zes verkeersregelaars")
    assert {intake.sources[name] for name in ("route_end", "expected_participants", "organiser_measures")} == {"pdf"}
    draft = draft_from_intake(intake)
    assert draft.received_at == intake.received_at and draft.expected_participants_max == 200


def test_outlook_msg_is_read_with_its_transport_headers():
    intake = sample("kennisgeving-outlook.msg")
    assert intake.format == "msg"
    assert intake.received_at == datetime(2026, 11, 26, 8, 12, 5, tzinfo=UTC)
    assert intake.received_header == RECEIVED
    assert intake.message_id == "AM0PR09MB1234.stilletocht@mail.example.nl"
    assert intake.sender == "f.elamrani@example.nl"
    assert intake.subject == "Kennisgeving stille tocht Kanaleneiland"
    assert intake.values["district"] == District.ZUIDWEST
    assert intake.values["expected_participants"] == (300, None)  # "ongeveer 300"
    assert intake.values["start_at"] == local(2026, 12, 18, 19, 0)
    assert intake.values["end_at"] == local(2026, 12, 18, 20, 30)
    assert intake.missing == ("route",)
    assert intake.gaps == ()


def test_a_message_without_answers_is_no_notification():
    with pytest.raises(IntakeRefused) as refused:
        sample("geen-kennisgeving.eml")
    assert refused.value.code == "not_a_notification"


# --- the received moment ----------------------------------------------------------------------


def test_without_a_received_header_the_date_header_is_used_and_said():
    intake = parse_message(eml("Datum: 12-12-2026\nTijd: 14:00 - 16:00\nLocatie: Neude"), "a.eml")
    assert intake.received_at == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    assert intake.received_header == DATE


def test_an_unreadable_topmost_received_falls_back_to_date_and_minus_zero_is_utc():
    data = eml("Locatie: Neude", {"Received": "from x by y; not a date", "Date": "Mon, 23 Nov 2026 10:00:00 -0000"})
    intake = parse_message(data, "a.eml")
    assert (intake.received_at, intake.received_header) == (datetime(2026, 11, 23, 10, 0, tzinfo=UTC), DATE)


def test_no_moment_in_the_headers_leaves_received_empty_and_is_a_gap():
    intake = parse_message(eml("Locatie: Neude", {"From": "a@example.nl"}), "a.eml")
    assert intake.received_at is None and intake.received_header == ""
    assert "received_at" in intake.gaps


# --- answers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["E-mailadres", "e-mail adres", "Emailadres", "email_adres", "E-mail *",
                                   "E-mailadres (verplicht)"])
def test_label_variants_are_one_label(label):
    assert key_of(label) == "organiser_email"


def test_dutch_dates_and_times_in_their_usual_spellings():
    for lines, start, end in [
        ("Datum: zaterdag 12 december 2026\nTijd: 13.30 tot 15.00 uur", (13, 30), (15, 0)),
        ("Datum: 12-12-2026\nBegintijd: 14u\nEindtijd: 16 uur", (14, 0), (16, 0)),
        ("Datum en tijd: 2026-12-12, van 09:15 tot 11:45", (9, 15), (11, 45)),
        ("Aanvang: 12/12/2026 19.00 uur\nEinde: 12/12/2026 21.00 uur", (19, 0), (21, 0)),
    ]:
        found = read_answers(answers_in_text(lines))
        assert found.values["start_at"] == local(2026, 12, 12, *start), lines
        assert found.values["end_at"] == local(2026, 12, 12, *end), lines


def test_unreadable_values_are_left_empty_and_reported():
    found = read_answers(answers_in_text(
        "Datum: binnenkort\nSoort: iets leuks\nAantal deelnemers: veel\nWijk: Lombok\nE-mail: geen\nLocatie: Neude"))
    assert set(found.values) == {"location"}
    assert {u.field: u.code for u in found.unreadable} == {
        "start_at": "moment_unreadable", "kind": "kind_unreadable", "expected_participants": "head_count_unreadable",
        "district": "district_unknown", "organiser_email": "email_invalid"}


def test_an_end_before_the_start_is_not_turned_into_the_next_day():
    found = read_answers(answers_in_text("Datum: 31-12-2026\nTijd: 22:00 - 01:00\nLocatie: Neude"))
    assert found.values["start_at"] == local(2026, 12, 31, 22, 0)
    assert "end_at" not in found.values
    assert [u.code for u in found.unreadable] == ["end_before_start"]


def test_a_date_without_year_is_no_moment():
    found = read_answers(answers_in_text("Datum: 12 december\nLocatie: Neude"))
    assert "start_at" not in found.values


def test_a_value_may_continue_on_the_next_lines_and_prose_is_not_an_answer():
    text = "Route:\n  Neude, Lijnmarkt,\n  Domplein\n\nIk hoop: dat het mag.\nLocatie: Neude\nextra zin"
    answers = answers_in_text(text)
    assert answers == [Answer("Route", "Neude, Lijnmarkt, Domplein", "body"), Answer("Locatie", "Neude", "body")]


def test_the_kind_is_read_only_when_one_kind_is_named():
    assert read_answers([Answer("Soort", "Kerkdienst in de open lucht", "body")]).values["kind"] == \
        ManifestationKind.RELIGIOUS_GATHERING
    assert "kind" not in read_answers([Answer("Soort", "demonstratie of vergadering", "body")]).values


def test_an_html_only_message_is_read_as_text():
    message = EmailMessage(policy=default)
    message["From"], message["Date"] = "a@example.nl", "Mon, 23 Nov 2026 10:00:00 +0100"
    message.set_content("<table><tr><td>Locatie</td><td>Neude</td></tr><tr><td>Datum</td><td>12-12-2026 14:00</td>"
                        "</tr></table>", subtype="html")
    intake = parse_message(bytes(message), "a.eml")
    assert intake.values["location"] == "Neude"
    assert intake.values["start_at"] == local(2026, 12, 12, 14, 0)


def test_a_damaged_pdf_is_noted_and_the_body_still_counts():
    intake = parse_message(eml("Locatie: Neude", attachments=[("kopie.pdf", b"%PDF-1.4 broken")]), "a.eml")
    assert intake.values["location"] == "Neude"
    assert intake.notes == ("pdf_unreadable",)


def test_a_pdf_form_alone_gives_the_answers():
    from pypdf import PdfReader
    pdf = _sample_pdf()
    assert PdfReader(io.BytesIO(pdf)).get_fields()
    intake = parse_message(eml("Zie de bijlage.", attachments=[("formulier.pdf", pdf)]), "a.eml")
    assert intake.values["location"] == "Jaarbeursplein"
    assert intake.sources["location"] == "pdf"


def _sample_pdf() -> bytes:
    import email

    data = resource_path("samples", "kennisgeving-e-formulier.eml").read_bytes()
    message = email.message_from_bytes(data, policy=default)
    return next(message.iter_attachments()).get_content()


# --- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("data", "name", "code"), [
    (b"", "leeg.eml", "empty"),
    (b"\x00\x01\x02binary junk\x00" * 50, "rommel.eml", "malformed"),
    (b"just some text without headers\n\nDatum: 12-12-2026", "tekst.eml", "malformed"),
    (b"not an ole file at all", "kapot.msg", "malformed"),
    (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600, "afgebroken.msg", "malformed"),
    (b"From: a@example.nl\n\nLocatie: Neude", "bericht.txt", "unsupported_format"),
])
def test_malformed_and_unknown_files_are_refused(data, name, code):
    with pytest.raises(IntakeRefused) as refused:
        parse_message(data, name)
    assert refused.value.code == code


def test_a_message_over_the_limit_is_refused_with_its_size():
    data = eml("Locatie: Neude\n" + "x" * (2 * 1024 * 1024))
    with pytest.raises(IntakeRefused) as refused:
        parse_message(data, "groot.eml", limit_mb=1)
    assert refused.value.code == "too_large"
    assert refused.value.params["limit_mb"] == 1
    assert parse_message(data, "groot.eml", limit_mb=3).values["location"] == "Neude"


def test_the_same_message_id_gives_the_same_key_and_without_one_the_bytes_count():
    first = parse_message(eml("Locatie: Neude"), "a.eml")
    again = parse_message(eml("Locatie: Neude\nLater doorgestuurd"), "b.eml")
    assert first.message_key == again.message_key
    no_id = {"From": "a@example.nl", "Date": "Mon, 23 Nov 2026 10:00:00 +0100"}
    assert parse_message(eml("Locatie: Neude", no_id), "c.eml").message_key.startswith("raw:")


def test_the_header_block_of_a_forwarded_message_is_no_answer():
    text = ("Zie hieronder.\n\n-----Oorspronkelijk bericht-----\nVan: Sanne Verhoef <s@example.nl>\n"
            "Verzonden: dinsdag 24 november 2026 21:46\nDatum: 24-11-2026 21:46\nAan: openbareorde@example.nl\n"
            "Onderwerp: demonstratie\n\nDatum: 12-12-2026\nTijd: 14:00 - 15:00\nLocatie: Neude\n")
    found = read_answers(answers_in_text(text))
    assert found.values["start_at"] == local(2026, 12, 12, 14, 0)
    assert found.unreadable == []


def test_the_libraries_warnings_never_reach_stderr():
    """In a fresh interpreter (pytest's own log capture would hide a leak here)."""
    import subprocess
    import sys

    script = ("import logging, crisisdesk.domain.intake.mail\n"
              "logging.getLogger('extract_msg.message').warning('Onderwerp: Kennisgeving van Fatima el Amrani')\n"
              "logging.getLogger('pypdf._reader').warning('naam_organisator: Joris van Dalen')\n"
              "logging.getLogger('other').warning('control')\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stderr.strip() == "control"  # Python's last resort prints other libraries' records


def test_an_outlook_message_with_a_pdf_form_and_without_transport_headers():
    """The .msg writer of tools/make_mail_samples.py: an internal message, its answers in a PDF only."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    try:
        from make_mail_samples import EFORM_ANSWERS, Outlook, form_pdf, outlook_message
    finally:
        sys.path.pop(0)
    data = outlook_message(Outlook(
        subject="Kennisgeving", sender_name="Joris van Dalen", sender="j.vandalen@example.nl", to_name="OOV",
        to="oov@example.nl", body="Zie de bijlage.", headers="", message_id="<intern-1@example.nl>",
        sent=datetime(2026, 11, 20, 9, 30, tzinfo=UTC), delivered=datetime(2026, 11, 20, 9, 31, tzinfo=UTC),
        attachments=[("formulier.pdf", "application/pdf", form_pdf("Kennisgeving", EFORM_ANSWERS))]))
    intake = parse_message(data, "intern.msg")
    assert intake.pdf_forms == ("formulier.pdf",)
    assert intake.channel == Channel.FORM
    assert intake.missing == ()
    assert {intake.sources[name] for name in intake.found} == {"pdf"}
    # No transport headers: the submit time, said to come from Date.
    assert (intake.received_at, intake.received_header) == (datetime(2026, 11, 20, 9, 30, tzinfo=UTC), DATE)

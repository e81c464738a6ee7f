"""Writes the sample messages in ``resources/samples/`` (a developer's command).

    python tools/make_mail_samples.py

Four messages as they reach the public-order desk, with fictional people and
organisations (``example.nl`` addresses) and real Utrecht places:

- ``kennisgeving-email.eml``: an organiser's own e-mail, a letter with a few
  "label: value" lines in it;
- ``kennisgeving-e-formulier.eml``: the municipality's e-form as it arrives, the answers
  in the body and a PDF copy with form fields;
- ``kennisgeving-outlook.msg``: a notification saved from Outlook (.msg);
- ``geen-kennisgeving.eml``: a question that is no notification at all.

No library writes Outlook .msg files, so :class:`CompoundFile` below writes the
compound file (MS-CFB, version 3) and :func:`outlook_message` the MAPI properties in
it (MS-OXMSG) — enough for Outlook and extract-msg to read the message, its transport
headers and its attachment. The output is the same on every run (fixed dates, no
random), so regenerating changes nothing unless this script changed.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"

# --- a compound file (MS-CFB version 3) -----------------------------------------------

SECTOR, MINI_SECTOR, MINI_CUTOFF = 512, 64, 4096
FREE, END, FAT_SECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


@dataclass
class Entry:
    name: str
    data: bytes | None = None  # a stream; None for a storage
    children: list[Entry] = field(default_factory=list)

    def add(self, child: Entry) -> Entry:
        self.children.append(child)
        return child


def _sort_key(entry: Entry) -> tuple[int, str]:
    return (len(entry.name), entry.name.upper())  # the compound file's own order of names


class CompoundFile:
    """A minimal, correct writer: a root storage with storages and streams under it."""

    def __init__(self) -> None:
        self.root = Entry("Root Entry")

    def write(self) -> bytes:
        entries: list[Entry] = []

        def number(entry: Entry) -> None:
            entries.append(entry)
            for child in entry.children:
                number(child)

        number(self.root)
        index = {id(e): i for i, e in enumerate(entries)}
        mini_stream = bytearray()
        mini_fat: list[int] = []
        big: list[tuple[Entry, bytes]] = []
        starts: dict[int, int] = {}
        for entry in entries:
            if entry.data is None or not entry.data:
                continue
            if len(entry.data) < MINI_CUTOFF:
                first = len(mini_stream) // MINI_SECTOR
                count = -(-len(entry.data) // MINI_SECTOR)
                mini_fat += [first + i + 1 for i in range(count - 1)] + [END]
                mini_stream += entry.data.ljust(count * MINI_SECTOR, b"\0")
                starts[id(entry)] = first
            else:
                big.append((entry, entry.data))
        sectors_of = lambda size: -(-size // SECTOR)  # noqa: E731
        dir_sectors = sectors_of(len(entries) * 128)
        minifat_sectors = sectors_of(len(mini_fat) * 4)
        ministream_sectors = sectors_of(len(mini_stream))
        big_sectors = sum(sectors_of(len(d)) for _e, d in big)
        fat_sectors = 1
        while True:
            total = fat_sectors + dir_sectors + minifat_sectors + ministream_sectors + big_sectors
            if fat_sectors * (SECTOR // 4) >= total:
                break
            fat_sectors += 1
        assert fat_sectors <= 109, "sample too large for a header-only DIFAT"
        fat: list[int] = [FAT_SECT] * fat_sectors
        sectors: list[bytes] = []

        def chain(data: bytes) -> int:
            first = fat_sectors + len(sectors)
            count = sectors_of(len(data))
            for i in range(count):
                fat.append(first + i + 1 if i < count - 1 else END)
                sectors.append(data[i * SECTOR:(i + 1) * SECTOR].ljust(SECTOR, b"\0"))
            return first

        directory = bytearray()
        dir_start = chain(bytes(dir_sectors * SECTOR))  # placeholder, filled below
        minifat_start = chain(b"".join(struct.pack("<I", v) for v in mini_fat)) if mini_fat else END
        ministream_start = chain(bytes(mini_stream)) if mini_stream else END
        for entry, data in big:
            starts[id(entry)] = chain(data)

        siblings: dict[int, tuple[int, int]] = {}
        child_of: dict[int, int] = {}

        def tree(children: list[Entry]) -> int:
            if not children:
                return NOSTREAM
            middle = len(children) // 2
            node = children[middle]
            siblings[id(node)] = (tree(children[:middle]), tree(children[middle + 1:]))
            return index[id(node)]

        for entry in entries:
            if entry.data is None:
                child_of[id(entry)] = tree(sorted(entry.children, key=_sort_key))
        for entry in entries:
            name = entry.name.encode("utf-16-le") + b"\0\0"
            assert len(name) <= 64, entry.name
            is_root = entry is self.root
            kind = 5 if is_root else (1 if entry.data is None else 2)
            left, right = siblings.get(id(entry), (NOSTREAM, NOSTREAM))
            if is_root:
                start, size = ministream_start, len(mini_stream)
            elif entry.data:
                start, size = starts[id(entry)], len(entry.data)
            else:
                start, size = (END if entry.data is not None else 0), 0
            directory += struct.pack(
                "<64sHBBIII16sIQQIQ", name.ljust(64, b"\0"), len(name), kind, 1, left, right,
                child_of.get(id(entry), NOSTREAM), bytes(16), 0, 0, 0, start, size,
            )
        directory = directory.ljust(dir_sectors * SECTOR, b"\0")
        for i in range(dir_sectors):
            sectors[dir_start - fat_sectors + i] = bytes(directory[i * SECTOR:(i + 1) * SECTOR])

        fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))
        fat_bytes = b"".join(struct.pack("<I", v) for v in fat)
        difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
        header = struct.pack(
            "<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("D0CF11E0A1B11AE1"), bytes(16), 0x3E, 3, 0xFFFE, 9, 6, bytes(6),
            0, fat_sectors, dir_start, 0, MINI_CUTOFF, minifat_start, minifat_sectors if mini_fat else 0, END, 0,
        ) + b"".join(struct.pack("<I", v) for v in difat)
        assert len(header) == SECTOR
        return header + fat_bytes + b"".join(sectors)


# --- an Outlook message in it (MS-OXMSG) ----------------------------------------------

PT_LONG, PT_SYSTIME, PT_UNICODE, PT_BINARY = 0x0003, 0x0040, 0x001F, 0x0102


def _filetime(moment: datetime) -> int:
    return int((moment - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)


def _properties(storage: Entry, values: list[tuple[int, int, object]], header: bytes) -> None:
    """The property stream and a substream per variable-length value."""
    table = bytearray(header)
    for tag_id, kind, value in sorted(values, key=lambda v: v[0]):
        tag = (tag_id << 16) | kind
        if kind == PT_UNICODE:
            data = str(value).encode("utf-16-le") + b"\0\0"
            storage.add(Entry(f"__substg1.0_{tag:08X}", data[:-2]))
            table += struct.pack("<IIII", tag, 6, len(data), 0)
        elif kind == PT_BINARY:
            assert isinstance(value, bytes)
            storage.add(Entry(f"__substg1.0_{tag:08X}", value))
            table += struct.pack("<IIII", tag, 6, len(value), 0)
        elif kind == PT_SYSTIME:
            assert isinstance(value, datetime)
            table += struct.pack("<IIQ", tag, 6, _filetime(value))
        else:
            table += struct.pack("<IIiI", tag, 6, int(str(value)), 0)
    storage.add(Entry("__properties_version1.0", bytes(table)))


@dataclass
class Outlook:
    subject: str
    sender_name: str
    sender: str
    to_name: str
    to: str
    body: str
    headers: str  # the transport headers, as the mail server added them
    message_id: str
    sent: datetime
    delivered: datetime
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)  # (name, mime type, data)


def outlook_message(message: Outlook) -> bytes:
    cfb = CompoundFile()
    root = cfb.root
    named = root.add(Entry("__nameid_version1.0"))
    for tag in ("00020102", "00030102", "00040102"):
        named.add(Entry(f"__substg1.0_{tag}", b""))
    recipient = root.add(Entry("__recip_version1.0_#00000000"))
    _properties(recipient, [
        (0x3001, PT_UNICODE, message.to_name), (0x3002, PT_UNICODE, "SMTP"), (0x3003, PT_UNICODE, message.to),
        (0x39FE, PT_UNICODE, message.to), (0x0C15, PT_LONG, 1), (0x3000, PT_LONG, 0),
    ], bytes(8))
    for number, (name, mime, data) in enumerate(message.attachments):
        attachment = root.add(Entry(f"__attach_version1.0_#{number:08X}"))
        _properties(attachment, [
            (0x3701, PT_BINARY, data), (0x3704, PT_UNICODE, name[:12]), (0x3707, PT_UNICODE, name),
            (0x370E, PT_UNICODE, mime), (0x3705, PT_LONG, 1), (0x0E21, PT_LONG, number), (0x0E20, PT_LONG, len(data)),
        ], bytes(8))
    values: list[tuple[int, int, object]] = [
        (0x001A, PT_UNICODE, "IPM.Note"),
        (0x0037, PT_UNICODE, message.subject),
        (0x0E1D, PT_UNICODE, message.subject),
        (0x1000, PT_UNICODE, message.body),
        (0x0C1A, PT_UNICODE, message.sender_name),
        (0x0C1E, PT_UNICODE, "SMTP"),
        (0x0C1F, PT_UNICODE, message.sender),
        (0x5D01, PT_UNICODE, message.sender),
        (0x0042, PT_UNICODE, message.sender_name),
        (0x0065, PT_UNICODE, message.sender),
        (0x0E04, PT_UNICODE, message.to_name),
        (0x007D, PT_UNICODE, message.headers),
        (0x1035, PT_UNICODE, message.message_id),
        (0x0039, PT_SYSTIME, message.sent),
        (0x0E06, PT_SYSTIME, message.delivered),
        (0x0E07, PT_LONG, 1),
        (0x340D, PT_LONG, 0x00040000),  # strings are Unicode
        (0x3FDE, PT_LONG, 65001),
    ]
    attachments = len(message.attachments)
    _properties(root, values, struct.pack("<8sIIII8s", bytes(8), 1, attachments, 1, attachments, bytes(8)))
    return cfb.write()


# --- a PDF copy with form fields --------------------------------------------------------


def form_pdf(title: str, answers: list[tuple[str, str, str]]) -> bytes:
    """A one-page PDF like the e-form's copy: a text field per answer (name, label, value)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.setTitle(title)
    page.setAuthor("Gemeente Utrecht (voorbeeld)")
    _width, height = A4
    page.setFont("Helvetica-Bold", 14)
    page.drawString(50, height - 60, title)
    page.setFont("Helvetica", 8)
    page.drawString(50, height - 75, "Kopie van uw antwoorden — voorbeeldbericht met fictieve gegevens")
    y = height - 110
    for name, label, value in answers:
        page.setFont("Helvetica", 9)
        page.drawString(50, y + 6, label)
        page.acroForm.textfield(name=name, tooltip=label, value=value, x=220, y=y, width=320, height=18,
                                fontSize=9, borderWidth=0.5)
        y -= 28
    page.showPage()
    page.save()
    return buffer.getvalue()


# --- the samples -------------------------------------------------------------------------


def _eml(headers: list[tuple[str, str]], body: str, attachments: list[tuple[str, str, bytes]] = ()) -> bytes:
    message = EmailMessage(policy=default)
    for name, value in headers:
        message[name] = value
    message.set_content(body)
    for name, mime, data in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(message)


PLAIN_BODY = """Geachte heer, mevrouw,

Namens een groep buurtbewoners wil ik een demonstratie aanmelden tegen de kap van de
platanen aan de Biltstraat. We willen laten zien dat de buurt deze bomen wil houden.

Soort: demonstratie
Datum: zaterdag 12 december 2026
Tijd: 13.30 tot 15.00 uur
Locatie: Janskerkhof, bij de Statenkamer
Verwacht aantal deelnemers: 40 à 60
Telefoon: 06-24681357

We nemen een paar spandoeken mee en houden korte toespraken. Er is geen muziek.

Met vriendelijke groet,

Sanne Verhoef
Biltstraat
"""

EFORM_ANSWERS = [
    ("soort_manifestatie", "Soort manifestatie", "Betoging"),
    ("naam_organisator", "Naam organisator", "Joris van Dalen"),
    ("organisatie", "Namens organisatie", "Stichting Fietsstad Utrecht (fictief)"),
    ("adres", "Adres organisator", "Oudegracht 999, 3511 ZZ Utrecht"),
    ("telefoon", "Telefoonnummer", "030-7654321"),
    ("email", "E-mailadres", "j.vandalen@example.nl"),
    ("doel", "Doel van de manifestatie", "Aandacht vragen voor veilige fietsroutes naar scholen"),
    ("datum", "Datum", "19-12-2026"),
    ("begintijd", "Begintijd", "11:00"),
    ("eindtijd", "Eindtijd", "13:00"),
    ("locatie", "Locatie (verzamelplaats)", "Jaarbeursplein"),
    ("wijk", "Wijk", "West"),
    ("startpunt", "Startpunt route", "Jaarbeursplein"),
    ("eindpunt", "Eindpunt route", "Neude"),
    ("route", "Route", "Jaarbeursplein, Croeselaan, Moreelsebrug, Catharijnesingel, Lange Viestraat, Neude"),
    ("deelnemers", "Verwacht aantal deelnemers", "150-200"),
    ("samenstelling", "Samenstelling deelnemers", "Ouders en kinderen op de fiets"),
    ("maatregelen", "Maatregelen van de organisatie", "Zes verkeersregelaars met hesjes, een EHBO'er"),
]

# The e-mail lists the contact and the main facts; the PDF copy has every answer.
IN_BODY = 13
EFORM_BODY = "\n".join([
    "Er is een formulier ingevuld op utrecht.example.nl:",
    "Kennisgeving betoging, vergadering of samenkomst (Wet openbare manifestaties)",
    "",
    *[f"{label}: {value}" for _name, label, value in EFORM_ANSWERS[:IN_BODY]],
    "",
    "De overige antwoorden (route, deelnemers, maatregelen) staan in de bijgevoegde PDF.",
    "Dit bericht is automatisch verstuurd.",
    "",
])

OUTLOOK_BODY = """Beste medewerker openbare orde,

Hierbij meld ik namens onze gemeenschap een stille tocht aan.

Soort bijeenkomst: stille tocht (betoging)
Naam: Fatima el Amrani
Organisatie: Buurtcomité Kanaleneiland-Zuid (fictief)
Adres: Marshalllaan 999, 3527 ZZ Utrecht
Telefoonnummer: 06-13579246
E-mailadres: f.elamrani@example.nl
Doel: Herdenking van een overleden buurtgenoot en oproep tot veilig verkeer
Datum: vrijdag 18 december 2026
Aanvang: 19.00 uur
Einde: 20.30 uur
Verzamelplaats: Churchilllaan bij winkelcentrum Kanaleneiland
Startpunt: Churchilllaan bij winkelcentrum Kanaleneiland
Eindpunt: Marshalllaan
Wijk: Zuidwest
Aantal deelnemers: ongeveer 300
Samenstelling: buurtbewoners, familie en vrienden
Maatregelen: eigen ordedienst van tien personen, kaarsen in houders

Met vriendelijke groet,
Fatima el Amrani
"""

NOT_BODY = """Goedemorgen,

Ik las in de krant dat er in december een demonstratie op het Neude is. Mag ik vragen
of de markt die dag gewoon doorgaat? En waar kan ik de agenda van de gemeenteraad vinden?

Groet,
Peter Hoogland
"""


def main() -> None:
    SAMPLES.mkdir(parents=True, exist_ok=True)
    plain = _eml([
        ("Received", "from mail.example.nl (mail.example.nl [192.0.2.25]) by mx.utrecht.example.nl with ESMTPS "
                     "id 4Q1abc; Tue, 24 Nov 2026 21:47:12 +0100"),
        ("Received", "from [10.0.0.12] by mail.example.nl with ESMTPSA; Tue, 24 Nov 2026 21:47:09 +0100"),
        ("From", "Sanne Verhoef <s.verhoef@example.nl>"),
        ("To", "openbareorde@utrecht.example.nl"),
        ("Subject", "Aanmelding demonstratie bomen Biltstraat"),
        ("Date", "Tue, 24 Nov 2026 21:46:58 +0100"),
        ("Message-ID", "<20261124214658.3f2a@mail.example.nl>"),
    ], PLAIN_BODY)
    (SAMPLES / "kennisgeving-email.eml").write_bytes(plain)

    pdf = form_pdf("Kennisgeving manifestatie — kopie van uw antwoorden", EFORM_ANSWERS)
    eform = _eml([
        ("Received", "from formulieren.utrecht.example.nl (formulieren.utrecht.example.nl [192.0.2.80]) by "
                     "mx.utrecht.example.nl with ESMTPS id 7Z9xyz; Fri, 27 Nov 2026 16:58:41 +0100"),
        ("From", "E-formulieren Gemeente Utrecht <noreply-formulieren@utrecht.example.nl>"),
        ("Reply-To", "j.vandalen@example.nl"),
        ("To", "openbareorde@utrecht.example.nl"),
        ("Subject", "Formulier: Kennisgeving manifestatie (referentie KM-2026-0412)"),
        ("Date", "Fri, 27 Nov 2026 16:58:37 +0100"),
        ("Message-ID", "<KM-2026-0412.1764259117@formulieren.utrecht.example.nl>"),
    ], EFORM_BODY, [("kennisgeving-KM-2026-0412.pdf", "application/pdf", pdf)])
    (SAMPLES / "kennisgeving-e-formulier.eml").write_bytes(eform)

    delivered = datetime(2026, 11, 26, 8, 12, 5, tzinfo=UTC)
    headers = (
        "Received: from mail.example.nl (mail.example.nl [192.0.2.31]) by mx.utrecht.example.nl with ESMTPS "
        "id 9K2def; Thu, 26 Nov 2026 09:12:05 +0100\r\n"
        "From: Fatima el Amrani <f.elamrani@example.nl>\r\n"
        "To: Openbare orde <openbareorde@utrecht.example.nl>\r\n"
        "Subject: Kennisgeving stille tocht Kanaleneiland\r\n"
        "Date: Thu, 26 Nov 2026 09:11:48 +0100\r\n"
        "Message-ID: <AM0PR09MB1234.stilletocht@mail.example.nl>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=\"utf-8\"\r\n\r\n"
    )
    msg = outlook_message(Outlook(
        subject="Kennisgeving stille tocht Kanaleneiland", sender_name="Fatima el Amrani",
        sender="f.elamrani@example.nl", to_name="Openbare orde", to="openbareorde@utrecht.example.nl",
        body=OUTLOOK_BODY.replace("\n", "\r\n"), headers=headers,
        message_id="<AM0PR09MB1234.stilletocht@mail.example.nl>",
        sent=datetime(2026, 11, 26, 8, 11, 48, tzinfo=UTC), delivered=delivered,
    ))
    (SAMPLES / "kennisgeving-outlook.msg").write_bytes(msg)

    question = _eml([
        ("Received", "from mail.example.nl by mx.utrecht.example.nl with ESMTPS id 1A2bcd; "
                     "Mon, 23 Nov 2026 08:03:11 +0100"),
        ("From", "Peter Hoogland <p.hoogland@example.nl>"),
        ("To", "openbareorde@utrecht.example.nl"),
        ("Subject", "Vraag over markt Neude"),
        ("Date", "Mon, 23 Nov 2026 08:03:02 +0100"),
        ("Message-ID", "<vraag-markt-20261123@mail.example.nl>"),
    ], NOT_BODY)
    (SAMPLES / "geen-kennisgeving.eml").write_bytes(question)
    for path in sorted(SAMPLES.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()

"""An e-form's "label: value" answers, read into the fields of a notification.

The municipality's e-form sends its answers as lines "Label: value" (and a PDF copy
whose form fields carry the same labels); organisers who write their own e-mail often
use the same pattern ("Datum: 12 december", "Locatie: Neude"). Each label is compared in
a compact form (lower case, letters and digits only, parenthesised remarks and a
trailing "*" dropped), so "E-mailadres", "e-mail adres" and the PDF field name
"email_adres" are one label.

Values are read strictly: a date, a time, a head count or a kind that cannot be read is
left out and reported (``Unreadable``) — never guessed. Nothing here invents a value
that the message does not state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from crisisdesk.domain.enums import District, ManifestationKind
from crisisdesk.domain.head_counts import UnreadableHeadCount, parse_head_count
from crisisdesk.domain.timeutil import NonexistentLocalTime, local_to_aware

# The notification fields an intake can fill (NotificationDraft's names), in form order.
TEXT_FIELDS = (
    "purpose", "organiser_name", "organiser_organisation", "organiser_address", "organiser_phone",
    "organiser_email", "location", "route", "route_start", "route_end", "composition", "organiser_measures",
)
FIELDS = ("kind", "purpose", "organiser_name", "organiser_organisation", "organiser_address", "organiser_phone",
          "organiser_email", "start_at", "end_at", "location", "district", "route", "route_start", "route_end",
          "expected_participants", "composition", "organiser_measures")

# Label (any spelling that compacts to the same letters) -> what it answers. The time
# labels name a part of the period that ``_period`` assembles: "date" (the day, maybe
# with times), "start"/"end" (a moment or time), "end_date", "time" (a time or range).
_LABELS: dict[str, tuple[str, ...]] = {
    "kind": ("soort", "soort manifestatie", "soort bijeenkomst", "soort demonstratie", "soort evenement",
             "type manifestatie", "type bijeenkomst", "aard", "aard van de manifestatie", "aard manifestatie",
             "vorm", "vorm van de manifestatie", "wat voor manifestatie", "kind"),
    "purpose": ("doel", "doel van de manifestatie", "doel manifestatie", "doel van de demonstratie",
                "doel demonstratie", "doel van de betoging", "doel van de bijeenkomst", "onderwerp manifestatie",
                "onderwerp demonstratie", "onderwerp van de manifestatie", "doel onderwerp", "doel en onderwerp",
                "waarvoor of waartegen", "purpose"),
    "organiser_name": ("naam", "uw naam", "naam organisator", "naam van de organisator", "organisator",
                       "naam kennisgever", "kennisgever", "naam aanvrager", "aanvrager", "contactpersoon",
                       "naam contactpersoon", "naam en voorletters", "voor en achternaam", "organiser name"),
    "organiser_organisation": ("organisatie", "naam organisatie", "namens organisatie", "namens",
                               "organisatie vereniging", "vereniging", "groep", "namens welke organisatie",
                               "organisation"),
    "organiser_address": ("adres", "uw adres", "adres organisator", "adres kennisgever", "adres aanvrager",
                          "woonadres", "postadres", "straat en huisnummer", "address"),
    "postcode_place": ("postcode en woonplaats", "postcode woonplaats", "postcode", "woonplaats"),
    "organiser_phone": ("telefoon", "telefoonnummer", "tel", "telnr", "mobiel", "mobiel nummer",
                        "telefoonnummer organisator", "telefoon organisator", "uw telefoonnummer",
                        "telefoonnummer contactpersoon", "bereikbaar op", "phone"),
    "organiser_email": ("e mail", "email", "e mailadres", "emailadres", "e mail adres", "uw e mailadres",
                        "e mail organisator", "e mailadres organisator", "e mailadres contactpersoon"),
    "date": ("datum", "datum manifestatie", "datum van de manifestatie", "datum demonstratie", "datum betoging",
             "datum bijeenkomst", "datum en tijd", "datum en tijdstip", "wanneer", "dag", "startdatum",
             "begindatum", "datum aanvang", "date"),
    "end_date": ("einddatum", "datum einde", "datum tot"),
    "time": ("tijd", "tijdstip", "tijden", "van tot", "tijdstip van tot", "time"),
    "start": ("aanvang", "begintijd", "starttijd", "begin", "start", "tijd aanvang", "aanvangstijd",
              "vanaf", "aanvang datum en tijd", "begin datum en tijd"),
    "end": ("einde", "eindtijd", "tijd einde", "tot en met", "einde datum en tijd", "eindigt om", "end"),
    "location": ("locatie", "plaats", "waar", "locatie manifestatie", "locatie van de manifestatie",
                 "plaats manifestatie", "plaats van de manifestatie", "locatie demonstratie", "plaats demonstratie",
                 "locatie bijeenkomst", "verzamelplaats", "plaats van samenkomst", "location"),
    "district": ("wijk", "stadsdeel", "district"),
    "route": ("route", "looproute", "de route", "route straten", "route die wordt gelopen"),
    "route_start": ("startpunt", "startpunt route", "beginpunt", "beginpunt route", "vertrekpunt", "start route",
                    "startlocatie", "route start"),
    "route_end": ("eindpunt", "eindpunt route", "einde route", "eindlocatie", "route eind", "route einde"),
    "expected_participants": ("aantal deelnemers", "verwacht aantal deelnemers", "verwachte aantal deelnemers",
                              "aantal verwachte deelnemers", "aantal personen", "verwacht aantal personen",
                              "deelnemers", "aantal", "verwachte opkomst", "opkomst", "participants"),
    "composition": ("samenstelling", "samenstelling deelnemers", "samenstelling van de deelnemers",
                    "wie doen er mee", "doelgroep", "deelnemers samenstelling"),
    "organiser_measures": ("maatregelen", "maatregelen organisator", "maatregelen van de organisatie",
                           "eigen maatregelen", "ordemaatregelen", "ordedienst", "ordehandhaving",
                           "maatregelen orde en veiligheid", "maatregelen voor orde en veiligheid"),
}

# The kind's words: an answer naming one of these (and no other kind) is that kind.
_KIND_WORDS: dict[ManifestationKind, tuple[str, ...]] = {
    ManifestationKind.DEMONSTRATION: ("betoging", "demonstratie", "protest", "protestactie", "manifestatie",
                                      "optocht", "mars", "stille tocht", "wake", "sit-in", "blokkade", "demonstration"),
    ManifestationKind.MEETING: ("vergadering", "meeting", "bijeenkomst met sprekers", "openbare vergadering"),
    ManifestationKind.RELIGIOUS_GATHERING: ("samenkomst", "kerkdienst", "gebedsdienst", "religieuze",
                                            "levensovertuiging", "godsdienst", "religious"),
}

_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "mei": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORD_DATE = re.compile(r"\b(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})\b", re.IGNORECASE)
# 14:00, 14.00, 14.00 uur, 14u, 14 uur; a bare "14" is no time (it may be a day without its month).
_TIME = re.compile(r"(?<![\d.:/-])([01]?\d|2[0-3])(?:[:.]([0-5]\d)(?:\s*(?:u|uur)\b)?|\s*(?:u|uur)\b)(?![\d.:/-]*\d)")
_COUNT_WORDS = re.compile(r"^(?:ongeveer|ca\.?|circa|zo'?n|naar verwachting|verwacht)\s+|\s+(?:personen|"
                          r"deelnemers|mensen|man|pers\.?)$", re.IGNORECASE)


def compact(label: str) -> str:
    """A label as compared: lower case, parenthesised remarks and punctuation dropped."""
    text = re.sub(r"\([^)]*\)", " ", label.lower())
    return re.sub(r"[^0-9a-zà-ÿ]+", "", text)


_INDEX: dict[str, str] = {compact(text): key for key, texts in _LABELS.items() for text in texts}


def key_of(label: str) -> str | None:
    """What an answer with this label gives (a field or a part of the period), or None."""
    return _INDEX.get(compact(label))


@dataclass(frozen=True)
class Answer:
    """One answer as found: its label, its value, and where (``body`` or ``pdf``)."""

    label: str
    value: str
    source: str


@dataclass(frozen=True)
class Unreadable:
    """An answer whose value could not be read; its field stays empty. ``code`` names why."""

    field: str
    label: str
    value: str
    code: str


@dataclass
class Found:
    """The fields read from the answers, with the answer each came from."""

    values: dict[str, object] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # field -> "body", "pdf" or "sender"
    labels: dict[str, str] = field(default_factory=dict)  # field -> the label it was read from
    unreadable: list[Unreadable] = field(default_factory=list)


_LINE = re.compile(r"^\s{0,3}([A-Za-zÀ-ÿ][^:\n]{0,60}?)\s*[:]\s*(.*)$")
# The header block of a forwarded or quoted message ("Van: …", "Verzonden: …", "Datum: …"):
# its date is when that message was sent, not when the manifestation is.
_QUOTED_FROM = re.compile(r"^\s*(?:from|van|afzender)\s*:", re.IGNORECASE)
_QUOTED_HEADER = re.compile(r"^\s*(?:sent|verzonden|date|datum|to|aan|cc|bcc|subject|onderwerp|reply-to|"
                            r"beantwoorden aan)\s*:", re.IGNORECASE)


def answers_in_text(text: str, source: str = "body") -> list[Answer]:
    """The "Label: value" lines of ``text`` whose label is one the intake knows.

    A value may go on below its label: on indented lines, or — when the label line has
    no value — on the lines that follow until a blank line or the next known label. The
    header block of a forwarded message ("Van:", "Verzonden:", "Datum:", …) is skipped.
    """
    found: list[Answer] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    current: list[str] | None = None
    label = ""
    open_below = False

    def close() -> None:
        if current is not None:
            value = " ".join(part.strip() for part in current if part.strip())
            if value:
                found.append(Answer(label.strip(), value, source))

    in_header = False
    for line in lines:
        if _QUOTED_FROM.match(line) or (in_header and _QUOTED_HEADER.match(line)):
            close()
            current, open_below, in_header = None, False, True
            continue
        in_header = False
        match = _LINE.match(line)
        if match and key_of(match.group(1)) is not None:
            close()
            label, current = match.group(1), [match.group(2)]
            open_below = not match.group(2).strip()
            continue
        if current is not None and line.strip() and (open_below or line[:1] in (" ", "\t")):
            current.append(line)
            continue
        close()
        current, open_below = None, False
    close()
    return found


def _date_in(text: str) -> tuple[date | None, str]:
    """The first date in ``text`` and the text without it; ValueError for an impossible one."""
    for pattern, order in ((_ISO_DATE, "ymd"), (_NUMERIC_DATE, "dmy")):
        match = pattern.search(text)
        if match:
            a, b, c = (int(g) for g in match.groups())
            day = date(a, b, c) if order == "ymd" else date(c, b, a)
            return day, text[: match.start()] + " " + text[match.end():]
    for match in _WORD_DATE.finditer(text):
        month = _MONTHS.get(match.group(2).lower())
        if month is not None:
            day = date(int(match.group(3)), month, int(match.group(1)))
            return day, text[: match.start()] + " " + text[match.end():]
    return None, text


def _times_in(text: str) -> list[time]:
    return [time(int(m.group(1)), int(m.group(2) or 0)) for m in _TIME.finditer(text)]


def read_kind(text: str) -> ManifestationKind | None:
    """The kind an answer names; None when it names none or more than one."""
    lowered = text.lower()
    kinds = {kind for kind, words in _KIND_WORDS.items() if any(re.search(rf"\b{re.escape(w)}", lowered) for w in words)}
    return kinds.pop() if len(kinds) == 1 else None


def read_district(text: str) -> District | None:
    wanted = compact(text)
    return next((d for d in District if compact(d.value) == wanted), None)


def read_head_count(text: str) -> tuple[int, int | None]:
    """(low, high) from "150", "150-200", "ongeveer 300 personen"; UnreadableHeadCount otherwise."""
    cleaned = text.strip().rstrip(".")
    previous = None
    while previous != cleaned:
        previous, cleaned = cleaned, _COUNT_WORDS.sub("", cleaned).strip()
    count = parse_head_count(cleaned)
    if count is None:
        raise UnreadableHeadCount("head_count_unreadable")
    return count.low, count.high


@dataclass
class _Period:
    day: date | None = None
    end_day: date | None = None
    start: time | None = None
    end: time | None = None


def _read_period(parts: list[tuple[str, Answer]], found: Found) -> None:
    """Start and end from the date and time answers: both need a stated day and time."""
    period = _Period()
    used: dict[str, Answer] = {}
    for key, answer in parts:
        try:
            day, rest = _date_in(answer.value)
        except ValueError:
            found.unreadable.append(Unreadable("start_at", answer.label, answer.value, "date_impossible"))
            continue
        times = _times_in(rest)
        if day is None and not times:
            field_name = "end_at" if key in ("end", "end_date") else "start_at"
            found.unreadable.append(Unreadable(field_name, answer.label, answer.value, "moment_unreadable"))
            continue
        if key == "end_date" or (key == "end" and day is not None):
            period.end_day = period.end_day or day
        elif day is not None:
            period.day = period.day or day
        if key == "end":
            period.end = period.end or (times[0] if times else None)
        elif times:
            period.start = period.start or times[0]
            if len(times) > 1 and key in ("date", "time", "start"):
                period.end = period.end or times[1]
        used.setdefault("start_at" if key != "end" and key != "end_date" else "end_at", answer)
        used.setdefault("start_source", answer)
    if period.day is None or period.start is None:
        return
    source = used["start_source"]
    try:
        start = local_to_aware(datetime.combine(period.day, period.start))
    except NonexistentLocalTime:
        found.unreadable.append(Unreadable("start_at", source.label, source.value, "nonexistent_time"))
        return
    _set(found, "start_at", start, source)
    if period.end is None:
        return
    end_answer = used.get("end_at", source)
    end_day = period.end_day or period.day
    try:
        end = local_to_aware(datetime.combine(end_day, period.end))
    except NonexistentLocalTime:
        found.unreadable.append(Unreadable("end_at", end_answer.label, end_answer.value, "nonexistent_time"))
        return
    if end <= start:  # "22.00 tot 01.00" may mean the next night; the message does not say so
        found.unreadable.append(Unreadable("end_at", end_answer.label, end_answer.value, "end_before_start"))
        return
    _set(found, "end_at", end, end_answer)


def _set(found: Found, name: str, value: object, answer: Answer) -> None:
    if name not in found.values:
        found.values[name] = value
        found.sources[name] = answer.source
        found.labels[name] = answer.label


def read_answers(answers: list[Answer]) -> Found:
    """The notification fields the answers give; the first answer for a field wins."""
    found = Found()
    period: list[tuple[str, Answer]] = []
    place: Answer | None = None
    for answer in answers:
        key = key_of(answer.label)
        value = " ".join(answer.value.split())
        if key is None or not value:
            continue
        if key in ("date", "end_date", "time", "start", "end"):
            period.append((key, answer))
        elif key == "postcode_place":
            place = place or answer
        elif key == "kind":
            kind = read_kind(value)
            if kind is None:
                found.unreadable.append(Unreadable("kind", answer.label, value, "kind_unreadable"))
            else:
                _set(found, "kind", kind, answer)
        elif key == "district":
            district = read_district(value)
            if district is None:
                found.unreadable.append(Unreadable("district", answer.label, value, "district_unknown"))
            else:
                _set(found, "district", district, answer)
        elif key == "expected_participants":
            try:
                _set(found, "expected_participants", read_head_count(value), answer)
            except UnreadableHeadCount as exc:
                found.unreadable.append(Unreadable("expected_participants", answer.label, value, exc.code))
        elif key == "organiser_email":
            address = value.strip("<>").removeprefix("mailto:")
            if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", address):
                _set(found, "organiser_email", address, answer)
            else:
                found.unreadable.append(Unreadable("organiser_email", answer.label, value, "email_invalid"))
        else:
            _set(found, key, value, answer)
    if place is not None and "organiser_address" in found.values:
        address = str(found.values["organiser_address"])
        extra = " ".join(place.value.split())
        if extra.lower() not in address.lower():
            found.values["organiser_address"] = f"{address}, {extra}"
    _read_period(period, found)
    return found

"""Reading an exercise script's injects from a CSV or Excel (.xlsx) file.

    injects, problems = read_injects(path)

Never raises on a bad file: whatever cannot be read is a ``Problem`` naming the row
(as the spreadsheet numbers it; 0 = the file as a whole), the column and what is wrong.
A problem with ``skipped=True`` means that row was left out; ``skipped=False`` is a
warning about a row that was read (e.g. an unknown channel, read as "other").

Headers may be Dutch or English (tijd/T+, afzender, ontvanger, kanaal, inhoud, verwachte
actie; time, sender, receiver, channel, content, expected action). Times: "T+15", "15",
"0:15", "01:30", "T+1:30", "90 min", or an Excel number or time cell.
CSV: ``;`` or ``,`` (sniffed), UTF-8 with or without BOM; Windows-1252 as a fallback
(with a warning, since that is what older Excel writes).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple

from crisisdesk.domain.operations.records import InjectChannel, InjectDraft
from crisisdesk.i18n import translate

MAX_OFFSET_MINUTES = 7 * 24 * 60  # a week: anything longer is a typing error


class Problem(NamedTuple):
    row: int  # 0: the file as a whole
    column: str
    message: str
    skipped: bool = True


class ImportResult(NamedTuple):
    injects: list[InjectDraft]
    problems: list[Problem]


FIELDS = ("offset", "sender", "receiver", "channel", "content", "expected_action")
REQUIRED = ("offset", "content")

_ALIASES = {
    "offset": {"t", "tijd", "t tijd", "tijd t", "tijdstip", "offset", "time", "minuut", "minuten", "t min",
               "tijd min", "time min", "moment"},
    "sender": {"afzender", "van", "zender", "sender", "from", "rol afzender", "sender role", "afzender rol"},
    "receiver": {"ontvanger", "aan", "ontvangend team", "ontvanger rol", "team rol", "receiver", "to",
                 "recipient", "receiving team", "receiver role", "team"},
    "channel": {"kanaal", "medium", "middel", "communicatiemiddel", "channel"},
    "content": {"inhoud", "bericht", "tekst", "inject", "content", "message", "text"},
    "expected_action": {"verwachte actie", "verwachte reactie", "verwachting", "expected action",
                        "expected response", "expected"},
}

_CHANNELS = {
    InjectChannel.PHONE: {"telefoon", "tel", "telefonisch", "gsm", "mobiel", "phone", "telephone", "call"},
    InjectChannel.EMAIL: {"e mail", "email", "mail", "e-mail"},
    InjectChannel.MEDIA: {"media", "pers", "persbericht", "tv", "televisie", "krant", "journalist", "press", "news"},
    InjectChannel.SOCIAL_MEDIA: {"sociale media", "social media", "twitter", "x", "facebook", "instagram", "tiktok"},
    InjectChannel.RADIO: {"portofoon", "c2000", "mobilofoon", "radio", "porto"},
    InjectChannel.MESSAGE: {"sms", "whatsapp", "app", "bericht", "nl alert", "signal", "message", "text message"},
    InjectChannel.IN_PERSON: {"persoonlijk", "fysiek", "aan tafel", "mondeling", "in person", "face to face", "verbaal"},
    InjectChannel.OTHER: {"overig", "anders", "other", ""},
}

_TIME = re.compile(r"^t?\s*\+?\s*(\d{1,4})(?:\s*[:.u]\s*(\d{1,2}))?\s*(?:min|minuten|minutes|m)?$")


def _normalise(text: object) -> str:
    return re.sub(r"[^0-9a-zà-ÿ+]+", " ", str(text or "").strip().lower()).replace("+", " ").strip()


def column_field(header: object) -> str | None:
    """The field a header names, or None for a column we do not read (e.g. "nr")."""
    name = _normalise(header)
    for field_name, aliases in _ALIASES.items():
        if name in aliases:
            return field_name
    return None


def parse_offset(value: object) -> int:
    """Minutes after the start; ``ValueError`` for what cannot be a T+ time."""
    if isinstance(value, bool) or value is None:
        raise ValueError(value)
    if isinstance(value, int | float):
        if value != int(value) or value < 0:
            raise ValueError(value)
        minutes = int(value)
    elif isinstance(value, timedelta):
        minutes = int(value.total_seconds() // 60)
    elif isinstance(value, (time, datetime)):
        minutes = value.hour * 60 + value.minute
    else:
        match = _TIME.match(str(value).strip().lower())
        if match is None:
            raise ValueError(value)
        first, second = match.groups()
        if second is not None:
            if int(second) >= 60:
                raise ValueError(value)
            minutes = int(first) * 60 + int(second)
        else:
            minutes = int(first)
    if not 0 <= minutes <= MAX_OFFSET_MINUTES:
        raise ValueError(value)
    return minutes


def parse_channel(value: object) -> InjectChannel | None:
    """The channel a cell names; None when the word is unknown."""
    name = _normalise(value)
    for channel, words in _CHANNELS.items():
        if name in words or name.replace(" ", "-") in words:
            return channel
    try:
        return InjectChannel(name.replace(" ", "_"))
    except ValueError:
        return None


# --- reading the file ------------------------------------------------------------------


def read_injects(path: str | Path) -> ImportResult:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ImportResult([], [Problem(0, "", translate("InjectImport", "The file cannot be opened: {error}").format(error=exc.strerror or exc))])
    return read_injects_bytes(data, path.suffix.lower())


def read_injects_bytes(data: bytes, suffix: str = ".csv") -> ImportResult:
    if not data.strip():
        return ImportResult([], [Problem(0, "", translate("InjectImport", "The file is empty."))])
    if data.startswith(b"PK\x03\x04") or suffix in (".xlsx", ".xlsm"):
        rows, problems = _xlsx_rows(data)
    else:
        rows, problems = _csv_rows(data)
    if rows is None:
        return ImportResult([], problems)
    injects, row_problems = _injects_from_rows(rows)
    return ImportResult(injects, problems + row_problems)


def _xlsx_rows(data: bytes) -> tuple[list[tuple[int, list]] | None, list[Problem]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        return None, [Problem(0, "", translate("InjectImport", "This is not an Excel workbook (.xlsx) that can be read: {error}").format(error=exc))]
    except Exception as exc:  # openpyxl's InvalidFileException and friends
        return None, [Problem(0, "", translate("InjectImport", "This is not an Excel workbook (.xlsx) that can be read: {error}").format(error=exc))]
    try:
        sheet = workbook.worksheets[0]
        rows = [(number, list(values)) for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        workbook.close()
    return rows, []


def _decode(data: bytes) -> tuple[str | None, list[Problem]]:
    if b"\x00" in data:
        return None, [Problem(0, "", translate("InjectImport", "This is not a text (CSV) file."))]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None, [Problem(0, "", translate("InjectImport", "The file's characters cannot be read; save it as CSV UTF-8."))]
    return text, [Problem(0, "", translate("InjectImport", "The file is not UTF-8; it was read as Windows-1252. Check the accents."), skipped=False)]


def _csv_rows(data: bytes) -> tuple[list[tuple[int, list]] | None, list[Problem]]:
    text, problems = _decode(data)
    if text is None:
        return None, problems
    first = next((line for line in text.splitlines() if line.strip()), "")
    try:
        delimiter = csv.Sniffer().sniff(first, delimiters=";,\t").delimiter
    except csv.Error:
        delimiter = ";" if first.count(";") >= first.count(",") else ","
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = [(reader.line_num, values) for values in reader]
    except csv.Error as exc:
        return None, problems + [Problem(0, "", translate("InjectImport", "The CSV file is damaged: {error}").format(error=exc))]
    return rows, problems


def _cell(values: list, index: int | None) -> object:
    if index is None or index >= len(values):
        return None
    return values[index]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return str(value).strip()


def _injects_from_rows(rows: list[tuple[int, list]]) -> tuple[list[InjectDraft], list[Problem]]:
    rows = [(n, v) for n, v in rows if any(_text(c) for c in v)]
    if not rows:
        return [], [Problem(0, "", translate("InjectImport", "The file has no rows."))]
    header_row, header = rows[0]
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        field_name = column_field(name)
        if field_name is not None and field_name not in columns:
            columns[field_name] = index
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        names = {"offset": translate("InjectImport", "time (T+)"), "content": translate("InjectImport", "content")}
        return [], [Problem(header_row, names[m], translate("InjectImport", "Column {column} is missing: the first row must name the columns "
                                                    "(tijd, afzender, ontvanger, kanaal, inhoud, verwachte actie).")
                            .format(column=names[m])) for m in missing]
    injects: list[InjectDraft] = []
    problems: list[Problem] = []
    for number, values in rows[1:]:
        raw_offset = _cell(values, columns["offset"])
        content = _text(_cell(values, columns["content"]))
        try:
            offset = parse_offset(raw_offset if not isinstance(raw_offset, str) else raw_offset.strip())
        except ValueError:
            problems.append(Problem(number, translate("InjectImport", "time (T+)"), translate("InjectImport", "Cannot read {value!r} as a time after the start "
                                                             "(e.g. T+15, 15, 0:15 or 01:30).").format(value=_text(raw_offset))))
            continue
        if not content:
            problems.append(Problem(number, translate("InjectImport", "content"), translate("InjectImport", "The inject has no content.")))
            continue
        raw_channel = _text(_cell(values, columns.get("channel")))
        channel = parse_channel(raw_channel)
        if channel is None:
            problems.append(Problem(number, translate("InjectImport", "channel"), translate("InjectImport", "Unknown channel {value!r}; read as 'other'.").format(value=raw_channel),
                                    skipped=False))
            channel = InjectChannel.OTHER
        injects.append(InjectDraft(
            offset_minutes=offset,
            sender=_text(_cell(values, columns.get("sender"))),
            receiver=_text(_cell(values, columns.get("receiver"))),
            channel=channel,
            content=content,
            expected_action=_text(_cell(values, columns.get("expected_action"))),
        ))
    if not injects and not problems:
        problems.append(Problem(0, "", translate("InjectImport", "The file has column names but no injects.")))
    return injects, problems

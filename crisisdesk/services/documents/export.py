"""Export of a period (or a selection) of the calendar: ICS for Outlook, CSV for Excel.

API (Qt-free; the screens and ``crisisdesk export`` both use it)::

    items = collect(factory, start, end, selection=None, include_personal_data=False)
    ics_bytes(items, now=None) -> bytes     # VCALENDAR, Europe/Amsterdam VTIMEZONE
    csv_bytes(items) -> bytes               # UTF-8 with BOM, ';', Dutch headers
    export_file(factory, "ics" | "csv", path, start, end, ...) -> int   # items written

``selection`` is an iterable of (kind, id) pairs ("notification"/"event"); when given,
only those items in the period are exported. Withdrawn notifications and cancelled
events are included, marked cancelled, so that a re-import in Outlook updates the
entry instead of leaving a stale one. The UID of an item never changes
("notification-12@crisisdesk"); SEQUENCE is the record's version minus one.

Privacy: organiser data (name, address, phone, e-mail, and a notification's
organisation — linked to a demonstration's purpose it can reveal opinions, AVG art. 9)
is left out unless ``include_personal_data``. A returning offender is exported with its
neutral title only: no place, no wijk, no description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import icalendar

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from crisisdesk.csvfile import csv_bytes as csv_table
from crisisdesk.db.models import Event, Notification
from crisisdesk.domain.events.rules import EventKind, EventRiskClass, EventStatus, MatchRiskClass, is_sensitive, public_title
from crisisdesk.domain.enums import Decision, ManifestationKind, Risk, Status
from crisisdesk.domain.timeutil import AMSTERDAM, utc_now
from crisisdesk.files import write_file
from crisisdesk.i18n import translate
from crisisdesk.labels import label
from crisisdesk.services.calendar.service import items_in_period
from crisisdesk.domain.calendar.records import EVENT, NOTIFICATION
from crisisdesk.domain.head_counts import head_count_text

UID_DOMAIN = "crisisdesk"
PRODID = "-//Gemeente Utrecht//crisisdesk//NL"
FORMATS = ("ics", "csv")


@dataclass(frozen=True)
class ExportItem:
    kind: str
    id: int
    uid: str
    version: int
    title: str
    start_at: datetime
    end_at: datetime
    location: str
    district: str
    category: str  # label of the kind
    risk: str  # label, "" when not set
    status: str  # label
    cancelled: bool
    details: tuple[str, ...]  # description lines
    organiser: str  # "" unless personal data was asked for
    updated_at: datetime


def uid_for(kind: str, ident: int) -> str:
    return f"{kind}-{ident}@{UID_DOMAIN}"


def _notification_item(row: Notification, personal: bool) -> ExportItem:
    details = [translate("Export", "Notification #{id}: {kind}").format(id=row.id, kind=label(ManifestationKind(row.kind)))]
    if row.expected_participants:
        participants = head_count_text(row.expected_participants, row.expected_participants_max)
        details.append(translate("Export", "Expected participants: {n}").format(n=participants))
    if row.route_start or row.route_end:
        details.append(translate("Export", "Route: {start} – {end}").format(start=row.route_start, end=row.route_end))
    if row.decision is not None:
        details.append(translate("Export", "Decision: {decision}").format(decision=label(Decision(row.decision))))
    organiser = ""
    if personal:
        parts = [row.organiser_name, row.organiser_organisation, row.organiser_address, row.organiser_phone, row.organiser_email]
        organiser = ", ".join(p for p in parts if p)
        if organiser:
            details.append(translate("Export", "Organiser: {organiser}").format(organiser=organiser))
    return ExportItem(
        NOTIFICATION, row.id, uid_for(NOTIFICATION, row.id), row.version, row.purpose, row.start_at, row.end_at,
        row.location, row.district.value, label(ManifestationKind(row.kind)), label(Risk(row.risk)),
        label(Status(row.status)), row.status == Status.WITHDRAWN, tuple(details), organiser, row.updated_at,
    )


def _event_item(row: Event, personal: bool) -> ExportItem:
    kind = EventKind(row.kind)
    cancelled = row.status == EventStatus.CANCELLED
    status = label(EventStatus(row.status))
    if is_sensitive(kind):
        return ExportItem(
            EVENT, row.id, uid_for(EVENT, row.id), row.version, public_title(row), row.start_at, row.end_at,
            "", "", label(kind), "", status, cancelled, (), "", row.updated_at,
        )
    risk_code = row.match_risk_class or row.risk_class
    risk = label(MatchRiskClass(risk_code) if row.match_risk_class else EventRiskClass(risk_code)) if risk_code else ""
    details = [translate("Export", "Event #{id}: {kind}").format(id=row.id, kind=label(kind))]
    if row.organiser_organisation:
        details.append(translate("Export", "Organisation: {name}").format(name=row.organiser_organisation))
    if row.expected_visitors:
        details.append(translate("Export", "Expected visitors: {n}").format(n=row.expected_visitors))
    if risk:
        details.append(translate("Export", "Risk: {risk}").format(risk=risk))
    if kind == EventKind.FOOTBALL_MATCH and row.opponent:
        details.append(translate("Export", "Opponent: {name}").format(name=row.opponent))
    organiser = ""
    if personal:
        organiser = ", ".join(p for p in (row.organiser_name, row.organiser_phone, row.organiser_email) if p)
        if organiser:
            details.append(translate("Export", "Contact: {organiser}").format(organiser=organiser))
    return ExportItem(
        EVENT, row.id, uid_for(EVENT, row.id), row.version, row.title, row.start_at, row.end_at, row.location,
        row.district.value, label(kind), risk, status, cancelled, tuple(details), organiser, row.updated_at,
    )


def collect(
    factory: sessionmaker,
    start: datetime,
    end: datetime,
    selection: Iterable[tuple[str, int]] | None = None,
    include_personal_data: bool = False,
) -> list[ExportItem]:
    """The items overlapping [start, end) (only the selected ones, if a selection is given)."""
    wanted = set(selection) if selection is not None else None
    with factory() as session:
        refs = [i.ref for i in items_in_period(session, start, end, include_inactive=True)]
        if wanted is not None:
            refs = [ref for ref in refs if ref in wanted]
        by_kind = {NOTIFICATION: [i for k, i in refs if k == NOTIFICATION], EVENT: [i for k, i in refs if k == EVENT]}
        rows: dict[tuple[str, int], ExportItem] = {}
        for kind, model, make in ((NOTIFICATION, Notification, _notification_item), (EVENT, Event, _event_item)):
            ids = by_kind[kind]
            for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
                for row in session.scalars(select(model).where(model.id.in_(chunk))):
                    rows[(kind, row.id)] = make(row, include_personal_data)
        return [rows[ref] for ref in refs if ref in rows]


def amsterdam_vtimezone() -> icalendar.Timezone:
    """Europe/Amsterdam as Outlook writes it: the EU rule (last Sundays of March and
    October), valid for every year since 1996 — not a list of dates that ends in 2038."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard  # only when writing ICS

    zone = Timezone()
    zone.add("tzid", "Europe/Amsterdam")
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(1970, 10, 25, 3, 0))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1SU"})
    standard.add("tzoffsetfrom", timedelta(hours=2))
    standard.add("tzoffsetto", timedelta(hours=1))
    standard.add("tzname", "CET")
    daylight = TimezoneDaylight()
    daylight.add("dtstart", datetime(1970, 3, 29, 2, 0))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1SU"})
    daylight.add("tzoffsetfrom", timedelta(hours=1))
    daylight.add("tzoffsetto", timedelta(hours=2))
    daylight.add("tzname", "CEST")
    zone.add_component(standard)
    zone.add_component(daylight)
    return zone


def ics_bytes(items: Iterable[ExportItem], now: datetime | None = None) -> bytes:
    from icalendar import Calendar, Event as IcsEvent

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", translate("Export", "crisisdesk calendar"))
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    calendar.add_component(amsterdam_vtimezone())
    stamp = (now or utc_now()).replace(microsecond=0)
    for item in items:
        entry = IcsEvent()
        entry.add("uid", item.uid)
        entry.add("dtstamp", stamp)
        entry.add("dtstart", item.start_at.astimezone(AMSTERDAM).replace(microsecond=0))
        entry.add("dtend", item.end_at.astimezone(AMSTERDAM).replace(microsecond=0))
        entry.add("sequence", max(item.version - 1, 0))  # first save = 0, every later save +1
        entry.add("last-modified", item.updated_at.replace(microsecond=0))
        entry.add("summary", item.title)
        if item.location:
            place = f"{item.location}, {item.district}" if item.district else item.location
            entry.add("location", place)
        description = list(item.details)
        if item.status:
            description.append(translate("Export", "Status: {status}").format(status=item.status))
        entry.add("description", "\n".join(description))
        entry.add("categories", [item.category])
        entry.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        entry.add("transp", "TRANSPARENT")  # advisors' own agendas stay free
        calendar.add_component(entry)
    return calendar.to_ical()


def _csv_headers(personal: bool) -> list[str]:
    headers = [
        translate("Export", "Type"), translate("Export", "Number"), translate("Export", "Kind"), translate("Export", "Title"),
        translate("Export", "Start"), translate("Export", "End"), translate("Export", "Place"), translate("Export", "District"),
        translate("Export", "Risk"), translate("Export", "Status"),
    ]
    if personal:
        headers.append(translate("Export", "Organiser"))
    return headers


def _local(moment: datetime) -> str:
    return moment.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M")


def csv_bytes(items: Iterable[ExportItem], include_personal_data: bool = False) -> bytes:
    """CSV as Dutch Excel opens it by double-click: UTF-8 with BOM, ';', CRLF."""
    rows = [_csv_headers(include_personal_data)]
    kinds = {NOTIFICATION: translate("Export", "Notification"), EVENT: translate("Export", "Event")}
    for item in items:
        row = [
            kinds[item.kind], str(item.id), item.category, item.title, _local(item.start_at),
            _local(item.end_at), item.location, item.district, item.risk, item.status,
        ]
        if include_personal_data:
            row.append(item.organiser)
        rows.append(row)
    return csv_table(rows)  # every cell made safe from formula injection


def export_file(
    factory: sessionmaker,
    fmt: str,
    path: Path | str,
    start: datetime,
    end: datetime,
    selection: Iterable[tuple[str, int]] | None = None,
    include_personal_data: bool = False,
) -> int:
    """Writes the export to ``path`` (whole or not at all); returns the number of items."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {FORMATS}")
    items = collect(factory, start, end, selection, include_personal_data)
    data = ics_bytes(items) if fmt == "ics" else csv_bytes(items, include_personal_data)
    write_file(path, data)
    return len(items)

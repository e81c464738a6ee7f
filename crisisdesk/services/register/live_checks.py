"""What the notification dialog shows while the advisor types: the term and the clashes.

Per dialog the settings are read once, in one query: the chosen rule set, the clash
buffer, and the longest stored durations (they bound ``start_at`` from below, so the
clash search uses the (district, start) and (place, start) indexes). The term is then
pure computation. Per pause in typing one query finds every clash — notifications and
events in the same wijk, at the same place or (when the location was geocoded) within
the clash distance of its point, and the counter-demonstration both ways —
with the counter-demonstration's title and the longest durations as they are now; only
if a longer item was saved meanwhile is the query run once more with the new bound. On
the team's PostgreSQL every statement is a network round trip, so this keeps a pause at
one (two at most).

The rules are those of ``NotificationService.find_clashes(include_events=True)``; a test
holds the two side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any
from datetime import datetime, timedelta

import math

from sqlalchemy import Executable, Float, Integer, Select, String, cast, func, literal, null, or_, select, type_coerce, union_all
from sqlalchemy.orm import aliased

from crisisdesk.db.models import Event, Notification, Place, Setting
from crisisdesk.db.types import UTCDateTime
from crisisdesk.domain.calendar.records import Clash, stronger
from crisisdesk.domain.geo.points import GeoPoint
from crisisdesk.services.calendar.clashes import is_location
from crisisdesk.domain.enums import Decision, District, Status
from crisisdesk.domain.events.rules import EventKind, EventStatus, is_sensitive, neutral_title
from crisisdesk.domain.register import notifications as rules
from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.register.deadlines import TermCheck, check_notification
from crisisdesk.domain.register.rulesets import DEFAULT_RULE_SET, rule_for
from crisisdesk.domain.timeutil import to_local
from crisisdesk.services.settings import (
    CLASH_BUFFER_MINUTES,
    CLASH_DISTANCE_METRES,
    DEFAULT_CLASH_BUFFER_MINUTES,
    DEFAULT_CLASH_DISTANCE_METRES,
    MAX_CLASH_DISTANCE_METRES,
    RULE_SET,
)

NOTIFICATION, EVENT = "notification", "event"
# Which reason wins when one notification is found twice (as the service's dict did).
_PRIORITY = {"same_district": 0, "same_place": 0, "nearby": 0, "counter_to": 1, "countered_by": 2}


@dataclass(frozen=True)
class LiveSettings:
    rule_set: str
    clash_buffer_minutes: int
    longest: dict  # kind -> the longest stored duration in minutes (a lower bound for start_at)
    clash_distance_metres: int = DEFAULT_CLASH_DISTANCE_METRES


@dataclass(frozen=True)
class LiveClashes:
    clashes: list[Clash]
    counter_title: str | None  # None: there is no notification with the counter_to id


class LiveChecks:
    """The dialog's live term and clashes, for one dialog (the settings are cached)."""

    def __init__(self, service) -> None:
        self._service = service
        self._settings: LiveSettings | None = None

    def settings(self) -> LiveSettings:
        if self._settings is None:
            def stored(key: str):
                return select(Setting.value).where(Setting.key == key).scalar_subquery()

            statement = select(stored(RULE_SET), stored(CLASH_BUFFER_MINUTES), _longest(Notification), _longest(Event),
                               stored(CLASH_DISTANCE_METRES))
            with self._service.factory() as session:
                name, buffer, longest_notification, longest_event, metres = session.execute(statement).one()
            name = name or DEFAULT_RULE_SET
            self._settings = LiveSettings(
                rule_set=name if name in self._service.rule_sets else DEFAULT_RULE_SET,
                clash_buffer_minutes=int(buffer if buffer is not None else DEFAULT_CLASH_BUFFER_MINUTES),
                longest={NOTIFICATION: longest_notification, EVENT: longest_event},
                clash_distance_metres=_metres(metres),
            )
        return self._settings

    def term_check(self, start_at: datetime, received_at: datetime) -> TermCheck:
        rule = rule_for(to_local(received_at).date(), self._service.rule_sets, self.settings().rule_set)
        return check_notification(start_at, received_at, rule)

    def validate(self, draft, counter_title: str | None) -> list:
        """The service's rules, with the counter-demonstration's existence from the last clash query."""
        on_time = None
        if draft.decision == Decision.BAN and draft.start_at and draft.received_at:
            on_time = self.term_check(draft.start_at, draft.received_at).on_time
        errors = rules.validate(draft, self._service._clock(), on_time)
        if draft.counter_to_id is not None and counter_title is None:
            errors.append(FieldError("counter_to_id", "not_found", {"id": draft.counter_to_id}))
        return errors

    def clashes(
        self,
        start_at: datetime | None,
        end_at: datetime | None,
        district: District | None,
        location: str,
        exclude_id: int | None = None,
        counter_to_id: int | None = None,
        point: GeoPoint | None = None,
    ) -> LiveClashes:
        """Every clash of these facts and the counter-demonstration's title: one statement.

        ``point``: the location's geocoded point, for the items within the clash distance.
        """
        settings = self.settings()
        rows = self._read(settings, start_at, end_at, district, location, exclude_id, counter_to_id, point)
        now_longest = {r[1]: r[2] for r in rows if r[0] == "longest"}
        if any(now_longest[kind] > settings.longest[kind] for kind in now_longest):  # a longer item was saved
            settings = self._settings = LiveSettings(settings.rule_set, settings.clash_buffer_minutes, now_longest,
                                                     settings.clash_distance_metres)
            rows = self._read(settings, start_at, end_at, district, location, exclude_id, counter_to_id, point)
        return _assemble([r for r in rows if r[0] != "longest"], rules.location_key(location), exclude_id, counter_to_id)

    def _read(self, settings: LiveSettings, start_at, end_at, district, location, exclude_id, counter_to_id,
              point: GeoPoint | None = None) -> list:
        key = rules.location_key(location)
        selects: list[Select[Any]] = []  # one row shape, eleven columns (see _columns)
        metres = settings.clash_distance_metres
        located = point is not None and point.rd_x is not None and point.rd_y is not None and metres > 0
        if start_at and end_at and end_at > start_at:
            buffer = timedelta(minutes=settings.clash_buffer_minutes)
            window_start, window_end = start_at - buffer, end_at + buffer
            for kind, model, title, inactive in (
                (NOTIFICATION, Notification, Notification.purpose, Status.WITHDRAWN),
                (EVENT, Event, Event.title, EventStatus.CANCELLED),
            ):
                places = ([model.district == district] if district is not None else []) + (
                    [model.location_key == key] if key else []
                )
                earliest = window_start - timedelta(minutes=settings.longest[kind])
                in_window = (model.start_at < window_end, model.start_at > earliest, model.end_at > window_start,
                             model.status != inactive)
                if places:
                    selects.append(_columns(model, title, kind, "same_place_or_district").where(*in_window, or_(*places)))
                if located:
                    assert point is not None and point.rd_x is not None and point.rd_y is not None
                    place = aliased(Place, name="p")
                    owner = place.notification_id if model is Notification else place.event_id
                    dx = place.rd_x - literal(point.rd_x, Float)
                    dy = place.rd_y - literal(point.rd_y, Float)
                    squared = dx * dx + dy * dy
                    selects.append(
                        _columns(model, title, kind, "nearby", squared)
                        .join(place, (owner == model.id) & is_location(place))
                        .where(*in_window, dx <= metres, -dx <= metres, dy <= metres, -dy <= metres, squared <= metres * metres)
                    )
        if counter_to_id is not None:
            selects.append(_columns(Notification, Notification.purpose, NOTIFICATION, "counter_to").where(
                Notification.id == counter_to_id))
        if exclude_id is not None:
            selects.append(_columns(Notification, Notification.purpose, NOTIFICATION, "countered_by").where(
                Notification.counter_to_id == exclude_id))
        if not selects:
            return []
        if start_at and end_at and end_at > start_at:  # is the cached lower bound still right?
            selects += [_longest_row(NOTIFICATION, Notification), _longest_row(EVENT, Event)]
        statement: Executable = selects[0] if len(selects) == 1 else union_all(*selects)
        with self._service.factory() as session:
            return list(session.execute(statement).all())


def _longest(model):
    return select(func.coalesce(func.max(model.duration_minutes), 0)).scalar_subquery()


def _longest_row(kind: str, model):
    """("longest", kind, minutes, NULL…): the bound as it is now, in the clash statement's shape."""
    return select(
        literal("longest", String), literal(kind, String), type_coerce(_longest(model), Integer), null(), null(),
        type_coerce(null(), UTCDateTime()), type_coerce(null(), UTCDateTime()), null(), null(), null(),
        cast(null(), Float),
    )


def _metres(value) -> int:
    """The stored clash distance, or the default when unset or unusable."""
    try:
        metres = int(str(value).strip())
    except (TypeError, ValueError):
        return DEFAULT_CLASH_DISTANCE_METRES
    return metres if 0 <= metres <= MAX_CLASH_DISTANCE_METRES else DEFAULT_CLASH_DISTANCE_METRES


def _columns(model, title, kind: str, reason: str, squared=None):
    return select(
        literal(kind, String).label("kind"), literal(reason, String).label("reason"), model.id, title.label("title"),
        type_coerce(model.kind, String).label("item_kind"), model.start_at, model.end_at, model.location,
        type_coerce(model.district, String).label("district"), model.location_key,
        (squared if squared is not None else cast(null(), Float)).label("squared"),
    )


def _assemble(rows, key: str, exclude_id: int | None, counter_to_id: int | None) -> LiveClashes:
    found: dict[tuple[str, int], tuple[int, Clash]] = {}
    counter_title = None
    distances: dict[tuple[str, int], float] = {}
    for kind, reason, ident, title, item_kind, start, end, location, district, location_key, squared in rows:
        if reason == "counter_to":
            counter_title = title
        elif kind == NOTIFICATION and reason != "countered_by" and ident == exclude_id:
            continue
        if reason == "same_place_or_district":
            reason = "same_place" if key and location_key == key else "same_district"
        if squared is not None:
            distances[(kind, ident)] = math.sqrt(max(0.0, float(squared)))
        if kind == EVENT and is_sensitive(EventKind(item_kind)):
            title, location = neutral_title(EventKind(item_kind)), ""
        clash = Clash(kind, ident, title, start, end, location, District(district), reason)
        priority = _PRIORITY.get(reason, 0)
        known = found.get((kind, ident))
        if known is None or priority > known[0] or (priority == known[0] and stronger(reason, known[1].reason)):
            found[(kind, ident)] = (priority, clash)
    found = {ref: (p, replace(c, distance_m=distances.get(ref))) for ref, (p, c) in found.items()}
    clashes = sorted((c for _p, c in found.values()), key=lambda c: (c.other_start_at, c.other_kind, c.other_id))
    return LiveClashes(clashes, counter_title if counter_to_id is not None else None)

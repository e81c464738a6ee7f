"""What the notification dialog shows while the advisor types: the term and the clashes.

Per dialog the settings are read once (the chosen rule set and the clash buffer, one
query); the term is then pure computation. Per pause in typing one query finds every
clash — notifications and events in the same wijk or at the same place, and the
counter-demonstration both ways — and with it the counter-demonstration's title. On the
team's PostgreSQL every statement is a network round trip, so this keeps typing at two
at most (one for the first pause of a dialog, then one each).

The rules are those of ``NotificationService.find_clashes(include_events=True)``; a test
holds the two side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import String, and_, func, literal, or_, select, type_coerce, union_all

from crisisdesk.db.models import Event, Notification, Setting
from crisisdesk.db.types import UTCDateTime
from crisisdesk.domain.enums import District, Status
from crisisdesk.domain.events.rules import EventKind, EventStatus, is_sensitive, neutral_title
from crisisdesk.domain.register import notifications as rules
from crisisdesk.domain.register.notifications import FieldError
from crisisdesk.domain.register.deadlines import TermCheck, check_notification
from crisisdesk.domain.register.records import Clash
from crisisdesk.domain.register.rulesets import DEFAULT_RULE_SET, rule_for
from crisisdesk.domain.timeutil import to_local
from crisisdesk.services.calendar.clashes import add_minutes
from crisisdesk.services.settings import CLASH_BUFFER_MINUTES, DEFAULT_CLASH_BUFFER_MINUTES, RULE_SET

NOTIFICATION, EVENT = "notification", "event"
# Which reason wins when one notification is found twice (as the service's dict did).
_PRIORITY = {"same_district": 0, "same_place": 0, "counter_to": 1, "countered_by": 2}


@dataclass(frozen=True)
class LiveSettings:
    rule_set: str
    clash_buffer_minutes: int


@dataclass(frozen=True)
class LiveClashes:
    clashes: list[Clash]
    counter_title: str | None  # None: there is no notification with the counter_to id


class LiveChecks:
    """The dialog's live term and clashes, for one dialog (the settings are cached)."""

    def __init__(self, service) -> None:  # noqa: ANN001 - the NotificationService
        self._service = service
        self._settings: LiveSettings | None = None

    def settings(self) -> LiveSettings:
        if self._settings is None:
            wanted = (RULE_SET, CLASH_BUFFER_MINUTES)
            with self._service.factory() as session:
                stored = dict(session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(wanted))).all())
            name = stored.get(RULE_SET, DEFAULT_RULE_SET)
            self._settings = LiveSettings(
                rule_set=name if name in self._service.rule_sets else DEFAULT_RULE_SET,
                clash_buffer_minutes=int(stored.get(CLASH_BUFFER_MINUTES, DEFAULT_CLASH_BUFFER_MINUTES)),
            )
        return self._settings

    def term_check(self, start_at: datetime, received_at: datetime) -> TermCheck:
        rule = rule_for(to_local(received_at).date(), self._service.rule_sets, self.settings().rule_set)
        return check_notification(start_at, received_at, rule)

    def validate(self, draft, counter_title: str | None) -> list:  # noqa: ANN001 - a NotificationDraft
        """The service's rules, with the counter-demonstration's existence from the last clash query."""
        errors = rules.validate(draft, self._service._clock())
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
    ) -> LiveClashes:
        """Every clash of these facts and the counter-demonstration's title: one statement."""
        key = rules.location_key(location)
        selects = []
        if start_at and end_at and end_at > start_at:
            buffer = timedelta(minutes=self.settings().clash_buffer_minutes)
            window_start, window_end = start_at - buffer, end_at + buffer
            for kind, model, title, inactive in (
                (NOTIFICATION, Notification, Notification.purpose, Status.WITHDRAWN),
                (EVENT, Event, Event.title, EventStatus.CANCELLED),
            ):
                places = ([model.district == district] if district is not None else []) + (
                    [model.location_key == key] if key else []
                )
                if not places:
                    continue
                # The longest stored duration bounds start_at from below, so the (district,
                # start) and (place, start) indexes are used; read in the same statement.
                longest = select(func.coalesce(func.max(model.duration_minutes), 0)).scalar_subquery()
                earliest = add_minutes(literal(window_start, UTCDateTime()), -longest)
                reason = "same_place_or_district"
                selects.append(
                    _columns(model, title, kind, reason).where(
                        model.start_at < window_end, model.start_at > earliest, model.end_at > window_start,
                        model.status != inactive, or_(*places),
                    )
                )
        if counter_to_id is not None:
            selects.append(_columns(Notification, Notification.purpose, NOTIFICATION, "counter_to").where(
                Notification.id == counter_to_id))
        if exclude_id is not None:
            selects.append(_columns(Notification, Notification.purpose, NOTIFICATION, "countered_by").where(
                Notification.counter_to_id == exclude_id))
        if not selects:
            return LiveClashes([], None)
        statement = selects[0] if len(selects) == 1 else union_all(*selects)
        with self._service.factory() as session:
            rows = session.execute(statement).all()
        return _assemble(rows, key, exclude_id, counter_to_id)


def _columns(model, title, kind: str, reason: str):  # noqa: ANN001, ANN202
    return select(
        literal(kind, String).label("kind"), literal(reason, String).label("reason"), model.id, title.label("title"),
        type_coerce(model.kind, String).label("item_kind"), model.start_at, model.end_at, model.location,
        type_coerce(model.district, String).label("district"), model.location_key,
    )


def _assemble(rows, key: str, exclude_id: int | None, counter_to_id: int | None) -> LiveClashes:  # noqa: ANN001
    found: dict[tuple[str, int], tuple[int, Clash]] = {}
    counter_title = None
    for kind, reason, ident, title, item_kind, start, end, location, district, location_key in rows:
        if reason == "counter_to":
            counter_title = title
        elif kind == NOTIFICATION and reason != "countered_by" and ident == exclude_id:
            continue
        if reason == "same_place_or_district":
            reason = "same_place" if key and location_key == key else "same_district"
        if kind == EVENT and is_sensitive(EventKind(item_kind)):
            title, location = neutral_title(EventKind(item_kind)), ""
        clash = Clash(ident, title, start, end, location, District(district), reason, kind)
        priority = _PRIORITY.get(reason, 0)
        if (kind, ident) not in found or priority >= found[(kind, ident)][0]:
            found[(kind, ident)] = (priority, clash)
    clashes = sorted((c for _p, c in found.values()), key=lambda c: (c.other_start_at, c.other_kind, c.other_id))
    return LiveClashes(clashes, counter_title if counter_to_id is not None else None)

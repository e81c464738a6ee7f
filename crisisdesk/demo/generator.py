"""The demo generator: one realistic notification (and its history) at a time, from the
vocabulary, with the term computed as the register computes it."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from math import exp
from random import Random


from crisisdesk.domain.register import notifications as rules
from crisisdesk.domain.register.deadlines import NoticeRule, notice_deadline
from crisisdesk.domain.enums import (
    BanGround,
    Channel,
    Decision,
    DecisionGround,
    District,
    ManifestationKind,
    PlaceType,
    Risk,
    Status,
)
from crisisdesk.domain.register.decisions import allowed_decisions
from crisisdesk.domain.register.rulesets import rule_for
from crisisdesk.demo.decisions import Case, decision_columns
from crisisdesk.domain.timeutil import AMSTERDAM, NonexistentLocalTime, local_to_aware
from crisisdesk.demo.constants import (
    DEMO_USER,
    YEARS_BACK,
    DAYS_AHEAD,
    _MINUTE,
    _HOUR,
    _DAY,
)
from crisisdesk.demo.vocabulary import (
    _NON_PUBLIC,
    _NEAR_EMBASSY,
    _DISTRICTS,
    _PLACE_TABLES,
    _ROUTES_BY_DISTRICT,
    _TOPICS,
    _TOPIC_TABLE,
    _COUNTER_TOPICS,
    _PREFIXES,
    _SUFFIXES,
    _MEETING_FORMS,
    _MEETING_SUBJECTS,
    _RELIGIOUS,
    _RELIGIOUS_ORGS,
    _MEETING_ORGS,
    _ORG_FORMS,
    _ORG_AREAS,
    _ORG_WORDS,
    _FIRST_NAMES,
    _SURNAMES,
    _STREETS,
    _COMPOSITIONS,
    _MEASURES,
    _CONDITIONS,
    _CONDITIONS_ALL,
    _CONDITIONS_PUBLIC,
    _CONDITION_INTERESTS,
    _TIMES_CONDITION,
    _RESTRICTIONS,
    _RESTRICTION_INTERESTS,
    _MOVED_RESTRICTION,
    _DISTANCE_CONDITION,
    _LATE_REASONS,
    _DECIDERS,
    _STATUS_NOTES,
    _KINDS,
    _CHANNELS,
    _RISK_CALM,
    _RISK_TENSE,
    _RISK_COUNTER,
    _DECISIONS,
    _CODE,
    _FORM_HOURS,
    _WEEKDAY_WEIGHT,
    _SLOTS,
    _DURATIONS,
    LATE_SHARE,
    COUNTER_SHARE,
    PROCESSION_SHARE,
    ORGANISER_POOL,
    ONE_OFF_ORGANISERS,
)

# --- helpers ---------------------------------------------------------------------------



def _range_top(participants: int | None) -> int | None:
    """Some organisers give a range ("200-300"): about one in three larger groups, no dice
    thrown, so the rest of a seed's data stays the same."""
    if participants is None or participants < 200 or participants % 3:
        return None
    return participants * 3 // 2

def default_now() -> datetime:
    """00:00 today in Amsterdam: the anchor used when ``seed_demo`` gets no ``now``."""
    today = datetime.now(AMSTERDAM).date()
    return datetime.combine(today, time(0), AMSTERDAM).astimezone(UTC)


def _utc(day: date, clock: time) -> datetime:
    """A wall-clock moment in Amsterdam as naive UTC; a time in the spring DST gap moves on an hour."""
    naive = datetime.combine(day, clock)
    try:
        aware = local_to_aware(naive)
    except NonexistentLocalTime:
        aware = local_to_aware(naive + _HOUR)
    return aware.astimezone(UTC).replace(tzinfo=None)


_EARLY_MORNING = time(4, 0)
_NOON = time(12, 0)


class _LocalClock:
    """``_utc`` made fast for the many moments one chunk builds.

    The Dutch clock changes between 02:00 and 03:00, so from 04:00 on a day has the UTC
    offset it has at noon: that offset is looked up once per day (with
    ``local_to_aware``); earlier times take the full ``_utc`` route.
    """

    def __init__(self) -> None:
        self._offsets: dict[date, timedelta] = {}

    def __call__(self, day: date, clock: time) -> datetime:
        if clock < _EARLY_MORNING:
            return _utc(day, clock)
        offset = self._offsets.get(day)
        if offset is None:
            offset = self._offsets[day] = local_to_aware(datetime.combine(day, _NOON)).utcoffset()
        return datetime.combine(day, clock) - offset


def _choice(rand: Callable[[], float], items: Sequence):
    return items[int(rand() * len(items))]


def _randint(rand: Callable[[], float], low: int, high: int) -> int:
    return low + int(rand() * (high - low + 1))


def _between(rand: Callable[[], float], low: datetime, high: datetime) -> datetime:
    """A whole minute in [low, high] (``low`` itself when no whole minute fits)."""
    base = low.replace(second=0, microsecond=0)
    if base != low:
        base += _MINUTE
    span = int((high - base).total_seconds() // 60)
    if span < 0:
        return low
    return base + int(rand() * (span + 1)) * _MINUTE


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _local_hhmm(moment: datetime) -> str:
    return moment.replace(tzinfo=UTC).astimezone(AMSTERDAM).strftime("%H:%M")


Term = Callable[[datetime, datetime], tuple[str, datetime, bool]]


class _Terms:
    """The term as ``NotificationService`` derives it on save, with caches for bulk use.

    The rule is the one ``NotificationService.applicable_rule`` picks (``rule_for`` on
    the Amsterdam date of receipt, the chosen rule set preferred); the deadline and on
    time come from ``notice_deadline``/``on_time``, the computation ``check_notification``
    runs, without building the explanation.
    """

    def __init__(self, rule_sets: Mapping[str, NoticeRule], preferred: str) -> None:
        self.rule_sets = rule_sets
        self.preferred = preferred
        self._rules: dict[date, NoticeRule] = {}
        self._deadlines: dict[tuple[datetime, str], datetime] = {}
        self._offsets: dict[date, timedelta] = {}

    def _local_day(self, received: datetime) -> date:
        """The Amsterdam date of naive UTC ``received``.

        Amsterdam is UTC+1 or UTC+2 and its clock changes at 01:00 UTC, so from 01:00 UTC
        on a day has the offset it has at noon UTC; before 01:00 UTC either offset gives
        the same date. The offset is looked up once per UTC date.
        """
        utc_day = received.date()
        offset = self._offsets.get(utc_day)
        if offset is None:
            noon = datetime.combine(utc_day, _NOON, UTC)
            offset = self._offsets[utc_day] = noon.astimezone(AMSTERDAM).utcoffset() or timedelta(0)
        return (received + offset).date()

    def __call__(self, start: datetime, received: datetime) -> tuple[str, datetime, bool]:
        """(rule name, deadline, on time) for naive UTC ``start`` and ``received``."""
        day = self._local_day(received)
        rule = self._rules.get(day)
        if rule is None:
            rule = self._rules[day] = rule_for(day, self.rule_sets, self.preferred)
        key = (start, rule.name)
        deadline = self._deadlines.get(key)
        if deadline is None:
            aware = notice_deadline(start.replace(tzinfo=UTC), rule)
            deadline = self._deadlines[key] = aware.astimezone(UTC).replace(tzinfo=None)
        return rule.name, deadline, received <= deadline  # ``on_time``, on naive UTC


# --- the generator ---------------------------------------------------------------------

_Candidate = tuple[int, datetime, datetime, District, str, str, datetime]
_GROUNDS = tuple(DecisionGround)  # in declaration order; iterating the enum class each time costs


# The decision record's columns of a notification without a decision.
_NO_DECISION: dict[str, object] = {
    "decision_measures": [], "decision_motivation": "", "decision_ban_ground": None, "decision_ban_alternatives": "",
    "decision_lateness_weighing": "", "decision_date": None, "decided_capacity": None, "decided_function": "",
    "decision_made_known_how": None, "decision_review": "",
}


class _Generator:
    """Draws one fictional notification after another from one ``Random``.

    Inside, moments are naive UTC datetimes (the arithmetic is cheaper). Rows come out
    as dicts keyed by column name, with enum codes; ``out`` turns each moment into what
    the insert binds (an aware UTC datetime, or SQLite's text for one).
    """

    def __init__(self, rng: Random, now: datetime, term: Term, out: Callable[[datetime], object], seed: int = 0) -> None:
        self.seed = seed  # for the decision texts, drawn apart from ``rng``
        self.rand = rng.random
        self.rng = rng
        self.now = now.astimezone(UTC).replace(tzinfo=None)
        self.term = term
        self.out = out
        local_now = now.astimezone(AMSTERDAM)
        self.first_day = local_now.date().replace(year=local_now.year - YEARS_BACK, day=1)
        self.days = (local_now.date() - self.first_day).days + DAYS_AHEAD
        self.candidates: list[_Candidate] = []
        self.local = _LocalClock()
        self.organisers: dict[str, list[tuple[str, str, str, str, str]]] = {}

    # when -------------------------------------------------------------------------------

    def _start(self) -> tuple[datetime, date, time]:
        rand = self.rand
        while True:
            day = self.first_day + timedelta(days=int(rand() * self.days))
            if rand() * 1.8 <= _WEEKDAY_WEIGHT[day.weekday()]:
                clock = _SLOTS.pick(rand)
                return self.local(day, clock), day, clock

    def _end(self, start: datetime, day: date, clock: time, kind: ManifestationKind) -> datetime:
        rand = self.rand
        r = rand()
        if r < 0.002:  # a camp or vigil of a few days
            return start + timedelta(hours=_choice(rand, (24, 48, 72)))
        if r < 0.03:  # all day, until 21:00 or 22:00
            end = self.local(day, time(_choice(rand, (21, 22)), 0))
            if end - start >= 3 * _HOUR:
                return end
        minutes = _DURATIONS.pick(rand)
        if kind == ManifestationKind.RELIGIOUS_GATHERING:
            minutes = min(minutes, 120)
        if clock.hour >= 19:
            minutes = min(minutes, 180)
        return start + timedelta(minutes=minutes)

    def _received(self, start: datetime, start_day: date, channel: Channel) -> datetime:
        """Mostly 3 to 21 days ahead; the clock depends on how the notice came in."""
        rand = self.rand
        r = rand()
        if r < 0.10:
            lead = _randint(rand, 1, 3)
        elif r < 0.85:
            lead = _randint(rand, 3, 21)
        elif r < 0.95:
            lead = _randint(rand, 21, 60)
        else:
            lead = _randint(rand, 60, 150)
        day = start_day - timedelta(days=lead)
        if channel == Channel.PHONE or channel == Channel.IN_PERSON:  # office hours
            while day.weekday() >= 5:
                day -= _DAY
            clock = time(_randint(rand, 9, 16), int(rand() * 60))
        elif channel == Channel.POLICE:  # outside office hours
            if day.weekday() >= 5 and rand() < 0.5:
                clock = time(_randint(rand, 8, 23), int(rand() * 60))
            else:
                clock = time(_randint(rand, 17, 23), int(rand() * 60))
        else:
            clock = time(_choice(rand, _FORM_HOURS), int(rand() * 60))
        received = self.local(day, clock)
        if received >= start:
            received = start - timedelta(hours=_randint(rand, 2, 20))
        return received

    # who --------------------------------------------------------------------------------

    def _organiser(self, pool_key: str, orgs: Sequence[str], word: str) -> tuple[str, str, str, str, str]:
        """(name, address, phone, e-mail, organisation): organisers come back, some once only."""
        rand = self.rand
        pool = self.organisers.setdefault(pool_key, [])
        if len(pool) >= ORGANISER_POOL and rand() >= ONE_OFF_ORGANISERS:
            return pool[int(rand() * len(pool))]
        organisation = ""
        if rand() < 0.78:
            if rand() < 0.6:
                organisation = _choice(rand, orgs)
            else:
                organisation = f"{_choice(rand, _ORG_FORMS)} {word} {_choice(rand, _ORG_AREAS)}"
        first, last = _choice(rand, _FIRST_NAMES), _choice(rand, _SURNAMES)
        person = f"{first} {last}" if (not organisation or rand() < 0.85) else ""
        address = ""
        if person:
            letters = chr(65 + int(rand() * 26)) + chr(65 + int(rand() * 26))
            address = (
                f"{_choice(rand, _STREETS)} {_randint(rand, 1, 240)}, 35{_randint(rand, 11, 85)} {letters} Utrecht"
            )
        phone = f"06-0000{int(rand() * 10000):04d}" if rand() < 0.9 else ""
        email = ""
        if rand() < 0.85:
            email = f"{_ascii(first)}.{_ascii(last).replace(' ', '')}{_randint(rand, 1, 99)}@example.nl"
        organiser = (person, address, phone, email, organisation)
        if len(pool) < ORGANISER_POOL:
            pool.append(organiser)
        return organiser

    # one notification -------------------------------------------------------------------

    def row(self, notification_id: int) -> tuple[dict, list[dict]]:
        rand = self.rand
        now = self.now
        kind = _KINDS.pick(rand)
        topic = _TOPIC_TABLE.pick(rand)
        tension, foreign, scale, purposes, orgs = _TOPICS[topic]
        counter_of: _Candidate | None = None
        if kind == ManifestationKind.DEMONSTRATION and self.candidates and rand() < COUNTER_SHARE:
            counter_of = _choice(rand, self.candidates)

        # where
        route = route_start = route_end = ""
        if counter_of is not None:
            _, o_start, _o_end, district, o_location, o_topic, o_received = counter_of
            place_type = PlaceType.PUBLIC
            r = rand()
            if r < 0.4:
                location = o_location
            elif r < 0.7:
                location = f"{o_location}, overzijde"
            else:
                location = _PLACE_TABLES[district].pick(rand)
            topic = _COUNTER_TOPICS.get(o_topic, topic)
            tension, foreign, scale, purposes, orgs = _TOPICS[topic]
        else:
            district = _DISTRICTS.pick(rand)
            r = rand()
            if r < 0.05 and district in _NON_PUBLIC:
                place_type, location = PlaceType.NON_PUBLIC, _choice(rand, _NON_PUBLIC[district])
            elif r < (0.30 if foreign else 0.07) and district in _NEAR_EMBASSY:
                place_type, location = PlaceType.NEAR_EMBASSY, _choice(rand, _NEAR_EMBASSY[district])
            else:
                place_type = PlaceType.PUBLIC
                location = _PLACE_TABLES[district].pick(rand)
                if kind != ManifestationKind.MEETING and rand() < PROCESSION_SHARE:
                    stops = _choice(rand, _ROUTES_BY_DISTRICT[district])
                    if rand() < 0.5:
                        stops = stops[::-1]
                    route_start, route_end = stops[0], stops[-1]
                    route = " – ".join(stops)
                    location = route_start

        # what about, and who
        if kind == ManifestationKind.MEETING:
            purpose = f"{_choice(rand, _MEETING_FORMS)} {_choice(rand, _MEETING_SUBJECTS)}"
            orgs, scale, pool = _MEETING_ORGS, 0.6, _CODE[kind]
        elif kind == ManifestationKind.RELIGIOUS_GATHERING:
            purpose = _choice(rand, _RELIGIOUS)
            orgs, scale, pool = _RELIGIOUS_ORGS, 0.8, _CODE[kind]
        else:
            pool = topic
            base = _choice(rand, purposes)
            if counter_of is not None:
                purpose = "Tegendemonstratie: " + base[0].lower() + base[1:]
            else:
                prefix = _PREFIXES.pick(rand)
                if prefix and base[1:2].islower():
                    base = base[0].lower() + base[1:]
                purpose = prefix + base + _SUFFIXES.pick(rand)
        person, address, phone, email, organisation = self._organiser(pool, orgs, _ORG_WORDS.get(pool, "Samen"))

        # how many: log-normal around 60, from 5 to 20,000
        participants: int | None = int(min(20_000, max(5, exp(self.rng.gauss(4.1 + 0.45 * (scale - 1), 1.0)))))
        if participants >= 1000:
            participants = round(participants, -2)
        elif participants >= 100:
            participants = round(participants, -1)
        if rand() < 0.02:
            participants = None
        if topic == "boeren" and kind == ManifestationKind.DEMONSTRATION:
            composition = f"Boeren met ten hoogste {_choice(rand, (10, 20, 40, 80))} trekkers"
        else:
            composition = _choice(rand, _COMPOSITIONS) if rand() < 0.7 else ""
        measures = ""
        if rand() < 0.75:
            measures = _choice(rand, _MEASURES).format(n=min(60, max(2, (participants or 40) // 40)))

        # when: start, end, received (never after now); late on purpose for a few
        channel = _CHANNELS.pick(rand)
        late_intended = rand() < LATE_SHARE
        while True:
            if counter_of is not None:
                start = o_start + _choice(rand, (-30, -15, 0, 0, 15, 30)) * _MINUTE
                local = start.replace(tzinfo=UTC).astimezone(AMSTERDAM)
                end = max(self._end(start, local.date(), local.time(), kind), o_start + 30 * _MINUTE)
                low = max(o_received, start - 21 * _DAY)
                received = _between(rand, low, min(start - 30 * _MINUTE, now))
            else:
                start, day, clock = self._start()
                end = self._end(start, day, clock, kind)
                received = self._received(start, day, channel)
            deadline = self.term(start, received)[1]
            if late_intended:
                if received <= deadline:
                    received = _between(rand, deadline + _MINUTE, start - 15 * _MINUTE)
            elif received > deadline:
                low = deadline - 3 * _DAY
                if counter_of is not None:
                    low = max(low, o_received)
                if low <= deadline:
                    received = _between(rand, low, deadline)
            if received <= now and received < start:
                break
            if counter_of is not None:  # the original is fixed in time: stay before now
                received = _between(rand, o_received, min(now, start - 15 * _MINUTE))
                break
        received = min(received, start - 15 * _MINUTE, now)
        rule_name, deadline, on_time = self.term(start, received)

        # handling: risk, status, decision
        if counter_of is not None:
            risk = _RISK_COUNTER.pick(rand)
        elif tension or (participants or 0) >= 1000:
            risk = _RISK_TENSE.pick(rand)
        else:
            risk = _RISK_CALM.pick(rand)
        delay = timedelta(minutes=int(self.rng.expovariate(1 / 90)) + 3)
        if channel == Channel.POLICE:  # registered the next working morning
            delay += timedelta(hours=_randint(rand, 8, 14))
        created = min(received + min(delay, (start - received) / 3), now)
        created = max(created.replace(second=0, microsecond=0), received)
        handled_until = min(start, now)  # decisions fall before the start, and not after now

        decision: Decision | None = None
        path: list[Status]
        if rand() < 0.04:
            path = [Status.RECEIVED, Status.IN_PROGRESS, Status.WITHDRAWN] if rand() < 0.5 else [
                Status.RECEIVED, Status.WITHDRAWN]
        elif start <= now:
            decision = Decision.NO_MEASURES
        else:
            ahead = start - now
            p_decided = 0.85 if ahead < 2 * _DAY else 0.5 if ahead < 7 * _DAY else 0.2 if ahead < 21 * _DAY else 0.05
            if rand() < p_decided:
                decision = Decision.NO_MEASURES
            else:
                r = rand()
                if now - created < _DAY:
                    path = [Status.RECEIVED] if r < 0.7 else [Status.RECEIVED, Status.IN_PROGRESS]
                elif r < 0.15:
                    path = [Status.RECEIVED]
                elif r < 0.65:
                    path = [Status.RECEIVED, Status.IN_PROGRESS]
                else:
                    path = [Status.RECEIVED, Status.IN_PROGRESS, Status.COORDINATED]

        grounds: Sequence[DecisionGround] = ()
        measures_out: list[tuple[str, tuple[DecisionGround, ...]]] = []
        ban_ground: BanGround | None = None
        conditions = decided_by = ""
        decided_at = known_at = closed_at = None
        record: dict = {}
        if decision is not None:
            # a ban on lateness only where the lateness made a procession impossible to arrange
            if not on_time and rand() < 0.03 and route and risk != Risk.LOW:
                decision, ban_ground = Decision.BAN, BanGround.LATE
            else:
                decision = _DECISIONS[risk].pick(rand)
            if decision not in allowed_decisions(place_type):  # art. 8: nothing in advance
                decision = Decision.NO_MEASURES
            # steps may be skipped forward: a quiet meeting needs no police coordination
            if risk != Risk.LOW or decision != Decision.NO_MEASURES or rand() < 0.3:
                path = [Status.RECEIVED, Status.COORDINATED, Status.DECIDED]
                if rand() < 0.3:
                    path.insert(1, Status.IN_PROGRESS)
            else:
                path = [Status.RECEIVED, Status.IN_PROGRESS, Status.DECIDED]
            if decision == Decision.BAN and ban_ground is None:
                ban_ground, grounds = BanGround.INTEREST, (DecisionGround.DISORDER,)
            elif decision == Decision.CONDITIONS or decision == Decision.RESTRICTIONS:
                measures_out = self._conditions(
                    decision, place_type, location, district, start, end, route, topic == "boeren", counter_of is not None
                )
                conditions = "\n".join(text for text, _ in measures_out)
                grounds = [g for g in _GROUNDS if any(g in i for _, i in measures_out)]
            decided_at = created + (handled_until - created) * self.rng.betavariate(2.5, 1.5)
            decided_at = max(created, decided_at.replace(second=0, microsecond=0))
            known_at = decided_at + timedelta(minutes=int(self.rng.expovariate(1 / 120)) + 5)
            known_at = max(decided_at, min(known_at, handled_until - _MINUTE))
            closed_at = end + timedelta(hours=_randint(rand, 12, 24 * 14))
            if closed_at <= now:
                path.append(Status.CLOSED)
            case = Case(
                decision, location.strip(), district.value, start, end, received, deadline, participants, risk,
                route, counter_of is not None, place_type == PlaceType.NEAR_EMBASSY,
            )
            record = decision_columns(notification_id, self.seed, case, measures_out, ban_ground, decided_at, known_at)
            decided_by = record["decided_by"]

        late_accepted = False
        late_reason = late_by = ""
        late_at = None
        if not on_time and decision != Decision.BAN and len(path) > 1 and rand() < 0.6:
            late_accepted = True
            late_reason = _choice(rand, _LATE_REASONS)
            late_by = _choice(rand, _DECIDERS)
            late_at = _between(rand, created, decided_at if decided_at is not None else handled_until)

        # the status history, as the service records it: one change per status
        if decided_at is not None:
            steps = path.index(Status.DECIDED) - 1
            moments = [created, *sorted(_between(rand, created, decided_at) for _ in range(steps)), decided_at]
            if path[-1] == Status.CLOSED:
                moments.append(min(closed_at, now))
        else:
            moments = [created, *sorted(_between(rand, created, handled_until) for _ in range(len(path) - 1))]
        out = self.out
        changes = []
        previous = None
        for status, moment in zip(path, moments, strict=True):
            changes.append({
                "notification_id": notification_id,
                "from_status": previous,
                "to_status": _CODE[status],
                "changed_at": out(moment),
                "changed_by": DEMO_USER,
                "note": _choice(rand, _STATUS_NOTES[status]) if rand() < 0.3 else "",
            })
            previous = _CODE[status]
        status = path[-1]
        updated = moments[-1]
        for moment in (late_at, known_at):
            if moment is not None and moment > updated:
                updated = moment

        row = {
            "id": notification_id,
            "version": 1,
            "kind": _CODE[kind],
            "place_type": _CODE[place_type],
            "purpose": purpose.strip(),
            "organiser_name": person,
            "organiser_address": address,
            "organiser_phone": phone,
            "organiser_email": email,
            "organiser_organisation": organisation,
            "start_at": out(start),
            "end_at": out(end),
            "duration_minutes": rules.duration_minutes(start, end),
            "location": location.strip(),
            "location_key": rules.location_key(location),
            "district": _CODE[district],
            "route": route,
            "route_start": route_start,
            "route_end": route_end,
            "composition": composition,
            "organiser_measures": measures,
            "expected_participants": participants,
            "expected_participants_max": _range_top(participants),
            "received_at": out(received),
            "channel": _CODE[channel],
            "risk": _CODE[risk],
            "counter_to_id": counter_of[0] if counter_of is not None else None,
            "status": _CODE[status],
            "rule_name": rule_name,
            "notice_deadline": out(deadline),
            "on_time": on_time,
            "late_accepted": late_accepted,
            "late_accepted_reason": late_reason,
            "late_accepted_by": late_by,
            "late_accepted_at": out(late_at) if late_at is not None else None,
            "decision": _CODE[decision] if decision is not None else None,
            "decision_grounds": ",".join(_CODE[g] for g in grounds),
            "decision_conditions": conditions,
            "decided_by": decided_by,
            "decided_at": out(decided_at) if decided_at is not None else None,
            "decision_made_known_at": out(known_at) if known_at is not None else None,
            **(record or _NO_DECISION),
            "search_text": rules.build_search_text(purpose, location, _CODE[district], organisation, route_start, route_end),
            "created_at": out(created),
            "created_by": DEMO_USER,
            "updated_at": out(min(updated, now)),
            "updated_by": DEMO_USER,
        }
        if kind == ManifestationKind.DEMONSTRATION and status != Status.WITHDRAWN and place_type == PlaceType.PUBLIC:
            self.candidates.append((notification_id, start, end, district, location, topic, received))
        return row, changes

    def _conditions(
        self, decision: Decision, place_type: PlaceType, place: str, district: District,
        start: datetime, end: datetime, route: str, tractors: bool, counter: bool = False,
    ) -> list[tuple[str, tuple[DecisionGround, ...]]]:
        """Measures about place, time, sound and safety, each with the interests it serves."""
        rand = self.rand
        usable = _CONDITIONS_PUBLIC
        if tractors:
            usable = _CONDITIONS_ALL
        if not counter:  # distance to "the other manifestation" only when there is one
            usable = tuple(i for i in usable if i != _DISTANCE_CONDITION)
        picked = sorted(self.rng.sample(usable, _choice(rand, (1, 1, 2, 2, 3))))
        values = {
            "n": _choice(rand, (4, 6, 8, 10, 12, 20)), "place": place,
            "start": _local_hhmm(start), "end": _local_hhmm(end),
        }
        restriction: tuple[str, tuple[DecisionGround, ...]] | None = None
        if decision == Decision.RESTRICTIONS:
            alt = _PLACE_TABLES[district].pick(rand)
            if alt == place:
                alt = "een nabijgelegen plein"
            index = _choice(rand, (0, 1, 2, 3, 4) if route and counter else (0, 1, 2, 3) if route else (0, 2, 3))
            restriction = (
                _RESTRICTIONS[index].format(alt=alt, place=place, hours=_choice(rand, (1, 2)), cap=_choice(rand, (200, 500, 1000))),
                _RESTRICTION_INTERESTS[index],
            )
            if index == _MOVED_RESTRICTION:  # the conditions then apply at the new place
                values["place"] = alt
        measures = []
        for i in picked:
            interests = set(_CONDITION_INTERESTS.get(i, (DecisionGround.DISORDER,)))
            if i == _TIMES_CONDITION and route:
                interests.add(DecisionGround.TRAFFIC)
            measures.append((_CONDITIONS[i].format(**values), tuple(g for g in _GROUNDS if g in interests)))
        if restriction is not None:
            measures.insert(0, restriction)
        return measures

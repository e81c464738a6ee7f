"""Fictional events and crisis scenarios for the demo database, training and load tests.

``seed_demo_events(factory, seed, now, extra=0)`` adds one event of every kind around
``now`` (a Koningsdag, a jaarwisseling with fireworks-free zones, a category-C match
FC Utrecht – Ajax with measures, a Grand Départ-like cycling start, a dignitary visit,
a returning offender under a neutral title, the 4 May commemoration, ...), a crisis
scenario of every kind with its GRIP level, and a few notifications placed so that they
clash on purpose (including a demonstration with its counter-demonstration). ``extra``
adds that many ordinary generated events over the past year and the coming quarter
(for load tests). Everything is deterministic for the same ``seed`` and ``now``.

People, addresses and phone numbers are fictional (example.nl, 06-0000xxxx).
"""

from __future__ import annotations

from typing import Any

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from random import Random

from sqlalchemy.orm import sessionmaker

from crisisdesk.db.models import Event, EventStatusChange
from crisisdesk.domain.enums import District, ManifestationKind, PlaceType, Risk
from crisisdesk.domain.events.rules import (
    AdviceStatus,
    EventDraft,
    EventKind,
    EventRiskClass,
    EventStatus,
    FireworksRule,
    FireworksRules,
    FootballMeasures,
    MatchRiskClass,
    PermitStatus,
)
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.scenarios.rules import Discipline, PopulationCareProcess, ScenarioDraft, ScenarioKind
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.services.events.service import EventService
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.services.scenarios.service import ScenarioService

DEMO_USER = "demo"
R, AS = AdviceStatus.RECEIVED, AdviceStatus.REQUESTED


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=AMSTERDAM)


def _next(today: date, month: int, day: int) -> date:
    """The next date with this month and day on or after ``today``."""
    candidate = date(today.year, month, day)
    return candidate if candidate >= today else date(today.year + 1, month, day)


def _kings_day(year: int) -> date:
    day = date(year, 4, 27)
    return day - timedelta(days=1) if day.weekday() == 6 else day


def _curated(today: date, rng: Random) -> list[EventDraft]:
    kings = _kings_day(today.year) if _kings_day(today.year) >= today else _kings_day(today.year + 1)
    nye = _next(today, 12, 31)
    may4 = _next(today, 5, 4)
    match_day = today + timedelta(days=(6 - today.weekday()) % 7 or 7)  # the coming Sunday
    tour = today + timedelta(days=45)
    applied = lambda weeks: _at(today - timedelta(weeks=weeks), 10)  # noqa: E731
    base: dict[str, Any] = dict(permit_status=PermitStatus.NOT_REQUIRED, organiser_organisation="", organiser_name="")
    return [
        EventDraft(kind=EventKind.KINGS_DAY, title="Koningsdag: vrijmarkt en kinderfeest", start_at=_at(kings - timedelta(days=1), 18),
                   end_at=_at(kings, 22), location="Binnenstad (vrijmarkt)", district=District.BINNENSTAD, expected_visitors=400_000,
                   risk_scan_advice=EventRiskClass.C, risk_class=EventRiskClass.C, advice_fire=R, advice_police=R, advice_ghor=R,
                   organiser_organisation="Gemeente Utrecht", permit_status=PermitStatus.NOT_REQUIRED, status=EventStatus.IN_PREPARATION),
        EventDraft(kind=EventKind.NEW_YEARS_EVE, title="Jaarwisseling", start_at=_at(nye, 18), end_at=_at(nye + timedelta(days=1), 2),
                   location="Hele stad", district=District.BINNENSTAD, risk_class=EventRiskClass.C, advice_fire=AS, advice_police=AS,
                   advice_ghor=AS, fireworks=FireworksRules(FireworksRule.BAN_ZONES, ("Binnenstad binnen de singels", "Griftpark",
                   "Wilhelminapark", "Omgeving UMC Utrecht"), _at(nye, 18), _at(nye + timedelta(days=1), 2)), **base),
        EventDraft(kind=EventKind.FOOTBALL_MATCH, title="FC Utrecht – Ajax", start_at=_at(match_day, 14, 30), end_at=_at(match_day, 16, 30),
                   location="Stadion Galgenwaard", district=District.OOST, organiser_organisation="FC Utrecht",
                   organiser_name="Veiligheidscoördinator FC Utrecht (fictief)", organiser_email="veiligheid@example.nl",
                   expected_visitors=23_000, risk_scan_advice=EventRiskClass.C, risk_class=EventRiskClass.C,
                   advice_fire=R, advice_police=R, advice_ghor=AS, opponent="Ajax", match_risk_class=MatchRiskClass.C,
                   football=FootballMeasures(True, 2_000 + 50 * rng.randrange(0, 10), False, True, True),
                   permit_status=PermitStatus.GRANTED, permit_applied_at=applied(20), permit_decided_at=applied(10),
                   status=EventStatus.READY),
        EventDraft(kind=EventKind.SPORTS_EVENT, title="Grand Départ wielerronde: ploegenpresentatie en start", start_at=_at(tour, 12),
                   end_at=_at(tour + timedelta(days=2), 18), location="Jaarbeursplein", district=District.WEST,
                   organiser_organisation="Stichting Grand Départ Utrecht (fictief)", expected_visitors=150_000,
                   risk_scan_advice=EventRiskClass.B, risk_class=EventRiskClass.C, advice_fire=R, advice_police=AS, advice_ghor=AS,
                   permit_status=PermitStatus.APPLIED, permit_applied_at=applied(11), status=EventStatus.IN_PREPARATION),
        EventDraft(kind=EventKind.DIGNITARY_VISIT, title="Bezoek minister-president aan het stadhuis", start_at=_at(today + timedelta(days=3), 11),
                   end_at=_at(today + timedelta(days=3), 13), location="Stadhuisbrug", district=District.BINNENSTAD,
                   risk_class=EventRiskClass.B, advice_police=R, status=EventStatus.IN_PREPARATION, **base),
        EventDraft(kind=EventKind.OFFENDER_RETURN, title="Terugkeer A. Voorbeeld (fictief) naar Overvecht", start_at=_at(today + timedelta(days=5), 9),
                   end_at=_at(today + timedelta(days=5), 12), location="Zamenhofdreef (fictief adres)", district=District.OVERVECHT,
                   description="Afstemming met Zorg- en Veiligheidshuis en wijkagent; bewonersavond niet nodig.", advice_police=R, **base),
        EventDraft(kind=EventKind.COMMEMORATION, title="Dodenherdenking 4 mei", start_at=_at(may4, 19, 30), end_at=_at(may4, 20, 30),
                   location="Domplein", district=District.BINNENSTAD, organiser_organisation="Comité 4 en 5 mei Utrecht (fictief)",
                   expected_visitors=2_500, risk_class=EventRiskClass.A, permit_status=PermitStatus.NOT_REQUIRED),
        EventDraft(kind=EventKind.EVENT, title="Festival aan de Werf", start_at=_at(today + timedelta(days=2), 12), end_at=_at(today + timedelta(days=2), 23),
                   location="Neude", district=District.BINNENSTAD, organiser_organisation="Stichting Werffestival (fictief)",
                   organiser_name="M. Voorbeeld", organiser_phone="06-00001234", expected_visitors=8_000,
                   risk_scan_advice=EventRiskClass.B, risk_class=EventRiskClass.B, advice_fire=R, advice_police=R, advice_ghor=AS,
                   permit_status=PermitStatus.APPLIED, permit_applied_at=applied(10), status=EventStatus.IN_PREPARATION),
        EventDraft(kind=EventKind.SMALL_EVENT, title="Buurtfeest Lunetten", start_at=_at(today + timedelta(days=9), 14), end_at=_at(today + timedelta(days=9), 20),
                   location="Winkelcentrum Lunetten", district=District.ZUID, expected_visitors=300, risk_class=EventRiskClass.ZERO, **base),
        EventDraft(kind=EventKind.SPORTS_EVENT, title="Singelloop", start_at=_at(today + timedelta(days=20), 10), end_at=_at(today + timedelta(days=20), 16),
                   location="Wittevrouwensingel", district=District.NOORDOOST, organiser_organisation="Atletiekvereniging (fictief)",
                   expected_visitors=30_000, risk_scan_advice=EventRiskClass.B, risk_class=EventRiskClass.B,
                   advice_fire=R, advice_police=R, advice_ghor=R, permit_status=PermitStatus.EXTENDED, permit_applied_at=applied(23)),
        EventDraft(kind=EventKind.OTHER, title="Filmopnames Oudegracht (afzetting werfkelders)", start_at=_at(today + timedelta(days=12), 7),
                   end_at=_at(today + timedelta(days=12), 19), location="Oudegracht", district=District.BINNENSTAD, **base),
    ]


_SCENARIOS = [
    ScenarioDraft(ScenarioKind.TERRORISM, "Aanslag op druk plein in de binnenstad", "Steekincident met meerdere slachtoffers op Vredenburg tijdens koopavond.",
                  "GRIP 3", (District.BINNENSTAD,), (Discipline.POLICE, Discipline.GHOR, Discipline.FIRE_SERVICE, Discipline.POPULATION_CARE, Discipline.NCTV, Discipline.PUBLIC_PROSECUTOR),
                  ("Politie Midden-Nederland", "VRU", "OM", "NCTV"), tuple(PopulationCareProcess), ("plannen/draaiboek-terrorismegevolgbestrijding.pdf",)),
    ScenarioDraft(ScenarioKind.PANDEMIC, "Uitbraak nieuw influenzavirus", "Grote uitval in zorg en onderwijs; vraag naar opvang kwetsbaren.",
                  "GRIP 4", tuple(District), (Discipline.GHOR, Discipline.POPULATION_CARE, Discipline.SAFETY_REGION),
                  ("GGD regio Utrecht", "VRU", "Zorg- en Veiligheidshuis Regio Utrecht"), (PopulationCareProcess.CRISIS_COMMUNICATION, PopulationCareProcess.PUBLIC_CARE, PopulationCareProcess.AFTERCARE),
                  ("https://example.nl/plannen/pandemie.pdf",)),
    ScenarioDraft(ScenarioKind.CYBER, "Ransomware bij de gemeente", "Systemen van burgerzaken en sociaal domein versleuteld; loketten dicht.",
                  "GRIP 3", (), (Discipline.POPULATION_CARE, Discipline.POLICE, Discipline.NCTV), ("Informatiebeveiligingsdienst (IBD)", "Politie Midden-Nederland"),
                  (PopulationCareProcess.CRISIS_COMMUNICATION,), ("plannen/cyberincident-responsplan.docx",)),
    ScenarioDraft(ScenarioKind.FLOODING, "Hoogwater Lek en dreigende dijkdoorbraak", "Evacuatie van delen van Zuid en Vleuten-De Meern overwogen.",
                  "GRIP 4", (District.ZUID, District.VLEUTEN_DE_MEERN, District.ZUIDWEST), (Discipline.WATER_BOARD, Discipline.RIJKSWATERSTAAT, Discipline.FIRE_SERVICE, Discipline.DEFENCE, Discipline.RED_CROSS, Discipline.POPULATION_CARE),
                  ("Hoogheemraadschap De Stichtse Rijnlanden", "Rijkswaterstaat", "Defensie", "Rode Kruis"), (PopulationCareProcess.PUBLIC_CARE, PopulationCareProcess.CRISIS_COMMUNICATION, PopulationCareProcess.ENVIRONMENTAL_CARE),
                  ("plannen/evacuatieplan-hoogwater.pdf",)),
    ScenarioDraft(ScenarioKind.MAJOR_ACCIDENT, "Treinongeval bij Utrecht Centraal", "Ontsporing met tientallen gewonden; spoor langdurig dicht.",
                  "GRIP 2", (District.WEST, District.BINNENSTAD), (Discipline.FIRE_SERVICE, Discipline.GHOR, Discipline.POLICE, Discipline.PRORAIL),
                  ("ProRail", "NS", "VRU"), (PopulationCareProcess.INFORMING_RELATIVES, PopulationCareProcess.PUBLIC_CARE), ()),
    ScenarioDraft(ScenarioKind.RIOTS, "Ongeregeldheden na voetbalwedstrijd", "Groepen supporters trekken na afloop naar de binnenstad.",
                  "GRIP 1", (District.OOST, District.BINNENSTAD), (Discipline.POLICE, Discipline.PUBLIC_PROSECUTOR, Discipline.POPULATION_CARE),
                  ("Politie Midden-Nederland", "OM", "FC Utrecht"), (PopulationCareProcess.CRISIS_COMMUNICATION,), ("plannen/draaiboek-risicowedstrijden.pdf",)),
    ScenarioDraft(ScenarioKind.UTILITY_FAILURE, "Langdurige stroomuitval Overvecht", "Uitval middenspanningsnet; liften, verwarming en telecom vallen weg.",
                  "GRIP 3", (District.OVERVECHT, District.NOORDOOST), (Discipline.POPULATION_CARE, Discipline.GHOR, Discipline.FIRE_SERVICE),
                  ("Netbeheerder (fictief)", "VRU", "Jongerenwerk Utrecht"), (PopulationCareProcess.PUBLIC_CARE, PopulationCareProcess.CRISIS_COMMUNICATION), ()),
    ScenarioDraft(ScenarioKind.FLOODING, "Oefening: wateroverlast na extreme bui", "Alleen voor de jaarlijkse oefening van het GBT.",
                  "GRIP 2", (District.LEIDSCHE_RIJN,), (Discipline.WATER_BOARD, Discipline.FIRE_SERVICE), ("Hoogheemraadschap De Stichtse Rijnlanden",),
                  (PopulationCareProcess.CRISIS_COMMUNICATION,), (), exercise_only=True),
]

_EXTRA_PLACES = [
    (District.BINNENSTAD, "Vredenburg"), (District.BINNENSTAD, "Janskerkhof"), (District.OOST, "Wilhelminapark"),
    (District.WEST, "Park Oog in Al"), (District.NOORDOOST, "Griftpark"), (District.ZUIDWEST, "Park Transwijk"),
    (District.LEIDSCHE_RIJN, "Máximapark"), (District.OVERVECHT, "Park de Gagel"), (District.ZUID, "Ledig Erf"),
    (District.NOORDWEST, "Julianapark"), (District.VLEUTEN_DE_MEERN, "Castellum Hoge Woerd"),
]
_EXTRA_TITLES = ["Buurtfeest", "Braderie", "Openluchtconcert", "Sportdag", "Markt", "Streetfood festival", "Open dag", "Kerstmarkt"]


def _clashing_notifications(today: date) -> list[NotificationDraft]:
    """Demonstrations placed on purpose against the curated events."""
    received = _at(today - timedelta(days=3), 10)
    base: dict[str, Any] = dict(kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, received_at=received,
                                organiser_organisation="Actiegroep (fictief)", expected_participants=80)
    visit = today + timedelta(days=3)
    festival = today + timedelta(days=2)
    return [
        NotificationDraft(purpose="Protest tegen bezuinigingen op jeugdzorg", start_at=_at(visit, 11, 30), end_at=_at(visit, 13),
                          location="Stadhuisbrug", district=District.BINNENSTAD, risk=Risk.SOME, **base),
        NotificationDraft(purpose="Manifestatie voor betaalbare huur", start_at=_at(festival, 15), end_at=_at(festival, 17),
                          location="Neude", district=District.BINNENSTAD, risk=Risk.LOW, **base),
    ]


def seed_demo_events(factory: sessionmaker, seed: int = 2026, now: datetime | None = None, extra: int = 0) -> int:
    """Adds the demo events, scenarios and deliberate clashes; returns the number of events added."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    today = now.astimezone(AMSTERDAM).date()
    rng = Random(seed)
    clock = lambda: now  # noqa: E731
    events = EventService(factory, clock=clock, user=DEMO_USER)
    notifications = NotificationService(factory, clock=clock, user=DEMO_USER)
    scenarios = ScenarioService(factory, clock=clock, user=DEMO_USER)
    curated = _curated(today, rng)
    for draft in curated:
        events.create(draft)
    demos = [notifications.create(draft) for draft in _clashing_notifications(today)]
    counter = replace(_clashing_notifications(today)[0], purpose="Tegendemonstratie: steun voor het kabinetsbeleid",
                      location="Vismarkt", start_at=_at(today + timedelta(days=3), 11, 45), counter_to_id=demos[0].id)
    notifications.create(counter)
    for draft in _SCENARIOS:
        scenarios.create(draft)
    _add_extra(factory, events, rng, now, extra)
    return len(curated) + extra


def _add_extra(factory: sessionmaker, events: EventService, rng: Random, now: datetime, count: int) -> None:
    """Generated ordinary events, written in batches (one transaction each)."""
    for first in range(0, count, 500):
        with factory.begin() as session:
            for _ in range(min(500, count - first)):
                district, place = rng.choice(_EXTRA_PLACES)
                day = now.astimezone(AMSTERDAM).date() + timedelta(days=rng.randrange(-365, 92))
                start = _at(day, rng.choice([10, 11, 12, 13, 14, 16, 19]))
                kind = rng.choice([EventKind.EVENT, EventKind.SMALL_EVENT, EventKind.SPORTS_EVENT, EventKind.OTHER])
                risk = rng.choice([EventRiskClass.ZERO, EventRiskClass.A, EventRiskClass.A, EventRiskClass.B])
                draft = EventDraft(kind=kind, title=f"{rng.choice(_EXTRA_TITLES)} {place}", start_at=start,
                                   end_at=start + timedelta(hours=rng.choice([2, 3, 4, 6, 8])), location=place, district=district,
                                   expected_visitors=rng.choice([150, 400, 1_000, 2_500, 6_000]), risk_class=risk,
                                   permit_status=PermitStatus.GRANTED if risk != EventRiskClass.ZERO else PermitStatus.NOT_REQUIRED,
                                   permit_applied_at=start - timedelta(weeks=14) if risk != EventRiskClass.ZERO else None,
                                   permit_decided_at=start - timedelta(weeks=4) if risk != EventRiskClass.ZERO else None,
                                   status=EventStatus.DONE if start < now else EventStatus.READY)
                row = Event(created_at=now, created_by=DEMO_USER)
                events._apply(row, draft, now)  # the same derived values as an advisor's save
                row.status_changes.append(EventStatusChange(from_status=None, to_status=draft.status, changed_at=now, changed_by=DEMO_USER, note=""))
                session.add(row)

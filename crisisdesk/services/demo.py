"""Fictional notifications for demonstrations, training and load tests.

``seed_demo`` fills an (already migrated) database with realistic but clearly fictional
kennisgevingen: real Utrecht places, invented organisations and people, addresses on
"Voorbeeldstraat", phone numbers 06-0000xxxx and e-mail at example.nl.

The data is deterministic: the same ``seed`` and the same ``now`` give the same rows
(ids included when the database starts from the same state). ``now`` is the moment the
register is "looked at": nothing is received, decided or changed after it, items whose
start lies before it have been handled, items after it are still open or decided. When
``now`` is not given the current Amsterdam day at 00:00 is used, so runs on the same day
agree.

The derived columns (rule, deadline, on time, place key, duration, search text) are
computed with the same helpers ``NotificationService`` uses when it saves, so the rows
look exactly as if advisors had typed them in; the status history has one change per
status, as the service records it. The ids are chosen here (after the highest one) so
that counter-demonstrations and the history need no round trips. Rows are written in
batches of ``BATCH_SIZE``, one transaction each: on SQLite through the driver's
executemany in a writer thread, with values checked to bind exactly as the ORM binds
them; on other databases with Core bulk inserts.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import unicodedata
from bisect import bisect
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from math import exp
from operator import itemgetter
from random import Random

from sqlalchemy import Enum as SAEnum
from sqlalchemy import func, insert, select
from sqlalchemy.orm import sessionmaker

from crisisdesk.db.models import Notification, StatusChange
from crisisdesk.domain import notifications as rules
from crisisdesk.domain.deadlines import NoticeRule, notice_deadline
from crisisdesk.domain.deadlines import on_time as received_on_time
from crisisdesk.domain.enums import (
    Channel,
    Decision,
    DecisionGround,
    District,
    ManifestationKind,
    PlaceType,
    Risk,
    Status,
)
from crisisdesk.domain.rulesets import rule_for
from crisisdesk.domain.timeutil import AMSTERDAM, NonexistentLocalTime, local_to_aware
from crisisdesk.services.notifications import NotificationService
from crisisdesk.services.register_query import build_search_text

DEMO_USER = "demo"
BATCH_SIZE = 5_000  # rows per chunk and per transaction; part of what makes a seed repeatable
PARALLEL_FROM = 20_000  # from this many rows on, chunks are generated in worker processes
MAX_WORKERS = 4
SQLITE_CACHE_KIB = 64 * 1024  # page cache of the writing connection while seeding
YEARS_BACK = 4
DAYS_AHEAD = 92

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

_MINUTE = timedelta(minutes=1)
_HOUR = timedelta(hours=1)
_DAY = timedelta(days=1)


# --- weighted tables -------------------------------------------------------------------


class _Table:
    """Items with weights, drawn with one ``random()`` and a bisect."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs: Sequence[tuple[object, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum = list(accumulate(weight for _, weight in pairs))
        self.total = self.cum[-1]

    def pick(self, rand: Callable[[], float]):
        return self.items[bisect(self.cum, rand() * self.total)]


# --- places ----------------------------------------------------------------------------

# (place, weight) per wijk; the first ones are the usual demonstration places.
_PLACES: dict[District, list[tuple[str, float]]] = {
    District.BINNENSTAD: [
        ("Domplein", 14), ("Neude", 12), ("Janskerkhof", 7), ("Stadhuisbrug", 8),
        ("Vredenburgplein", 8), ("Vredenburg", 4), ("Mariaplaats", 4), ("Lepelenburg", 4),
        ("Moreelsepark", 4), ("Stationsplein Utrecht Centraal", 5), ("Ledig Erf", 2),
        ("Lucasbolwerk", 2), ("Wed", 2), ("Pieterskerkhof", 1), ("Oudegracht bij de Bakkerbrug", 1),
    ],
    District.OOST: [
        ("Utrecht Science Park (De Uithof)", 5), ("Heidelberglaan", 3), ("Wilhelminapark", 4),
        ("Maliebaan", 3), ("Oorsprongpark", 2), ("Herculesplein", 2), ("Stadion Galgenwaard", 1),
    ],
    District.WEST: [
        ("Jaarbeursplein", 8), ("Kanaalstraat", 3), ("Croeselaan", 2), ("Westplein", 2),
        ("Park Oog in Al", 2), ("Cartesiusweg", 1),
    ],
    District.NOORDOOST: [
        ("Griftpark", 6), ("Biltstraat", 2), ("Wittevrouwensingel", 2), ("Kardinaal de Jongweg", 1),
        ("Veemarktplein", 1),
    ],
    District.ZUID: [
        ("Winkelcentrum Lunetten", 3), ("Briljantlaan", 2), ("Tolsteegbrug", 2), ("Rotsoord", 2),
        ("Park Lunetten", 1),
    ],
    District.ZUIDWEST: [
        ("Winkelcentrum Kanaleneiland", 5), ("Park Transwijk", 4), ("Rijnlaan", 2), ("Churchilllaan", 1),
        ("Balijelaan", 1),
    ],
    District.NOORDWEST: [
        ("Amsterdamsestraatweg", 6), ("Julianapark", 3), ("Majellapark", 2),
        ("Burgemeester Norbruislaan", 1), ("Bankaplein", 1),
    ],
    District.OVERVECHT: [
        ("Winkelcentrum Overvecht", 4), ("Zamenhofdreef", 3), ("Stationsplein Overvecht", 2),
        ("Park De Gagel", 1), ("Vechtsebanen", 1),
    ],
    District.LEIDSCHE_RIJN: [
        ("Berlijnplein", 5), ("Máximapark", 5), ("Brusselplein", 2), ("Stationsplein Leidsche Rijn", 2),
    ],
    District.VLEUTEN_DE_MEERN: [
        ("Castellum Hoge Woerd", 3), ("Dorpsstraat De Meern", 2), ("Schoolstraat Vleuten", 2),
        ("Winkelcentrum Vleuterweide", 1),
    ],
}

# Publicly accessible places that are not public places (Wom art. 8).
_NON_PUBLIC: dict[District, list[str]] = {
    District.BINNENSTAD: ["Stationshal Utrecht Centraal", "Hoog Catharijne, Godebaldkwartier", "TivoliVredenburg, foyer"],
    District.OOST: ["Universiteitsbibliotheek Utrecht Science Park, hal"],
    District.WEST: ["Jaarbeurs, centrale hal", "Stadskantoor, publiekshal"],
    District.OVERVECHT: ["Winkelcentrum Overvecht, overdekt plein"],
    District.LEIDSCHE_RIJN: ["Winkelcentrum The Wall, passage"],
    District.ZUIDWEST: ["Winkelcentrum Kanaleneiland, overdekte passage"],
}

# Near a (fictional) consulate or office of an international organisation (Wom art. 9).
_NEAR_EMBASSY: dict[District, list[str]] = {
    District.OOST: ["Maliebaan, nabij consulaat", "Nachtegaalstraat, nabij consulaat"],
    District.BINNENSTAD: ["Catharijnesingel, nabij vertegenwoordiging internationale organisatie"],
    District.WEST: ["Croeselaan, nabij consulaat"],
}

# Routes for processions: (district, stops), walked in either direction.
_ROUTES: list[tuple[District, tuple[str, ...]]] = [
    (District.BINNENSTAD, ("Jaarbeursplein", "Stationsplein Utrecht Centraal", "Lange Viestraat", "Potterstraat", "Neude", "Lijnmarkt", "Domplein")),
    (District.BINNENSTAD, ("Vredenburgplein", "Lange Viestraat", "Oudegracht", "Stadhuisbrug", "Vismarkt", "Domplein")),
    (District.BINNENSTAD, ("Moreelsepark", "Catharijnesingel", "Maliesingel", "Lepelenburg")),
    (District.BINNENSTAD, ("Neude", "Voorstraat", "Wittevrouwenbrug", "Griftpark")),
    (District.BINNENSTAD, ("Janskerkhof", "Drift", "Nobelstraat", "Lucasbolwerk", "Lepelenburg")),
    (District.BINNENSTAD, ("Mariaplaats", "Springweg", "Lange Smeestraat", "Mariaplaats")),
    (District.BINNENSTAD, ("Domplein", "Korte Nieuwstraat", "Lange Nieuwstraat", "Tolsteegbrug")),
    (District.BINNENSTAD, ("Stadhuisbrug", "Oudegracht", "Ganzenmarkt", "Neude", "Janskerkhof")),
    (District.OOST, ("Wilhelminapark", "Burgemeester Reigerstraat", "Nachtegaalstraat", "Janskerkhof")),
    (District.OOST, ("Heidelberglaan", "Universiteitsweg", "Utrecht Science Park (De Uithof)")),
    (District.WEST, ("Kanaalstraat", "Damstraat", "Vleutenseweg", "Jaarbeursplein")),
    (District.NOORDOOST, ("Griftpark", "Biltstraat", "Wittevrouwensingel", "Veemarktplein")),
    (District.ZUID, ("Tolsteegbrug", "Briljantlaan", "Winkelcentrum Lunetten")),
    (District.ZUIDWEST, ("Park Transwijk", "Rijnlaan", "Winkelcentrum Kanaleneiland")),
    (District.NOORDWEST, ("Amsterdamsestraatweg", "Marnixlaan", "Julianapark")),
    (District.OVERVECHT, ("Stationsplein Overvecht", "Zamenhofdreef", "Winkelcentrum Overvecht")),
    (District.LEIDSCHE_RIJN, ("Berlijnplein", "Brusselplein", "Máximapark")),
    (District.VLEUTEN_DE_MEERN, ("Castellum Hoge Woerd", "Dorpsstraat De Meern", "Máximapark")),
]

_DISTRICTS = _Table([
    (District.BINNENSTAD, 45), (District.OOST, 9), (District.WEST, 9), (District.NOORDOOST, 6),
    (District.ZUID, 5), (District.ZUIDWEST, 6), (District.NOORDWEST, 6), (District.OVERVECHT, 5),
    (District.LEIDSCHE_RIJN, 6), (District.VLEUTEN_DE_MEERN, 3),
])
_PLACE_TABLES = {district: _Table(places) for district, places in _PLACES.items()}
_ROUTES_BY_DISTRICT: dict[District, list[tuple[str, ...]]] = {}
for _district, _stops in _ROUTES:
    _ROUTES_BY_DISTRICT.setdefault(_district, []).append(_stops)

# --- what the manifestations are about --------------------------------------------------

# key: (tension, foreign affairs, participants scale, purposes, organisations)
_TOPICS: dict[str, tuple[bool, bool, float, list[str], list[str]]] = {
    "klimaat": (False, False, 2.0, [
        "Klimaatmars voor een snellere energietransitie", "Protest tegen fossiele subsidies",
        "Oproep tot een klimaatneutrale gemeente", "Klimaatstaking van scholieren",
        "Aandacht voor klimaatrechtvaardigheid", "Actie voor meer groen in de stad",
    ], ["Stichting Groen Utrecht", "Klimaatkring Domstad", "Collectief Koele Stad", "Scholieren voor Morgen"]),
    "woningnood": (False, False, 1.5, [
        "Protest tegen de woningnood", "Betoging voor betaalbare huurwoningen",
        "Actie tegen hoge huren en woonlasten", "Manifestatie voor meer sociale huurwoningen",
        "Protest tegen sloop van betaalbare woningen in de wijk", "Woonprotest: een thuis voor iedereen",
    ], ["Actiecomité Woonlasten", "Huurdersplatform Domstad", "Bewonersnetwerk Dak Boven Je Hoofd"]),
    "studenten": (False, False, 1.2, [
        "Protest tegen het tekort aan studentenkamers", "Actie voor betaalbare studentenhuisvesting",
        "Tentenactie: wel een studie, geen kamer", "Manifestatie tegen de langstudeerboete",
    ], ["Studentenbond U-Vak", "Kamernood Collectief 030", "Studentenraad Actiegroep Uithof"]),
    "palestina": (True, True, 2.5, [
        "Solidariteitsbijeenkomst met de Palestijnse bevolking", "Oproep tot een staakt-het-vuren in Gaza",
        "Stille wake voor de burgerslachtoffers in Gaza", "Betoging voor humanitaire hulp aan Gaza",
    ], ["Platform Vrede Midden-Oosten Utrecht", "Werkgroep Solidariteit Palestina Domstad"]),
    "israel": (True, True, 1.2, [
        "Solidariteitsbijeenkomst met Israël", "Oproep tot vrijlating van de gijzelaars",
        "Wake voor de slachtoffers van de aanslagen in Israël", "Bijeenkomst tegen antisemitisme",
    ], ["Stichting Brug naar Israël Utrecht", "Comité Samen tegen Antisemitisme"]),
    "oekraine": (False, True, 1.5, [
        "Solidariteit met Oekraïne", "Betoging tegen de oorlog in Oekraïne",
        "Oproep tot steun aan Oekraïense vluchtelingen", "Herdenking van de Russische inval in Oekraïne",
    ], ["Stichting Zonnebloem Oekraïne Utrecht", "Oekraïense Gemeenschap Midden-Nederland (fictief)"]),
    "boeren": (True, False, 2.0, [
        "Boerenprotest tegen het stikstofbeleid", "Trekkeractie voor perspectief voor de landbouw",
        "Protest van boeren tegen nieuwe mestregels", "Actie voor eerlijke prijzen voor boeren",
    ], ["Boerencollectief Rijn en Vecht", "Actiegroep Trekker030", "Agrarisch Platform Stichtse Landen"]),
    "stikstof": (False, False, 1.0, [
        "Protest tegen uitstel van stikstofmaatregelen", "Actie voor natuurherstel en minder stikstof",
        "Manifestatie voor schone lucht en gezonde natuur",
    ], ["Natuurplatform Kromme Rijn", "Werkgroep Schone Lucht Utrecht"]),
    "onderwijs": (False, False, 1.8, [
        "Protest tegen bezuinigingen op het onderwijs", "Staking en manifestatie van docenten",
        "Actie tegen bezuinigingen op het hoger onderwijs", "Scholieren tegen het lerarentekort",
    ], ["Docentencollectief Het Krijtje", "Actiecomité Onderwijs Telt", "Studentenbond U-Vak"]),
    "zorg": (False, False, 1.3, [
        "Actie van zorgpersoneel voor een betere cao", "Protest tegen sluiting van de huisartsenpost",
        "Manifestatie voor waardering van zorgmedewerkers", "Protest tegen bezuinigingen in de jeugdzorg",
    ], ["Zorgcollectief Witte Jassen", "Actiegroep Zorg in de Wijk", "Platform Jeugdzorg Nu"]),
    "vrouwenrechten": (False, False, 1.3, [
        "Mars op Internationale Vrouwendag", "Protest tegen geweld tegen vrouwen",
        "Manifestatie voor gelijke beloning", "Actie voor veilige straten voor vrouwen",
    ], ["Vrouwennetwerk Domstad", "Collectief Gelijk Loon", "Stichting Veilig Thuis Op Straat"]),
    "pride": (False, False, 2.0, [
        "Pride-wandeling door de stad", "Manifestatie voor de rechten van lhbtiq+-personen",
        "Bijeenkomst op Coming Out Day", "Protest tegen geweld tegen lhbtiq+-personen",
    ], ["Stichting Regenboog 030", "Roze Netwerk Midden-Nederland (fictief)"]),
    "antiracisme": (False, False, 1.5, [
        "Betoging tegen racisme en discriminatie", "Protest tegen etnisch profileren",
        "Manifestatie op de Internationale Dag tegen Racisme", "Mars voor gelijke kansen op de arbeidsmarkt",
    ], ["Comité Iedereen Gelijk", "Platform Samen Tegen Discriminatie Utrecht"]),
    "dieren": (False, False, 0.6, [
        "Protest tegen dierproeven", "Actie tegen de bio-industrie", "Demonstratie tegen bont in de winkelstraat",
        "Stille wake voor dieren in veetransport",
    ], ["Dierenrechtencollectief Poot en Vin", "Werkgroep Diervrij Utrecht"]),
    "vaccinatie": (True, False, 1.5, [
        "Protest tegen het vaccinatiebeleid", "Bijeenkomst voor vrije keuze bij vaccinatie",
        "Betoging tegen coronamaatregelen", "Manifestatie voor openheid over het coronabeleid",
    ], ["Stichting Eigen Keuze 030", "Burgerplatform Vrij Besluit"]),
    "asiel_voor": (True, False, 1.0, [
        "Manifestatie voor humane asielopvang", "Welkomstactie voor vluchtelingen",
        "Protest tegen de omstandigheden in de asielopvang", "Bijeenkomst voor een menswaardig asielbeleid",
    ], ["Stichting Welkom in 030", "Comité Vluchteling Welkom"]),
    "asiel_tegen": (True, False, 1.0, [
        "Protest tegen een nieuw asielzoekerscentrum in de wijk", "Bewonersprotest tegen de komst van een noodopvang",
        "Betoging voor een strenger asielbeleid",
    ], ["Bewonerscomité Onze Wijk Eerst", "Actiegroep Inspraak Opvang"]),
    "koerden": (True, True, 1.2, [
        "Manifestatie over de Koerdische kwestie", "Betoging voor de rechten van Koerden",
        "Herdenking van Koerdische slachtoffers", "Oproep tot vrede in Koerdische gebieden",
    ], ["Koerdisch Cultureel Platform Utrecht (fictief)", "Stichting Vrede en Dialoog Midden-Oosten"]),
    "iran": (False, True, 1.0, [
        "Solidariteit met de vrouwen in Iran", "Protest tegen executies in Iran",
        "Betoging voor vrijheid en mensenrechten in Iran",
    ], ["Comité Vrij Iran Utrecht (fictief)", "Netwerk Vrouw Leven Vrijheid 030"]),
    "vakbond": (False, False, 1.8, [
        "Vakbondsactie voor een betere cao", "Staking en manifestatie in het streekvervoer",
        "Actie voor een hoger minimumloon", "Manifestatie van schoonmakers voor eerlijk loon",
        "Protest tegen verhoging van de AOW-leeftijd",
    ], ["Vakbond Samen Sterk Midden", "Bond voor Werkend Utrecht", "Actiecomité Eerlijk Loon"]),
    "fiets": (False, False, 0.8, [
        "Meer ruimte voor de fiets in de binnenstad", "Critical Mass-fietstocht door de stad",
        "Actie voor veiliger fietsroutes naar school", "Protest tegen het tekort aan fietsparkeerplekken",
    ], ["Fietsersvereniging Trappers 030", "Ouderinitiatief Veilig naar School"]),
    "vrede": (False, True, 1.0, [
        "Vredesmanifestatie", "Protest tegen kernwapens", "Mars voor vrede en ontwapening",
        "Wake voor de slachtoffers van oorlogsgeweld",
    ], ["Vredesplatform Domstad", "Stichting Nooit Meer Oorlog Utrecht"]),
    "armoede": (False, False, 1.0, [
        "Protest tegen armoede en de hoge energierekening", "Actie tegen de stijgende kosten van levensonderhoud",
        "Manifestatie voor een eerlijke toeslagenregeling",
    ], ["Platform Armoede de Wereld Uit 030", "Buurtcollectief Rond Komen"]),
    "buurt": (False, False, 0.5, [
        "Bewonersprotest tegen de kap van bomen", "Protest tegen de verbreding van de A27 bij Amelisweerd",
        "Actie voor behoud van het buurthuis", "Protest tegen sluiting van de bibliotheekvestiging",
        "Bewonersactie voor een veiligere oversteek", "Protest tegen nieuwe parkeertarieven",
    ], ["Bewonersvereniging De Oude Gracht", "Buurtcomité Groene Wig", "Wijkplatform Samen Sterk"]),
    "cultuur": (False, False, 0.8, [
        "Protest tegen bezuinigingen op cultuur", "Manifestatie voor behoud van de poppodia",
        "Actie voor betaalbare ateliers", "Protest tegen sluiting van het wijktheater",
    ], ["Kunstenaarscollectief Atelier Nu", "Platform Cultuur Telt 030"]),
    "privacy": (False, False, 0.4, [
        "Protest tegen gezichtsherkenning in de openbare ruimte", "Actie voor digitale grondrechten",
    ], ["Werkgroep Digitale Vrijheid Utrecht", "Privacycollectief Onzichtbaar"]),
    "herdenking": (False, False, 1.0, [
        "Stille tocht na geweld in de wijk", "Herdenking van de slachtoffers van de Tweede Wereldoorlog",
        "Wake voor verkeersslachtoffers", "Herdenking van de afschaffing van de slavernij (Keti Koti)",
        "Herdenking van de genocide in Srebrenica",
    ], ["Herdenkingscomité Domstad", "Stichting Stille Tocht 030", "Comité Nooit Vergeten Utrecht"]),
}

_TOPIC_TABLE = _Table([
    ("klimaat", 10), ("woningnood", 8), ("studenten", 4), ("palestina", 9), ("israel", 3),
    ("oekraine", 4), ("boeren", 3), ("stikstof", 2), ("onderwijs", 5), ("zorg", 5),
    ("vrouwenrechten", 4), ("pride", 3), ("antiracisme", 4), ("dieren", 4), ("vaccinatie", 2),
    ("asiel_voor", 3), ("asiel_tegen", 3), ("koerden", 3), ("iran", 2), ("vakbond", 5),
    ("fiets", 3), ("vrede", 3), ("armoede", 3), ("buurt", 5), ("cultuur", 2), ("privacy", 1),
    ("herdenking", 3),
])

# Which topics typically draw a counter-demonstration, and what the counter side is about.
_COUNTER_TOPICS = {
    "palestina": "israel", "israel": "palestina", "asiel_voor": "asiel_tegen",
    "asiel_tegen": "asiel_voor", "boeren": "stikstof", "stikstof": "boeren",
}

_PREFIXES = _Table([
    ("", 30), ("Actiedag: ", 2), ("Landelijke actie: ", 2), ("Lokale actie: ", 2),
    ("Jongerenactie: ", 1), ("Buurtactie: ", 1), ("Manifestatie: ", 1), ("Utrechtse editie: ", 1),
])
_SUFFIXES = _Table([
    ("", 30), (" met sprekers en muziek", 3), (" en aanbieden van een petitie aan het college", 2),
    (" (landelijke actiedag)", 2), (" met korte toespraken", 3), (" met een minuut stilte", 1),
    (" en aansluitend een open microfoon", 1), (" in aanloop naar de raadsvergadering", 1),
    (" (jaarlijkse editie)", 1), (" met een kleine fietstocht", 1), (" met kunstinstallatie", 1),
    (" en uitdelen van flyers", 2), (" met een symbolische kettingactie", 1),
])

_MEETING_FORMS = [
    "Openbare bijeenkomst over", "Debatavond in de open lucht over", "Informatiebijeenkomst over",
    "Open podium over", "Sprekershoek over", "Buurtgesprek op straat over",
]
_MEETING_SUBJECTS = [
    "de energietransitie", "wonen in de wijk", "de toekomst van het onderwijs", "democratie en rechtsstaat",
    "zorg in de wijk", "veiligheid in de buurt", "de gemeenteraadsverkiezingen", "Europa",
    "mensenrechten", "armoede in de stad", "de toekomst van de landbouw", "vrijheid van meningsuiting",
    "de oorlog in Oekraïne", "het klimaatbeleid", "integratie en samenleven", "de zorgkosten",
]
_RELIGIOUS = [
    "Gebedsbijeenkomst voor vrede", "Openluchtdienst op Hemelvaartsdag", "Stille tocht met gebed",
    "Gezamenlijk gebed van kerken in de binnenstad", "Interreligieuze vredesbijeenkomst",
    "Iftar-bijeenkomst in de open lucht", "Meditatiebijeenkomst voor wereldvrede", "Paaswake in de open lucht",
    "Kerstzang op het plein", "Gebed ter afsluiting van de ramadan", "Bijeenkomst van een humanistische gemeenschap",
    "Lichtjesavond met gebed", "Openluchtviering van een evangeliegemeente", "Sikh-optocht ter gelegenheid van Vaisakhi",
    "Boeddhistische vredeswandeling", "Gebedswake voor slachtoffers van natuurrampen",
]
_RELIGIOUS_ORGS = [
    "Raad van Kerken Domstad (fictief)", "Stichting Interreligieus Beraad 030", "Evangeliegemeente Het Licht (fictief)",
    "Moskeevereniging De Brug (fictief)", "Meditatiecentrum Stilte 030", "Humanistisch Verbond afdeling Voorbeeld",
    "Sikh-gemeenschap Midden-Nederland (fictief)", "Parochie Sint Voorbeeld",
]
_MEETING_ORGS = [
    "Debatpodium De Stadsgesprekken (fictief)", "Stichting Open Gesprek 030", "Wijkplatform Samen Sterk",
    "Burgerberaad Voorbeeld", "Politiek Café Domstad (fictief)", "Sprekersgilde Utrecht (fictief)",
]
_ORG_FORMS = ["Stichting", "Actiecomité", "Platform", "Werkgroep", "Collectief", "Netwerk", "Vereniging", "Initiatief"]
_ORG_AREAS = [
    "Lombok", "Wittevrouwen", "Oog in Al", "Zuilen", "Ondiep", "Hoograven", "Lunetten", "Tuindorp",
    "Kanaleneiland", "Overvecht", "Terwijde", "Vleuten", "De Meern", "Votulast", "Rivierenwijk",
    "Dichterswijk", "Pijlsweerd", "Elinkwijk", "Voordorp", "Transwijk", "Hooch Boulandt", "Parkwijk",
]
_ORG_WORDS = {
    "klimaat": "Klimaat", "woningnood": "Wonen", "studenten": "Kamers", "palestina": "Gaza",
    "israel": "Israël", "oekraine": "Oekraïne", "boeren": "Boer en Buur", "stikstof": "Natuur",
    "onderwijs": "Onderwijs", "zorg": "Zorg", "vrouwenrechten": "Vrouwen", "pride": "Regenboog",
    "antiracisme": "Gelijkwaardigheid", "dieren": "Dier", "vaccinatie": "Eigen Keuze",
    "asiel_voor": "Welkom", "asiel_tegen": "Inspraak", "koerden": "Koerdistan", "iran": "Iran",
    "vakbond": "Eerlijk Werk", "fiets": "Fiets", "vrede": "Vrede", "armoede": "Rondkomen",
    "buurt": "Leefbaar", "cultuur": "Cultuur", "privacy": "Privacy", "herdenking": "Herdenken",
}

_FIRST_NAMES = [
    "Anna", "Emma", "Sophie", "Julia", "Lisa", "Fleur", "Sanne", "Eva", "Noor", "Fatima", "Yasmina",
    "Sara", "Lotte", "Iris", "Marieke", "Ingrid", "Els", "Petra", "Hanna", "Meryem", "Dewi", "Priya",
    "Olga", "Daan", "Sem", "Lucas", "Thomas", "Jeroen", "Mark", "Bas", "Pieter", "Willem", "Mohamed",
    "Youssef", "Ahmet", "Mehmet", "Kees", "Henk", "Ruben", "Niels", "Tim", "Joost", "Stefan", "Bram",
]
_SURNAMES = [
    "de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
    "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
    "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Jong", "Yilmaz",
    "El Amrani", "Kaya", "Bouzid", "Nguyen", "Demir", "Öztürk", "Haddou", "Pinas", "Ramdin",
]
_STREETS = [
    "Voorbeeldstraat", "Proefweg", "Fictieflaan", "Testplein", "Demosingel", "Oefenkade", "Modelstraat",
    "Steekproefhof", "Verzinlaan", "Denkbeeldweg", "Schijnstraat", "Verzonnenkade",
]
_COMPOSITIONS = [
    "Volwassenen en kinderen, met spandoeken en borden", "Leden en sympathisanten van de organisatie",
    "Studenten en medewerkers", "Gezinnen met kinderwagens", "Buurtbewoners", "Jongeren en ouderen door elkaar",
    "Deelnemers te voet, enkele met fiets aan de hand", "Sprekers, een kleine band en publiek",
    "Deelnemers met vlaggen en kaarsjes", "Overwegend ouderen, enkele rolstoelgebruikers",
]
_MEASURES = [
    "{n} eigen verkeersregelaars met hesjes", "{n} stewards; geluidsinstallatie met één box",
    "{n} stewards en een EHBO'er", "Geen geluidsversterking; {n} eigen ordedienst",
    "Podium op aanhanger, {n} stewards, aggregaat op afstand", "Megafoon; {n} vrijwilligers als aanspreekpunt",
    "{n} stewards; afspraak met de politie over het eindpunt",
]

# Conditions and restrictions are about place, time, sound, safety — never content.
_CONDITIONS = [
    "Geluidsversterking tot ten hoogste 80 dB(A) op 10 meter; geen versterkt geluid na 21:00 uur.",
    "Ten minste {n} herkenbare stewards met hesjes; de organisator is aanspreekbaar voor de politie.",
    "De manifestatie blijft binnen het aangewezen vak op {place}; doorgang voor voetgangers en fietsers blijft vrij.",
    "Tram- en busbanen blijven vrij; oversteken alleen onder begeleiding van de verkeersregelaars.",
    "Ten minste 50 meter afstand tot de andere manifestatie; de politie wijst de vakken aan.",
    "Geen open vuur, fakkels of vuurwerk.",
    "Aanvang niet vóór {start} uur en einde uiterlijk {end} uur.",
    "De route wordt gevolgd zoals afgesproken met de politie; de rijbaan wordt direct na passage vrijgegeven.",
    "Geen tenten of bouwsels, behalve één partytent voor de geluidsinstallatie.",
    "Stokken van borden en spandoeken zijn van licht materiaal en niet langer dan 1 meter.",
    "Trekkers alleen op de aangewezen parkeerlocatie; niet op de rijbaan na aankomst.",
    "Nooduitgangen en de toegang voor hulpdiensten blijven vrij.",
    "De plek wordt na afloop schoon achtergelaten.",
]
_TRACTOR_CONDITION = 10
_CONDITIONS_ALL = tuple(range(len(_CONDITIONS)))
_CONDITIONS_PUBLIC = tuple(i for i in _CONDITIONS_ALL if i != _TRACTOR_CONDITION)
_CONDITIONS_NON_PUBLIC = (0, 1, 4, 5, 6, 8, 9, 11, 12)  # none about roads and traffic
_HEALTH_CONDITIONS = (0, 5, 9, 11)
_TRAFFIC_CONDITIONS = (2, 3, 7, 10)
_TIMES_CONDITION = 6  # start and end times: traffic when the manifestation walks a route
_RESTRICTIONS = [
    "Beperking: de manifestatie vindt plaats op {alt} in plaats van op {place}, in verband met de verkeersveiligheid.",
    "Beperking: alleen een staande manifestatie; de optocht vindt geen doorgang wegens de drukte op de route.",
    "Beperking: de duur wordt beperkt tot {hours} uur in verband met de bereikbaarheid voor hulpdiensten.",
    "Beperking: het aantal deelnemers op het plein blijft onder {cap} in verband met de veiligheid van de aanwezigen.",
    "Beperking: aangepaste route via {alt}, zodat de andere manifestatie niet wordt gekruist.",
]
_LATE_REASONS = [
    "Aanleiding voor de manifestatie ontstond pas kort tevoren (actuele gebeurtenis).",
    "Spontane wake na een ingrijpende gebeurtenis; termijn verkort.",
    "Kleine, rustige bijeenkomst; de politie ziet geen bezwaar tegen een verkorte termijn.",
    "Mondelinge kennisgeving aanvaard; gegevens dezelfde dag schriftelijk aangevuld.",
    "Kennisgeving kwam via de politie buiten kantoortijd binnen; voldoende tijd voor afstemming.",
]
_DECIDERS = ["burgemeester", "burgemeester", "loco-burgemeester", "teamleider OOV (mandaat)"]
_STATUS_NOTES = {
    Status.RECEIVED: ["", "", "Ontvangstbevestiging verstuurd"],
    Status.IN_PROGRESS: ["", "Opgepakt door adviseur OOV", "Gegevens aangevuld na contact met organisator"],
    Status.COORDINATED: ["Afgestemd met politie", "Afgestemd met politie en THOR", "Afgestemd in het OOV-overleg"],
    Status.DECIDED: ["", "Besluit verzonden aan de organisator"],
    Status.CLOSED: ["", "Verlopen zonder bijzonderheden", "Evaluatie politie ontvangen", "Afgerond"],
    Status.WITHDRAWN: ["Ingetrokken door de organisator", "Manifestatie gaat niet door", "Organisator heeft afgezien van de manifestatie"],
}

_KINDS = _Table([
    (ManifestationKind.DEMONSTRATION, 82), (ManifestationKind.MEETING, 10), (ManifestationKind.RELIGIOUS_GATHERING, 8),
])
_CHANNELS = _Table([
    (Channel.FORM, 62), (Channel.EMAIL, 20), (Channel.PHONE, 7), (Channel.IN_PERSON, 4), (Channel.POLICE, 7),
])
_RISK_CALM = _Table([(Risk.LOW, 74), (Risk.SOME, 14), (Risk.HIGH, 3), (Risk.UNKNOWN, 9)])
_RISK_TENSE = _Table([(Risk.LOW, 42), (Risk.SOME, 33), (Risk.HIGH, 11), (Risk.UNKNOWN, 14)])
_RISK_COUNTER = _Table([(Risk.LOW, 12), (Risk.SOME, 45), (Risk.HIGH, 33), (Risk.UNKNOWN, 10)])
_DECISIONS = {
    Risk.LOW: _Table([(Decision.NO_MEASURES, 82), (Decision.CONDITIONS, 17), (Decision.RESTRICTIONS, 1), (Decision.BAN, 0.15)]),
    Risk.SOME: _Table([(Decision.NO_MEASURES, 45), (Decision.CONDITIONS, 47), (Decision.RESTRICTIONS, 7), (Decision.BAN, 0.8)]),
    Risk.HIGH: _Table([(Decision.NO_MEASURES, 12), (Decision.CONDITIONS, 60), (Decision.RESTRICTIONS, 22), (Decision.BAN, 5)]),
    Risk.UNKNOWN: _Table([(Decision.NO_MEASURES, 60), (Decision.CONDITIONS, 35), (Decision.RESTRICTIONS, 4), (Decision.BAN, 0.8)]),
}
_CODE = {
    member: member.value
    for enum in (Channel, Decision, DecisionGround, District, ManifestationKind, PlaceType, Risk, Status)
    for member in enum
}
_FORM_HOURS = (7, 8, 9, 9, 10, 10, 11, 11, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 19, 20, 21, 22, 23)
_WEEKDAY_WEIGHT = (1.0, 1.0, 1.0, 1.0, 1.1, 1.8, 1.4)
# Start slots (quarter hours, 09:00-21:00) weighted towards midday and the early evening.
_SLOTS = _Table([
    (time(h, m), (3 if h in (12, 13, 14) else 2.5 if h in (17, 18, 19) else 1.5 if h in (10, 11, 15, 16, 20) else 0.8)
     * (2.0 if m == 0 else 1.2 if m == 30 else 0.5))
    for h in range(9, 21) for m in (0, 15, 30, 45)
] + [(time(21, 0), 0.5)])
_DURATIONS = _Table([(60, 22), (90, 18), (120, 25), (150, 8), (180, 12), (240, 8), (300, 2), (360, 1.5)])

LATE_SHARE = 0.08
COUNTER_SHARE = 0.03
PROCESSION_SHARE = 0.30
ORGANISER_POOL = 80  # organisers per topic that notify again and again
ONE_OFF_ORGANISERS = 0.10


# --- helpers ---------------------------------------------------------------------------


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

    def __call__(self, start: datetime, received: datetime) -> tuple[str, datetime, bool]:
        """(rule name, deadline, on time) for naive UTC ``start`` and ``received``."""
        received = received.replace(tzinfo=UTC)
        day = received.astimezone(AMSTERDAM).date()
        rule = self._rules.get(day)
        if rule is None:
            rule = self._rules[day] = rule_for(day, self.rule_sets, self.preferred)
        key = (start, rule.name)
        deadline = self._deadlines.get(key)
        if deadline is None:
            deadline = self._deadlines[key] = notice_deadline(start.replace(tzinfo=UTC), rule).astimezone(UTC)
        return rule.name, deadline.replace(tzinfo=None), received_on_time(received, deadline)


# --- the generator ---------------------------------------------------------------------

_Candidate = tuple[int, datetime, datetime, District, str, str, datetime]


class _Generator:
    """Draws one fictional notification after another from one ``Random``.

    Inside, moments are naive UTC datetimes (the arithmetic is cheaper). Rows come out
    as dicts keyed by column name, with enum codes; ``out`` turns each moment into what
    the insert binds (an aware UTC datetime, or SQLite's text for one).
    """

    def __init__(self, rng: Random, now: datetime, term: Term, out: Callable[[datetime], object]) -> None:
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

    def row(self, notification_id: int) -> tuple[dict, list[dict]]:  # noqa: C901, PLR0912, PLR0915
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
        conditions = decided_by = ""
        decided_at = known_at = closed_at = None
        if decision is not None:
            if not on_time and rand() < 0.03:
                decision, grounds = Decision.BAN, (DecisionGround.LATE_NOTIFICATION,)
            else:
                decision = _DECISIONS[risk].pick(rand)
            # steps may be skipped forward: a quiet meeting needs no police coordination
            if risk != Risk.LOW or decision != Decision.NO_MEASURES or rand() < 0.3:
                path = [Status.RECEIVED, Status.COORDINATED, Status.DECIDED]
                if rand() < 0.3:
                    path.insert(1, Status.IN_PROGRESS)
            else:
                path = [Status.RECEIVED, Status.IN_PROGRESS, Status.DECIDED]
            if decision == Decision.BAN and not grounds:
                grounds = (DecisionGround.DISORDER,)
                if place_type == PlaceType.NEAR_EMBASSY and rand() < 0.5:
                    grounds = (DecisionGround.DISORDER, DecisionGround.NEAR_EMBASSY)
            elif decision == Decision.CONDITIONS or decision == Decision.RESTRICTIONS:
                conditions, grounds = self._conditions(
                    decision, place_type, location, district, start, end, route, topic == "boeren"
                )
            allowed = rules.allowed_grounds(decision, place_type)
            if allowed:  # none for "no measures"; a measure rests on at least one ground
                grounds = [g for g in grounds if g in allowed] or [DecisionGround.DISORDER]
            decided_at = created + (handled_until - created) * self.rng.betavariate(2.5, 1.5)
            decided_at = max(created, decided_at.replace(second=0, microsecond=0))
            known_at = decided_at + timedelta(minutes=int(self.rng.expovariate(1 / 120)) + 5)
            known_at = max(decided_at, min(known_at, handled_until - _MINUTE))
            decided_by = _choice(rand, _DECIDERS)
            closed_at = end + timedelta(hours=_randint(rand, 12, 24 * 14))
            if closed_at <= now:
                path.append(Status.CLOSED)

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
            "search_text": build_search_text(purpose, location, _CODE[district], organisation, route_start, route_end),
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
        start: datetime, end: datetime, route: str, tractors: bool,
    ) -> tuple[str, list[DecisionGround]]:
        """Conditions about place, time, sound and safety, with the grounds they rest on."""
        rand = self.rand
        usable = _CONDITIONS_NON_PUBLIC if place_type == PlaceType.NON_PUBLIC else _CONDITIONS_PUBLIC
        if tractors and place_type != PlaceType.NON_PUBLIC:
            usable = _CONDITIONS_ALL
        picked = sorted(self.rng.sample(usable, _choice(rand, (1, 1, 2, 2, 3))))
        values = {
            "n": _choice(rand, (4, 6, 8, 10, 12, 20)), "place": place,
            "start": _local_hhmm(start), "end": _local_hhmm(end),
        }
        texts = [_CONDITIONS[i].format(**values) for i in picked]
        grounds = {DecisionGround.DISORDER}
        for i in picked:
            if i in _HEALTH_CONDITIONS:
                grounds.add(DecisionGround.HEALTH)
            if i in _TRAFFIC_CONDITIONS or (i == _TIMES_CONDITION and route):
                grounds.add(DecisionGround.TRAFFIC)
        if decision == Decision.RESTRICTIONS:
            alt = _PLACE_TABLES[district].pick(rand)
            if alt == place:
                alt = "een nabijgelegen plein"
            if place_type == PlaceType.NON_PUBLIC:
                restriction = _RESTRICTIONS[_choice(rand, (2, 3))]
            else:
                restriction = _RESTRICTIONS[_choice(rand, (0, 1, 2, 3, 4) if route else (0, 2, 3))]
                grounds.add(DecisionGround.TRAFFIC)
            texts.insert(0, restriction.format(
                alt=alt, place=place, hours=_choice(rand, (1, 2)), cap=_choice(rand, (200, 500, 1000)),
            ))
        if place_type == PlaceType.NEAR_EMBASSY and rand() < 0.5:
            grounds.add(DecisionGround.NEAR_EMBASSY)
        return " ".join(texts), [g for g in DecisionGround if g in grounds]


# --- chunks: generated anywhere, the same everywhere ------------------------------------

NOTIFICATION_COLUMNS = tuple(c.name for c in Notification.__table__.columns)
STATUS_CHANGE_COLUMNS = ("notification_id", "from_status", "to_status", "changed_at", "changed_by", "note")


def _sqlite_text(moment: datetime) -> str:
    """What SQLAlchemy stores in SQLite for a ``UTCDateTime``, from naive UTC (checked before use)."""
    return moment.isoformat(" ", "microseconds")


def _aware_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class _Chunk:
    """One batch to generate: everything its rows depend on, and nothing else."""

    seed: int
    index: int
    first_id: int
    size: int
    now: datetime
    rule_sets: Mapping[str, NoticeRule]
    preferred: str
    sqlite_text: bool  # datetimes as SQLite text and rows as tuples, else dicts


def _generate(chunk: _Chunk) -> tuple[list, list]:
    """The rows and status changes of one chunk (runs in this process or a worker)."""
    rng = Random(f"crisisdesk-demo:{chunk.seed}:{chunk.index}")
    out = _sqlite_text if chunk.sqlite_text else _aware_utc
    generator = _Generator(rng, chunk.now, _Terms(chunk.rule_sets, chunk.preferred), out)
    rows: list = []
    changes: list = []
    for offset in range(chunk.size):
        row, history = generator.row(chunk.first_id + offset)
        rows.append(row)
        changes.extend(history)
    if chunk.sqlite_text:
        get_row, get_change = itemgetter(*NOTIFICATION_COLUMNS), itemgetter(*STATUS_CHANGE_COLUMNS)
        rows = [get_row(row) for row in rows]
        changes = [get_change(change) for change in changes]
    return rows, changes


# --- writing ---------------------------------------------------------------------------


def _sqlite_text_is_exact(dialect) -> bool:  # noqa: ANN001
    """Whether ``_sqlite_text`` and the enum codes bind exactly as the ORM would."""
    if dialect.name != "sqlite" or dialect.paramstyle != "qmark":
        return False
    table = Notification.__table__
    processor = table.c.start_at.type.dialect_impl(dialect).bind_processor(dialect)
    samples = (
        datetime(2026, 3, 29, 0, 59, 59, tzinfo=UTC),
        datetime(2026, 10, 25, 2, 30, 0, 123456, tzinfo=AMSTERDAM),
        datetime(2021, 1, 1, 9, 0, tzinfo=AMSTERDAM),
    )
    if processor is None or any(_sqlite_text(v.astimezone(UTC).replace(tzinfo=None)) != processor(v) for v in samples):
        return False
    for column in (*table.columns, *StatusChange.__table__.columns):
        kind = column.type
        if isinstance(kind, SAEnum) and kind.enum_class is not None:
            bind = kind.dialect_impl(dialect).bind_processor(dialect)
            if bind is not None and any(bind(m.value) != m.value for m in kind.enum_class):
                return False
    return True


def _insert_sql(dialect, table, names: Sequence[str]) -> str:  # noqa: ANN001
    preparer = dialect.identifier_preparer
    columns = ", ".join(preparer.quote(name) for name in names)
    return f"INSERT INTO {preparer.format_table(table)} ({columns}) VALUES ({', '.join('?' * len(names))})"


def _worker_count(count: int, batch: int) -> int:
    if getattr(sys, "frozen", False) or count < PARALLEL_FROM:
        return 1
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1, -(-count // batch)))


def _chunks_generated(chunks: list[_Chunk], workers: int, is_cancelled: CancelCheck | None):
    """(rows, changes) per chunk, in order; made by worker processes when ``workers`` > 1."""
    pool = None
    if workers > 1 and len(chunks) > 1:
        try:
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
        except (OSError, ValueError, NotImplementedError):  # no processes here: make them in this one
            pool = None
    if pool is None:
        for chunk in chunks:
            if is_cancelled is not None and is_cancelled():
                return
            yield _generate(chunk)
        return
    with pool:
        pending: deque[Future] = deque()
        waiting = iter(chunks)
        try:
            for chunk in waiting:
                pending.append(pool.submit(_generate, chunk))
                if len(pending) > workers:
                    break
            while pending:
                if is_cancelled is not None and is_cancelled():
                    return
                result = pending.popleft().result()
                for chunk in waiting:
                    pending.append(pool.submit(_generate, chunk))
                    break
                yield result
        finally:
            for future in pending:
                future.cancel()


# --- public API ------------------------------------------------------------------------


def seed_demo(
    factory: sessionmaker,
    count: int,
    seed: int = 2026,
    now: datetime | None = None,
    on_progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
    workers: int | None = 1,
) -> int:
    """Adds ``count`` fictional notifications (with their status history) to the database.

    ``factory`` is the session factory of an opened, migrated database. ``now`` (aware)
    is the moment the register is seen at; by default 00:00 today in Amsterdam (see
    ``default_now``). The same ``seed`` and ``now`` on a database in the same state give
    identical rows. ``on_progress(done, count)`` is called after every committed batch;
    once ``is_cancelled()`` is true no further batch is written. Returns the number of
    notifications added.

    The rows are made in chunks of ``BATCH_SIZE``, each from its own ``Random`` seeded with
    ``seed`` and the chunk number, so a chunk is the same whether it is generated here or
    in a worker process. ``workers``: how many processes generate chunks — 1 (the default)
    generates in this process; ``None`` picks one per core (at most ``MAX_WORKERS``) from
    ``PARALLEL_FROM`` rows on. Worker processes are started with "spawn", so a script
    that asks for them needs the usual ``if __name__ == "__main__":`` guard.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    if now is None:
        now = default_now()
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    now = now.astimezone(UTC)
    service = NotificationService(factory, clock=lambda: now, user=DEMO_USER)
    preferred = service.chosen_rule_set()
    with factory() as session:
        next_id = (session.scalar(select(func.max(Notification.id))) or 0) + 1
        dialect = session.get_bind().dialect
    sqlite_text = _sqlite_text_is_exact(dialect)
    batch = BATCH_SIZE
    chunks = [
        _Chunk(seed, index, next_id + start, min(batch, count - start), now, service.rule_sets, preferred, sqlite_text)
        for index, start in enumerate(range(0, count, batch))
    ]
    if workers is None:
        workers = _worker_count(count, batch)
    generated = _chunks_generated(chunks, workers, is_cancelled)
    if sqlite_text:
        return _write_sqlite(factory, dialect, generated, count, on_progress, is_cancelled)
    done = 0
    for rows, changes in generated:
        with factory.begin() as session:
            session.execute(insert(Notification.__table__), rows)
            session.execute(insert(StatusChange.__table__), changes)
        done += len(rows)
        if on_progress is not None:
            on_progress(done, count)
    return done


def _write_sqlite(  # noqa: ANN001
    factory: sessionmaker, dialect, generated, count: int, on_progress, is_cancelled
) -> int:
    """SQLite: a writer thread inserts one chunk while the next one is generated.

    sqlite3 releases the GIL while it works, so the inserts overlap the generating. The
    thread keeps one connection, with a larger page cache while it writes (the indexes
    of 100,000 rows do not fit the default 2 MB; restored afterwards). The values are
    bound as they are (SQLite text for datetimes, codes for enums), which
    ``_sqlite_text_is_exact`` has checked to be what the ORM binds.
    """
    notification_sql = _insert_sql(dialect, Notification.__table__, NOTIFICATION_COLUMNS)
    change_sql = _insert_sql(dialect, StatusChange.__table__, STATUS_CHANGE_COLUMNS)
    held: dict[str, object] = {}

    def write(rows: list[tuple], changes: list[tuple]) -> int:
        session = held.get("session")
        if session is None:
            session = held["session"] = factory()
            held["cache_size"] = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
            session.connection().exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
            session.commit()
        try:
            connection = session.connection()
            connection.exec_driver_sql(notification_sql, rows)
            connection.exec_driver_sql(change_sql, changes)
            session.commit()
        except BaseException:
            session.rollback()
            raise
        return len(rows)

    def close() -> None:
        session = held.pop("session", None)
        if session is not None:
            try:
                session.connection().exec_driver_sql(f"PRAGMA cache_size = {int(held['cache_size'])}")
                session.commit()
            finally:
                session.close()

    done = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="crisisdesk-demo") as writer:
        pending: Future | None = None
        try:
            for rows, changes in generated:
                if pending is not None:
                    done += pending.result()
                    pending = None
                    if on_progress is not None:
                        on_progress(done, count)
                    if is_cancelled is not None and is_cancelled():
                        break
                pending = writer.submit(write, rows, changes)
            if pending is not None:
                done += pending.result()
                pending = None
                if on_progress is not None:
                    on_progress(done, count)
        finally:
            if pending is not None:  # something failed here: let the write in progress end
                pending.exception()
            writer.submit(close).result()
    return done

"""Demo vocabulary: weighted tables of Utrecht places, topics, organisations and
wording, from which the generator draws. Data, not logic: edit freely."""

from __future__ import annotations

from bisect import bisect
from collections.abc import Callable, Sequence
from datetime import time
from itertools import accumulate


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

# --- weighted tables -------------------------------------------------------------------


class _Table:
    """Items with weights, drawn with one ``random()`` and a bisect."""

    __slots__ = ("cum", "items", "total")

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
]
_TRACTOR_CONDITION = 10
_CONDITIONS_ALL = tuple(range(len(_CONDITIONS)))
_CONDITIONS_PUBLIC = tuple(i for i in _CONDITIONS_ALL if i != _TRACTOR_CONDITION)
# The art. 2 interest(s) each condition serves (the others: disorder).
_CONDITION_INTERESTS = {
    0: (DecisionGround.HEALTH,), 2: (DecisionGround.TRAFFIC,), 3: (DecisionGround.TRAFFIC,),
    5: (DecisionGround.HEALTH, DecisionGround.DISORDER), 7: (DecisionGround.TRAFFIC,),
    8: (DecisionGround.TRAFFIC,), 9: (DecisionGround.HEALTH, DecisionGround.DISORDER),
    10: (DecisionGround.TRAFFIC,), 11: (DecisionGround.HEALTH,),
}
_DISTANCE_CONDITION = 4  # only with a counter-demonstration
_TIMES_CONDITION = 6  # start and end times: traffic too when the manifestation walks a route
_RESTRICTIONS = [
    "De manifestatie vindt plaats op {alt} in plaats van op {place}, in verband met de verkeersveiligheid.",
    "Alleen een staande manifestatie; de optocht vindt geen doorgang wegens de drukte op de route.",
    "De duur wordt beperkt tot {hours} uur in verband met de bereikbaarheid voor hulpdiensten.",
    "Het aantal deelnemers op het plein blijft onder {cap} in verband met de veiligheid van de aanwezigen.",
    "De route gaat via {alt}, zodat de andere manifestatie niet wordt gekruist.",
]
_RESTRICTION_INTERESTS = (
    (DecisionGround.TRAFFIC,), (DecisionGround.TRAFFIC,), (DecisionGround.HEALTH, DecisionGround.TRAFFIC),
    (DecisionGround.HEALTH,), (DecisionGround.DISORDER,),
)
_MOVED_RESTRICTION = 0  # moves the manifestation: the place in the conditions is the new one
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



"""A prepared exercise for the demo database: "Oefening hoogwater Lek".

``seed_demo_exercise(factory, seed, now)`` adds an exercise-only flooding scenario and an
exercise on it for the GBT (and the communication team), with 24 scripted injects over
three hours — ready to start. Everything is fictional; the script follows the usual
course of a high-water exercise (water board warning, scale-up to GRIP 3, evacuation of
care homes, shelter, media pressure, a dike under pressure, recovery).
Returns the exercise's id. The script is fixed; ``seed`` is taken for the same call shape
as the other demo seeders, ``now`` stamps the records.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import sessionmaker

from crisisdesk.domain.enums import District
from crisisdesk.domain.operations.records import GBT_ROLES, InjectChannel, InjectDraft, Team
from crisisdesk.domain.scenarios.rules import Discipline, PopulationCareProcess, ScenarioDraft, ScenarioKind
from crisisdesk.domain.timeutil import utc_now
from crisisdesk.services.operations.exercises import ExerciseService
from crisisdesk.services.scenarios.service import ScenarioService

DEMO_USER = "demo"
P, M, SM, R = InjectChannel.PHONE, InjectChannel.MEDIA, InjectChannel.SOCIAL_MEDIA, InjectChannel.RADIO
SMS, IP, EM = InjectChannel.MESSAGE, InjectChannel.IN_PERSON, InjectChannel.EMAIL

# (T+ minutes, sender, receiver, channel, content, expected action)
SCRIPT = (
    (0, "Waterschap Hoogheemraadschap De Stichtse Rijnlanden", "GBT/Burgemeester", P,
     "Waterstand Lek bij Vianen NAP +5,60 m en stijgend; verwachte top over 18 uur op NAP +6,40 m. Kade bij Jutphaas onder druk.",
     "Beeldvorming starten; afweging opschaling GRIP 3."),
    (5, "Operationeel leider (ROT)", "GBT/Burgemeester", P,
     "ROT is bijeen. Advies: opschalen naar GRIP 3, GBT bijeenroepen in het stadskantoor.",
     "Besluit opschaling GRIP 3 vastleggen (wie, wanneer)."),
    (12, "Informatiemanager ROT", "GBT/Informatiemanager", EM,
     "Eerste situatierapport: 3 zorginstellingen en ca. 4.200 inwoners in het mogelijk overstroomde gebied (Zuidwest, Vleuten-De Meern).",
     "Beeld delen in het GBT; kaart in LCMS bijwerken."),
    (18, "Journalist RTV Utrecht", "Communicatie", M,
     "Wij horen dat de dijk bij Vianen gaat doorbreken. Klopt dat? Wanneer gaan mensen geëvacueerd worden?",
     "Woordvoeringslijn afstemmen met burgemeester; geen speculatie."),
    (25, "Bewoner (via sociale media)", "Communicatie", SM,
     "Filmpje gaat rond: 'dijk breekt al door bij Jutphaas'. 12.000 keer gedeeld.",
     "Desinformatie signaleren; feitelijke boodschap op sociale media."),
    (30, "Directeur zorginstelling De Lekhof", "GBT/GHOR", P,
     "Wij hebben 86 bewoners, 30 rolstoelgebonden. Wie regelt vervoer als we moeten evacueren?",
     "GHOR en bevolkingszorg: evacuatieplan zorginstellingen starten."),
    (38, "Politie (districtscommandant)", "GBT/Politie", P,
     "Verkeer rond de A2/A12 loopt vast door nieuwsgierigen bij de dijk. Voorstel: afzetting en verkeersmaatregelen.",
     "Besluit afzetting; afstemmen met Rijkswaterstaat."),
    (45, "Rijkswaterstaat (VCNT)", "GBT/Informatiemanager", EM,
     "Verwachting hoogwatertop bijgesteld: 6 uur eerder dan gemeld, top NAP +6,55 m.",
     "Beeld bijwerken; tijdlijn evacuatie herzien."),
    (50, "Secretaris GBT", "GBT/Burgemeester", IP,
     "Herinnering: eerste GBT-vergadering BOB over 10 minuten; agenda en situatierapport liggen klaar.",
     "Vergadering volgens BOB voorbereiden."),
    (60, "Burgemeester Nieuwegein", "GBT/Burgemeester", P,
     "Nieuwegein overweegt zelf ook op te schalen. Wie neemt het voortouw? Moeten we naar GRIP 4?",
     "Afweging GRIP 4 met voorzitter veiligheidsregio."),
    (70, "Bevolkingszorg (Officier van dienst)", "GBT/Bevolkingszorg", P,
     "Opvanglocatie Jaarbeurs hal 9 kan 1.500 mensen opvangen, beschikbaar over 2 uur. Bedden en catering nog niet geregeld.",
     "Besluit opvang; actie catering en bedden met eigenaar en deadline."),
    (80, "NL-Alert (conceptbericht)", "Communicatie", SMS,
     "Concept NL-Alert: 'Hoogwater Lek. Bewoners van de wijken Zuidwest en Vleuten-De Meern: houd rekening met evacuatie.'",
     "Tekst vaststellen door burgemeester; moment van verzenden besluiten."),
    (90, "Brandweer (CvD)", "GBT/Brandweer", R,
     "Kwelwater bij de kade Jutphaas neemt toe; zandzakken geplaatst. Verzoek om inzet Defensie voor versterking.",
     "Bijstandsaanvraag Defensie via veiligheidsregio."),
    (100, "Journalist NOS", "Communicatie", P,
     "Wij willen om 20:00 live vanaf de dijk een interview met de burgemeester.",
     "Besluit over woordvoering en locatie (veiligheid)."),
    (110, "GHOR (Algemeen Commandant Geneeskundige Zorg)", "GBT/GHOR", P,
     "Dialysepatiënten in het gebied: 14 thuisdialyse. Lijst via ziekenhuis beschikbaar, privacy?",
     "Afweging AVG en vitaal belang; actie informeren verwanten."),
    (120, "Officier van justitie", "GBT/OM", P,
     "Melding van plundering in een ontruimde straat. Extra inzet politie en snelrecht mogelijk.",
     "Afstemming OM-politie; communicatie over handhaving."),
    (130, "ProRail", "GBT/Informatiemanager", EM,
     "Spoorlijn Utrecht–'s-Hertogenbosch wordt uit voorzorg stilgelegd vanaf 22:00.",
     "Beeld bijwerken; communicatie reizigers afstemmen."),
    (140, "Bewoner Vleuten (telefonisch bij gemeente)", "GBT/Bevolkingszorg", P,
     "Mijn moeder van 91 woont alleen en wil niet weg. Wat moet ik doen?",
     "Werkwijze voor verminderd zelfredzamen; actie wijkteam."),
    (150, "Stedin", "GBT/Informatiemanager", P,
     "Bij overstroming schakelen wij het middenspanningsnet in Zuidwest uit: circa 9.000 aansluitingen zonder stroom.",
     "Gevolgen vitale infrastructuur in beeld; besluit informeren bewoners."),
    (160, "Voorzitter veiligheidsregio", "GBT/Burgemeester", P,
     "Besloten tot GRIP 4; het RBT neemt de coördinatie over. Het GBT blijft voor de lokale bevolkingszorg.",
     "Overdracht vastleggen; rol GBT herijken."),
    (170, "Communicatieadviseur", "GBT/Communicatie", IP,
     "Omgevingsanalyse: veel vragen over huisdieren en parkeren van auto's buiten het gebied.",
     "Kernboodschap aanvullen; FAQ op utrecht.nl."),
    (175, "Waterschap HDSR", "GBT/Burgemeester", P,
     "Kade Jutphaas houdt; water daalt langzaam. Evacuatie niet meer nodig naar huidig inzicht.",
     "Besluit afschalen voorbereiden; communicatie 'geen evacuatie'."),
    (180, "Secretaris GBT", "GBT", IP,
     "Laatste GBT-vergadering: besluitenlijst en actielijst vaststellen; nafase en nazorg beleggen.",
     "Besluiten en acties nafase vastleggen met eigenaar en deadline."),
    (185, "Oefenleiding", "GBT", IP,
     "EINDE OEFENING. Dank voor jullie inzet; hot wash-up over 10 minuten in de raadzaal.",
     "Observaties en leerpunten verzamelen."),
)


def seed_demo_exercise(factory: sessionmaker, seed: int = 2026, now: datetime | None = None) -> int:
    """Adds the scenario and the prepared exercise; returns the exercise id."""
    now = now or utc_now()
    clock = lambda: now  # noqa: E731 - a fixed moment: the demo is reproducible
    scenario = ScenarioService(factory, clock=clock, user=DEMO_USER).create(ScenarioDraft(
        kind=ScenarioKind.FLOODING,
        title="Oefenscenario hoogwater Lek bij Vianen",
        description="Extreem hoogwater op de Lek; kade bij Jutphaas onder druk; mogelijk overstroming van Zuidwest "
                    "en Vleuten-De Meern. Alleen voor oefeningen.",
        grip_level="GRIP 3",
        affected_districts=(District.ZUIDWEST, District.VLEUTEN_DE_MEERN),
        disciplines=(Discipline.FIRE_SERVICE, Discipline.POLICE, Discipline.GHOR, Discipline.POPULATION_CARE,
                     Discipline.WATER_BOARD, Discipline.RIJKSWATERSTAAT, Discipline.DEFENCE),
        partners=("Hoogheemraadschap De Stichtse Rijnlanden", "Rijkswaterstaat", "VRU", "Stedin", "ProRail"),
        population_care=tuple(PopulationCareProcess),
        exercise_only=True,
    ))
    service = ExerciseService(factory, clock=clock, user=DEMO_USER)
    exercise = service.create(
        "Oefening hoogwater Lek",
        scenario_id=scenario.id,
        description="Jaarlijkse GBT-oefening. Doel: opschaling, besluitvorming volgens BOB en crisiscommunicatie "
                    "onder tijdsdruk. Oefenleider: team OOV.",
        teams=(Team("GBT", GBT_ROLES), Team("Actiecentrum communicatie", ("Omgevingsanalist", "Woordvoerder", "Webredactie"))),
    )
    drafts = [InjectDraft(offset, sender, receiver, channel, content, expected)
              for offset, sender, receiver, channel, content, expected in SCRIPT]
    service.import_injects(exercise.id, drafts)
    return exercise.id

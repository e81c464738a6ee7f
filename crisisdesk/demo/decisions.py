"""Complete demo decisions: measures with their interests, and motivations that read real.

A motivation names the facts of this case (place, day, numbers, route, what the police
expect), why the measure is needed for an art. 2 interest, and why it is no heavier than
needed. Sentences are drawn per notification from a ``Random`` of its own, so the rest
of the generated register does not change with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from random import Random

from crisisdesk.demo.profile import UTRECHT
from crisisdesk.domain.enums import BanGround, Capacity, Decision, DecisionGround, MadeKnownChannel, Risk
from crisisdesk.domain.timeutil import AMSTERDAM

H, T, D = DecisionGround.HEALTH, DecisionGround.TRAFFIC, DecisionGround.DISORDER
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december")


@dataclass(frozen=True)
class Case:
    """The facts of one notification that a motivation may name (moments naive UTC)."""

    decision: Decision
    place: str
    district: str
    start: datetime
    end: datetime
    received: datetime
    deadline: datetime
    participants: int | None
    risk: Risk
    route: str
    counter: bool
    near_embassy: bool


def _local(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC).astimezone(AMSTERDAM)


def _day(moment: datetime) -> str:
    local = _local(moment)
    return f"{_WEEKDAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]}"


def _hhmm(moment: datetime) -> str:
    return _local(moment).strftime("%H:%M")


def _facts(rng: Random, case: Case) -> str:
    who = f"ongeveer {case.participants} deelnemers" if case.participants else "een onbekend aantal deelnemers"
    when = f"op {_day(case.start)} van {_hhmm(case.start)} tot {_hhmm(case.end)} uur"
    opening = rng.choice((
        f"U heeft een manifestatie gemeld {when} op {case.place} ({case.district}), met {who}.",
        f"De manifestatie is gemeld voor {when}; u verwacht {who} op {case.place}.",
        f"Op {case.place} verwacht u {when} {who}.",
    ))
    if case.route:
        opening += " " + rng.choice((
            "De stoet trekt door straten waar trams, bussen en veel fietsers rijden.",
            "Het grootste deel van de route loopt over de rijbaan.",
        ))
    risk = {
        Risk.LOW: ("De politie verwacht een rustig verloop.", "Eerdere bijeenkomsten van deze organisator verliepen zonder incidenten."),
        Risk.SOME: ("De politie ziet enig risico, omdat het onderwerp de laatste weken tot felle reacties leidde.",
                    "Op hetzelfde tijdstip is het in de omgeving druk met winkelend publiek."),
        Risk.HIGH: ("De politie schat het risico hoog in: bij eerdere manifestaties over dit onderwerp kwamen tegenstanders naar dezelfde plek.",
                    "Op sociale media wordt opgeroepen om naar de manifestatie toe te komen om die te verstoren."),
        Risk.UNKNOWN: ("Vooraf is niet goed in te schatten hoeveel mensen komen; de oproep wordt breed gedeeld.",
                       "Over de opkomst en de sfeer is vooraf weinig bekend."),
    }[case.risk]
    text = opening + " " + rng.choice(risk)
    if case.counter:
        text += " Op hetzelfde moment is in de buurt een tegendemonstratie gemeld."
    return text


_WHY = {
    H: ("Omwonenden en bezoekers moeten beschermd blijven tegen hinder en gevaar, en hulpdiensten moeten er steeds door kunnen.",
        "Met zoveel mensen op een beperkte ruimte is de veiligheid van de deelnemers zelf in het geding als nooduitgangen of aanrijroutes geblokkeerd raken."),
    T: ("Zonder deze afspraken raakt het tram- en busverkeer ontregeld en ontstaan gevaarlijke situaties met fietsers.",
        "De rijbaan is nodig voor het openbaar vervoer en de hulpdiensten; daarom moet die zo kort mogelijk bezet zijn."),
    D: ("Duidelijke afspraken over stewards en de plek voorkomen dat de situatie onoverzichtelijk wordt en de politie moet ingrijpen.",
        "Zo blijven deelnemers en voorbijgangers gescheiden en is de kans op confrontaties klein."),
}

_PROPORTIONAL = (
    "De manifestatie kan hiermee doorgaan op de dag en het tijdstip die u koos; alleen afspraken in het vooroverleg bieden onvoldoende zekerheid.",
    "Deze voorschriften gaan niet verder dan nodig: u blijft goed zichtbaar en hoorbaar voor wie u wilt bereiken.",
    "Een zwaardere maatregel is niet nodig; met deze voorschriften blijft de manifestatie in de door u gekozen vorm mogelijk.",
)


def _motivation(rng: Random, case: Case, interests: set[DecisionGround]) -> str:
    parts = [_facts(rng, case)]
    parts += [rng.choice(_WHY[i]) for i in (H, T, D) if i in interests]
    if case.decision == Decision.RESTRICTIONS:
        parts.append(rng.choice((
            "Voorschriften alleen zijn hier niet genoeg, omdat de drukte op de gekozen plek ook met stewards niet beheersbaar blijft.",
            "De beperking laat de manifestatie doorgaan, maar op een manier die de omgeving aankan.",
        )))
    else:
        parts.append(rng.choice(_PROPORTIONAL))
    return " ".join(parts)


def _ban_on_disorder(rng: Random, case: Case) -> tuple[str, str]:
    motivation = _facts(rng, case) + " " + rng.choice((
        "Beide groepen hebben aangekondigd elkaar op te zoeken; bij de vorige confrontatie over dit onderwerp raakten omstanders gewond.",
        "De politie heeft concrete aanwijzingen dat groepen met de bedoeling om geweld te gebruiken naar de manifestatie komen.",
    ))
    alternatives = rng.choice((
        f"In het vooroverleg zijn een andere plek en een ander tijdstip besproken; de tegengroep heeft laten weten ook daar te komen. "
        f"Afstand houden met vakken en hekken is op {case.place} niet mogelijk, omdat het plein aan alle kanten open is.",
        "Een beperking tot een staande manifestatie op een afgesloten plein is overwogen; ook dan verwacht de politie dat de groepen "
        "elkaar op de aanlooproutes treffen. Met voorschriften is dat gevaar niet weg te nemen.",
    ))
    return motivation, alternatives


def _ban_on_lateness(rng: Random, case: Case) -> tuple[str, str, str]:
    hours = max(1, int((case.start - case.received).total_seconds() // 3600))
    weighing = (
        f"Er lagen nog maar {hours} uur tussen de kennisgeving en de aanvang. Voor een optocht over deze route zijn verkeersregelaars, "
        "een omleiding voor trams en bussen en afstemming met de vervoerder nodig; dat kost ten minste twee werkdagen en was in de "
        "resterende tijd niet meer te regelen. De burgemeester heeft overwogen de termijn te verkorten; voor deze optocht kan dat niet "
        "veilig."
    )
    motivation = _facts(rng, case) + " " + rng.choice(_WHY[T])
    alternatives = (
        f"Een staande manifestatie op {case.place} op hetzelfde tijdstip is wel mogelijk en is u telefonisch aangeboden; die vraagt "
        "geen verkeersmaatregelen. Voor de optocht zelf volstaan voorschriften niet, omdat de maatregelen die ervoor nodig zijn niet "
        "meer te treffen zijn."
    )
    return motivation, alternatives, weighing


def decision_columns(
    notification_id: int, seed: int, case: Case, measures: list[tuple[str, tuple[DecisionGround, ...]]],
    ban_ground: BanGround | None, decided_at: datetime, known_at: datetime | None = None,
) -> dict:
    """The decision record's columns for a generated row (codes, ready to insert)."""
    rng = Random(f"decision:{seed}:{notification_id}")
    signatory = rng.choice(UTRECHT.signatories + (UTRECHT.signatories[0], UTRECHT.signatories[2]))
    if case.decision == Decision.BAN:  # a ban the mayor (or the deputy) takes personally
        signatory = rng.choice(UTRECHT.signatories[:2])
    values: dict = {
        "decision_measures": [], "decision_motivation": "", "decision_ban_ground": None,
        "decision_ban_alternatives": "", "decision_lateness_weighing": "",
        "decision_date": _local(decided_at).date(), "decided_by": signatory.name,
        "decided_capacity": signatory.capacity.value,
        "decided_function": signatory.function if signatory.capacity == Capacity.MANDATE else "",
        "decision_made_known_how": rng.choice((MadeKnownChannel.EMAIL, MadeKnownChannel.EMAIL, MadeKnownChannel.LETTER)).value,
        # outside office hours a decision goes out by e-mail, not by letter
        **({"decision_made_known_how": MadeKnownChannel.EMAIL.value}
           if known_at is not None and not 8 <= _local(known_at).hour < 18 else {}),
        "decision_review": "",
    }
    if case.decision in (Decision.CONDITIONS, Decision.RESTRICTIONS):
        values["decision_measures"] = [
            {"text": text, "interests": [i.value for i in interests], "content_note": ""} for text, interests in measures
        ]
        values["decision_motivation"] = _motivation(rng, case, {i for _, interests in measures for i in interests})
    elif case.decision == Decision.BAN and ban_ground is not None:
        values["decision_ban_ground"] = ban_ground.value
        if ban_ground == BanGround.LATE:
            motivation, alternatives, weighing = _ban_on_lateness(rng, case)
            values["decision_lateness_weighing"] = weighing
        else:
            motivation, alternatives = _ban_on_disorder(rng, case)
        values["decision_motivation"] = motivation
        values["decision_ban_alternatives"] = alternatives
    return values

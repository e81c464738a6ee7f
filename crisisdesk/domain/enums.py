"""The codes of the domain. Labels for the screen and paper live in ``labels``."""

from __future__ import annotations

from enum import StrEnum


class ManifestationKind(StrEnum):
    """Wom art. 1: the three kinds of public manifestation."""

    DEMONSTRATION = "demonstration"  # betoging
    MEETING = "meeting"  # vergadering
    RELIGIOUS_GATHERING = "religious_gathering"  # samenkomst godsdienst/levensovertuiging


class PlaceType(StrEnum):
    """Which Wom articles apply depends on the place."""

    PUBLIC = "public"  # openbare plaats: art. 2-7
    NON_PUBLIC = "non_public"  # niet-openbaar, wel publiek toegankelijk: art. 8 only
    NEAR_EMBASSY = "near_embassy"  # nabij ambassade/consulaat/internationale organisatie: art. 9 too


class Risk(StrEnum):
    LOW = "low"
    SOME = "some"
    HIGH = "high"
    UNKNOWN = "unknown"


class Status(StrEnum):
    """The handling of a notification, in workflow order."""

    RECEIVED = "received"  # ontvangen
    IN_PROGRESS = "in_progress"  # in behandeling
    COORDINATED = "coordinated"  # afgestemd met politie
    DECIDED = "decided"  # besluit genomen
    CLOSED = "closed"  # afgerond
    WITHDRAWN = "withdrawn"  # ingetrokken


class Decision(StrEnum):
    """Wom art. 5 lid 1 (and no measures at all)."""

    NO_MEASURES = "no_measures"
    CONDITIONS = "conditions"
    RESTRICTIONS = "restrictions"
    BAN = "ban"


class DecisionGround(StrEnum):
    """What the Wom allows a decision to rest on — never the content (art. 5 lid 3).

    Article 2 is one sentence naming three interests, without sub-letters; only those
    three are grounds for measures now. The last three codes are kept so that decisions
    recorded before the decision record (migration 0006) still read: lateness and
    missing data are the ban grounds of art. 5 lid 2 (``BanGround``), and art. 9 gives
    no power for advance measures at all.
    """

    HEALTH = "health"  # de bescherming van de gezondheid (artikel 2 Wom)
    TRAFFIC = "traffic"  # in het belang van het verkeer (artikel 2 Wom)
    DISORDER = "disorder"  # de bestrijding of voorkoming van wanordelijkheden (artikel 2 Wom)
    LATE_NOTIFICATION = "late_notification"  # old records only: now BanGround.LATE
    INCOMPLETE_DATA = "incomplete_data"  # old records only: now BanGround.DATA_LATE
    NEAR_EMBASSY = "near_embassy"  # old records only: art. 9 is no ground for advance measures


# The three interests of Wom art. 2: the only grounds a measure may serve.
INTERESTS = (DecisionGround.HEALTH, DecisionGround.TRAFFIC, DecisionGround.DISORDER)


class BanGround(StrEnum):
    """Wom art. 5 lid 2: a ban only on one of these (aanhef en onder a, b or c)."""

    LATE = "late"  # a: the notification was not made on time
    DATA_LATE = "data_late"  # b: the required data were not given on time
    INTEREST = "interest"  # c: one of the art. 2 interests requires it


class Capacity(StrEnum):
    """Who decided: the mayor, the deputy, or an official under a mandate (Awb 10:10)."""

    MAYOR = "mayor"  # burgemeester
    DEPUTY_MAYOR = "deputy_mayor"  # loco-burgemeester
    MANDATE = "mandate"  # namens de burgemeester, onder mandaat


class MadeKnownChannel(StrEnum):
    """How a decision was made known to the notifier (Wom art. 5 lid 4)."""

    LETTER = "letter"
    EMAIL = "email"
    IN_PERSON = "in_person"
    PHONE = "phone"


class Channel(StrEnum):
    FORM = "form"
    EMAIL = "email"
    PHONE = "phone"
    IN_PERSON = "in_person"
    POLICE = "police"  # via de politie buiten kantoortijd


class District(StrEnum):
    """The ten wijken of Utrecht."""

    BINNENSTAD = "Binnenstad"
    OOST = "Oost"
    LEIDSCHE_RIJN = "Leidsche Rijn"
    WEST = "West"
    OVERVECHT = "Overvecht"
    ZUID = "Zuid"
    NOORDOOST = "Noordoost"
    ZUIDWEST = "Zuidwest"
    NOORDWEST = "Noordwest"
    VLEUTEN_DE_MEERN = "Vleuten-De Meern"

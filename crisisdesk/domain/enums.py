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
    """What the Wom allows a decision to rest on — never the content (art. 5 lid 3)."""

    HEALTH = "health"  # bescherming van de gezondheid (art. 2 sub a)
    TRAFFIC = "traffic"  # in het belang van het verkeer (art. 2 sub b)
    DISORDER = "disorder"  # bestrijding of voorkoming van wanordelijkheden (art. 2 sub c)
    LATE_NOTIFICATION = "late_notification"  # ban only: art. 5 lid 2 sub a
    INCOMPLETE_DATA = "incomplete_data"  # ban only: art. 5 lid 2 sub a
    NEAR_EMBASSY = "near_embassy"  # art. 9: protection of the diplomatic premises


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

"""Crisis scenarios: kinds, disciplines, population-care processes and GRIP levels.

GRIP levels are data (``resources/grip_levels.json``), not code: the list changed in
the past (GRIP 5 and GRIP Rijk were added later) and may change again. A scenario
stores the level's ``code`` ("GRIP 3"); ``load_grip_levels`` gives the list in order.

Partners are free text for now (a partner registry comes later); everything else is
a code from the enums below.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from crisisdesk.domain.enums import District
from crisisdesk.domain.checks import FieldError


class ScenarioKind(StrEnum):
    TERRORISM = "terrorism"  # terrorisme
    PANDEMIC = "pandemic"  # pandemie / infectieziekte
    CYBER = "cyber"  # cybercrisis
    FLOODING = "flooding"  # overstroming en natuurgeweld
    MAJOR_ACCIDENT = "major_accident"  # groot ongeval
    RIOTS = "riots"  # rellen / ordeverstoring
    UTILITY_FAILURE = "utility_failure"  # uitval nutsvoorzieningen


class Discipline(StrEnum):
    """The columns (kolommen) and the partners that sit at the table."""

    FIRE_SERVICE = "fire_service"
    POLICE = "police"
    GHOR = "ghor"  # geneeskundige hulpverlening
    POPULATION_CARE = "population_care"  # gemeente / bevolkingszorg
    PUBLIC_PROSECUTOR = "public_prosecutor"  # OM
    SAFETY_REGION = "safety_region"  # VRU
    WATER_BOARD = "water_board"  # waterschap
    RIJKSWATERSTAAT = "rijkswaterstaat"
    PRORAIL = "prorail"
    NCTV = "nctv"
    DEFENCE = "defence"
    RED_CROSS = "red_cross"


class PopulationCareProcess(StrEnum):
    """Municipal crisis processes (bevolkingszorg)."""

    CRISIS_COMMUNICATION = "crisis_communication"
    PUBLIC_CARE = "public_care"  # publieke zorg: opvang, verzorging
    INFORMING_RELATIVES = "informing_relatives"  # informeren verwanten
    ENVIRONMENTAL_CARE = "environmental_care"  # omgevingszorg
    AFTERCARE = "aftercare"  # nazorg en herstel


@dataclass(frozen=True)
class GripLevel:
    code: str  # "GRIP 0" ... "GRIP 5", "GRIP Rijk"
    order: int
    name: str
    team: str  # CoPI, ROT, GBT, RBT, ...
    led_by: str
    description: str


@dataclass(frozen=True)
class ScenarioDraft:
    kind: ScenarioKind
    title: str
    description: str = ""
    grip_level: str | None = None  # a GripLevel.code
    affected_districts: tuple[District, ...] = ()
    disciplines: tuple[Discipline, ...] = ()
    partners: tuple[str, ...] = ()  # organisation names, free text for now
    population_care: tuple[PopulationCareProcess, ...] = ()
    linked_plans: tuple[str, ...] = ()  # file paths or links to plans and draaiboeken
    exercise_only: bool = False


def grip_levels_path() -> Path:
    from crisisdesk.resources import resource_path

    return resource_path("grip_levels.json")


@cache
def load_grip_levels(path: Path | None = None) -> tuple[GripLevel, ...]:
    """The GRIP levels in scale-up order, read from the shipped data file."""
    data = json.loads((path or grip_levels_path()).read_text(encoding="utf-8"))
    levels = [
        GripLevel(
            code=item["code"],
            order=int(item["order"]),
            name=item["name"],
            team=item.get("team", ""),
            led_by=item.get("led_by", ""),
            description=item.get("description", ""),
        )
        for item in data["levels"]
    ]
    codes = [level.code for level in levels]
    if len(set(codes)) != len(codes):
        raise ValueError(f"duplicate GRIP level codes in {path or grip_levels_path()}")
    return tuple(sorted(levels, key=lambda level: level.order))


def grip_level(code: str) -> GripLevel:
    for level in load_grip_levels():
        if level.code == code:
            return level
    raise KeyError(code)


def validate(draft: ScenarioDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    if not draft.title.strip():
        errors.append(FieldError("title", "required"))
    if draft.grip_level is not None and draft.grip_level not in {level.code for level in load_grip_levels()}:
        errors.append(FieldError("grip_level", "unknown_grip_level", {"code": draft.grip_level}))
    if any(not plan.strip() for plan in draft.linked_plans):
        errors.append(FieldError("linked_plans", "empty_entry"))
    if any(not partner.strip() for partner in draft.partners):
        errors.append(FieldError("partners", "empty_entry"))
    return errors

"""How a record looks on a map: shape and fill by kind, ring and letter by risk.

Colour is never the only signal: the shape says the kind (circle a Wom notification,
square an event, diamond a match or sports event, triangle a visit or commemoration,
hexagon a city-wide day), the letter the risk (H high, E some — "enig", L low, ? not
known) and a clash gets a double red ring and "!" beside the letter. The hex colours are
the desk's palette (``ui.common.palette``; a test keeps them equal), so the screen's map
and the briefing's maps agree with the calendar.
"""

from __future__ import annotations

from dataclasses import dataclass

KIND_WOM = "#2f6db5"
KIND_EVENT = "#3a8d4a"
KIND_CITY = "#d9822b"
KIND_SPORT = "#7b4fa6"
KIND_VISIT = "#1f8a8a"
RISK_HIGH = "#c62828"
RISK_SOME = "#f0a500"
RISK_LOW = "#7cb342"
RISK_UNKNOWN = "#9e9e9e"
CLASH = "#c62828"
ROUTE = "#1f4e79"

GROUP_COLOURS = {"wom": KIND_WOM, "event": KIND_EVENT, "city": KIND_CITY, "sport": KIND_SPORT, "visit": KIND_VISIT}
GROUP_SHAPES = {"wom": "circle", "event": "square", "city": "hexagon", "sport": "diamond", "visit": "triangle"}
RISK_COLOURS = {2: RISK_HIGH, 1: RISK_SOME, 0: RISK_LOW, -1: RISK_UNKNOWN}
RISK_LETTERS = {2: "H", 1: "E", 0: "L", -1: "?"}
_EVENT_GROUPS = {
    "event": "event", "small_event": "event", "other": "event",
    "kings_day": "city", "new_years_eve": "city",
    "football_match": "sport", "sports_event": "sport",
    "dignitary_visit": "visit", "commemoration": "visit", "offender_return": "visit",
}


@dataclass(frozen=True)
class MarkerStyle:
    group: str  # "wom", "event", "city", "sport" or "visit"
    shape: str  # "circle", "square", "hexagon", "diamond" or "triangle"
    fill: str  # the kind's colour (hex)
    ring: str  # the risk's colour (hex)
    letter: str  # the risk's letter
    clash: bool


def group_of(kind: str, category: str) -> str:
    """The kind group of a record: every notification is "wom"; events by their kind."""
    return "wom" if kind == "notification" else _EVENT_GROUPS.get(category, "event")


def marker_style(kind: str, category: str, risk_rank: int, clash: bool = False) -> MarkerStyle:
    group = group_of(kind, category)
    rank = risk_rank if risk_rank in RISK_COLOURS else -1
    return MarkerStyle(group, GROUP_SHAPES[group], GROUP_COLOURS[group], RISK_COLOURS[rank], RISK_LETTERS[rank], clash)


def shape_points(shape: str, x: float, y: float, r: float) -> list[tuple[float, float]]:
    """The corners of a polygon marker of radius ``r`` around (x, y); [] for a circle."""
    if shape == "square":
        s = r * 0.88
        return [(x - s, y - s), (x + s, y - s), (x + s, y + s), (x - s, y + s)]
    if shape == "diamond":
        return [(x, y - r * 1.15), (x + r * 1.15, y), (x, y + r * 1.15), (x - r * 1.15, y)]
    if shape == "triangle":
        return [(x, y - r * 1.2), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)]
    if shape == "hexagon":
        import math

        return [(x + r * math.cos(math.radians(a)), y + r * math.sin(math.radians(a))) for a in range(0, 360, 60)]
    return []


_RANKS = {"high": 2, "some": 1, "low": 0, "unknown": -1, "0": 0, "A": 0, "B": 1, "C": 2}


def risk_rank_of(code: str | None) -> int:
    """The calendar's rank of a risk code: a notification's ``Risk`` or an event's or
    match's class (-1 unknown, 0 low, 1 some, 2 high)."""
    return _RANKS.get(code or "", -1)


def spread(pixels: list[tuple[float, float]], radius: float = 14.0, within: float = 6.0) -> list[tuple[float, float]]:
    """Markers that would cover each other (closer than ``within`` pixels) set out on a
    small circle of ``radius`` around their common spot, so every one stays visible."""
    import math

    groups: dict[int, list[int]] = {}
    anchors: list[tuple[float, float]] = []
    owner: list[int] = []
    for index, (x, y) in enumerate(pixels):
        for group, (ax, ay) in enumerate(anchors):
            if abs(ax - x) < within and abs(ay - y) < within:
                groups[group].append(index)
                owner.append(group)
                break
        else:
            anchors.append((x, y))
            groups[len(anchors) - 1] = [index]
            owner.append(len(anchors) - 1)
    placed = list(pixels)
    for group, members in groups.items():
        if len(members) < 2:
            continue
        ax, ay = anchors[group]
        for rank, index in enumerate(members):
            angle = 2 * math.pi * rank / len(members) - math.pi / 2
            placed[index] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
    return placed

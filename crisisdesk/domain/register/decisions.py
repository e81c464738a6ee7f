"""What a Wom decision (besluit) must contain before it may be saved or printed.

The mayor may set voorschriften, beperkingen or a verbod (Wom art. 5 lid 1). A besluit
needs a specific motivation (Awb 3:46), a decision date, who decided in which capacity
(Awb 10:10 for a mandate), and how it was made known (Wom art. 5 lid 4). A ban rests on
one ground of art. 5 lid 2 (a, b or c) and must say why milder measures do not suffice;
a ban on lateness (onder a) must weigh what the lateness made impossible. In a
non-public place (art. 8) no advance measures exist at all. Errors are codes with the
field they belong to; the words live in ``crisisdesk.labels``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.enums import INTERESTS, BanGround, Capacity, Decision, DecisionGround, MadeKnownChannel, PlaceType
from crisisdesk.domain.timeutil import to_local

MEASURE_KINDS = (Decision.CONDITIONS, Decision.RESTRICTIONS)


@dataclass(frozen=True)
class Measure:
    """One voorschrift or beperking: its text and the art. 2 interest(s) it serves.

    ``content_note``: for a measure whose words suggest it is about content (art. 5
    lid 3), the advisor's confirmation that it was reworded or why it is not about
    content. Without it the letter is not printed.
    """

    text: str
    interests: tuple[DecisionGround, ...] = ()
    content_note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "interests": [i.value for i in self.interests], "content_note": self.content_note}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Measure:
        return cls(
            text=str(value.get("text", "")),
            interests=tuple(DecisionGround(code) for code in value.get("interests", ()) if code),
            content_note=str(value.get("content_note", "")),
        )


@dataclass(frozen=True)
class DecisionParts:
    """The decision as entered: everything ``check_decision`` looks at."""

    decision: Decision | None
    place_type: PlaceType
    measures: tuple[Measure, ...] = ()
    motivation: str = ""
    ban_ground: BanGround | None = None
    ban_interests: tuple[DecisionGround, ...] = ()
    ban_alternatives: str = ""  # why voorschriften or beperkingen do not suffice
    lateness_weighing: str = ""  # onder a: what the lateness made impossible
    decision_date: date | None = None
    decided_by: str = ""
    decided_capacity: Capacity | None = None
    decided_function: str = ""
    made_known_at: datetime | None = None
    made_known_how: MadeKnownChannel | None = None
    received_at: datetime | None = None
    on_time: bool | None = None  # None: not known (the dialog and service know it)


def advance_measures_allowed(place_type: PlaceType | None) -> bool:
    """Art. 8: in a non-public place the mayor can only end a manifestation, not set terms."""
    return place_type != PlaceType.NON_PUBLIC


def allowed_decisions(place_type: PlaceType | None) -> tuple[Decision, ...]:
    if not advance_measures_allowed(place_type):
        return (Decision.NO_MEASURES,)
    return tuple(Decision)


def allowed_interests(place_type: PlaceType | None) -> tuple[DecisionGround, ...]:
    """The art. 2 interests; none where no advance measure may be set (art. 8)."""
    return INTERESTS if advance_measures_allowed(place_type) else ()


# Words that suggest a condition is about what is expressed rather than about health,
# traffic or disorder (Wom art. 5 lid 3). A warning at saving; the letter is held back
# until the advisor confirms the measure was reworded or explains why it is not.
_CONTENT_PATTERNS = re.compile(
    r"\b(leuze|leuzen|slogan|slogans|tekst op|teksten op|boodschap|mening|meningen|"
    r"standpunt|inhoud|uiting|uitingen|kritiek|beledig\w*|symbool|symbolen|vlag(?:gen)? van|"
    r"afbeelding\w*|spreuk\w*|scanderen|spandoektekst\w*)\b",
    re.IGNORECASE,
)


def content_warning_terms(text: str) -> list[str]:
    """Terms in a text that seem to target the content of the message."""
    return sorted({m.group(0).lower() for m in _CONTENT_PATTERNS.finditer(text or "")})


def unconfirmed_content_measures(measures: tuple[Measure, ...]) -> list[int]:
    """Numbers (from 1) of flagged measures without the advisor's confirmation."""
    return [n for n, m in enumerate(measures, start=1) if content_warning_terms(m.text) and not m.content_note.strip()]


def check_decision(parts: DecisionParts, now: datetime) -> list[FieldError]:
    """Every problem with a recorded decision; empty when it is a complete besluit."""
    errors: list[FieldError] = []
    decision = parts.decision
    if decision is None:
        return errors
    if decision not in allowed_decisions(parts.place_type):
        errors.append(FieldError("decision", "no_advance_measures_non_public"))
    if decision in MEASURE_KINDS:
        _check_measures(errors, parts)
    if decision != Decision.NO_MEASURES and not parts.motivation.strip():
        errors.append(FieldError("decision_motivation", "motivation_required"))
    if decision == Decision.BAN:
        _check_ban(errors, parts)
    _check_who_and_when(errors, parts, now)
    return errors


def _check_measures(errors: list[FieldError], parts: DecisionParts) -> None:
    if not parts.measures:
        errors.append(FieldError("decision_measures", "measures_required"))
    allowed = allowed_interests(parts.place_type)
    for number, measure in enumerate(parts.measures, start=1):
        if not measure.text.strip():
            errors.append(FieldError("decision_measures", "measure_text_required", {"number": number}))
        if not measure.interests:
            errors.append(FieldError("decision_measures", "measure_interest_required", {"number": number}))
        elif any(i not in allowed for i in measure.interests):
            errors.append(FieldError("decision_measures", "measure_interest_not_allowed", {"number": number}))


def _check_ban(errors: list[FieldError], parts: DecisionParts) -> None:
    if parts.ban_ground is None:
        errors.append(FieldError("decision_ban_ground", "ban_ground_required"))
    elif parts.ban_ground == BanGround.INTEREST:
        if not parts.ban_interests:
            errors.append(FieldError("decision_ban_ground", "ban_interest_required"))
        elif any(i not in allowed_interests(parts.place_type) for i in parts.ban_interests):
            errors.append(FieldError("decision_ban_ground", "ground_not_allowed"))
    elif parts.ban_ground == BanGround.LATE:
        if parts.on_time:
            errors.append(FieldError("decision_ban_ground", "ban_late_but_on_time"))
        if not parts.lateness_weighing.strip():
            errors.append(FieldError("decision_lateness_weighing", "lateness_weighing_required"))
    if not parts.ban_alternatives.strip():
        errors.append(FieldError("decision_ban_alternatives", "ban_alternatives_required"))


def _check_who_and_when(errors: list[FieldError], parts: DecisionParts, now: datetime) -> None:
    if parts.decision_date is None:
        errors.append(FieldError("decision_date", "decision_date_required"))
    else:
        if parts.decision_date > to_local(now).date():
            errors.append(FieldError("decision_date", "in_future"))
        if parts.received_at is not None and parts.decision_date < to_local(parts.received_at).date():
            errors.append(FieldError("decision_date", "decision_before_receipt"))
    if not parts.decided_by.strip():
        errors.append(FieldError("decided_by", "decider_required"))
    if parts.decided_capacity is None:
        errors.append(FieldError("decided_capacity", "capacity_required"))
    elif parts.decided_capacity == Capacity.MANDATE and not parts.decided_function.strip():
        errors.append(FieldError("decided_function", "mandate_function_required"))
    if parts.made_known_at is not None:
        if parts.made_known_how is None:
            errors.append(FieldError("decision_made_known_how", "made_known_how_required"))
        if parts.decision_date is not None and to_local(parts.made_known_at).date() < parts.decision_date:
            errors.append(FieldError("decision_made_known_at", "made_known_before_decision"))

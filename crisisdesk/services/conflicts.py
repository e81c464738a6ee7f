"""What differs between an advisor's unsaved edit and the version now in the database.

For notifications (``differences``) and for any other record whose form gives a draft
dataclass (``draft_differences``: events, scenarios, partners).

When a save is refused because a colleague saved first (ConcurrentEdit), the desk shows,
field by field, "your value" against "the value now in the database", and for each field
who changed it: you, the colleague, or both (a real clash). Nothing is overwritten
unless the advisor explicitly chooses to.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.register.records import NotificationRecord

# Draft fields that are not facts of the notification itself.
_NOT_COMPARED = {"status_note", "places"}  # a point follows its address text, compared as such
_STRIPPED = {"purpose", "location"}  # the service stores these trimmed


@dataclass(frozen=True)
class FieldDifference:
    field: str
    mine: object
    theirs: object
    changed_by_me: bool  # differs from the version this edit started from
    changed_by_them: bool  # the database's value differs from that version


def _value(source: object, name: str) -> object:
    value = getattr(source, name)
    if name in _STRIPPED and isinstance(value, str):
        return value.strip()
    if name == "decision_grounds":
        return tuple(sorted(value, key=lambda g: g.value))
    return value


def compared_fields() -> list[str]:
    return [f.name for f in fields(NotificationDraft) if f.name not in _NOT_COMPARED]


def differences(
    mine: NotificationDraft, theirs: NotificationRecord, base: NotificationRecord | None = None
) -> list[FieldDifference]:
    """Fields where ``mine`` and ``theirs`` disagree, in form order.

    With ``base`` (the version the edit started from) each difference also says whose
    change it is; without it both flags are True.
    """
    found = []
    for name in compared_fields():
        mine_value, theirs_value = _value(mine, name), _value(theirs, name)
        if mine_value == theirs_value:
            continue
        if base is None:
            by_me = by_them = True
        else:
            base_value = _value(base, name)
            by_me, by_them = mine_value != base_value, theirs_value != base_value
        found.append(FieldDifference(name, mine_value, theirs_value, by_me, by_them))
    return found


def draft_differences(mine: Any, theirs: Any, base: Any = None, skip: frozenset[str] = frozenset({"places"})) -> list[FieldDifference]:
    """Fields where two drafts of one record disagree, in the draft's order.

    ``theirs`` and ``base`` are the saved versions turned into drafts (e.g. with
    ``draft_from_event``), so any record compares the way its form reads it. A part
    that is itself a dataclass (an event's football measures) is compared field by field.
    Geocoded ``places`` are skipped: a point follows its address text, compared as such.
    """
    found = []
    for item in fields(mine):
        name = item.name
        if name in skip:
            continue
        parts = (getattr(mine, name), getattr(theirs, name), getattr(base, name) if base is not None else None)
        if all(is_dataclass(part) for part in parts[:2]) and (base is None or is_dataclass(parts[2])):
            found += draft_differences(*parts, skip=skip)
            continue
        mine_value, theirs_value = _plain(getattr(mine, name)), _plain(getattr(theirs, name))
        if mine_value == theirs_value:
            continue
        if base is None:
            by_me = by_them = True
        else:
            base_value = _plain(getattr(base, name))
            by_me, by_them = mine_value != base_value, theirs_value != base_value
        found.append(FieldDifference(name, getattr(mine, name), getattr(theirs, name), by_me, by_them))
    return found


def _plain(value: object) -> object:
    """Text compared as the services store it (trimmed)."""
    return value.strip() if isinstance(value, str) else value

"""Exercises and real incidents ("operations"): codes and the frozen records they share.

An operation is either an exercise (``is_exercise``: marked OEFENING everywhere, with a
script of injects and a clock) or a real incident (GRIP level changes, no marks). Both
have the same logbook (append-only, BOB categories) and action list. Reports and
screens get these records; they never see database rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from crisisdesk.domain.operations.exercise_clock import ClockState, ClockStatus


class InjectChannel(StrEnum):
    PHONE = "phone"  # telefoon
    EMAIL = "email"  # e-mail
    MEDIA = "media"  # pers / media
    SOCIAL_MEDIA = "social_media"  # sociale media
    RADIO = "radio"  # portofoon / C2000
    MESSAGE = "message"  # sms, app, NL-Alert-bericht
    IN_PERSON = "in_person"  # persoonlijk / aan tafel
    OTHER = "other"


class LogCategory(StrEnum):
    """BOB plus the two other kinds of log line the crisis team writes."""

    PICTURE = "picture"  # beeld
    JUDGEMENT = "judgement"  # oordeel
    DECISION = "decision"  # besluit
    ACTION = "action"  # actie
    COMMUNICATION = "communication"  # communicatie


class LogSource(StrEnum):
    TEAM = "team"  # written by someone in the team
    INJECT = "inject"  # an inject released by the exercise clock or leader
    CLOCK = "clock"  # start, pause, resume, end
    CONTROL = "control"  # the exercise leader's own steps (a shift of the script): never shown to players
    GRIP = "grip"  # a GRIP level change


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class FindingKind(StrEnum):
    """Evaluation of an exercise."""

    OBSERVATION = "observation"  # waarneming
    LESSON = "lesson"  # leerpunt
    IMPROVEMENT = "improvement"  # verbeteractie (with owner and deadline)


# The crisis team (GBT) at the table, as roles for a new exercise or incident.
GBT_ROLES = (
    "Burgemeester",
    "Politie",
    "Brandweer",
    "GHOR",
    "Bevolkingszorg",
    "OM",
    "Communicatie",
    "Informatiemanager",
    "Secretaris",
)


@dataclass(frozen=True)
class Team:
    name: str  # "GBT", "ROT", "CoPI", "Actiecentrum communicatie", ...
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class InjectDraft:
    offset_minutes: int
    sender: str
    receiver: str
    channel: InjectChannel
    content: str
    expected_action: str = ""


@dataclass(frozen=True)
class InjectRecord:
    id: int
    operation_id: int
    offset_minutes: int  # T+mm in the script
    sender: str
    receiver: str
    channel: InjectChannel
    content: str
    expected_action: str
    released_at: datetime | None
    released_offset_seconds: int | None  # exercise time at release
    released_by: str
    released_early: bool  # by "release now", before its moment
    observed_action: str
    evaluation_note: str

    @property
    def released(self) -> bool:
        return self.released_at is not None


@dataclass(frozen=True)
class OperationRecord:
    id: int
    version: int
    is_exercise: bool
    title: str
    description: str
    scenario_id: int | None
    scenario_title: str
    grip_level: str | None
    teams: tuple[Team, ...]
    clock: ClockState
    created_at: datetime
    created_by: str
    closed_at: datetime | None

    @property
    def status(self) -> ClockStatus:
        return self.clock.status


@dataclass(frozen=True)
class LogEntryRecord:
    id: int
    operation_id: int
    at: datetime
    exercise_seconds: int | None  # exercise time when written (exercises only)
    source: LogSource
    category: LogCategory | None
    author_role: str
    author: str
    text: str
    inject_id: int | None
    corrects_id: int | None
    corrected_by: tuple[int, ...] = ()  # later entries that correct this one


@dataclass(frozen=True)
class ActionRecord:
    id: int
    version: int
    operation_id: int
    text: str
    owner: str
    due_at: datetime | None
    status: ActionStatus
    decision_entry_id: int | None
    inject_id: int | None
    created_at: datetime
    created_by: str
    updated_at: datetime
    meeting_id: int | None = None  # the BOB meeting whose decision led to it


@dataclass(frozen=True)
class GripChangeRecord:
    id: int
    at: datetime
    from_level: str | None
    to_level: str
    decided_by: str
    reason: str
    recorded_by: str


@dataclass(frozen=True)
class FindingRecord:
    id: int
    kind: FindingKind
    text: str
    inject_id: int | None
    owner: str
    due_at: datetime | None
    created_at: datetime
    created_by: str


@dataclass(frozen=True)
class BobMeetingDraft:
    """What is entered for a meeting; the number is given by the service."""

    held_at: datetime
    chair: str
    attendees: tuple[str, ...] = ()
    picture: str = ""  # beeld
    judgement: str = ""  # oordeel
    decision: str = ""  # besluit


@dataclass(frozen=True)
class BobMeetingRecord:
    id: int
    version: int
    operation_id: int
    number: int
    held_at: datetime
    exercise_seconds: int | None  # exercise time at the meeting (exercises only)
    chair: str
    attendees: tuple[str, ...]
    picture: str
    judgement: str
    decision: str
    actions: tuple[ActionRecord, ...]
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str

    @property
    def draft(self) -> BobMeetingDraft:
        return BobMeetingDraft(self.held_at, self.chair, self.attendees, self.picture, self.judgement, self.decision)


@dataclass(frozen=True)
class BobView:
    """The meeting's picture: the current (uncorrected) lines per BOB category, and actions."""

    operation: OperationRecord
    picture: tuple[LogEntryRecord, ...]
    judgements: tuple[LogEntryRecord, ...]
    decisions: tuple[LogEntryRecord, ...]
    actions: tuple[ActionRecord, ...]
    grip_changes: tuple[GripChangeRecord, ...] = ()
    prepared_at: datetime | None = None
    prepared_by: str = ""
    author: str = ""  # the PDF's Author: municipality and department (services.profile.document_author)
    meetings: tuple[BobMeetingRecord, ...] = ()  # by number


@dataclass(frozen=True)
class InjectEvaluation:
    inject: InjectRecord
    response: timedelta | None  # release to the first related team entry or action
    responded_at: datetime | None


@dataclass(frozen=True)
class ExerciseEvaluation:
    operation: OperationRecord
    injects: tuple[InjectEvaluation, ...]
    findings: tuple[FindingRecord, ...]
    log: tuple[LogEntryRecord, ...]
    actions: tuple[ActionRecord, ...]
    prepared_at: datetime
    prepared_by: str
    median_response: timedelta | None = None
    unanswered: int = 0
    author: str = ""  # the PDF's Author: municipality and department (services.profile.document_author)
    meetings: tuple[BobMeetingRecord, ...] = ()  # by number


def current_entries(entries: tuple[LogEntryRecord, ...] | list[LogEntryRecord]) -> list[LogEntryRecord]:
    """The entries that no later entry corrects (the log keeps both; the picture shows the latest)."""
    corrected = {entry.corrects_id for entry in entries if entry.corrects_id is not None}
    return [entry for entry in entries if entry.id not in corrected]


def response_times(
    injects: list[InjectRecord], entries: list[LogEntryRecord], actions: list[ActionRecord]
) -> list[InjectEvaluation]:
    """Per inject: from its release to the first team entry or action that refers to it."""
    first: dict[int, datetime] = {}
    moments = [(e.inject_id, e.at) for e in entries if e.source == LogSource.TEAM and e.inject_id is not None]
    moments += [(a.inject_id, a.created_at) for a in actions if a.inject_id is not None]
    for inject_id, at in moments:
        if inject_id not in first or at < first[inject_id]:
            first[inject_id] = at
    result = []
    for inject in injects:
        answered = first.get(inject.id)
        if inject.released_at is None or answered is None:
            result.append(InjectEvaluation(inject, None, None))
        else:
            result.append(InjectEvaluation(inject, max(answered - inject.released_at, timedelta(0)), answered))
    return result


def median(values: list[timedelta]) -> timedelta | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2

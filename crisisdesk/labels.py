"""Words for the domain's codes, on screen, on paper and on the command line.

The domain speaks in codes (enums, error codes); this module turns them into the
current language through the one translation catalogue (see ``crisisdesk.i18n``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum

from crisisdesk.domain.checklists.rules import ItemStatus
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
from crisisdesk.domain.events.rules import (
    AdviceStatus,
    EventKind,
    EventRiskClass,
    EventStatus,
    FireworksRule,
    MatchRiskClass,
    PermitStatus,
)
from crisisdesk.domain.operations.exercise_clock import ClockStatus
from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.operations.records import ActionStatus, FindingKind, InjectChannel, LogCategory, LogSource
from crisisdesk.domain.scenarios.rules import Discipline, PopulationCareProcess, ScenarioKind
from crisisdesk.domain.timeutil import to_local
from crisisdesk.i18n import QT_TRANSLATE_NOOP, translate

# Pairs, not a dict literal: members of different enums with the same code (Status and
# PermitStatus both have "withdrawn") compare equal and would overwrite each other.
_LABEL_PAIRS: tuple[tuple[Enum, str], ...] = (
    (ManifestationKind.DEMONSTRATION, QT_TRANSLATE_NOOP("Labels", "Demonstration")),
    (ManifestationKind.MEETING, QT_TRANSLATE_NOOP("Labels", "Meeting")),
    (ManifestationKind.RELIGIOUS_GATHERING, QT_TRANSLATE_NOOP("Labels", "Religious or belief gathering")),
    (PlaceType.PUBLIC, QT_TRANSLATE_NOOP("Labels", "Public place")),
    (PlaceType.NON_PUBLIC, QT_TRANSLATE_NOOP("Labels", "Non-public place, open to the public")),
    (PlaceType.NEAR_EMBASSY, QT_TRANSLATE_NOOP("Labels", "Near an embassy or international organisation")),
    (Risk.LOW, QT_TRANSLATE_NOOP("Labels", "Low")),
    (Risk.SOME, QT_TRANSLATE_NOOP("Labels", "Some risk")),
    (Risk.HIGH, QT_TRANSLATE_NOOP("Labels", "High")),
    (Risk.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "Cannot be assessed")),
    (Status.RECEIVED, QT_TRANSLATE_NOOP("Labels", "Received")),
    (Status.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (Status.COORDINATED, QT_TRANSLATE_NOOP("Labels", "Coordinated with police")),
    (Status.DECIDED, QT_TRANSLATE_NOOP("Labels", "Decision taken")),
    (Status.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (Status.WITHDRAWN, QT_TRANSLATE_NOOP("Labels", "Withdrawn")),
    (Decision.NO_MEASURES, QT_TRANSLATE_NOOP("Labels", "No conditions")),
    (Decision.CONDITIONS, QT_TRANSLATE_NOOP("Labels", "Conditions")),
    (Decision.RESTRICTIONS, QT_TRANSLATE_NOOP("Labels", "Restrictions")),
    (Decision.BAN, QT_TRANSLATE_NOOP("Labels", "Ban")),
    (DecisionGround.HEALTH, QT_TRANSLATE_NOOP("Labels", "Protection of health (Wom art. 2 sub a)")),
    (DecisionGround.TRAFFIC, QT_TRANSLATE_NOOP("Labels", "In the interest of traffic (Wom art. 2 sub b)")),
    (DecisionGround.DISORDER, QT_TRANSLATE_NOOP("Labels", "Preventing or fighting disorder (Wom art. 2 sub c)")),
    (DecisionGround.LATE_NOTIFICATION, QT_TRANSLATE_NOOP("Labels", "Notification not on time (Wom art. 5 par. 2 sub a)")),
    (DecisionGround.INCOMPLETE_DATA, QT_TRANSLATE_NOOP("Labels", "Required data not given on time (Wom art. 5 par. 2 sub a)")),
    (DecisionGround.NEAR_EMBASSY, QT_TRANSLATE_NOOP("Labels", "Protection of diplomatic premises (Wom art. 9)")),
    (Channel.FORM, QT_TRANSLATE_NOOP("Labels", "Form")),
    (Channel.EMAIL, QT_TRANSLATE_NOOP("Labels", "E-mail")),
    (Channel.PHONE, QT_TRANSLATE_NOOP("Labels", "Phone")),
    (Channel.IN_PERSON, QT_TRANSLATE_NOOP("Labels", "In person")),
    (Channel.POLICE, QT_TRANSLATE_NOOP("Labels", "Via police (outside office hours)")),
    # events
    (EventKind.EVENT, QT_TRANSLATE_NOOP("Labels", "Event")),
    (EventKind.SMALL_EVENT, QT_TRANSLATE_NOOP("Labels", "Small event")),
    (EventKind.KINGS_DAY, QT_TRANSLATE_NOOP("Labels", "King's Day")),
    (EventKind.NEW_YEARS_EVE, QT_TRANSLATE_NOOP("Labels", "New Year's Eve")),
    (EventKind.FOOTBALL_MATCH, QT_TRANSLATE_NOOP("Labels", "Football match")),
    (EventKind.SPORTS_EVENT, QT_TRANSLATE_NOOP("Labels", "Sports event")),
    (EventKind.DIGNITARY_VISIT, QT_TRANSLATE_NOOP("Labels", "Visit of a dignitary")),
    (EventKind.OFFENDER_RETURN, QT_TRANSLATE_NOOP("Labels", "Return of an offender")),
    (EventKind.COMMEMORATION, QT_TRANSLATE_NOOP("Labels", "Commemoration")),
    (EventKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (EventRiskClass.ZERO, QT_TRANSLATE_NOOP("Labels", "Class 0 (notification only)")),
    (EventRiskClass.A, QT_TRANSLATE_NOOP("Labels", "Class A (regular)")),
    (EventRiskClass.B, QT_TRANSLATE_NOOP("Labels", "Class B (attention)")),
    (EventRiskClass.C, QT_TRANSLATE_NOOP("Labels", "Class C (high risk)")),
    (MatchRiskClass.A, QT_TRANSLATE_NOOP("Labels", "Category A")),
    (MatchRiskClass.B, QT_TRANSLATE_NOOP("Labels", "Category B")),
    (MatchRiskClass.C, QT_TRANSLATE_NOOP("Labels", "Category C (high risk)")),
    (PermitStatus.NOT_REQUIRED, QT_TRANSLATE_NOOP("Labels", "No permit required")),
    (PermitStatus.NOT_APPLIED, QT_TRANSLATE_NOOP("Labels", "Not applied for yet")),
    (PermitStatus.APPLIED, QT_TRANSLATE_NOOP("Labels", "Applied for")),
    (PermitStatus.EXTENDED, QT_TRANSLATE_NOOP("Labels", "Decision term extended")),
    (PermitStatus.GRANTED, QT_TRANSLATE_NOOP("Labels", "Granted")),
    (PermitStatus.REFUSED, QT_TRANSLATE_NOOP("Labels", "Refused")),
    (PermitStatus.WITHDRAWN, QT_TRANSLATE_NOOP("Labels", "Application withdrawn")),
    (AdviceStatus.NOT_NEEDED, QT_TRANSLATE_NOOP("Labels", "Not needed")),
    (AdviceStatus.REQUESTED, QT_TRANSLATE_NOOP("Labels", "Requested")),
    (AdviceStatus.RECEIVED, QT_TRANSLATE_NOOP("Labels", "Received")),
    (AdviceStatus.OVERDUE, QT_TRANSLATE_NOOP("Labels", "Overdue")),
    (EventStatus.REGISTERED, QT_TRANSLATE_NOOP("Labels", "Registered")),
    (EventStatus.IN_PREPARATION, QT_TRANSLATE_NOOP("Labels", "In preparation")),
    (EventStatus.READY, QT_TRANSLATE_NOOP("Labels", "Preparation complete")),
    (EventStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
    (EventStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (FireworksRule.NONE, QT_TRANSLATE_NOOP("Labels", "National rules only")),
    (FireworksRule.BAN_ZONES, QT_TRANSLATE_NOOP("Labels", "Fireworks-free zones")),
    (FireworksRule.CITY_BAN, QT_TRANSLATE_NOOP("Labels", "Fireworks ban in the whole city")),
    # crisis scenarios
    (ScenarioKind.TERRORISM, QT_TRANSLATE_NOOP("Labels", "Terrorism")),
    (ScenarioKind.PANDEMIC, QT_TRANSLATE_NOOP("Labels", "Pandemic")),
    (ScenarioKind.CYBER, QT_TRANSLATE_NOOP("Labels", "Cyber crisis")),
    (ScenarioKind.FLOODING, QT_TRANSLATE_NOOP("Labels", "Flooding and natural hazards")),
    (ScenarioKind.MAJOR_ACCIDENT, QT_TRANSLATE_NOOP("Labels", "Major accident")),
    (ScenarioKind.RIOTS, QT_TRANSLATE_NOOP("Labels", "Riots")),
    (ScenarioKind.UTILITY_FAILURE, QT_TRANSLATE_NOOP("Labels", "Utility failure")),
    (Discipline.FIRE_SERVICE, QT_TRANSLATE_NOOP("Labels", "Fire service")),
    (Discipline.POLICE, QT_TRANSLATE_NOOP("Labels", "Police")),
    (Discipline.GHOR, QT_TRANSLATE_NOOP("Labels", "Medical (GHOR)")),
    (Discipline.POPULATION_CARE, QT_TRANSLATE_NOOP("Labels", "Population care (municipality)")),
    (Discipline.PUBLIC_PROSECUTOR, QT_TRANSLATE_NOOP("Labels", "Public prosecutor (OM)")),
    (Discipline.SAFETY_REGION, QT_TRANSLATE_NOOP("Labels", "Safety region (VRU)")),
    (Discipline.WATER_BOARD, QT_TRANSLATE_NOOP("Labels", "Water board")),
    (Discipline.RIJKSWATERSTAAT, QT_TRANSLATE_NOOP("Labels", "Rijkswaterstaat")),
    (Discipline.PRORAIL, QT_TRANSLATE_NOOP("Labels", "ProRail")),
    (Discipline.NCTV, QT_TRANSLATE_NOOP("Labels", "NCTV")),
    (Discipline.DEFENCE, QT_TRANSLATE_NOOP("Labels", "Defence")),
    (Discipline.RED_CROSS, QT_TRANSLATE_NOOP("Labels", "Red Cross")),
    (PopulationCareProcess.CRISIS_COMMUNICATION, QT_TRANSLATE_NOOP("Labels", "Crisis communication")),
    (PopulationCareProcess.PUBLIC_CARE, QT_TRANSLATE_NOOP("Labels", "Public care (shelter, care)")),
    (PopulationCareProcess.INFORMING_RELATIVES, QT_TRANSLATE_NOOP("Labels", "Informing relatives")),
    (PopulationCareProcess.ENVIRONMENTAL_CARE, QT_TRANSLATE_NOOP("Labels", "Environmental care")),
    (PopulationCareProcess.AFTERCARE, QT_TRANSLATE_NOOP("Labels", "Aftercare and recovery")),
    # exercises and incidents
    (InjectChannel.PHONE, QT_TRANSLATE_NOOP("Labels", "Phone")),
    (InjectChannel.EMAIL, QT_TRANSLATE_NOOP("Labels", "E-mail")),
    (InjectChannel.MEDIA, QT_TRANSLATE_NOOP("Labels", "Media")),
    (InjectChannel.SOCIAL_MEDIA, QT_TRANSLATE_NOOP("Labels", "Social media")),
    (InjectChannel.RADIO, QT_TRANSLATE_NOOP("Labels", "Radio (portofoon)")),
    (InjectChannel.MESSAGE, QT_TRANSLATE_NOOP("Labels", "Text message")),
    (InjectChannel.IN_PERSON, QT_TRANSLATE_NOOP("Labels", "In person")),
    (InjectChannel.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (LogCategory.PICTURE, QT_TRANSLATE_NOOP("Labels", "Picture")),
    (LogCategory.JUDGEMENT, QT_TRANSLATE_NOOP("Labels", "Judgement")),
    (LogCategory.DECISION, QT_TRANSLATE_NOOP("Labels", "Decision")),
    (LogCategory.ACTION, QT_TRANSLATE_NOOP("Labels", "Action")),
    (LogCategory.COMMUNICATION, QT_TRANSLATE_NOOP("Labels", "Communication")),
    (LogSource.TEAM, QT_TRANSLATE_NOOP("Labels", "Team")),
    (LogSource.INJECT, QT_TRANSLATE_NOOP("Labels", "Inject")),
    (LogSource.CLOCK, QT_TRANSLATE_NOOP("Labels", "Exercise clock")),
    (LogSource.GRIP, QT_TRANSLATE_NOOP("Labels", "GRIP")),
    (ActionStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (ActionStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (ActionStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
    (ActionStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (FindingKind.OBSERVATION, QT_TRANSLATE_NOOP("Labels", "Observation")),
    (FindingKind.LESSON, QT_TRANSLATE_NOOP("Labels", "Lesson")),
    (FindingKind.IMPROVEMENT, QT_TRANSLATE_NOOP("Labels", "Improvement action")),
    (ClockStatus.NOT_STARTED, QT_TRANSLATE_NOOP("Labels", "Not started")),
    (ClockStatus.RUNNING, QT_TRANSLATE_NOOP("Labels", "Running")),
    (ClockStatus.PAUSED, QT_TRANSLATE_NOOP("Labels", "Paused")),
    (ClockStatus.ENDED, QT_TRANSLATE_NOOP("Labels", "Ended")),
    # checklists
    (ItemStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (ItemStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "Busy")),
    (ItemStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
    (ItemStatus.NOT_APPLICABLE, QT_TRANSLATE_NOOP("Labels", "N/a")),
)
_LABELS: dict[tuple[type, str], str] = {(type(member), member.value): text for member, text in _LABEL_PAIRS}

_ERRORS = {
    "required": QT_TRANSLATE_NOOP("Errors", "This field is required."),
    "organiser_required": QT_TRANSLATE_NOOP("Errors", "Give the organiser's name or organisation."),
    "email_invalid": QT_TRANSLATE_NOOP("Errors", "This is not a valid e-mail address."),
    "end_before_start": QT_TRANSLATE_NOOP("Errors", "The end lies before (or at) the start."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "A manifestation of more than {days} days: check the dates."),
    "in_future": QT_TRANSLATE_NOOP("Errors", "This moment lies in the future."),
    "participants_too_few": QT_TRANSLATE_NOOP("Errors", "Expected participants must be at least 1."),
    "participants_absurd": QT_TRANSLATE_NOOP("Errors", "More than {max} participants is not plausible: check the number."),
    "reason_required": QT_TRANSLATE_NOOP("Errors", "Give the special circumstances for accepting a late notification."),
    "decided_by_required": QT_TRANSLATE_NOOP("Errors", "Say who decided to shorten the term."),
    "ground_required": QT_TRANSLATE_NOOP("Errors", "Choose at least one legal ground for this decision."),
    "ground_not_allowed": QT_TRANSLATE_NOOP("Errors", "This ground is not allowed for this decision or place."),
    "conditions_required": QT_TRANSLATE_NOOP("Errors", "Describe the conditions or restrictions."),
    "decision_required": QT_TRANSLATE_NOOP("Errors", "Record the decision before this status."),
    "transition_not_allowed": QT_TRANSLATE_NOOP("Errors", "This status change is not allowed."),
    "not_found": QT_TRANSLATE_NOOP("Errors", "Notification #{id} does not exist."),
    "self_reference": QT_TRANSLATE_NOOP("Errors", "A notification cannot be a counter-demonstration to itself."),
    "nonexistent_time": QT_TRANSLATE_NOOP("Errors", "This time does not exist: clocks go forward from 02:00 to 03:00 that night."),
    "single_person": QT_TRANSLATE_NOOP("Errors", "A one-person action needs no notification under the Wom."),
    "content_terms": QT_TRANSLATE_NOOP("Errors", "The conditions seem to be about content ({terms}); the Wom forbids that (art. 5 par. 3)."),
    # events and scenarios
    "visitors_too_few": QT_TRANSLATE_NOOP("Errors", "Expected visitors must be at least 1."),
    "visitors_absurd": QT_TRANSLATE_NOOP("Errors", "More than {max} visitors is not plausible: check the number."),
    "away_supporters_invalid": QT_TRANSLATE_NOOP("Errors", "The maximum number of away supporters must lie between 0 and {max}."),
    "without_public_has_supporters": QT_TRANSLATE_NOOP("Errors", "A match without public admits no away supporters."),
    "zones_required": QT_TRANSLATE_NOOP("Errors", "Name at least one fireworks-free zone."),
    "decided_before_applied": QT_TRANSLATE_NOOP("Errors", "The decision lies before the application."),
    "unknown_grip_level": QT_TRANSLATE_NOOP("Errors", "Unknown GRIP level {code}."),
    "empty_entry": QT_TRANSLATE_NOOP("Errors", "Remove the empty entry from the list."),
    "class_differs_from_scan": QT_TRANSLATE_NOOP("Errors", "The class set ({set}) differs from the risk scan's advice ({scan}): record why."),
    "advice_expected": QT_TRANSLATE_NOOP("Errors", "Risk class B or C: advice from fire service, police and GHOR is expected."),
    # checklists and partners
    "duplicate_name": QT_TRANSLATE_NOOP("Errors", "A partner with this name already exists."),
    "already_applied": QT_TRANSLATE_NOOP("Errors", "The template '{name}' has already been applied to this record."),
    "anchor_required": QT_TRANSLATE_NOOP("Errors", "A scenario has no start: give the moment the due moments count from (e.g. the scale-up)."),
    "offset_invalid": QT_TRANSLATE_NOOP("Errors", "Due: {problem}"),
    "template_unknown": QT_TRANSLATE_NOOP("Errors", "There is no template '{key}'."),
    "template_wrong_kind": QT_TRANSLATE_NOOP("Errors", "This template is meant for another kind of record."),
    "template_name_taken": QT_TRANSLATE_NOOP("Errors", "A template named '{name}' already exists: choose another name."),
    "template_invalid": QT_TRANSLATE_NOOP("Errors", "The template cannot be saved: {problem}"),
    "offset_out_of_range": QT_TRANSLATE_NOOP("Errors", "The time after the start must lie between T+0 and T+{max} minutes."),
}

_STORAGE = {
    "locked": QT_TRANSLATE_NOOP("Errors", "The database is in use by someone else; nothing was saved. Try again in a moment."),
    "read_only": QT_TRANSLATE_NOOP("Errors", "The database is read-only; nothing was saved."),
    "unavailable": QT_TRANSLATE_NOOP("Errors", "The database cannot be reached; nothing was saved."),
    "read_only_mode": QT_TRANSLATE_NOOP("Errors", "This desk is in read-only mode (observer); nothing was changed."),
}


def label(code: object) -> str:
    """The word for an enum member (a wijk is its own name)."""
    if code is None:
        return ""
    if isinstance(code, District):
        return code.value
    if not isinstance(code, Enum):
        raise TypeError(f"no label for {code!r}")
    return translate("Labels", _LABELS[(type(code), code.value)])


def error_message(error: FieldError) -> str:
    return translate("Errors", _ERRORS[error.code]).format(**error.params)


def storage_message(reason: str) -> str:
    return translate("Errors", _STORAGE.get(reason, _STORAGE["unavailable"]))


def term_label(on_time: bool, late_accepted: bool = False) -> str:
    if on_time:
        return translate("Labels", "On time")
    if late_accepted:
        return translate("Labels", "Late, term shortened")
    return translate("Labels", "Late")


def late_notice() -> str:
    """What to show for a late notification: a possibility, never a conclusion."""
    return translate("Labels", "Not on time — shortening the term or a ban is possible (Wom art. 5 par. 2 sub a)")


_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekday", "Mon"),
    QT_TRANSLATE_NOOP("Weekday", "Tue"),
    QT_TRANSLATE_NOOP("Weekday", "Wed"),
    QT_TRANSLATE_NOOP("Weekday", "Thu"),
    QT_TRANSLATE_NOOP("Weekday", "Fri"),
    QT_TRANSLATE_NOOP("Weekday", "Sat"),
    QT_TRANSLATE_NOOP("Weekday", "Sun"),
)


def format_moment(value: datetime | None, weekday: bool = True) -> str:
    """"ma 16-03-2026 10:00" in Amsterdam time."""
    if value is None:
        return ""
    local = to_local(value)
    text = local.strftime("%d-%m-%Y %H:%M")
    if weekday:
        return f"{translate('Weekday', _WEEKDAYS[local.weekday()])} {text}"
    return text


def format_duration(delta: timedelta) -> str:
    """"2 d 4 u" / "3 u 15 min" — time left until a start."""
    minutes = int(delta.total_seconds() // 60)
    negative = minutes < 0
    minutes = abs(minutes)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        text = translate("Labels", "{d} d {h} h").format(d=days, h=hours)
    elif hours:
        text = translate("Labels", "{h} h {m} min").format(h=hours, m=mins)
    else:
        text = translate("Labels", "{m} min").format(m=mins)
    return f"-{text}" if negative else text


# Field names of a notification, for the conflict dialog and the audit trail.
_FIELDS = {
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "place_type": QT_TRANSLATE_NOOP("Fields", "Type of place"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "Purpose"),
    "start_at": QT_TRANSLATE_NOOP("Fields", "Start"),
    "end_at": QT_TRANSLATE_NOOP("Fields", "End"),
    "location": QT_TRANSLATE_NOOP("Fields", "Place"),
    "district": QT_TRANSLATE_NOOP("Fields", "Wijk"),
    "received_at": QT_TRANSLATE_NOOP("Fields", "Received at"),
    "channel": QT_TRANSLATE_NOOP("Fields", "Channel"),
    "risk": QT_TRANSLATE_NOOP("Fields", "Risk"),
    "organiser_name": QT_TRANSLATE_NOOP("Fields", "Organiser's name"),
    "organiser_address": QT_TRANSLATE_NOOP("Fields", "Organiser's address"),
    "organiser_phone": QT_TRANSLATE_NOOP("Fields", "Organiser's phone"),
    "organiser_email": QT_TRANSLATE_NOOP("Fields", "Organiser's e-mail"),
    "organiser_organisation": QT_TRANSLATE_NOOP("Fields", "Organisation"),
    "route": QT_TRANSLATE_NOOP("Fields", "Route"),
    "route_start": QT_TRANSLATE_NOOP("Fields", "Route start"),
    "route_end": QT_TRANSLATE_NOOP("Fields", "Route end"),
    "composition": QT_TRANSLATE_NOOP("Fields", "Composition"),
    "organiser_measures": QT_TRANSLATE_NOOP("Fields", "Organiser's own measures"),
    "expected_participants": QT_TRANSLATE_NOOP("Fields", "Expected participants"),
    "counter_to_id": QT_TRANSLATE_NOOP("Fields", "Counter-demonstration to"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "late_accepted": QT_TRANSLATE_NOOP("Fields", "Late notification accepted"),
    "late_accepted_reason": QT_TRANSLATE_NOOP("Fields", "Special circumstances"),
    "late_accepted_by": QT_TRANSLATE_NOOP("Fields", "Term shortened by"),
    "late_accepted_at": QT_TRANSLATE_NOOP("Fields", "Term shortened at"),
    "decision": QT_TRANSLATE_NOOP("Fields", "Decision"),
    "decision_grounds": QT_TRANSLATE_NOOP("Fields", "Legal grounds"),
    "decision_conditions": QT_TRANSLATE_NOOP("Fields", "Conditions or restrictions"),
    "decided_by": QT_TRANSLATE_NOOP("Fields", "Decided by"),
    "decided_at": QT_TRANSLATE_NOOP("Fields", "Decided at"),
    "decision_made_known_at": QT_TRANSLATE_NOOP("Fields", "Decision made known at"),
    "rule_name": QT_TRANSLATE_NOOP("Fields", "Notice rule"),
    "notice_deadline": QT_TRANSLATE_NOOP("Fields", "Deadline"),
    "on_time": QT_TRANSLATE_NOOP("Fields", "On time"),
    "duration_minutes": QT_TRANSLATE_NOOP("Fields", "Duration (minutes)"),
    "created_at": QT_TRANSLATE_NOOP("Fields", "Registered at"),
    "created_by": QT_TRANSLATE_NOOP("Fields", "Registered by"),
    "updated_at": QT_TRANSLATE_NOOP("Fields", "Last changed at"),
    "updated_by": QT_TRANSLATE_NOOP("Fields", "Last changed by"),
}


def field_label(name: str) -> str:
    """The word for a field of a notification (the code itself when there is none)."""
    text = _FIELDS.get(name)
    return translate("Fields", text) if text is not None else name


def format_value(value: object) -> str:
    """A stored value as a person reads it: labels for codes, Amsterdam time for moments."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, bool):
        return translate("Labels", "Yes") if value else translate("Labels", "No")
    if isinstance(value, datetime):
        return format_moment(value)
    if isinstance(value, tuple | list):
        return "; ".join(format_value(v) for v in value)
    if isinstance(value, Enum) and ((type(value), value.value) in _LABELS or isinstance(value, District)):
        return label(value)
    return str(value)

"""Words for the domain's codes, on screen, on paper and on the command line.

The domain speaks in codes (enums, error codes); this module turns them into the
current language through the one translation catalogue (see ``crisisdesk.i18n``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import Enum

from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.enums import (
    BanGround,
    Capacity,
    Channel,
    Decision,
    DecisionGround,
    District,
    MadeKnownChannel,
    ManifestationKind,
    PlaceType,
    Risk,
    Status,
)
from crisisdesk.domain.timeutil import to_local
from crisisdesk.i18n import QT_TRANSLATE_NOOP, translate

# Pairs, not a dict literal: members of different enums with the same code (Status and
# PermitStatus both have "withdrawn") compare equal and would overwrite each other.
# The register's codes (crisisdesk.domain.enums) are here from the start; the other
# features' codes come with ``_feature_pairs`` on the first label asked of one of them,
# so the register's first screen does not import every feature's domain modules.
# ``_LABEL_PAIRS`` is all of them.
_REGISTER_PAIRS: tuple[tuple[Enum, str], ...] = (
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
    (DecisionGround.HEALTH, QT_TRANSLATE_NOOP("Labels", "the protection of health")),
    (DecisionGround.TRAFFIC, QT_TRANSLATE_NOOP("Labels", "the interest of traffic")),
    (DecisionGround.DISORDER, QT_TRANSLATE_NOOP("Labels", "fighting or preventing disorder")),
    (DecisionGround.LATE_NOTIFICATION, QT_TRANSLATE_NOOP("Labels", "notification not on time (old record)")),
    (DecisionGround.INCOMPLETE_DATA, QT_TRANSLATE_NOOP("Labels", "data not given on time (old record)")),
    (DecisionGround.NEAR_EMBASSY, QT_TRANSLATE_NOOP("Labels", "near an embassy (old record; art. 9 is no ground)")),
    (BanGround.LATE, QT_TRANSLATE_NOOP("Labels", "a: the notification was not made on time")),
    (BanGround.DATA_LATE, QT_TRANSLATE_NOOP("Labels", "b: the required data were not given on time")),
    (BanGround.INTEREST, QT_TRANSLATE_NOOP("Labels", "c: an interest of article 2 requires it")),
    (Capacity.MAYOR, QT_TRANSLATE_NOOP("Labels", "Mayor")),
    (Capacity.DEPUTY_MAYOR, QT_TRANSLATE_NOOP("Labels", "Deputy mayor")),
    (Capacity.MANDATE, QT_TRANSLATE_NOOP("Labels", "On behalf of the mayor (mandate)")),
    (MadeKnownChannel.LETTER, QT_TRANSLATE_NOOP("Labels", "By letter")),
    (MadeKnownChannel.EMAIL, QT_TRANSLATE_NOOP("Labels", "By e-mail")),
    (MadeKnownChannel.IN_PERSON, QT_TRANSLATE_NOOP("Labels", "In person")),
    (MadeKnownChannel.PHONE, QT_TRANSLATE_NOOP("Labels", "By phone")),
    (Channel.FORM, QT_TRANSLATE_NOOP("Labels", "Form")),
    (Channel.EMAIL, QT_TRANSLATE_NOOP("Labels", "E-mail")),
    (Channel.PHONE, QT_TRANSLATE_NOOP("Labels", "Phone")),
    (Channel.IN_PERSON, QT_TRANSLATE_NOOP("Labels", "In person")),
    (Channel.POLICE, QT_TRANSLATE_NOOP("Labels", "Via police (outside office hours)")),
)


def _feature_pairs() -> tuple[tuple[Enum, str], ...]:
    """The codes of events, scenarios, exercises, places and checklists (their modules load here)."""
    from crisisdesk.domain.checklists.rules import ItemStatus
    from crisisdesk.domain.events.rules import (
        AdviceStatus,
        EventKind,
        EventRiskClass,
        EventStatus,
        FireworksRule,
        MatchRiskClass,
        PermitStatus,
        PermitWarning,
    )
    from crisisdesk.domain.geo.points import PlaceRole
    from crisisdesk.domain.operations.exercise_clock import ClockStatus
    from crisisdesk.domain.operations.records import ActionStatus, FindingKind, InjectChannel, LogCategory, LogSource
    from crisisdesk.domain.scenarios.rules import Discipline, PopulationCareProcess, ScenarioKind

    return (
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
        (LogSource.CONTROL, QT_TRANSLATE_NOOP("Labels", "Exercise control")),
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
        (PlaceRole.LOCATION, QT_TRANSLATE_NOOP("Labels", "Location")),
        (PlaceRole.ROUTE_START, QT_TRANSLATE_NOOP("Labels", "Start of the route")),
        (PlaceRole.ROUTE_VIA, QT_TRANSLATE_NOOP("Labels", "Via (route)")),
        (PlaceRole.ROUTE_END, QT_TRANSLATE_NOOP("Labels", "End of the route")),
        (PermitWarning.UNDER_WAY, QT_TRANSLATE_NOOP("Labels", "Under way without a permit decision")),
        (PermitWarning.BEFORE_DECISION, QT_TRANSLATE_NOOP("Labels", "Starts before its permit decision is due")),
        (PermitWarning.SOON, QT_TRANSLATE_NOOP("Labels", "Starts soon without a permit decision")),
        # checklists
        (ItemStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
        (ItemStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "Busy")),
        (ItemStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
        (ItemStatus.NOT_APPLICABLE, QT_TRANSLATE_NOOP("Labels", "N/a")),
    )


_LABELS: dict[tuple[type, str], str] = {(type(member), member.value): text for member, text in _REGISTER_PAIRS}
_FEATURES_LOADED = False


def _label_text(code: Enum) -> str | None:
    """The untranslated words for ``code``, or None when it has none."""
    global _FEATURES_LOADED
    key = (type(code), code.value)
    text = _LABELS.get(key)
    if text is None and not _FEATURES_LOADED:
        _LABELS.update(((type(member), member.value), words) for member, words in _feature_pairs())
        _FEATURES_LOADED = True
        text = _LABELS.get(key)
    return text


def __getattr__(name: str) -> object:
    if name == "_LABEL_PAIRS":  # every pair, for the checks that no code is labelled twice
        return _REGISTER_PAIRS + _feature_pairs()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_ERRORS = {
    "required": QT_TRANSLATE_NOOP("Errors", "This field is required."),
    "text_too_long": QT_TRANSLATE_NOOP("Errors", "Too long: at most {max} characters."),
    "nul_character": QT_TRANSLATE_NOOP("Errors", "Contains a NUL character, which cannot be stored; remove it."),
    "date_out_of_range": QT_TRANSLATE_NOOP("Errors", "A date outside the years {first}–{last}: check the year."),
    "organiser_required": QT_TRANSLATE_NOOP("Errors", "Give the organiser's name or organisation."),
    "email_invalid": QT_TRANSLATE_NOOP("Errors", "This is not a valid e-mail address."),
    "end_before_start": QT_TRANSLATE_NOOP("Errors", "The end lies before (or at) the start."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "A manifestation of more than {days} days: check the dates."),
    "in_future": QT_TRANSLATE_NOOP("Errors", "This moment lies in the future."),
    "outside_window": QT_TRANSLATE_NOOP("Errors", "Outside {first} – {last}: check the date (the range is a setting)."),
    "participants_too_few": QT_TRANSLATE_NOOP("Errors", "Expected participants must be at least 1."),
    "participants_absurd": QT_TRANSLATE_NOOP("Errors", "More than {max} participants is not plausible: check the number."),
    "head_count_unreadable": QT_TRANSLATE_NOOP("Errors", "Give a number (\"150\") or a range (\"150-200\", \"150 à 200\")."),
    "head_count_range_reversed": QT_TRANSLATE_NOOP("Errors", "The second number of a range must be the larger one."),
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
    "content_terms": QT_TRANSLATE_NOOP("Errors", "Measure {number} seems to be about content ({terms}); the Wom forbids that (art. 5 par. 3). Reword it, or explain in its note why it is not about content: until then no letter is printed."),
    # the decision record
    "no_advance_measures_non_public": QT_TRANSLATE_NOOP("Errors", "In a non-public place (Wom art. 8) the mayor sets no conditions, restrictions or ban in advance; only an order to end a manifestation under way."),
    "measures_required": QT_TRANSLATE_NOOP("Errors", "Add at least one measure."),
    "measure_text_required": QT_TRANSLATE_NOOP("Errors", "Measure {number} has no text."),
    "measure_interest_required": QT_TRANSLATE_NOOP("Errors", "Measure {number}: tick the interest of art. 2 it serves (health, traffic, disorder)."),
    "measure_interest_not_allowed": QT_TRANSLATE_NOOP("Errors", "Measure {number} may only serve health, traffic or disorder (Wom art. 2)."),
    "motivation_required": QT_TRANSLATE_NOOP("Errors", "Give the motivation: the facts, and why the measure is necessary and proportionate (Awb 3:46)."),
    "ban_ground_required": QT_TRANSLATE_NOOP("Errors", "Choose the ground of the ban: art. 5 par. 2 under a, b or c."),
    "ban_interest_required": QT_TRANSLATE_NOOP("Errors", "A ban under c: tick the interest of art. 2 that requires it."),
    "ban_late_but_on_time": QT_TRANSLATE_NOOP("Errors", "The notification was on time: a ban cannot rest on lateness (under a)."),
    "lateness_weighing_required": QT_TRANSLATE_NOOP("Errors", "A ban on lateness needs the weighing: what did the late notification make impossible?"),
    "ban_alternatives_required": QT_TRANSLATE_NOOP("Errors", "Say why conditions or restrictions would not suffice: a ban is the last resort."),
    "decision_date_required": QT_TRANSLATE_NOOP("Errors", "Give the date of the decision."),
    "decision_before_receipt": QT_TRANSLATE_NOOP("Errors", "The decision date lies before the notification was received."),
    "decider_required": QT_TRANSLATE_NOOP("Errors", "Give the name of who decided."),
    "capacity_required": QT_TRANSLATE_NOOP("Errors", "Choose in which capacity: mayor, deputy mayor, or on behalf of the mayor under a mandate."),
    "mandate_function_required": QT_TRANSLATE_NOOP("Errors", "A decision under a mandate: give the official's function."),
    "made_known_how_required": QT_TRANSLATE_NOOP("Errors", "Say how the decision was made known (Wom art. 5 par. 4)."),
    "made_known_before_decision": QT_TRANSLATE_NOOP("Errors", "The decision cannot have been made known before it was taken."),
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
    # exercises and incidents: actions and BOB meetings
    "deadline_required": QT_TRANSLATE_NOOP("Errors", "Choose a deadline for the action: by when must it be done?"),
    "deadline_in_past": QT_TRANSLATE_NOOP("Errors", "This deadline has already passed: choose a moment after now."),
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
    text = _label_text(code)
    if text is None:
        raise KeyError((type(code), code.value))
    return translate("Labels", text)


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
    "expected_participants_max": QT_TRANSLATE_NOOP("Fields", "Expected participants (at most)"),
    "mail_original": QT_TRANSLATE_NOOP("Fields", "Original e-mail"),
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
    "decision_measures": QT_TRANSLATE_NOOP("Fields", "Measures"),
    "decision_motivation": QT_TRANSLATE_NOOP("Fields", "Motivation"),
    "decision_ban_ground": QT_TRANSLATE_NOOP("Fields", "Ground of the ban"),
    "decision_ban_interests": QT_TRANSLATE_NOOP("Fields", "Interests requiring the ban"),
    "decision_ban_alternatives": QT_TRANSLATE_NOOP("Fields", "Why milder measures do not suffice"),
    "decision_lateness_weighing": QT_TRANSLATE_NOOP("Fields", "Weighing of the lateness"),
    "decision_date": QT_TRANSLATE_NOOP("Fields", "Decision date"),
    "decided_capacity": QT_TRANSLATE_NOOP("Fields", "Capacity"),
    "decided_function": QT_TRANSLATE_NOOP("Fields", "Function (mandate)"),
    "decision_made_known_how": QT_TRANSLATE_NOOP("Fields", "Made known how"),
    "rule_name": QT_TRANSLATE_NOOP("Fields", "Notice rule"),
    "notice_deadline": QT_TRANSLATE_NOOP("Fields", "Deadline"),
    "on_time": QT_TRANSLATE_NOOP("Fields", "On time"),
    "duration_minutes": QT_TRANSLATE_NOOP("Fields", "Duration (minutes)"),
    "created_at": QT_TRANSLATE_NOOP("Fields", "Registered at"),
    "created_by": QT_TRANSLATE_NOOP("Fields", "Registered by"),
    "updated_at": QT_TRANSLATE_NOOP("Fields", "Last changed at"),
    "updated_by": QT_TRANSLATE_NOOP("Fields", "Last changed by"),
    "decision_review": QT_TRANSLATE_NOOP("Fields", "Decision to be reviewed"),
    # events
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "expected_visitors": QT_TRANSLATE_NOOP("Fields", "Expected visitors"),
    "risk_scan_advice": QT_TRANSLATE_NOOP("Fields", "Risk scan advice"),
    "risk_class": QT_TRANSLATE_NOOP("Fields", "Risk class"),
    "permit_status": QT_TRANSLATE_NOOP("Fields", "Permit"),
    "permit_applied_at": QT_TRANSLATE_NOOP("Fields", "Permit applied for at"),
    "permit_decision_deadline": QT_TRANSLATE_NOOP("Fields", "Permit decision due"),
    "permit_decided_at": QT_TRANSLATE_NOOP("Fields", "Permit decided at"),
    "advice_fire": QT_TRANSLATE_NOOP("Fields", "Advice fire service"),
    "advice_police": QT_TRANSLATE_NOOP("Fields", "Advice police"),
    "advice_ghor": QT_TRANSLATE_NOOP("Fields", "Advice GHOR"),
    "opponent": QT_TRANSLATE_NOOP("Fields", "Opponent"),
    "match_risk_class": QT_TRANSLATE_NOOP("Fields", "Match category"),
    "combi_regulation": QT_TRANSLATE_NOOP("Fields", "Combi-regeling"),
    "max_away_supporters": QT_TRANSLATE_NOOP("Fields", "Maximum away supporters"),
    "without_public": QT_TRANSLATE_NOOP("Fields", "Without public"),
    "security_risk_area": QT_TRANSLATE_NOOP("Fields", "Security risk area"),
    "camera_surveillance": QT_TRANSLATE_NOOP("Fields", "Camera surveillance"),
    "fireworks_rule": QT_TRANSLATE_NOOP("Fields", "Fireworks"),
    "fireworks_zones": QT_TRANSLATE_NOOP("Fields", "Fireworks-free zones"),
    "fireworks_allowed_from": QT_TRANSLATE_NOOP("Fields", "Fireworks allowed from"),
    "fireworks_allowed_until": QT_TRANSLATE_NOOP("Fields", "Fireworks allowed until"),
    # crisis scenarios and operations
    "grip_level": QT_TRANSLATE_NOOP("Fields", "GRIP level"),
    "affected_districts": QT_TRANSLATE_NOOP("Fields", "Affected wijken"),
    "disciplines": QT_TRANSLATE_NOOP("Fields", "Disciplines"),
    "partners": QT_TRANSLATE_NOOP("Fields", "Partners"),
    "population_care": QT_TRANSLATE_NOOP("Fields", "Population care processes"),
    "linked_plans": QT_TRANSLATE_NOOP("Fields", "Linked plans"),
    "exercise_only": QT_TRANSLATE_NOOP("Fields", "For exercises only"),
    "is_exercise": QT_TRANSLATE_NOOP("Fields", "Exercise"),
    "scenario_id": QT_TRANSLATE_NOOP("Fields", "Scenario"),
    "teams": QT_TRANSLATE_NOOP("Fields", "Teams"),
    "started_at": QT_TRANSLATE_NOOP("Fields", "Started at"),
    "paused_at": QT_TRANSLATE_NOOP("Fields", "Paused at"),
    "paused_seconds": QT_TRANSLATE_NOOP("Fields", "Paused (seconds)"),
    "shift_minutes": QT_TRANSLATE_NOOP("Fields", "Clock shift (minutes)"),
    "ended_at": QT_TRANSLATE_NOOP("Fields", "Ended at"),
    "operation_id": QT_TRANSLATE_NOOP("Fields", "Exercise or incident"),
    "offset_minutes": QT_TRANSLATE_NOOP("Fields", "Time after the start (minutes)"),
    "sender": QT_TRANSLATE_NOOP("Fields", "Sender"),
    "receiver": QT_TRANSLATE_NOOP("Fields", "Receiver"),
    "content": QT_TRANSLATE_NOOP("Fields", "Content"),
    "expected_action": QT_TRANSLATE_NOOP("Fields", "Expected action"),
    "observed_action": QT_TRANSLATE_NOOP("Fields", "Observed action"),
    "evaluation_note": QT_TRANSLATE_NOOP("Fields", "Evaluation note"),
    "released_at": QT_TRANSLATE_NOOP("Fields", "Released at"),
    "released_by": QT_TRANSLATE_NOOP("Fields", "Released by"),
    "released_early": QT_TRANSLATE_NOOP("Fields", "Released early"),
    "released_offset_seconds": QT_TRANSLATE_NOOP("Fields", "Released at exercise time (seconds)"),
    "inject_id": QT_TRANSLATE_NOOP("Fields", "Inject"),
    "decision_entry_id": QT_TRANSLATE_NOOP("Fields", "Decision in the logbook"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "due_at": QT_TRANSLATE_NOOP("Fields", "Due"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    "at": QT_TRANSLATE_NOOP("Fields", "Moment"),
    "exercise_seconds": QT_TRANSLATE_NOOP("Fields", "Exercise time (seconds)"),
    "source": QT_TRANSLATE_NOOP("Fields", "Source"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "author": QT_TRANSLATE_NOOP("Fields", "Author"),
    "author_role": QT_TRANSLATE_NOOP("Fields", "Author's role"),
    "corrects_id": QT_TRANSLATE_NOOP("Fields", "Corrects entry"),
    "from_level": QT_TRANSLATE_NOOP("Fields", "From level"),
    "to_level": QT_TRANSLATE_NOOP("Fields", "To level"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "recorded_by": QT_TRANSLATE_NOOP("Fields", "Recorded by"),
    "number": QT_TRANSLATE_NOOP("Fields", "Number"),
    "held_at": QT_TRANSLATE_NOOP("Fields", "Held at"),
    "chair": QT_TRANSLATE_NOOP("Fields", "Chair"),
    "attendees": QT_TRANSLATE_NOOP("Fields", "Attendees"),
    "picture": QT_TRANSLATE_NOOP("Fields", "Picture (beeld)"),
    "judgement": QT_TRANSLATE_NOOP("Fields", "Judgement (oordeel)"),
    "meeting_id": QT_TRANSLATE_NOOP("Fields", "BOB meeting"),
    # partners, checklists
    "key": QT_TRANSLATE_NOOP("Fields", "Code"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "discipline": QT_TRANSLATE_NOOP("Fields", "Discipline"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "active": QT_TRANSLATE_NOOP("Fields", "Active"),
    "function": QT_TRANSLATE_NOOP("Fields", "Function"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "phone_24h": QT_TRANSLATE_NOOP("Fields", "Phone (24 hours)"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "partner_id": QT_TRANSLATE_NOOP("Fields", "Partner"),
    "notification_id": QT_TRANSLATE_NOOP("Fields", "Notification"),
    "event_id": QT_TRANSLATE_NOOP("Fields", "Event"),
    "checklist_id": QT_TRANSLATE_NOOP("Fields", "Checklist"),
    "anchor_at": QT_TRANSLATE_NOOP("Fields", "Start (T)"),
    "templates": QT_TRANSLATE_NOOP("Fields", "Templates applied"),
    "template": QT_TRANSLATE_NOOP("Fields", "Template"),
    "position": QT_TRANSLATE_NOOP("Fields", "Position"),
    "required": QT_TRANSLATE_NOOP("Fields", "Required"),
    "offset_text": QT_TRANSLATE_NOOP("Fields", "Due after the start"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "status_at": QT_TRANSLATE_NOOP("Fields", "Status changed at"),
    "status_by": QT_TRANSLATE_NOOP("Fields", "Status changed by"),
    "changed_at": QT_TRANSLATE_NOOP("Fields", "Changed at"),
    "changed_by": QT_TRANSLATE_NOOP("Fields", "Changed by"),
    "from_status": QT_TRANSLATE_NOOP("Fields", "From status"),
    "to_status": QT_TRANSLATE_NOOP("Fields", "To status"),
    # rule sets and settings
    "municipality": QT_TRANSLATE_NOOP("Fields", "Municipality"),
    "method": QT_TRANSLATE_NOOP("Fields", "Method of counting"),
    "hours": QT_TRANSLATE_NOOP("Fields", "Hours"),
    "days": QT_TRANSLATE_NOOP("Fields", "Days"),
    "friday_noon": QT_TRANSLATE_NOOP("Fields", "Friday 12:00"),
    "good_friday": QT_TRANSLATE_NOOP("Fields", "Good Friday a holiday"),
    "valid_from": QT_TRANSLATE_NOOP("Fields", "Valid from"),
    "valid_to": QT_TRANSLATE_NOOP("Fields", "Valid until"),
    "extra_holidays": QT_TRANSLATE_NOOP("Fields", "Extra holidays"),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"),
    # places (geocoded points)
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "wijk": QT_TRANSLATE_NOOP("Fields", "Wijk"),
    "lat": QT_TRANSLATE_NOOP("Fields", "Latitude"),
    "lon": QT_TRANSLATE_NOOP("Fields", "Longitude"),
    "rd_x": QT_TRANSLATE_NOOP("Fields", "RD x"),
    "rd_y": QT_TRANSLATE_NOOP("Fields", "RD y"),
    "source_id": QT_TRANSLATE_NOOP("Fields", "Source reference"),
}

# What happened to a record, in the audit trail.
_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Audit", "created"),
    "update": QT_TRANSLATE_NOOP("Audit", "changed"),
    "delete": QT_TRANSLATE_NOOP("Audit", "deleted"),
    "anonymise": QT_TRANSLATE_NOOP("Audit", "anonymised (AVG)"),
    "retention": QT_TRANSLATE_NOOP("Audit", "retention run"),
    "mail_intake": QT_TRANSLATE_NOOP("Audit", "taken in from e-mail"),
    "export": QT_TRANSLATE_NOOP("Audit", "file exported"),
    "export_removed": QT_TRANSLATE_NOOP("Audit", "exported file removed (retention)"),
    "export_gone": QT_TRANSLATE_NOOP("Audit", "exported file already gone"),
    "export_changed": QT_TRANSLATE_NOOP("Audit", "exported file changed since; kept"),
}

# Kinds of record (table names) in the audit trail.
_RECORD_TYPES = {
    "notification": QT_TRANSLATE_NOOP("Audit", "Notification"),
    "event": QT_TRANSLATE_NOOP("Audit", "Event"),
    "event_status_change": QT_TRANSLATE_NOOP("Audit", "Status change of an event"),
    "status_change": QT_TRANSLATE_NOOP("Audit", "Status change of a notification"),
    "crisis_scenario": QT_TRANSLATE_NOOP("Audit", "Scenario"),
    "partner": QT_TRANSLATE_NOOP("Audit", "Partner"),
    "partner_contact": QT_TRANSLATE_NOOP("Audit", "Partner contact"),
    "rule_set": QT_TRANSLATE_NOOP("Audit", "Rule set"),
    "setting": QT_TRANSLATE_NOOP("Audit", "Setting"),
    "checklist": QT_TRANSLATE_NOOP("Audit", "Checklist"),
    "checklist_item": QT_TRANSLATE_NOOP("Audit", "Checklist action"),
    "operation": QT_TRANSLATE_NOOP("Audit", "Exercise or incident"),
    "inject": QT_TRANSLATE_NOOP("Audit", "Inject"),
    "exercise_finding": QT_TRANSLATE_NOOP("Audit", "Exercise finding"),
    "operation_action": QT_TRANSLATE_NOOP("Audit", "Action (BOB)"),
    "bob_meeting": QT_TRANSLATE_NOOP("Audit", "BOB meeting"),
    "log_entry": QT_TRANSLATE_NOOP("Audit", "Logbook entry"),
    "place": QT_TRANSLATE_NOOP("Audit", "Place"),
    "file": QT_TRANSLATE_NOOP("Audit", "File"),
    "retention": QT_TRANSLATE_NOOP("Audit", "Retention"),
}

# What an exported file held ("what" of an export line; a letter adds its kind).
_EXPORTS = {
    "subject access": QT_TRANSLATE_NOOP("Audit", "subject access (AVG)"),
    "audit trail": QT_TRANSLATE_NOOP("Audit", "audit trail"),
    "calendar csv": QT_TRANSLATE_NOOP("Audit", "calendar (CSV)"),
    "calendar ics": QT_TRANSLATE_NOOP("Audit", "calendar (ICS)"),
    "letter receipt": QT_TRANSLATE_NOOP("Audit", "acknowledgement of receipt"),
    "letter decision": QT_TRANSLATE_NOOP("Audit", "decision letter"),
    "mail original": QT_TRANSLATE_NOOP("Audit", "original e-mail"),
}

# Settings (the key of a setting record in the audit trail).
_SETTINGS = {
    "notice_rule_set": QT_TRANSLATE_NOOP("Audit", "Notice rule set in force"),
    "clash_buffer_minutes": QT_TRANSLATE_NOOP("Audit", "Margin between clashing records (minutes)"),
    "permit_warning_days": QT_TRANSLATE_NOOP("Audit", "Warning before a permit decision (days)"),
    "letter_letterhead": QT_TRANSLATE_NOOP("Audit", "Letterhead"),
    "letter_signatory": QT_TRANSLATE_NOOP("Audit", "Signatory"),
    "date_window_years_back": QT_TRANSLATE_NOOP("Audit", "Dates accepted: years back"),
    "date_window_years_ahead": QT_TRANSLATE_NOOP("Audit", "Dates accepted: years ahead"),
    "municipality_profile": QT_TRANSLATE_NOOP("Audit", "Municipality profile"),
    "retention_months": QT_TRANSLATE_NOOP("Audit", "Retention term (months)"),
}

# Ways of counting a notification term (a rule set's method).
_METHODS = {
    "plain": QT_TRANSLATE_NOOP("Labels", "Clock hours"),
    "deadline_day": QT_TRANSLATE_NOOP("Labels", "Model APV (deadline day)"),
    "working_hours": QT_TRANSLATE_NOOP("Labels", "Working hours"),
    "working_days": QT_TRANSLATE_NOOP("Labels", "Working days"),
    "working_day_noon": QT_TRANSLATE_NOOP("Labels", "Working days, 12:00 (Utrecht)"),
}


def field_label(name: str) -> str:
    """The word for a field of any record (the code itself when there is none)."""
    text = _FIELDS.get(name)
    return translate("Fields", text) if text is not None else name


def has_field_label(name: str) -> bool:
    return name in _FIELDS


def _words(table: dict[str, str], code: str, context: str) -> str:
    """The translated words for ``code`` in ``table``; the code itself for one this version does not know."""
    text = table.get(code)
    return translate(context, text) if text is not None else code


def action_label(action: str) -> str:
    """"changed", "anonymised (AVG)", … for an action of the audit trail."""
    return _words(_ACTIONS, action, "Audit")


def record_type_label(record_type: str) -> str:
    """"Notification", "Checklist action", … for a kind of record in the audit trail."""
    return _words(_RECORD_TYPES, record_type, "Audit")


def export_label(what: str) -> str:
    """What an exported file held, e.g. "subject access (AVG)"."""
    return _words(_EXPORTS, what, "Audit")


def setting_label(key: str) -> str:
    """The words for a setting's key (the key itself for one this version does not know)."""
    return _words(_SETTINGS, key, "Audit")


def method_label(method: str) -> str:
    """How a rule set counts a notification term."""
    return _words(_METHODS, method, "Labels")


def format_value(value: object) -> str:
    """A stored value as a person reads it: labels for codes, Amsterdam time for moments."""
    if value is None or value == "" or value == () or value == []:
        return "—"
    if isinstance(value, bool):
        return translate("Labels", "Yes") if value else translate("Labels", "No")
    if isinstance(value, datetime):
        return format_moment(value)
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    from crisisdesk.domain.operations.records import Team
    from crisisdesk.domain.register.decisions import Measure

    if isinstance(value, Measure):
        return value.text + (" (" + ", ".join(label(i) for i in value.interests) + ")" if value.interests else "")
    if isinstance(value, Team):
        return value.name + (" (" + ", ".join(value.roles) + ")" if value.roles else "")
    if isinstance(value, tuple | list):
        return "; ".join(format_value(v) for v in value)
    if isinstance(value, dict):  # a structured setting (the municipality profile): its values
        return "; ".join(format_value(v) for v in value.values() if v not in (None, "", [], {}, ()))
    if isinstance(value, Enum) and (isinstance(value, District) or _label_text(value) is not None):
        return label(value)
    return str(value)

"""Builds the main window and every dialog and window the desk opens, for the layout and
accessibility walks (``test_small_screens``, ``test_accessible_names``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

from PySide6.QtWidgets import QWidget

from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.events.rules import EventDraft, EventKind
from crisisdesk.domain.operations.records import GBT_ROLES, Team
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def _notification() -> NotificationDraft:
    return NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Woningnood",
        start_at=datetime(2026, 3, 16, 10, tzinfo=AMSTERDAM), end_at=datetime(2026, 3, 16, 12, tzinfo=AMSTERDAM),
        location="Domplein", district=District.BINNENSTAD, received_at=datetime(2026, 3, 10, 9, tzinfo=AMSTERDAM),
        organiser_organisation="Actiecomité", expected_participants=50,
    )


def every_window(database) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """(name, factory) for the main window and each dialog, with a record to show."""
    from crisisdesk.services.events.service import EventService
    from crisisdesk.services.operations.exercises import ExerciseService
    from crisisdesk.services.operations.incidents import IncidentService
    from crisisdesk.services.scenarios.service import ScenarioService
    from crisisdesk.services.settings import SettingsService

    from crisisdesk.desk import Desk

    factory = database.factory
    desk = Desk(database, user="tester", clock=lambda: NOW)
    notifications = desk.notifications
    record = notifications.create(_notification())
    events = EventService(factory, clock=lambda: NOW, user="tester")
    event = events.create(EventDraft(
        kind=EventKind.EVENT, title="Bevrijdingsfestival", start_at=datetime(2026, 5, 5, 12, tzinfo=AMSTERDAM),
        end_at=datetime(2026, 5, 5, 23, tzinfo=AMSTERDAM), location="Park Transwijk", district=District.ZUIDWEST,
    ))
    scenarios = ScenarioService(factory, clock=lambda: NOW, user="tester")
    exercises = ExerciseService(factory, clock=lambda: NOW, user="tester")
    exercise = exercises.create("Oefening brand", teams=(Team("GBT", GBT_ROLES),))
    incident = IncidentService(factory, clock=lambda: NOW, user="tester").start("Brand", "GRIP 1", "burgemeester")

    def main_window():
        from crisisdesk.ui.shell.main_window import MainWindow

        return MainWindow(desk)

    def notification_new():
        from crisisdesk.ui.register.notification_dialog import NotificationDialog

        return NotificationDialog(desk, None, now=NOW)

    def notification_existing():
        from crisisdesk.ui.register.notification_dialog import NotificationDialog

        return NotificationDialog(desk, record.id, now=NOW)

    def event_dialog():
        from crisisdesk.ui.events.event_dialog import EventDialog

        return EventDialog(events, notifications, event.id, now=NOW)

    def scenario_dialog():
        from crisisdesk.ui.scenarios.scenario_dialog import ScenarioDialog

        return ScenarioDialog(scenarios, None)

    def settings_dialog():
        from crisisdesk.ui.shell.settings_dialog import SettingsDialog

        return SettingsDialog(SettingsService(factory), notifications)

    def export_dialog():
        from crisisdesk.ui.documents.export_dialog import ExportDialog

        return ExportDialog(desk.export_file, date(2026, 3, 14))

    def audit_dialog():
        from crisisdesk.services.privacy.audit import AuditService
        from crisisdesk.ui.privacy.audit_view import AuditDialog

        return AuditDialog(AuditService(factory), "notification", record.id)

    def briefing_dialog():
        from crisisdesk.services.documents.briefing import BriefingCollector
        from crisisdesk.ui.documents.report_dialogs import BriefingDialog

        return BriefingDialog(BriefingCollector(factory, user="tester"), lambda pdf: None, date(2026, 3, 14))

    def evaluation_window():
        from crisisdesk.ui.documents.term_evaluation_window import EvaluationWindow

        return EvaluationWindow(desk, lambda pdf: None, date(2026, 3, 14))

    def exercise_window():
        from crisisdesk.ui.operations.exercise_window import ExerciseWindow

        return ExerciseWindow(desk, exercise.id, tick_ms=3_600_000)

    def player_window():
        from crisisdesk.ui.operations.player_window import PlayerWindow

        return PlayerWindow(desk, exercise.id, poll_ms=3_600_000)

    def incident_window():
        from crisisdesk.ui.operations.incident_window import IncidentWindow

        return IncidentWindow(desk, incident.id)

    def start_page():  # what an empty database opens on (shown here over the register)
        from crisisdesk.ui.shell import start_page
        from crisisdesk.ui.shell.main_window import MainWindow

        window = MainWindow(desk)
        start_page.show(window, empty=True)
        return window

    def partner_tasks_page():
        from crisisdesk.ui.checklists.partner_tasks_page import PartnerTasksPage

        return PartnerTasksPage(desk.partners, desk.partner_tasks, lambda: NOW, checklists=desk.checklists,
                                open_record=lambda record_type, record_id: None)

    def operation_dialogs():
        from crisisdesk.ui.operations import dialogs
        from crisisdesk.ui.operations.meeting_dialog import BobMeetingDialog

        return [
            ("exercise setup", lambda: dialogs.ExerciseSetupDialog([])),
            ("inject", lambda: dialogs.InjectDialog(list(GBT_ROLES))),
            ("action", lambda: dialogs.ActionDialog(list(GBT_ROLES), NOW)),
            ("grip", lambda: dialogs.GripDialog(None, NOW)),
            ("bob meeting", lambda: BobMeetingDialog(desk.meetings, exercise.id, list(GBT_ROLES))),
        ]

    yield "main window", main_window
    yield "new notification", notification_new
    yield "notification", notification_existing
    yield "event", event_dialog
    yield "scenario", scenario_dialog
    yield "start page", start_page
    yield "actions per partner", partner_tasks_page
    yield "settings", settings_dialog
    yield "export", export_dialog
    yield "audit trail", audit_dialog
    yield "briefing", briefing_dialog
    yield "term evaluation", evaluation_window
    yield "exercise", exercise_window
    yield "exercise player", player_window
    yield "incident", incident_window
    yield from operation_dialogs()

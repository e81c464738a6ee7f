"""The front door: one open database and every service of the desk, built once.

The screen and the command line both start here. ``Desk`` knows who is at the desk, the
clock, and whether the desk may change anything; every service it hands out was built
with those three, so no window or command builds a service or holds a session factory
of its own. Services are built on first use, so opening the desk imports only what the
first screen needs.

    desk = open_desk(url, read_only=False)
    desk.notifications.page(query)
    desk.events.list(...)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crisisdesk.db.database import Database, open_database
from crisisdesk.domain.timeutil import utc_now

if TYPE_CHECKING:
    from crisisdesk.services.calendar.overview import OverviewService
    from crisisdesk.services.calendar.service import CalendarService
    from crisisdesk.services.checklists.partners import PartnerService
    from crisisdesk.services.checklists.service import ChecklistService
    from crisisdesk.services.documents.briefing import BriefingCollector
    from crisisdesk.services.events.service import EventService
    from crisisdesk.services.geo.geocoder import Geocoder
    from crisisdesk.services.geo.map_items import MapItemsService
    from crisisdesk.services.geo.tiles import TileSource
    from crisisdesk.services.operations.exercises import ExerciseService
    from crisisdesk.services.operations.incidents import IncidentService
    from crisisdesk.services.operations.logbook import LogbookService
    from crisisdesk.services.operations.meetings import MeetingService
    from crisisdesk.services.operations.player import PlayerService
    from crisisdesk.services.privacy.audit import AuditService
    from crisisdesk.services.privacy.retention import RetentionService
    from crisisdesk.services.privacy.subject_access import SubjectAccessService
    from crisisdesk.services.profile import ProfileService
    from crisisdesk.services.register.mail_intake import MailIntakeService
    from crisisdesk.services.register.notifications import NotificationService
    from crisisdesk.services.register.rule_sets import RuleSetService
    from crisisdesk.services.scenarios.service import ScenarioService
    from crisisdesk.services.settings import SettingsService

Clock = Callable[[], datetime]


class Desk:
    """Every service of one desk on one database, with one user, clock and read-only flag."""

    def __init__(self, database: Database, *, user: str | None = None, read_only: bool = False,
                 clock: Clock = utc_now, home: Path | None = None) -> None:
        from crisisdesk.services.users import desk_user, set_read_only, set_session_user

        self.database = database
        self.home = home  # the data folder: its backups are within reach of AVG retention
        self._factory = database.factory
        self.user = user or desk_user(self._factory)  # the OS login, or the PostgreSQL role
        self.clock = clock
        set_session_user(self._factory, self.user)
        if read_only:
            set_read_only(self._factory)

    @property
    def read_only(self) -> bool:
        """An observer's desk: nothing may be created or saved (refused in every session)."""
        from crisisdesk.services.users import is_read_only

        return is_read_only(self._factory)

    @property
    def label(self) -> str:
        """The database as the title bar shows it: a file path, or the server URL."""
        url = self.database.url
        return url[len("sqlite:///"):] if url.startswith("sqlite:///") else url

    def dispose(self) -> None:
        self.database.dispose()

    # --- the registers -------------------------------------------------------------
    @cached_property
    def notifications(self) -> NotificationService:
        from crisisdesk.services.register.notifications import NotificationService

        return NotificationService(self._factory, clock=self.clock, user=self.user)

    @cached_property
    def geocoder(self) -> Geocoder:
        """PDOK's Locatieserver (or the configured ``geocoder_url``): addresses as they are typed."""
        from crisisdesk.config import DEFAULT, active
        from crisisdesk.services.geo import geocoder

        config = active()
        chosen = config.settings.get("geocoder_url") if config is not None else None
        url = chosen.value if chosen is not None and chosen.source != DEFAULT and chosen.value else geocoder.DEFAULT_GEOCODER_URL
        return geocoder.Geocoder(url)

    @cached_property
    def mail_intake(self) -> MailIntakeService:
        """Notifications from saved e-mails (.eml, .msg), registered with their original."""
        from crisisdesk.services.register.mail_intake import MailIntakeService

        return MailIntakeService(self._factory, self.notifications, clock=self.clock, user=self.user)

    @cached_property
    def rule_sets(self) -> RuleSetService:
        """The municipality's notice-term rule sets and recomputing registered terms."""
        from crisisdesk.services.register.rule_sets import RuleSetService

        return RuleSetService(self._factory, user=self.user, clock=self.clock)

    @cached_property
    def settings(self) -> SettingsService:
        from crisisdesk.services.settings import SettingsService

        return SettingsService(self._factory)

    @cached_property
    def events(self) -> EventService:
        from crisisdesk.services.events.service import EventService

        return EventService(self._factory, clock=self.clock, user=self.user)

    @cached_property
    def scenarios(self) -> ScenarioService:
        from crisisdesk.services.scenarios.service import ScenarioService

        return ScenarioService(self._factory, clock=self.clock, user=self.user)

    @cached_property
    def calendar(self) -> CalendarService:
        from crisisdesk.services.calendar.service import CalendarService

        return CalendarService(self._factory)

    @cached_property
    def overview(self) -> OverviewService:
        from crisisdesk.services.calendar.overview import OverviewService

        return OverviewService(self._factory, clock=self.clock)

    # --- the map ------------------------------------------------------------------------
    @cached_property
    def map_items(self) -> MapItemsService:
        """A day's notifications and events with their stored places (the Kaart tab, the dialogs)."""
        from crisisdesk.services.geo.map_items import MapItemsService

        return MapItemsService(self._factory)

    @property
    def tiles(self) -> TileSource:
        """The map tiles of the configured service, cached in the data folder (one per process)."""
        from crisisdesk.services.geo.tiles import configured_tile_source

        return configured_tile_source()

    # --- checklists ----------------------------------------------------------------
    @cached_property
    def checklists(self) -> ChecklistService:
        from crisisdesk.services.checklists.service import ChecklistService

        return ChecklistService(self._factory, clock=self.clock, user=self.user)

    @cached_property
    def partners(self) -> PartnerService:
        from crisisdesk.services.checklists.partners import PartnerService

        return PartnerService(self._factory, clock=self.clock, user=self.user)

    def partner_tasks(self, partner_id: int, start: datetime, end: datetime, now: datetime | None = None,
                      **options: Any) -> Any:
        """One partner's open actions in a period (see ``services.checklists.queries``)."""
        from crisisdesk.services.checklists.queries import partner_tasks

        return partner_tasks(self._factory, partner_id, start, end, now or self.clock(), **options)

    # --- exercises and incidents ---------------------------------------------------
    @cached_property
    def exercises(self) -> ExerciseService:
        from crisisdesk.services.operations.exercises import ExerciseService

        return ExerciseService(self._factory, clock=self.clock, user=self.user)

    @cached_property
    def incidents(self) -> IncidentService:
        from crisisdesk.services.operations.incidents import IncidentService

        return IncidentService(self._factory, clock=self.clock, user=self.user)

    @cached_property
    def logbook(self) -> LogbookService:
        from crisisdesk.services.operations.logbook import LogbookService

        return LogbookService(self._factory, clock=self.clock, user=self.user)

    @cached_property
    def meetings(self) -> MeetingService:
        from crisisdesk.services.operations.meetings import MeetingService

        return MeetingService(self._factory, clock=self.clock, user=self.user)

    @cached_property
    def exercise_player(self) -> PlayerService:
        """What a player of an exercise sees (received injects, situation); never the script."""
        from crisisdesk.services.operations.player import PlayerService

        return PlayerService(self._factory, clock=self.clock, user=self.user)

    # --- documents -----------------------------------------------------------------
    @cached_property
    def briefing(self) -> BriefingCollector:
        from crisisdesk.services.documents.briefing import BriefingCollector

        return BriefingCollector(self._factory, user=self.user, tiles=self.tiles)

    def letter_input(self, notification_id: int, kind: str, **options: Any) -> Any:
        """What a receipt or decision letter needs (see ``services.documents.letters``)."""
        from crisisdesk.services.documents.letters import letter_input

        return letter_input(self._factory, notification_id, kind, user=self.user, clock=self.clock, **options)

    @cached_property
    def profile(self) -> ProfileService:
        """The municipality's profile: letterhead, bezwaar address, court, signatories."""
        from crisisdesk.services.profile import ProfileService

        return ProfileService(self._factory)

    def document_author(self) -> str:
        """Every PDF's Author: the municipality and department (never the OS login)."""
        from crisisdesk.services.profile import document_author

        return document_author(self._factory)

    def term_evaluation(self, first: Any, last: Any, **options: Any) -> Any:
        """The term evaluation of a period (see ``services.documents.term_evaluation``)."""
        from crisisdesk.services.documents.term_evaluation import term_evaluation

        return term_evaluation(self._factory, first, last, **options)

    def export_file(self, *args: Any, **options: Any) -> Any:
        """A period or selection of the calendar as ICS or CSV (see ``services.documents.export``)."""
        from crisisdesk.services.documents.export import export_file

        return export_file(self._factory, *args, **options)

    # --- privacy and records -------------------------------------------------------
    @cached_property
    def audit(self) -> AuditService:
        from crisisdesk.services.privacy.audit import AuditService

        return AuditService(self._factory)

    @cached_property
    def retention(self) -> RetentionService:
        from crisisdesk.services.privacy.retention import RetentionService

        return RetentionService(self._factory, clock=self.clock, user=self.user, home=self.home)

    @cached_property
    def subject_access(self) -> SubjectAccessService:
        from crisisdesk.services.privacy.subject_access import SubjectAccessService

        return SubjectAccessService(self._factory, clock=self.clock, user=self.user)

    def save_export(self, path: str | Path, data: bytes, what: str) -> Path:
        """Writes an export with personal data (whole, owner-only) and remembers it for retention."""
        from crisisdesk.services.privacy.exports import save_export

        return save_export(None if self.read_only else self._factory, path, data, what, user=self.user, now=self.clock())

    def remember_export(self, path: str | Path, what: str, data: bytes | None = None) -> None:
        """Remembers a file already written with personal data, so retention removes it in time."""
        from crisisdesk.services.privacy.exports import remember_export

        if not self.read_only:
            data = Path(path).read_bytes() if data is None else data
            remember_export(self._factory, path, data, what, user=self.user, now=self.clock())

    def seed_demo_world(self, count: int, **options: Any) -> Any:
        """Fills this database with the fictional demo world (see ``crisisdesk.demo.world``)."""
        from crisisdesk.demo.world import seed_demo_world

        return seed_demo_world(self._factory, count, **options)


def open_desk(url: str, *, read_only: bool = False, user: str | None = None, clock: Clock = utc_now,
              snapshot: bool = False, home: Path | None = None) -> Desk:
    """Opens (and if needed upgrades) the database at ``url`` and builds the desk on it.

    ``read_only`` opens it without any right to write (nothing created or upgraded; see
    ``open_database``); ``snapshot`` is for short commands. ``home``: the data folder,
    whose backups AVG retention reaches.
    """
    return Desk(open_database(url, read_only=read_only, snapshot=snapshot), user=user, read_only=read_only, clock=clock,
                home=home)

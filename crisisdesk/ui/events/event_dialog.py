"""The event dialog: register or edit an event (festival, match, jaarwisseling, visit, ...).

The layout lives in ``forms/event_dialog.ui`` (regenerate with pyside6-uic, see the
notification dialog). Like the notification dialog, every change starts a short timer
and ``refresh_checks`` then shows the permit decision deadline, the clashes and the
warnings; saving shows every problem next to its field and writes nothing while one
remains. The match and jaarwisseling tabs are shown only for their kinds; for a
returning offender the dialog (and only the dialog) holds the real title.
"""

from __future__ import annotations

from typing import Any

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QStyle,
    QWidget,
)

from crisisdesk.ui.geo.address_field import AddressField
from crisisdesk.services.geo.geocoder import Geocoder
from crisisdesk.domain.checklists.rules import ChecklistRecordType
from crisisdesk.domain.checks import changed_moments_in_window
from crisisdesk.domain.events import rules
from crisisdesk.domain.enums import District
from crisisdesk.domain.geo.points import PlaceRole
from crisisdesk.domain.events.rules import (
    AdviceStatus,
    EventDraft,
    EventKind,
    EventRiskClass,
    EventStatus,
    FireworksRule,
    MatchRiskClass,
    PermitStatus,
)
from crisisdesk.domain.register.notifications import FieldError
from crisisdesk.domain.timeutil import to_local, utc_now
from crisisdesk.labels import error_message, field_label, format_moment, storage_message
from crisisdesk.domain.events.records import EventRecord
from crisisdesk.services.checklists.partners import PartnerService
from crisisdesk.services.checklists.service import ChecklistService
from crisisdesk.services.events.service import EventService, draft_from_event
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.domain.calendar.records import Clash
from crisisdesk.services.settings import SettingsService
from crisisdesk.ui.checklists.checklist_widget import add_checklist_tab
from crisisdesk.ui.common import combos
from crisisdesk.ui.common.record_dialog import RecordSaveProtocol, form_label
from crisisdesk.ui.events.event_form import TIME_EDITS, EventForm
from crisisdesk.ui.events.event_permit import PermitPanel
from crisisdesk.ui.common.fit import fit_to_screen
from crisisdesk.ui.forms.ui_event_dialog import Ui_EventDialog
from crisisdesk.ui.common.widgets import (
    INVALID_FIELD_STYLE,
    WARNING_BACKGROUND,
    WARNING_COLOUR,
    EndFollowsStart,
    FieldErrors,
    align_form_labels,
    clash_reason,
    clash_text,
    prepare_wall_clock_edit,
    set_wall_clock,
)
from crisisdesk.ui.common.unsaved import UnsavedChanges
from crisisdesk.ui.common.keyboard import first_field_on_show, tab_moves_between_fields, tab_through_pages

LIVE_DELAY_MS = 250
ROLE_REF = Qt.ItemDataRole.UserRole

# Draft field -> the widget marked and focused for its errors, in tab order.
ERROR_FIELDS = (
    ("title", "titleEdit"),
    ("expected_visitors", "visitorsSpin"),
    ("start_at", "startEdit"),
    ("end_at", "endEdit"),
    ("location", "locationEdit"),
    ("district", "districtCombo"),
    ("organiser_email", "organiserEmailEdit"),
    ("risk_class", "riskScanCombo"),
    ("permit_applied_at", "permitAppliedEdit"),
    ("permit_decided_at", "permitDecidedEdit"),
    ("opponent", "opponentEdit"),
    ("match_risk_class", "matchRiskCombo"),
    ("max_away_supporters", "maxAwaySpin"),
    ("fireworks_zones", "fireworksZonesEdit"),
    ("fireworks_allowed_from", "fireworksFromEdit"),
    ("fireworks_allowed_until", "fireworksUntilEdit"),
    ("status", "statusCombo"),
)

# The checklist template offered first for an event of this kind (the rest: risk class B).
SUGGESTED_TEMPLATES = {
    EventKind.KINGS_DAY: "kings_day",
    EventKind.NEW_YEARS_EVE: "new_years_eve",
    EventKind.FOOTBALL_MATCH: "football_risk_c",
    EventKind.DIGNITARY_VISIT: "dignitary_visit",
}


def suggested_template(kind: EventKind | None) -> str:
    return SUGGESTED_TEMPLATES.get(kind, "event_class_b") if kind is not None else "event_class_b"


class EventDialog(RecordSaveProtocol, EventForm, QDialog):
    """One event: facts, risk and permit, match or fireworks rules, status; live checks."""

    event_saved = Signal(int)
    checks_updated = Signal()
    open_requested = Signal(str, int)  # (kind, id) of a clashing notification or event

    def __init__(
        self,
        service: EventService,
        notifications: NotificationService,
        event_id: int | None = None,
        parent: QWidget | None = None,
        now: datetime | None = None,
        checklists: ChecklistService | None = None,
        partners: PartnerService | None = None,
        geocoder: Geocoder | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)
        self.service = service
        self.notifications = notifications
        self.record: EventRecord | None = service.get(event_id) if event_id is not None else None
        self.clashes: list[Clash] = []
        self._now = now or utc_now()
        self.date_window = SettingsService(notifications.factory).date_window()
        self._attempted = False
        self._live = QTimer(self, singleShot=True, interval=LIVE_DELAY_MS)
        self._live.timeout.connect(self.refresh_checks)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self._prepare()
        from crisisdesk.services.geo import geocoder as geocoding

        # The location resolves to a point while the advisor types (the desk's configured geocoder).
        self.location_field = AddressField(self.ui.locationEdit, geocoder or geocoding.Geocoder(geocoding.DEFAULT_GEOCODER_URL))
        self.location_field.placeChosen.connect(lambda _point: self.schedule_checks())
        self.location_field.districtFound.connect(lambda district: combos.select(self.ui.districtCombo, district))
        self.permit = PermitPanel(self.ui, lambda: self._now, self)
        self.errors = FieldErrors({f: getattr(self.ui, name) for f, name in ERROR_FIELDS})
        if self.record is None:
            self._load_defaults()
        else:
            self._load(self.record)
        self._connect()
        self._kind_changed()
        self.permit.update()
        self.refresh_checks()
        checklists = checklists or ChecklistService(notifications.factory, user=service.user)
        self.checklist = add_checklist_tab(  # usable before the first save: templates apply on saving
            self, self.ui.tabs, ChecklistRecordType.EVENT, event_id, checklists,
            partners or PartnerService(notifications.factory, user=service.user), suggested_template(self.kind()),
            start_of=lambda: self._read_times()[0]["start_at"],
        )
        self.ui.kindCombo.currentIndexChanged.connect(self._suggest_template)
        self.ui.startEdit.dateTimeChanged.connect(self.checklist.start_changed)  # due moments before saving
        self.place_map = self._add_map_tab(event_id)
        location_field = getattr(self, "location_field", None)  # the address field, where present
        if location_field is not None:
            location_field.placeChosen.connect(lambda point: self.place_map.set_chosen(PlaceRole.LOCATION, point))
        self.unsaved = UnsavedChanges(  # Escape / close / Cancel ask first, also for checklist choices not saved yet
            self, lambda: (self.draft(), self.checklist.unsaved_choices()))
        tab_moves_between_fields(self)
        tab_through_pages(self.ui.tabs, self.ui.buttonBox)  # the decision panel and the checklist before the buttons
        first_field_on_show(self, self.ui.kindCombo)

    def _add_map_tab(self, event_id: int | None):
        from crisisdesk.domain.geo.markers import risk_rank_of
        from crisisdesk.services.geo.map_items import MapItemsService
        from crisisdesk.services.geo.tiles import configured_tile_source
        from crisisdesk.ui.geo.record_map import add_map_tab

        record = self.record
        risk = (record.match_risk_class or record.risk_class) if record is not None else None
        return add_map_tab(self, self.ui.tabs, MapItemsService(self.notifications.factory), configured_tile_source(), "event",
                           event_id, record.kind.value if record is not None else "", risk_rank_of(risk.value if risk else None),
                           beside=self.ui.locationEdit)

    def reject(self) -> None:
        """Escape, the close button and Cancel: ask first when something was changed."""
        if self.unsaved.may_close():
            super().reject()

    # --- setting up ------------------------------------------------------------------

    def _prepare(self) -> None:
        ui = self.ui
        font = QFont(ui.headerLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        ui.headerLabel.setFont(font)
        self.save_button.setObjectName("saveButton")
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setText(self.tr("Cancel"))
        for name in (
            "privacyNoteLabel", "riskNoteLabel", "permitTermNoteLabel", "matchRiskNoteLabel",
            "fireworksNoteLabel", "clashNoneLabel",
        ):
            getattr(ui, name).setProperty("role", "note")
            if name != "clashNoneLabel":  # a wrapped note in a form row is squeezed otherwise
                getattr(ui, name).setMinimumWidth(460)
        ui.sensitiveNoteLabel.setStyleSheet(
            f"QLabel {{ color: {WARNING_COLOUR}; background: {WARNING_BACKGROUND}; padding: 4px; border-radius: 3px; }}"
        )
        ui.warningsLabel.setStyleSheet(
            f"QLabel {{ color: {WARNING_COLOUR}; background: {WARNING_BACKGROUND};"
            f" border: 1px solid {WARNING_COLOUR}; border-radius: 3px; padding: 4px; }}"
        )
        ui.warningsLabel.hide()
        ui.errorSummaryLabel.setProperty("role", "fieldError")
        ui.errorSummaryLabel.hide()
        self.setStyleSheet(INVALID_FIELD_STYLE)

        combos.fill(ui.kindCombo, EventKind)
        combos.fill(ui.districtCombo, District, self.tr("Choose…"))
        combos.fill(ui.riskScanCombo, EventRiskClass, self.tr("No risk scan yet"))
        combos.fill(ui.riskClassCombo, EventRiskClass, self.tr("Not set yet"))
        for combo in (ui.adviceFireCombo, ui.advicePoliceCombo, ui.adviceGhorCombo):
            combos.fill(combo, AdviceStatus)
        combos.fill(ui.permitStatusCombo, PermitStatus)
        combos.fill(ui.matchRiskCombo, MatchRiskClass, self.tr("Choose…"))
        combos.fill(ui.fireworksRuleCombo, FireworksRule)
        combos.fill(ui.statusCombo, rules.allowed_next_statuses(self.record.status if self.record else EventStatus.REGISTERED))
        ui.visitorsSpin.setSpecialValueText(self.tr("Unknown"))
        ui.visitorsSpin.setGroupSeparatorShown(True)
        ui.maxAwaySpin.setGroupSeparatorShown(True)
        for name in TIME_EDITS.values():
            prepare_wall_clock_edit(getattr(ui, name))
        for index in range(ui.tabs.count()):
            align_form_labels(ui.tabs.widget(index))
        header = ui.historyTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.clashList.itemDoubleClicked.connect(lambda item: self.open_requested.emit(*item.data(ROLE_REF)))
        if self.service.read_only:  # an observer's desk: look, never save
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(storage_message("read_only_mode"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def _connect(self) -> None:
        ui = self.ui
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.end_follows_start = EndFollowsStart(ui.startEdit, ui.endEdit, self.schedule_checks)
        ui.maxAwayCheck.toggled.connect(ui.maxAwaySpin.setEnabled)
        for name in TIME_EDITS.values():
            if name not in ("startEdit", "endEdit"):
                getattr(ui, name).dateTimeChanged.connect(self.schedule_checks)
        for combo in (
            ui.kindCombo, ui.districtCombo, ui.riskScanCombo, ui.riskClassCombo, ui.adviceFireCombo,
            ui.advicePoliceCombo, ui.adviceGhorCombo, ui.permitStatusCombo, ui.matchRiskCombo,
            ui.fireworksRuleCombo, ui.statusCombo,
        ):
            combo.currentIndexChanged.connect(self.schedule_checks)
        for edit in (ui.titleEdit, ui.locationEdit, ui.opponentEdit, ui.organiserEmailEdit):
            edit.textChanged.connect(self.schedule_checks)
        ui.fireworksZonesEdit.textChanged.connect(self.schedule_checks)
        for spin in (ui.visitorsSpin, ui.maxAwaySpin):
            spin.valueChanged.connect(self.schedule_checks)
        for check in (ui.maxAwayCheck, ui.withoutPublicCheck, ui.permitExtendedCheck):
            check.toggled.connect(self.schedule_checks)

    def _load_defaults(self) -> None:
        ui = self.ui
        now = to_local(self._now).replace(second=0, microsecond=0, tzinfo=None)
        start = datetime.combine(now.date() + timedelta(days=14), datetime.min.time()).replace(hour=12)
        set_wall_clock(ui.startEdit, start)
        set_wall_clock(ui.endEdit, start + timedelta(hours=6))
        for name in ("permitAppliedEdit", "permitDecidedEdit"):
            set_wall_clock(getattr(ui, name), now)
        self._set_fireworks_times(None, None, start.date())
        combos.select(ui.permitStatusCombo, PermitStatus.NOT_APPLIED)
        ui.maxAwaySpin.setEnabled(False)
        ui.headerLabel.setText(self.tr("New event"))
        self.setWindowTitle(self.tr("New event"))
        ui.statusForm.setRowVisible(ui.historyTable, False)

    # --- reacting to the advisor -------------------------------------------------------

    def schedule_checks(self) -> None:
        self._live.start()

    def kind(self) -> EventKind:
        return combos.chosen(self.ui.kindCombo, EventKind)

    def _suggest_template(self) -> None:
        self.checklist.suggested_template = suggested_template(self.kind())

    def _kind_changed(self) -> None:
        ui = self.ui
        kind = self.kind()
        ui.tabs.setTabVisible(ui.tabs.indexOf(ui.footballTab), kind == EventKind.FOOTBALL_MATCH)
        ui.tabs.setTabVisible(ui.tabs.indexOf(ui.fireworksTab), kind == EventKind.NEW_YEARS_EVE)
        ui.eventForm.setRowVisible(ui.sensitiveNoteLabel, rules.is_sensitive(kind))

    # --- the live checks ---------------------------------------------------------------

    def refresh_checks(self) -> None:
        """Permit deadline, clashes and warnings, now."""
        self._live.stop()
        times, _ = self._read_times()
        self.permit.update(times["permit_applied_at"])
        self._show_clashes(times["start_at"], times["end_at"])
        found = self.service.warnings(self.draft())
        self.ui.warningsLabel.setText("\n".join(f"⚠ {error_message(w)}" for w in found))
        self.ui.warningsLabel.setVisible(bool(found))
        if self._attempted:
            self.show_errors(self.validate_form(), focus=False)
        self.checks_updated.emit()

    def _show_clashes(self, start: datetime | None, end: datetime | None) -> None:
        ui = self.ui
        status = combos.chosen(ui.statusCombo, EventStatus)
        district = combos.chosen(ui.districtCombo, District)
        if start and end and end > start and status != EventStatus.CANCELLED:
            own = ("event", self.record.id) if self.record else None
            found = self.notifications.find_clashes(start, end, district, ui.locationEdit.text(), include_events=True,
                                                    point=self.location_field.point)
            self.clashes = [c for c in found if (c.other_kind, c.other_id) != own]
        else:
            self.clashes = []
        ui.clashList.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for clash in self.clashes:
            item = QListWidgetItem(icon, f"{clash_text(clash)}\n{clash_reason(clash)}")
            item.setData(ROLE_REF, (clash.other_kind, clash.other_id))
            item.setToolTip(self.tr("Double-click to open it."))
            ui.clashList.addItem(item)
        ui.clashNoneLabel.setVisible(not self.clashes)
        ui.clashList.setVisible(bool(self.clashes))

    # --- the draft and its errors --------------------------------------------------------

    def validate_form(self) -> list[FieldError]:
        """The service's rules plus the DST gap, which only the form can see."""
        _, errors = self._read_times()
        own = {e.field for e in errors}
        draft = self.draft()
        # The window's words first (they name the range), then the service's rules.
        errors += [e for e in changed_moments_in_window(draft, self.record, ("start_at", "end_at"), self.date_window, self._now)
                   if e.field not in own]
        own = {e.field for e in errors}
        return errors + [e for e in self.service.validate(draft) if e.field not in own]

    def show_errors(self, errors: list[FieldError], focus: bool = True) -> None:
        ui = self.ui
        messages: dict[str, list[str]] = {}
        for error in errors:
            messages.setdefault(error.field, []).append(error_message(error))
        self.errors.show(messages)
        unplaced = [m for f, texts in messages.items() if f not in self.errors.fields for m in texts]
        if errors:
            ui.errorSummaryLabel.setText(" ".join([self.tr("Not saved: correct the marked fields."), *unplaced]))
        ui.errorSummaryLabel.setVisible(bool(errors))
        marked = {ui.tabs.indexOf(self._tab_of(w)) for f, w in self.errors.fields.items() if f in messages}
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index in range(ui.tabs.count()):
            ui.tabs.setTabIcon(index, warning if index in marked else QIcon())
        first = next((f for f, _ in ERROR_FIELDS if f in messages), None)
        if focus and first is not None:
            widget = self.errors.fields[first]
            ui.tabs.setCurrentWidget(self._tab_of(widget))
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tab_of(self, widget: QWidget) -> QWidget | None:
        for index in range(self.ui.tabs.count()):
            page = self.ui.tabs.widget(index)
            if page.isAncestorOf(widget):
                return page
        return None

    # --- saving (the record-dialog protocol: ui/common/record_dialog.py) ---------------------

    def prepare_save(self) -> None:
        self._attempted = False
        self.refresh_checks()
        self._attempted = True

    def store(self, draft: Any) -> EventRecord:
        created = self.record is None
        record = super().store(draft)
        if created:
            self.checklist.attach(record.id)  # templates and actions chosen before the first save
        return record

    def load_record(self, record: EventRecord) -> None:
        """Their version, after "Keep theirs": the form shows it as saved now."""
        combos.fill(self.ui.statusCombo, rules.allowed_next_statuses(record.status))
        self._load(record)
        self._kind_changed()
        self.refresh_checks()

    def record_saved(self, record: EventRecord) -> None:
        self.event_saved.emit(record.id)
        self.accept()

    def draft_of(self, record: EventRecord) -> EventDraft:
        return draft_from_event(record)

    def field_title(self, name: str) -> str:
        widget = getattr(self.ui, dict(ERROR_FIELDS).get(name, ""), None)
        return form_label(widget) or field_label(name)

    def conflict_header(self, theirs: Any) -> str:
        return self.tr("{user} saved this event at {moment} (version {version}) after you opened it.").format(
            user=theirs.updated_by, moment=format_moment(theirs.updated_at), version=theirs.version)

    def deleted_text(self) -> str:
        return self.tr("This event was deleted by someone else; nothing was saved.")

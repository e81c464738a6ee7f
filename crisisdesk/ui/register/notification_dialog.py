"""The notification dialog (kennisgeving): register a new notification or edit one.

The layout lives in ``forms/notification_dialog.ui``. After changing it, regenerate the
Python from the repository root with exactly::

    pyside6-uic forms/notification_dialog.ui -o crisisdesk/ui/forms/ui_notification_dialog.py
    sed -i '1i # Generated from forms/notification_dialog.ui by pyside6-uic — do not edit.' \\
        crisisdesk/ui/forms/ui_notification_dialog.py

The advisor sees the notice term and the clashes while typing: every change starts a
250 ms single-shot timer, and ``refresh_checks`` then shows the term at once (computed
with the rule set read once per dialog) and asks for the clashes off the GUI thread, in
one query (``LiveChecks``); ``checks_updated`` fires when they are shown. Saving runs
the same rules as the service (plus the DST check the widgets need) and shows every
problem next to its field; nothing is written while one remains.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from shiboken6 import isValid
from PySide6.QtGui import QFont, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QStyle,
    QTableWidgetItem,
    QWidget,
)

from crisisdesk.domain.checks import changed_moments_in_window
from crisisdesk.domain.head_counts import HeadCount, UnreadableHeadCount, head_count_text, parse_head_count
from crisisdesk.desk import Desk
from crisisdesk.domain.register import notifications as rules
from crisisdesk.domain.checklists.rules import ChecklistRecordType
from crisisdesk.domain.register.deadlines import TermCheck, describe
from crisisdesk.domain.enums import (
    Channel,
    District,
    ManifestationKind,
    PlaceType,
    Risk,
    Status,
)
from crisisdesk.domain.register.notifications import FieldError, NotificationDraft
from crisisdesk.domain.timeutil import (
    NonexistentLocalTime,
    local_to_aware,
    to_local,
    utc_now,
)
from crisisdesk.i18n import translate
from crisisdesk.labels import (
    error_message,
    format_duration,
    format_moment,
    label,
    late_notice,
    storage_message,
    term_label,
)
from crisisdesk.services.conflicts import FieldDifference, differences
from crisisdesk.domain.calendar.records import Clash
from crisisdesk.domain.register.records import NotificationRecord
from crisisdesk.services.register.live_checks import LiveChecks, LiveClashes
from crisisdesk.ui.common import workers
from crisisdesk.ui.checklists.checklist_widget import add_checklist_tab
from crisisdesk.domain.geo.markers import risk_rank_of
from crisisdesk.ui.geo.record_map import add_map_tab
from crisisdesk.ui.common.combos import chosen as _chosen
from crisisdesk.ui.common.combos import fill as _fill
from crisisdesk.ui.common.combos import select as _select
from crisisdesk.ui.common.fit import fit_to_screen
from crisisdesk.ui.common.record_dialog import RecordSaveProtocol
from crisisdesk.ui.forms.ui_notification_dialog import Ui_NotificationDialog
from crisisdesk.ui.register.decision_panel import DecisionPanel
from crisisdesk.ui.common.widgets import (
    INVALID_FIELD_STYLE,
    LATE_BACKGROUND,
    LATE_COLOUR,
    MUTED_COLOUR,
    ON_TIME_BACKGROUND,
    ON_TIME_COLOUR,
    WARNING_BACKGROUND,
    WARNING_COLOUR,
    EndFollowsStart,
    FieldErrors,
    align_form_labels,
    badge_style,
    clash_reason,
    clash_text,
    numbered_paragraphs,
    prepare_wall_clock_edit,
    set_wall_clock,
    wall_clock,
)
from crisisdesk.ui.common.unsaved import UnsavedChanges
from crisisdesk.ui.geo.address_field import AddressField
from crisisdesk.domain.geo.points import PlacedPoint, PlaceRole, point_for
from crisisdesk.ui.register.mail_prefill import is_empty
from crisisdesk.ui.common.keyboard import first_field_on_show, tab_moves_between_fields, tab_through_pages
from crisisdesk.ui.common import palette

if TYPE_CHECKING:
    from crisisdesk.domain.intake.mail import MailIntake

LIVE_DELAY_MS = 250
ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_KIND = Qt.ItemDataRole.UserRole + 1  # "notification" or "event"

# Draft field -> the widget marked and focused for its errors, in tab order.
ERROR_FIELDS = (
    ("kind", "kindCombo"),
    ("purpose", "purposeEdit"),
    ("counter_to_id", "counterToSpin"),
    ("organiser_name", "organiserNameEdit"),
    ("organiser_email", "organiserEmailEdit"),
    ("start_at", "startEdit"),
    ("end_at", "endEdit"),
    ("location", "locationEdit"),
    ("district", "districtCombo"),
    ("expected_participants", "participantsEdit"),
    ("received_at", "receivedEdit"),
    ("late_accepted_reason", "lateReasonEdit"),
    ("late_accepted_by", "lateByEdit"),
    ("status", "statusCombo"),
)  # then the decision's fields, on the Besluit tab (DecisionPanel.error_widgets)


class NotificationDialog(RecordSaveProtocol, QDialog):
    """One notification: its facts, the live notice term and clashes, handling and decision."""

    notification_saved = Signal(int)
    checks_updated = Signal()  # the live term, clashes and warnings were refreshed
    open_requested = Signal(int)  # the advisor double-clicked a clashing notification
    event_open_requested = Signal(int)  # ... or a clashing event

    def __init__(
        self,
        desk: Desk,
        notification_id: int | None = None,
        parent: QWidget | None = None,
        now: datetime | None = None,
        intake: tuple[MailIntake, bytes] | None = None,
    ) -> None:
        """``intake``: a message read from the mailbox and its bytes (a new notification
        prefilled from it, registered with the original when saved)."""
        super().__init__(parent)
        self.ui = Ui_NotificationDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)
        self.desk = desk
        self.service = service = desk.notifications
        self.record: NotificationRecord | None = None
        if notification_id is not None:
            self.record = service.get(notification_id)
        self.term: TermCheck | None = None
        self.clashes: list[Clash] = []
        self._now = now or utc_now()
        self.date_window = desk.settings.date_window()
        self._attempted = False
        self._live = QTimer(self, singleShot=True, interval=LIVE_DELAY_MS)
        self._live.timeout.connect(self.refresh_checks)
        self.live = LiveChecks(service)
        self.live.settings()  # the rule set and clash buffer, read once for this dialog
        self._generation = 0  # a clash answer counts only if nothing changed since it was asked
        self._workers: set[workers.Worker] = set()
        self.counter_title: str | None = None
        self.intake = intake if notification_id is None else None
        self.intake_note: QLabel | None = None
        self.original_note: QLabel | None = None

        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self.decision_panel = DecisionPanel(desk.profile.get().signatories, self.ui.decisionPage)
        self.ui.decisionLayout.insertWidget(0, self.decision_panel)
        self._prepare()
        self._prepare_addresses()
        self.errors = FieldErrors({**{f: getattr(self.ui, name) for f, name in ERROR_FIELDS}, **self.decision_panel.error_widgets()})
        if self.record is None:
            self._load_defaults()
            if self.intake is not None:
                from crisisdesk.ui.register.mail_prefill import prefill

                prefill(self, self.intake[0])
        else:
            self._load(self.record)
            original = desk.mail_intake.original(self.record.id)
            if original is not None:  # it came in by e-mail: the original is kept with it
                from crisisdesk.ui.register.mail_prefill import show_original

                show_original(self, original)
        self._connect()
        self.decision_panel.set_place_type(_chosen(self.ui.placeTypeCombo, PlaceType))
        self.refresh_checks()
        self.checklist = add_checklist_tab(
            self, self.ui.tabs, ChecklistRecordType.NOTIFICATION, notification_id, desk.checklists, desk.partners,
            "demonstration_low" if self.record is not None and self.record.risk == Risk.LOW else "demonstration_high",
            start_of=lambda: self._read_times()[0]["start_at"],
        )
        self.place_map = add_map_tab(
            self, self.ui.tabs, desk.map_items, desk.tiles, "notification", notification_id,
            self.record.kind.value if self.record is not None else "", risk_rank_of(self.record.risk.value if self.record else None),
            beside=self.ui.locationEdit,
        )
        # An address chosen from the suggestions shows on the map at once (the address fields, where present).
        for role, field in getattr(self, "address_fields", {}).items():
            field.placeChosen.connect(lambda point, role=role: self.place_map.set_chosen(role, point))
        self.ui.startEdit.dateTimeChanged.connect(self.checklist.start_changed)  # due moments before saving
        self.unsaved = UnsavedChanges(  # Escape / close / Cancel ask first, also for checklist choices not saved yet
            self, lambda: (self.draft(), self.checklist.unsaved_choices()))
        if self.intake is not None:
            self.unsaved.mark_unsaved()  # the message is not registered until it is saved
        tab_moves_between_fields(self)
        tab_through_pages(self.ui.tabs, self.ui.buttonBox)  # the decision panel and the checklist before the buttons
        first_field_on_show(self, self.ui.kindCombo)

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
        bold = QFont(ui.derivationTitleLabel.font())
        bold.setBold(True)
        ui.derivationTitleLabel.setFont(bold)
        self.save_button.setObjectName("saveButton")
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setText(self.tr("Cancel"))
        for name in ("privacyNoteLabel", "clashNoneLabel", "ruleLabel", "marginLabel"):
            getattr(ui, name).setProperty("role", "note")
        ui.lateNoticeLabel.setStyleSheet(f"color: {LATE_COLOUR};")
        ui.warningsLabel.setStyleSheet(
            f"QLabel {{ color: {WARNING_COLOUR}; background: {WARNING_BACKGROUND};"
            f" border: 1px solid {WARNING_COLOUR}; border-radius: 3px; padding: 4px; }}"
        )
        ui.warningsLabel.hide()
        ui.errorSummaryLabel.setProperty("role", "fieldError")
        ui.errorSummaryLabel.hide()
        self.setStyleSheet(INVALID_FIELD_STYLE)  # after the "role" properties it matches on

        _fill(ui.kindCombo, ManifestationKind)
        _fill(ui.placeTypeCombo, PlaceType)
        _fill(ui.districtCombo, District, self.tr("Choose…"))
        _fill(ui.channelCombo, Channel)
        _fill(ui.riskCombo, Risk)
        current = self.record.status if self.record else Status.RECEIVED
        _fill(ui.statusCombo, rules.allowed_next_statuses(current))
        for edit in (ui.startEdit, ui.endEdit, ui.receivedEdit):
            prepare_wall_clock_edit(edit)
        for index in range(ui.tabs.count()):
            align_form_labels(ui.tabs.widget(index))

        header = ui.historyTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.clashList.itemDoubleClicked.connect(self._open_clash)
        if self.service.read_only:  # an observer's desk: look, never save
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(storage_message("read_only_mode"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def _prepare_addresses(self) -> None:
        """Location, route start and route end resolve to points while the advisor types."""
        ui = self.ui
        geocoder = self.desk.geocoder
        self.address_fields = {
            PlaceRole.LOCATION: AddressField(ui.locationEdit, geocoder),
            PlaceRole.ROUTE_START: AddressField(ui.routeStartEdit, geocoder),
            PlaceRole.ROUTE_END: AddressField(ui.routeEndEdit, geocoder),
        }
        self.location_field = self.address_fields[PlaceRole.LOCATION]
        self.location_field.placeChosen.connect(lambda _point: self.schedule_checks())
        self.location_field.districtFound.connect(lambda district: _select(ui.districtCombo, district))

    def places(self) -> tuple[PlacedPoint, ...]:
        """The points of the fields whose address was chosen from the suggestions."""
        return tuple(PlacedPoint(role, field.point) for role, field in self.address_fields.items() if field.point is not None)

    def _open_clash(self, item: QListWidgetItem) -> None:
        if item.data(ROLE_KIND) == "event":
            self.event_open_requested.emit(item.data(ROLE_ID))
        else:
            self.open_requested.emit(item.data(ROLE_ID))

    def _connect(self) -> None:
        ui = self.ui
        self.end_follows_start = EndFollowsStart(ui.startEdit, ui.endEdit, self.schedule_checks)
        ui.placeTypeCombo.currentIndexChanged.connect(
            lambda: self.decision_panel.set_place_type(_chosen(ui.placeTypeCombo, PlaceType)))
        self.decision_panel.changed.connect(self.schedule_checks)
        ui.lateAcceptedCheck.toggled.connect(self._update_late_widgets)
        ui.receivedEdit.dateTimeChanged.connect(self.schedule_checks)
        for combo in (ui.districtCombo, ui.placeTypeCombo, ui.statusCombo):
            combo.currentIndexChanged.connect(self.schedule_checks)
        ui.counterToSpin.valueChanged.connect(self.schedule_checks)
        ui.participantsEdit.textChanged.connect(self.schedule_checks)
        ui.purposeEdit.textChanged.connect(self.schedule_checks)
        for edit in (
            ui.locationEdit, ui.organiserNameEdit, ui.organiserOrganisationEdit, ui.organiserEmailEdit,
            ui.lateReasonEdit, ui.lateByEdit,
        ):
            edit.textChanged.connect(self.schedule_checks)
        ui.lateAcceptedCheck.toggled.connect(self.schedule_checks)

    def _load_defaults(self) -> None:
        ui = self.ui
        now = to_local(self._now).replace(second=0, microsecond=0, tzinfo=None)
        start = datetime.combine(now.date() + timedelta(days=3), datetime.min.time()).replace(hour=14)
        set_wall_clock(ui.receivedEdit, now)
        set_wall_clock(ui.startEdit, start)
        set_wall_clock(ui.endEdit, start + timedelta(hours=2))
        self.decision_panel.load_defaults(self._now)
        _select(ui.statusCombo, Status.RECEIVED)
        _select(ui.riskCombo, Risk.UNKNOWN)
        ui.headerLabel.setText(self.tr("New notification"))
        self.setWindowTitle(self.tr("New notification"))
        ui.statusForm.setRowVisible(ui.historyTable, False)

    def _load(self, r: NotificationRecord) -> None:
        ui = self.ui
        for combo, value in (
            (ui.kindCombo, r.kind), (ui.placeTypeCombo, r.place_type), (ui.districtCombo, r.district),
            (ui.channelCombo, r.channel), (ui.riskCombo, r.risk), (ui.statusCombo, r.status),
        ):
            _select(combo, value)
        ui.purposeEdit.setPlainText(r.purpose)
        ui.counterToSpin.setValue(r.counter_to_id or 0)
        for name in ("name", "organisation", "address", "phone", "email"):
            getattr(ui, f"organiser{name.capitalize()}Edit").setText(getattr(r, f"organiser_{name}"))
        set_wall_clock(ui.startEdit, r.start_at)
        set_wall_clock(ui.endEdit, r.end_at)
        set_wall_clock(ui.receivedEdit, r.received_at)
        ui.locationEdit.setText(r.location)
        ui.routeEdit.setPlainText(r.route)
        ui.routeStartEdit.setText(r.route_start)
        ui.routeEndEdit.setText(r.route_end)
        for role, field in self.address_fields.items():  # the texts as saved, with their points
            field.set_point(point_for(r.places, role), emit=False, keep_text=True)
        ui.compositionEdit.setText(r.composition)
        ui.organiserMeasuresEdit.setPlainText(r.organiser_measures)
        ui.participantsEdit.setText(head_count_text(r.expected_participants, r.expected_participants_max))
        ui.lateAcceptedCheck.setChecked(r.late_accepted)
        ui.lateReasonEdit.setText(r.late_accepted_reason)
        ui.lateByEdit.setText(r.late_accepted_by)
        self.decision_panel.set_place_type(r.place_type)
        self.decision_panel.load(r, self._now)
        ui.headerLabel.setText(self.tr("Notification #{id}").format(id=r.id))
        self.setWindowTitle(self.tr("Notification #{id} — {purpose}").format(id=r.id, purpose=r.purpose))
        ui.headerLabel.setToolTip(
            self.tr("Version {version}, last changed {moment} by {user}").format(
                version=r.version, moment=format_moment(r.updated_at), user=r.updated_by
            )
        )
        table = ui.historyTable
        table.setRowCount(len(r.history))
        for row, change in enumerate(r.history):
            values = (
                format_moment(change.changed_at), change.changed_by,
                label(change.from_status) or "—", label(change.to_status), change.note,
            )
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))

    # --- reacting to the advisor -------------------------------------------------------

    def schedule_checks(self) -> None:
        self._generation += 1  # an answer on its way is about facts that are no longer there
        self._live.start()

    def done(self, result: int) -> None:  # closing: answers still on their way are dropped
        self._generation += 1
        super().done(result)

    def _update_late_widgets(self) -> None:
        ui = self.ui
        late = self.is_late()
        ui.lateGroup.setEnabled(late)
        ui.lateGroup.setToolTip("" if late else self.tr("Only for a notification received after the deadline."))
        for widget in (ui.lateReasonEdit, ui.lateByEdit):
            widget.setEnabled(ui.lateAcceptedCheck.isChecked())

    def is_late(self) -> bool:
        return self.term is not None and not self.term.on_time

    # --- the live checks ---------------------------------------------------------------

    def refresh_checks(self) -> None:
        """Term and warnings now; clashes and the counter-demonstration's name when the query answers."""
        self._live.stop()
        self._generation += 1
        generation = self._generation
        times, _ = self._read_times()
        self._show_term(times["start_at"], times["received_at"])
        self._show_warnings()
        ui = self.ui
        worker = workers.Worker(
            self.live.clashes, times["start_at"], times["end_at"], _chosen(ui.districtCombo, District),
            ui.locationEdit.text(), exclude_id=self.record.id if self.record else None,
            counter_to_id=ui.counterToSpin.value() or None, point=self.location_field.point, progress=False,
        )
        worker.signals.result.connect(lambda answer: self._clashes_found(generation, answer))
        worker.signals.error.connect(lambda exc, _trace: self._clashes_failed(generation, exc))
        worker.signals.finished.connect(lambda: self._workers.discard(worker))
        self._workers.add(worker)
        workers.start(worker)

    def _clashes_found(self, generation: int, answer: LiveClashes) -> None:
        if generation != self._generation or not isValid(self.ui.clashList):  # changed since, or closed
            return
        self.counter_title = answer.counter_title
        self._show_clashes(answer.clashes)
        self._show_counter_title()
        if self._attempted:
            self.show_errors(self.validate_form(live=True), focus=False)
        self.checks_updated.emit()

    def _clashes_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation or not isValid(self.ui.clashList):
            return
        self._show_clashes([])
        from crisisdesk.services.errors import StorageUnavailable

        self.ui.clashNoneLabel.setText(storage_message(exc.reason if isinstance(exc, StorageUnavailable) else "unavailable"))
        self.checks_updated.emit()

    def _show_term(self, start: datetime | None, received: datetime | None) -> None:
        ui = self.ui
        self.term = self.live.term_check(start, received) if start and received else None
        if self.term is None:
            self._set_term_badge(self.tr("Cannot check"), MUTED_COLOUR, palette.NEUTRAL_BACKGROUND, None)
            ui.deadlineLabel.setText(self.tr("Enter an existing start and receipt time."))
            for widget in (ui.marginLabel, ui.ruleLabel, ui.derivationLabel, ui.lateNoticeLabel):
                widget.clear()
            ui.lateNoticeLabel.hide()
            self._update_late_widgets()
            return
        check = self.term
        accepted = not check.on_time and ui.lateAcceptedCheck.isChecked()
        text = term_label(check.on_time, accepted)
        icons = QStyle.StandardPixmap
        if check.on_time:
            self._set_term_badge(text, ON_TIME_COLOUR, ON_TIME_BACKGROUND, icons.SP_DialogApplyButton)
            margin = self.tr("Received {margin} before the deadline.")
        elif accepted:
            self._set_term_badge(text, WARNING_COLOUR, WARNING_BACKGROUND, icons.SP_MessageBoxWarning)
            margin = self.tr("Received {margin} after the deadline.")
        else:
            self._set_term_badge(text, LATE_COLOUR, LATE_BACKGROUND, icons.SP_MessageBoxCritical)
            margin = self.tr("Received {margin} after the deadline.")
        ui.deadlineLabel.setText(self.tr("Deadline: {moment}").format(moment=format_moment(check.deadline)))
        ui.marginLabel.setText(margin.format(margin=format_duration(abs(check.margin))))
        rule = check.derivation.rule
        ui.ruleLabel.setText(self.tr("Rule: {name}").format(name=rule.name))
        ui.ruleLabel.setToolTip(rule.source)
        ui.lateNoticeLabel.setText(late_notice())
        ui.lateNoticeLabel.setVisible(not check.on_time and not accepted)
        ui.derivationLabel.setText(numbered_paragraphs(describe(check.derivation, translate)))
        self._update_late_widgets()

    def _set_term_badge(self, text: str, colour: str, background: str, icon) -> None:
        ui = self.ui
        ui.termStatusLabel.setText(text)
        ui.termStatusLabel.setStyleSheet(badge_style(colour, background))
        if icon is None:
            ui.termIconLabel.clear()
        else:
            ui.termIconLabel.setPixmap(self.style().standardIcon(icon).pixmap(22, 22))

    def _show_clashes(self, clashes: list[Clash]) -> None:
        ui = self.ui
        self.clashes = clashes
        if not hasattr(self, "_no_clashes_text"):
            self._no_clashes_text = ui.clashNoneLabel.text()
        ui.clashNoneLabel.setText(self._no_clashes_text)
        ui.clashList.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for clash in self.clashes:
            item = QListWidgetItem(icon, f"{clash_text(clash)}\n{clash_reason(clash)}")
            item.setData(ROLE_ID, clash.other_id)
            item.setData(ROLE_KIND, clash.other_kind)
            if clash.other_kind == "event":
                item.setToolTip(self.tr("Double-click to open event #{id}.").format(id=clash.other_id))
            else:
                item.setToolTip(self.tr("Double-click to open notification #{id}.").format(id=clash.other_id))
            ui.clashList.addItem(item)
        ui.clashNoneLabel.setVisible(not self.clashes)
        ui.clashList.setVisible(bool(self.clashes))

    def _show_counter_title(self) -> None:
        ui = self.ui
        other = ui.counterToSpin.value()
        text, colour = "", MUTED_COLOUR
        if other and self.record is not None and other == self.record.id:
            text, colour = self.tr("That is this notification itself."), LATE_COLOUR
        elif other:
            title = self.counter_title  # read with the clashes
            if title is None:
                text, colour = self.tr("There is no notification #{id}.").format(id=other), LATE_COLOUR
            else:
                text = f"#{other} {title}"
        ui.counterToTitleLabel.setText(text)
        ui.counterToTitleLabel.setStyleSheet(f"color: {colour};")

    def _show_warnings(self) -> None:
        found = rules.warnings(self.draft())
        self.ui.warningsLabel.setText("\n".join(f"⚠ {error_message(w)}" for w in found))
        self.ui.warningsLabel.setVisible(bool(found))

    # --- the draft and its errors --------------------------------------------------------

    def _read_times(self) -> tuple[dict[str, datetime | None], list[FieldError]]:
        ui = self.ui
        edits = {
            "start_at": ui.startEdit,
            "end_at": ui.endEdit,
            "received_at": ui.receivedEdit,
        }
        times: dict[str, datetime | None] = {}
        errors: list[FieldError] = []
        for field, edit in edits.items():
            if is_empty(edit):  # a moment the e-mail did not give, not entered yet
                times[field] = None
                continue
            exact = self._intake_moment(field, edit)
            if exact is not None:  # the headers' moment to the second, while the field shows it
                times[field] = exact
                continue
            try:
                times[field] = local_to_aware(wall_clock(edit))
            except NonexistentLocalTime:
                times[field] = None
                errors.append(FieldError(field, "nonexistent_time"))
        return times, errors

    def _intake_moment(self, field: str, edit: QDateTimeEdit) -> datetime | None:
        """The moment of receipt to the second — the e-mail's, or the record's when it came
        from one — while the field (whole minutes) still shows it."""
        if field != "received_at":
            return None
        if self.intake is not None:
            exact = self.intake[0].received_at
        else:
            exact = self.record.received_at if self.record is not None else None
        if exact is None or (exact.second == 0 and exact.microsecond == 0):
            return None
        shown = to_local(exact).replace(second=0, microsecond=0, tzinfo=None)
        return exact if wall_clock(edit) == shown else None

    def draft(self) -> NotificationDraft:
        """The notification as entered; a time in the DST gap is left out (None)."""
        ui = self.ui
        times, _ = self._read_times()
        place_type = _chosen(ui.placeTypeCombo, PlaceType)
        decision, _ = self.decision_panel.values()
        late_accepted = ui.lateAcceptedCheck.isChecked() and self.is_late()
        count = self._head_count()
        return NotificationDraft(
            kind=_chosen(ui.kindCombo, ManifestationKind),
            place_type=place_type,
            purpose=ui.purposeEdit.toPlainText().strip(),
            start_at=times["start_at"],
            end_at=times["end_at"],
            location=ui.locationEdit.text().strip(),
            district=_chosen(ui.districtCombo, District),
            received_at=times["received_at"],
            channel=_chosen(ui.channelCombo, Channel),
            risk=_chosen(ui.riskCombo, Risk),
            organiser_name=ui.organiserNameEdit.text().strip(),
            organiser_address=ui.organiserAddressEdit.text().strip(),
            organiser_phone=ui.organiserPhoneEdit.text().strip(),
            organiser_email=ui.organiserEmailEdit.text().strip(),
            organiser_organisation=ui.organiserOrganisationEdit.text().strip(),
            route=ui.routeEdit.toPlainText().strip(),
            route_start=ui.routeStartEdit.text().strip(),
            route_end=ui.routeEndEdit.text().strip(),
            composition=ui.compositionEdit.text().strip(),
            organiser_measures=ui.organiserMeasuresEdit.toPlainText().strip(),
            expected_participants=count.low if count else None,
            expected_participants_max=count.high if count else None,
            counter_to_id=ui.counterToSpin.value() or None,
            status=_chosen(ui.statusCombo, Status),
            status_note=ui.statusNoteEdit.text().strip(),
            late_accepted=late_accepted,
            late_accepted_reason=ui.lateReasonEdit.text().strip() if late_accepted else "",
            late_accepted_by=ui.lateByEdit.text().strip() if late_accepted else "",
            places=self.places(),
            **decision,
        )

    def _head_count(self) -> HeadCount | None:
        """The participants as typed; an unreadable text counts as not given (see validate_form)."""
        try:
            return parse_head_count(self.ui.participantsEdit.text())
        except UnreadableHeadCount:
            return None

    def validate_form(self, live: bool = False) -> list[FieldError]:
        """The service's rules plus what only the form can know (DST gap, self-reference).

        ``live``: while typing, with the counter-demonstration's existence from the last
        clash query instead of asking the database again.
        """
        _, errors = self._read_times()
        try:
            parse_head_count(self.ui.participantsEdit.text())
        except UnreadableHeadCount as exc:
            errors.append(FieldError("expected_participants", exc.code))
        errors += self.decision_panel.values()[1]
        draft = self.draft()
        if draft.kind is None:  # only a notification from e-mail starts without a kind
            errors.append(FieldError("kind", "required"))
        own = {e.field for e in errors}
        moments = ("start_at", "end_at", "received_at")  # the window's message says more than the years' limit
        errors += [e for e in changed_moments_in_window(draft, self.record, moments, self.date_window, self._now)
                   if e.field not in own]
        own = {e.field for e in errors}
        found = self.live.validate(draft, self.counter_title) if live else self.service.validate(draft)
        errors += [e for e in found if e.field not in own]
        if self.record is not None and draft.counter_to_id == self.record.id:
            errors = [e for e in errors if e.field != "counter_to_id"]
            errors.append(FieldError("counter_to_id", "self_reference"))
        return errors

    def show_errors(self, errors: list[FieldError], focus: bool = True) -> None:
        ui = self.ui
        messages: dict[str, list[str]] = {}
        for error in errors:
            messages.setdefault(error.field, []).append(error_message(error))
        self.errors.show(messages)
        unplaced = [m for f, texts in messages.items() if f not in self.errors.fields for m in texts]
        if errors:
            summary = self.tr("Not saved: correct the marked fields.")
            ui.errorSummaryLabel.setText(" ".join([summary, *unplaced]))
        ui.errorSummaryLabel.setVisible(bool(errors))
        marked = {ui.tabs.indexOf(self._tab_of(w)) for f, w in self.errors.fields.items() if f in messages}
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index in range(ui.tabs.count()):
            ui.tabs.setTabIcon(index, warning if index in marked else QIcon())
        first = next((f for f in self.errors.fields if f in messages), None)
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
        self._attempted = False  # validated next, with focus
        self.refresh_checks()
        self._attempted = True

    def store(self, draft: Any) -> NotificationRecord:
        created = self.record is None
        if created and self.intake is not None:
            record = self._register_intake(draft)
        else:
            record = super().store(draft)
        if created:
            self.checklist.attach(record.id)  # templates chosen before the first save
        return record

    def _register_intake(self, draft: NotificationDraft) -> NotificationRecord:
        """The notification with its original message, in one transaction."""
        from crisisdesk.messages import duplicate_message
        from crisisdesk.services.errors import ValidationFailed
        from crisisdesk.services.register.mail_intake import DuplicateMessage

        assert self.intake is not None
        intake, data = self.intake
        try:
            return self.desk.mail_intake.register(intake, data, draft)
        except DuplicateMessage as exc:  # registered from another desk while this dialog was open
            self.show_message(self.tr("Not saved"), duplicate_message(exc.notification_id))
            raise ValidationFailed([]) from exc

    def load_record(self, record: NotificationRecord) -> None:
        """Their version, after "Keep theirs": the form shows it as saved now."""
        _fill(self.ui.statusCombo, rules.allowed_next_statuses(record.status))
        self._load(record)
        self.refresh_checks()

    def record_saved(self, record: NotificationRecord) -> None:
        self.notification_saved.emit(record.id)
        self.accept()

    def differences(self, draft: Any, theirs: Any) -> list[FieldDifference]:
        return differences(draft, theirs, self.record)  # notifications compare their own way

    def conflict_header(self, theirs: Any) -> str | None:
        return None  # the conflict dialog's own words for a notification

    def deleted_text(self) -> str:
        return self.tr("This notification was deleted by someone else; nothing was saved.")

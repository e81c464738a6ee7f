"""Between the event form and an event: showing a record, reading the draft back.

Part of the event dialog (``EventDialog`` mixes this in); kept apart because it is the
long, plain mapping of some forty widgets to ``EventRecord`` / ``EventDraft`` fields.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QTableWidgetItem

from crisisdesk.ui.geo.address_field import AddressField
from crisisdesk.domain.geo.points import PlacedPoint, PlaceRole, point_for
from crisisdesk.domain.enums import District
from crisisdesk.domain.events.rules import (
    AdviceStatus,
    EventDraft,
    EventKind,
    EventRiskClass,
    EventStatus,
    FireworksRule,
    FireworksRules,
    FootballMeasures,
    MatchRiskClass,
    PermitStatus,
)
from crisisdesk.domain.register.notifications import FieldError
from crisisdesk.domain.timeutil import NonexistentLocalTime, local_to_aware, to_local
from crisisdesk.labels import format_moment, label
from crisisdesk.domain.events.records import EventRecord
from crisisdesk.ui.common import combos
from crisisdesk.ui.common.widgets import set_wall_clock, wall_clock

TIME_EDITS = {
    "start_at": "startEdit",
    "end_at": "endEdit",
    "permit_applied_at": "permitAppliedEdit",
    "permit_decided_at": "permitDecidedEdit",
    "fireworks_allowed_from": "fireworksFromEdit",
    "fireworks_allowed_until": "fireworksUntilEdit",
}


class EventForm:
    """Expects ``self.ui`` (Ui_EventDialog), ``self._now``, ``self.kind()`` and ``self.location_field``."""

    location_field: AddressField

    def _set_fireworks_times(self, start: datetime | None, until: datetime | None, day) -> None:
        new_year = day.replace(month=12, day=31)
        set_wall_clock(self.ui.fireworksFromEdit, start or datetime.combine(new_year, datetime.min.time()).replace(hour=18))
        set_wall_clock(self.ui.fireworksUntilEdit, until or datetime.combine(new_year + timedelta(days=1), datetime.min.time()).replace(hour=2))

    def _load(self, r: EventRecord) -> None:
        ui = self.ui
        for combo, value in (
            (ui.kindCombo, r.kind), (ui.districtCombo, r.district), (ui.riskScanCombo, r.risk_scan_advice),
            (ui.riskClassCombo, r.risk_class), (ui.adviceFireCombo, r.advice_fire), (ui.advicePoliceCombo, r.advice_police),
            (ui.adviceGhorCombo, r.advice_ghor), (ui.permitStatusCombo, r.permit_status),
            (ui.matchRiskCombo, r.match_risk_class), (ui.fireworksRuleCombo, r.fireworks.rule), (ui.statusCombo, r.status),
        ):
            combos.select(combo, value)
        ui.titleEdit.setText(r.title)
        ui.descriptionEdit.setPlainText(r.description)
        ui.visitorsSpin.setValue(r.expected_visitors or 0)
        set_wall_clock(ui.startEdit, r.start_at)
        set_wall_clock(ui.endEdit, r.end_at)
        ui.locationEdit.setText(r.location)
        self.location_field.set_point(point_for(r.places, PlaceRole.LOCATION), emit=False, keep_text=True)
        for name in ("organisation", "name", "phone", "email"):
            getattr(ui, f"organiser{name.capitalize()}Edit").setText(getattr(r, f"organiser_{name}"))
        set_wall_clock(ui.permitAppliedEdit, r.permit_applied_at or self._now)
        set_wall_clock(ui.permitDecidedEdit, r.permit_decided_at or self._now)
        ui.opponentEdit.setText(r.opponent)
        football = r.football
        ui.combiCheck.setChecked(football.combi_regulation)
        ui.maxAwayCheck.setChecked(football.max_away_supporters is not None)
        ui.maxAwaySpin.setValue(football.max_away_supporters or 0)
        ui.maxAwaySpin.setEnabled(football.max_away_supporters is not None)
        ui.withoutPublicCheck.setChecked(football.without_public)
        ui.securityRiskAreaCheck.setChecked(football.security_risk_area)
        ui.cameraCheck.setChecked(football.camera_surveillance)
        ui.fireworksZonesEdit.setPlainText("\n".join(r.fireworks.zones))
        self._set_fireworks_times(r.fireworks.allowed_from, r.fireworks.allowed_until, to_local(r.start_at).date())
        ui.headerLabel.setText(self.tr("Event #{id}").format(id=r.id))
        self.setWindowTitle(self.tr("Event #{id} — {title}").format(id=r.id, title=r.public_title))
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

    def _read_times(self) -> tuple[dict[str, datetime | None], list[FieldError]]:
        ui = self.ui
        times: dict[str, datetime | None] = {}
        errors: list[FieldError] = []
        wanted = set(TIME_EDITS)
        permit = combos.chosen(ui.permitStatusCombo, PermitStatus)
        if not ui.permitAppliedEdit.isEnabled() or permit in (PermitStatus.NOT_REQUIRED, PermitStatus.NOT_APPLIED):
            wanted.discard("permit_applied_at")
        if not ui.permitDecidedEdit.isEnabled():
            wanted.discard("permit_decided_at")
        if self.kind() != EventKind.NEW_YEARS_EVE or combos.chosen(ui.fireworksRuleCombo, FireworksRule) == FireworksRule.NONE:
            wanted -= {"fireworks_allowed_from", "fireworks_allowed_until"}
        for field, name in TIME_EDITS.items():
            times[field] = None
            if field not in wanted:
                continue
            try:
                times[field] = local_to_aware(wall_clock(getattr(ui, name)))
            except NonexistentLocalTime:
                errors.append(FieldError(field, "nonexistent_time"))
        return times, errors

    def draft(self) -> EventDraft:
        """The event as entered; a time in the DST gap is left out (None)."""
        ui = self.ui
        times, _ = self._read_times()
        kind = self.kind()
        football = FootballMeasures(
            combi_regulation=ui.combiCheck.isChecked(),
            max_away_supporters=ui.maxAwaySpin.value() if ui.maxAwayCheck.isChecked() else None,
            without_public=ui.withoutPublicCheck.isChecked(),
            security_risk_area=ui.securityRiskAreaCheck.isChecked(),
            camera_surveillance=ui.cameraCheck.isChecked(),
        )
        fireworks = FireworksRules(
            rule=combos.chosen(ui.fireworksRuleCombo, FireworksRule),
            zones=tuple(z.strip() for z in ui.fireworksZonesEdit.toPlainText().splitlines() if z.strip()),
            allowed_from=times["fireworks_allowed_from"],
            allowed_until=times["fireworks_allowed_until"],
        )
        return EventDraft(
            kind=kind,
            title=ui.titleEdit.text().strip(),
            start_at=times["start_at"],
            end_at=times["end_at"],
            location=ui.locationEdit.text().strip(),
            district=combos.chosen(ui.districtCombo, District),
            organiser_organisation=ui.organiserOrganisationEdit.text().strip(),
            organiser_name=ui.organiserNameEdit.text().strip(),
            organiser_phone=ui.organiserPhoneEdit.text().strip(),
            organiser_email=ui.organiserEmailEdit.text().strip(),
            description=ui.descriptionEdit.toPlainText().strip(),
            expected_visitors=ui.visitorsSpin.value() or None,
            risk_scan_advice=combos.chosen(ui.riskScanCombo, EventRiskClass),
            risk_class=combos.chosen(ui.riskClassCombo, EventRiskClass),
            permit_status=combos.chosen(ui.permitStatusCombo, PermitStatus),
            permit_applied_at=times["permit_applied_at"],
            permit_decided_at=times["permit_decided_at"],
            advice_fire=combos.chosen(ui.adviceFireCombo, AdviceStatus),
            advice_police=combos.chosen(ui.advicePoliceCombo, AdviceStatus),
            advice_ghor=combos.chosen(ui.adviceGhorCombo, AdviceStatus),
            opponent=ui.opponentEdit.text().strip() if kind == EventKind.FOOTBALL_MATCH else "",
            match_risk_class=combos.chosen(ui.matchRiskCombo, MatchRiskClass) if kind == EventKind.FOOTBALL_MATCH else None,
            football=football if kind == EventKind.FOOTBALL_MATCH else FootballMeasures(),
            fireworks=fireworks if kind == EventKind.NEW_YEARS_EVE else FireworksRules(),
            status=combos.chosen(ui.statusCombo, EventStatus),
            status_note=ui.statusNoteEdit.text().strip(),
            places=self._places(),
        )

    def _places(self) -> tuple[PlacedPoint, ...]:
        point = self.location_field.point
        return (PlacedPoint(PlaceRole.LOCATION, point),) if point is not None else ()

"""The Besluit tab of the notification dialog: the mayor's decision as a sound besluit.

The layout lives in ``forms/decision_panel.ui``. The panel offers only what the Wom
allows at the place: nothing in advance in a non-public place (art. 8), and near an
embassy it says that advance measures still rest on art. 5 with an art. 2 interest.
Each measure has its own text and the interests it serves; a ban asks for its ground
(art. 5 lid 2 a, b or c), why milder measures fall short and, on lateness, the weighing.
The dialog reads the decision with ``values`` and shows errors on ``error_widgets``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from crisisdesk.domain.documents.profile import Signatory
from crisisdesk.domain.enums import INTERESTS, BanGround, Capacity, Decision, DecisionGround, MadeKnownChannel, PlaceType
from crisisdesk.domain.register.decisions import MEASURE_KINDS, Measure, advance_measures_allowed, content_warning_terms
from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.register.records import NotificationRecord
from crisisdesk.domain.timeutil import NonexistentLocalTime, local_to_aware, to_local
from crisisdesk.labels import field_label, label
from crisisdesk.ui.common.date_typing import typable
from crisisdesk.ui.common.widgets import WARNING_BACKGROUND, WARNING_COLOUR, prepare_wall_clock_edit, set_wall_clock, wall_clock
from crisisdesk.ui.common.combos import chosen as _chosen
from crisisdesk.ui.common.combos import fill as _fill
from crisisdesk.ui.common.combos import select as _select
from crisisdesk.ui.forms.ui_decision_panel import Ui_DecisionPanel

COL_TEXT, COL_NOTE = 0, 4
INTEREST_COLUMNS = {DecisionGround.HEALTH: 1, DecisionGround.TRAFFIC: 2, DecisionGround.DISORDER: 3}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DecisionPanel(QWidget):
    """The decision part of a notification; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, signatories: tuple[Signatory, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DecisionPanel()
        self.ui.setupUi(self)
        self.signatories = signatories
        self.place_type: PlaceType | None = PlaceType.PUBLIC
        self._prepare()
        self._connect()
        self.update_widgets()

    # --- setting up --------------------------------------------------------------------

    def _prepare(self) -> None:
        ui = self.ui
        _fill(ui.decisionCombo, Decision, self.tr("None yet"))
        _fill(ui.capacityCombo, Capacity, self.tr("Choose…"))
        _fill(ui.madeKnownHowCombo, MadeKnownChannel, self.tr("How…"))
        _fill(ui.banGroundCombo, BanGround, self.tr("Choose…"))
        ui.signatoryCombo.addItem(self.tr("Someone else"), -1)
        for index, signatory in enumerate(self.signatories):
            ui.signatoryCombo.addItem(f"{signatory.name} — {signatory.function}", index)
        self.ban_checks = {DecisionGround.HEALTH: ui.banHealthCheck, DecisionGround.TRAFFIC: ui.banTrafficCheck,
                           DecisionGround.DISORDER: ui.banDisorderCheck}
        for ground, check in self.ban_checks.items():
            check.setText(label(ground))
        prepare_wall_clock_edit(ui.madeKnownEdit)
        ui.decisionDateEdit.setDate(QDate.currentDate())
        typable(ui.decisionDateEdit)  # typed as displayed; one Tab leaves it
        for name in ("groundsNoteLabel", "placeNoteLabel"):
            getattr(ui, name).setProperty("role", "note")
        ui.reviewLabel.setStyleSheet(
            f"QLabel {{ color: {WARNING_COLOUR}; background: {WARNING_BACKGROUND};"
            f" border: 1px solid {WARNING_COLOUR}; border-radius: 3px; padding: 4px; }}"
        )
        ui.reviewLabel.hide()
        header = ui.measuresTable.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_NOTE, 180)
        # rows as high as their wrapped text, once the columns have their real width
        header.sectionResized.connect(lambda *_: ui.measuresTable.resizeRowsToContents())
        for column in INTEREST_COLUMNS.values():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.measuresTable.verticalHeader().setVisible(True)

    def _connect(self) -> None:
        ui = self.ui
        ui.decisionCombo.currentIndexChanged.connect(self.update_widgets)
        ui.banGroundCombo.currentIndexChanged.connect(self.update_widgets)
        ui.capacityCombo.currentIndexChanged.connect(self.update_widgets)
        ui.madeKnownNotYetCheck.toggled.connect(self.update_widgets)
        ui.signatoryCombo.activated.connect(self._use_signatory)
        ui.addMeasureButton.clicked.connect(lambda: self.add_measure(Measure("")))
        ui.removeMeasureButton.clicked.connect(self._remove_measure)
        ui.measuresTable.itemChanged.connect(self._measure_changed)
        for combo in (ui.decisionCombo, ui.banGroundCombo, ui.capacityCombo, ui.madeKnownHowCombo):
            combo.currentIndexChanged.connect(self.changed)
        for line in (ui.decidedByEdit, ui.functionEdit):
            line.textChanged.connect(self.changed)
        for text in (ui.motivationEdit, ui.latenessEdit, ui.alternativesEdit):
            text.textChanged.connect(self.changed)
        for check in (ui.madeKnownNotYetCheck, *self.ban_checks.values()):
            check.toggled.connect(self.changed)
        ui.decisionDateEdit.dateChanged.connect(self.changed)
        ui.madeKnownEdit.dateTimeChanged.connect(self.changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ui.measuresTable.resizeRowsToContents()

    def error_widgets(self) -> dict[str, QWidget]:
        """Decision field -> the widget its errors are shown on (in tab order)."""
        ui = self.ui
        return {
            "decision": ui.decisionCombo, "decision_date": ui.decisionDateEdit, "decided_by": ui.decidedByEdit,
            "decided_capacity": ui.capacityCombo, "decided_function": ui.functionEdit,
            "decision_made_known_at": ui.madeKnownEdit, "decision_made_known_how": ui.madeKnownHowCombo,
            "decision_measures": ui.measuresTable, "decision_ban_ground": ui.banGroundCombo,
            "decision_lateness_weighing": ui.latenessEdit, "decision_ban_alternatives": ui.alternativesEdit,
            "decision_motivation": ui.motivationEdit,
        }

    # --- loading -----------------------------------------------------------------------

    def load_defaults(self, now: datetime) -> None:
        set_wall_clock(self.ui.madeKnownEdit, to_local(now).replace(second=0, microsecond=0, tzinfo=None))
        self.ui.madeKnownNotYetCheck.setChecked(True)
        self.ui.decisionDateEdit.setDate(_qdate(to_local(now).date()))

    def load(self, r: NotificationRecord, now: datetime) -> None:
        ui = self.ui
        _select(ui.decisionCombo, r.decision)
        _select(ui.capacityCombo, r.decided_capacity)
        _select(ui.madeKnownHowCombo, r.decision_made_known_how)
        _select(ui.banGroundCombo, r.decision_ban_ground)
        ui.decisionDateEdit.setDate(_qdate(r.decision_date or to_local(now).date()))
        ui.decidedByEdit.setText(r.decided_by)
        ui.functionEdit.setText(r.decided_function)
        known = [i for i, s in enumerate(self.signatories) if (s.name, s.capacity) == (r.decided_by, r.decided_capacity)]
        ui.signatoryCombo.setCurrentIndex(max(0, ui.signatoryCombo.findData(known[0] if known else -1)))
        ui.motivationEdit.setPlainText(r.decision_motivation)
        ui.latenessEdit.setPlainText(r.decision_lateness_weighing)
        ui.alternativesEdit.setPlainText(r.decision_ban_alternatives)
        for ground, check in self.ban_checks.items():
            check.setChecked(ground in r.decision_ban_interests)
        ui.measuresTable.setRowCount(0)
        for measure in r.decision_measures:
            self.add_measure(measure)
        set_wall_clock(ui.madeKnownEdit, r.decision_made_known_at or now)
        ui.madeKnownNotYetCheck.setChecked(r.decision_made_known_at is None)
        if r.decision_review:
            missing = ", ".join(field_label(code) for code in r.decision_review)
            ui.reviewLabel.setText(self.tr("Carried over from an earlier version of crisisdesk. Complete before a letter is printed: {missing}.").format(missing=missing))
        ui.reviewLabel.setVisible(bool(r.decision_review))
        self.update_widgets()

    def _use_signatory(self) -> None:
        index = self.ui.signatoryCombo.currentData()
        if index is None or index < 0:
            return
        signatory = self.signatories[index]
        self.ui.decidedByEdit.setText(signatory.name)
        _select(self.ui.capacityCombo, signatory.capacity)
        self.ui.functionEdit.setText(signatory.function if signatory.capacity == Capacity.MANDATE else "")

    # --- measures ----------------------------------------------------------------------

    def add_measure(self, measure: Measure) -> None:
        table = self.ui.measuresTable
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, COL_TEXT, QTableWidgetItem(measure.text))
        for ground, column in INTEREST_COLUMNS.items():
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if ground in measure.interests else Qt.CheckState.Unchecked)
            table.setItem(row, column, item)
        table.setItem(row, COL_NOTE, QTableWidgetItem(measure.content_note))
        table.blockSignals(False)
        self._mark_content(row)
        table.resizeRowsToContents()
        self.changed.emit()

    def _remove_measure(self) -> None:
        table = self.ui.measuresTable
        rows = sorted({index.row() for index in table.selectedIndexes()}, reverse=True) or [table.rowCount() - 1]
        for row in rows:
            if row >= 0:
                table.removeRow(row)
        self.changed.emit()

    def _measure_changed(self, item: QTableWidgetItem) -> None:
        self._mark_content(item.row())
        self.changed.emit()

    def _mark_content(self, row: int) -> None:
        """A measure that seems to be about content is tinted until it carries a note."""
        table = self.ui.measuresTable
        text_item, note_item = table.item(row, COL_TEXT), table.item(row, COL_NOTE)
        if text_item is None or note_item is None:
            return
        terms = content_warning_terms(text_item.text())
        waiting = bool(terms) and not note_item.text().strip()
        table.blockSignals(True)
        for item in (text_item, note_item):
            item.setBackground(QColor(WARNING_BACKGROUND) if waiting else QColor(0, 0, 0, 0))
            item.setToolTip(self.tr("Seems to be about content ({terms}): reword it, or explain in the note why it is not.").format(terms=", ".join(terms)) if terms else "")
        table.blockSignals(False)

    def measures(self) -> tuple[Measure, ...]:
        table = self.ui.measuresTable
        found = []
        def text_at(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text().strip() if item is not None else ""

        def checked(row: int, column: int) -> bool:
            item = table.item(row, column)
            return item is not None and item.checkState() == Qt.CheckState.Checked

        for row in range(table.rowCount()):
            text, note = text_at(row, COL_TEXT), text_at(row, COL_NOTE)
            interests = tuple(g for g, c in INTEREST_COLUMNS.items() if checked(row, c))
            if text or interests or note:
                found.append(Measure(text, interests, note))
        return tuple(found)

    # --- what may be entered ------------------------------------------------------------

    def set_place_type(self, place_type: PlaceType | None) -> None:
        self.place_type = place_type
        self.update_widgets()

    def decision(self) -> Decision | None:
        return _chosen(self.ui.decisionCombo, Decision)

    def update_widgets(self) -> None:
        ui = self.ui
        advance = advance_measures_allowed(self.place_type)
        model = cast(QStandardItemModel, ui.decisionCombo.model())
        for index in range(ui.decisionCombo.count()):
            value = ui.decisionCombo.itemData(index)
            allowed = advance or value in ("", Decision.NO_MEASURES.value)
            model.item(index).setEnabled(allowed)
        if not advance and self.decision() not in (None, Decision.NO_MEASURES):
            _select(ui.decisionCombo, Decision.NO_MEASURES)
        if not advance:
            ui.placeNoteLabel.setText(self.tr("A non-public place (Wom art. 8): no conditions, restrictions or ban in advance. The mayor can only order a manifestation under way to end, for health or disorder."))
        elif self.place_type == PlaceType.NEAR_EMBASSY:
            ui.placeNoteLabel.setText(self.tr("Near an embassy, consulate or international organisation: advance measures still rest on Wom art. 5 with an interest of art. 2. Art. 9 only allows instructions during the manifestation."))
        ui.placeNoteLabel.setVisible(not advance or self.place_type == PlaceType.NEAR_EMBASSY)
        decision = self.decision()
        decided = decision is not None
        ui.measuresGroup.setVisible(decision in MEASURE_KINDS)
        ui.banGroup.setVisible(decision == Decision.BAN)
        ui.motivationGroup.setVisible(decided)
        ban_ground = _chosen(ui.banGroundCombo, BanGround)
        ui.banForm.setRowVisible(ui.banInterestsBox, ban_ground == BanGround.INTEREST)
        ui.banForm.setRowVisible(ui.latenessEdit, ban_ground == BanGround.LATE)
        for widget in (ui.decisionDateEdit, ui.signatoryCombo, ui.decidedByEdit, ui.capacityCombo, ui.madeKnownNotYetCheck):
            widget.setEnabled(decided)
        ui.decisionForm.setRowVisible(ui.functionEdit, _chosen(ui.capacityCombo, Capacity) == Capacity.MANDATE)
        known = decided and not ui.madeKnownNotYetCheck.isChecked()
        ui.madeKnownEdit.setEnabled(known)
        ui.madeKnownHowCombo.setEnabled(known)

    # --- reading -----------------------------------------------------------------------

    def values(self) -> tuple[dict[str, Any], list[FieldError]]:
        """The draft's decision fields, and a made-known time in the DST gap as an error."""
        ui = self.ui
        decision = self.decision()
        errors: list[FieldError] = []
        made_known = None
        if decision is not None and not ui.madeKnownNotYetCheck.isChecked():
            try:
                made_known = local_to_aware(wall_clock(ui.madeKnownEdit))
            except NonexistentLocalTime:
                errors.append(FieldError("decision_made_known_at", "nonexistent_time"))
        ban = decision == Decision.BAN
        ban_ground = _chosen(ui.banGroundCombo, BanGround) if ban else None
        capacity = _chosen(ui.capacityCombo, Capacity) if decision else None
        qdate = ui.decisionDateEdit.date()
        values = {
            "decision": decision,
            "decision_measures": self.measures() if decision in MEASURE_KINDS else (),
            "decision_motivation": ui.motivationEdit.toPlainText().strip() if decision else "",
            "decision_ban_ground": ban_ground,
            "decision_ban_interests": tuple(g for g in INTERESTS if self.ban_checks[g].isChecked()) if ban_ground == BanGround.INTEREST else (),
            "decision_ban_alternatives": ui.alternativesEdit.toPlainText().strip() if ban else "",
            "decision_lateness_weighing": ui.latenessEdit.toPlainText().strip() if ban_ground == BanGround.LATE else "",
            "decision_date": date(qdate.year(), qdate.month(), qdate.day()) if decision else None,
            "decided_by": ui.decidedByEdit.text().strip() if decision else "",
            "decided_capacity": capacity,
            "decided_function": ui.functionEdit.text().strip() if capacity == Capacity.MANDATE else "",
            "decision_made_known_at": made_known,
            "decision_made_known_how": _chosen(ui.madeKnownHowCombo, MadeKnownChannel) if made_known else None,
        }
        return values, errors

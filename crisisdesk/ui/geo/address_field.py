"""An address field that resolves: suggestions while typing, the chosen one's point.

``AddressField`` attaches to a form's ``QLineEdit`` (the .ui files keep their plain line
edits). After a pause in typing it asks the geocoder for suggestions off the GUI thread
and shows them in a completer popup (arrow keys and Enter, or the mouse); choosing one
looks up its point — address, WGS84 and RD New, the wijk — and emits ``placeChosen``
with the ``GeoPoint``. Typing again after a choice drops the point (``placeChosen(None)``):
the text is free again. Free text is always allowed; when the geocoder cannot be reached
a quiet line under the field says so, and nothing else happens — no dialog.

A map (or anything else) can follow a field through ``placeChosen(object)``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QFormLayout, QLabel, QLineEdit

from crisisdesk.domain.enums import District
from crisisdesk.domain.geo.locatieserver import district_for_wijk
from crisisdesk.domain.geo.points import GeoPoint
from crisisdesk.labels import label
from crisisdesk.services.geo.geocoder import MIN_QUERY_LENGTH, Geocoder
from crisisdesk.ui.common import workers

SUGGEST_DELAY_MS = 300


class AddressField(QObject):
    """Suggestions and the chosen point for one address line edit."""

    placeChosen = Signal(object)  # noqa: N815 - Qt's signal style; a GeoPoint, or None when the text is free again
    districtFound = Signal(object)  # noqa: N815 - the desk's District of a chosen address, when derivable

    def __init__(self, edit: QLineEdit, geocoder: Geocoder, delay_ms: int = SUGGEST_DELAY_MS) -> None:
        super().__init__(edit)
        self.edit = edit
        self.geocoder = geocoder
        self.point: GeoPoint | None = None
        self._ids: dict[str, str] = {}  # suggestion text -> the geocoder's id
        self._generation = 0  # an answer counts only if nothing was typed since it was asked
        self._workers: set[workers.Worker] = set()
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.ask_suggestions)

        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(8)
        self.completer.setWidget(edit)
        self.completer.activated.connect(self.choose)
        popup = self.popup
        popup.setAccessibleName(self.tr("Address suggestions"))
        popup.setAccessibleDescription(self.tr("Up and down choose an address, Enter takes it, Escape keeps the text as typed."))

        self.notice = QLabel()
        self.notice.setObjectName(f"{edit.objectName()}Notice")
        self.notice.setProperty("role", "note")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._form = _put_under(edit, self.notice)
        edit.textEdited.connect(self._typed)
        edit.destroyed.connect(self._closing)

    # --- typing and suggestions ---------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._generation += 1
        if self.point is not None:
            self.point = None
            self._show_notice("")
            self.placeChosen.emit(None)
        self._timer.start()

    def ask_suggestions(self) -> None:
        """Asks the geocoder for what is typed now (tests call it instead of waiting)."""
        self._timer.stop()
        text = self.edit.text()
        if len(text.strip()) < MIN_QUERY_LENGTH:
            self.popup.hide()
            return
        generation = self._generation
        self._run(self.geocoder.suggest, text, lambda found: self._suggested(generation, found))

    def _suggested(self, generation: int, found: list) -> None:
        if generation != self._generation:
            return
        self._ids = {s.text: s.id for s in found}
        self.model.setStringList(list(self._ids))
        if self.notice.text() and self.point is None:
            self._show_notice("")  # reachable again
        if found and self.edit.hasFocus():
            self.completer.complete()
        elif not found:
            self.popup.hide()

    # --- choosing ----------------------------------------------------------------------

    def choose(self, text: str) -> None:
        """The advisor took a suggestion: look up its point."""
        ident = self._ids.get(text)
        if ident is None:
            return
        self._generation += 1
        generation = self._generation
        self.popup.hide()
        self.edit.setText(text)
        self._run(self.geocoder.lookup, ident, lambda point: self._found(generation, point))

    def _found(self, generation: int, point: GeoPoint) -> None:
        if generation != self._generation:
            return
        self.set_point(point)
        district = district_for_wijk(point.wijk)
        if district is not None:
            self.districtFound.emit(district)

    def set_point(self, point: GeoPoint | None, emit: bool = True, keep_text: bool = False) -> None:
        """Shows ``point`` as the field's resolved address (a saved record's, or a lookup's)."""
        self._generation += 1
        self.point = point
        if point is not None:
            if not keep_text and point.address:
                self.edit.setText(point.address)
            self._show_notice(self._found_text(point))
        else:
            self._show_notice("")
        if emit:
            self.placeChosen.emit(point)

    def _found_text(self, point: GeoPoint) -> str:
        district = district_for_wijk(point.wijk)
        if district is not None:
            return self.tr("Address found on the map (wijk {wijk}).").format(wijk=label(District(district)))
        return self.tr("Address found on the map.")

    # --- the geocoder, off the GUI thread ------------------------------------------------

    def _run(self, call, argument: str, done) -> None:
        worker = workers.Worker(call, argument, progress=False)
        worker.signals.result.connect(done)
        worker.signals.error.connect(lambda exc, _trace: self._failed(exc))
        worker.signals.finished.connect(lambda: self._workers.discard(worker))
        self._workers.add(worker)
        workers.start(worker)

    def _failed(self, exc: Exception) -> None:
        """Offline, too slow or not understood: the field stays free text, and says so quietly."""
        reason = getattr(exc, "reason", "")
        self.popup.hide()
        if reason == "not_found":
            self._show_notice(self.tr("That address was not found; the text is kept as typed."))
        else:
            self._show_notice(self.tr("Addresses cannot be looked up right now; the text is kept as typed."))

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        if self._form is not None:
            self._form.setRowVisible(self.notice, bool(text))
        else:
            self.notice.setVisible(bool(text))
        self.edit.setAccessibleDescription(text)

    def _closing(self) -> None:
        self._generation += 1  # answers on their way find nobody to tell
        self._timer.stop()

    @property
    def popup(self) -> QAbstractItemView:
        """The completer's list of suggestions."""
        popup = self.completer.popup()
        assert popup is not None  # a completer always has one
        return popup

    @property
    def busy(self) -> bool:
        """A geocoder call is still on its way (tests wait for it)."""
        return bool(self._workers)


def _put_under(edit: QLineEdit, notice: QLabel) -> QFormLayout | None:
    """The notice goes in a row of its own right under its field's form row (hidden until used)."""
    from crisisdesk.ui.common.widgets import _form_row

    parent = edit.parentWidget()
    layout = parent.layout() if parent is not None else None
    found = _form_row(layout, edit) if layout is not None else None
    if found is None:
        notice.setParent(parent)
        return None
    form, row = found
    notice.setParent(parent)
    form.insertRow(row + 1, "", notice)
    form.setRowVisible(notice, False)
    return form

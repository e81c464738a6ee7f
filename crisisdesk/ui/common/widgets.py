"""Small helpers shared by forms: wall-clock date editors, field errors, state colours."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QObject,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QSizePolicy,
    QWidget,
)

from crisisdesk.domain.timeutil import to_local
from crisisdesk.ui.common.date_typing import typable
from crisisdesk.labels import format_moment, label, storage_message
from crisisdesk.services.errors import ReadOnly, StorageUnavailable
from crisisdesk.domain.calendar.records import EVENT, Clash
from crisisdesk.ui.common import palette

# The same colours as the register, so "late" looks the same everywhere.
LATE_COLOUR = palette.LATE
LATE_BACKGROUND = palette.LATE_BACKGROUND
WARNING_COLOUR = palette.WARNING
WARNING_BACKGROUND = palette.WARNING_BACKGROUND
ON_TIME_COLOUR = palette.ON_TIME
ON_TIME_BACKGROUND = palette.ON_TIME_BACKGROUND
MUTED_COLOUR = palette.MUTED

DATETIME_FORMAT = "dd-MM-yyyy HH:mm"

# Applied to a form once; a field shows its error state through the "invalid" property.
INVALID_FIELD_STYLE = f"""
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
QDateTimeEdit[invalid="true"], QSpinBox[invalid="true"] {{
    border: 1px solid {LATE_COLOUR}; border-radius: 2px; background: {LATE_BACKGROUND};
}}
QWidget#groundsBox[invalid="true"] {{ background: {LATE_BACKGROUND}; }}
QLabel[role="fieldError"] {{ color: {LATE_COLOUR}; }}
QLabel[role="note"] {{ color: {MUTED_COLOUR}; }}
"""


# --- wall-clock editors ----------------------------------------------------------------
#
# A QDateTimeEdit in local time follows the computer's time zone and silently moves a time
# that falls in a DST gap. Crisisdesk always means Amsterdam wall-clock time, so the editors
# hold a zone-less clock (kept as UTC inside Qt, which has no gaps) and
# ``timeutil.local_to_aware`` decides what that clock means — refusing 02:30 on the night
# the clocks go forward instead of guessing.

_WALL = QTimeZone.utc()


def prepare_wall_clock_edit(edit: QDateTimeEdit) -> None:
    edit.setTimeZone(_WALL)
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), _WALL))
    typable(edit)  # "07-12-2026 10:00" typed as displayed; Tab leaves the field


def set_wall_clock(edit: QDateTimeEdit, value: datetime) -> None:
    """Shows ``value`` (aware: converted to Amsterdam; naive: taken as wall clock)."""
    local = to_local(value).replace(tzinfo=None) if value.tzinfo is not None else value
    edit.setDateTime(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), _WALL)
    )


def wall_clock(edit: QDateTimeEdit) -> datetime:
    """The naive Amsterdam wall-clock time in ``edit`` (whole minutes)."""
    value = edit.dateTime().toTimeZone(_WALL)
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


# --- field errors ----------------------------------------------------------------------


def repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        repolish(widget)


def _contains(layout: QLayout, widget: QWidget) -> bool:
    for index in range(layout.count()):
        entry = layout.itemAt(index)
        if entry.widget() is widget:
            return True
        if entry.layout() is not None and _contains(entry.layout(), widget):
            return True
    return False


def _form_row(layout: QLayout, widget: QWidget) -> tuple[QFormLayout, int] | None:
    """The QFormLayout row of ``widget`` (directly or through a nested layout)."""
    if isinstance(layout, QFormLayout):
        row, _ = layout.getWidgetPosition(widget)
        if row >= 0:
            return layout, row
        for index in range(layout.count()):
            nested = layout.itemAt(index).layout()
            if nested is not None and _contains(nested, widget):
                return layout, layout.getLayoutPosition(nested)[0]
    for index in range(layout.count()):
        nested = layout.itemAt(index).layout()
        if nested is not None:
            found = _form_row(nested, widget)
            if found is not None:
                return found
    return None


class FieldErrors:
    """A red message under each field of a form, shown only when that field has an error.

    ``fields`` maps a draft field name to the widget that is marked and focused; the
    message goes in a new row right under the form row holding that widget.
    """

    def __init__(self, fields: dict[str, QWidget]) -> None:
        self.fields = fields
        self.labels: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}
        for name, widget in fields.items():
            parent = widget.parentWidget()
            found = _form_row(parent.layout(), widget) if parent and parent.layout() else None
            if found is None:
                raise ValueError(f"field {name!r}: widget {widget.objectName()!r} is not in a form row")
            form, row = found
            message = QLabel(parent)
            message.setObjectName(f"{widget.objectName()}Error")
            message.setProperty("role", "fieldError")
            message.setWordWrap(True)
            message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            form.insertRow(row + 1, None, message)
            form.setRowVisible(message, False)
            self.labels[name] = message
            self._forms[name] = form

    def show(self, messages: dict[str, list[str]]) -> None:
        """Shows ``messages`` (field -> texts) and clears every other field."""
        for name, widget in self.fields.items():
            texts = messages.get(name, [])
            label = self.labels[name]
            label.setText("\n".join(texts))
            self._forms[name].setRowVisible(label, bool(texts))
            set_invalid(widget, bool(texts))
            widget.setToolTip("\n".join(texts))

    def clear(self) -> None:
        self.show({})

    def visible_fields(self) -> list[str]:
        return [name for name, label in self.labels.items() if label.text()]


def align_form_labels(page: QWidget) -> None:
    """Gives every form on ``page`` the same label column, so fields line up across groups."""
    labels = []
    for form in page.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            entry = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if entry is not None and entry.widget() is not None:
                labels.append(entry.widget())
    width = max((caption.sizeHint().width() for caption in labels), default=0)
    for caption in labels:
        caption.setMinimumWidth(width)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def badge_style(colour: str, background: str) -> str:
    """A coloured, bold status text with a tinted background (never colour alone)."""
    return (
        f"QLabel {{ color: {colour}; background: {background}; font-weight: bold;"
        f" border: 1px solid {colour}; border-radius: 3px; padding: 3px 6px; }}"
    )


def numbered_paragraphs(sentences: list[str]) -> str:
    """Rich text "1. …" paragraphs for a word-wrapped QLabel (the text is escaped)."""
    return "".join(
        f'<p style="margin:0 0 4px 0">{number}. {html.escape(sentence)}</p>'
        for number, sentence in enumerate(sentences, 1)
    )


# --- clashes ---------------------------------------------------------------------------


def clash_text(clash: Clash) -> str:
    """"#12 Klimaatmars — Domplein, Sat 14-03-2026 13:00–15:00" (end date only when different).

    A clashing event reads "Event #3 …" with its public title (never a sensitive one's name).
    """
    start, end = to_local(clash.other_start_at), to_local(clash.other_end_at)
    until = end.strftime("%H:%M") if end.date() == start.date() else format_moment(end)
    title = clash.other_title
    if clash.other_kind == EVENT:
        number = QCoreApplication.translate("Clashes", "Event #{id}").format(id=clash.other_id)
    else:
        number = f"#{clash.other_id}"
    place = f" — {clash.other_location}," if clash.other_location else " —"
    return f"{number} {title}{place} {format_moment(start)}–{until}"


def clash_reason(clash: Clash) -> str:
    """Why the other notification or event is listed, for the advisor (with the distance
    between the two geocoded locations when it is known: "Nearby, 180 m away")."""
    return with_distance(_clash_reason(clash), clash.distance_m)


def with_distance(reason: str, distance_m: float | None) -> str:
    if distance_m is None:
        return reason
    return QCoreApplication.translate("Clashes", "{reason}, {metres} m away").format(reason=reason, metres=round(distance_m))


def _clash_reason(clash: Clash) -> str:
    if clash.reason == "same_place":
        return QCoreApplication.translate("Clashes", "Same place")
    if clash.reason == "nearby":
        return QCoreApplication.translate("Clashes", "Nearby")
    if clash.reason == "same_district":
        return QCoreApplication.translate("Clashes", "Same district ({district})").format(
            district=label(clash.other_district)
        )
    if clash.reason in ("counter_to", "counter_demonstration"):
        return QCoreApplication.translate("Clashes", "This is a counter-demonstration to it")
    return QCoreApplication.translate("Clashes", "Counter-demonstration to this one")


class EndFollowsStart(QObject):
    """Moving the start moves the end by the same amount — until the advisor sets the end.

    ``changed`` is called after either edit changes (the dialogs' live checks).
    """

    def __init__(self, start_edit: QDateTimeEdit, end_edit: QDateTimeEdit, changed: Callable[[], None]) -> None:
        super().__init__(start_edit)
        self._start_edit, self._end_edit, self._changed = start_edit, end_edit, changed
        self._last_start = wall_clock(start_edit)
        self.end_touched = False
        self._moving_end = False
        start_edit.dateTimeChanged.connect(self._start_moved)
        end_edit.dateTimeChanged.connect(self._end_moved)

    def _start_moved(self) -> None:
        start = wall_clock(self._start_edit)
        if not self.end_touched:
            self._moving_end = True
            try:
                set_wall_clock(self._end_edit, wall_clock(self._end_edit) + (start - self._last_start))
            finally:
                self._moving_end = False
        self._last_start = start
        self._changed()

    def _end_moved(self) -> None:
        if not self._moving_end:
            self.end_touched = True
        self._changed()


def page_heading(parent: QWidget, name: str) -> QLabel:
    """The large bold title at the top of a tab (period, "Komende 7 dagen: …")."""
    heading = QLabel(parent, objectName=name)
    font = QFont(heading.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    heading.setFont(font)
    return heading


def busy_bar(parent: QWidget, name: str) -> QProgressBar:
    """A small indeterminate bar shown while a page reads off the GUI thread."""
    bar = QProgressBar(parent, objectName=name)
    bar.setRange(0, 0)
    bar.setFixedWidth(120)
    bar.setMaximumHeight(12)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def save_failure(exc: Exception, deleted_message: str) -> str:
    """The Dutch line for a save that did not happen (the dialog keeps what was typed)."""
    if isinstance(exc, StorageUnavailable):
        return storage_message(exc.reason)
    if isinstance(exc, ReadOnly):
        return storage_message("read_only_mode")
    return deleted_message  # NotFound: a colleague deleted the record meanwhile

"""Date and time fields that take what the advisor types as it is displayed.

A ``QDateTimeEdit`` moves to the next section by itself once a section is full ("07"
fills the day) and *also* on a separator key, so typing "07-12-2026 10:00" skipped the
month and the hour: the year became 2202. ``typable`` makes a separator typed right
after such an automatic move do nothing, so "07-12-2026 10:00", "7-12-2026 10:00" and
"071220261000" all give 07-12-2026 10:00. Tab leaves the field instead of walking
through its five sections (the arrow keys and the separators still move inside it),
and Shift+Tab into it starts at the day as Tab does (Qt would start at the minutes).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QTabWidget, QWidget

SEPARATORS = frozenset("-/.: ")


class _TypingFilter(QObject):
    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self._section_before_digit: int | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.FocusIn and isinstance(watched, QDateTimeEdit)
                and isinstance(event, QFocusEvent) and event.reason() == Qt.FocusReason.BacktabFocusReason):
            # Shift+Tab into the field selects its last section (the minutes) in Qt: typing the
            # date as displayed would then start there. Start at the day, as Tab does.
            QTimer.singleShot(0, lambda edit=watched: edit.setSelectedSection(edit.sectionAt(0)))
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QDateTimeEdit):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        key, text = key_event.key(), key_event.text()
        plain = not (key_event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and key_event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            backwards = key == Qt.Key.Key_Backtab or bool(key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return next_tab(watched, backwards)  # a date field swallowed Ctrl+Tab: the dialog's tabs did not turn
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and plain:
            backwards = key == Qt.Key.Key_Backtab or bool(key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._section_before_digit = None
            return leave(watched, backwards)
        if text and text.isdigit():
            self._section_before_digit = watched.currentSectionIndex()
            return False
        if text and text in SEPARATORS:
            moved_by_itself = (
                self._section_before_digit is not None and watched.currentSectionIndex() != self._section_before_digit
            )
            self._section_before_digit = None
            return moved_by_itself  # swallowed: Qt already went on to the next section
        self._section_before_digit = None
        return False


def typable(edit: QDateTimeEdit) -> QDateTimeEdit:
    """Makes ``edit`` take a date typed with or without separators, and Tab leave it."""
    if edit.findChild(_TypingFilter) is None:
        edit.installEventFilter(_TypingFilter(edit))
        edit.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    return edit


def leave(widget: QWidget, backwards: bool = False) -> bool:
    """Moves the focus to the next (previous) widget in the tab chain outside ``widget``."""
    candidate = widget.previousInFocusChain() if backwards else widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        inside = widget.isAncestorOf(candidate)
        if (
            not inside
            and candidate.isEnabled()
            and candidate.isVisible()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.focusProxy() is None
        ):
            candidate.setFocus(Qt.FocusReason.BacktabFocusReason if backwards else Qt.FocusReason.TabFocusReason)
            return True
        candidate = candidate.previousInFocusChain() if backwards else candidate.nextInFocusChain()
    return False


def next_tab(widget: QWidget, backwards: bool = False) -> bool:
    """Ctrl+Tab (Ctrl+Shift+Tab) from inside ``widget``: the next (previous) page of the
    nearest tab widget around it, as Ctrl+Tab does from any other field."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    if parent is None or parent.count() < 2:
        return False
    parent.setCurrentIndex((parent.currentIndex() + (-1 if backwards else 1)) % parent.count())
    return True


def typable_dates(root: QWidget) -> None:
    """``typable`` for every date or date-time field inside ``root``."""
    for edit in root.findChildren(QDateTimeEdit):
        typable(edit)

"""Keyboard habits shared by the desk's windows and dialogs.

- ``first_field_on_show``: a new dialog opens with the cursor in its first field, not on
  its tab bar.
- ``tab_moves_between_fields``: Tab goes from field to field. A scroll area is no Tab
  stop (its fields are), and Tab leaves a table instead of walking its cells (the arrow
  keys move inside it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QScrollArea, QWidget


class _FocusOnShow(QObject):
    def __init__(self, target: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            self._target.setFocus(Qt.FocusReason.OtherFocusReason)
        return False


def first_field_on_show(dialog: QWidget, field: QWidget) -> None:
    """Puts the focus in ``field`` when ``dialog`` is first shown."""
    dialog.installEventFilter(_FocusOnShow(field, dialog))


def tab_moves_between_fields(root: QWidget) -> None:
    """No scroll area is a Tab stop, and Tab leaves every table or list inside ``root``."""
    for area in root.findChildren(QAbstractScrollArea):
        if isinstance(area, QAbstractItemView):
            area.setTabKeyNavigation(False)
        elif isinstance(area, QScrollArea):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

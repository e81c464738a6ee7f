"""Keyboard habits shared by the desk's windows and dialogs.

- ``first_field_on_show``: a new dialog opens with the cursor in its first field, not on
  its tab bar.
- ``tab_moves_between_fields``: Tab goes from field to field. A scroll area is no Tab
  stop (its fields are), and Tab leaves a table instead of walking its cells (the arrow
  keys move inside it).
- ``tab_through_pages``: in a dialog with tabs, Tab goes from the tab bar through the
  current page's fields, then to the dialog's buttons — also through parts added to a
  page after the form was built (the decision panel, the checklist tab), which Qt
  would otherwise reach only after the buttons.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QScrollArea, QTabWidget, QWidget


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


def focus_chain(root: QWidget) -> list[QWidget]:
    """The Tab stops inside ``root``, in the window's focus chain order."""
    found: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not root and widget is not None and len(found) < 10_000:
        if (root.isAncestorOf(widget) and widget.focusProxy() is None
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def tab_through_pages(tabs: QTabWidget, buttons: QWidget) -> None:
    """Tab bar, then each page's fields in page order, then ``buttons`` (a button box)."""
    chain: list[QWidget] = [tabs.tabBar()]
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is not None:
            chain += focus_chain(page)
    chain += focus_chain(buttons) or [buttons]
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)

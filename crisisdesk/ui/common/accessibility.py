"""Names for assistive technology (screen readers).

Qt gives a widget a name from its text (buttons, check boxes) or from the label whose
buddy it is. A field without either — a search box, a table, a field in a table cell —
gets its name here. ``nameless`` lists what is still missing (the tests walk every
window with it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QGroupBox, QTabWidget, QWidget


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` ("" when it has none)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None and interface.isValid() else ""


def focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def nameless(root: QWidget) -> list[QWidget]:
    """Every widget in ``root``'s window that Tab can reach and that has no name."""
    return [
        widget for widget in root.findChildren(QWidget)
        if widget.window() is root.window() and focusable(widget) and not accessible_name(widget)
    ]


def name_by_context(root: QWidget) -> None:
    """Names each nameless focusable widget in ``root`` after the group box or tab it is in
    (a table alone in the "Logboek" tab is "Logboek"). Explicit names come first; this is
    the fallback for panels whose fields speak for themselves on screen."""
    for widget in nameless(root):
        context = _context(widget, root)
        if context:
            widget.setAccessibleName(context)


def _context(widget: QWidget, root: QWidget) -> str:
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not root:
        if isinstance(parent, QGroupBox) and parent.title():
            return parent.title().replace("&", "")
        tabs = parent.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:  # child is a tab's page
            return tabs.tabText(tabs.indexOf(child)).replace("&", "")
        child, parent = parent, parent.parentWidget()
    return ""

"""Dialogs that fit a laptop screen: the body scrolls, the buttons stay in view."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QDialogButtonBox, QFrame, QScrollArea, QVBoxLayout, QWidget


def scroll_body(dialog: QWidget) -> QScrollArea:
    """Moves everything in ``dialog``'s top-level box layout except its button box into a
    scroll area, so a dialog taller than the screen scrolls instead of running off it.

    The scroll area itself is no Tab stop: Tab goes from field to field inside it.
    """
    outer = dialog.layout()
    if not isinstance(outer, QBoxLayout):
        raise TypeError(f"{dialog.objectName()}: scroll_body needs a box layout")
    body = QWidget(dialog)
    body.setObjectName(f"{dialog.objectName() or 'dialog'}Body")
    body_layout = QVBoxLayout(body)
    body_layout.setContentsMargins(0, 0, 0, 0)
    kept: list[QWidget] = []
    items = []
    while outer.count():
        stretch, taken = outer.stretch(0), outer.takeAt(0)
        if taken is not None:
            items.append((stretch, taken))
    for stretch, item in items:
        widget, layout = item.widget(), item.layout()
        if isinstance(widget, QDialogButtonBox):
            kept.append(widget)
        elif widget is not None:
            body_layout.addWidget(widget, stretch)
        elif layout is not None:
            body_layout.addLayout(layout, stretch)
        else:
            body_layout.addItem(item)
    scroll = QScrollArea(dialog)
    scroll.setObjectName(f"{dialog.objectName() or 'dialog'}Scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(body)
    outer.addWidget(scroll, 1)
    for widget in kept:
        outer.addWidget(widget)
    return scroll


def fit_to_screen(window: QWidget) -> None:
    """Shrinks ``window``'s designed size to what its screen has free (a laptop at 125 %)."""
    screen = window.screen()
    if screen is None:
        return
    free = screen.availableGeometry().size() - QSize(16, 48)  # the frame and title bar
    size = window.size().boundedTo(free).expandedTo(window.minimumSizeHint())
    window.resize(size)

"""Combo boxes holding enum codes: fill with labels, select a member, read it back."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from crisisdesk.labels import label


def fill(combo: QComboBox, members, empty: str | None = None) -> None:
    """Labels of ``members`` with their codes as item data; ``empty`` first (data "") when given."""
    combo.clear()
    if empty is not None:
        combo.addItem(empty, "")
    for member in members:
        combo.addItem(label(member), member.value)


def select(combo: QComboBox, member) -> None:
    combo.setCurrentIndex(max(0, combo.findData(member.value if member is not None else "")))


def chosen(combo: QComboBox, enum):
    value = combo.currentData()
    return enum(value) if value else None

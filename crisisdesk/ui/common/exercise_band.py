"""The permanent "OEFENING — Dit is een oefening" band on every window with exercise data.

The text is the same words that top every page of an exercise's PDF
(``crisisdesk.reports.base.exercise_text``), so screen and paper say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from crisisdesk.reports.base import exercise_text
from crisisdesk.ui.common import palette

STYLE = (f"QLabel#exerciseBand {{ background: {palette.ALARM}; color: white; font-weight: bold; font-size: 15px;"
         f" padding: 6px; border-bottom: 3px solid {palette.ALARM_EDGE}; }}")


class ExerciseBand(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(exercise_text(), parent)
        self.setObjectName("exerciseBand")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(STYLE)
        self.setAccessibleName(exercise_text())


def exercise_word() -> str:
    """"OEFENING" (the band's first word) for window titles and dialog captions."""
    return exercise_text().split(" — ")[0]

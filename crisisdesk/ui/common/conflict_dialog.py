"""The choice when a colleague saved a record first: theirs, mine, or neither.

Shown by every record dialog (ui/common/record_dialog.py) when its save is refused with
ConcurrentEdit. Field by field it sets your value against the value now in the database
and says who changed it since you opened the record; a field you both changed is marked
as a clash. Without ``differences`` it compares notifications (their own field rules).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from crisisdesk.labels import field_label, format_moment, format_value
from crisisdesk.services.conflicts import FieldDifference, differences
from crisisdesk.ui.forms.ui_conflict_dialog import Ui_ConflictDialog
from crisisdesk.ui.common.widgets import LATE_BACKGROUND, WARNING_BACKGROUND

KEEP_THEIRS, OVERWRITE, CANCEL = "theirs", "mine", "cancel"
COL_FIELD, COL_MINE, COL_THEIRS, COL_WHO = range(4)


class ConflictDialog(QDialog):
    """``choice`` is KEEP_THEIRS, OVERWRITE or CANCEL once the dialog is closed."""

    def __init__(
        self,
        mine: Any,
        theirs: Any,
        base: Any = None,
        parent: QWidget | None = None,
        *,
        found: list[FieldDifference] | None = None,
        header: str | None = None,
        field_title: Callable[[str], str] = field_label,
        show_value: Callable[[str, object], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.choice = CANCEL
        self.theirs = theirs
        self.differences = found if found is not None else differences(mine, theirs, base)
        self._field_title = field_title
        self._show_value = show_value or (lambda _name, value: format_value(value))
        self._header(theirs, header)
        self._fill()
        self.ui.keepTheirsButton.clicked.connect(lambda: self._choose(KEEP_THEIRS))
        self.ui.overwriteButton.clicked.connect(lambda: self._choose(OVERWRITE))
        self.ui.cancelButton.clicked.connect(lambda: self._choose(CANCEL))

    def _header(self, theirs: Any, header: str | None) -> None:
        font = QFont(self.ui.headerLabel.font())
        font.setBold(True)
        self.ui.headerLabel.setFont(font)
        if header is None:
            header = self.tr("{user} saved notification #{id} at {moment} (version {version}) after you opened it.").format(
                user=theirs.updated_by, id=theirs.id, moment=format_moment(theirs.updated_at), version=theirs.version
            )
        else:
            self.ui.keepTheirsButton.setToolTip(self.tr("Discard your entries and show the record as it is saved now."))
        self.ui.headerLabel.setText(header)
        if not self.differences:
            self.ui.explanationLabel.setText(self.tr(
                "Your entries and the saved version are the same. Nothing has been saved yet."
            ))

    def _fill(self) -> None:
        table = self.ui.differencesTable
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setRowCount(len(self.differences))
        for row, difference in enumerate(self.differences):
            items = (
                self._field_title(difference.field),
                self._show_value(difference.field, difference.mine),
                self._show_value(difference.field, difference.theirs),
                self._who(difference),
            )
            background = self._background(difference)
            for column, text in enumerate(items):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if background is not None:
                    item.setBackground(background)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_THEIRS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_WHO, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()

    def _who(self, difference: FieldDifference) -> str:
        if difference.changed_by_me and difference.changed_by_them:
            return self.tr("both of you")
        if difference.changed_by_them:
            return self.theirs.updated_by
        return self.tr("you")

    @staticmethod
    def _background(difference: FieldDifference) -> QBrush | None:
        if difference.changed_by_me and difference.changed_by_them:
            return QBrush(QColor(LATE_BACKGROUND))
        if difference.changed_by_them:
            return QBrush(QColor(WARNING_BACKGROUND))
        return None

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == CANCEL:
            self.reject()
        else:
            self.accept()

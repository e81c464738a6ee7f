"""Ask before a record dialog with unsaved changes is closed.

A dialog keeps one ``UnsavedChanges`` that compares a snapshot of what is entered (the
dialog's draft, a frozen dataclass) with the snapshot taken when it opened or last saved.
Escape, the window's close button and Annuleren all end in ``QDialog.reject``; a dialog
overrides it as::

    def reject(self) -> None:
        if self.unsaved.may_close():
            super().reject()

The save/conflict protocol calls ``mark_saved()`` after a save, so nothing is asked then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

_NOT_SAVED = object()  # a snapshot no draft equals


def ask_discard(parent: QWidget) -> bool:
    """The question itself: True when the advisor chooses to throw the changes away."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("UnsavedChanges", "Unsaved changes"),
        QCoreApplication.translate("UnsavedChanges", "You have changed this record without saving. Close it and lose the changes?"),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    discard = box.addButton(QCoreApplication.translate("UnsavedChanges", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("UnsavedChanges", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)  # Enter or Escape keeps the work
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class UnsavedChanges(QObject):
    """``snapshot()`` returns what is entered now; equal snapshots mean nothing changed."""

    def __init__(self, dialog: QWidget, snapshot: Callable[[], object],
                 ask: Callable[[QWidget], bool] | None = None) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._snapshot = snapshot
        self.ask = ask or (lambda parent: ask_discard(parent))  # tests replace it
        self._saved = snapshot()

    def mark_saved(self) -> None:
        """What is entered now counts as saved (after loading or saving)."""
        self._saved = self._snapshot()

    def mark_unsaved(self) -> None:
        """What the dialog opened with is itself not saved yet (a record prefilled from elsewhere)."""
        self._saved = _NOT_SAVED

    def changed(self) -> bool:
        try:
            return self._snapshot() != self._saved
        except Exception:
            return True

    def may_close(self) -> bool:
        """True when the dialog may close: nothing changed, or the advisor said to discard."""
        return not self.changed() or self.ask(self._dialog)

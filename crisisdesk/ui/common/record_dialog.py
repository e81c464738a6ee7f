"""The one save protocol of every record dialog and editor.

Notifications, events, scenarios and partners are saved the same way: validate, then
create or update naming the version the form was loaded from. When a colleague saved
in between (ConcurrentEdit) the field-by-field conflict dialog shows both versions and
the advisor chooses: *Keep theirs (reload)*, *Overwrite with mine* or *Cancel* —
nothing is overwritten silently. A record deleted meanwhile, a locked database or an
observer's desk give a message and save nothing.

A dialog mixes in :class:`RecordSaveProtocol` (before its Qt base class) and provides:

- ``service`` with ``create(draft)``, ``update(id, draft, expected_version)``, ``get(id)``
  (or overrides ``store``/``fetch``), and ``record`` (None for a new one);
- ``draft()``, ``validate_form()``, ``show_errors(errors)``;
- ``load_record(record)`` (fill the form with a saved version) and
  ``record_saved(record)`` (signal, close or reload);
- ``draft_of(record)`` (the form's draft of a saved version, for the comparison);
- ``deleted_text()`` and ``conflict_header(theirs)`` (the words with the record's noun).

Tests replace ``choose_conflict(draft, theirs)`` and ``show_message(title, text)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QWidget

from crisisdesk.domain.checks import FieldError
from crisisdesk.labels import field_label, format_moment, format_value
from crisisdesk.services.conflicts import FieldDifference, draft_differences
from crisisdesk.services.errors import ConcurrentEdit, NotFound, ReadOnly, StorageUnavailable, ValidationFailed
from crisisdesk.ui.common.conflict_dialog import CANCEL, KEEP_THEIRS, OVERWRITE, ConflictDialog
from crisisdesk.ui.common.widgets import save_failure


def form_label(widget: QWidget | None) -> str | None:
    """The text of the label beside ``widget`` in its form ("&Titel:" -> "Titel"), if any."""
    parent = widget.parentWidget() if widget is not None else None
    layout = parent.layout() if parent is not None else None
    if widget is None or not isinstance(layout, QFormLayout):
        return None
    found = layout.labelForField(widget)
    if not isinstance(found, QLabel) or not found.text().strip():
        return None
    return found.text().replace("&", "").rstrip(": ").strip()


class RecordSaveProtocol:
    """Save → on a version conflict the field-by-field dialog → theirs / mine / cancel."""

    record: Any = None
    service: Any

    if TYPE_CHECKING:  # what a dialog provides (declared for the type checker only: a
        # definition here would hide the dialog's own from a base class after this one)

        def draft(self) -> Any: ...

        def draft_of(self, record: Any) -> Any: ...

        def show_errors(self, errors: list[FieldError]) -> None: ...

        def load_record(self, record: Any) -> None: ...

        def record_saved(self, record: Any) -> None: ...

    # --- what a dialog may override ---------------------------------------------------

    def prepare_save(self) -> None:
        """Runs before validation (e.g. to show every check, not only touched fields)."""

    def validate_form(self) -> list[FieldError]:
        return []

    def store(self, draft: Any) -> Any:
        if self.record is None:
            return self.service.create(draft)
        return self.service.update(self.record.id, draft, expected_version=self.record.version)

    def fetch(self, record_id: int) -> Any:
        return self.service.get(record_id)

    def differences(self, draft: Any, theirs: Any) -> list[FieldDifference]:
        base = self.draft_of(self.record) if self.record is not None else None
        return draft_differences(draft, self.draft_of(theirs), base)

    def field_title(self, name: str) -> str:
        return field_label(name)

    def show_value(self, name: str, value: Any) -> str:
        return format_value(value)

    def conflict_header(self, theirs: Any) -> str | None:
        return QCoreApplication.translate("RecordDialog", "{user} saved this record at {moment} (version {version}) after you opened it.").format(
            user=theirs.updated_by, moment=format_moment(theirs.updated_at), version=theirs.version
        )

    def deleted_text(self) -> str:
        return QCoreApplication.translate("RecordDialog", "This record was deleted by someone else; nothing was saved.")

    # --- the protocol -------------------------------------------------------------------

    def save(self) -> bool:
        """Validates, then creates or updates; True when saved."""
        self.prepare_save()
        errors = self.validate_form()
        self.show_errors(errors)
        if errors:
            return False
        draft = self.draft()
        try:
            record = self.store(draft)
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return False
        except ConcurrentEdit:
            return self.resolve_conflict(draft)
        except (NotFound, StorageUnavailable, ReadOnly) as exc:
            self.show_message(QCoreApplication.translate("RecordDialog", "Not saved"), save_failure(exc, self.deleted_text()))
            return False
        self.record = record
        self._mark_saved()
        self.record_saved(record)
        return True

    def resolve_conflict(self, draft: Any) -> bool:
        """A colleague saved first: show both versions and let the advisor choose."""
        try:
            theirs = self.fetch(self.record.id)
        except NotFound:
            self.show_message(QCoreApplication.translate("RecordDialog", "Not saved"), self.deleted_text())
            return False
        choice = self.choose_conflict(draft, theirs)
        if choice == KEEP_THEIRS:
            self.record = theirs
            self.load_record(theirs)
            self._mark_saved()  # their version, as loaded, is what is saved now
            return False
        if choice == OVERWRITE:
            self.record = theirs  # mine is now an edit of their version, knowingly
            return self.save()
        return False

    def _mark_saved(self) -> None:
        """Tells the dialog's unsaved-changes guard (ui/common/unsaved.py) that nothing is pending."""
        unsaved = getattr(self, "unsaved", None)
        if unsaved is not None:
            unsaved.mark_saved()

    def choose_conflict(self, draft: Any, theirs: Any) -> str:
        """The conflict dialog, modal; tests replace this method."""
        dialog = ConflictDialog(
            draft, theirs, self.record, cast(QWidget, self),
            found=self.differences(draft, theirs), header=self.conflict_header(theirs),
            field_title=self.field_title, show_value=self.show_value,
        )
        dialog.exec()
        return dialog.choice

    def show_message(self, title: str, text: str) -> None:
        """A modal warning; tests replace this method."""
        QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, cast(QWidget, self)).exec()


__all__ = ["CANCEL", "KEEP_THEIRS", "OVERWRITE", "RecordSaveProtocol"]

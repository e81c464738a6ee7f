"""No modal question may block a test: a dialog left changed at the end is discarded."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _discard_unsaved_changes_at_teardown(monkeypatch):
    """pytest-qt closes every widget after a test; a changed record dialog would then ask
    "Discard changes?" in a modal box nobody answers. Tests that check the question set
    ``dialog.unsaved.ask`` themselves."""
    monkeypatch.setattr("crisisdesk.ui.common.unsaved.ask_discard", lambda parent: True)

"""Language fixtures for the PDF tests."""

from __future__ import annotations

import pytest

from crisisdesk.i18n import set_language


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("nl")

"""A participant range typed in the notification dialog is stored as min and max (item 3)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crisisdesk.desk import Desk
from crisisdesk.domain.checks import FieldError
from crisisdesk.labels import error_message
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.services.register.query import RegisterQuery
from crisisdesk.ui.register.model import COL_PARTICIPANTS, RegisterModel
from tests.ui.test_notification_dialog import fill_required

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


@pytest.fixture
def desk(database) -> Desk:
    return Desk(database, user="tester", clock=lambda: NOW)


@pytest.fixture
def service(desk) -> NotificationService:
    return desk.notifications


@pytest.fixture
def dialog(qtbot, desk):
    from crisisdesk.ui.register.notification_dialog import NotificationDialog

    def _open(notification_id=None):
        opened = NotificationDialog(desk, notification_id, now=NOW)
        qtbot.addWidget(opened)
        opened.show()
        return opened

    return _open


def test_a_range_is_stored_as_min_and_max_and_shown_again(dialog, service, qtbot):
    new = dialog()
    fill_required(new)
    new.ui.participantsEdit.setText("150 à 200")
    assert new.save() is True
    [row] = service.page(RegisterQuery())
    record = service.get(row.id)
    assert (record.expected_participants, record.expected_participants_max) == (150, 200)
    model = RegisterModel(service)
    model.set_query(RegisterQuery())
    assert model.index(0, COL_PARTICIPANTS).data() == "150–200"
    again = dialog(row.id)
    assert again.ui.participantsEdit.text() == "150–200"
    assert again.draft().expected_participants_max == 200


def test_a_single_number_has_no_max(dialog, service):
    new = dialog()
    fill_required(new)
    new.ui.participantsEdit.setText("1.500")
    assert new.save() is True
    record = service.get(service.page(RegisterQuery())[0].id)
    assert (record.expected_participants, record.expected_participants_max) == (1500, None)


@pytest.mark.parametrize(("typed", "code", "params"), [
    ("150.200 ongeveer", "head_count_unreadable", {}),
    ("veel", "head_count_unreadable", {}),
    ("200-150", "head_count_range_reversed", {}),
    ("9999999", "participants_absurd", {"max": 1_000_000}),  # refused, no longer cut to 999.999
])
def test_anything_else_is_refused_next_to_the_field(dialog, service, typed, code, params):
    new = dialog()
    fill_required(new)
    new.ui.participantsEdit.setText(typed)
    assert new.save() is False
    assert service.count(RegisterQuery()) == 0
    assert new.errors.labels["expected_participants"].text() == error_message(FieldError("expected_participants", code, params))

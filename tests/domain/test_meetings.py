"""The pure rules of BOB meetings and action deadlines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crisisdesk.domain.operations.meetings import (
    MAX_ROUND_CHARS,
    BobMeetingDraft,
    clean_attendees,
    deadline_problem,
    meeting_problems,
)

NOW = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


def test_a_deadline_must_be_chosen_aware_and_not_passed():
    assert deadline_problem(None, NOW).code == "deadline_required"
    assert deadline_problem(NOW.replace(tzinfo=None) + timedelta(hours=1), NOW).code == "deadline_required"
    assert deadline_problem(NOW - timedelta(minutes=1), NOW).code == "deadline_in_past"
    assert deadline_problem(NOW, NOW) is None
    assert deadline_problem(NOW + timedelta(minutes=15), NOW) is None


def test_attendees_are_trimmed_once_each_in_their_first_spelling():
    assert clean_attendees([" Burgemeester", "", "burgemeester ", "GHOR", "  "]) == ("Burgemeester", "GHOR")


def test_a_meeting_needs_a_chair_and_sane_round_texts():
    assert meeting_problems(BobMeetingDraft(NOW, "Burgemeester")) == []
    codes = [(e.field, e.code) for e in meeting_problems(BobMeetingDraft(
        NOW, " ", picture="x" * (MAX_ROUND_CHARS + 1), decision="a\x00b"))]
    assert codes == [("chair", "required"), ("picture", "text_too_long"), ("decision", "nul_character")]

"""A settable clock and a small exercise for the exercise tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crisisdesk.domain.operations.records import GBT_ROLES, InjectChannel, InjectDraft, Team

START = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        self.now += timedelta(minutes=minutes, seconds=seconds)

    def set(self, minutes: float, seconds: float = 0) -> None:
        self.now = START + timedelta(minutes=minutes, seconds=seconds)


TEAMS = (Team("GBT", GBT_ROLES),)


def script(*offsets: int) -> list[InjectDraft]:
    return [InjectDraft(offset, "Meldkamer", "GBT", InjectChannel.PHONE, f"Inject op T+{offset}", "Opschalen")
            for offset in offsets]

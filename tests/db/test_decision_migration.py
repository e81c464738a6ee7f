"""Migration 0006 (decision record): old decisions carried over, what is missing marked."""

from __future__ import annotations

from datetime import UTC, date, datetime

from alembic import command
from sqlalchemy import text

from crisisdesk.db.engine import make_engine, make_session_factory
from crisisdesk.db.migrate import alembic_config
from crisisdesk.domain.enums import BanGround, Capacity, Decision, DecisionGround
from crisisdesk.services.register.notifications import NotificationService

_INSERT = text(
    "INSERT INTO notification (id, version, kind, place_type, purpose, organiser_name, organiser_address,"
    " organiser_phone, organiser_email, organiser_organisation, start_at, end_at, duration_minutes, location,"
    " location_key, district, route, route_start, route_end, composition, organiser_measures,"
    " expected_participants, received_at, channel, risk, status, rule_name, notice_deadline, on_time,"
    " late_accepted, late_accepted_reason, late_accepted_by, decision, decision_grounds, decision_conditions,"
    " decided_by, decided_at, search_text, created_at, created_by, updated_at, updated_by)"
    " VALUES (:id, 1, 'demonstration', :place, 'Oud besluit', 'J. Jansen', 'Straat 1, Utrecht', '', '', '',"
    " :start, :end, 120, 'Domplein', 'domplein', 'Binnenstad', '', '', '', '', '', 130, :received, 'form',"
    " 'low', 'decided', 'utrecht-24h', :start, :on_time, :false, '', '', :decision, :grounds, :conditions,"
    " :by, :decided_at, '', :received, 'x', :received, 'x')"
)


def _stored(moment: datetime) -> str:
    """A moment as the UTC columns keep it in SQLite (text, not sqlite3's default datetime
    adapter, which Python 3.12 deprecates)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _old(connection, id_, decision, grounds, conditions="", by="burgemeester", place="public", on_time=True):
    moment = _stored(datetime(2025, 6, 10, 22, 30, tzinfo=UTC))  # 11 June in Amsterdam
    connection.execute(_INSERT, {
        "id": id_, "place": place, "start": _stored(datetime(2025, 6, 14, 12, tzinfo=UTC)),
        "end": _stored(datetime(2025, 6, 14, 14, tzinfo=UTC)),
        "received": _stored(datetime(2025, 6, 9, 8, tzinfo=UTC)), "on_time": on_time, "false": False, "decision": decision,
        "grounds": grounds, "conditions": conditions, "by": by, "decided_at": moment,
    })


def test_old_decisions_are_carried_over_and_what_is_missing_is_marked(tmp_path):
    engine = make_engine(f"sqlite:///{(tmp_path / 'old.sqlite').as_posix()}")
    config = alembic_config(engine)
    command.upgrade(config, "0005")
    with engine.begin() as connection:
        _old(connection, 1, "conditions", "traffic,disorder", "Route via de Biltstraat. Geen geluid na 22:00.")
        _old(connection, 2, "ban", "late_notification", by="teamleider OOV (mandaat)", on_time=False)
        _old(connection, 3, "ban", "disorder,near_embassy", by="loco-burgemeester")
        _old(connection, 4, "conditions", "health", "Geen glas.", place="non_public")
        _old(connection, 5, "no_measures", "", by="burgemeester")
    command.upgrade(config, "head")
    command.check(config)
    service = NotificationService(make_session_factory(engine), user="tester")

    conditions = service.get(1)
    assert [m.text for m in conditions.decision_measures] == ["Route via de Biltstraat.", "Geen geluid na 22:00."]
    assert all(m.interests == (DecisionGround.TRAFFIC, DecisionGround.DISORDER) for m in conditions.decision_measures)
    assert conditions.decision_date == date(2025, 6, 11)  # the Amsterdam day it was recorded
    assert conditions.decided_capacity == Capacity.MAYOR
    assert conditions.decision_review == ("decision_motivation",)

    late_ban = service.get(2)
    assert late_ban.decision_ban_ground == BanGround.LATE
    assert late_ban.decided_capacity == Capacity.MANDATE and late_ban.decided_function == "teamleider OOV"
    assert late_ban.decision_review == (
        "decision_motivation", "decision_lateness_weighing", "decision_ban_alternatives", "decided_by",
    )

    disorder_ban = service.get(3)
    assert disorder_ban.decision_ban_ground == BanGround.INTEREST
    assert disorder_ban.decided_capacity == Capacity.DEPUTY_MAYOR
    assert disorder_ban.decision_ban_interests == (DecisionGround.DISORDER,)  # art. 9 is no ground
    assert "decision_ban_alternatives" in disorder_ban.decision_review

    foyer = service.get(4)
    assert foyer.decision_review[0] == "decision"  # art. 8: no advance measures at all

    assert service.get(5).decision == Decision.NO_MEASURES
    assert service.get(5).decision_review == ()
    command.downgrade(config, "0005")
    command.upgrade(config, "head")
    engine.dispose()

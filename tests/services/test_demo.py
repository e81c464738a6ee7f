"""The demo data: fictional, repeatable, consistent, and stored as the service stores it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text

from crisisdesk.cli import main
from crisisdesk.db.database import open_database
from crisisdesk.db.models import Notification, StatusChange
from crisisdesk.domain.register import notifications as rules
from crisisdesk.domain.enums import Decision, DecisionGround, District, PlaceType, Status
from crisisdesk import demo
from crisisdesk.demo import seeding
from crisisdesk.services.register.notifications import NotificationService, draft_from_record
from crisisdesk.services.register.query import build_search_text
import itertools

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def _open(path):
    return open_database(f"sqlite:///{path.as_posix()}")


def _dump(db) -> tuple[list, list]:
    with db.engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM notification ORDER BY id")).all()
        changes = connection.execute(text("SELECT * FROM status_change ORDER BY id")).all()
    return [tuple(r) for r in rows], [tuple(c) for c in changes]


def _seeded(path, count, **kwargs):
    db = _open(path)
    try:
        demo.seed_demo(db.factory, count, now=NOW, **kwargs)
        return _dump(db)
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """One database with 2,000 demo notifications, shared by the read-only tests."""
    db = _open(tmp_path_factory.mktemp("demo") / "d.sqlite")
    added = demo.seed_demo(db.factory, 2000, seed=2026, now=NOW)
    assert added == 2000
    service = NotificationService(db.factory, clock=lambda: NOW, user="tester")
    with db.factory() as session:
        rows = session.scalars(select(Notification).order_by(Notification.id)).all()
        history: dict[int, list[StatusChange]] = {}
        for change in session.scalars(select(StatusChange).order_by(StatusChange.id)):
            history.setdefault(change.notification_id, []).append(change)
    yield db, service, rows, history
    db.dispose()


def test_exact_count_and_more_on_a_filled_database(tmp_path):
    db = _open(tmp_path / "d.sqlite")
    try:
        assert demo.seed_demo(db.factory, 120, now=NOW) == 120
        assert demo.seed_demo(db.factory, 80, seed=5, now=NOW) == 80
        with db.factory() as session:
            assert session.scalar(select(func.count(Notification.id))) == 200
            ids = session.scalars(select(Notification.id).order_by(Notification.id)).all()
            assert ids == list(range(1, 201))
            orphans = session.scalar(
                select(func.count(Notification.id)).where(~Notification.status_changes.any())
            )
            assert orphans == 0
    finally:
        db.dispose()


def test_same_seed_and_now_give_identical_rows(tmp_path):
    first = _seeded(tmp_path / "a.sqlite", 200, seed=11)
    second = _seeded(tmp_path / "b.sqlite", 200, seed=11)
    assert first == second
    assert len(first[0]) == 200 and len(first[1]) >= 200
    other = _seeded(tmp_path / "c.sqlite", 200, seed=12)
    assert other[0] != first[0]


def test_plain_core_insert_stores_the_same_as_the_fast_path(tmp_path, monkeypatch):
    """The SQLite fast path binds text and codes itself: it must equal typed Core inserts."""
    fast = _seeded(tmp_path / "fast.sqlite", 250, seed=3)
    monkeypatch.setattr(seeding, "_sqlite_text_is_exact", lambda dialect: False)
    typed = _seeded(tmp_path / "typed.sqlite", 250, seed=3)
    assert typed == fast


def test_worker_processes_make_the_same_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(seeding, "BATCH_SIZE", 100)
    inline = _seeded(tmp_path / "inline.sqlite", 200, seed=9, workers=1)
    pooled = _seeded(tmp_path / "pooled.sqlite", 200, seed=9, workers=2)
    assert pooled == inline


def test_progress_per_batch_and_cancel(tmp_path, monkeypatch):
    monkeypatch.setattr(seeding, "BATCH_SIZE", 100)
    db = _open(tmp_path / "d.sqlite")
    try:
        calls: list[tuple[int, int]] = []
        assert demo.seed_demo(db.factory, 250, now=NOW, on_progress=lambda d, t: calls.append((d, t))) == 250
        assert calls == [(100, 250), (200, 250), (250, 250)]
        added = demo.seed_demo(db.factory, 300, now=NOW, is_cancelled=lambda: len(calls) >= 4,
                               on_progress=lambda d, t: calls.append((d, t)))
        assert added == 100
        with db.factory() as session:
            assert session.scalar(select(func.count(Notification.id))) == 350
    finally:
        db.dispose()


def test_spread_over_wijken_kinds_and_outcomes(seeded):
    _, _, rows, _ = seeded
    assert {r.district for r in rows} == set(District)
    binnenstad = sum(r.district == District.BINNENSTAD for r in rows)
    assert binnenstad > len(rows) / 4
    assert {r.place_type for r in rows} == set(PlaceType)
    late = sum(not r.on_time for r in rows)
    assert 0.04 * len(rows) < late < 0.12 * len(rows)
    assert any(r.late_accepted for r in rows) and any(not r.on_time and not r.late_accepted for r in rows)
    statuses = {r.status for r in rows}
    assert {Status.CLOSED, Status.WITHDRAWN, Status.DECIDED} <= statuses
    assert statuses & {Status.RECEIVED, Status.IN_PROGRESS, Status.COORDINATED}
    assert {r.decision for r in rows if r.decision} == set(Decision)
    assert sum(r.route_start != "" for r in rows) > 0.15 * len(rows)
    years = {r.start_at.year for r in rows}
    assert len(years) >= 4 and max(r.start_at for r in rows) > NOW
    participants = [r.expected_participants for r in rows if r.expected_participants]
    assert min(participants) >= 5 and max(participants) <= 20_000
    typical = sum(20 <= p <= 300 for p in participants)
    assert typical > 0.6 * len(participants)
    assert len({r.purpose for r in rows}) > 500


def test_rows_are_fictional(seeded):
    _, _, rows, _ = seeded
    for r in rows:
        assert r.organiser_name or r.organiser_organisation
        assert not r.organiser_email or r.organiser_email.endswith("@example.nl")
        assert not r.organiser_phone or r.organiser_phone.startswith("06-0000")
        assert not r.organiser_address or r.organiser_address.endswith(" Utrecht")


def test_derived_columns_as_the_service_computes_them(seeded):
    _, service, rows, _ = seeded
    preferred = service.chosen_rule_set()
    for r in rows[::7]:
        check = service.term_check(r.start_at, r.received_at, preferred)
        assert r.rule_name == check.derivation.rule.name
        assert r.notice_deadline == check.deadline
        assert r.on_time == check.on_time
    for r in rows:
        assert r.location_key == rules.location_key(r.location)
        assert r.duration_minutes == rules.duration_minutes(r.start_at, r.end_at)
        assert r.search_text == build_search_text(
            r.purpose, r.location, r.district.value, r.organiser_organisation, r.route_start, r.route_end
        )
        assert r.version == 1 and r.created_by == r.updated_by == "demo"


def test_every_row_passes_the_validation_of_the_dialog(seeded):
    _, service, rows, _ = seeded
    for r in rows[::10]:
        draft = draft_from_record(service.get(r.id))
        assert rules.validate(draft, NOW, r.on_time) == [], r.id
        assert rules.content_warning_terms(r.decision_conditions) == []


def test_decisions_are_complete_with_motivations_of_their_own(seeded):
    _, service, rows, _ = seeded
    decided = [service.get(r.id) for r in rows if r.decision not in (None, Decision.NO_MEASURES)]
    assert {r.decision for r in decided} >= {Decision.CONDITIONS, Decision.RESTRICTIONS}
    for record in decided:
        assert rules.validate(draft_from_record(record), NOW, record.on_time) == [], record.id
        assert record.decision_review == ()
        assert len(record.decision_motivation) > 150
        assert record.location in record.decision_motivation or record.decision == Decision.BAN
    motivations = [r.decision_motivation for r in decided]
    assert len(set(motivations)) == len(motivations)  # every case its own
    assert not any(r.place_type == PlaceType.NON_PUBLIC for r in decided)  # art. 8: nothing in advance


def test_decisions_and_times_are_consistent(seeded):
    _, _, rows, _ = seeded
    naive_now = NOW
    for r in rows:
        assert r.received_at <= naive_now and r.received_at < r.start_at < r.end_at
        assert r.received_at <= r.created_at <= r.updated_at <= naive_now
        grounds = tuple(DecisionGround(g) for g in r.decision_grounds.split(",") if g)
        assert set(grounds) <= {DecisionGround.HEALTH, DecisionGround.TRAFFIC, DecisionGround.DISORDER}
        if r.decision is None:
            assert r.status not in (Status.DECIDED, Status.CLOSED) and not grounds
            assert r.decided_at is None and r.decision_made_known_at is None
        else:
            assert r.status in (Status.DECIDED, Status.CLOSED)
            assert r.decision in (Decision.NO_MEASURES, Decision.BAN) or grounds
            assert r.created_at <= r.decided_at <= r.decision_made_known_at <= r.start_at
            assert r.decided_by
        if r.decision == Decision.BAN:
            assert r.decision_ban_ground is not None
        if r.decision_ban_ground == "late":
            assert not r.on_time
        if r.late_accepted:
            assert not r.on_time and r.late_accepted_reason and r.late_accepted_by
            assert r.created_at <= r.late_accepted_at <= r.start_at
        if r.status == Status.CLOSED:
            assert r.end_at <= naive_now


def test_status_history_follows_the_workflow(seeded):
    _, _, rows, history = seeded
    for r in rows:
        changes = history[r.id]
        assert changes[0].from_status is None and changes[0].to_status == Status.RECEIVED
        assert changes[0].changed_at == r.created_at
        assert changes[-1].to_status == r.status
        for before, after in itertools.pairwise(changes):
            assert after.from_status == before.to_status
            assert after.to_status in rules.allowed_next_statuses(before.to_status)
            assert before.changed_at <= after.changed_at <= NOW
        if r.decided_at is not None:
            decided = [c for c in changes if c.to_status == Status.DECIDED]
            assert [c.changed_at for c in decided] == [r.decided_at]


def test_counter_demonstrations_point_back_in_time_and_place(seeded):
    _, _, rows, _ = seeded
    by_id = {r.id: r for r in rows}
    counters = [r for r in rows if r.counter_to_id is not None]
    assert 0.01 * len(rows) < len(counters) < 0.06 * len(rows)
    for r in counters:
        original = by_id[r.counter_to_id]
        assert original.id < r.id
        assert r.kind.value == "demonstration" and original.kind.value == "demonstration"
        assert r.start_at < original.end_at and original.start_at < r.end_at
        assert r.district == original.district
        assert r.purpose.startswith("Tegendemonstratie")


def test_cli_adds_rows_to_the_given_database(tmp_path, capsys):
    url = f"sqlite:///{(tmp_path / 'cli.sqlite').as_posix()}"
    assert main(["demo", "--db", url, "--count", "300", "--seed", "7"]) == 0
    db = open_database(url)
    try:
        with db.factory() as session:
            first = session.scalar(select(func.count(Notification.id)))
        # 300, plus the demonstrations that the demo events clash with (a fresh database only)
        assert 300 < first < 320
        assert f"{first} " in capsys.readouterr().out
        assert main(["demo", "--db", url, "--count", "300", "--seed", "7", "--now", "2026-03-14 10:30"]) == 0
        assert "300 " in capsys.readouterr().out
        with db.factory() as session:
            assert session.scalar(select(func.count(Notification.id))) == first + 300
    finally:
        db.dispose()


def test_cli_without_db_fills_the_demo_database(_isolated_home):
    assert main(["demo", "--count", "20"]) == 0
    assert (_isolated_home / "demo" / "crisisdesk-demo.sqlite").exists()
    assert not (_isolated_home / "crisisdesk.sqlite").exists()


def _schema(db) -> list[tuple]:
    with db.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ))]


def test_a_fresh_database_gets_its_indexes_back_exactly(tmp_path, monkeypatch):
    """Into empty tables the rows go in without their indexes, which are built at the end."""
    monkeypatch.setattr(seeding, "BATCH_SIZE", 100)
    db = _open(tmp_path / "d.sqlite")
    try:
        before = _schema(db)
        assert any(row[0] == "index" and row[2] == "notification" for row in before)
        assert demo.seed_demo(db.factory, 250, now=NOW) == 250
        assert _schema(db) == before
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            plan = " ".join(str(r[-1]) for r in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM notification WHERE start_at > '2026-01-01'"))
            assert "ix_notification_start_at" in plan
    finally:
        db.dispose()


def test_a_fresh_database_keeps_the_batches_written_before_a_cancel(tmp_path, monkeypatch):
    monkeypatch.setattr(seeding, "BATCH_SIZE", 100)
    db = _open(tmp_path / "d.sqlite")
    try:
        before = _schema(db)
        calls: list[tuple[int, int]] = []
        added = demo.seed_demo(db.factory, 500, now=NOW, is_cancelled=lambda: len(calls) >= 2,
                               on_progress=lambda d, t: calls.append((d, t)))
        assert added == 200
        assert _schema(db) == before
        with db.factory() as session:
            assert session.scalar(select(func.count(Notification.id))) == 200
    finally:
        db.dispose()


def test_a_failure_in_a_fresh_database_leaves_it_empty_with_its_indexes(tmp_path, monkeypatch):
    monkeypatch.setattr(seeding, "BATCH_SIZE", 100)
    real = seeding._generate
    made: list[int] = []

    def failing(chunk):
        made.append(chunk.index)
        if chunk.index == 2:
            raise RuntimeError("generator failed")
        return real(chunk)

    monkeypatch.setattr(seeding, "_generate", failing)
    db = _open(tmp_path / "d.sqlite")
    try:
        before = _schema(db)
        with pytest.raises(RuntimeError):
            demo.seed_demo(db.factory, 500, now=NOW)
        assert 2 in made
        assert _schema(db) == before
        with db.factory() as session:
            assert session.scalar(select(func.count(Notification.id))) == 0
            assert session.scalar(select(func.count(StatusChange.id))) == 0
        assert demo.seed_demo(db.factory, 100, now=NOW) == 100  # and the database is usable afterwards
    finally:
        db.dispose()

"""Rule sets kept in the database: seeding, saving with checks, JSON, and recomputing terms."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.register.deadlines import NoticeRule
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.register.rulesets import RuleSet, RuleSetCatalogue, RuleSetError, load_rule_sets
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.services.privacy.audit import AuditService
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.services.register.rule_sets import RuleSetRejected, RuleSetService


def local(*args) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)


@pytest.fixture
def rules(database, fixed_now):
    return RuleSetService(database.factory, user="adviseur", clock=lambda: fixed_now)


def test_seeded_from_the_shipped_files(rules):
    stored, shipped = rules.catalogue(), load_rule_sets()
    assert sorted(stored.names()) == sorted(shipped.names())
    for name in shipped:
        assert stored[name] == shipped[name]
        assert stored.rule_set(name).description == shipped.rule_set(name).description


def test_overlap_is_refused_and_a_gap_is_a_warning(rules, database):
    overlapping = RuleSet(NoticeRule(method="plain", hours=24, name="Utrecht 24 uur (2022)", municipality="Utrecht",
                                     valid_from=date(2022, 11, 1)))
    with pytest.raises(RuleSetRejected) as refused:
        rules.save(overlapping)
    [problem] = refused.value.problems
    assert (problem.code, problem.first, problem.second, problem.day_from) == (
        "overlap", "Utrecht 48 uur", "Utrecht 24 uur (2022)", date(2022, 11, 1))
    assert "Utrecht 24 uur (2022)" not in rules.catalogue()  # nothing saved

    # end the 48-hour rule, then add the return to 24 hours a month later: a gap, saved with a warning
    current = rules.catalogue().rule_set("Utrecht 48 uur")
    ended = RuleSet(replace(current.rule, valid_to=date(2022, 10, 15)), current.description)
    assert rules.save(ended, replacing="Utrecht 48 uur") == []
    warnings = rules.save(overlapping)
    assert [(w.code, w.day_from, w.day_to) for w in warnings] == [("gap", date(2022, 10, 16), date(2022, 10, 31))]
    assert rules.catalogue()["Utrecht 48 uur"].valid_to == date(2022, 10, 15)

    trail = AuditService(database.factory).entries(record_type="rule_set")
    assert ("update", "valid_to", None, "2022-10-15", "adviseur") in [
        (e.action, e.field, e.old_value, e.new_value, e.user) for e in trail]
    assert any(e.action == "create" for e in trail)


def test_a_taken_name_is_refused(rules):
    copy = RuleSet(NoticeRule(method="plain", hours=24, name="Utrecht 48 uur"))
    with pytest.raises(RuleSetRejected) as refused:
        rules.save(copy)
    assert refused.value.duplicate_name == "Utrecht 48 uur"


def test_json_export_and_import_round_trip(rules):
    original = rules.catalogue().rule_set("Utrecht 48 uur")
    text = rules.export_json(original)
    assert '"method": "working_day_noon"' in text and "DUIC" in text
    back = rules.import_json(text)
    assert back.rule == original.rule and back.description == original.description
    with pytest.raises(RuleSetError, match="invalid JSON"):
        rules.import_json("{name:")
    with pytest.raises(RuleSetError, match="multiple of 24"):
        rules.import_json('{"name": "X", "method": "working_day_noon", "hours": 30}')


def test_delete(rules):
    rules.delete("72 werkuren")
    assert "72 werkuren" not in rules.catalogue()


def _draft(start: datetime, received: datetime) -> NotificationDraft:
    return NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Woningnood",
        start_at=start, end_at=start.replace(hour=start.hour + 2), location="Domplein",
        district=District.BINNENSTAD, received_at=received, organiser_name="J. Jansen",
        organiser_organisation="Comité", expected_participants=50,
    )


def test_recompute_shows_before_and_after_then_writes_and_audits(database, rules, fixed_now):
    # registered under the old counting of "Utrecht 48 uur" (working hours)
    old = RuleSetCatalogue([NoticeRule(method="working_hours", hours=48, name="Utrecht 48 uur", municipality="Utrecht")])
    register = NotificationService(database.factory, rule_sets=old, clock=lambda: fixed_now, user="tester")
    monday = register.create(_draft(local(2026, 3, 16, 10), local(2026, 3, 12, 11)))  # Thu 11:00
    tuesday = register.create(_draft(local(2026, 3, 17, 10), local(2026, 3, 12, 9)))  # same under both
    assert (monday.notice_deadline, monday.on_time) == (local(2026, 3, 12, 10), False)

    preview = rules.recompute_preview(date(2026, 3, 1), date(2026, 3, 31))
    assert [(r.id, r.old_deadline, r.old_on_time, r.new_deadline, r.new_on_time, r.new_rule) for r in preview] == [
        (monday.id, local(2026, 3, 12, 10), False, local(2026, 3, 12, 12), True, "Utrecht 48 uur")]
    assert preview[0].verdict_changes
    # a preview changes nothing
    assert register.get(monday.id).notice_deadline == local(2026, 3, 12, 10)
    assert AuditService(database.factory).entries(action="recompute") == []

    done = rules.recompute(date(2026, 3, 1), date(2026, 3, 31))
    assert [r.id for r in done] == [monday.id]
    after = register.get(monday.id)
    assert (after.notice_deadline, after.on_time, after.updated_by) == (local(2026, 3, 12, 12), True, "adviseur")
    assert register.get(tuesday.id).version == tuesday.version  # untouched
    trail = {(e.record_id, e.field): (e.old_value, e.new_value, e.user)
             for e in AuditService(database.factory).entries(action="recompute")}
    assert trail[(str(monday.id), "on_time")] == ("false", "true", "adviseur")
    assert trail[(str(monday.id), "notice_deadline")] == ("2026-03-12T09:00:00+00:00", "2026-03-12T11:00:00+00:00", "adviseur")
    assert rules.recompute_preview(date(2026, 3, 1), date(2026, 3, 31)) == []


def test_recompute_only_the_chosen_ones(database, rules, fixed_now):
    old = RuleSetCatalogue([NoticeRule(method="working_hours", hours=48, name="Utrecht 48 uur", municipality="Utrecht")])
    register = NotificationService(database.factory, rule_sets=old, clock=lambda: fixed_now, user="tester")
    a = register.create(_draft(local(2026, 3, 16, 10), local(2026, 3, 12, 11)))
    b = register.create(_draft(local(2026, 3, 9, 10), local(2026, 3, 5, 11)))
    rules.recompute(date(2026, 3, 1), date(2026, 3, 31), ids={b.id})
    assert register.get(a.id).on_time is False and register.get(b.id).on_time is True


def test_the_register_uses_the_rule_sets_in_the_database(database, rules, fixed_now):
    current = rules.catalogue().rule_set("Utrecht 48 uur")
    rules.save(RuleSet(replace(current.rule, hours=72), current.description), replacing="Utrecht 48 uur")
    register = NotificationService(database.factory, clock=lambda: fixed_now, user="tester")
    record = register.create(_draft(local(2026, 3, 16, 10), local(2026, 3, 11, 13)))
    assert record.notice_deadline == local(2026, 3, 11, 12)  # Monday, k = 3: Wednesday 12:00

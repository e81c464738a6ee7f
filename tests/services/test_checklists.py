"""Applying templates, ticking items off, due moments following the start, per-partner queries."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from checklist_helpers import draft, local, match

from crisisdesk.domain.checklists.rules import ChecklistRecordType, ItemStatus, due_moment, parse_offset
from crisisdesk.domain.scenarios.rules import ScenarioDraft, ScenarioKind
from crisisdesk.domain.timeutil import to_local
from crisisdesk.services.checklists.queries import partner_tasks, progress_by_record
from crisisdesk.domain.checklists.records import ItemChange
from crisisdesk.services.checklists.service import ChecklistService
from crisisdesk.services.errors import NotFound, ValidationFailed
from crisisdesk.services.events.service import EventService, draft_from_event
from crisisdesk.services.register.notifications import draft_from_record
from crisisdesk.services.checklists.partners import PartnerService
from crisisdesk.services.scenarios.service import ScenarioService

N, E, S = ChecklistRecordType.NOTIFICATION, ChecklistRecordType.EVENT, ChecklistRecordType.SCENARIO


@pytest.fixture
def partners(database, fixed_now):
    service = PartnerService(database.factory, clock=lambda: fixed_now, user="tester")
    service.seed_defaults()
    return service


@pytest.fixture
def checklists(database, fixed_now, partners):
    return ChecklistService(database.factory, clock=lambda: fixed_now, user="advisor")


def pid(partners, key):
    return next(p.id for p in partners.list() if p.key == key)


def test_applying_a_template_gives_concrete_due_moments_and_partners(service, checklists):
    record = service.create(draft(start_at=local(2026, 3, 24, 14, 0), end_at=local(2026, 3, 24, 16, 0)))
    checklist = checklists.apply_template(N, record.id, "demonstration_high")
    template = checklists.templates.get("demonstration_high")
    assert len(checklist.items) == len(template.items)
    assert checklist.anchor_at == record.start_at
    by_text = {i.text: i for i in checklist.items}
    police = by_text["Inlichtingenbeeld en risicoanalyse politie"]
    assert police.partner_name == "Politie Midden-Nederland"
    assert police.due_at == record.start_at - timedelta(hours=72)
    assert [i.due_at for i in checklist.items] == sorted(i.due_at for i in checklist.items)  # ordered by offset
    assert checklist.progress.total == len(template.items) and checklist.progress.done == 0
    with pytest.raises(ValidationFailed) as failed:
        checklists.apply_template(N, record.id, "demonstration_high")
    assert failed.value.errors[0].code == "already_applied"
    with pytest.raises(ValidationFailed):
        checklists.apply_template(N, record.id, "event_class_b")  # an event template


def test_ticking_off_records_who_and_when_and_progress_per_partner(service, checklists, fixed_now):
    record = service.create(draft())
    checklist = checklists.apply_template(N, record.id, "demonstration_low")
    first, second = checklist.items[0], checklist.items[1]
    checklist = checklists.update_item(first.id, ItemChange(status=ItemStatus.DONE, note="Verstuurd per e-mail"))
    done = next(i for i in checklist.items if i.id == first.id)
    assert (done.status, done.status_by, done.status_at, done.note) == (ItemStatus.DONE, "advisor", fixed_now, "Verstuurd per e-mail")
    checklist = checklists.update_item(second.id, ItemChange(status=ItemStatus.NOT_APPLICABLE))
    total = checklist.progress
    assert (total.done, total.not_applicable, total.applicable) == (1, 1, len(checklist.items) - 1)
    oov = next(p for p in checklist.per_partner if p.partner_name.startswith("Gemeente Utrecht — Openbare Orde"))
    assert oov.progress.done == 1 and oov.progress.total == sum(1 for i in checklist.items if i.partner_id == oov.partner_id)
    assert progress_by_record(checklists._factory, N, [record.id, 999], fixed_now) == {record.id: total}


def test_overdue_items_stand_out(service, checklists, fixed_now):
    record = service.create(draft(start_at=fixed_now + timedelta(hours=30), end_at=fixed_now + timedelta(hours=32)))
    checklist = checklists.apply_template(N, record.id, "demonstration_low")
    overdue = [i for i in checklist.items if i.overdue]
    assert overdue and all(i.due_at < fixed_now for i in overdue)
    assert checklist.progress.overdue == len(overdue)
    checklist = checklists.update_item(overdue[0].id, ItemChange(status=ItemStatus.DONE))
    assert checklist.progress.overdue == len(overdue) - 1


def test_moving_the_start_moves_the_due_moments_in_the_same_save(service, checklists):
    record = service.create(draft(start_at=local(2026, 3, 24, 14, 0), end_at=local(2026, 3, 24, 16, 0)))
    checklist = checklists.apply_template(N, record.id, "demonstration_high")
    fixed = checklists.add_item(N, record.id, "Vaste afspraak", due_at=local(2026, 3, 20, 9, 0)).items[-1]
    moved = service.update(record.id, draft_from_record(record, start_at=local(2026, 3, 31, 14, 0),
                                                         end_at=local(2026, 3, 31, 16, 0)), record.version)
    after = checklists.get(N, record.id)
    assert after.anchor_at == moved.start_at
    for item in after.items:
        if item.offset_text:
            assert item.due_at == due_moment(moved.start_at, parse_offset(item.offset_text))
    # a calendar step across the DST change (29 March) keeps the wall clock; an hour step does not
    five_days = next(i for i in after.items if i.offset_text == "5 dagen voor")
    assert to_local(five_days.due_at) == local(2026, 3, 26, 14, 0)
    assert next(i for i in after.items if i.id == fixed.id).due_at == local(2026, 3, 20, 9, 0)
    assert len(after.items) == len(checklist.items) + 1


def test_event_start_moves_its_checklist_too(database, fixed_now, checklists):
    events = EventService(database.factory, clock=lambda: fixed_now, user="tester")
    event = events.create(match())
    checklists.apply_template(E, event.id, "football_risk_c")
    later = events.update(event.id, draft_from_event(event, start_at=event.start_at + timedelta(days=7),
                                                     end_at=event.end_at + timedelta(days=7)), event.version)
    items = checklists.get(E, event.id).items
    assert all(i.due_at == due_moment(later.start_at, parse_offset(i.offset_text)) for i in items)


def test_a_scenario_checklist_counts_from_the_anchor_the_advisor_sets(database, fixed_now, checklists):
    scenario = ScenarioService(database.factory, clock=lambda: fixed_now, user="t").create(
        ScenarioDraft(kind=ScenarioKind.FLOODING, title="Hoogwater Lek"))
    with pytest.raises(ValidationFailed) as failed:
        checklists.apply_template(S, scenario.id, "scenario_flooding")
    assert failed.value.errors[0].code == "anchor_required"
    assert checklists.get(S, scenario.id) is None  # nothing half-saved
    scale_up = local(2026, 3, 14, 11, 0)
    checklist = checklists.apply_template(S, scenario.id, "scenario_flooding", anchor_at=scale_up)
    evac = next(i for i in checklist.items if i.offset_text == "4 uur na")
    assert evac.due_at == scale_up + timedelta(hours=4)
    moved = checklists.set_anchor(S, scenario.id, scale_up + timedelta(hours=2))
    assert next(i for i in moved.items if i.id == evac.id).due_at == scale_up + timedelta(hours=6)


def test_add_assign_and_remove_items(service, checklists, partners):
    record = service.create(draft())
    with pytest.raises(ValidationFailed):
        checklists.add_item(N, record.id, "Iets", offset_text="binnenkort")
    assert checklists.get(N, record.id) is None
    checklist = checklists.add_item(N, record.id, "Camera's controleren", offset_text="2 dagen voor")
    item = checklist.items[0]
    assert item.partner_id is None and to_local(item.due_at) == local(2026, 3, 15, 14, 0)
    checklist = checklists.update_item(item.id, ItemChange(partner_id=pid(partners, "thor")))
    assert checklist.items[0].partner_name.endswith("(THOR)")
    checklist = checklists.update_item(item.id, ItemChange(clear_partner=True, text="Camera's en verlichting"))
    assert checklist.items[0].partner_name == "" and checklist.items[0].text == "Camera's en verlichting"
    assert checklists.remove_item(item.id).items == ()
    with pytest.raises(NotFound):
        checklists.remove_item(item.id)


def test_per_partner_tasks_across_records_in_a_period(service, checklists, partners, database, fixed_now):
    police = pid(partners, "politie")
    first = service.create(draft(start_at=local(2026, 3, 24, 14, 0), end_at=local(2026, 3, 24, 16, 0)))
    second = service.create(draft(purpose="Stille tocht", start_at=local(2026, 4, 20, 19, 0), end_at=local(2026, 4, 20, 21, 0)))
    early = service.create(draft(purpose="Vroeg", start_at=local(2026, 3, 15, 12, 0), end_at=local(2026, 3, 15, 13, 0)))
    events = EventService(database.factory, clock=lambda: fixed_now, user="t")
    event = events.create(match())
    for record in (first, second, early):
        checklists.apply_template(N, record.id, "demonstration_high")
    checklists.apply_template(E, event.id, "football_risk_c")
    start, end = local(2026, 3, 16, 0, 0), local(2026, 4, 10, 0, 0)
    tasks = partner_tasks(database.factory, police, start, end, fixed_now)
    assert {t.record_title for t in tasks} >= {"Aandacht voor woningnood", "FC Utrecht – Ajax"}
    assert "Stille tocht" not in {t.record_title for t in tasks}
    assert all(t.overdue for t in tasks if t.due_at < start)  # earlier, still open: overdue, listed
    assert any(t.record_title == "Vroeg" and t.overdue for t in tasks)
    assert all(start <= t.due_at < end for t in tasks if not t.overdue)
    assert [t.due_at for t in tasks] == sorted(t.due_at for t in tasks)
    done = next(t for t in tasks if t.record_title == "FC Utrecht – Ajax")
    checklists.update_item(done.item_id, ItemChange(status=ItemStatus.DONE))
    assert done.item_id not in {t.item_id for t in partner_tasks(database.factory, police, start, end, fixed_now)}
    without = partner_tasks(database.factory, police, start, end, fixed_now, include_overdue=False)
    assert all(not t.overdue for t in without)


def test_deleting_a_record_deletes_its_checklist(service, checklists):
    record = service.create(draft())
    checklists.apply_template(N, record.id, "demonstration_low")
    service.delete(record.id)
    assert checklists.get(N, record.id) is None


def test_a_sensitive_event_shows_only_its_neutral_title_in_partner_tasks(database, fixed_now, checklists, partners):
    from crisisdesk.domain.events.rules import EventKind

    events = EventService(database.factory, clock=lambda: fixed_now, user="t")
    event = events.create(replace(match(), kind=EventKind.DIGNITARY_VISIT, title="Bezoek X", opponent="",
                                  match_risk_class=None))
    checklists.apply_template(E, event.id, "dignitary_visit")
    tasks = partner_tasks(database.factory, pid(partners, "politie"), local(2026, 1, 1, 0, 0), local(2026, 12, 1, 0, 0), fixed_now)
    assert tasks and tasks[0].record_title == "Bezoek X"


def test_the_week_overview_shows_checklist_progress_and_overdue_items(service, checklists, database, fixed_now):
    from crisisdesk.services.calendar.overview import OverviewService

    soon = service.create(draft(start_at=fixed_now + timedelta(days=2), end_at=fixed_now + timedelta(days=2, hours=2)))
    checklist = checklists.apply_template(N, soon.id, "demonstration_high")
    checklists.update_item(checklist.items[0].id, ItemChange(status=ItemStatus.DONE))
    overview = OverviewService(database.factory, clock=lambda: fixed_now).week_overview()
    (entry,) = overview.checklist_progress
    assert (entry.kind, entry.id, entry.progress.done, entry.progress.total) == ("notification", soon.id, 1, len(checklist.items))
    overdue = [i for i in checklist.items[1:] if i.due_at < fixed_now]
    assert [t.item_id for t in overview.overdue_items] == [i.id for i in overdue]
    assert entry.progress.overdue == len(overdue)


def test_demo_checklists_have_a_realistic_mix_and_fictional_contacts(database, fixed_now):
    from crisisdesk.domain.checklists.rules import ItemStatus
    from crisisdesk.services.checklists.queries import overdue_items
    from crisisdesk.demo import seed_demo
    from crisisdesk.demo.checklists import seed_demo_checklists
    from crisisdesk.demo.events import seed_demo_events

    seed_demo(database.factory, 300, seed=7, now=fixed_now)
    seed_demo_events(database.factory, seed=7, now=fixed_now)
    created = seed_demo_checklists(database.factory, seed=7, now=fixed_now)
    assert created > 100
    assert seed_demo_checklists(database.factory, seed=7, now=fixed_now) == 0  # nothing twice
    from sqlalchemy import func, select

    from crisisdesk.db.models import Checklist, ChecklistItem
    with database.factory() as session:
        statuses = dict(session.execute(select(ChecklistItem.status, func.count()).group_by(ChecklistItem.status)).all())
        kinds = session.execute(select(
            func.count(Checklist.notification_id), func.count(Checklist.event_id), func.count(Checklist.scenario_id))).one()
        assert all(statuses.get(s, 0) > 0 for s in ItemStatus)
        assert all(k > 0 for k in kinds)
        assert overdue_items(session, fixed_now)  # some things are late, as in practice
    partners = PartnerService(database.factory).list()
    contacts = [c for p in partners for c in p.contacts]
    assert contacts and all(c.email.endswith("@example.nl") and "0000" in c.phone for c in contacts)

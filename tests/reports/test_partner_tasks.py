"""The per-partner task list PDF, read back with pypdf."""

from __future__ import annotations

from datetime import date, timedelta

from report_helpers import draft, local, pages_text

from crisisdesk.domain.checklists.records import ContactRecord, ItemChange, PartnerDraft
from crisisdesk.domain.checklists.rules import ChecklistRecordType, ItemStatus
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.domain.scenarios.rules import ScenarioDraft, ScenarioKind
from crisisdesk.i18n import translate
from crisisdesk.labels import label
from crisisdesk.reports.checklists.partner_tasks import PartnerTasksReport, build_partner_tasks
from crisisdesk.services.checklists.queries import partner_tasks
from crisisdesk.services.checklists.service import ChecklistService
from crisisdesk.services.checklists.partners import PartnerService
from crisisdesk.services.scenarios.service import ScenarioService


def _report(database, service, fixed_now):
    partners = PartnerService(database.factory, clock=lambda: fixed_now, user="t")
    partners.seed_defaults()
    police = partners.match("Politie")[0]
    police = partners.save(PartnerDraft(name=police.name, role=police.role, contacts=(
        ContactRecord(None, "Fictief Piket", "Officier van dienst", "030-0000001", "06-00000001", "piket@example.nl"),)), police.id)
    checklists = ChecklistService(database.factory, clock=lambda: fixed_now, user="t")
    for day in range(16, 30):
        record = service.create(draft(purpose=f"Manifestatie {day}", start_at=local(2026, 3, day, 14, 0),
                                      end_at=local(2026, 3, day, 16, 0)))
        checklist = checklists.apply_template(ChecklistRecordType.NOTIFICATION, record.id, "demonstration_high")
        police_item = next(i for i in checklist.items if i.partner_id == police.id)
        checklists.update_item(police_item.id, ItemChange(note="Let op: ‘coördinatie’ met de ME"))
    scenario = ScenarioService(database.factory, clock=lambda: fixed_now, user="t").create(
        ScenarioDraft(kind=ScenarioKind.RIOTS, title="Onrust Overvecht"))
    checklists.apply_template(ChecklistRecordType.SCENARIO, scenario.id, "scenario_riots", anchor_at=fixed_now - timedelta(hours=3))
    tasks = partner_tasks(database.factory, police.id, local(2026, 3, 14, 0, 0), local(2026, 3, 30, 0, 0), fixed_now)
    return PartnerTasksReport(police, date(2026, 3, 14), date(2026, 3, 29), tuple(tasks), fixed_now, Marking.INTERNAL), tasks


def test_partner_pdf_lists_every_open_action_with_marking_and_page_numbers(database, service, fixed_now, english):
    report, tasks = _report(database, service, fixed_now)
    pdf = build_partner_tasks(report)
    pages = pages_text(pdf)
    text = " ".join(pages)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "INTERN" in page and f"Page {number} of {len(pages)}" in page
    assert "Actions for Politie Midden-Nederland" in text
    assert "Fictief Piket" in text and "06-00000001" in text
    for day in range(16, 30):
        assert f"Manifestatie {day}" in text
    assert "Onrust Overvecht" in text and "overdue" in text  # the scenario's first hours have passed
    assert text.count("Inlichtingenbeeld en risicoanalyse politie") == 14
    assert f"{len(tasks)} open action(s)" in text
    assert "coördinatie" in text  # Dutch characters survive: the font is embedded
    assert label(ItemStatus.OPEN) in text
    assert build_partner_tasks(report) == pdf  # deterministic


def test_an_empty_period_says_so(database, service, fixed_now, english):
    report, _ = _report(database, service, fixed_now)
    from dataclasses import replace

    text = " ".join(pages_text(build_partner_tasks(replace(report, tasks=()))))
    assert translate("PartnerTasks", "Nothing open for this partner in this period.") in text

"""How long a 200-item driehoek briefing takes to build, against bare reportlab.

    python benchmarks/briefing_build.py [--items 200] [--runs 5]

Fills a temporary database with the fictional demo world (45,000 notifications, the
demo events and matches, checklists, an exercise) plus a real incident with open actions,
takes a busy fortnight and times, over --runs runs (medians; the machine may be shared):

- collect: ``BriefingCollector.collect`` with the default providers (all notifications of
  the period, clashes, term derivations, checklist progress, events, incidents, actions);
- build: ``build_briefing`` of the first --items manifestations (page templates,
  marking, page X of Y, contents, charts);
- total: collect + build of the same run;
- bare: the same flowables and page sizes through plain reportlab, without our frame.

The ratio build/bare is the cost of the frame. Target: collect + build < 2 s.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4, landscape
from sqlalchemy import select
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

from crisisdesk.db.database import open_database
from crisisdesk.db.models import Checklist, ChecklistItem, Notification
from crisisdesk.domain.checklists.rules import ChecklistRecordType
from crisisdesk.domain.enums import Risk, Status
from crisisdesk.domain.documents.briefing import BriefingRequest
from crisisdesk.domain.operations.records import Team
from crisisdesk.reports.documents.briefing import briefing_parts, build_briefing
from crisisdesk.reports.styles import MARGIN
from crisisdesk.services.documents.briefing import BriefingCollector, period_bounds
from crisisdesk.demo import seed_demo
from crisisdesk.services.checklists.service import ChecklistService
from crisisdesk.demo.checklists import _progress as tick
from crisisdesk.demo.checklists import seed_demo_checklists
from crisisdesk.demo.events import seed_demo_events
from crisisdesk.demo.exercise import seed_demo_exercise
from crisisdesk.services.operations.incidents import IncidentService
from crisisdesk.services.operations.logbook import LogbookService

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def bare(data) -> bytes:
    """The same flowables and page sizes, but plain reportlab: no header, footer, marking,
    page X of Y or contents (the canvas draws nothing of its own)."""
    _info, cover, story = briefing_parts(data)
    buffer = io.BytesIO()
    document = BaseDocTemplate(buffer, pagesize=A4, invariant=1, leftMargin=MARGIN, rightMargin=MARGIN)
    portrait = Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN - 20 * mm)
    wide = Frame(MARGIN, MARGIN, A4[1] - 2 * MARGIN, A4[0] - 2 * MARGIN - 20 * mm)
    document.addPageTemplates([
        PageTemplate(id="cover", frames=[portrait]),
        PageTemplate(id="content", frames=[portrait]),
        PageTemplate(id="wide", frames=[wide], pagesize=landscape(A4)),
    ])
    document.build([NextPageTemplate("cover"), *cover, *story])
    return buffer.getvalue()


def checklists_for_the_period(factory, clock) -> None:
    """The demo checklists lie mostly outside the fortnight: give its risky demonstrations one."""
    start, end = period_bounds(date(2026, 3, 16), date(2026, 3, 29))
    with factory() as session:
        ids = session.scalars(select(Notification.id).where(
            Notification.start_at >= start, Notification.start_at < end,
            Notification.risk.in_((Risk.HIGH, Risk.UNKNOWN)), Notification.status != Status.WITHDRAWN,
        ).order_by(Notification.start_at).limit(30)).all()
    service = ChecklistService(factory, clock=clock, user="benchmark")
    for ident in ids:
        service.apply_template(ChecklistRecordType.NOTIFICATION, ident, "demonstration_high")
    rng = random.Random(11)
    with factory.begin() as session:
        for item in session.scalars(select(ChecklistItem).join(Checklist).where(Checklist.notification_id.in_(ids))):
            tick(item, NOW, rng)


def seed(factory) -> None:
    clock = lambda: NOW  # noqa: E731
    seed_demo(factory, 45_000, seed=11, now=NOW)
    seed_demo_events(factory, seed=11, now=NOW, extra=400)
    seed_demo_checklists(factory, seed=11, now=NOW)
    seed_demo_exercise(factory, seed=11, now=NOW)
    checklists_for_the_period(factory, clock)
    incident = IncidentService(factory, clock=clock, user="benchmark").start(
        "Stroomstoring Overvecht (fictief)", "GRIP 1", "Operationeel leider", teams=(Team("CoPI"),))
    logbook = LogbookService(factory, clock=clock, user="benchmark")
    for hours, text in ((2, "Aggregaten bij zorgcentra plaatsen"), (4, "Bewoners informeren via NL-Alert"), (24, "Evaluatie met netbeheerder")):
        logbook.add_action(incident.id, text, "Bevolkingszorg", NOW + timedelta(hours=hours))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{folder}/bench.sqlite")
        seed(database.factory)
        collector = BriefingCollector(database.factory, user="benchmark", clock=lambda: NOW)
        request = BriefingRequest(date(2026, 3, 16), date(2026, 3, 29), date(2026, 3, 17))
        data = collector.collect(request)
        if len(data.demonstrations) < args.items:
            print(f"only {len(data.demonstrations)} items in the period; seed more", file=sys.stderr)
            return 1
        period = len(data.demonstrations)
        data = replace(data, demonstrations=data.demonstrations[: args.items])
        attention = sum(1 for item in data.demonstrations if item.attention_reasons)
        build_briefing(data)  # warm: fonts registered, modules loaded
        collects, builds, totals, bares = [], [], [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            collected = collector.collect(request)
            middle = time.perf_counter()
            build_briefing(replace(collected, demonstrations=collected.demonstrations[: args.items]))
            end = time.perf_counter()
            collects.append(middle - start)
            builds.append(end - middle)
            totals.append(end - start)
            start = time.perf_counter()
            bare(data)
            bares.append(time.perf_counter() - start)
        pdf = build_briefing(data)
        pages = pdf.count(b"/Type /Page\n") or "?"
        database.dispose()
    collect, build, total, plain = (statistics.median(v) for v in (collects, builds, totals, bares))
    print(f"items: {args.items} of the {period} in the period ({attention} with their own section), "
          f"{len(data.events)} events and matches, {len(data.scenarios)} incident(s), {len(data.actions)} open action(s); "
          f"pages: {pages}, {len(pdf) // 1024} KiB")
    print(f"medians of {args.runs} runs:")
    print(f"  collect (all {period} of the period): {collect:.2f} s")
    print(f"  build_briefing ({args.items} items):      {build:.2f} s")
    print(f"  total collect + build:          {total:.2f} s   (target < 2 s: {'met' if total < 2 else 'NOT met'})")
    print(f"  bare reportlab, same flowables: {plain:.2f} s")
    print(f"  ratio build/bare:               {build / plain:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

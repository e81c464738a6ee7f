"""How long a 200-item driehoek briefing takes to build, against bare reportlab.

    python benchmarks/briefing_build.py [--items 200] [--runs 5]

Fills a temporary database with fictional notifications (``seed_demo``), takes the first
200 manifestations of a busy period, and times (median of --runs):

- collect: reading them in one session, with term derivations and clashes;
- build: ``build_briefing`` (page templates, marking, page X of Y, contents, charts);
- bare: the same flowables and page sizes through plain reportlab, without our frame.

The ratio build/bare is the cost of the frame. Target: collect + build < 2 s.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate  # noqa: E402

from crisisdesk.db.database import open_database  # noqa: E402
from crisisdesk.domain.briefing import BriefingRequest  # noqa: E402
from crisisdesk.reports.briefing import briefing_parts, build_briefing  # noqa: E402
from crisisdesk.reports.styles import MARGIN  # noqa: E402
from crisisdesk.services.briefing import BriefingCollector  # noqa: E402
from crisisdesk.services.demo import seed_demo  # noqa: E402

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def bare(data) -> bytes:  # noqa: ANN001
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


def median_time(fn, runs: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{folder}/bench.sqlite")
        seed_demo(database.factory, 45_000, seed=11, now=NOW)
        collector = BriefingCollector(database.factory, user="benchmark", clock=lambda: NOW)
        request = BriefingRequest(date(2026, 3, 16), date(2026, 3, 29), date(2026, 3, 17))
        data = collector.collect(request)
        if len(data.demonstrations) < args.items:
            print(f"only {len(data.demonstrations)} items in the period; seed more", file=sys.stderr)
            return 1
        data = replace(data, demonstrations=data.demonstrations[: args.items])
        attention = sum(1 for item in data.demonstrations if item.attention_reasons)
        collect = median_time(lambda: collector.collect(request), args.runs)
        build = median_time(lambda: build_briefing(data), args.runs)
        plain = median_time(lambda: bare(data), args.runs)
        pages = build_briefing(data).count(b"/Type /Page\n") or "?"
        database.dispose()
    print(f"items: {args.items} ({attention} with their own section), pages: {pages}")
    print(f"collect (all {len(data.demonstrations)} of the period): {collect:.2f} s (median of {args.runs})")
    print(f"build_briefing:        {build:.2f} s")
    print(f"bare reportlab:        {plain:.2f} s")
    print(f"ratio build/bare:      {build / plain:.2f}")
    print(f"collect + build:       {collect + build:.2f} s (target < 2 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How long the PDFs take with very long fields (issue 12, finding 10).

    python benchmarks/long_text_pdfs.py [--sizes 20000 1000000] [--runs 3]

One notification whose purpose, route, composition, own measures, one measure of its
decision and the decision's motivation are each SIZE characters (words, and one unbroken word),
in a temporary SQLite file. Times (medians of --runs; the machine may be shared) for
the driehoek briefing, the receipt, the decision letter and the subject access PDF,
with the pages each has, and the plain-text block against reportlab's own paragraphs
for one field of SIZE characters (the ratio is what the fast block saves).
Target: about 2 s or less per megabyte of text printed in full (before: a LayoutError at 20,000
characters, and over nine minutes for a briefing with 1 MB fields).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import Paragraph

from crisisdesk.db.database import open_database
from crisisdesk.domain.documents.briefing import BriefingRequest
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.demo.profile import UTRECHT
from crisisdesk.domain.enums import Capacity, Decision, DecisionGround, District, ManifestationKind, PlaceType, Risk, Status
from crisisdesk.domain.register.decisions import Measure
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.reports.base import DocumentInfo, build_pdf
from crisisdesk.reports.documents.briefing import build_briefing
from crisisdesk.reports.documents.letters import build_decision_letter, build_receipt
from crisisdesk.reports.longtext import chunks, paragraphs
from crisisdesk.reports.privacy.subject_access import subject_access_pdf
from crisisdesk.reports.styles import stylesheet
from crisisdesk.services.documents.briefing import BriefingCollector, Providers
from crisisdesk.services.documents.letters import letter_input
from crisisdesk.services.privacy.subject_access import SubjectAccessService
from crisisdesk.services.profile import ProfileService
from crisisdesk.services.register.notifications import NotificationService

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def text_of(size: int, words: bool) -> str:
    return ("Over de Oudegracht naar het Domplein en terug " * (size // 46 + 1))[:size] if words else "x" * size


def timed(work, runs: int) -> tuple[float, bytes]:
    times, result = [], b""
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'size':>9} {'kind':>6} {'document':>15} {'seconds':>8} {'pages':>6}")
    for size in args.sizes:
        for words in (True, False):
            with tempfile.TemporaryDirectory() as folder:
                database = open_database(f"sqlite:///{Path(folder, 'bench.sqlite').as_posix()}")
                text = text_of(size, words)
                start = datetime(2026, 3, 17, 14, tzinfo=AMSTERDAM)
                record = NotificationService(database.factory, clock=lambda: NOW, user="bench").create(NotificationDraft(
                    kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose=text, start_at=start,
                    end_at=start.replace(hour=16), location="Neude", district=District.BINNENSTAD,
                    received_at=datetime(2026, 3, 10, 9, tzinfo=AMSTERDAM), organiser_name="Lang Verhaal",
                    organiser_address="Oudegracht 1, 3511 AA Utrecht",
                    route=text, composition=text, organiser_measures=text, risk=Risk.HIGH, status=Status.DECIDED,
                    decision=Decision.CONDITIONS, decision_date=date(2026, 3, 14), decided_by="A. de Vries",
                    decided_capacity=Capacity.MAYOR, decision_measures=(Measure(text, (DecisionGround.DISORDER,)),),
                    decision_motivation=text))
                ProfileService(database.factory).save(UTRECHT)
                collector = BriefingCollector(database.factory, user="bench", clock=lambda: NOW, providers=Providers())
                request = BriefingRequest(period_from=date(2026, 3, 16), period_to=date(2026, 3, 29),
                                          meeting_date=date(2026, 3, 17), marking=Marking.CONFIDENTIAL)
                letter = {kind: letter_input(database.factory, record.id, kind, user="bench", clock=lambda: NOW)
                          for kind in ("receipt", "decision")}
                access = SubjectAccessService(database.factory, clock=lambda: NOW, user="bench")
                key = f"notification:{record.id}"
                documents = {
                    "briefing": partial(lambda c, r: build_briefing(c.collect(r)), collector, request),
                    "receipt": partial(build_receipt, letter["receipt"]),
                    "decision": partial(build_decision_letter, letter["decision"]),
                    "subject access": partial(lambda a, k: subject_access_pdf(a.compile("Lang Verhaal", [k])), access, key),
                }
                for name, work in documents.items():
                    seconds, pdf = timed(work, args.runs)
                    pages = len(PdfReader(io.BytesIO(pdf)).pages)
                    print(f"{size:>9} {'words' if words else 'x':>6} {name:>15} {seconds:8.2f} {pages:6d}", flush=True)
                database.dispose()
    # The fast block against reportlab's paragraphs, one field of the largest size.
    size = max(args.sizes)
    text = text_of(size, True)
    info = DocumentInfo(title="bench", marking=None, prepared_at=NOW)
    fast, _ = timed(lambda: build_pdf(paragraphs(text, stylesheet()["body"]), info), 1)
    plain, _ = timed(lambda: build_pdf([Paragraph(piece, stylesheet()["body"]) for piece in chunks(text)], info), 1)
    print(f"one field of {size:,} characters: fast block {fast:.2f} s, reportlab paragraphs {plain:.2f} s, "
          f"ratio {plain / fast:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

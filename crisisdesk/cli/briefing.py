"""``crisisdesk briefing``: the PDF briefing for the lokale driehoek.

    crisisdesk briefing --from 2026-03-16 --to 2026-03-29 --meeting 2026-03-17 --out briefing.pdf
"""

from __future__ import annotations

import argparse
import sys

from crisisdesk.cli.reporting import InputError, open_desk, parse_day, write_pdf
from crisisdesk.domain.documents.briefing import BriefingRequest
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.domain.timeutil import to_local, utc_now
from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="period_from", metavar="DATE", help="first day of the period (default: today)")
    parser.add_argument("--to", dest="period_to", metavar="DATE", help="last day of the period (default: 13 days after --from)")
    parser.add_argument("--meeting", metavar="DATE", help="date of the driehoeksoverleg (default: the first day of the period)")
    parser.add_argument("--marking", default=Marking.CONFIDENTIAL.value, choices=[m.value for m in Marking], help="marking on every page (default: Vertrouwelijk)")
    parser.add_argument("--personal-data", action="store_true", help="include organisers' personal data (left out by default, AVG)")
    parser.add_argument("--exercise", action="store_true", help="mark every page OEFENING")
    parser.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")


def run(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from crisisdesk.reports.documents.briefing import build_briefing

    try:
        today = to_local(utc_now()).date()
        first = parse_day(args.period_from, "--from") if args.period_from is not None else today
        last = parse_day(args.period_to, "--to") if args.period_to is not None else first + timedelta(days=13)
        if last < first:
            raise InputError(translate("Cli", "--to lies before --from."))
        meeting = parse_day(args.meeting, "--meeting") if args.meeting is not None else first
    except InputError as exc:
        print(f"crisisdesk briefing: {exc}", file=sys.stderr)
        return 2
    request = BriefingRequest(first, last, meeting, Marking(args.marking), args.personal_data, args.exercise)
    desk = open_desk(args)
    try:
        data = desk.briefing.collect(request)
        pdf = build_briefing(data)
        write_pdf(args.out, pdf)
    except InputError as exc:
        print(f"crisisdesk briefing: {exc}", file=sys.stderr)
        return 2
    finally:
        desk.dispose()
    print(translate("Cli", "Briefing written to {path}: {n} manifestation(s).").format(path=args.out, n=len(data.demonstrations)))
    return 0

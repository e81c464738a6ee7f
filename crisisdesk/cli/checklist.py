"""``crisisdesk checklist``: one partner's open actions in a period, as a PDF.

    crisisdesk checklist --partner Politie --from 2026-03-16 --to 2026-03-29 --out politie.pdf

``--partner`` takes any unique part of the partner's name (or its key); an ambiguous
part lists the candidates. Overdue actions from before the period are included.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, time, timedelta

from crisisdesk.cli.reporting import InputError, open_desk, parse_day, write_pdf
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.domain.timeutil import AMSTERDAM, to_local, utc_now
from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--partner", required=True, metavar="NAME", help="the partner: a unique part of its name, e.g. Politie")
    parser.add_argument("--from", dest="period_from", metavar="DATE", help="first day of the period (default: today)")
    parser.add_argument("--to", dest="period_to", metavar="DATE", help="last day of the period (default: 13 days after --from)")
    parser.add_argument("--marking", default=Marking.INTERNAL.value, choices=[m.value for m in Marking], help="marking on every page (default: Intern)")
    parser.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")


def choose_partner(partners, text: str):
    """The one partner ``text`` names; InputError (Dutch, with the candidates) otherwise."""
    found = partners.match(text)
    if not found:
        raise InputError(translate("Cli", "--partner: no partner matches '{text}'.").format(text=text))
    if len(found) > 1:
        names = "\n".join(f"  - {p.name}" for p in found)
        raise InputError(translate("Cli", "--partner: '{text}' matches more than one partner; be more specific:\n{names}").format(text=text, names=names))
    return found[0]


def run(args: argparse.Namespace) -> int:
    from crisisdesk.reports.checklists.partner_tasks import PartnerTasksReport, build_partner_tasks

    now = utc_now()
    try:
        today = to_local(now).date()
        first = parse_day(args.period_from, "--from") if args.period_from is not None else today
        last = parse_day(args.period_to, "--to") if args.period_to is not None else first + timedelta(days=13)
        if last < first:
            raise InputError(translate("Cli", "--to lies before --from."))
    except InputError as exc:
        print(f"crisisdesk checklist: {exc}", file=sys.stderr)
        return 2
    desk = open_desk(args)
    try:
        partners = desk.partners
        if not desk.read_only:  # an observer looks at the partners as they are
            partners.seed_defaults()
        partner = choose_partner(partners, args.partner)
        start = datetime.combine(first, time(0, 0), tzinfo=AMSTERDAM)
        end = datetime.combine(last + timedelta(days=1), time(0, 0), tzinfo=AMSTERDAM)
        tasks = desk.partner_tasks(partner.id, start, end, now)
        pdf = build_partner_tasks(PartnerTasksReport(partner, first, last, tuple(tasks), now, Marking(args.marking),
                                                     author=desk.document_author()))
        write_pdf(args.out, pdf)
    except InputError as exc:
        print(f"crisisdesk checklist: {exc}", file=sys.stderr)
        return 2
    finally:
        desk.dispose()
    print(translate("Cli", "Actions for {partner} written to {path}: {n} open action(s).").format(
        partner=partner.name, path=args.out, n=len(tasks)))
    return 0

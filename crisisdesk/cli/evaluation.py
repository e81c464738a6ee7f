"""``crisisdesk evaluation``: the term evaluation over a period, as a PDF.

    crisisdesk evaluation --from 2021-01-01 --to 2022-12-31 --out evaluatie.pdf
"""

from __future__ import annotations

import argparse
import sys

from crisisdesk.cli.reporting import InputError, open_desk, parse_day, write_pdf
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="period_from", required=True, metavar="DATE", help="first day (manifestations starting on or after)")
    parser.add_argument("--to", dest="period_to", required=True, metavar="DATE", help="last day (inclusive)")
    parser.add_argument("--marking", default=Marking.INTERNAL.value, choices=[m.value for m in Marking], help="marking on every page (default: Intern)")
    parser.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")


def run(args: argparse.Namespace) -> int:
    from crisisdesk.domain.timeutil import to_local, utc_now
    from crisisdesk.reports.documents.term_evaluation import build_evaluation
    from crisisdesk.services.users import current_user

    try:
        first = parse_day(args.period_from, "--from")
        last = parse_day(args.period_to, "--to")
        if last < first:
            raise InputError(translate("Cli", "--to lies before --from."))
    except InputError as exc:
        print(f"crisisdesk evaluation: {exc}", file=sys.stderr)
        return 2
    desk = open_desk(args)
    try:
        result = desk.term_evaluation(first, last)
        pdf = build_evaluation(result, current_user(), to_local(utc_now()), Marking(args.marking),
                               author=desk.document_author())
        write_pdf(args.out, pdf)
    except InputError as exc:
        print(f"crisisdesk evaluation: {exc}", file=sys.stderr)
        return 2
    finally:
        desk.dispose()
    from crisisdesk.domain.documents.term_evaluation_findings import findings, format_count, format_share

    print(translate("Cli", "Evaluation written to {path}: {n} notification(s), {share} not on time.").format(
        path=args.out, n=format_count(result.applied.total), share=format_share(result.applied)))
    for name, share in zip(result.rule_names, result.per_rule, strict=True):
        print(f"  {name:<36} {format_share(share):>7}  ({format_count(share.late)})")
    for line in findings(result, translate):
        print(f"- {line}")
    return 0

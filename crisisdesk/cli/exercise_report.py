"""``crisisdesk exercise-report``: the evaluation report of an exercise (PDF, OEFENING on every page).

    crisisdesk exercise-report --exercise 3 --out evaluatie.pdf [--db URL] [--marking Intern]
"""

from __future__ import annotations

import argparse
import sys

from crisisdesk.cli.reporting import InputError, open_desk, record_id, write_pdf
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--exercise", required=True, type=record_id, metavar="ID", help="the exercise's number")
    parser.add_argument("--marking", default=Marking.INTERNAL.value, choices=[m.value for m in Marking],
                        help="marking on every page (default: Intern)")
    parser.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")


def run(args: argparse.Namespace) -> int:
    from crisisdesk.reports.operations.exercise_report import build_exercise_report
    from crisisdesk.services.errors import NotFound

    desk = open_desk(args)
    try:
        evaluation = desk.exercises.evaluation(args.exercise)
        write_pdf(args.out, build_exercise_report(evaluation, Marking(args.marking)))
    except NotFound:
        print(translate("Cli", "crisisdesk exercise-report: there is no exercise {id}.").format(id=args.exercise),
              file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"crisisdesk exercise-report: {exc}", file=sys.stderr)
        return 2
    finally:
        desk.dispose()
    print(translate("Cli", "Evaluation of exercise {id} written to {path}: {n} inject(s).").format(
        id=args.exercise, path=args.out, n=len(evaluation.injects)))
    return 0

"""``crisisdesk letter``: the receipt or the decision letter for one notification.

    crisisdesk letter receipt --id 12 --out ontvangstbevestiging.pdf
    crisisdesk letter decision --id 12 --out besluit.pdf
"""

from __future__ import annotations

import argparse
import sys

from crisisdesk.cli.reporting import InputError, open_desk, record_id, write_pdf
from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("letter", choices=("receipt", "decision"), help="receipt (ontvangstbevestiging) or decision letter")
    parser.add_argument("--id", type=record_id, required=True, help="the notification's number")
    parser.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")


def run(args: argparse.Namespace) -> int:
    from crisisdesk.reports.documents.letters import build_decision_letter, build_receipt
    from crisisdesk.services.errors import NotFound
    from crisisdesk.messages import letter_refusal_message
    from crisisdesk.services.documents.letters import LetterRefused, NoDecision

    desk = open_desk(args)
    try:
        data = desk.letter_input(args.id, args.letter)
        pdf = build_receipt(data) if args.letter == "receipt" else build_decision_letter(data)
        write_pdf(args.out, pdf)
        desk.remember_export(args.out, f"letter {args.letter}", pdf)  # it names the organiser: removed after the term
    except NotFound:
        print("crisisdesk letter: " + translate("Errors", "Notification #{id} does not exist.").format(id=args.id), file=sys.stderr)
        return 2
    except NoDecision:
        print("crisisdesk letter: " + translate("Cli", "notification #{id} has no decision yet; record it first.").format(id=args.id), file=sys.stderr)
        return 2
    except LetterRefused as exc:
        print("crisisdesk letter: " + letter_refusal_message(exc), file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"crisisdesk letter: {exc}", file=sys.stderr)
        return 2
    finally:
        desk.dispose()
    print(translate("Cli", "Letter written to {path}.").format(path=args.out))
    return 0

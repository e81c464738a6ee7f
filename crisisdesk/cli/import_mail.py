"""``crisisdesk import-mail``: register notifications from saved e-mails (.eml, Outlook .msg).

    crisisdesk import-mail kennisgeving.eml formulier.msg [--db URL]
    crisisdesk import-mail *.eml --check          (only say what each message gives)

Per message it prints the moment of receipt and the header it was read from, the
fields found and those missing, and what became of it: registered with status
"Ontvangen", already registered (the same Message-ID), not registered because a
required field is not in the message (open it in the desk: Bestand → Kennisgeving uit
e-mail…), or refused (not a notification, damaged, too large).

The exit code is 0 when every message was registered (or had been before), 1 when any
was not, 2 when the command itself could not run.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from crisisdesk.i18n import translate

# The organiser's personal data: named as found, their values are not printed.
PERSONAL = ("organiser_name", "organiser_address", "organiser_phone", "organiser_email")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="saved e-mails: .eml or Outlook .msg")
    parser.add_argument("--check", action="store_true", help="only show what each message gives; register nothing")
    parser.add_argument("--max-size", type=int, metavar="MB", default=None,
                        help="largest message taken in, in MB (default: the setting, 25)")


def writes(args: argparse.Namespace) -> bool:
    return not args.check


def _value(name: str, value: object) -> str:
    from crisisdesk.domain.head_counts import head_count_text
    from crisisdesk.labels import format_value

    if name in PERSONAL:
        return ""
    if name == "expected_participants" and isinstance(value, tuple):
        return head_count_text(*value)
    return format_value(value)


def describe(intake) -> list[str]:
    """The lines about one message: received, found, missing, unreadable."""
    from crisisdesk.labels import field_label, format_moment

    lines = []
    if intake.received_at is not None:
        lines.append(translate("Cli", "received {moment} (from the {header} header)").format(
            moment=format_moment(intake.received_at, weekday=False), header=intake.received_header))
    else:
        lines.append(translate("Cli", "moment of receipt: not in the headers"))
    found = []
    for name in intake.found:
        shown = _value(name, intake.values[name])
        found.append(f"{field_label(name)}: {shown}" if shown else field_label(name))
    lines.append(translate("Cli", "found: {fields}").format(fields="; ".join(found) or "—"))
    lines.append(translate("Cli", "missing (left empty): {fields}").format(
        fields=", ".join(field_label(name) for name in intake.missing) or "—"))
    for item in intake.unreadable:
        lines.append(translate("Cli", "could not read {label} “{value}”: left empty").format(
            label=item.label, value=item.value[:80]))
    if intake.pdf_forms:
        lines.append(translate("Cli", "PDF form read: {names}").format(names=", ".join(intake.pdf_forms)))
    if "pdf_unreadable" in intake.notes:
        lines.append(translate("Cli", "a PDF attachment could not be read"))
    return lines


def run(args: argparse.Namespace) -> int:
    from crisisdesk.cli.reporting import open_desk
    from crisisdesk.domain.intake.mail import IntakeRefused
    from crisisdesk.domain.enums import Status
    from crisisdesk.labels import field_label, label
    from crisisdesk.messages import describe_error, duplicate_message, intake_refusal_message
    from crisisdesk.services.errors import ServiceError
    from crisisdesk.services.register.mail_intake import DuplicateMessage

    if args.max_size is not None and not 1 <= args.max_size <= 200:
        print("crisisdesk import-mail: " + translate("Cli", "--max-size: give a number of megabytes from 1 to 200."))
        return 2
    desk = open_desk(args)
    failures = 0
    try:
        service = desk.mail_intake
        for name in args.files:
            path = Path(name)
            print(f"{path.name}:")
            try:
                intake, data = service.read(path, args.max_size)
            except IntakeRefused as exc:
                print("  " + translate("Cli", "refused: {reason}").format(reason=intake_refusal_message(exc)))
                failures += 1
                continue
            for line in describe(intake):
                print(f"  {line}")
            known = service.registered_as(intake)
            if known is not None:
                print("  " + duplicate_message(known))
                continue
            if args.check:
                continue
            if intake.gaps:
                print("  " + translate("Cli", "not registered: required and not in the message: {fields}. Open it in "
                                              "the desk (File → Notification from e-mail…) to fill them in.").format(
                    fields=", ".join(field_label(gap) for gap in intake.gaps)))
                failures += 1
                continue
            try:
                record = service.register(intake, data)
            except DuplicateMessage as exc:
                print("  " + duplicate_message(exc.notification_id))
                continue
            except ServiceError as exc:
                print("  " + translate("Cli", "not registered: {reason}").format(reason=describe_error(exc) or str(exc)))
                failures += 1
                continue
            print("  " + translate("Cli", "registered as notification #{id}, status {status}; the original message is "
                                          "kept with it.").format(id=record.id, status=label(Status.RECEIVED)))
    finally:
        desk.dispose()
    return 1 if failures else 0

"""``crisisdesk deadline``: the deadline, on time or late, and why — for the phone.

    crisisdesk deadline --start "2026-03-16 10:00" --received "14-03-2026 09:00"
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import datetime

from dateutil import parser as dateparser

from crisisdesk.domain.register.deadlines import check_notification, describe, describe_check, explain_deadline, format_moment
from crisisdesk.domain.register.rulesets import DEFAULT_RULE_SET, RuleSetCatalogue, load_rule_sets, rule_for
from crisisdesk.domain.timeutil import NonexistentLocalTime, local_to_aware, to_local, utc_now
from crisisdesk.i18n import translate


_DATE_FIRST = re.compile(r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4})([ T]|$)")


class InputError(ValueError):
    """A value on the command line that cannot be used; the message is for the user."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--start", required=False, help='start of the manifestation, Amsterdam time, e.g. "2026-03-16 10:00" or "16-03-2026 10:00"')
    parser.add_argument("--received", help="moment the notification was received (default: none, only the deadline)")
    parser.add_argument("--rule", metavar="NAME", help=f"rule set by name (default: the one valid on the received date, {DEFAULT_RULE_SET!r} family)")
    parser.add_argument("--list-rules", action="store_true", help="list the rule sets and exit")


def parse_moment(text: str, what: str) -> datetime:
    """A wall-clock moment in Amsterdam, ISO ("2026-03-16 10:00") or Dutch ("16-03-2026 10:00")."""
    try:
        if not _DATE_FIRST.match(text.strip()):  # dateutil alone would read "-1" or "1-1-1" as some date
            raise ValueError(text)
        iso_like = len(text) >= 4 and text[:4].isdigit()
        naive = dateparser.parse(text, dayfirst=not iso_like)
    except (ValueError, OverflowError) as exc:
        raise InputError(translate("Cli", "{what}: cannot read {text!r} as a date and time.").format(what=what, text=text)) from exc
    from crisisdesk.cli import reporting

    try:
        reporting.check_year(naive, what, text)
    except reporting.InputError as exc:
        raise InputError(str(exc)) from exc
    if naive.tzinfo is not None:
        return naive
    try:
        return local_to_aware(naive)
    except NonexistentLocalTime as exc:
        raise InputError(
            translate("Cli", "{what}: {text} does not exist in Amsterdam (clocks go forward from 02:00 to 03:00 that night).").format(what=what, text=text)
        ) from exc


def _catalogue(args: argparse.Namespace) -> RuleSetCatalogue:
    """With ``--db``: the rule sets the municipality keeps in that database; else the shipped ones."""
    if not getattr(args, "db", None):
        return load_rule_sets()
    from crisisdesk.cli.reporting import open_desk

    desk = open_desk(args)
    try:
        return desk.rule_sets.catalogue()
    finally:
        desk.dispose()


def run(args: argparse.Namespace) -> int:
    catalogue = _catalogue(args)
    if args.list_rules:
        for rule_set in catalogue.rule_sets():
            rule = rule_set.rule
            validity = f"{rule.valid_from or '…'} – {rule.valid_to or '…'}"
            print(f"{rule.name:<34} {rule_set.municipality:<12} {validity:<26} {rule.source}")
        return 0
    try:
        if args.start is None:
            raise InputError(translate("Cli", "give --start (or --list-rules)"))
        start = parse_moment(args.start, "--start")
        received = parse_moment(args.received, "--received") if args.received is not None else None
        if args.rule:
            if args.rule not in catalogue:
                raise InputError(
                    translate("Cli", "unknown rule set {name!r}; known: {known}").format(
                        name=args.rule, known=", ".join(catalogue.names())
                    )
                )
            rule = catalogue[args.rule]
        else:
            reference = to_local(received or utc_now()).date()
            rule = rule_for(reference, catalogue, DEFAULT_RULE_SET)
    except InputError as exc:
        print(f"crisisdesk deadline: {exc}", file=sys.stderr)
        return 2

    print(translate("Cli", "Rule:      {name} — {source}").format(name=rule.name, source=rule.source))
    print(translate("Cli", "Start:     {moment}").format(moment=format_moment(start, translate)))
    if received is None:
        derivation = explain_deadline(start, rule)
        print(translate("Cli", "Deadline:  {moment}").format(moment=format_moment(derivation.deadline, translate)))
        lines = describe(derivation, translate)
    else:
        check = check_notification(start, received, rule)
        print(translate("Cli", "Deadline:  {moment}").format(moment=format_moment(check.deadline, translate)))
        print(translate("Cli", "Received:  {moment}").format(moment=format_moment(received, translate)))
        verdict = translate("Cli", "ON TIME") if check.on_time else translate("Cli", "LATE")
        print(translate("Cli", "Verdict:   {verdict}").format(verdict=verdict))
        lines = describe_check(check, translate)
    print(translate("Cli", "Derivation:"))
    for line in lines:
        print(f"  - {line}")
    return 0

"""``crisisdesk demo``: fill a database with fictional notifications.

    crisisdesk demo                                  # 2,000 into the demo database
    crisisdesk demo --db sqlite:////tmp/d.sqlite --count 100000 --seed 7

Without ``--db`` the separate demo database in the data folder is used (the one
``crisisdesk --demo`` opens), never the user's own register.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime

from sqlalchemy.engine import make_url

from crisisdesk.i18n import current_language, translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--count", type=_positive, default=2000, metavar="N", help="number of notifications to add (default: 2000)")
    parser.add_argument("--seed", type=int, default=2026, metavar="S", help="random seed; the same seed and --now give the same data (default: 2026)")
    parser.add_argument(
        "--now", metavar="MOMENT",
        help='the moment the register is seen at, Amsterdam time, e.g. "2026-03-14 09:30" (default: today 00:00)',
    )
    parser.add_argument(
        "--workers", type=_positive, metavar="N",
        help="processes that generate the data (default: one per core for large counts)",
    )


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(translate("Cli", "must be at least 1"))
    return value


def demo_database_url(args: argparse.Namespace) -> str:
    """``--db`` when given, else the demo database in the data folder."""
    from crisisdesk.paths import database_url, home_dir

    if getattr(args, "db", None):
        return args.db
    return database_url(home_dir(getattr(args, "home", None)), demo=True)


def _number(value: float, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    if current_language() == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def _show_progress(done: int, total: int) -> None:
    line = translate("Cli", "{done} of {total} notifications").format(done=_number(done), total=_number(total))
    print(f"\r{line}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def writes(args: argparse.Namespace) -> bool:
    return True


def run(args: argparse.Namespace) -> int:
    from crisisdesk.desk import open_desk

    if getattr(args, "read_only", False):
        print("crisisdesk demo: " + translate("Cli", "--read-only: the demo data would change the database."), file=sys.stderr)
        return 2
    now: datetime | None = None
    if args.now is not None:
        from crisisdesk.cli.deadline import InputError, parse_moment

        try:
            now = parse_moment(args.now, "--now")
        except InputError as exc:
            print(f"crisisdesk demo: {exc}", file=sys.stderr)
            return 2

    url = demo_database_url(args)
    shown_url = make_url(url).render_as_string(hide_password=True)
    desk = open_desk(url)
    try:
        began = time.perf_counter()
        added = desk.seed_demo_world(
            args.count, seed=args.seed, now=now,
            on_progress=_show_progress if sys.stderr.isatty() else None, workers=args.workers,
        )
        elapsed = time.perf_counter() - began
    finally:
        desk.dispose()
    print(
        translate("Cli", "{count} fictional notifications added to {url} in {seconds} s").format(
            count=_number(added), url=shown_url, seconds=_number(elapsed, 1)
        )
    )
    return 0

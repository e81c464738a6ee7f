"""``crisisdesk backup --out FILE``: a consistent copy of the SQLite database, even while in use."""

from __future__ import annotations

import argparse

from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="FILE", required=True, help="where to write the copy (e.g. crisisdesk-2026-03-14.sqlite)")


def run(args: argparse.Namespace) -> int:
    from crisisdesk.cli import resolve_database_url
    from crisisdesk.services.privacy.backup import backup_database

    check = backup_database(resolve_database_url(args), args.out)
    print(translate("Backup", "Backup written to {path}: {count} notifications, schema {revision}, checked.").format(
        path=check.path, count=check.notifications, revision=check.revision
    ))
    return 0

"""``crisisdesk restore --from FILE``: put a checked backup back; the current file is kept aside."""

from __future__ import annotations

import argparse

from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="source", metavar="FILE", required=True, help="the backup to restore")


def writes(args: argparse.Namespace) -> bool:
    return True


def run(args: argparse.Namespace) -> int:
    from crisisdesk.cli import resolve_database_url
    from crisisdesk.services.privacy.backup import check_backup, restore_database, sqlite_path

    target = sqlite_path(resolve_database_url(args))  # refuses PostgreSQL before anything else
    check = check_backup(args.source)
    kept = restore_database(check.path, target)
    print(translate("Backup", "Restored {path} ({count} notifications, schema {revision}) into {target}.").format(
        path=check.path, count=check.notifications, revision=check.revision, target=target
    ))
    if kept is not None:
        print(translate("Backup", "The database it replaced is kept as {kept}.").format(kept=kept))
    return 0

"""``crisisdesk team-setup --db URL [--advisor ROLE]… [--observer ROLE]…``: roles on a shared PostgreSQL database.

Run it as the database's owner (the role that owns the tables): it brings the schema
up to date (migrations run as the owner, never from an advisor's desk), creates the
group roles ``crisisdesk_advisor`` and ``crisisdesk_observer`` when missing (this needs
CREATEROLE), gives them their rights on every table, and makes the named login roles
members. Run it again after every upgrade. See ``crisisdesk.db.roles`` and the README.
"""

from __future__ import annotations

import argparse

from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--advisor", metavar="ROLE", action="append", default=[],
                        help="an existing login role that becomes an advisor (repeat for more)")
    parser.add_argument("--observer", metavar="ROLE", action="append", default=[],
                        help="an existing login role that becomes an observer: reads only (repeat for more)")


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError

    from crisisdesk.cli import fail
    from crisisdesk.db.database import open_database
    from crisisdesk.db.roles import RoleSetupError, set_up_team

    if not args.db or make_url(args.db).get_backend_name() != "postgresql":
        return fail(translate("Cli", "team-setup is for a shared PostgreSQL database: give --db postgresql+psycopg://owner@host/name."))
    if getattr(args, "read_only", False):
        return fail(translate("Cli", "team-setup changes the database's roles; it cannot run read-only."))
    database = open_database(args.db)  # migrations run here, as the owner
    try:
        with database.engine.begin() as connection:
            done = set_up_team(connection, tuple(args.advisor), tuple(args.observer))
    except RoleSetupError as exc:
        return fail(translate("Cli", "There is no role {role}; create it first (CREATE ROLE … LOGIN).").format(role=exc.args[0]))
    except DBAPIError as exc:
        return fail(translate("Cli", "The database refused the role setup ({error}); run it as the owner of the "
                                     "database, with CREATEROLE, or have the group roles created first.").format(
            error=str(getattr(exc, "orig", exc)).splitlines()[0]))
    finally:
        database.dispose()
    for line in done:
        print("  " + line)
    print(translate("Cli", "Team roles are set up: advisors may add to the audit trail but never change it; observers only read."))
    return 0

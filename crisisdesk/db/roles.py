"""Roles on a shared PostgreSQL database: owner, advisor, observer.

- **owner** (the role that runs ``crisisdesk team-setup``, e.g. ``crisisdesk_owner``):
  owns the tables and runs the migrations. Nobody works at a desk as the owner.
- **crisisdesk_advisor** (a group role; each advisor logs in with an own role that is
  a member): reads everything, including ``alembic_version``; inserts, changes and
  deletes the register's records; but only *inserts* into the audit trail and the
  logbooks (``audit_entry``, ``log_entry``, ``grip_change``) and never touches
  ``audit_redaction``: AVG retention reaches the trail only through
  ``crisisdesk_redact_audit()``, which runs with the owner's rights and logs itself.
- **crisisdesk_observer** (group role): reads, nothing else.

The triggers of migration 0012 refuse changes to the trail for every role, the owner
included; these rights make the same rule hold even if a trigger were dropped.
:func:`grant_statements` is idempotent: run it again after every upgrade, so that new
tables get their rights too.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

ADVISOR = "crisisdesk_advisor"
OBSERVER = "crisisdesk_observer"
# Written once, never changed or deleted by a desk.
APPEND_ONLY = ("audit_entry", "log_entry", "grip_change")
# Only the owner (through crisisdesk_redact_audit) writes these.
OWNER_ONLY = ("audit_redaction", "alembic_version")
REDACT_FUNCTION = "crisisdesk_redact_audit(text, text, text, timestamptz, text)"


class RoleSetupError(RuntimeError):
    """The connecting role may not do what the setup needs (e.g. create roles)."""


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(connection: Connection, schema: str) -> list[str]:
    return list(connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = :schema ORDER BY tablename"), {"schema": schema}).scalars())


def ensure_group_roles(connection: Connection) -> list[str]:
    """Creates the advisor and observer group roles when missing; returns those created."""
    created = []
    for role in (ADVISOR, OBSERVER):
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar()
        if not exists:
            connection.execute(text(f"CREATE ROLE {quote(role)} NOLOGIN"))
            created.append(role)
    return created


def grant_statements(connection: Connection) -> list[str]:
    """The GRANT/REVOKE statements for the current database and schema (advisor, observer)."""
    schema = str(connection.execute(text("SELECT current_schema()")).scalar())
    database = str(connection.execute(text("SELECT current_database()")).scalar())
    both = f"{quote(ADVISOR)}, {quote(OBSERVER)}"
    s = quote(schema)
    statements = [
        f"GRANT CONNECT ON DATABASE {quote(database)} TO {both}",
        f"GRANT USAGE ON SCHEMA {s} TO {both}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {both}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {both}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {both}",  # alembic_version too: a desk checks the schema
    ]
    for table in _tables(connection, schema):
        if table in OWNER_ONLY:
            continue
        rights = "INSERT" if table in APPEND_ONLY else "INSERT, UPDATE, DELETE"
        statements.append(f"GRANT {rights} ON {s}.{quote(table)} TO {quote(ADVISOR)}")
    statements += [
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {quote(ADVISOR)}",
        f"REVOKE ALL ON FUNCTION {s}.{REDACT_FUNCTION} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {s}.{REDACT_FUNCTION} TO {quote(ADVISOR)}",
    ]
    return statements


def set_up_team(connection: Connection, advisors: tuple[str, ...] = (), observers: tuple[str, ...] = ()) -> list[str]:
    """Group roles, their rights, and membership of the given login roles; returns what was done."""
    done = [f"CREATE ROLE {role}" for role in ensure_group_roles(connection)]
    for statement in grant_statements(connection):
        connection.execute(text(statement))
    done.append(f"rights of {ADVISOR} and {OBSERVER} set on every table")
    for members, group in ((advisors, ADVISOR), (observers, OBSERVER)):
        for member in members:
            exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": member}).scalar()
            if not exists:
                raise RoleSetupError(member)
            connection.execute(text(f"GRANT {quote(group)} TO {quote(member)}"))
            done.append(f"GRANT {group} TO {member}")
    return done

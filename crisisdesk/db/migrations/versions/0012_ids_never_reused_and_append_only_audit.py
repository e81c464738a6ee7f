"""ids never reused; the audit trail append-only in the database itself

Revision ID: 0012
Revises: 0011 (written as 0007 after 0005; follows main's 0011 since the merge)
Create Date: 2026-11-29

1. SQLite reuses the highest id after a delete unless a table is declared
   AUTOINCREMENT, and a new record then inherits the deleted one's audit history (a
   subject access report showed another person's phone and address). Every table with
   an integer ``id`` is rebuilt with ``INTEGER PRIMARY KEY AUTOINCREMENT`` and its
   counter starts past the highest id the table or its audit trail ever named. The
   rebuild is built from each table's own stored definition, so it does not depend on
   which other migrations ran, and it works with foreign keys on (see
   ``_sqlite_autoincrement``). PostgreSQL sequences never hand out an id twice: nothing to do.
2. ``audit_redaction``: one row per record whose personal values AVG retention replaced
   by the marker in the trail — who, when, why. The only change the database accepts to
   an ``audit_entry`` is that replacement, of a record with such a row; every other
   UPDATE, and every DELETE (and TRUNCATE), is refused by a trigger. On PostgreSQL the
   replacement goes through ``crisisdesk_redact_audit()``, a SECURITY DEFINER function,
   so advisors need no UPDATE right on the trail (see the README's role design).
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

import crisisdesk.db.types

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

REDACTED = "[geanonimiseerd]"
PERSONAL_FIELDS = ("organiser_name", "organiser_address", "organiser_phone", "organiser_email")
APPEND_ONLY_MESSAGE = "audit_entry is append-only"

_ID_COLUMN = re.compile(r"(\n\s*)id INTEGER NOT NULL,")
_ID_KEY = re.compile(r",\s*\n\s*PRIMARY KEY \(id\)")


def _autoincrement_sql(sql: str) -> str | None:
    """The table's CREATE statement with an AUTOINCREMENT id (None: not applicable)."""
    if "AUTOINCREMENT" in sql.upper() or not _ID_COLUMN.search(sql) or not _ID_KEY.search(sql):
        return None
    sql = _ID_COLUMN.sub(r"\1id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,", sql, count=1)
    return _ID_KEY.sub("", sql, count=1)


def _sqlite_autoincrement(connection: sa.Connection) -> None:
    """Rebuilds every table with an integer id as AUTOINCREMENT, its rows, indexes and references intact.

    Works whether foreign keys are on or off (inside a transaction they cannot be
    switched): all old tables are first renamed to ``<name>__old`` — SQLite rewrites the
    references among them — then the new tables are made under the real names from the
    stored definitions, which still name the real tables, and filled (checks deferred to
    the commit). The old tables are dropped referencing ones first, so their implicit
    DELETE cascades only into other old tables and leaves no violation behind.
    """
    rows = connection.execute(sa.text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name <> 'alembic_version' ORDER BY name")).all()
    tables: list[tuple[str, str]] = [(str(name), str(sql)) for name, sql in rows]
    rebuilt = {name: new_sql for name, sql in tables if (new_sql := _autoincrement_sql(sql)) is not None}
    if not rebuilt:
        return
    has_audit = any(name == "audit_entry" for name, _sql in tables)
    indexes = [str(row[0]) for row in connection.execute(sa.text(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN :names")
        .bindparams(sa.bindparam("names", expanding=True)), {"names": list(rebuilt)})]
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # until the commit; reset by it
    for name in rebuilt:
        connection.exec_driver_sql(f'ALTER TABLE "{name}" RENAME TO "{name}__old"')
    for new_sql in rebuilt.values():
        connection.exec_driver_sql(new_sql)
    for name in rebuilt:
        connection.exec_driver_sql(f'INSERT INTO "{name}" SELECT * FROM "{name}__old"')
    remaining = set(rebuilt)
    while remaining:
        referenced = {parent
                      for name in remaining
                      for key in connection.exec_driver_sql(f'PRAGMA foreign_key_list("{name}__old")').all()
                      if (parent := key[2].removesuffix("__old")) != name}
        droppable = sorted(remaining - referenced) or sorted(remaining)  # a cycle: any order
        for name in droppable:
            connection.exec_driver_sql(f'DROP TABLE "{name}__old"')
            remaining.discard(name)
    for index_sql in indexes:
        connection.exec_driver_sql(index_sql)
    for name in rebuilt:
        highest = int(connection.execute(sa.text(f'SELECT coalesce(max(id), 0) FROM "{name}"')).scalar() or 0)
        if has_audit:  # ids of records deleted earlier are named in their audit history
            named = connection.execute(sa.text(
                "SELECT coalesce(max(CAST(record_id AS INTEGER)), 0) FROM audit_entry "
                "WHERE record_type = :t AND record_id <> '' AND record_id NOT GLOB '*[^0-9]*'"),
                {"t": name}).scalar()
            highest = max(highest, int(named or 0))
        connection.execute(sa.text("DELETE FROM sqlite_sequence WHERE name = :t"), {"t": name})
        connection.execute(sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :seq)"),
                           {"t": name, "seq": highest})


def _create_redaction_table() -> None:
    op.create_table(
        'audit_redaction',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', crisisdesk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('user_name', sa.String(length=200), nullable=False),
        sa.Column('record_type', sa.String(length=50), nullable=False),
        sa.Column('record_id', sa.String(length=64), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sqlite_autoincrement=True,
    )
    op.create_index('ix_audit_redaction_record', 'audit_redaction', ['record_type', 'record_id'])


def _sqlite_triggers() -> None:
    same = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in ("id", "at", "user_name", "action", "record_type", "record_id", "field"))
    values = " AND ".join(f"(NEW.{c} IS OLD.{c} OR NEW.{c} = '{REDACTED}')" for c in ("old_value", "new_value"))
    fields = ", ".join(f"'{f}'" for f in PERSONAL_FIELDS)
    op.execute(f"""
        CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
        WHEN NOT ({same} AND {values} AND OLD.field IN ({fields})
                  AND EXISTS (SELECT 1 FROM audit_redaction r
                              WHERE r.record_type = OLD.record_type AND r.record_id = OLD.record_id))
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END""")
    op.execute(f"""
        CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END""")
    op.execute("""
        CREATE TRIGGER audit_redaction_no_update BEFORE UPDATE ON audit_redaction
        BEGIN SELECT RAISE(ABORT, 'audit_redaction is append-only'); END""")
    op.execute("""
        CREATE TRIGGER audit_redaction_no_delete BEFORE DELETE ON audit_redaction
        BEGIN SELECT RAISE(ABORT, 'audit_redaction is append-only'); END""")


def _postgresql_triggers() -> None:
    same = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}"
                       for c in ("id", "at", "user_name", "action", "record_type", "record_id", "field"))
    values = " OR ".join(f"(NEW.{c} IS DISTINCT FROM OLD.{c} AND NEW.{c} IS DISTINCT FROM '{REDACTED}')"
                         for c in ("old_value", "new_value"))
    fields = ", ".join(f"'{f}'" for f in PERSONAL_FIELDS)
    op.execute(f"""
        CREATE FUNCTION crisisdesk_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'UPDATE' THEN
                RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF {same} OR {values} OR OLD.field IS NULL OR OLD.field NOT IN ({fields})
               OR NOT EXISTS (SELECT 1 FROM {{schema}}.audit_redaction r
                              WHERE r.record_type = OLD.record_type AND r.record_id = OLD.record_id) THEN
                RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}' USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$""".replace("{schema}", _current_schema()))
    op.execute("""
        CREATE FUNCTION crisisdesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
        END $$""")
    op.execute("CREATE TRIGGER audit_entry_guard BEFORE UPDATE OR DELETE ON audit_entry "
               "FOR EACH ROW EXECUTE FUNCTION crisisdesk_audit_guard()")
    op.execute("CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
               "FOR EACH STATEMENT EXECUTE FUNCTION crisisdesk_append_only()")
    op.execute("CREATE TRIGGER audit_redaction_append_only BEFORE UPDATE OR DELETE ON audit_redaction "
               "FOR EACH ROW EXECUTE FUNCTION crisisdesk_append_only()")
    op.execute("CREATE TRIGGER audit_redaction_no_truncate BEFORE TRUNCATE ON audit_redaction "
               "FOR EACH STATEMENT EXECUTE FUNCTION crisisdesk_append_only()")
    # The one path retention takes: logged in audit_redaction, then the marker in place of
    # the record's personal values. Runs with the owner's rights (advisors may not UPDATE).
    op.execute(f"""
        CREATE FUNCTION crisisdesk_redact_audit(p_record_type text, p_record_id text, p_user text,
                                                p_at timestamptz, p_reason text) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        DECLARE changed integer;
        BEGIN
            INSERT INTO {{schema}}.audit_redaction (at, user_name, record_type, record_id, reason)
            VALUES (p_at, p_user, p_record_type, p_record_id, p_reason);
            UPDATE {{schema}}.audit_entry
               SET old_value = CASE WHEN old_value IS NULL OR old_value = '' THEN old_value ELSE '{REDACTED}' END,
                   new_value = CASE WHEN new_value IS NULL OR new_value = '' THEN new_value ELSE '{REDACTED}' END
             WHERE record_type = p_record_type AND record_id = p_record_id AND field IN ({fields})
               AND (coalesce(old_value, '') NOT IN ('', '{REDACTED}') OR coalesce(new_value, '') NOT IN ('', '{REDACTED}'));
            GET DIAGNOSTICS changed = ROW_COUNT;
            RETURN changed;
        END $$""".replace("{schema}", _current_schema()))
    op.execute("REVOKE ALL ON FUNCTION crisisdesk_redact_audit(text, text, text, timestamptz, text) FROM PUBLIC")


def _current_schema() -> str:
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar()
    return '"' + str(schema).replace('"', '""') + '"'


def upgrade() -> None:
    connection = op.get_bind()
    _create_redaction_table()
    if connection.dialect.name == "sqlite":
        _sqlite_autoincrement(connection)
        _sqlite_triggers()
    elif connection.dialect.name == "postgresql":
        _postgresql_triggers()


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for name in ("audit_entry_no_update", "audit_entry_no_delete", "audit_redaction_no_update",
                     "audit_redaction_no_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif connection.dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS crisisdesk_redact_audit(text, text, text, timestamptz, text)")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_guard ON audit_entry")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry")
        op.execute("DROP TABLE IF EXISTS audit_redaction")  # its triggers go with it
        op.execute("DROP FUNCTION IF EXISTS crisisdesk_audit_guard()")
        op.execute("DROP FUNCTION IF EXISTS crisisdesk_append_only()")
        return
    op.drop_index('ix_audit_redaction_record', table_name='audit_redaction')
    op.drop_table('audit_redaction')

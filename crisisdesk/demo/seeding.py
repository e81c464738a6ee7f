"""Writing the generated notifications in batches, in one process or several."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from datetime import UTC, datetime

from sqlalchemy import Enum as SAEnum
from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import sessionmaker

from crisisdesk.db.models import Notification, StatusChange
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.demo.constants import (
    DEMO_USER,
    BATCH_SIZE,
    PARALLEL_FROM,
    MAX_WORKERS,
    SQLITE_CACHE_KIB,
    ProgressCallback,
    CancelCheck,
)
from crisisdesk.demo.chunks import STATUS_CHANGE_COLUMNS, _Chunk, _generate, _sqlite_text
from crisisdesk.demo.generator import default_now

# --- chunks: generated anywhere (see ``chunks``), the same everywhere -------------------

NOTIFICATION_COLUMNS = tuple(c.name for c in Notification.__table__.columns)


# --- writing ---------------------------------------------------------------------------


def _sqlite_text_is_exact(dialect) -> bool:
    """Whether ``_sqlite_text`` and the enum codes bind exactly as the ORM would."""
    if dialect.name != "sqlite" or dialect.paramstyle != "qmark":
        return False
    table = Notification.__table__
    processor = table.c.start_at.type.dialect_impl(dialect).bind_processor(dialect)
    samples = (
        datetime(2026, 3, 29, 0, 59, 59, tzinfo=UTC),
        datetime(2026, 10, 25, 2, 30, 0, 123456, tzinfo=AMSTERDAM),
        datetime(2021, 1, 1, 9, 0, tzinfo=AMSTERDAM),
    )
    if processor is None or any(_sqlite_text(v.astimezone(UTC).replace(tzinfo=None)) != processor(v) for v in samples):
        return False
    for column in (*table.columns, *StatusChange.__table__.columns):
        kind = column.type
        if isinstance(kind, SAEnum) and kind.enum_class is not None:
            bind = kind.dialect_impl(dialect).bind_processor(dialect)
            if bind is not None and any(bind(m.value) != m.value for m in kind.enum_class):
                return False
    return True


def _insert_sql(dialect, table, names: Sequence[str]) -> str:
    preparer = dialect.identifier_preparer
    columns = ", ".join(preparer.quote(name) for name in names)
    return f"INSERT INTO {preparer.format_table(table)} ({columns}) VALUES ({', '.join('?' * len(names))})"


def _worker_count(count: int, batch: int) -> int:
    if getattr(sys, "frozen", False) or count < PARALLEL_FROM:
        return 1
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1, -(-count // batch)))


def _chunks_generated(chunks: list[_Chunk], workers: int, is_cancelled: CancelCheck | None):
    """(rows, changes) per chunk, in order; made by worker processes when ``workers`` > 1."""
    pool = None
    if workers > 1 and len(chunks) > 1:
        try:
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
        except (OSError, ValueError, NotImplementedError):  # no processes here: make them in this one
            pool = None
    if pool is None:
        for chunk in chunks:
            if is_cancelled is not None and is_cancelled():
                return
            yield _generate(chunk)
        return
    with pool:
        pending: deque[Future] = deque()
        waiting = iter(chunks)
        try:
            for chunk in waiting:
                pending.append(pool.submit(_generate, chunk))
                if len(pending) > workers:
                    break
            while pending:
                if is_cancelled is not None and is_cancelled():
                    return
                result = pending.popleft().result()
                for chunk in waiting:
                    pending.append(pool.submit(_generate, chunk))
                    break
                yield result
        finally:
            for future in pending:
                future.cancel()


# --- public API ------------------------------------------------------------------------


def seed_demo(
    factory: sessionmaker,
    count: int,
    seed: int = 2026,
    now: datetime | None = None,
    on_progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
    workers: int | None = 1,
) -> int:
    """Adds ``count`` fictional notifications (with their status history) to the database.

    ``factory`` is the session factory of an opened, migrated database. ``now`` (aware)
    is the moment the register is seen at; by default 00:00 today in Amsterdam (see
    ``default_now``). The same ``seed`` and ``now`` on a database in the same state give
    identical rows. ``on_progress(done, count)`` is called after every committed batch;
    once ``is_cancelled()`` is true no further batch is written. Returns the number of
    notifications added.

    The rows are made in chunks of ``BATCH_SIZE``, each from its own ``Random`` seeded with
    ``seed`` and the chunk number, so a chunk is the same whether it is generated here or
    in a worker process. ``workers``: how many processes generate chunks — 1 (the default)
    generates in this process; ``None`` picks one per core (at most ``MAX_WORKERS``) from
    ``PARALLEL_FROM`` rows on. Worker processes are started with "spawn", so a script
    that asks for them needs the usual ``if __name__ == "__main__":`` guard.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    if now is None:
        now = default_now()
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    now = now.astimezone(UTC)
    service = NotificationService(factory, clock=lambda: now, user=DEMO_USER)
    preferred = service.chosen_rule_set()
    with factory() as session:
        next_id = (session.scalar(select(func.max(Notification.id))) or 0) + 1
        dialect = session.get_bind().dialect
    sqlite_text = _sqlite_text_is_exact(dialect)
    batch = BATCH_SIZE
    chunks = [
        _Chunk(seed, index, next_id + start, min(batch, count - start), now, service.rule_sets, preferred, sqlite_text,
               NOTIFICATION_COLUMNS)
        for index, start in enumerate(range(0, count, batch))
    ]
    if workers is None:
        workers = _worker_count(count, batch)
    generated = _chunks_generated(chunks, workers, is_cancelled)
    if sqlite_text:
        return _write_sqlite(factory, dialect, generated, count, on_progress, is_cancelled, fresh=next_id == 1)
    done = 0
    for rows, changes in generated:
        with factory.begin() as session:
            session.execute(insert(Notification.__table__), rows)
            session.execute(insert(StatusChange.__table__), changes)
            _advance_id_sequence(session)
        done += len(rows)
        if on_progress is not None:
            on_progress(done, count)
    return done


def _advance_id_sequence(session) -> None:
    """Rows went in with ids chosen here; a PostgreSQL sequence must learn about them,
    or the next notification an advisor saves collides with id 1."""
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(text(
        "SELECT setval(pg_get_serial_sequence('notification', 'id'), (SELECT max(id) FROM notification))"
    ))


def _write_sqlite(
    factory: sessionmaker, dialect, generated, count: int, on_progress, is_cancelled, fresh: bool = False
) -> int:
    """SQLite: a writer thread inserts one chunk while the next one is generated.

    sqlite3 releases the GIL while it works, so the inserts overlap the generating. The
    thread keeps one connection, with a larger page cache while it writes (the indexes
    of 100,000 rows do not fit the default 2 MB; restored afterwards). The values are
    bound as they are (SQLite text for datetimes, codes for enums), which
    ``_sqlite_text_is_exact`` has checked to be what the ORM binds.

    ``fresh`` (no notifications yet): everything goes in as one transaction, and the
    indexes of the two tables are dropped first and created again from their own SQL
    as the migrations left it in ``sqlite_master`` (building an index once is cheaper
    than keeping it sorted row by row). A failure rolls back to the empty tables with
    their indexes; a cancel keeps the batches written so far.
    """
    notification_sql = _insert_sql(dialect, Notification.__table__, NOTIFICATION_COLUMNS)
    change_sql = _insert_sql(dialect, StatusChange.__table__, STATUS_CHANGE_COLUMNS)
    writer_state = (_FreshWriter if fresh else _BatchWriter)(factory, notification_sql, change_sql)

    done = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="crisisdesk-demo") as writer:
        pending: Future | None = None
        finished = False
        try:
            for rows, changes in generated:
                if pending is not None:
                    done += pending.result()
                    pending = None
                    if on_progress is not None:
                        on_progress(done, count)
                    if is_cancelled is not None and is_cancelled():
                        break
                pending = writer.submit(writer_state.write, rows, changes)
            if pending is not None:
                done += pending.result()
                pending = None
                if on_progress is not None:
                    on_progress(done, count)
            writer.submit(writer_state.finish).result()
            finished = True
        finally:
            if pending is not None:  # something failed here: let the write in progress end
                pending.exception()
            writer.submit(writer_state.close, finished).result()
    return done


class _BatchWriter:
    """One transaction per chunk, through a session (a database that has rows already)."""

    def __init__(self, factory: sessionmaker, notification_sql: str, change_sql: str) -> None:
        self.factory, self.notification_sql, self.change_sql = factory, notification_sql, change_sql
        self.session = None
        self.cache_size = 0

    def write(self, rows: list[tuple], changes: list[tuple]) -> int:
        session = self.session
        if session is None:
            session = self.session = self.factory()
            self.cache_size = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
            session.connection().exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
            session.commit()
        try:
            connection = session.connection()
            connection.exec_driver_sql(self.notification_sql, rows)
            connection.exec_driver_sql(self.change_sql, changes)
            session.commit()
        except BaseException:
            session.rollback()
            raise
        return len(rows)

    def finish(self) -> None:
        pass

    def close(self, finished: bool) -> None:
        session, self.session = self.session, None
        if session is not None:
            try:
                session.connection().exec_driver_sql(f"PRAGMA cache_size = {int(self.cache_size)}")
                session.commit()
            finally:
                session.close()


class _FreshWriter:
    """All chunks in one transaction on the driver's connection, the indexes built at the end."""

    def __init__(self, factory: sessionmaker, notification_sql: str, change_sql: str) -> None:
        self.factory, self.notification_sql, self.change_sql = factory, notification_sql, change_sql
        self.raw = None  # SQLAlchemy's pooled connection; its driver connection does the work
        self.driver = None
        self.isolation_level: str | None = None
        self.cache_size = 0
        self.indexes: list[tuple[str, str]] = []

    def _begin(self):
        engine = self.factory.kw["bind"]
        raw = self.raw = engine.raw_connection()
        driver = self.driver = raw.driver_connection
        self.isolation_level = driver.isolation_level
        driver.isolation_level = None  # BEGIN and COMMIT as written here; DDL inside the transaction
        self.cache_size = driver.execute("PRAGMA cache_size").fetchone()[0]
        driver.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        driver.execute("BEGIN IMMEDIATE")
        tables = (Notification.__tablename__, StatusChange.__tablename__)
        self.indexes = driver.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (?, ?) "
            "ORDER BY rowid", tables,
        ).fetchall()
        for name, _sql in self.indexes:
            driver.execute(f'DROP INDEX "{name.replace(chr(34), chr(34) * 2)}"')
        return driver

    def write(self, rows: list[tuple], changes: list[tuple]) -> int:
        driver = self.driver if self.driver is not None else self._begin()
        driver.executemany(self.notification_sql, rows)
        driver.executemany(self.change_sql, changes)
        return len(rows)

    def finish(self) -> None:
        driver = self.driver
        if driver is None:
            return
        for _name, sql in self.indexes:
            driver.execute(sql)
        driver.execute("COMMIT")

    def close(self, finished: bool) -> None:
        driver, raw, self.driver, self.raw = self.driver, self.raw, None, None
        if raw is None:
            return
        try:
            if driver.in_transaction:  # not finished: nothing of this run stays, the indexes come back
                driver.execute("ROLLBACK")
            driver.execute(f"PRAGMA cache_size = {int(self.cache_size)}")
            driver.isolation_level = self.isolation_level
        finally:
            raw.close()

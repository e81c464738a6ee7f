"""Storage and service tests run on both databases: the SQLite file and PostgreSQL.

A test that asks for ``database`` (or ``db_url``/``service``) in a folder whose conftest
calls :func:`parametrize_backends` runs twice. The PostgreSQL run needs a server:
``CRISISDESK_TEST_POSTGRES_URL`` (``.ci/run`` starts one and sets it). Without it the
PostgreSQL runs are skipped with the reason — except in CI (``CI=true``), where a
missing server is a failure, so a green CI always means "tested on PostgreSQL too".

Each PostgreSQL test gets its own database, copied from a template that was migrated
once per session (``CREATE DATABASE … TEMPLATE`` copies files: much faster than
migrating every time), and dropped afterwards.
"""

from __future__ import annotations

import os
import uuid

import pytest

ENV_URL = "CRISISDESK_TEST_POSTGRES_URL"
BACKENDS = ("sqlite", "postgresql")
MARKER = "sqlite_only"


def postgres_url() -> str | None:
    return os.environ.get(ENV_URL) or None


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def configure(config) -> None:
    config.addinivalue_line("markers", f"{MARKER}: the test is about SQLite itself (files, PRAGMAs, locking)")


def parametrize_backends(metafunc) -> None:
    """Runs every test that uses ``db_backend`` on both databases (not ``sqlite_only`` ones)."""
    if "db_backend" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker(MARKER):
        metafunc.parametrize("db_backend", ["sqlite"])
    else:
        metafunc.parametrize("db_backend", list(BACKENDS))


def require_postgres() -> str:
    url = postgres_url()
    if url is None:
        message = f"no PostgreSQL server: set {ENV_URL} (.ci/run starts one)"
        if in_ci():
            pytest.fail(message + " — in CI the PostgreSQL run is required", pytrace=False)
        pytest.skip(message)
    return url


def _admin_engine(url: str):
    from sqlalchemy import create_engine

    return create_engine(url, isolation_level="AUTOCOMMIT")


class PostgresDatabases:
    """Makes and drops the per-test databases on the server at ``url``."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.base = make_url(url)
        self.admin = _admin_engine(url)
        self.template: str | None = None

    def url_for(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def _create(self, name: str, template: str | None = None) -> None:
        from sqlalchemy import text

        suffix = f' TEMPLATE "{template}"' if template else ""
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{suffix}'))

    def drop(self, name: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def fresh(self) -> str:
        """A new database at the newest schema; returns its URL."""
        from crisisdesk.db.database import open_database

        if self.template is None:
            name = f"crisisdesk_tmpl_{uuid.uuid4().hex[:10]}"
            self._create(name)
            open_database(self.url_for(name)).dispose()
            self.template = name
        name = f"crisisdesk_t_{uuid.uuid4().hex[:12]}"
        self._create(name, self.template)
        return self.url_for(name)

    def empty(self) -> str:
        """A new database without any tables (for migration tests)."""
        name = f"crisisdesk_e_{uuid.uuid4().hex[:12]}"
        self._create(name)
        return self.url_for(name)

    def close(self) -> None:
        if self.template is not None:
            self.drop(self.template)
        self.admin.dispose()


# --- fixtures, imported by the conftests of tests/db and tests/services -----------------


@pytest.fixture(scope="session")
def postgres_databases():
    databases = PostgresDatabases(require_postgres())
    yield databases
    databases.close()


@pytest.fixture
def db_url(db_backend, tmp_path, request):
    """A fresh database at the newest schema, on the backend of this run."""
    if db_backend == "sqlite":
        yield f"sqlite:///{(tmp_path / 'test.sqlite').as_posix()}"
        return
    databases = request.getfixturevalue("postgres_databases")
    url = databases.fresh()
    yield url
    from sqlalchemy.engine import make_url

    databases.drop(make_url(url).database)

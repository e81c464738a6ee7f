"""Every storage test here runs on SQLite and on PostgreSQL (see tests/dbparams.py)."""

import pytest
from dbparams import configure, db_url, parametrize_backends, postgres_databases  # noqa: F401

# Tests about SQLite itself in a module shared with others' work; new tests use the
# ``sqlite_only`` marker instead.
SQLITE_ONLY = {
    ("test_migrations.py", "test_sqlite_runs_with_wal_and_foreign_keys"),
    ("test_migrations.py", "test_backup_copy_is_consistent"),
}


def pytest_configure(config):
    configure(config)


def pytest_generate_tests(metafunc):
    if (metafunc.definition.path.name, metafunc.function.__name__) in SQLITE_ONLY:
        metafunc.definition.add_marker(pytest.mark.sqlite_only)
    parametrize_backends(metafunc)

"""Every storage test here runs on SQLite and on PostgreSQL (see tests/dbparams.py)."""

from dbparams import configure, db_url, parametrize_backends, postgres_databases  # noqa: F401


def pytest_configure(config):
    configure(config)


def pytest_generate_tests(metafunc):
    parametrize_backends(metafunc)

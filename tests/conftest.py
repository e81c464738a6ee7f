"""Shared fixtures: a fresh database per test, a fixed clock, no real profile touched."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own data folder; nothing touches the user's profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CRISISDESK_HOME", str(home))
    # No machine's or user's crisisdesk.toml either: a test that wants one writes it.
    monkeypatch.setenv("CRISISDESK_CONFIG_MACHINE", str(home / "absent-machine.toml"))
    monkeypatch.setenv("CRISISDESK_CONFIG_USER", str(home / "absent-user.toml"))
    # No test reaches PDOK: unless a test starts its fake Locatieserver, lookups are refused at once.
    monkeypatch.setattr("crisisdesk.services.geo.geocoder.DEFAULT_GEOCODER_URL", "http://127.0.0.1:9/locatieserver")
    # Never the real tile service: a closed local port (a test that wants tiles starts
    # tests/fake_tiles.py's server and points this at it).
    monkeypatch.setenv("CRISISDESK_MAP_TILE_URL", "http://127.0.0.1:9/tiles/{z}/{x}/{y}.png")
    yield home
    from crisisdesk import config

    config.activate(None)  # crisisdesk.cli.main sets the configuration in force


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{(tmp_path / 'test.sqlite').as_posix()}"


@pytest.fixture
def database(db_url):
    from crisisdesk.db.database import open_database

    db = open_database(db_url)
    yield db
    db.dispose()


FIXED_NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


@pytest.fixture
def fixed_now() -> datetime:
    return FIXED_NOW


@pytest.fixture
def desk(database, fixed_now):
    """The front door on the test database: user "tester", the fixed clock."""
    from crisisdesk.desk import Desk

    return Desk(database, user="tester", clock=lambda: fixed_now)


@pytest.fixture
def service(desk):
    """The notification register of ``desk``."""
    return desk.notifications


@pytest.fixture
def no_threads_left():
    """Fails a test that leaves a worker running (the pages load off the GUI thread)."""
    yield
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    assert pool.waitForDone(10_000), "a worker was still running after the test"
    assert pool.activeThreadCount() == 0

"""An unexpected error shows the crash dialog and lands in the log; a start that fails
(newer, locked, damaged, unreachable database; a bad configuration) says what to do."""

from __future__ import annotations

import logging
import sqlite3
import sys
from contextlib import closing

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import OperationalError

from crisisdesk import config, logs
from crisisdesk.db.database import open_database
from crisisdesk.db.migrate import DatabaseTooNew
from crisisdesk.ui.shell import crash, failed_start


@pytest.fixture
def log_to_file(tmp_path):
    settings = config.resolve({"data_folder": ("--home", str(tmp_path / "data"))})
    config.activate(settings)
    path = logs.setup(settings)
    yield path
    logger = logging.getLogger(logs.LOGGER)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    logs._handler = None


@pytest.fixture
def opened_folders(monkeypatch):
    opened = []
    monkeypatch.setattr(crash, "open_folder", lambda folder: opened.append(folder) or True)
    return opened


def crash_dialogs() -> list[crash.CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, crash.CrashDialog) and w.isVisible()]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_crash_dialog(qtbot, log_to_file, opened_folders, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    crash.install()

    def broken_slot():
        raise RuntimeError("kapot bij het opslaan van joelle@example.nl")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1, timeout=5000)
    dialog = crash_dialogs()[0]
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == dialog.tr("crisisdesk — unexpected error")
    assert "RuntimeError" in dialog.message.text()
    assert "joelle@example.nl" not in dialog.details  # masked, as in the log
    assert "broken_slot" in dialog.details and "crisisdesk " in dialog.details
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == dialog.details
    dialog.log_button.click()
    assert opened_folders == [log_to_file.parent]

    logged = log_to_file.read_text(encoding="utf-8")
    assert "ERROR" in logged and "RuntimeError: kapot bij het opslaan van <e-mail>" in logged
    assert "joelle@example.nl" not in logged
    dialog.close()


def test_the_crash_dialog_speaks_dutch(qtbot, dutch):
    dialog = crash.CrashDialog("RuntimeError: x", "details")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "crisisdesk — onverwachte fout"
    assert dialog.copy_button.text() == "Details kopiëren"
    assert dialog.log_button.text() == "Logmap openen"
    assert "Er ging iets mis" in dialog.message.text()


@pytest.fixture
def dutch(qapp):
    from PySide6.QtCore import QLocale

    from crisisdesk.ui.shell.app import install_translators

    locale = QLocale()
    installed = install_translators(qapp, "nl")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def failure(url: str) -> BaseException:
    with pytest.raises(Exception) as caught:
        open_database(url).dispose()
    return caught.value


def test_a_newer_database_is_refused_and_the_dialog_says_update(tmp_path, qtbot, dutch):
    path = tmp_path / "newer.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    exc = failure(f"sqlite:///{path}")
    assert isinstance(exc, DatabaseTooNew)
    dialog = failed_start.FailedStartDialog(exc, f"sqlite:///{path}", None)
    qtbot.addWidget(dialog)
    assert dialog.kind == failed_start.NEWER
    assert dialog.windowTitle() == "crisisdesk kon niet starten"
    assert "Vraag ICT om de nieuwste versie" in dialog.todo_label.text()
    assert dialog.retry_button.isHidden()  # waiting does not help here


def test_a_damaged_file(tmp_path, qtbot, dutch):
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(b"this is no database at all" * 400)
    exc = failure(f"sqlite:///{path}")
    dialog = failed_start.FailedStartDialog(exc, f"sqlite:///{path}", None)
    qtbot.addWidget(dialog)
    assert dialog.kind == failed_start.CORRUPT
    assert "beschadigd" in dialog.what_label.text() and str(path) in dialog.what_label.text()
    assert "crisisdesk restore --from" in dialog.todo_label.text()


def test_an_unreachable_team_database(qtbot, dutch):
    url = "postgresql+psycopg://desk:geheim@127.0.0.1:1/crisisdesk?connect_timeout=3"
    exc = failure(url)
    dialog = failed_start.FailedStartDialog(exc, url, None)
    qtbot.addWidget(dialog)
    assert dialog.kind == failed_start.UNREACHABLE
    assert "niet bereikbaar" in dialog.what_label.text() and "127.0.0.1:1" in dialog.what_label.text()
    assert "VPN" in dialog.todo_label.text()
    assert "geheim" not in dialog.what_label.text() + dialog.details
    assert dialog.retry_button.isVisibleTo(dialog)


def test_a_locked_database():
    locked = OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked"))
    assert failed_start.classify(locked) == failed_start.LOCKED
    what, todo = failed_start.explain(failed_start.LOCKED, "sqlite:///x/crisisdesk.sqlite", None)
    assert "locked" in what and "Try again" in todo


def test_a_folder_that_is_gone():
    exc = failure("sqlite:////nonexistent-folder-for-crisisdesk/crisisdesk.sqlite")
    assert failed_start.classify(exc) == failed_start.UNREACHABLE
    what, _todo = failed_start.explain(failed_start.UNREACHABLE, "sqlite:////nonexistent-folder-for-crisisdesk/x.sqlite", None)
    assert what.startswith("The database file cannot be opened")


def test_run_desk_shows_the_dialog_and_retries_until_the_database_is_there(tmp_path, monkeypatch, log_to_file, qapp):
    """Try again opens the database once it can be opened; Close ends the start with 1."""
    from crisisdesk.ui.shell import app as app_module

    url = f"sqlite:///{tmp_path / 'later' / 'crisisdesk.sqlite'}"
    shown = []

    class ScriptedDialog:
        def __init__(self, exc, url, message):
            shown.append(failed_start.classify(exc))

        def exec(self):
            (tmp_path / "later").mkdir(exist_ok=True)  # the network drive is back
            return failed_start.RETRY

    monkeypatch.setattr(failed_start, "make_dialog", ScriptedDialog)
    database = app_module._open_or_explain(url, screenshot=False)
    assert database is not None
    database.dispose()
    assert shown == [failed_start.UNREACHABLE]
    assert "start failed (unreachable)" in log_to_file.read_text(encoding="utf-8")

    class Closing(ScriptedDialog):
        def exec(self):
            return 0

    monkeypatch.setattr(failed_start, "make_dialog", Closing)
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"no database" * 1000)
    assert app_module._open_or_explain(f"sqlite:///{damaged}", screenshot=False) is None
    assert shown == [failed_start.UNREACHABLE, failed_start.CORRUPT]


def test_a_broken_configuration_stops_the_desk_with_the_dialog(tmp_path, monkeypatch, qapp):
    from crisisdesk.cli import main

    user = tmp_path / "crisisdesk.toml"
    user.write_text('language = "fr"\n', encoding="utf-8")
    monkeypatch.setenv(config.ENV_USER, str(user))
    shown = []

    class Recording:
        def __init__(self, exc, url, message):
            shown.append((failed_start.classify(exc), message))

        def exec(self):
            return 0

    monkeypatch.setattr(failed_start, "make_dialog", Recording)
    from crisisdesk import i18n
    from crisisdesk.ui.shell import app as app_module

    installed, previous = [], i18n.current_language()
    real_install = app_module.install_translators
    monkeypatch.setattr(app_module, "install_translators", lambda *a: installed.extend(real_install(*a)) or installed)
    try:
        assert main(["--lang", "nl"]) == 1
    finally:  # the desk's Dutch must not stay behind for the next test
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.set_language(previous)
    assert shown == [(failed_start.CONFIG, f"{user}: taal fr wordt niet ondersteund; kies nl of en.")]

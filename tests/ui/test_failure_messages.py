"""Screens show a failure as a Dutch sentence; the English exception text goes to the log.

Each test injects a failure where a screen used to show ``str(exc)`` and checks both
halves: what the person sees, and what the log file gets.
"""

from __future__ import annotations

import errno
import logging

import pytest
from PySide6.QtWidgets import QMessageBox

from crisisdesk.desk import Desk
from crisisdesk.labels import storage_message
from crisisdesk.messages import unexpected_message
from crisisdesk.services.errors import NotFound
from crisisdesk.services.events.service import EventService
from crisisdesk.ui.events.page import EventsPage
from crisisdesk.ui.shell.main_window import MainWindow

TECHNICAL = "sqlite3.OperationalError: disk I/O error"


@pytest.fixture
def dutch(qapp):
    """The desk's Qt translations installed, as at a real start."""
    from PySide6.QtCore import QLocale

    from crisisdesk.ui.shell.app import install_translators

    locale = QLocale()
    installed = install_translators(qapp, "nl")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def log(caplog):
    caplog.set_level(logging.WARNING, logger="crisisdesk")
    return caplog


@pytest.fixture
def shown(monkeypatch):
    """The texts of every warning box (nothing modal blocks the test)."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: texts.append(text))
    return texts


@pytest.fixture
def window(qtbot, database, fixed_now):
    made = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now))
    qtbot.addWidget(made)
    return made


def broken(*_args, **_kwargs):
    raise RuntimeError(TECHNICAL)


def test_register_that_cannot_load_says_so_in_dutch(window, monkeypatch, shown, log):
    monkeypatch.setattr(window.model, "set_query", broken)
    window.apply_filters()
    assert shown == [storage_message("unavailable")]
    assert TECHNICAL not in shown[0]
    assert f"load register failed: builtins.RuntimeError: {TECHNICAL}" in log.text


def test_a_notification_that_is_gone_is_named_in_dutch(window, monkeypatch, shown, log):
    monkeypatch.setattr(window, "make_dialog", lambda ident: (_ for _ in ()).throw(NotFound("notification", 41)))
    window._run_dialog(41)
    assert shown == ["Kennisgeving #41 bestaat niet (meer); misschien heeft iemand anders dit verwijderd. Er is niets gewijzigd."]
    assert "NotFound: notification 41 not found" in log.text


def test_events_page_that_cannot_load_shows_no_exception_text(qtbot, database, fixed_now, monkeypatch, log):
    page = EventsPage(EventService(database.factory, clock=lambda: fixed_now, user="tester"), clock=lambda: fixed_now)
    qtbot.addWidget(page)
    monkeypatch.setattr(page.model, "set_query", broken)
    page._load(page.current_query())
    assert page.countLabel.text() == storage_message("unavailable")
    assert TECHNICAL in log.text


def test_pdf_that_cannot_be_saved_gives_the_reason_in_dutch(qtbot, tmp_path, monkeypatch, shown, log):
    from crisisdesk.ui.common import pdf_viewer
    from crisisdesk.ui.common.pdf_viewer import PdfPreviewDialog

    dialog = PdfPreviewDialog(b"%PDF-1.4\n%%EOF\n", "Proef", "proef.pdf")
    qtbot.addWidget(dialog)
    target = tmp_path / "besluit.pdf"
    monkeypatch.setattr(pdf_viewer.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))

    def refused(path, data):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(pdf_viewer, "write_file", refused)
    dialog.save_button.click()
    [text] = shown
    assert text.startswith("Kan ") and "geen toestemming" in text and "Permission denied" not in text
    assert "PermissionError" in log.text and "Permission denied" in log.text


def test_a_failed_background_export_is_a_dutch_sentence(qtbot, log, dutch):
    from datetime import date

    from crisisdesk.ui.documents.export_dialog import ExportDialog

    dialog = ExportDialog(lambda *args, **kwargs: 0, date(2026, 3, 14))
    qtbot.addWidget(dialog)
    dialog._worker_failed(RuntimeError(TECHNICAL), "Traceback …")
    assert dialog.ui.errorLabel.text() == f"Niet geëxporteerd: {unexpected_message()}"
    assert "export calendar failed" in log.text and TECHNICAL in log.text


def test_the_daily_backup_failure_at_start_up_is_dutch(qtbot, window, monkeypatch, shown, log, tmp_path, dutch):
    from crisisdesk.ui.shell import startup

    monkeypatch.setattr(startup, "daily_backup", broken)
    startup.start_daily_backup(window, tmp_path, "sqlite:///x.sqlite")
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [f"De dagelijkse back-up is mislukt: {unexpected_message()}"]
    assert "daily backup failed" in log.text


def test_rule_set_settings_that_do_not_go_together_are_explained_in_dutch(qtbot, monkeypatch, log, dutch):
    from crisisdesk.ui.register import rule_set_form
    from crisisdesk.ui.register.rule_set_form import RuleSetForm

    form = RuleSetForm()
    qtbot.addWidget(form)
    form.name_edit.setText("Proef")
    form.source_edit.setText("APV Utrecht art. 2:3")

    def refuses(**_kwargs):
        raise ValueError("method 'working_days' needs days >= 1")

    monkeypatch.setattr(rule_set_form, "NoticeRule", refuses)
    rule_set, errors = form.rule_set()
    assert rule_set is None
    assert errors == ["Deze instellingen gaan niet samen (rekenwijze, uren, dagen, vrijdag 12:00): kijk ze na."]
    assert "needs days >= 1" in log.text

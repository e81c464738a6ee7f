"""The log file: rotating, in the data folder, and free of organiser data at INFO."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

import pytest

from crisisdesk import config, logs
from crisisdesk.cli import main


@pytest.fixture
def restore_logging():
    yield
    logger = logging.getLogger(logs.LOGGER)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    logs._handler = None


def test_each_run_logs_to_the_data_folder_and_replaces_its_handler(tmp_path, restore_logging):
    main(["--home", str(tmp_path), "deadline", "--list-rules"])
    main(["--home", str(tmp_path), "--log-level", "debug", "deadline", "--list-rules"])
    logger = logging.getLogger(logs.LOGGER)
    handlers = [h for h in logger.handlers if isinstance(h, RotatingFileHandler)]
    assert len(handlers) == 1  # the first one was closed, not left open
    assert handlers[0].baseFilename == str(tmp_path / "logs" / "crisisdesk.log")
    assert (handlers[0].maxBytes, handlers[0].backupCount) == (logs.MAX_BYTES, logs.BACKUPS)
    assert logger.level == logging.DEBUG


def test_personal_data_is_masked_whatever_the_level(tmp_path, restore_logging):
    path = logs.setup(config.resolve({"data_folder": ("--home", str(tmp_path))}))
    log = logging.getLogger("crisisdesk.register")
    log.info("mail from joelle@example.nl, phone 06-12345678, or +31 30 286 0000")
    try:
        raise ValueError("organiser j.devries@example.org")
    except ValueError:
        log.exception("save failed")
    text = path.read_text(encoding="utf-8")
    for secret in ("joelle@example.nl", "06-12345678", "+31 30 286 0000", "j.devries@example.org"):
        assert secret not in text
    assert text.count("<e-mail>") == 3 and text.count("<telefoon>") == 2  # message, source line, exception
    assert "ValueError: organiser <e-mail>" in text


def test_a_day_at_the_desk_at_info_names_no_organiser(tmp_path, restore_logging, service, qtbot, database):
    from report_data import organiser_draft

    from crisisdesk.ui.shell.app import _open_or_explain, desk_window

    path = logs.setup(config.resolve({"data_folder": ("--home", str(tmp_path))}))
    db = _open_or_explain(database.url, screenshot=False)
    window = desk_window(db)
    qtbot.addWidget(window)
    draft = organiser_draft()
    created = service.create(draft)
    window.apply_filters()
    window.open_notification(created.id)
    db.dispose()
    text = path.read_text(encoding="utf-8")
    assert "desk opened on sqlite" in text
    for value in (draft.organiser_name, draft.organiser_email, draft.organiser_phone, draft.organiser_address, draft.purpose):
        assert value not in text

"""The log file: ``logs/crisisdesk.log`` in the data folder, rotating, stdlib logging.

Everything under the ``crisisdesk`` logger lands there (``logging.getLogger(__name__)``
in any module). At INFO the desk logs what happened, never whose data: no organiser
names, addresses, phones, e-mails or purposes. As a safety net, e-mail addresses and
phone numbers are masked in every record, whatever its level.
"""

from __future__ import annotations

import logging
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crisisdesk.config import Config

LOGGER = "crisisdesk"
FILE_NAME = "crisisdesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w/])(?:\+31|0031|0)(?:[\s-]?\d){9}(?!\d)")


class MaskPersonalData(logging.Filter):
    """Masks e-mail addresses and Dutch phone numbers in the message and the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        return True


def mask(text: str) -> str:
    return PHONE.sub("<telefoon>", EMAIL.sub("<e-mail>", text))


def log_folder(config: Config | None = None) -> Path:
    """``logs`` in the data folder of ``config`` (default: the configuration in force)."""
    if config is None:
        from crisisdesk.paths import home_dir

        return home_dir() / "logs"  # the data folder in force, or the default one
    return config.data_folder / "logs"


def log_file(config: Config | None = None) -> Path:
    return log_folder(config) / FILE_NAME


_handler: logging.Handler | None = None


def setup(config: Config, write_file: bool = True) -> Path | None:
    """Sends the ``crisisdesk`` loggers to the rotating file; returns its path (None when
    the folder cannot be written: the desk still starts, and says so on stderr).

    ``write_file=False`` (``--read-only``: no file is created or touched) keeps no log at
    all rather than print records, which may hold a path, on stderr.
    """
    global _handler
    logger = logging.getLogger(LOGGER)
    logger.setLevel(config.log_level)
    if not write_file:
        if _handler is not None:
            logger.removeHandler(_handler)
            _handler.close()
        _handler = logging.NullHandler()
        logger.addHandler(_handler)
        return None
    path = log_file(config)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    except OSError as exc:
        print(f"crisisdesk: no log file in {path.parent}: {exc.strerror or exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(MaskPersonalData())
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
    logger.addHandler(handler)
    _handler = handler
    return path


def describe_database(url: str) -> str:
    """The kind and place of a database for the log, without user or password."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:
        return "?"
    if parsed.get_backend_name() == "sqlite":
        return f"sqlite {parsed.database or ':memory:'}"
    return f"{parsed.get_backend_name()} {parsed.host or ''}:{parsed.port or ''}/{parsed.database or ''}"

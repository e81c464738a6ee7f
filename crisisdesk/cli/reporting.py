"""Shared bits of the report commands: dates, the database, writing the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateutil import parser as dateparser

from crisisdesk.files import write_file
from crisisdesk.i18n import translate


class InputError(ValueError):
    """A value on the command line that cannot be used; the message is for the user."""


def parse_day(text: str, what: str) -> date:
    """ISO ("2026-03-16") or Dutch ("16-03-2026")."""
    try:
        iso_like = len(text) >= 4 and text[:4].isdigit()
        return dateparser.parse(text, dayfirst=not iso_like).date()
    except (ValueError, OverflowError) as exc:
        raise InputError(translate("Cli", "{what}: cannot read {text!r} as a date.").format(what=what, text=text)) from exc


def write_pdf(path: str, data: bytes) -> None:
    target = Path(path)
    if not target.parent.is_dir():
        raise InputError(translate("Cli", "--out: folder {folder} does not exist.").format(folder=target.parent))
    write_file(target, data)  # never a half-written PDF under the real name; owner-only


def open_db(args):  # noqa: ANN001, ANN201
    from crisisdesk.cli import resolve_database_url
    from crisisdesk.db.database import open_database

    return open_database(resolve_database_url(args))

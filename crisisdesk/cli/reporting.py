"""Shared bits of the report commands: dates, the database, writing the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateutil import parser as dateparser

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
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)  # never a half-written PDF under the real name


def open_db(args):  # noqa: ANN001, ANN201
    from crisisdesk.cli import open_db as open_command_database

    return open_command_database(args)

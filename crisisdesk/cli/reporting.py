"""Shared bits of the report commands: dates, the database, writing the file."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dateutil import parser as dateparser

from crisisdesk.files import write_file
from crisisdesk.i18n import translate

if TYPE_CHECKING:
    from crisisdesk.desk import Desk


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


def open_desk(args: argparse.Namespace) -> Desk:
    """The front door on the database the flags name (``--db``, ``--home``, ``--read-only``)."""
    from crisisdesk.cli import resolve_database_url
    from crisisdesk.desk import open_desk as open_front_door
    from crisisdesk.paths import home_dir

    return open_front_door(resolve_database_url(args), read_only=bool(getattr(args, "read_only", False)),
                           home=home_dir(getattr(args, "home", None)))

"""Shared bits of the report commands: dates, the database, writing the file."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from crisisdesk.domain.checks import EARLIEST_YEAR, LATEST_YEAR
from crisisdesk.files import write_file
from crisisdesk.i18n import translate

DateOrMoment = TypeVar("DateOrMoment", date, datetime)
if TYPE_CHECKING:
    from crisisdesk.desk import Desk


class InputError(ValueError):
    """A value on the command line that cannot be used; the message is for the user."""


def parse_day(text: str, what: str) -> date:
    """ISO ("2026-03-16") or Dutch ("16-03-2026"), within the years the desk handles."""
    cleaned = text.strip()
    for pattern in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return check_year(datetime.strptime(cleaned, pattern).date(), what, text)
        except ValueError:
            continue
    raise InputError(translate("Cli", "{what}: cannot read {text!r} as a date.").format(what=what, text=text))


def check_year(value: DateOrMoment, what: str, text: str) -> DateOrMoment:
    """``value`` when its year lies within 1900–2200; InputError otherwise."""
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise InputError(translate("Cli", "{what}: {text!r} lies outside the years {first}–{last}.").format(
            what=what, text=text, first=EARLIEST_YEAR, last=LATEST_YEAR))
    return value


def record_id(text: str) -> int:
    """An argparse type for a record's number: a whole number from 1 that a database can hold."""
    import argparse

    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number < 2**63:
        raise argparse.ArgumentTypeError(translate("Cli", "{text!r} is not a record number (a whole number from 1).").format(text=text))
    return number


def check_out(path: str) -> None:
    """--out names a file that can be written: refused before any work is done."""
    if not path.strip() or "\x00" in path:
        raise InputError(translate("Cli", "--out: give the name of a file to write."))
    target = Path(path)
    if target.is_dir():
        raise InputError(translate("Cli", "--out: {path} is a folder; give the name of a file.").format(path=path))
    if not target.parent.is_dir():
        raise InputError(translate("Cli", "--out: folder {folder} does not exist.").format(folder=target.parent))


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

    read_only = bool(getattr(args, "read_only", False))  # a command reads a file no desk has open as a snapshot
    home = None if read_only else home_dir(getattr(args, "home", None))  # retention reaches its backups
    return open_front_door(resolve_database_url(args), read_only=read_only, snapshot=read_only, home=home)

"""Where crisisdesk keeps its files.

The data folder comes from platformdirs and can be moved with ``--home DIR`` or the
``CRISISDESK_HOME`` environment variable; tests point it at a temporary folder so they
never touch a real profile. The demo database lives in its own subfolder so that
``--demo`` can never open (or overwrite) the user's own register.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from crisisdesk.files import private_dir

APP_NAME = "crisisdesk"
ENV_HOME = "CRISISDESK_HOME"


def home_dir(override: str | os.PathLike | None = None) -> Path:
    """The data folder: the override, else $CRISISDESK_HOME, else the platform's."""
    chosen = override or os.environ.get(ENV_HOME)
    path = Path(chosen).expanduser() if chosen else Path(platformdirs.user_data_dir(APP_NAME, False))
    return private_dir(path)  # 0700: it holds organisers' personal data


def database_file(home: Path, demo: bool = False) -> Path:
    if demo:
        folder = private_dir(home / "demo")
        return folder / "crisisdesk-demo.sqlite"
    return home / "crisisdesk.sqlite"


def database_url(home: Path, demo: bool = False) -> str:
    return "sqlite:///" + database_file(home, demo).as_posix()


def resolve_database_url(db: str | None = None, home: str | os.PathLike | None = None, demo: bool = False) -> str:
    """The database to open: ``--db`` as given, else the (demo) SQLite file in the data folder."""
    if db:
        return db
    return database_url(home_dir(home), demo=demo)


def backup_dir(home: Path) -> Path:
    return private_dir(home / "backups")

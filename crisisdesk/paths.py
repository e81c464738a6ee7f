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


def home_dir(override: str | os.PathLike | None = None, create: bool = True) -> Path:
    """The data folder: the override, else the one in force (crisisdesk.config: --home,
    $CRISISDESK_HOME or crisisdesk.toml), else $CRISISDESK_HOME, else the platform's.

    ``create=False`` (read-only mode) only names it: nothing is made on disk.
    """
    chosen = override or _configured("data_folder") or os.environ.get(ENV_HOME)
    path = Path(chosen).expanduser() if chosen else Path(platformdirs.user_data_dir(APP_NAME, False))
    if create:
        return private_dir(path)  # 0700: it holds organisers' personal data
    return path


def _configured(key: str) -> str | None:
    from crisisdesk.config import active

    config = active()
    return config.value(key) if config is not None else None


def database_file(home: Path, demo: bool = False, create: bool = True) -> Path:
    if demo:
        folder = home / "demo"
        if create:
            private_dir(folder)
        return folder / "crisisdesk-demo.sqlite"
    return home / "crisisdesk.sqlite"


def database_url(home: Path, demo: bool = False, create: bool = True) -> str:
    return "sqlite:///" + database_file(home, demo, create).as_posix()


def resolve_database_url(db: str | None = None, home: str | os.PathLike | None = None, demo: bool = False,
                         create: bool = True) -> str:
    """The database to open: ``--db`` as given, else (not for the demo) the configured
    ``database_url`` (crisisdesk.toml), else the (demo) SQLite file in the data folder.

    ``create=False`` (read-only mode) makes no folder on the way.
    """
    if db:
        return db
    configured = _configured("database_url")
    if configured and not demo:
        return configured
    return database_url(home_dir(home, create=create), demo=demo, create=create)


def backup_dir(home: Path) -> Path:
    """The configured backup folder, else ``backups`` in the data folder (owner-only, 0700)."""
    configured = _configured("backup_folder")
    return private_dir(Path(configured) if configured else home / "backups")

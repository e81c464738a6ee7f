"""The desk's configuration: built-in defaults, then the machine's file, then the user's,
then the environment, then command-line flags — each later one wins.

A managed desk gets its team database and language from one file the IT department puts
in the machine location; a user may add their own file; a flag overrides both for one
start. ``crisisdesk config show`` prints the effective values and where each came from.

    # crisisdesk.toml
    database_url = "postgresql+psycopg://j_jansen@db.example.local/crisisdesk?sslmode=verify-full"
    language = "nl"
    data_folder = "D:/crisisdesk"
    backup_folder = "//fileserver/backup/crisisdesk"
    log_level = "INFO"
    geocoder_url = "https://api.pdok.nl/bzk/locatieserver/search/v3_1"
    map_tile_url = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"
    map_cache_mb = 200

The map's tiles come from ``map_tile_url`` (a Web-Mercator XYZ template with ``{z}``, ``{x}``
and ``{y}``; PDOK's BRT-Achtergrondkaart by default) and are kept in ``tiles`` in the data
folder up to ``map_cache_mb`` megabytes.

Qt-free: the command line reads it as well as the desk.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "crisisdesk"
FILE_NAME = "crisisdesk.toml"
ENV_MACHINE = "CRISISDESK_CONFIG_MACHINE"  # another machine file (a deployment's or a test's)
ENV_USER = "CRISISDESK_CONFIG_USER"
ENV_HOME = "CRISISDESK_HOME"
ENV_MAP_TILE_URL = "CRISISDESK_MAP_TILE_URL"  # another tile service (a test's fake one, a mirror)
LANGUAGES = ("nl", "en")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
KEYS = ("database_url", "language", "data_folder", "backup_folder", "log_level", "geocoder_url", "map_tile_url",
        "map_cache_mb")
# PDOK's Locatieserver (free, no key): the addresses typed for a place are looked up there.
DEFAULT_GEOCODER_URL = "https://api.pdok.nl/bzk/locatieserver/search/v3_1"
DEFAULT_MAP_TILE_URL = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"
DEFAULT_MAP_CACHE_MB = 200
MAX_MAP_CACHE_MB = 100_000

DEFAULT, MACHINE, USER, ENVIRONMENT, FLAG = "default", "machine", "user", "environment", "flag"


class ConfigError(ValueError):
    """A configuration file or value that cannot be used; ``reason`` names what is wrong."""

    def __init__(self, reason: str, origin: str, detail: str = "") -> None:
        super().__init__(f"{origin}: {reason} {detail}".strip())
        self.reason = reason
        self.origin = origin
        self.detail = detail


@dataclass(frozen=True)
class Setting:
    key: str
    value: str | None
    source: str  # DEFAULT, MACHINE, USER, ENVIRONMENT or FLAG
    origin: str = ""  # the file, variable or flag it came from


@dataclass(frozen=True)
class Config:
    settings: Mapping[str, Setting]
    files: tuple[tuple[str, Path, bool], ...] = ()  # (source, path, found)

    def value(self, key: str) -> str | None:
        return self.settings[key].value

    @property
    def language(self) -> str:
        return self.value("language") or "nl"

    @property
    def log_level(self) -> str:
        return self.value("log_level") or "INFO"

    @property
    def data_folder(self) -> Path:
        return Path(self.value("data_folder") or default_data_folder())

    @property
    def backup_folder(self) -> Path:
        chosen = self.value("backup_folder")
        return Path(chosen) if chosen else self.data_folder / "backups"

    @property
    def geocoder_url(self) -> str:
        return self.value("geocoder_url") or DEFAULT_GEOCODER_URL

    @property
    def map_tile_url(self) -> str:
        return self.value("map_tile_url") or DEFAULT_MAP_TILE_URL

    @property
    def map_cache_mb(self) -> int:
        return int(self.value("map_cache_mb") or DEFAULT_MAP_CACHE_MB)

    @property
    def database_url(self) -> str | None:
        """The configured URL, or None: the SQLite file in the data folder."""
        return self.value("database_url")


def machine_config_file() -> Path:
    """ProgramData on Windows, /etc/xdg on Linux, /Library/Application Support on macOS."""
    chosen = os.environ.get(ENV_MACHINE)
    return Path(chosen) if chosen else Path(platformdirs.site_config_dir(APP_NAME, False)) / FILE_NAME


def user_config_file() -> Path:
    chosen = os.environ.get(ENV_USER)
    return Path(chosen) if chosen else Path(platformdirs.user_config_dir(APP_NAME, False)) / FILE_NAME


def default_data_folder() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, False))


def _path_value(text: str) -> str:
    return str(Path(os.path.expandvars(text)).expanduser())


def _checked(key: str, value: object, origin: str) -> str:
    if key == "map_cache_mb" and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError("not_text", origin, key)
    value = value.strip()
    if key == "language" and value not in LANGUAGES:
        raise ConfigError("bad_language", origin, value)
    if key == "log_level":
        value = value.upper()
        if value not in LOG_LEVELS:
            raise ConfigError("bad_log_level", origin, value)
    if key in ("data_folder", "backup_folder"):
        value = _path_value(value)
    if key == "geocoder_url" and not value.lower().startswith(("http://", "https://")):
        raise ConfigError("bad_url", origin, value)
    if key == "map_tile_url" and (
        not value.lower().startswith(("http://", "https://")) or any(part not in value for part in ("{z}", "{x}", "{y}"))
    ):
        raise ConfigError("bad_tile_url", origin, value)
    if key == "map_cache_mb" and (not value.isdigit() or not 1 <= int(value) <= MAX_MAP_CACHE_MB):
        raise ConfigError("bad_cache_size", origin, value)
    return value


def read_file(path: Path) -> dict[str, str]:
    """The values of one TOML file ({} when it does not exist)."""
    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("bad_toml", str(path), str(exc)) from exc
    except OSError as exc:
        raise ConfigError("unreadable", str(path), exc.strerror or str(exc)) from exc
    unknown = sorted(set(raw) - set(KEYS))
    if unknown:
        raise ConfigError("unknown_key", str(path), ", ".join(unknown))
    return {key: _checked(key, value, str(path)) for key, value in raw.items()}


def resolve(flags: Mapping[str, tuple[str, str | None]] | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Defaults < machine file < user file < environment < flags.

    ``flags`` maps a key to (the flag's name, its value or None when not given).
    """
    environ = os.environ if environ is None else environ
    settings = {key: Setting(key, None, DEFAULT) for key in KEYS}
    settings["language"] = Setting("language", "nl", DEFAULT)
    settings["log_level"] = Setting("log_level", "INFO", DEFAULT)
    settings["geocoder_url"] = Setting("geocoder_url", DEFAULT_GEOCODER_URL, DEFAULT)
    settings["map_tile_url"] = Setting("map_tile_url", DEFAULT_MAP_TILE_URL, DEFAULT)
    settings["map_cache_mb"] = Setting("map_cache_mb", str(DEFAULT_MAP_CACHE_MB), DEFAULT)
    files = []
    for source, path in ((MACHINE, machine_config_file()), (USER, user_config_file())):
        values = read_file(path)
        files.append((source, path, path.exists()))
        for key, value in values.items():
            settings[key] = Setting(key, value, source, str(path))
    if environ.get(ENV_HOME):
        settings["data_folder"] = Setting("data_folder", _path_value(environ[ENV_HOME]), ENVIRONMENT, ENV_HOME)
    if environ.get(ENV_MAP_TILE_URL):
        url = _checked("map_tile_url", environ[ENV_MAP_TILE_URL], ENV_MAP_TILE_URL)
        settings["map_tile_url"] = Setting("map_tile_url", url, ENVIRONMENT, ENV_MAP_TILE_URL)
    for key, (flag, given) in (flags or {}).items():
        if given is not None:
            settings[key] = Setting(key, _checked(key, given, flag), FLAG, flag)
    config = Config(settings, tuple(files))
    _check_backup_folder(config)
    return config


def _check_backup_folder(config: Config) -> None:
    """Backups beside the database file are lost with it: refuse that folder."""
    setting = config.settings["backup_folder"]
    if setting.value is None or config.database_url is not None:
        return
    if Path(setting.value).expanduser().resolve() == config.data_folder.expanduser().resolve():
        raise ConfigError("backup_beside_database", setting.origin, setting.value)


# --- the configuration in force for this process (set once at start) -----------------

_active: Config | None = None


def activate(config: Config | None) -> None:
    global _active
    _active = config


def active() -> Config | None:
    return _active

"""``crisisdesk config show``: the effective configuration and where each value came from.

    crisisdesk config show [--db URL] [--lang nl|en] [--home DIR] [--backup-dir DIR] [--log-level LEVEL]

The keys: database_url, language, data_folder, backup_folder, log_level, geocoder_url.
"""

from __future__ import annotations

import argparse

from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("show",), help="show: print the effective configuration")


def source_label(source: str) -> str:
    labels = {
        "default": translate("Cli", "default"),
        "machine": translate("Cli", "machine file"),
        "user": translate("Cli", "user file"),
        "environment": translate("Cli", "environment"),
        "flag": translate("Cli", "command line"),
    }
    return labels.get(source, source)


def hide_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def effective_lines(config, database_url: str) -> list[str]:
    """One line per key: name, value, source (and file, variable or flag)."""
    shown = {
        "database_url": hide_password(database_url),
        "language": config.language,
        "data_folder": str(config.data_folder),
        "backup_folder": str(config.backup_folder),
        "log_level": config.log_level,
        "geocoder_url": config.geocoder_url,
        "map_tile_url": config.map_tile_url,
        "map_cache_mb": str(config.map_cache_mb),
    }
    lines = []
    for key, value in shown.items():
        setting = config.settings[key]
        where = source_label(setting.source) + (f" ({setting.origin})" if setting.origin else "")
        lines.append(f"{key:<14} {value}\n{'':<14} ← {where}")
    return lines


def file_lines(config) -> list[str]:
    lines = []
    for source, path, found in config.files:
        state = translate("Cli", "read") if found else translate("Cli", "not present")
        lines.append(f"{source_label(source)}: {path} ({state})")
    return lines


def run(args: argparse.Namespace) -> int:
    from crisisdesk.cli import resolve_database_url
    from crisisdesk.config import active
    from crisisdesk.logs import log_file

    config = active()
    assert config is not None  # set by crisisdesk.cli.main
    print("\n".join(effective_lines(config, resolve_database_url(args))))
    print()
    print("\n".join(file_lines(config)))
    print(translate("Cli", "Log file: {path}").format(path=log_file(config)))
    return 0

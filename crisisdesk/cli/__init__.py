"""The ``crisisdesk`` command: opens the desk, or runs one of its subcommands.

    crisisdesk [--home DIR] [--db URL] [--lang nl|en] [--demo] [--screenshot FILE]
    crisisdesk demo --db URL --count N [--seed S]
    crisisdesk deadline --start "2026-03-16 10:00" [--received ...] [--rule NAME]
    crisisdesk export ics|csv --from DATE --to DATE --out FILE [--personal-data]
    crisisdesk import-mail FILE… [--db URL] [--check]
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from crisisdesk import __version__
from crisisdesk.i18n import LANGUAGES, set_language, translate

# Failures are logged (the log file is set up by the desk); without any handler Python
# would print the record and its traceback on stderr, where personal data must not go.
logging.getLogger("crisisdesk").addHandler(logging.NullHandler())

# Subcommands register themselves here: name -> (module, help text).
SUBCOMMANDS = {
    "demo": ("crisisdesk.cli.demo", "fill a database with fictional notifications"),
    "deadline": ("crisisdesk.cli.deadline", "compute a notification deadline and explain it"),
    "briefing": ("crisisdesk.cli.briefing", "write the PDF briefing for the lokale driehoek"),
    "evaluation": ("crisisdesk.cli.evaluation", "write the notification-term evaluation (PDF)"),
    "letter": ("crisisdesk.cli.letter", "write the receipt or decision letter for a notification (PDF)"),
    "export": ("crisisdesk.cli.export", "export a period of the calendar as ICS (Outlook) or CSV (Excel)"),
    "backup": ("crisisdesk.cli.backup", "make a consistent copy of the SQLite database, also while it is in use"),
    "restore": ("crisisdesk.cli.restore", "replace the SQLite database with a checked backup (the old file is kept)"),
    "checklist": ("crisisdesk.cli.checklist", "write one partner's open checklist actions in a period (PDF)"),
    "audit": ("crisisdesk.cli.audit", "export the audit trail (who changed what, when) as CSV"),
    "exercise-report": ("crisisdesk.cli.exercise_report", "write the evaluation report of an exercise (PDF, marked OEFENING)"),
    "retention": ("crisisdesk.cli.retention", "list (and with --apply anonymise) organiser data past its AVG retention"),
    "import-mail": ("crisisdesk.cli.import_mail", "register notifications from saved e-mails (.eml, Outlook .msg)"),
    "subject-access": ("crisisdesk.cli.subject_access", "a PDF of everything held about one person (AVG art. 15)"),
    "team-setup": ("crisisdesk.cli.team_setup", "set up the owner, advisor and observer roles on a shared PostgreSQL database"),
    "config": ("crisisdesk.cli.config", "show the effective configuration and where each value came from"),
}


def _common_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--home", metavar="DIR", default=default, help="data folder (default: the platform's, or $CRISISDESK_HOME)")
    parser.add_argument("--db", metavar="URL", default=default, help="SQLAlchemy database URL (default: the SQLite file in the data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, default=default, help="language of the screen (default: nl)")
    parser.add_argument("--read-only", action="store_true", default=default if suppress else False, help="observer: look, never change anything")
    parser.add_argument("--backup-dir", metavar="DIR", default=default, help="folder for backups (default: backups/ in the data folder)")
    parser.add_argument("--log-level", metavar="LEVEL", default=default, help="DEBUG, INFO, WARNING or ERROR (default: INFO)")


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The parser; only the chosen subcommand's module is imported (start-up stays quick)."""
    import importlib

    parser = argparse.ArgumentParser(prog="crisisdesk", description="crisisdesk — desk of the public-order advisors")
    parser.add_argument("--version", action="version", version=f"crisisdesk {__version__}")
    _common_options(parser, suppress=False)
    parser.add_argument("--demo", action="store_true", help="open a separate demo database with fictional data")
    parser.add_argument("--screenshot", metavar="FILE.png", help="open the main window, save a PNG of it once the register is populated, and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        child = sub.add_parser(name, help=help_text, description=help_text)
        _common_options(child, suppress=True)
        if name == chosen:
            module = importlib.import_module(module_name)
            module.add_arguments(child)
            child.set_defaults(run=module.run, writes=getattr(module, "writes", None))
    return parser


def resolve_database_url(args: argparse.Namespace) -> str:
    """The database the flags name (``--db``, ``--home``, ``--demo``), else the configured one."""
    from crisisdesk import paths

    return paths.resolve_database_url(getattr(args, "db", None), getattr(args, "home", None),
                                      bool(getattr(args, "demo", False)),
                                      create=not getattr(args, "read_only", False))  # read-only: not even the folder


def config_flags(args: argparse.Namespace) -> dict[str, tuple[str, str | None]]:
    """The flags that override crisisdesk.toml, by configuration key."""
    return {
        "database_url": ("--db", getattr(args, "db", None)),
        "language": ("--lang", getattr(args, "lang", None)),
        "data_folder": ("--home", getattr(args, "home", None)),
        "backup_folder": ("--backup-dir", getattr(args, "backup_dir", None)),
        "log_level": ("--log-level", getattr(args, "log_level", None)),
    }


def _config_failed(exc: Exception, args: argparse.Namespace) -> int:
    from crisisdesk.messages import describe_error

    message = describe_error(exc) or str(exc)
    if args.command:
        return fail(message)
    from crisisdesk.i18n import current_language
    from crisisdesk.ui.shell.app import application, install_translators
    from crisisdesk.ui.shell.failed_start import show_failed_start

    if not args.screenshot:  # the start failed before the desk began: a window to say so
        install_translators(application(), current_language())
    return show_failed_start(exc, message, screenshot=bool(args.screenshot))


def fail(message: str, code: int = 2) -> int:
    print(f"crisisdesk: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if any("\x00" in word for word in argv):  # no shell passes one; a script might
        return fail(translate("Cli", "An argument contains a NUL character; nothing was done."))
    chosen = next((word for word in argv if word in SUBCOMMANDS), None)
    args = build_parser(chosen).parse_args(argv)
    from crisisdesk import config, logs

    try:
        settings = config.resolve(config_flags(args))
    except config.ConfigError as exc:
        set_language(args.lang or "nl")
        return _config_failed(exc, args)
    config.activate(settings)
    set_language(settings.language)
    logs.setup(settings, write_file=not getattr(args, "read_only", False))
    if args.command:
        if args.read_only and args.writes is not None and args.writes(args):
            from crisisdesk.labels import storage_message

            return fail(storage_message("read_only_mode"))
        if getattr(args, "out", None) is not None:
            from crisisdesk.cli.reporting import InputError, check_out

            try:
                check_out(args.out)
            except InputError as exc:
                return fail(str(exc))
        try:
            return int(args.run(args) or 0)
        except KeyboardInterrupt:
            return 130
        except Exception as exc:  # a clear one-line message instead of a traceback
            from crisisdesk.messages import describe_error, unexpected_message

            message = describe_error(exc)
            if message is None:
                # The traceback goes to the log only: its values may hold personal data.
                logging.getLogger("crisisdesk.cli").error("crisisdesk %s failed", args.command, exc_info=exc)
                return fail(unexpected_message(), 1)
            return fail(message)
    from crisisdesk.ui.shell.app import run_desk

    return run_desk(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

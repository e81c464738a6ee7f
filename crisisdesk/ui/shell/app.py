"""Starting the desk: language, database, main window — and the screenshot mode."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QProgressDialog

from crisisdesk.messages import describe_error
from crisisdesk.db.database import Database, open_database
from crisisdesk.i18n import current_language
from crisisdesk.resources import resource_path
from crisisdesk.desk import Desk
from crisisdesk.services.register.query import RegisterQuery
from crisisdesk.ui.common import workers
from crisisdesk.ui.common.fit import fit_to_screen
from crisisdesk.ui.shell.main_window import MainWindow

DEMO_COUNT = 2500


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Our catalogue plus Qt's own (button texts, context menus) for ``language``."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"crisisdesk_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def application(argv: list[str] | None = None) -> QApplication:
    from crisisdesk.ui.shell.identity import apply_identity

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    apply_identity()  # name, version, organisation, icon (every window), desktop file
    return app


def run_desk(args: argparse.Namespace) -> int:
    from crisisdesk.paths import resolve_database_url

    from crisisdesk.ui.common import ui_state
    from crisisdesk.ui.shell import crash

    app = application()
    install_translators(app, current_language())
    crash.install()  # an unexpected error shows a dialog and lands in the log
    read_only = bool(getattr(args, "read_only", False))
    url = resolve_database_url(args.db, getattr(args, "home", None), bool(args.demo), create=not read_only)
    database = _open_or_explain(url, bool(args.screenshot), read_only)  # read-only: mode=ro, nothing created or upgraded
    if database is None:
        return 1
    window = desk_window(database, demo=bool(args.demo), read_only=read_only)
    if args.screenshot:
        window.show()  # the designed size, the same on every machine
    else:
        restored = ui_state.restore(window)
        fit_to_screen(window)  # a saved or designed size never larger than this screen
        if restored:
            window.show()
        else:
            window.showMaximized()
        app.aboutToQuit.connect(lambda: ui_state.save(window))
    if args.demo and not args.db:
        fill_demo_if_empty(window)
    else:
        window.apply_filters()
    if not args.demo and not args.screenshot and not window.notifications.read_only:
        from crisisdesk.paths import home_dir
        from crisisdesk.ui.shell.startup import start_daily_backup, start_retention

        start_daily_backup(window, home_dir(getattr(args, "home", None)), url)
        start_retention(window)
    if args.screenshot:
        return _screenshot(app, window, Path(args.screenshot))
    code = app.exec()
    workers.wait_for_all()
    database.dispose()
    return code


def _open_or_explain(url: str, screenshot: bool, read_only: bool = False) -> Database | None:
    """Opens the database; on failure the failed-start dialog says what to do (and may retry)."""
    import logging

    from crisisdesk.logs import describe_database
    from crisisdesk.ui.shell.failed_start import RETRY, show_failed_start

    while True:
        try:
            database = open_database(url, read_only=read_only)
        except Exception as exc:
            if show_failed_start(exc, describe_error(exc), url, screenshot) != RETRY:
                return None
            continue
        logging.getLogger("crisisdesk.start").info("desk opened on %s", describe_database(url))
        return database


def desk_window(database: Database, demo: bool = False, read_only: bool = False) -> MainWindow:
    window = MainWindow(Desk(database, read_only=read_only), demo=demo)
    window.set_read_only(read_only)
    from crisisdesk.ui.shell import help_menu

    help_menu.install(window, database.url)  # Help: user guide (F1), diagnostics, About
    return window


def fill_demo_if_empty(window: MainWindow) -> None:
    """The demo database fills itself once, off the GUI thread, with progress shown."""
    if window.notifications.count(RegisterQuery()) > 0:
        window.apply_filters()
        return
    progress = QProgressDialog(
        QCoreApplication.translate("MainWindow", "Filling the demo database…"),
        QCoreApplication.translate("MainWindow", "Cancel"),
        0,
        DEMO_COUNT,
        window,
    )
    progress.setWindowTitle("crisisdesk")
    progress.setMinimumDuration(300)
    worker = workers.Worker(window.desk.seed_demo_world, DEMO_COUNT)
    worker.signals.progress.connect(lambda done, total: progress.setValue(done))
    progress.canceled.connect(worker.cancel)
    worker.signals.error.connect(lambda exc, tb: window.show_error(f"{exc}"))

    def finished() -> None:
        window.populating = False
        progress.reset()
        window.apply_filters()
        window.pages.record_saved()  # the overview and the other tabs read the new data

    worker.signals.finished.connect(finished)
    window.populating = True
    window._demo_worker = worker  # keep the signals alive until it is done
    workers.start(worker)


def _screenshot(app: QApplication, window: MainWindow, path: Path) -> int:
    """Saves a PNG once the register shows rows (or after 20 s at most), then quits."""
    result = {"code": 1}

    def save() -> None:
        if window.populating:
            return  # the demo database is still being filled
        overview = window.pages.widgets.get("overview")
        if overview is not None and overview.isVisible() and overview.is_loading():
            return  # the tab shown at start is still reading
        timer.stop()
        app.processEvents()
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(path))
        result["code"] = 0 if ok else 1
        if not ok:
            print(f"crisisdesk: could not write {path}", file=sys.stderr)
        app.quit()

    def give_up() -> None:
        if timer.isActive():
            save_anyway()

    def save_anyway() -> None:
        timer.stop()
        window.grab().save(str(path))
        result["code"] = 0
        app.quit()

    timer = QTimer(window, interval=100)
    timer.timeout.connect(save)
    window.register_loaded.connect(lambda _rows: QTimer.singleShot(200, save))
    timer.start()
    QTimer.singleShot(20_000, give_up)
    app.exec()
    workers.wait_for_all()
    return result["code"]

"""Starting the desk: language, main window, database — and the screenshot mode.

The window's frame (menus, tabs, "Opening the database…") is painted first; SQLAlchemy,
the database and the services come after, then the register's first page. Nothing that
is not on the first screen runs before that is painted: other tabs are built when first
opened, and housekeeping (daily backup, retention, partner list) starts after.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QProgressDialog

from crisisdesk.i18n import current_language
from crisisdesk.resources import resource_path
from crisisdesk.ui.common import workers
from crisisdesk.ui.common.fit import fit_to_screen
from crisisdesk.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from crisisdesk.db.database import Database

DEMO_COUNT = 2500
_JOBS: list[workers.Worker] = []  # housekeeping started at start-up


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
    window = MainWindow(database_label=_database_label(url), demo=bool(args.demo))
    window.set_read_only(read_only)
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
    app.processEvents()  # the first paint: frame, menus, tabs, "Opening the database…"
    database = _open_or_explain(url, bool(args.screenshot), read_only)  # read-only: mode=ro, nothing created or upgraded
    if database is None:
        window.hide()
        return 1
    from crisisdesk.paths import home_dir

    home = None if read_only else home_dir(getattr(args, "home", None))  # read-only creates nothing
    attach_services(window, database, read_only=read_only, home=home)
    if args.demo and not args.db:
        fill_demo_if_empty(window)
    else:
        window.apply_filters()
    if args.screenshot:
        code = _screenshot(app, window, Path(args.screenshot))
        database.dispose()
        return code
    QTimer.singleShot(0, lambda: _housekeeping(window, args, url))  # after the register is painted
    code = app.exec()
    workers.wait_for_all()
    database.dispose()
    return code


def _database_label(url: str) -> str:
    return url[len("sqlite:///") :] if url.startswith("sqlite:///") else url


def _housekeeping(window: MainWindow, args: argparse.Namespace, url: str) -> None:
    """Jobs off the GUI thread once the desk is up: partner list, daily backup, retention."""
    assert window.desk is not None
    if window.desk.read_only:
        return
    partners = workers.Worker(window.checklists.seed_partners, progress=False)
    _JOBS.append(partners)  # its signals live as long as the desk
    workers.start(partners)
    if args.demo:
        return
    from crisisdesk.paths import home_dir
    from crisisdesk.ui.shell.startup import start_daily_backup, start_retention

    start_daily_backup(window, home_dir(getattr(args, "home", None)), url)
    start_retention(window)


def _open_or_explain(url: str, screenshot: bool, read_only: bool = False) -> Database | None:
    """Opens the database; on failure the failed-start dialog says what to do (and may retry)."""
    import logging

    from crisisdesk.db.database import open_database
    from crisisdesk.logs import describe_database
    from crisisdesk.messages import describe_error
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


def attach_services(window: MainWindow, database: Database, read_only: bool = False, home: Path | None = None) -> None:
    """The front door for ``database`` (who is at the desk, read-only): ``window`` gets its services.

    ``home``: the data folder, whose backups AVG retention reaches (None: read-only, or none).
    """
    from crisisdesk.desk import Desk
    from crisisdesk.ui.shell import help_menu

    window.attach(Desk(database, read_only=read_only, home=home))
    window.set_read_only(read_only)
    if getattr(window, "help_menu", None) is None:
        help_menu.install(window, database.url)  # Help: user guide (F1), diagnostics, About


def desk_window(database: Database, demo: bool = False, read_only: bool = False, home: Path | None = None) -> MainWindow:
    window = MainWindow(database_label=_database_label(database.url), demo=demo)
    attach_services(window, database, read_only=read_only, home=home)
    return window


def fill_demo_if_empty(window: MainWindow) -> None:
    """The demo database fills itself once, off the GUI thread, with progress shown."""
    from crisisdesk.services.register.query import RegisterQuery

    desk = window.desk
    assert desk is not None
    if desk.notifications.count(RegisterQuery()) > 0:
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
    worker = workers.Worker(desk.seed_demo_world, DEMO_COUNT)
    worker.signals.progress.connect(lambda done, total: progress.setValue(done))
    progress.canceled.connect(worker.cancel)
    worker.signals.error.connect(lambda exc, tb: window.show_error(_failure(exc, "fill demo database")))

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
    """Saves a PNG as soon as the start page is painted with its rows, then quits.

    No fixed waits: the picture is taken the moment the register has its first page (or,
    on a demo database being filled, when the filling is done and the register reloaded).
    """
    result = {"code": 1}

    def ready() -> bool:
        page = window.ui.mainTabs.currentWidget()
        loading = getattr(page, "is_loading", None)
        return not window.populating and window.model.query is not None and not (loading and loading())

    def save() -> None:
        if result.get("saved") or not ready():
            return
        result["saved"] = True
        path.parent.mkdir(parents=True, exist_ok=True)
        # Widgets put in just now (the start page of an empty database) are shown (a queued
        # call) and laid out first, as before the next paint: grab() alone leaves them out.
        app.sendPostedEvents(None, QEvent.Type.MetaCall)
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        ok = window.grab().save(str(path))  # grab() paints the window as it is now
        result["code"] = 0 if ok else 1
        if not ok:
            print(f"crisisdesk: could not write {path}", file=sys.stderr)
        app.quit()

    def save_anyway() -> None:  # something went wrong while loading: show it as it is
        if not result.get("saved"):
            result["saved"] = True
            result["code"] = 0 if window.grab().save(str(path)) else 1
            app.quit()

    if ready():
        save()
    else:
        window.register_loaded.connect(lambda _rows: save())
        page = window.ui.mainTabs.currentWidget()
        if hasattr(page, "loaded"):
            page.loaded.connect(save)
        QTimer.singleShot(20_000, save_anyway)  # a safety net only, never reached when loading works
        app.exec()
    workers.wait_for_all()
    return result["code"]


def _failure(exc: BaseException, doing: str) -> str:
    """The Dutch sentence for a failed background job; the technical part goes to the log."""
    from crisisdesk.messages import failure_message

    return failure_message(exc, doing)

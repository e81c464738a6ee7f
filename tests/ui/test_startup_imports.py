"""Opening the desk loads only what the first screen needs.

PDF, calendar-file, spreadsheet and migration libraries are imported when their
feature is used, so the populated window stays close to a bare Qt window in start-up
time (see benchmarks/register_startup.py).
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from crisisdesk.db.database import open_database
from crisisdesk.ui.shell.app import desk_window
app = QApplication([])
url = sys.argv[1]
window = desk_window(open_database(url))
window.show()
window.apply_filters()
app.processEvents()
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"reportlab", "icalendar", "openpyxl", "alembic", "mako", "pypdf"})
print(",".join(heavy))
from crisisdesk.ui.common import workers
workers.wait_for_all()  # the count and the change marker, read off the GUI thread: not at exit
"""


def test_desk_start_does_not_load_report_or_export_libraries(tmp_path):
    from crisisdesk.db.database import open_database

    url = f"sqlite:///{tmp_path / 'start.sqlite'}"
    open_database(url).dispose()  # migrated here, as on any day after the first
    result = subprocess.run([sys.executable, "-c", PROBE, url], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == ""


FIRST_SCREEN = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from crisisdesk.ui.shell.app import MainWindow, attach_services
app = QApplication([])
window = MainWindow(database_label="start.sqlite")
window.show()
app.processEvents()
heavy = ("sqlalchemy", "crisisdesk.db", "crisisdesk.labels", "crisisdesk.services.register", "crisisdesk.domain.events")
print("painted:" + ",".join(sorted(m for m in sys.modules if m.startswith(heavy))))
from crisisdesk.db.database import open_database
attach_services(window, open_database(sys.argv[1]))
window.apply_filters()
app.processEvents()
assert window.model.rowCount() == 0 and window.model.query is not None
modules = [m for m, module in sys.modules.items() if m.startswith("crisisdesk.") and not hasattr(module, "__path__")]
print("populated:" + ",".join(sorted(modules)))  # modules, not packages
from crisisdesk.ui.common import workers
workers.wait_for_all()  # the count and the change marker, read off the GUI thread
"""

# What start-up may load: the window, the register and its service; nothing of the other
# tabs, the dialogs or what the menus open (those import when first used).
ALLOWED = (
    "crisisdesk.db.", "crisisdesk.domain.", "crisisdesk.i18n", "crisisdesk.labels", "crisisdesk.resources",
    "crisisdesk.services.errors", "crisisdesk.services.register.", "crisisdesk.services.settings",
    "crisisdesk.services.users", "crisisdesk.services.transactions",
    "crisisdesk.services.field_limits", "crisisdesk.logs", "crisisdesk.ui.shell.crash", "crisisdesk.ui.shell.help_menu",
    "crisisdesk.ui.common.date_typing", "crisisdesk.ui.common.keyboard", "crisisdesk.ui.common.fit",
    "crisisdesk.desk", "crisisdesk.ui.common.palette",
    "crisisdesk.ui.forms.ui_main_window", "crisisdesk.ui.register.model", "crisisdesk.ui.common.paged_model",
    "crisisdesk.ui.common.workers", "crisisdesk.ui.shell.app", "crisisdesk.ui.shell.main_window",
    "crisisdesk.ui.shell.pages", "crisisdesk.ui.shell.auto_refresh",
    # the menus' installers: a few actions each, their dialogs and services import when chosen
    "crisisdesk.ui.documents.report_actions", "crisisdesk.ui.documents.export_dialog",
    "crisisdesk.ui.privacy.backup_actions", "crisisdesk.ui.privacy.audit_view", "crisisdesk.ui.privacy.subject_access_dialog",
    "crisisdesk.files", "crisisdesk.paths",  # where the data folder and its files are
    "crisisdesk.ui.checklists.actions", "crisisdesk.ui.operations.actions",
    "crisisdesk.ui.register.mail_intake",  # File → Notification from e-mail…, and the drop on the register
    "crisisdesk.ui.shell.start_page",  # the first screen of an empty database, as this probe's is
)


def test_first_paint_comes_before_the_database_stack_and_start_up_loads_only_the_register(tmp_path):
    from crisisdesk.db.database import open_database

    url = f"sqlite:///{tmp_path / 'start.sqlite'}"
    open_database(url).dispose()
    result = subprocess.run([sys.executable, "-c", FIRST_SCREEN, url], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    painted, populated = result.stdout.split()
    assert painted == "painted:"  # no SQLAlchemy, database, services or labels before the window is on screen
    loaded = populated.removeprefix("populated:").split(",")
    unexpected = [name for name in loaded if not name.startswith(ALLOWED)]
    assert unexpected == []
    for module in ("crisisdesk.ui.calendar.overview_page", "crisisdesk.ui.events.page", "crisisdesk.ui.calendar.page",
                   "crisisdesk.ui.scenarios.page", "crisisdesk.ui.register.notification_dialog",
                   "crisisdesk.ui.forms.ui_export_dialog", "crisisdesk.messages", "crisisdesk.services.privacy.backup"):
        assert module not in loaded

    # The register's tables are mapped, not every feature's; nor are the other features'
    # domain modules imported (the labels of their codes load on the first one asked).
    # (domain.geo.points is the register's too: a notification's record carries its places.)
    other_features = ("events", "scenarios", "operations", "checklists", "calendar", "privacy", "documents")
    assert [m for m in loaded if m.startswith(tuple(f"crisisdesk.domain.{f}." for f in other_features))] == []
    tables = sorted(m.removeprefix("crisisdesk.db.models.") for m in loaded if m.startswith("crisisdesk.db.models."))
    assert tables == ["audit", "base", "register", "settings"]

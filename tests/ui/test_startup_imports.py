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
"""


def test_desk_start_does_not_load_report_or_export_libraries(tmp_path):
    from crisisdesk.db.database import open_database

    url = f"sqlite:///{tmp_path / 'start.sqlite'}"
    open_database(url).dispose()  # migrated here, as on any day after the first
    result = subprocess.run([sys.executable, "-c", PROBE, url], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == ""

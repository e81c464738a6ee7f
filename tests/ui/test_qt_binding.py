"""The Qt binding itself must be safe for a day-long session."""

from __future__ import annotations

import subprocess
import sys

LOOP = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20000):
    app.processEvents()
    label.setText("x")
print(sys.getrefcount(None) - before)
"""


def test_processing_events_does_not_leak_references_to_none():
    """PySide6 6.12.0 dropped a reference to None per call: Python 3.11 then aborts."""
    result = subprocess.run([sys.executable, "-c", LOOP], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert abs(int(result.stdout.strip())) < 100

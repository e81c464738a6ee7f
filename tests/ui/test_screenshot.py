"""``crisisdesk --screenshot`` saves the first screen as a user sees it, without fixed waits."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage


def _colours(image: QImage, area: QRect) -> int:
    return len({image.pixel(x, y) for x in range(area.left(), area.right(), 4) for y in range(area.top(), area.bottom(), 4)})


def test_the_start_page_of_an_empty_database_is_in_the_picture(tmp_path):
    shot = tmp_path / "empty.png"
    url = f"sqlite:///{(tmp_path / 'empty.sqlite').as_posix()}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # a process of its own: translators, windows
    started = subprocess.run([sys.executable, "-m", "crisisdesk", "--db", url, "--screenshot", str(shot)],
                             env=env, capture_output=True, text=True, timeout=120)
    assert started.returncode == 0, started.stderr[-2000:]
    image = QImage(str(shot))
    assert not image.isNull()
    # The middle of the register tab: the start page's welcome and buttons, not an empty
    # background (its widgets were put in just before the picture was taken).
    middle = QRect(image.width() // 4, image.height() // 4, image.width() // 2, image.height() // 2)
    assert _colours(image, middle) > 10

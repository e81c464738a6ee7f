"""Every window and dialog fits a laptop: 1280×720 at 100 %, 1366×768 at 125 % (1093×614).

The main window may be no smaller than 1024×640 at its minimum; a dialog taller than the
screen must scroll rather than run off it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.every_window import every_window

MAIN_WINDOW_MINIMUM = (1024, 640)
LAPTOP_AT_125 = (1093, 614)  # 1366×768 at 125 % scaling, in device-independent pixels


@pytest.fixture(params=["en", "nl"])
def language(request, qapp):
    """Dutch words are longer: measure in both languages."""
    from PySide6.QtCore import QLocale

    from crisisdesk.ui.shell.app import install_translators

    locale = QLocale()
    installed = install_translators(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_every_window_fits_a_laptop_screen(qtbot, database, language):
    too_big = []
    for name, make in every_window(database):
        widget = make()
        qtbot.addWidget(widget)
        widget.resize(1280, 720)
        widget.show()
        QApplication.processEvents()
        minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        limit = MAIN_WINDOW_MINIMUM if name == "main window" else LAPTOP_AT_125
        if minimum.width() > limit[0] or minimum.height() > limit[1]:
            too_big.append(f"{name}: {minimum.width()}×{minimum.height()}")
        widget.close()
    assert not too_big, "does not fit: " + ", ".join(too_big)


@pytest.mark.parametrize("tab", range(5))
def test_main_window_tabs_fit_at_the_minimum(qtbot, database, tab):
    from crisisdesk.ui.shell.app import desk_window

    window = desk_window(database)
    qtbot.addWidget(window)
    window.ui.mainTabs.setCurrentIndex(tab)
    window.resize(*MAIN_WINDOW_MINIMUM)
    window.show()
    QApplication.processEvents()
    assert window.width() <= MAIN_WINDOW_MINIMUM[0] and window.height() <= MAIN_WINDOW_MINIMUM[1]

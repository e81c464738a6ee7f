"""Per-user screen state in QSettings survives a restart; Help: guide on F1, diagnostics,
About with the licence and versions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from crisisdesk.ui.common import ui_state
from crisisdesk.ui.shell import help_menu
from crisisdesk.ui.shell.app import desk_window


@pytest.fixture
def user_settings(tmp_path, qapp):
    """QSettings in a temporary folder, as an INI file, for the duration of the test."""
    before = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("crisisdesk")
    qapp.setApplicationName("crisisdesk")
    yield tmp_path / "settings"
    QSettings.setDefaultFormat(before)


def open_desk(qtbot, database):
    window = desk_window(database)
    qtbot.addWidget(window)
    return window


def test_window_columns_and_tab_come_back(qtbot, database, user_settings):
    first = open_desk(qtbot, database)
    assert ui_state.restore(first) is False  # a first start: nothing kept yet
    first.show()
    first.move(31, 17)
    geometry = first.saveGeometry()
    header = first.ui.registerView.horizontalHeader()
    header.resizeSection(2, 333)
    header.moveSection(4, 0)  # a column dragged to the front
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    tabs = first.ui.mainTabs
    tabs.setCurrentIndex(tabs.count() - 1)
    last_tab = tabs.currentWidget().property("pageName")
    ui_state.save(first)
    assert any(user_settings.rglob("*.ini"))
    first.close()

    second = open_desk(qtbot, database)
    restored = []
    second.restoreGeometry = lambda data: restored.append(bytes(data)) or True  # offscreen screens clamp positions
    assert ui_state.restore(second) is True
    second.show()
    header = second.ui.registerView.horizontalHeader()
    assert header.sectionSize(2) == 333
    assert header.logicalIndex(0) == 4
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.AscendingOrder)
    assert ui_state.settings().value(ui_state.LAST_TAB) == last_tab
    assert second.ui.mainTabs.currentWidget().property("pageName") == last_tab
    assert restored == [bytes(geometry)]


@pytest.mark.parametrize("services_first", [False, True], ids=["as-at-start-up", "desk-window"])
def test_the_last_tab_comes_back_built_and_only_that_page_is_built(qtbot, database, user_settings, services_first):
    from crisisdesk.ui.calendar.page import CalendarPage
    from crisisdesk.ui.shell.app import attach_services
    from crisisdesk.ui.shell.main_window import MainWindow

    first = open_desk(qtbot, database)
    first.show()
    tabs = first.ui.mainTabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).property("pageName") == "calendar"))
    assert isinstance(tabs.currentWidget(), CalendarPage)
    ui_state.save(first)  # what quitting does
    first.close()
    assert ui_state.settings().value(ui_state.LAST_TAB) == "calendar"

    if services_first:
        second = open_desk(qtbot, database)
        ui_state.restore(second)
    else:  # as run_desk does: the window and its state first, painted, then the database
        second = MainWindow(database_label="test")
        qtbot.addWidget(second)
        ui_state.restore(second)
        second.show()
        assert second.pages.widgets.keys() == {"register"}  # before the database: nothing built
        attach_services(second, database)
    current = second.ui.mainTabs.currentWidget()
    assert isinstance(current, CalendarPage)  # the page itself, not its empty placeholder
    assert current.property("pageName") == "calendar"
    assert set(second.pages.widgets) == {"register", "calendar"}  # the other tabs wait until opened


def test_last_used_folders(user_settings, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    assert ui_state.last_folder("documents", "fallback") == "fallback"
    ui_state.remember_folder("documents", folder / "briefing.pdf")
    assert ui_state.last_folder("documents") == str(folder)
    folder.rmdir()  # gone (a network drive): the fallback again
    assert ui_state.last_folder("documents", "fallback") == "fallback"


def test_f1_opens_the_dutch_guide(qtbot, database):
    window = open_desk(qtbot, database)
    assert window.help_menu.guide_action.shortcut().toString() == "F1"
    guide = window.help_menu.show_guide()
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert "Handleiding crisisdesk" in text
    assert "art. 5 lid 2 sub a Wom" in text
    assert guide.browser.source().toLocalFile().endswith("handleiding.html")


def test_diagnostics_copied_without_passwords_or_personal_data(qtbot, database):
    window = open_desk(qtbot, database)
    window.help_menu.database_url = "postgresql+psycopg://desk:geheim@db.example.local:5432/crisisdesk"
    text = window.help_menu.copy_diagnostics()
    assert QApplication.clipboard().text() == text
    assert "crisisdesk " in text and "Qt " in text and "SQLAlchemy " in text
    assert "database: postgresql db.example.local:5432/crisisdesk" in text
    assert "geheim" not in text and "desk@" not in text


def test_about_names_the_licence_and_the_versions(qtbot, database, monkeypatch):
    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(title=title, text=text))
    window = open_desk(qtbot, database)
    window.ui.aboutAction.trigger()
    assert "EUPL-1.2" in shown["text"]
    for name, version in help_menu.crash.versions().items():
        assert f"{version}" in shown["text"], name


def test_every_window_has_the_icon(qapp):
    from crisisdesk.ui.shell.app import application

    app = application()
    assert not app.windowIcon().isNull()
    assert {size.width() for size in app.windowIcon().availableSizes()} >= {16, 32, 48, 256}
    assert app.applicationVersion() == __import__("crisisdesk").__version__

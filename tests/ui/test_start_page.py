"""A fresh database opens on a short start page, not on blank grids (issue #15, item 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from crisisdesk.desk import Desk
from crisisdesk.ui.shell.main_window import MainWindow
from desk_helpers import event, local, notification


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: shown.append(text))
    return shown


@pytest.fixture
def make_window(qtbot, database, fixed_now, tmp_path):
    def make(**options) -> MainWindow:
        window = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now, home=tmp_path / "home"), **options)
        qtbot.addWidget(window)
        window.apply_filters()
        return window

    return make


def _showing_start(window) -> bool:
    return window.start_page is not None and window.register_stack.currentWidget() is window.start_page


def test_an_empty_database_opens_on_the_start_page_and_a_record_brings_the_register(make_window, service, fixed_now):
    window = make_window()
    assert _showing_start(window)
    page = window.start_page
    assert not window.ui.registerView.isVisibleTo(window)
    assert all(button.isEnabled() for button in (page.new_button, page.rule_sets_button, page.partners_button, page.demo_button))
    service.create(notification("Klimaatmars", local(2026, 3, 20, 14, 0), local(2026, 3, 20, 16, 0)))
    window.refresh()
    assert not _showing_start(window) and window.model.rowCount() == 1
    assert window.ui.registerView.isVisibleTo(window)


def test_a_database_with_records_never_builds_the_start_page(make_window, service, database, fixed_now):
    from crisisdesk.services.events.service import EventService

    service.create(notification("Oud protest", local(2026, 3, 10, 14, 0), local(2026, 3, 10, 16, 0)))
    EventService(database.factory, clock=lambda: fixed_now, user="tester").create(
        event("Stadsfestival", local(2026, 3, 20, 12, 0), local(2026, 3, 20, 22, 0)))
    window = make_window()
    assert window.model.rowCount() == 0  # "Upcoming" hides the past notification …
    assert window.start_page is None  # … but the database is not empty: the register, with its filters


def test_an_event_alone_is_not_an_empty_database(make_window, database, fixed_now):
    from crisisdesk.services.events.service import EventService

    window = make_window()
    assert _showing_start(window)
    EventService(database.factory, clock=lambda: fixed_now, user="tester").create(
        event("Stadsfestival", local(2026, 3, 20, 12, 0), local(2026, 3, 20, 22, 0)))
    window.refresh()
    assert not _showing_start(window)


def test_the_first_notification_button_opens_a_new_notification(qtbot, make_window):
    from crisisdesk.ui.register.notification_dialog import NotificationDialog

    window = make_window()
    window.start_page.new_button.click()
    dialogs = [d for d in window.findChildren(NotificationDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].record is None
    dialogs[0].reject()


def test_partners_are_imported_from_a_file_and_a_bad_file_is_explained(make_window, tmp_path, messages):
    window = make_window()
    page = window.start_page
    good = tmp_path / "partners.toml"
    good.write_text('[[partner]]\nkey = "buurtwacht"\nname = "Buurtwacht Lombok"\nrole = "Ogen en oren in de wijk."\n\n'
                    '[[partner]]\nkey = "politie"\nname = "Politie Midden-Nederland"\n', encoding="utf-8")
    page.ask_file = lambda title, filter_text: str(good)
    assert page.import_partners() == 2  # the database had none: both are new
    assert page.import_partners() == 0  # again: nothing twice
    assert {p.name for p in window.desk.partners.list()} == {"Buurtwacht Lombok", "Politie Midden-Nederland"}
    bad = tmp_path / "kapot.toml"
    bad.write_text("[[partner]]\nname = 'zonder sleutel'\n", encoding="utf-8")
    page.ask_file = lambda title, filter_text: str(bad)
    assert page.import_partners() is None
    assert len(messages) == 1 and "kapot.toml" in messages[0] and "KeyError" not in messages[0]
    assert len(window.desk.partners.list()) == 2


def test_a_rule_set_file_opens_in_the_rule_set_editor(make_window, tmp_path, messages):
    window = make_window()
    service = window.notifications.rule_set_service()
    stored = service.catalogue().rule_sets()[0]
    path = tmp_path / "regels.json"
    path.write_text(service.export_json(stored), encoding="utf-8")
    page = window.start_page
    page.ask_file = lambda title, filter_text: str(path)
    assert page.import_rule_sets() is True
    editor = page.rule_set_editor
    assert editor.isVisible() and editor.form.name_edit.text() == stored.name  # to be saved there with Opslaan
    editor.reject()
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    page.ask_file = lambda title, filter_text: str(tmp_path / "bad.json")
    assert page.import_rule_sets() is False and messages


def test_the_demo_starts_a_separate_crisisdesk_in_the_same_data_folder(make_window, tmp_path):
    window = make_window()
    page = window.start_page
    started = []
    page.start_process = lambda program, arguments: started.append((program, arguments)) or True
    assert page.open_demo() is True
    ((program, arguments),) = started
    assert "--demo" in arguments and arguments[arguments.index("--home") + 1] == str(tmp_path / "home")
    assert Path(program).name.startswith("python") and arguments[:2] == ["-m", "crisisdesk"]
    assert page.message_label.text()


def test_an_observer_sees_the_start_page_without_the_writing_buttons(make_window):
    window = make_window()
    window.set_read_only(True)
    page = window.start_page
    assert not page.new_button.isEnabled() and not page.partners_button.isEnabled()
    assert page.demo_button.isEnabled()
    QApplication.processEvents()

"""File → Back up now… / Restore from backup…, and the daily backup at start-up."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from datetime import date, datetime

import pytest

from crisisdesk.desk import Desk
from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.paths import backup_dir
from crisisdesk.ui.shell.main_window import MainWindow
from crisisdesk.ui.shell.startup import start_daily_backup


def a_draft(purpose: str) -> NotificationDraft:
    return NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose=purpose,
        start_at=datetime(2026, 4, 1, 14, tzinfo=AMSTERDAM), end_at=datetime(2026, 4, 1, 16, tzinfo=AMSTERDAM),
        location="Neude", district=District.BINNENSTAD, received_at=datetime(2026, 3, 1, 10, tzinfo=AMSTERDAM),
        organiser_organisation="Stichting X",
    )


@pytest.fixture
def window(qtbot, service, database, fixed_now):
    win = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now))
    qtbot.addWidget(win)
    win.apply_filters()
    return win


def test_menu_has_both_actions_before_quit(window):
    names = [a.objectName() for a in window.ui.fileMenu.actions()]
    assert names.index("backupAction") < names.index("restoreAction") < names.index("quitAction")
    window.set_read_only(True)
    assert window.backups.backup_action.isEnabled() and not window.backups.restore_action.isEnabled()


def test_back_up_then_restore_through_the_menu(window, service, tmp_path, monkeypatch):
    service.create(a_draft("Voor de backup"))
    actions = window.backups
    monkeypatch.setattr(actions, "ask_save_path", lambda suggested: str(tmp_path / "menu-backup.sqlite"))
    assert actions.back_up() == tmp_path / "menu-backup.sqlite"

    service.create(a_draft("Na de backup"))
    window.refresh()
    assert window.model.rowCount() == 2
    questions = []
    monkeypatch.setattr(actions, "ask_open_path", lambda folder: str(tmp_path / "menu-backup.sqlite"))
    monkeypatch.setattr(actions, "confirm", lambda question: questions.append(question) or True)
    assert actions.restore() is True
    assert len(questions) == 1
    assert [window.model.row_at(r).purpose for r in range(window.model.rowCount())] == ["Voor de backup"]
    assert list(tmp_path.glob("test.before-restore-*.sqlite"))


def test_restore_of_a_bad_file_shows_why_and_changes_nothing(window, service, tmp_path, monkeypatch):
    service.create(a_draft("Blijft"))
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    errors = []
    monkeypatch.setattr(window.backups, "ask_open_path", lambda folder: str(bad))
    monkeypatch.setattr(window.backups, "show_error", errors.append)
    assert window.backups.restore() is False
    assert len(errors) == 1
    window.refresh()
    assert window.model.rowCount() == 1


def test_daily_backup_runs_off_the_gui_thread(qtbot, window, database, _isolated_home):
    worker = start_daily_backup(window, _isolated_home, database.url)
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        pass
    assert (backup_dir(_isolated_home) / f"test-{date.today().isoformat()}.sqlite").exists()


def test_retention_runs_at_start_up_off_the_gui_thread(qtbot, window, service, database):
    from crisisdesk.ui.shell.startup import start_retention

    old = service.create(replace(
        a_draft("Lang geleden"), organiser_name="Oude Organisator",
        start_at=datetime(2024, 4, 1, 14, tzinfo=AMSTERDAM), end_at=datetime(2024, 4, 1, 16, tzinfo=AMSTERDAM),
        received_at=datetime(2024, 3, 1, 10, tzinfo=AMSTERDAM),
    ))
    worker = start_retention(window)
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        pass
    assert service.get(old.id).organiser_name == ""


# --- issue #15, item 9: the dialogs open in the desk's backup folder ----------------------


def _asked_folders(window, monkeypatch) -> tuple[str, str]:
    asked = {}
    monkeypatch.setattr(window.backups, "ask_save_path", lambda suggested: asked.setdefault("save", suggested) and "")
    monkeypatch.setattr(window.backups, "ask_open_path", lambda folder: asked.setdefault("open", folder) and "")
    window.backups.back_up()
    window.backups.restore()
    return asked["save"], asked["open"]


def test_backup_and_restore_open_in_the_home_given_at_start(qtbot, database, fixed_now, tmp_path, monkeypatch):
    home = tmp_path / "elders"  # --home, not $CRISISDESK_HOME
    window = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now, home=home))
    qtbot.addWidget(window)
    save, folder = _asked_folders(window, monkeypatch)
    assert Path(folder) == home / "backups" and Path(save).parent == home / "backups"
    assert Path(save).name == "test-2026-03-14-1030.sqlite"  # the database's name and the local time: never a daily copy's name


def test_a_demo_desk_keeps_its_backups_apart(qtbot, database, fixed_now, tmp_path, monkeypatch):
    home = tmp_path / "elders"
    window = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now, home=home), demo=True)
    qtbot.addWidget(window)
    save, folder = _asked_folders(window, monkeypatch)
    assert Path(folder) == home / "backups" / "demo" and Path(save).parent == home / "backups" / "demo"


def test_the_configured_backup_folder_wins(qtbot, database, fixed_now, tmp_path, monkeypatch):
    from crisisdesk import config

    share = tmp_path / "share" / "crisisdesk"
    config.activate(config.resolve({"backup_folder": ("backup_folder", str(share))}))
    window = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now, home=tmp_path / "elders"), demo=True)
    qtbot.addWidget(window)
    save, folder = _asked_folders(window, monkeypatch)
    assert Path(folder) == share / "demo" and Path(save).parent == share / "demo"


def test_a_backup_folder_that_cannot_be_made_is_explained(qtbot, database, fixed_now, tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    window = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now, home=blocked))
    qtbot.addWidget(window)
    errors = []
    monkeypatch.setattr(window.backups, "show_error", errors.append)
    monkeypatch.setattr(window.backups, "ask_save_path", lambda suggested: pytest.fail("no dialog without a folder"))
    assert window.backups.back_up() is None
    assert len(errors) == 1 and "backup_folder" in errors[0] and "Errno" not in errors[0]

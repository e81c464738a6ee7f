"""Settings → Municipality profile: shown, completed, saved in the database for the team."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QColor, QImage

from crisisdesk.db.database import open_database
from crisisdesk.domain.enums import Capacity
from crisisdesk.domain.documents.profile import Signatory
from crisisdesk.services.profile import ProfileService
from crisisdesk.ui.shell.profile_dialog import ProfileDialog, logo_png


@pytest.fixture
def profiles(tmp_path):
    database = open_database(f"sqlite:///{(tmp_path / 't.sqlite').as_posix()}")
    yield ProfileService(database.factory)
    database.dispose()


def test_an_empty_profile_says_what_letters_need_and_a_filled_one_is_saved(qtbot, profiles):
    dialog = ProfileDialog(profiles)
    qtbot.addWidget(dialog)
    assert "the court" in dialog.ui.missingLabel.text()
    ui = dialog.ui
    ui.nameEdit.setText("Amersfoort")
    ui.departmentEdit.setText("Veiligheid")
    ui.objectionAddressEdit.setPlainText("De burgemeester van Amersfoort\nPostbus 4000\n3800 EA Amersfoort")
    ui.courtEdit.setText("Rechtbank Midden-Nederland")
    ui.contactNameEdit.setText("K. Smit")
    ui.contactEmailEdit.setText("veiligheid@example.nl")
    dialog.add_signatory(Signatory("T. Bos", "teamleider Veiligheid", Capacity.MANDATE))
    image = QImage(1200, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    dialog.set_logo(logo_png(image))
    assert ui.missingLabel.text() == ""
    dialog.accept()
    saved = profiles.get()
    assert saved.municipality == "Gemeente Amersfoort" and saved.author == "Gemeente Amersfoort, Veiligheid"
    assert saved.objection_address == ("De burgemeester van Amersfoort", "Postbus 4000", "3800 EA Amersfoort")
    assert saved.signatories == (Signatory("T. Bos", "teamleider Veiligheid", Capacity.MANDATE),)
    assert saved.missing() == []
    logo = QImage.fromData(saved.logo_png)
    assert (logo.width(), logo.height()) == (600, 150)  # scaled down to fit the letterhead


def test_read_only_desk_cannot_save(qtbot, profiles):
    dialog = ProfileDialog(profiles, read_only=True)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()

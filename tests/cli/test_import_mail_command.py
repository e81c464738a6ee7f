"""``crisisdesk import-mail``: per message what was found and missing, and what became of it."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from crisisdesk.cli import main
from crisisdesk.db.database import open_database
from crisisdesk.db.models import MailOriginal, Notification
from crisisdesk.domain.enums import Status
from crisisdesk.resources import resource_path

SAMPLES = ["kennisgeving-e-formulier.eml", "kennisgeving-email.eml", "kennisgeving-outlook.msg", "geen-kennisgeving.eml"]


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{(tmp_path / 'desk.sqlite').as_posix()}"


@pytest.fixture
def files(tmp_path):
    folder = tmp_path / "post"
    folder.mkdir()
    for name in SAMPLES:
        shutil.copy(resource_path("samples", name), folder / name)
    return folder


@pytest.fixture(autouse=True)
def after_the_samples(monkeypatch):
    """The desk's clock after the samples were received (their notifications are not in the future)."""
    import crisisdesk.desk as desk_module

    original = desk_module.Desk.__init__

    def init(self, *args, **kwargs):
        kwargs["clock"] = lambda: datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
        original(self, *args, **kwargs)

    monkeypatch.setattr(desk_module.Desk, "__init__", init)


def rows(url):
    database = open_database(url)
    try:
        with database.factory() as session:
            notifications = session.execute(select(Notification.id, Notification.status, Notification.purpose)).all()
            originals = session.scalar(select(func.count(MailOriginal.id)))
        return notifications, originals
    finally:
        database.dispose()


def test_each_message_is_registered_or_explained(files, url, capsys):
    code = main(["import-mail", *(str(files / name) for name in SAMPLES), "--db", url])
    out = capsys.readouterr().out
    assert code == 1  # one message lacked required fields, one was no notification
    text = out
    # The e-form: received moment with its header, every field found, registered as Ontvangen.
    assert "kennisgeving-e-formulier.eml:" in text
    assert "ontvangen 27-11-2026 16:58 (uit de kopregel Received)" in text
    assert "geregistreerd als kennisgeving #1, status Ontvangen" in text
    # The organiser's personal data are named as found, their values not printed.
    assert "Joris van Dalen" not in text and "030-7654321" not in text
    assert "Locatie: Jaarbeursplein" in text
    # The plain e-mail: what is missing, and why it was not registered.
    assert "ontbreekt (leeg gelaten): Doel, Naam organisator" in text
    assert "niet geregistreerd: verplicht en niet in het bericht: Doel, Wijk, Naam organisator" in text
    assert "geregistreerd als kennisgeving #2, status Ontvangen" in text  # the .msg
    assert "geen-kennisgeving.eml:\n  geweigerd: Het bericht is geen kennisgeving" in text
    notifications, originals = rows(url)
    assert [(n.id, n.status) for n in notifications] == [(1, Status.RECEIVED), (2, Status.RECEIVED)]
    assert originals == 2


def test_a_message_imported_twice_is_recognised(files, url, capsys):
    assert main(["import-mail", str(files / "kennisgeving-outlook.msg"), "--db", url]) == 0
    capsys.readouterr()
    assert main(["import-mail", str(files / "kennisgeving-outlook.msg"), "--db", url]) == 0
    out = capsys.readouterr().out
    assert "Dit bericht is al eerder geregistreerd, als kennisgeving #1" in out
    notifications, originals = rows(url)
    assert len(notifications) == 1 and originals == 1


def test_check_registers_nothing(files, url, capsys):
    assert main(["import-mail", "--check", str(files / "kennisgeving-e-formulier.eml"), "--db", url]) == 0
    assert "gevonden:" in capsys.readouterr().out
    assert rows(url) == ([], 0)


def test_bad_files_get_a_sentence_not_a_traceback(files, url, tmp_path, capsys):
    broken = tmp_path / "kapot.msg"
    broken.write_bytes(b"\x00" * 100)
    huge = tmp_path / "groot.eml"
    huge.write_bytes(b"From: a@example.nl\n\n" + b"x" * (2 * 1024 * 1024))
    code = main(["import-mail", str(broken), str(huge), str(tmp_path / "weg.eml"), str(files), "--db", url,
                 "--max-size", "1"])
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.out + captured.err
    assert "kapot.msg:\n  geweigerd: Het bestand is niet als e-mail te lezen" in captured.out
    assert "groot.eml:\n  geweigerd: Het bericht is 2 MB, meer dan de 1 MB" in captured.out
    assert "weg.eml:\n  geweigerd: Het bestand weg.eml kan niet worden geopend" in captured.out
    assert rows(url) == ([], 0)


def test_a_read_only_desk_refuses(files, url, capsys):
    open_database(url).dispose()
    code = main(["--read-only", "import-mail", str(files / "kennisgeving-outlook.msg"), "--db", url])
    assert code == 2
    assert "alleen-lezen" in capsys.readouterr().err
    assert rows(url) == ([], 0)

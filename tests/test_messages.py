"""A failure shown to a person is one Dutch sentence; its technical part is in the log only."""

from __future__ import annotations

import errno
import logging

import pytest
from sqlalchemy.exc import IntegrityError

from crisisdesk.domain.checks import FieldError
from crisisdesk.messages import describe_error, failure_message, technical, unexpected_message
from crisisdesk.services.errors import ConcurrentEdit, NotFound, ValidationFailed
from crisisdesk.services.operations.records import NotAllowed

ENGLISH = ("not found", "version", "Permission denied", "No such file", "disk I/O", "Traceback", "Error")


def raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:  # a traceback, as a real failure has one
        return caught


@pytest.fixture
def log(caplog):
    caplog.set_level(logging.WARNING, logger="crisisdesk")
    return caplog


def test_an_unforeseen_failure_is_the_general_sentence_and_the_log_has_the_details(log):
    message = failure_message(raised(RuntimeError("disk I/O error in table notification")), "load register")
    assert message == unexpected_message() == (
        "Er ging iets onverwachts mis; er is verder niets gedaan. De details staan in het logbestand.")
    assert "disk I/O" not in message
    [record] = log.records
    assert record.levelno == logging.WARNING
    assert "load register failed: builtins.RuntimeError: disk I/O error in table notification" in record.getMessage()
    assert "Traceback (most recent call last)" in record.getMessage()  # where it went wrong


@pytest.mark.parametrize(("exc", "dutch"), [
    (NotFound("notification", 99), "Kennisgeving #99 bestaat niet (meer); misschien heeft iemand anders dit verwijderd."),
    (NotFound("log entry", 7), "Logboekregel #7 bestaat niet (meer)"),
    (ConcurrentEdit(4, 1, 2), "Iemand anders heeft dit opgeslagen nadat u het opende"),
    (NotAllowed("clock", "paused"), "De oefenklok staat dit nu niet toe (de status is: gepauzeerd)."),
    (NotAllowed("released"), "Deze inject is al aan de spelers uitgegeven"),
    (PermissionError(errno.EACCES, "Permission denied", "/tmp/besluit.pdf"), "geen toestemming"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory", "/tmp/weg/brief.pdf"), "bestaat niet"),
    (OSError(errno.ENOSPC, "No space left on device", "/tmp/x.pdf"), "de schijf is vol"),
    (ValidationFailed([FieldError("purpose", "required")]), "Doel: Dit veld is verplicht."),
])
def test_known_failures_have_their_own_dutch_sentence(exc, dutch, log):
    message = failure_message(raised(exc), "an action")
    assert dutch in message
    assert not any(word in message for word in ENGLISH), message
    assert type(exc).__name__ in log.text  # the technical part, for whoever reads the log
    assert describe_error(exc) == message


def test_the_log_keeps_no_sql_parameters_nor_contact_details(log):
    error = IntegrityError("INSERT INTO notification (organiser_name, organiser_email) VALUES (?, ?)",
                           ("Joëlle de Vries", "joelle@example.nl"), Exception("UNIQUE constraint failed: notification.id"))
    text = technical(error)
    assert "UNIQUE constraint failed" in text and "Joëlle" not in text
    failure_message(raised(OSError(errno.EACCES, "mail joelle@example.nl, bel 06-12345678")), "save")
    failure_message(raised(error), "save")
    assert "Joëlle" not in log.text and "joelle@example.nl" not in log.text and "06-12345678" not in log.text
    assert "UNIQUE constraint failed" in log.text

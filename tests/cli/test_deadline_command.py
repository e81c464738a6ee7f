"""``crisisdesk deadline``: what an advisor reads out on the phone, in Dutch."""

from __future__ import annotations

import pytest

from crisisdesk.cli import main
from crisisdesk.i18n import set_language


@pytest.fixture(autouse=True)
def _dutch():
    yield
    set_language("nl")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["deadline", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_worked_example_late_under_utrecht_48_hours(capsys):
    code, out, _ = run(capsys, "--start", "2026-03-16 10:00", "--received", "2026-03-14 09:00")
    assert code == 0
    assert "Utrecht 48 uur" in out
    assert "do 12-03-2026 12:00" in out
    assert "maandag: uiterlijk 12:00 op de op één na laatste werkdag ervoor, do 12-03-2026 12:00" in out
    assert "TE LAAT" in out
    assert "termijn verkorten of verbod mogelijk" in out
    assert "za 14-03-2026" in out and "zo 15-03-2026" in out  # the weekend that does not count


def test_model_apv_rule_by_name_and_dutch_date_input(capsys):
    code, out, _ = run(capsys, "--start", "16-03-2026 10:00", "--received", "13-03-2026 11:00",
                       "--rule", "Model-APV 48 uur (vrijdag 12:00)")
    assert code == 0
    assert "vr 13-03-2026 12:00" in out
    assert "TIJDIG" in out


def test_without_received_only_the_deadline(capsys):
    code, out, _ = run(capsys, "--start", "2026-03-16 10:00", "--rule", "Utrecht 24 uur")
    assert code == 0
    assert "vr 13-03-2026 12:00" in out  # a Monday: 12:00 on the last working day before
    assert "TE LAAT" not in out and "TIJDIG" not in out


def test_rule_follows_received_date(capsys):
    _, out, _ = run(capsys, "--start", "2020-05-07 14:00", "--received", "2020-05-06 12:00")
    assert "Utrecht 24 uur" in out and "TIJDIG" in out
    # a Monday under Utrecht's own description of the 24-hour term: Sunday is too late
    _, out, _ = run(capsys, "--start", "2020-05-04 14:00", "--received", "2020-05-03 12:00")
    assert "Utrecht 24 uur" in out and "TE LAAT" in out and "vr 01-05-2020 12:00" in out


def test_nonexistent_time_and_unknown_rule_are_clear_errors(capsys):
    code, _, err = run(capsys, "--start", "29-03-2026 02:30")
    assert code == 2
    assert "bestaat niet" in err
    code, _, err = run(capsys, "--start", "2026-03-16 10:00", "--rule", "Nergens 12 uur")
    assert code == 2
    assert "Utrecht 48 uur" in err  # the known rule sets are named
    code, _, err = run(capsys, "--start", "gisteren")
    assert code == 2


def test_english_on_request(capsys):
    code = main(["deadline", "--lang", "en", "--start", "2026-03-16 10:00", "--received", "2026-03-14 09:00"])
    out = capsys.readouterr().out
    assert code == 0
    assert "LATE" in out and "Thu 12-03-2026 12:00" in out
    assert "Monday: at the latest 12:00 on the second-to-last working day before it" in out


def test_list_rules(capsys):
    code, out, _ = run(capsys, "--list-rules")
    assert code == 0
    for name in ("Utrecht 48 uur", "Utrecht 24 uur", "Model-APV 48 uur (vrijdag 12:00)", "72 werkuren"):
        assert name in out


def test_with_db_the_rule_sets_kept_in_the_database(capsys, database, db_url):
    from dataclasses import replace

    from crisisdesk.domain.register.rulesets import RuleSet
    from crisisdesk.services.register.rule_sets import RuleSetService

    rules = RuleSetService(database.factory, user="adviseur")
    current = rules.catalogue().rule_set("Utrecht 48 uur")
    rules.save(RuleSet(replace(current.rule, hours=72), current.description), replacing="Utrecht 48 uur")
    code, out, _ = run(capsys, "--db", db_url, "--start", "2026-03-16 10:00", "--rule", "Utrecht 48 uur")
    assert code == 0 and "wo 11-03-2026 12:00" in out  # k = 3 working days before the Monday
    _, shipped, _ = run(capsys, "--start", "2026-03-16 10:00", "--rule", "Utrecht 48 uur")
    assert "do 12-03-2026 12:00" in shipped

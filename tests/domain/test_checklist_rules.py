"""Offsets, due moments (month ends, DST, a moved start), progress and template files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crisisdesk.domain.checklists.templates import Template, TemplateItem, parse_template, template_to_toml
from crisisdesk.domain.checklists.rules import (
    ChecklistRecordType,
    ItemStatus,
    Offset,
    OffsetError,
    Progress,
    due_moment,
    format_offset,
    parse_offset,
    progress_of,
)
from crisisdesk.domain.timeutil import AMSTERDAM, to_local


def local(*args) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)


@pytest.mark.parametrize(("text", "offset"), [
    ("14 dagen voor", Offset(-14, "days")),
    ("48 uur voor", Offset(-48, "hours")),
    ("1 dag na", Offset(1, "days")),
    ("2 weken voor", Offset(-2, "weeks")),
    ("1 maand voor", Offset(-1, "months")),
    ("  3  Maanden   VOOR ", Offset(-3, "months")),
    ("op de dag", Offset(0, "days")),
    ("bij aanvang", Offset(0, "days")),
    ("30 minuten na", Offset(30, "minutes")),
])
def test_offsets_read_as_advisors_write_them(text, offset):
    assert parse_offset(text) == offset
    assert parse_offset(format_offset(offset)) == offset


@pytest.mark.parametrize("text", ["", "14 dagen", "veertien dagen voor", "14 dagen eerder", "2 fortnights voor", "-3 dagen voor"])
def test_unreadable_offsets_are_refused_with_an_example(text):
    with pytest.raises(OffsetError, match="14 dagen voor"):
        parse_offset(text)


def test_month_before_the_end_of_march_is_the_end_of_february():
    assert to_local(due_moment(local(2026, 3, 31, 10, 0), parse_offset("1 maand voor"))) == local(2026, 2, 28, 10, 0)
    assert to_local(due_moment(local(2028, 3, 31, 10, 0), parse_offset("1 maand voor"))) == local(2028, 2, 29, 10, 0)
    assert to_local(due_moment(local(2026, 1, 31, 10, 0), parse_offset("1 maand na"))) == local(2026, 2, 28, 10, 0)


def test_days_keep_the_wall_clock_across_the_spring_dst_change():
    # Clocks go forward on Sunday 29 March 2026; a Tuesday 14:00 start.
    start = local(2026, 3, 31, 14, 0)
    due = due_moment(start, parse_offset("2 dagen voor"))
    assert to_local(due) == local(2026, 3, 29, 14, 0)
    assert start - due == timedelta(hours=48)  # 29-03 14:00 CEST is already summer time
    due = due_moment(start, parse_offset("3 dagen voor"))
    assert to_local(due).hour == 14 and start - due == timedelta(hours=71)


def test_hours_are_elapsed_time_across_the_dst_change():
    start = local(2026, 3, 30, 10, 0)  # Monday, summer time
    due = due_moment(start, parse_offset("48 uur voor"))
    assert start - due == timedelta(hours=48)
    assert to_local(due) == local(2026, 3, 28, 9, 0)  # the hour lost shows on the clock
    autumn = local(2026, 10, 26, 10, 0)  # Monday after the clocks went back
    assert to_local(due_moment(autumn, parse_offset("48 uur voor"))) == local(2026, 10, 24, 11, 0)
    assert to_local(due_moment(autumn, parse_offset("2 dagen voor"))) == local(2026, 10, 24, 10, 0)


def test_a_calendar_step_into_the_spring_gap_moves_forward():
    due = due_moment(local(2026, 3, 30, 2, 30), parse_offset("1 dag voor"))  # 29-03 02:30 does not exist
    assert to_local(due) == local(2026, 3, 29, 3, 30)


def test_moving_the_start_moves_the_due_moment_by_the_same_calendar_step():
    offset = parse_offset("14 dagen voor")
    before = due_moment(local(2026, 5, 20, 13, 0), offset)
    after = due_moment(local(2026, 5, 27, 13, 0), offset)
    assert after - before == timedelta(days=7)
    assert due_moment(datetime(2026, 5, 20, 11, 0, tzinfo=UTC), offset).tzinfo == UTC


class _Item:
    def __init__(self, status, due_at=None):
        self.status, self.due_at = status, due_at


def test_progress_counts_not_applicable_as_neither_done_nor_to_do():
    now = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
    items = [
        _Item(ItemStatus.DONE), _Item(ItemStatus.DONE), _Item(ItemStatus.NOT_APPLICABLE),
        _Item(ItemStatus.IN_PROGRESS, now - timedelta(hours=1)), _Item(ItemStatus.OPEN, now + timedelta(days=1)),
    ]
    progress = progress_of(items, now)
    assert (progress.total, progress.done, progress.applicable, progress.open, progress.overdue) == (5, 2, 4, 2, 1)
    assert progress.percent == 50
    assert Progress(3, 2, 0).percent == 67
    assert Progress(200, 199, 0).percent == 99  # never 100 while one is open
    assert Progress(2, 1, 1).percent == 100
    assert Progress().percent == 0
    assert (progress + Progress(1, 1)).done == 3


GOOD = '''name = "Test"
applies_to = "event"

[[item]]
text = "Advies brandweer"
responsible = "brandweer"
due = "6 weken voor"

[[item]]
text = "Evaluatie"
due = "1 maand na"
required = false
'''


def test_a_template_file_reads_and_round_trips():
    template, errors = parse_template(GOOD, "test.toml", "test", {"brandweer"})
    assert errors == []
    assert template.applies_to == ChecklistRecordType.EVENT
    assert [i.responsible for i in template.items] == ["brandweer", ""]
    assert template.items[1].required is False
    again, _ = parse_template(template_to_toml(template), "x.toml", "test", {"brandweer"})
    assert again.items == template.items and again.name == template.name


def test_a_bad_field_is_reported_with_file_and_line():
    text = GOOD.replace('due = "1 maand na"', 'due = "een maand erna"')
    template, errors = parse_template(text, "kapot.toml", "kapot", {"brandweer"})
    assert template is None
    assert len(errors) == 1 and errors[0].line == 11 and errors[0].source == "kapot.toml"
    assert str(errors[0]).startswith("kapot.toml") and "11" in str(errors[0])


def test_unknown_partner_and_toml_syntax_errors_name_the_line():
    _, errors = parse_template(GOOD.replace('"brandweer"', '"bradweer"'), "t.toml", "t", {"brandweer"})
    assert errors[0].line == 6 and "bradweer" in errors[0].message
    _, errors = parse_template(GOOD.replace('text = "Evaluatie"', 'text = "Evaluatie'), "t.toml", "t", None)
    assert errors[0].line == 10


def test_template_to_toml_escapes_quotes():
    template = Template("k", 'Met "aanhalingstekens"', ChecklistRecordType.SCENARIO,
                        (TemplateItem('Zeg "hallo"\\', "", "bij aanvang"),))
    again, errors = parse_template(template_to_toml(template), "k.toml", "k", set())
    assert errors == [] and again.items[0].text == 'Zeg "hallo"\\'

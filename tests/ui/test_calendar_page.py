"""The calendar tab: navigating weeks (also across DST), where items land, clashes, clicks."""

from __future__ import annotations

from datetime import UTC, date, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt

from crisisdesk.domain.enums import District

from crisisdesk.services.calendar.service import CalendarService
from crisisdesk.services.events.service import EventService
from crisisdesk.ui.calendar.page import MONTH, WEEK, CalendarPage
from crisisdesk.ui.calendar.style import CLASH_COLOUR
from crisisdesk.ui.calendar.views import HOUR_HEIGHT
from desk_helpers import event, local, notification

pytestmark = pytest.mark.usefixtures("no_threads_left")


@pytest.fixture
def page(qtbot, database, fixed_now):
    calls: list[tuple[str, int]] = []
    widget = CalendarPage(CalendarService(database.factory), lambda kind, ident: calls.append((kind, ident)),
                          clock=lambda: fixed_now)
    widget.opened = calls
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def load(qtbot, page, action) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        action()


def header(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd dd-MM")


def test_navigating_weeks_moves_the_header_dates(qtbot, page):
    load(qtbot, page, page.reload)  # fixed_now: Saturday 14 March 2026
    monday = date(2026, 3, 9)
    assert page.week_header.days == [monday + timedelta(days=i) for i in range(7)]
    assert page.week_header.texts() == [header(monday + timedelta(days=i)) for i in range(7)]
    assert "9" in page.periodLabel.text() and "15" in page.periodLabel.text()
    load(qtbot, page, page.nextButton.click)
    assert page.week_header.days[0] == date(2026, 3, 16)
    load(qtbot, page, page.nextButton.click)
    assert page.week_header.days[0] == date(2026, 3, 23)
    assert page.week_header.days[-1] == date(2026, 3, 29)  # the night the clocks go forward
    start, end = page.period()
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=7 * 24 - 1)  # an hour short
    load(qtbot, page, page.prevButton.click)
    load(qtbot, page, page.prevButton.click)
    assert page.week_header.days[0] == monday
    load(qtbot, page, page.todayButton.click)
    assert page.week_header.days[0] == monday


def test_items_land_in_their_day_column_on_the_wall_clock(qtbot, page, service, database):
    before = service.create(notification("Zaterdag", local(2026, 3, 28, 10, 0), local(2026, 3, 28, 12, 0)))
    after = EventService(database.factory, clock=service._clock).create(
        event("Zondag na de klok", local(2026, 3, 29, 10, 0), local(2026, 3, 29, 14, 0)))
    page.anchor = date(2026, 3, 25)
    load(qtbot, page, page.reload)
    canvas = page.week_canvas
    placed = {(item.kind, item.id): rect for rect, item in canvas.blocks}
    saturday, sunday = placed[("notification", before.id)], placed[("event", after.id)]
    assert canvas.column_of(saturday.center().x()) == 5
    assert canvas.column_of(sunday.center().x()) == 6
    # 10:00 is 10:00 on both days, though 29 March has only 23 hours
    assert saturday.top() == pytest.approx(10 * HOUR_HEIGHT, abs=2)
    assert sunday.top() == pytest.approx(10 * HOUR_HEIGHT, abs=2)
    assert sunday.height() == pytest.approx(4 * HOUR_HEIGHT, abs=2)


def test_an_item_crossing_midnight_shows_on_both_days(qtbot, page, service):
    late = service.create(notification("Nachtwake", local(2026, 3, 10, 22, 0), local(2026, 3, 11, 2, 0)))
    load(qtbot, page, page.reload)
    columns = sorted(page.week_canvas.column_of(r.center().x()) for r, i in page.week_canvas.blocks if i.id == late.id)
    assert columns == [1, 2]


def test_clashing_items_get_a_red_border(qtbot, page, service):
    first = service.create(notification("Eerste", local(2026, 3, 12, 14, 0), local(2026, 3, 12, 16, 0)))
    second = service.create(notification("Tweede", local(2026, 3, 12, 15, 0), local(2026, 3, 12, 17, 0)))
    alone = service.create(notification("Alleen", local(2026, 3, 10, 14, 0), local(2026, 3, 10, 16, 0),
                                        location="Griftpark", district=District.NOORDOOST))
    load(qtbot, page, page.reload)
    flags = {item.id: item.clash for _rect, item in page.week_canvas.blocks}
    assert flags == {first.id: True, second.id: True, alone.id: False}
    image = page.week_canvas.grab().toImage()
    ratio = page.week_canvas.devicePixelRatioF()

    def top_border(ident: int):
        rect = next(r for r, i in page.week_canvas.blocks if i.id == ident)
        x = int(rect.center().x() * ratio)
        pixels = [image.pixelColor(x, int((rect.top() + dy) * ratio)) for dy in (0, 0.5, 1, 1.5, 2)]
        return max(pixels, key=lambda colour: colour.red() - colour.green())

    clash = top_border(first.id)
    assert abs(clash.red() - CLASH_COLOUR.red()) < 40 and clash.green() < 90
    plain = top_border(alone.id)
    assert plain.red() - plain.green() < 40  # the kind's blue, not red
    assert "2" in page.statusLabel.text()  # "2 with a clash"


def test_clicking_an_item_opens_its_record(qtbot, page, service, database, monkeypatch):
    demo = service.create(notification("Klik mij", local(2026, 3, 11, 13, 0), local(2026, 3, 11, 15, 0)))
    festival = EventService(database.factory, clock=service._clock).create(
        event("Festival", local(2026, 3, 13, 12, 0), local(2026, 3, 13, 18, 0)))
    load(qtbot, page, page.reload)
    opened: list[tuple[str, int]] = []
    monkeypatch.setattr(page, "open_item", lambda kind, ident: opened.append((kind, ident)))
    for rect, _item in sorted(page.week_canvas.blocks, key=lambda block: block[1].start_at):
        page.week_scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()))
        qtbot.mouseClick(page.week_canvas, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened == [("notification", demo.id), ("event", festival.id)]
    qtbot.mouseClick(page.week_canvas, Qt.MouseButton.LeftButton, pos=QPoint(60, 5))
    assert len(opened) == 2  # an empty hour opens nothing


def test_month_view_shows_the_grid_and_more(qtbot, page, service):
    districts = list(District)
    for hour in range(9, 17):  # eight items on one day, in different wijken (no clashes)
        service.create(notification(f"Drukte {hour}", local(2026, 3, 18, hour, 0), local(2026, 3, 18, hour, 30),
                                    location=f"Plein {hour}", district=districts[hour % len(districts)]))
    load(qtbot, page, lambda: page.set_mode(MONTH))
    canvas = page.month_canvas
    assert canvas.first == date(2026, 2, 23)  # the Monday before 1 March
    assert "2026" in page.periodLabel.text()
    shown = [item for _rect, item in canvas.blocks]
    (more_rect, more_day, hidden) = canvas.more[0]
    assert more_day == date(2026, 3, 18)
    assert len(shown) + hidden == 8
    load(qtbot, page, lambda: qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=more_rect.center().toPoint()))
    assert page.mode == WEEK and page.week_header.days[0] == date(2026, 3, 16)


def test_more_is_reached_with_the_arrow_keys_read_aloud_and_opened_with_enter(qtbot, page, service):
    """Issue #15: the month view's "+n more" could only be clicked."""
    from crisisdesk.ui.calendar.views import MoreStop
    from crisisdesk.ui.common.accessibility import accessible_name

    districts = list(District)
    for hour in range(9, 17):
        service.create(notification(f"Drukte {hour}", local(2026, 3, 18, hour, 0), local(2026, 3, 18, hour, 30),
                                    location=f"Plein {hour}", district=districts[hour % len(districts)]))
    service.create(notification("Later die week", local(2026, 3, 20, 10, 0), local(2026, 3, 20, 11, 0), location="Neude"))
    load(qtbot, page, lambda: page.set_mode(MONTH))
    canvas = page.month_canvas
    (_rect, _day, hidden) = canvas.more[0]
    canvas.setFocus()
    visited = []
    for _ in range(len(canvas.stops())):
        visited.append(canvas.current_stop())
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    kinds = ["more" if isinstance(stop, MoreStop) else stop.title for stop in visited]
    assert kinds.index("more") == len(canvas.blocks) - 1  # after the 18th's chips, before the 20th's
    assert kinds[-1] == "Later die week"
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    while not isinstance(canvas.current_stop(), MoreStop):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    name = accessible_name(canvas)
    assert str(hidden) in name and "18" in name  # "3 more items on Wednesday 18 March; Enter shows that week"
    load(qtbot, page, lambda: qtbot.keyClick(canvas, Qt.Key.Key_Return))
    assert page.mode == WEEK and page.week_header.days[0] == date(2026, 3, 16)

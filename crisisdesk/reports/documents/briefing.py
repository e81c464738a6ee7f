"""The briefing for the lokale driehoek (mayor, public prosecutor, head of police).

``build_briefing(data)`` turns a ``BriefingInput`` (collected by
``crisisdesk.services.documents.briefing``) into PDF bytes: cover, contents, overview of the
demonstrations in the period, a section per item needing attention, events and matches,
crises and GRIP, decisions and actions, and an appendix with figures.
"""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table

from crisisdesk.domain.documents.briefing import LEAD_TIME_BUCKETS, BriefingInput
from crisisdesk.domain.register.deadlines import format_date
from crisisdesk.i18n import QT_TRANSLATE_NOOP, translate
from crisisdesk.labels import format_moment, label, term_label
from crisisdesk.reports.base import DocumentInfo, build_pdf, contents_list, heading, wide_pages
from crisisdesk.reports.documents.briefing_items import asked_decision, decision_text, e, item_section, p, period_text
from crisisdesk.reports.charts import bar_chart
from crisisdesk.reports.flowables import TextLines, wrapped
from crisisdesk.reports.styles import FONT, FONT_BOLD, INK, LATE, MUTED, ON_TIME, RULE, stylesheet, table_style
from crisisdesk.domain.head_counts import head_count_text

BUCKET_LABELS = {
    "lt24h": QT_TRANSLATE_NOOP("Briefing", "< 24 h"),
    "24-48h": QT_TRANSLATE_NOOP("Briefing", "24–48 h"),
    "48-72h": QT_TRANSLATE_NOOP("Briefing", "48–72 h"),
    "3-7d": QT_TRANSLATE_NOOP("Briefing", "3–7 days"),
    "1-2w": QT_TRANSLATE_NOOP("Briefing", "1–2 weeks"),
    "2-4w": QT_TRANSLATE_NOOP("Briefing", "2–4 weeks"),
    "gt4w": QT_TRANSLATE_NOOP("Briefing", "> 4 weeks"),
}
assert set(BUCKET_LABELS) == {code for code, _l, _h in LEAD_TIME_BUCKETS}


def day(value: date) -> str:
    return format_date(value, translate)


def short_when(item, newline: str = "<br/>") -> str:
    """"ma 16-03<br/>10:00–12:00": the period already says the year."""
    start, end = format_moment(item.start_at), format_moment(item.end_at)
    if start[:-5] == end[:-5]:
        return f"{start[:8]}{newline}{start[-5:]}–{end[-5:]}"
    return f"{start[:8]} {start[-5:]}–{newline}{end[:8]} {end[-5:]}"


def title_of(data: BriefingInput) -> str:
    return translate("Briefing", "Briefing for the local triangle {date}").format(date=day(data.request.meeting_date))


def _cover(data: BriefingInput) -> list[Flowable]:
    r = data.request
    items = data.demonstrations
    attention = [i for i in items if i.attention_reasons]
    rows = [
        (translate("Briefing", "Meeting of the triangle"), day(r.meeting_date)),
        (translate("Briefing", "Period"), f"{day(r.period_from)} – {day(r.period_to)}"),
        (translate("Briefing", "Marking"), r.marking.value),
        (translate("Briefing", "Prepared by"), e(data.prepared_by)),
        (translate("Briefing", "Prepared at"), format_moment(data.prepared_at)),
    ]
    table = Table([[p(k, "cover_label"), p(v, "cover_value")] for k, v in rows], colWidths=[50 * mm, 120 * mm])
    table.setStyle(table_style(header_rows=0, zebra=False, extra=[("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    summary = [
        translate("Briefing", "{n} manifestation(s) in the period, of which {a} need(s) attention.").format(n=len(items), a=len(attention)),
        translate("Briefing", "{n} not on time, {h} with high risk.").format(
            n=sum(1 for i in items if not i.on_time), h=sum(1 for i in items if i.risk.value == "high")),
        translate("Briefing", "{n} event(s) and football match(es).").format(n=len(data.events)),
    ]
    privacy = (
        translate("Briefing", "This briefing contains personal data of organisers (AVG): keep it to the meeting.")
        if r.include_personal_data
        else translate("Briefing", "Personal data of organisers has been left out (AVG art. 9).")
    )
    return [
        Spacer(1, 16 * mm),
        p(e(data.municipality), "subtitle"),
        p(translate("Briefing", "Briefing for the local triangle"), "title"),
        p(translate("Briefing", "Mayor, public prosecutor and head of the police district"), "subtitle"),
        Spacer(1, 8 * mm),
        table,
        Spacer(1, 8 * mm),
        *[p(line, "body") for line in summary],
        Spacer(1, 4 * mm),
        p(privacy, "small"),
        Spacer(1, 10 * mm),
        p(translate("Briefing", "Contents"), "h2"),
        contents_list(),
    ]


OVERVIEW_WIDTHS = (12, 22, 28, 54, 40, 18, 22, 17, 21, 27)  # mm: the landscape frame's width
CELL_PADDING = 6  # points, left plus right (table_style)


def _lines(text: str, column: int, font: str = FONT, size: float = 8, colour=INK) -> list[tuple]:
    width = OVERVIEW_WIDTHS[column] * mm - CELL_PADDING
    return [(line, font, size, colour) for line in wrapped(text, font, size, width)]


def _overview_row(item) -> list:
    """One row of plain, pre-broken cells: 200 rows of Paragraphs would take most of the build."""
    purpose = item.purpose if len(item.purpose) <= 90 else item.purpose[:88] + "…"
    term = _lines(term_label(item.on_time, item.late_accepted), 6, colour=ON_TIME if item.on_time else LATE)
    term += _lines(item.rule_name, 6, size=6, colour=MUTED)
    return [
        str(item.id),
        TextLines(_lines(short_when(item, "\n"), 1)),
        TextLines(_lines(label(item.kind), 2)),
        TextLines(_lines(purpose, 3)),
        TextLines(_lines(f"{item.location}, {item.district.value}", 4)),
        head_count_text(item.expected_participants, item.expected_participants_max) or "–",
        TextLines(term),
        TextLines(_lines(label(item.risk), 7, FONT_BOLD if item.risk.value == "high" else FONT)),
        TextLines(_lines(label(item.status), 8)),
        TextLines(_lines(decision_text(item), 9)),
    ]


def _overview(data: BriefingInput) -> list[Flowable]:
    story: list[Flowable] = [heading(translate("Briefing", "Demonstrations in the period"))]
    if not data.demonstrations:
        return [PageBreak(), *story, p(translate("Briefing", "No manifestations registered in this period.")), PageBreak()]
    head = ["#", translate("Briefing", "When"), translate("Briefing", "Kind"), translate("Briefing", "Purpose"), translate("Briefing", "Place, wijk"), translate("Briefing", "Expected"), translate("Briefing", "Term"), translate("Briefing", "Risk"), translate("Briefing", "Status"), translate("Briefing", "Decision")]
    rows = [[p(h, "cell_head") for h in head]]
    marks = []
    for index, item in enumerate(data.demonstrations, start=1):
        rows.append(_overview_row(item))
        if item.attention_reasons:
            marks.append(("LINEBEFORE", (0, index), (0, index), 2.5, LATE))
    table = Table(rows, colWidths=[w * mm for w in OVERVIEW_WIDTHS], repeatRows=1)
    table.setStyle(table_style(extra=[("ALIGN", (5, 1), (5, -1), "RIGHT"), *marks]))
    story.append(p(translate("Briefing", "A red bar before the number: the item has its own section below."), "small"))
    story.append(table)
    return wide_pages(story)


def _attention(data: BriefingInput) -> list[Flowable]:
    items = [i for i in data.demonstrations if i.attention_reasons]
    story: list[Flowable] = [heading(translate("Briefing", "Items needing attention"))]
    if not items:
        return story + [p(translate("Briefing", "No demonstration in this period has high risk, is late, clashes or has restrictions or a ban proposed."))]
    story.append(p(translate("Briefing", "High risk, not on time, counter-demonstrations and clashes, or restrictions or a ban proposed.")))
    for item in items:
        story.append(CondPageBreak(70 * mm))
        story += item_section(item)
    return story


def _events(data: BriefingInput) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(60 * mm), heading(translate("Briefing", "Events and football matches"))]
    if not data.events:
        return story + [p(translate("Briefing", "No events registered in this period."))]
    head = (translate("Briefing", "Date and time"), translate("Briefing", "Event or match"), translate("Briefing", "Place, wijk"),
            translate("Briefing", "Risk class"), translate("Briefing", "Permit"), translate("Briefing", "Measures"))
    rows = [[p(h, "cell_head") for h in head]]
    for event in data.events:
        kind = translate("Briefing", "Football match") if event.kind == "match" else translate("Briefing", "Event")
        if event.sensitive:  # the neutral title and the time, nothing else
            rows.append([p(period_text(event), "cell"), p(f"<b>{e(event.title)}</b>", "cell"), "–", "–", "–", "–"])
            continue
        place = e(event.location) + (f", {e(event.district.value)}" if event.district else "")
        rows.append([p(period_text(event), "cell"), p(f"<b>{e(event.title)}</b><br/>{kind}", "cell"), p(place, "cell"),
                     p(e(event.risk_class or "–"), "cell_bold"), p(e(label(event.permit_status) or "–"), "cell"),
                     p(e("; ".join(event.measures) or "–"), "cell")])
    table = Table(rows, colWidths=[27 * mm, 42 * mm, 32 * mm, 21 * mm, 22 * mm, 30 * mm], repeatRows=1)
    table.setStyle(table_style())
    return story + [table]


def _crises(data: BriefingInput) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(50 * mm), heading(translate("Briefing", "Crisis scenarios and GRIP"))]
    if not data.scenarios:
        return story + [p(translate("Briefing", "No current crisis registered: GRIP 0 (routine)."))]
    rows = [[p(h, "cell_head") for h in (translate("Briefing", "Scenario"), translate("Briefing", "GRIP level"), translate("Briefing", "Since"), translate("Briefing", "Summary"))]]
    for s in data.scenarios:
        rows.append([p(e(s.title), "cell_bold"), p(e(s.grip_level), "cell"), p(format_moment(s.since), "cell"), p(e(s.summary), "cell")])
    table = Table(rows, colWidths=[45 * mm, 22 * mm, 30 * mm, 77 * mm], repeatRows=1)
    table.setStyle(table_style())
    return story + [table]


def _decisions(data: BriefingInput) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(60 * mm), heading(translate("Briefing", "Decisions and actions"))]
    asked = [i for i in data.demonstrations if i.attention_reasons and not i.decided]
    story.append(p(translate("Briefing", "Decisions asked in this briefing"), "h2"))
    if asked:
        rows = [[p(h, "cell_head") for h in ("#", translate("Briefing", "Manifestation"), translate("Briefing", "Decision asked"))]]
        for item in asked:
            rows.append([p(str(item.id), "cell"), p(f"{e(item.purpose)}<br/>{period_text(item)}", "cell"), p(e(asked_decision(item)), "cell")])
        table = Table(rows, colWidths=[13 * mm, 61 * mm, 100 * mm], repeatRows=1)
        table.setStyle(table_style())
        story.append(table)
    else:
        story.append(p(translate("Briefing", "No decisions asked.")))
    story.append(p(translate("Briefing", "Open actions and decisions"), "h2"))
    if not data.actions:
        return story + [p(translate("Briefing", "No open actions or decisions registered."))]
    rows = [[p(h, "cell_head") for h in (translate("Briefing", "Kind"), translate("Briefing", "Action or decision"), translate("Briefing", "Owner"), translate("Briefing", "Due"))]]
    for a in data.actions:
        kind = translate("Briefing", "Decision") if a.kind == "decision" else translate("Briefing", "Action")
        rows.append([p(kind, "cell"), p(e(a.text), "cell"), p(e(a.owner), "cell"), p(format_moment(a.due_at), "cell")])
    table = Table(rows, colWidths=[18 * mm, 96 * mm, 30 * mm, 30 * mm], repeatRows=1)
    table.setStyle(table_style())
    return story + [table]


def _appendix(data: BriefingInput) -> list[Flowable]:
    f = data.figures
    weeks = [f"{w.week_start.day:02d}-{w.week_start.month:02d}" for w in f.weeks]
    window = translate("Briefing", "Manifestations starting {first} – {last} (by week, starting Monday).").format(first=day(f.window_from), last=day(f.window_to))
    share = (100.0 * f.late / f.total) if f.total else 0.0
    story: list[Flowable] = [PageBreak(), heading(translate("Briefing", "Appendix: figures")), p(window)]
    story.append(p(translate("Briefing", "{n} notifications, of which {late} not on time ({share:.0f}%).").format(n=f.total, late=f.late, share=share)))
    on_time = [w.total - w.late for w in f.weeks]
    late = [w.late for w in f.weeks]
    story.append(bar_chart(weeks, [(translate("Briefing", "on time"), on_time), (translate("Briefing", "not on time"), late)], stacked=True, colours=(ON_TIME, LATE),
                           title=translate("Briefing", "Notifications per week"), y_label=translate("Briefing", "number")))
    story.append(Spacer(1, 6 * mm))
    story.append(bar_chart([translate("Briefing", BUCKET_LABELS[c]) for c, _n in f.lead_time_buckets], [(translate("Briefing", "notifications"), [n for _c, n in f.lead_time_buckets])],
                           title=translate("Briefing", "Lead time: from receipt to start"), y_label=translate("Briefing", "number")))
    story.append(Spacer(1, 6 * mm))
    shares = [100.0 * w.late / w.total if w.total else 0 for w in f.weeks]
    story.append(bar_chart(weeks, [(translate("Briefing", "not on time"), shares)], percent=True, colours=(LATE,),
                           title=translate("Briefing", "Share not on time per week"), y_label="%"))
    return story


def briefing_parts(data: BriefingInput) -> tuple[DocumentInfo, list[Flowable], list[Flowable]]:
    """The frame's info, the cover and the story (fresh flowables: a build consumes them)."""
    info = DocumentInfo(
        title=title_of(data),
        marking=data.request.marking,
        prepared_at=data.prepared_at,
        author=data.author,
        subject=translate("Briefing", "Briefing for the local triangle"),
        exercise=data.request.exercise,
    )
    story = _overview(data) + _attention(data) + _events(data) + _crises(data) + _decisions(data) + _appendix(data)
    return info, _cover(data), story


def build_briefing(data: BriefingInput) -> bytes:
    """The briefing as PDF bytes; the same ``data`` gives the same bytes."""
    info, cover, story = briefing_parts(data)
    return build_pdf(story, info, cover=cover)


def default_period(today: date) -> tuple[date, date]:
    """The coming two weeks: today up to and including the day 13 days later."""
    return today, today + timedelta(days=13)


__all__ = ["build_briefing", "default_period", "stylesheet"]

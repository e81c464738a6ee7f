"""The briefing for the lokale driehoek (mayor, public prosecutor, head of police).

``build_briefing(data)`` turns a ``BriefingInput`` (collected by
``crisisdesk.services.documents.briefing``, which already applied the marking's rule)
into PDF bytes, written to be read in five minutes:

1. page 1, always one page: the summary — what the mayor is asked to decide (with the
   advisor's proposal and the moment to decide by), the top risks, clashes, events that
   start before their permit decision, partners with overdue actions, incidents and
   GRIP; a list that does not fit says "en N meer, zie pagina X";
2. a compact card per item needing attention;
3. events and football matches; crises, GRIP and open actions;
4. only when asked (``request.appendix``): all demonstrations of the period, the term
   derivations and the figures.

The mayor decides on Wom measures; the driehoek advises — the wording says so.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepInFrame, KeepTogether, Spacer, Table

from crisisdesk.domain.calendar.records import EVENT, Clash
from crisisdesk.domain.documents.briefing import LEAD_TIME_BUCKETS, BriefingInput, DemonstrationItem, EventItem
from crisisdesk.domain.documents.marking import rule_sentence
from crisisdesk.domain.enums import Risk
from crisisdesk.domain.register.deadlines import format_date
from crisisdesk.i18n import QT_TRANSLATE_NOOP, translate
from crisisdesk.labels import format_moment, label, term_label
from crisisdesk.reports.base import DocumentInfo, build_pdf, heading, wide_pages
from crisisdesk.reports.charts import bar_chart
from crisisdesk.reports.documents.briefing_items import (
    clash_reason_text,
    clip,
    FRAME_WIDTH,
    LATE_HEX,
    asked_decision,
    decision_text,
    e,
    item_section,
    para,
    period_text,
    proposal_text,
)
from crisisdesk.reports.documents.briefing_maps import card_map, overview_section
from crisisdesk.reports.flowables import TextLines, wrapped
from crisisdesk.reports.page_refs import PageRefs
from crisisdesk.reports.styles import FONT, FONT_BOLD, INK, LATE, MUTED, ON_TIME, table_style
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

# How many lines each list on page 1 shows before "en N meer, zie pagina X".
DECISIONS_SHOWN = 6
RISKS_SHOWN = 5
CLASHES_SHOWN = 4
PERMITS_SHOWN = 4
PARTNERS_SHOWN = 4
INCIDENTS_SHOWN = 3
SUMMARY_TEXT = 110  # characters of a purpose or title on page 1


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


def _short(text: str, limit: int = SUMMARY_TEXT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def attention_items(data: BriefingInput) -> list[DemonstrationItem]:
    return [i for i in data.demonstrations if i.attention_reasons]


def asked_items(data: BriefingInput) -> list[DemonstrationItem]:
    """The items on which the mayor is asked to decide: needing attention, not decided."""
    return [i for i in attention_items(data) if not i.decided]


def _card_key(item: DemonstrationItem) -> str:
    return f"card{item.id}"


def _table(rows: list[list], widths: tuple[float, ...], header: bool = True) -> Table:
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
    table.setStyle(table_style(header_rows=1 if header else 0, zebra=header, extra=[
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def _more(refs: PageRefs, hidden: int, key: str) -> list[Flowable]:
    if hidden <= 0:
        return []
    return [refs.line(translate("Briefing", "and {n} more, see page {page}"), key, n=hidden)]


# --- page 1: the summary ---------------------------------------------------------------


def _summary(data: BriefingInput, refs: PageRefs) -> list[Flowable]:
    r = data.request
    items = data.demonstrations
    attention = attention_items(data)
    head = translate("Briefing", "Meeting {meeting} · period {first} – {last} · marking {marking}").format(
        meeting=day(r.meeting_date), first=day(r.period_from), last=day(r.period_to), marking=r.marking.value)
    prepared = translate("Briefing", "Prepared by {who} on {moment}.").format(who=data.prepared_by, moment=format_moment(data.prepared_at))
    counts = translate("Briefing", "{n} manifestation(s) in the period, {a} needing attention ({late} not on time, {high} with high risk); {events} event(s) and football match(es).").format(
        n=len(items), a=len(attention), late=sum(1 for i in items if not i.on_time),
        high=sum(1 for i in items if i.risk == Risk.HIGH and i.attention_reasons), events=len(data.events))
    story: list[Flowable] = [
        para(e(data.municipality), "small"),
        para(translate("Briefing", "Summary for the triangle"), "h1"),
        para(e(head), "body"),
        para(f'<font color="{LATE_HEX}">{e(rule_sentence(r.marking, r.include_personal_data))}</font> {e(prepared)}', "small"),
        Spacer(1, 2 * mm),
        para(e(counts), "body"),
    ]
    story += _summary_decisions(data, refs)
    story += _summary_risks(data, refs)
    story += _summary_clashes(data, refs)
    story += _summary_permits(data, refs)
    story += _summary_partners(data, refs)
    story += _summary_incidents(data, refs)
    return [KeepInFrame(0, 0, story, mode="shrink")]  # one page, always


def _h(text: str) -> Flowable:
    return para(e(text), "h3")


def _summary_decisions(data: BriefingInput, refs: PageRefs) -> list[Flowable]:
    asked = asked_items(data)
    story: list[Flowable] = [_h(translate("Briefing", "What the mayor is asked to decide (the triangle advises)"))]
    if not asked:
        return story + [para(e(translate("Briefing", "No decisions asked in this period.")), "small")]
    rows = [[para(e(h), "cell_head") for h in ("#", translate("Briefing", "Subject"), translate("Briefing", "Decision asked"),
                                              translate("Briefing", "Advisor's proposal"), translate("Briefing", "Decide before"))]]
    for item in asked[:DECISIONS_SHOWN]:
        rows.append([para(str(item.id), "cell"), para(f"{e(_short(item.purpose, 70))}<br/>{short_when(item, ' ')}", "cell"),
                     para(e(_short(asked_decision(item), 150)), "cell"), para(e(proposal_text(item)), "cell"),
                     para(format_moment(item.start_at), "cell_bold")])
    story.append(_table(rows, (10, 46, 58, 32, 28)))
    hidden = asked[DECISIONS_SHOWN:]
    return story + (_more(refs, len(hidden), _card_key(hidden[0])) if hidden else [])


RiskLine = tuple[datetime, DemonstrationItem | EventItem, str, str]


def _top_risks(data: BriefingInput) -> list[RiskLine]:
    """(start, subject, what, why): high-risk and counter-demonstrations, C-class events and matches, by start."""
    found: list[RiskLine] = []
    for item in attention_items(data):
        reasons = []
        if item.risk == Risk.HIGH:
            reasons.append(translate("Briefing", "high risk"))
        if "counter" in item.attention_reasons:
            reasons.append(translate("Briefing", "counter-demonstration"))
        if reasons:
            found.append((item.start_at, item, f"#{item.id} {_short(item.purpose, 80)}", ", ".join(reasons)))
    for event in data.events:
        if event.risk_class == "C":
            why = translate("Briefing", "match category C") if event.kind == "match" else translate("Briefing", "event risk class C")
            found.append((event.start_at, event, _short(event.title, 80), why))
    return sorted(found, key=lambda f: f[0])


def _summary_risks(data: BriefingInput, refs: PageRefs) -> list[Flowable]:
    risks = _top_risks(data)
    story: list[Flowable] = [_h(translate("Briefing", "Top risks"))]
    if not risks:
        return story + [para(e(translate("Briefing", "No high-risk demonstrations, counter-demonstrations or class C events or matches.")), "small")]
    rows = [[para(e(h), "cell_head") for h in (translate("Briefing", "When"), translate("Briefing", "What"), translate("Briefing", "Why"))]]
    for _key, subject, what, why in risks[:RISKS_SHOWN]:
        rows.append([para(short_when(subject, " "), "cell"), para(e(what), "cell"), para(e(why), "cell_bold")])
    story.append(_table(rows, (30, 104, 40)))
    hidden = risks[RISKS_SHOWN:]
    if hidden:
        first = hidden[0][1]
        story += _more(refs, len(hidden), _card_key(first) if isinstance(first, DemonstrationItem) else "events")
    return story


def _clash_pairs(data: BriefingInput) -> list[tuple[DemonstrationItem, Clash]]:
    """Clashes at the same place or with a counter-demonstration, each pair once."""
    seen, pairs = set(), []
    for item in attention_items(data):
        for clash in item.clashes:
            if clash.reason == "same_district":
                continue
            key = frozenset({("notification", item.id), (clash.other_kind, clash.other_id)})
            if key not in seen:
                seen.add(key)
                pairs.append((item, clash))
    return pairs


def _summary_clashes(data: BriefingInput, refs: PageRefs) -> list[Flowable]:
    pairs = _clash_pairs(data)
    story: list[Flowable] = [_h(translate("Briefing", "Clashes"))]
    if not pairs:
        return story + [para(e(translate("Briefing", "No clashes at the same place and no counter-demonstrations.")), "small")]
    for item, clash in pairs[:CLASHES_SHOWN]:
        other = translate("Briefing", "event {title}").format(title=clash.other_title) if clash.other_kind == EVENT else f"#{clash.other_id} {clash.other_title}"
        text = f"{short_when(item, ' ')}: #{item.id} {_short(item.purpose, 60)} ↔ {_short(other, 60)} — {clash_reason_text(clash)}"
        story.append(para(e(text), "cell"))
    hidden = pairs[CLASHES_SHOWN:]
    return story + (_more(refs, len(hidden), _card_key(hidden[0][0])) if hidden else [])


def _flagged_events(data: BriefingInput) -> list[EventItem]:
    return [event for event in data.events if event.permit_warning is not None]


def _summary_permits(data: BriefingInput, refs: PageRefs) -> list[Flowable]:
    flagged = _flagged_events(data)
    story: list[Flowable] = [_h(translate("Briefing", "Events starting before their permit decision"))]
    if not flagged:
        return story + [para(e(translate("Briefing", "None: every event starting within {days} days has its permit decided or needs none.").format(days=data.permit_warning_days)), "small")]
    for event in flagged[:PERMITS_SHOWN]:
        text = f"{short_when(event, ' ')}: {_short(event.title, 70)} — {label(event.permit_status)}; {label(event.permit_warning)}"
        story.append(para(e(text), "cell"))
    return story + _more(refs, len(flagged) - PERMITS_SHOWN, "events")


def _summary_partners(data: BriefingInput, refs: PageRefs) -> list[Flowable]:
    story: list[Flowable] = [_h(translate("Briefing", "Partners with overdue actions"))]
    if not data.partners_overdue:
        return story + [para(e(translate("Briefing", "No partner has overdue actions for this period.")), "small")]
    parts = [translate("Briefing", "{partner}: {n} overdue of {open} open").format(
        partner=p.partner or translate("Briefing", "Not assigned yet"), n=p.overdue, open=p.open) for p in data.partners_overdue[:PARTNERS_SHOWN]]
    story.append(para(e("; ".join(parts) + "."), "cell"))
    return story + _more(refs, len(data.partners_overdue) - PARTNERS_SHOWN, "partners")


def _summary_incidents(data: BriefingInput, refs: PageRefs) -> list[Flowable]:
    story: list[Flowable] = [_h(translate("Briefing", "Current incidents and GRIP"))]
    if not data.scenarios:
        return story + [para(e(translate("Briefing", "No current crisis registered: GRIP 0 (routine).")), "small")]
    for s in data.scenarios[:INCIDENTS_SHOWN]:
        text = translate("Briefing", "{title}: {grip} since {moment}").format(title=_short(s.title, 80), grip=s.grip_level, moment=format_moment(s.since))
        story.append(para(e(text), "cell_bold"))
    if data.actions:
        story.append(para(e(translate("Briefing", "{n} open action(s) of the crisis team.").format(n=len(data.actions))), "cell"))
    return story + _more(refs, len(data.scenarios) - INCIDENTS_SHOWN, "crisis")


# --- the cards ---------------------------------------------------------------------------


def _cards(data: BriefingInput, refs: PageRefs) -> list[Flowable]:
    items = attention_items(data)
    story: list[Flowable] = [heading(translate("Briefing", "Items for the triangle"))]
    if not items:
        return story + [para(e(translate("Briefing", "No demonstration in this period has high risk, is late, clashes or has restrictions or a ban proposed.")))]
    story.append(para(e(translate("Briefing", "High risk, not on time, counter-demonstrations and clashes, or restrictions or a ban proposed; by start.")), "small"))
    for item in items:
        story += item_section(item, refs.anchor(_card_key(item)), card_map(item.map))
    return story


# --- events, crises and actions -------------------------------------------------------------


EVENT_WIDTHS = (25, 40, 30, 14, 27, 38)  # mm: the portrait frame's 174


def _events(data: BriefingInput, refs: PageRefs) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(45 * mm), refs.anchor("events"), heading(translate("Briefing", "Events and football matches"))]
    if not data.events:
        return story + [para(e(translate("Briefing", "No events registered in this period.")))]
    head = (translate("Briefing", "Date and time"), translate("Briefing", "Event or match"), translate("Briefing", "Place, wijk"),
            translate("Briefing", "Class"), translate("Briefing", "Permit"), translate("Briefing", "Measures"))
    rows = [[para(e(h), "cell_head") for h in head]]
    for event in data.events:
        kind = translate("Briefing", "Football match") if event.kind == "match" else translate("Briefing", "Event")
        permit = e(label(event.permit_status) or "–")
        if event.permit_warning is not None:
            permit += f'<br/><font color="{LATE_HEX}"><b>⚠ {e(label(event.permit_warning))}</b></font>'
        if event.sensitive and not event.location:  # the neutral title and the time, nothing else
            rows.append([para(period_text(event), "cell"), para(f"<b>{e(event.title)}</b>", "cell"), "–", "–", para(permit, "cell"), "–"])
            continue
        place = e(clip(event.location, 200)) + (f", {e(event.district.value)}" if event.district else "")
        rows.append([para(period_text(event), "cell"), para(f"<b>{e(clip(event.title, 300))}</b><br/>{kind}", "cell"), para(place, "cell"),
                     para(e(event.risk_class or "–"), "cell_bold"), para(permit, "cell"),
                     para(e(clip("; ".join(event.measures), 300) or "–"), "cell")])
    return story + [_table(rows, EVENT_WIDTHS)]


def _crises(data: BriefingInput, refs: PageRefs) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(45 * mm), refs.anchor("crisis"), heading(translate("Briefing", "Crises, GRIP and actions"))]
    if not data.scenarios:
        story.append(para(e(translate("Briefing", "No current crisis registered: GRIP 0 (routine)."))))
    else:
        rows = [[para(e(h), "cell_head") for h in (translate("Briefing", "Incident"), translate("Briefing", "GRIP level"), translate("Briefing", "Since"), translate("Briefing", "Summary"))]]
        for s in data.scenarios:
            rows.append([para(e(clip(s.title, 300)), "cell_bold"), para(e(s.grip_level), "cell"), para(format_moment(s.since), "cell"), para(e(clip(s.summary)), "cell")])
        story.append(_table(rows, (45, 22, 30, 77)))
    if data.actions:
        rows = [[para(e(h), "cell_head") for h in (translate("Briefing", "Open action"), translate("Briefing", "Owner"), translate("Briefing", "Due"))]]
        for a in data.actions:
            rows.append([para(e(clip(a.text)) + (f'<br/><font color="#5f6b76">{e(clip(a.source, 200))}</font>' if a.source else ""), "cell"),
                         para(e(a.owner), "cell"), para(format_moment(a.due_at), "cell")])
        story += [Spacer(1, 2 * mm), _table(rows, (110, 34, 30))]
    story += [refs.anchor("partners"), para(e(translate("Briefing", "Partners with overdue actions")), "h3")]
    if not data.partners_overdue:
        return story + [para(e(translate("Briefing", "No partner has overdue actions for this period.")), "small")]
    rows = [[para(e(h), "cell_head") for h in (translate("Briefing", "Partner"), translate("Briefing", "Overdue"), translate("Briefing", "Open"))]]
    for p in data.partners_overdue:
        rows.append([para(e(p.partner or translate("Briefing", "Not assigned yet")), "cell"), para(str(p.overdue), "cell_bold"), para(str(p.open), "cell")])
    return story + [_table(rows, (120, 27, 27))]


# --- the appendix (only when asked) ---------------------------------------------------------


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
        TextLines(_lines(label(item.risk), 7, FONT_BOLD if item.risk == Risk.HIGH else FONT)),
        TextLines(_lines(label(item.status), 8)),
        TextLines(_lines(decision_text(item), 9)),
    ]


def _overview(data: BriefingInput) -> list[Flowable]:
    story: list[Flowable] = [heading(translate("Briefing", "Appendix: all demonstrations in the period"))]
    if not data.demonstrations:
        return wide_pages([*story, para(e(translate("Briefing", "No manifestations registered in this period.")))])
    head = ["#", translate("Briefing", "When"), translate("Briefing", "Kind"), translate("Briefing", "Purpose"), translate("Briefing", "Place, wijk"), translate("Briefing", "Expected"), translate("Briefing", "Term"), translate("Briefing", "Risk"), translate("Briefing", "Status"), translate("Briefing", "Decision")]
    rows = [[para(e(h), "cell_head") for h in head]]
    marks = []
    for index, item in enumerate(data.demonstrations, start=1):
        rows.append(_overview_row(item))
        if item.attention_reasons:
            marks.append(("LINEBEFORE", (0, index), (0, index), 2.5, LATE))
    table = Table(rows, colWidths=[w * mm for w in OVERVIEW_WIDTHS], repeatRows=1)
    table.setStyle(table_style(extra=[("ALIGN", (5, 1), (5, -1), "RIGHT"), *marks]))
    story.append(para(e(translate("Briefing", "A red bar before the number: the item has its own card.")), "small"))
    story.append(table)
    return wide_pages(story)


def _derivations(data: BriefingInput) -> list[Flowable]:
    items = attention_items(data)
    story: list[Flowable] = [heading(translate("Briefing", "Appendix: how the notice terms were worked out"))]
    if not items:
        return story + [para(e(translate("Briefing", "No item needs attention in this period.")))]
    for item in items:
        colour = "#2e7d32" if item.on_time else LATE_HEX
        block = [para(f"#{item.id} {e(clip(item.purpose, 200))} — <font color=\"{colour}\"><b>{e(term_label(item.on_time, item.late_accepted))}</b></font>", "h3")]
        block += [para(e(line), "bullet") for line in item.term_lines]
        if item.rule_source:
            block.append(para(e(translate("Briefing", "Source: {source}").format(source=item.rule_source)), "small"))
        story.append(KeepTogether(block))
    return story


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "–"


def _figures(data: BriefingInput) -> list[Flowable]:
    f = data.figures
    r = data.request
    weeks = [f"{w.week_start.day:02d}-{w.week_start.month:02d}" for w in f.weeks]
    story: list[Flowable] = [CondPageBreak(90 * mm), heading(translate("Briefing", "Appendix: figures"))]
    story.append(para(e(translate("Briefing", "In the period {first} – {last}: {n} notification(s), of which {late} not on time ({share}).").format(
        first=day(r.period_from), last=day(r.period_to), n=f.period_total, late=f.period_late, share=_percent(f.period_late, f.period_total)))))
    story.append(para(e(translate("Briefing", "The weekly charts cover the whole weeks {first} – {last} ({weeks} weeks, starting Monday): {n} notification(s), of which {late} not on time ({share}).").format(
        first=day(f.window_from), last=day(f.window_to), weeks=len(f.weeks), n=f.total, late=f.late, share=_percent(f.late, f.total))), "small"))
    on_time = [w.total - w.late for w in f.weeks]
    late = [w.late for w in f.weeks]
    story.append(bar_chart(weeks, [(translate("Briefing", "on time"), on_time), (translate("Briefing", "not on time"), late)], stacked=True, colours=(ON_TIME, LATE),
                           title=translate("Briefing", "Notifications per week"), y_label=translate("Briefing", "number")))
    story.append(Spacer(1, 4 * mm))
    story.append(bar_chart([translate("Briefing", BUCKET_LABELS[c]) for c, _n in f.lead_time_buckets], [(translate("Briefing", "notifications"), [n for _c, n in f.lead_time_buckets])],
                           title=translate("Briefing", "Lead time in the period: from receipt to start"), y_label=translate("Briefing", "number"),
                           bar_labels=[[str(n) for _c, n in f.lead_time_buckets]]))
    story.append(Spacer(1, 4 * mm))
    shares = [100.0 * w.late / w.total if w.total else 0 for w in f.weeks]
    counts = [[f"{w.late}/{w.total}" if w.total else "" for w in f.weeks]]
    story.append(bar_chart(weeks, [(translate("Briefing", "not on time"), shares)], percent=True, colours=(LATE,),
                           title=translate("Briefing", "Share not on time per week (not on time / all above each bar)"), y_label="%", bar_labels=counts))
    return story


def briefing_parts(data: BriefingInput) -> tuple[DocumentInfo, list[Flowable], list[Flowable]]:
    """The frame's info, page 1 and the story (fresh flowables: a build consumes them)."""
    info = DocumentInfo(
        title=title_of(data),
        marking=data.request.marking,
        prepared_at=data.prepared_at,
        author=data.author,
        subject=translate("Briefing", "Briefing for the local triangle"),
        exercise=data.request.exercise,
    )
    refs = PageRefs()
    story = _cards(data, refs) + overview_section(data, refs) + _events(data, refs) + _crises(data, refs)
    if data.request.appendix:
        story += _overview(data) + _derivations(data) + _figures(data)
    story.append(refs.resolve())
    return info, _summary(data, refs), story


def build_briefing(data: BriefingInput) -> bytes:
    """The briefing as PDF bytes; the same ``data`` gives the same bytes."""
    info, cover, story = briefing_parts(data)
    return build_pdf(story, info, cover=cover)


def default_period(today: date) -> tuple[date, date]:
    """The coming two weeks: today up to and including the day 13 days later."""
    return today, today + timedelta(days=13)


__all__ = ["FRAME_WIDTH", "build_briefing", "default_period"]

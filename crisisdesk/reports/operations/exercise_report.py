"""The evaluation report of an exercise: summary, a timeline chart of the injects and the
team's responses, per inject the expected and the observed action, the findings, the BOB
meetings with their rounds and actions, and the whole logbook. OEFENING opens the document and tops every page (``DocumentInfo.exercise``).
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from crisisdesk.domain.operations.exercise_clock import exercise_time, format_exercise_time, format_offset
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.domain.operations.records import ExerciseEvaluation, FindingKind, InjectEvaluation, LogSource
from crisisdesk.i18n import translate
from crisisdesk.labels import format_moment, label
from crisisdesk.reports.base import DocumentInfo, build_pdf, exercise_text, heading, wide_pages
from crisisdesk.reports.operations.bob_report import meetings_story, moment
from crisisdesk.reports.documents.briefing_items import e, p
from crisisdesk.reports.styles import ACCENT, EXERCISE, FONT, FONT_BOLD, INK, LATE, MUTED, ON_TIME, RULE, table_style


def title_of(ev: ExerciseEvaluation) -> str:
    return translate("ExerciseReport", "Exercise evaluation — {title}").format(title=ev.operation.title)


def minutes_text(value: timedelta | None) -> str:
    if value is None:
        return "—"
    seconds = int(value.total_seconds())
    return translate("ExerciseReport", "{m} min {s:02d} s").format(m=seconds // 60, s=seconds % 60) if seconds < 3600 else format_exercise_time(value)[2:]


def _hex(colour) -> str:
    return colour.hexval().replace("0x", "#")


# --- the timeline ----------------------------------------------------------------------------


def timeline_chart(ev: ExerciseEvaluation, width: float = 174 * mm) -> Drawing:
    """One row per inject: planned moment (open ring), release (dot), response (bar to a tick)."""
    items = list(ev.injects)
    row = 3.6 * mm
    left, top_pad, bottom_pad = 24 * mm, 12 * mm, 16 * mm
    height = top_pad + bottom_pad + row * max(1, len(items))
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 9, translate("ExerciseReport", "Timeline: planned moment, release and first response per inject"),
                       fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    ends: list[float] = [i.inject.offset_minutes for i in items]
    for item in items:
        if item.inject.released_offset_seconds is not None:
            ends.append(item.inject.released_offset_seconds / 60)
            if item.response is not None:
                ends.append(item.inject.released_offset_seconds / 60 + item.response.total_seconds() / 60)
    span = max(ends + [10])
    step = next(s for s in (5, 10, 15, 30, 60, 120, 240) if span / s <= 10)
    span = step * (int(span // step) + 1)
    plot = width - left - 4

    def x(minutes: float) -> float:
        return left + plot * minutes / span

    base = bottom_pad
    for tick in range(0, int(span) + 1, step):
        drawing.add(Line(x(tick), base - 2, x(tick), height - top_pad + 2, strokeColor=colors.HexColor("#e3e8ee"), strokeWidth=0.5))
        drawing.add(String(x(tick), base - 9, format_offset(tick), fontName=FONT, fontSize=6, fillColor=MUTED, textAnchor="middle"))
    drawing.add(Line(left, base - 2, width - 4, base - 2, strokeColor=RULE, strokeWidth=0.6))
    for index, item in enumerate(items):
        y = height - top_pad - row * (index + 0.5)
        inject = item.inject
        drawing.add(String(left - 3, y - 2, f"{format_offset(inject.offset_minutes)}  #{index + 1}", fontName=FONT,
                           fontSize=6, fillColor=MUTED, textAnchor="end"))
        drawing.add(Circle(x(inject.offset_minutes), y, 1.6, strokeColor=MUTED, fillColor=colors.white, strokeWidth=0.6))
        if inject.released_offset_seconds is None:
            continue
        released = inject.released_offset_seconds / 60
        if item.response is not None:
            end = released + item.response.total_seconds() / 60
            drawing.add(Rect(x(released), y - 1.1, max(0.8, x(end) - x(released)), 2.2, strokeColor=None,
                             fillColor=colors.HexColor("#9fc29a")))
            drawing.add(Line(x(end), y - 2, x(end), y + 2, strokeColor=ON_TIME, strokeWidth=1))
        drawing.add(Circle(x(released), y, 1.6, strokeColor=None, fillColor=ACCENT if item.response is not None else LATE))
    legend_y = 3
    entries = ((MUTED, translate("ExerciseReport", "planned"), "ring"), (ACCENT, translate("ExerciseReport", "released"), "dot"), (LATE, translate("ExerciseReport", "released, no response"), "dot"),
               (ON_TIME, translate("ExerciseReport", "first response"), "bar"))
    cursor = left
    for colour, text, shape in entries:
        if shape == "ring":
            drawing.add(Circle(cursor + 2, legend_y + 2, 1.6, strokeColor=colour, fillColor=colors.white, strokeWidth=0.6))
        elif shape == "dot":
            drawing.add(Circle(cursor + 2, legend_y + 2, 1.6, strokeColor=None, fillColor=colour))
        else:
            drawing.add(Rect(cursor, legend_y + 1, 6, 2.2, strokeColor=None, fillColor=colors.HexColor("#9fc29a")))
            drawing.add(Line(cursor + 6, legend_y, cursor + 6, legend_y + 4, strokeColor=colour, strokeWidth=1))
        drawing.add(String(cursor + 9, legend_y, text, fontName=FONT, fontSize=6.5, fillColor=INK))
        cursor += 9 + stringWidth(text, FONT, 6.5) + 10
    return drawing


# --- the document ----------------------------------------------------------------------------


def _summary(ev: ExerciseEvaluation) -> list[Flowable]:
    op = ev.operation
    released = [i for i in ev.injects if i.inject.released]
    facts = [
        (translate("ExerciseReport", "Scenario"), e(op.scenario_title or "—")),
        (translate("ExerciseReport", "Teams"), e("; ".join(f"{team.name}: {', '.join(team.roles)}" for team in op.teams) or "—")),
        (translate("ExerciseReport", "Started"), format_moment(op.clock.started_at) or translate("ExerciseReport", "not started")),
        (translate("ExerciseReport", "Ended"), format_moment(op.clock.ended_at) or translate("ExerciseReport", "not ended")),
        (translate("ExerciseReport", "Exercise time"), format_exercise_time(exercise_time(op.clock, ev.prepared_at))),
        (translate("ExerciseReport", "Injects"), translate("ExerciseReport", "{released} of {total} released").format(released=len(released), total=len(ev.injects))),
        (translate("ExerciseReport", "Median response time"), minutes_text(ev.median_response)),
        (translate("ExerciseReport", "Released without a response"), str(ev.unanswered)),
    ]
    rows = [[p(name, "cell_bold"), p(value, "cell")] for name, value in facts]
    table = Table(rows, colWidths=[46 * mm, 128 * mm])
    table.setStyle(table_style(header_rows=0, zebra=True))
    return [table]


def _inject_table(items: list[InjectEvaluation]) -> Table:
    head = ("#", translate("ExerciseReport", "T+"), translate("ExerciseReport", "From → to"), translate("ExerciseReport", "Content"), translate("ExerciseReport", "Expected action"), translate("ExerciseReport", "Observed action"), translate("ExerciseReport", "Response"), translate("ExerciseReport", "Note"))
    rows = [[p(h, "cell_head") for h in head]]
    for index, item in enumerate(items, start=1):
        inject = item.inject
        route = f"{e(inject.sender)} → {e(inject.receiver)}<br/><font color='{_hex(MUTED)}'>{label(inject.channel)}</font>"
        when = format_offset(inject.offset_minutes)
        if inject.released_offset_seconds is not None:
            when += f"<br/><font color='{_hex(MUTED)}'>{format_exercise_time(timedelta(seconds=inject.released_offset_seconds))}</font>"
        else:
            not_released = translate("ExerciseReport", "not released")
            when += f"<br/><font color='{_hex(MUTED)}'>{not_released}</font>"
        rows.append([p(str(index), "cell"), p(when, "cell"), p(route, "cell"), p(e(inject.content), "cell"),
                     p(e(inject.expected_action), "cell"), p(e(inject.observed_action) or "—", "cell"),
                     p(minutes_text(item.response), "cell"), p(e(inject.evaluation_note), "cell")])
    table = Table(rows, colWidths=[8 * mm, 17 * mm, 38 * mm, 62 * mm, 40 * mm, 40 * mm, 18 * mm, 38 * mm], repeatRows=1)
    table.setStyle(table_style())
    return table


def _findings(ev: ExerciseEvaluation) -> list[Flowable]:
    story: list[Flowable] = [heading(translate("ExerciseReport", "Findings"))]
    if not ev.findings:
        return story + [p(translate("ExerciseReport", "No observations, lessons or improvement actions recorded yet."), "small")]
    for kind in FindingKind:
        found = [f for f in ev.findings if f.kind == kind]
        if not found:
            continue
        story.append(heading(label(kind), 2))
        if kind == FindingKind.IMPROVEMENT:
            rows = [[p(h, "cell_head") for h in (translate("ExerciseReport", "Improvement action"), translate("ExerciseReport", "Owner"), translate("ExerciseReport", "Deadline"))]]
            rows += [[p(e(f.text), "cell"), p(e(f.owner), "cell"), p(format_moment(f.due_at, weekday=False) or "—", "cell")]
                     for f in found]
            table = Table(rows, colWidths=[110 * mm, 34 * mm, 30 * mm], repeatRows=1)
            table.setStyle(table_style())
            story.append(table)
        else:
            story += [p(e(f.text), "bullet") for f in found]
    return story


def _log_table(ev: ExerciseEvaluation) -> Flowable:
    rows = [[p(h, "cell_head") for h in (translate("ExerciseReport", "Time"), translate("ExerciseReport", "Kind"), translate("ExerciseReport", "Role"), translate("ExerciseReport", "Text"))]]
    for entry in ev.log:
        kind = label(entry.category) if entry.source == LogSource.TEAM and entry.category else label(entry.source)
        text = e(entry.text)
        if entry.corrects_id is not None:
            correction = translate("ExerciseReport", "correction of entry #{id}").format(id=entry.corrects_id)
            text += f" <font color='{_hex(MUTED)}'>({correction})</font>"
        if entry.corrected_by:
            text = f"<strike>{text}</strike>"
        rows.append([p(moment(entry), "cell"), p(kind, "cell"), p(e(entry.author_role), "cell"), p(text, "cell")])
    table = Table(rows, colWidths=[20 * mm, 26 * mm, 30 * mm, 98 * mm], repeatRows=1)
    table.setStyle(table_style())
    return table


def evaluation_story(ev: ExerciseEvaluation) -> list[Flowable]:
    story: list[Flowable] = [
        p(f'<font color="{_hex(EXERCISE)}"><b>{e(exercise_text())}</b></font>'),
        p(e(title_of(ev)), "title"),
        p(translate("ExerciseReport", "Prepared by {who} on {when}.").format(who=e(ev.prepared_by), when=format_moment(ev.prepared_at)), "small"),
        Spacer(1, 3 * mm),
        heading(translate("ExerciseReport", "Summary")),
        *_summary(ev),
        Spacer(1, 5 * mm),
        KeepTogether([timeline_chart(ev)]),
    ]
    story += wide_pages([heading(translate("ExerciseReport", "Injects: expected and observed")), _inject_table(list(ev.injects))])
    story += _findings(ev)
    story += [CondPageBreak(40 * mm), *meetings_story(ev.meetings, ev.prepared_at)]
    story += [CondPageBreak(40 * mm), heading(translate("ExerciseReport", "Logbook")), _log_table(ev)]
    return story


def build_exercise_report(ev: ExerciseEvaluation, marking: Marking = Marking.INTERNAL) -> bytes:
    info = DocumentInfo(title=title_of(ev), marking=marking, prepared_at=ev.prepared_at, author=ev.author,
                        subject=translate("ExerciseReport", "Exercise evaluation"), exercise=True)  # an evaluation is always of an exercise
    return build_pdf(evaluation_story(ev), info)


__all__ = ["build_exercise_report", "timeline_chart", "title_of"]

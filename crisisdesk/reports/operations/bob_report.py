"""The BOB meeting report of an exercise or an incident: the BOB meetings (chair,
attendees, the rounds beeld, oordeel and besluit, and the actions from each), the
logbook's picture, judgements and decisions, all actions (owner, deadline, status) and,
for an incident, the GRIP level history.

An exercise's report is marked OEFENING on every page (``DocumentInfo(exercise=True)``)
and its first line says so again; a real incident's report carries no such mark.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from crisisdesk.domain.operations.exercise_clock import format_exercise_time
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.domain.operations.records import ActionRecord, BobMeetingRecord, BobView, LogEntryRecord
from crisisdesk.i18n import translate
from crisisdesk.labels import format_moment, label
from crisisdesk.reports.base import DocumentInfo, build_pdf, exercise_text, heading
from crisisdesk.reports.documents.briefing_items import e, p
from crisisdesk.reports.styles import EXERCISE, LATE, table_style


def title_of(view: BobView) -> str:
    return translate("BobReport", "BOB meeting report — {title}").format(title=view.operation.title)


def moment(entry: LogEntryRecord) -> str:
    text = format_moment(entry.at, weekday=False)[-5:]
    if entry.exercise_seconds is not None:
        text += f"<br/>{format_exercise_time(timedelta(seconds=entry.exercise_seconds))}"
    return text


def entry_table(entries: tuple[LogEntryRecord, ...]) -> Flowable:
    if not entries:
        return p(translate("BobReport", "Nothing recorded."), "small")
    rows = [[p(h, "cell_head") for h in (translate("BobReport", "Time"), translate("BobReport", "Role"), translate("BobReport", "Text"))]]
    for entry in entries:
        text = e(entry.text)
        if entry.corrects_id is not None:
            correction = translate("BobReport", "correction of entry #{id}").format(id=entry.corrects_id)
            text += f' <font color="#5f6b76">({correction})</font>'
        rows.append([p(moment(entry), "cell"), p(e(entry.author_role), "cell"), p(text, "cell")])
    table = Table(rows, colWidths=[22 * mm, 34 * mm, 118 * mm], repeatRows=1)
    table.setStyle(table_style())
    return table


def actions_table(view: BobView) -> Flowable:
    return action_rows(view.actions, view.prepared_at)


def action_rows(actions: tuple[ActionRecord, ...], now: datetime | None) -> Flowable:
    if not actions:
        return p(translate("BobReport", "No actions."), "small")
    rows = [[p(h, "cell_head") for h in ("#", translate("BobReport", "Action"), translate("BobReport", "Owner"), translate("BobReport", "Deadline"), translate("BobReport", "Status"))]]
    for action in actions:
        overdue = (action.due_at is not None and now is not None and action.due_at < now
                   and action.status.value in ("open", "in_progress"))
        due = format_moment(action.due_at, weekday=False) if action.due_at else "—"
        if overdue:
            due = f'<font color="{LATE.hexval().replace("0x", "#")}"><b>{due}</b></font>'
        rows.append([p(str(action.id), "cell"), p(e(action.text), "cell"), p(e(action.owner), "cell"),
                     p(due, "cell"), p(label(action.status), "cell")])
    table = Table(rows, colWidths=[10 * mm, 82 * mm, 32 * mm, 30 * mm, 20 * mm], repeatRows=1)
    table.setStyle(table_style())
    return table


def meeting_title(meeting: BobMeetingRecord) -> str:
    text = translate("BobReport", "BOB meeting {n} — {at}").format(n=meeting.number, at=format_moment(meeting.held_at, weekday=False))
    if meeting.exercise_seconds is not None:
        text += f" ({format_exercise_time(timedelta(seconds=meeting.exercise_seconds))})"
    return text


def _round_text(text: str) -> str:
    if not text.strip():
        return f'<font color="#5f6b76">{e(translate("BobReport", "Nothing recorded."))}</font>'
    return "<br/>".join(e(line) for line in text.splitlines())


def meetings_story(meetings: tuple[BobMeetingRecord, ...], now: datetime | None) -> list[Flowable]:
    """Per meeting: chair and attendees, the three rounds, and the actions from its decisions."""
    story: list[Flowable] = [heading(translate("BobReport", "BOB meetings"))]
    if not meetings:
        return story + [p(translate("BobReport", "No BOB meeting recorded."), "small")]
    for meeting in meetings:
        facts = translate("BobReport", "Chair: {chair}. Attendees: {who}.").format(
            chair=e(meeting.chair), who=e(", ".join(meeting.attendees) or "—"))
        rounds = [[p(translate("BobReport", "Picture (beeld)"), "cell_bold"), p(_round_text(meeting.picture), "cell")],
                  [p(translate("BobReport", "Judgement (oordeel)"), "cell_bold"), p(_round_text(meeting.judgement), "cell")],
                  [p(translate("BobReport", "Decision (besluit)"), "cell_bold"), p(_round_text(meeting.decision), "cell")]]
        table = Table(rounds, colWidths=[36 * mm, 138 * mm])
        table.setStyle(table_style(header_rows=0, zebra=True))
        story += [heading(e(meeting_title(meeting)), 2), p(facts, "small"), Spacer(1, 1.5 * mm), table, Spacer(1, 1.5 * mm),
                  p(translate("BobReport", "Actions from this meeting"), "cell_bold"), action_rows(meeting.actions, now),
                  Spacer(1, 3 * mm)]
    return story


def bob_story(view: BobView) -> list[Flowable]:
    op = view.operation
    story: list[Flowable] = []
    if op.is_exercise:  # the first words of the document, before the title
        story.append(p(f'<font color="{EXERCISE.hexval().replace("0x", "#")}"><b>{e(exercise_text())}</b></font>', "body"))
    story.append(p(e(title_of(view)), "title"))
    facts = [translate("BobReport", "Prepared by {who} on {when}.").format(who=e(view.prepared_by), when=format_moment(view.prepared_at))]
    if op.scenario_title:
        facts.append(translate("BobReport", "Scenario: {title}.").format(title=e(op.scenario_title)))
    if op.grip_level:
        facts.append(translate("BobReport", "Current level: {level}.").format(level=e(op.grip_level)))
    story += [p(" ".join(facts), "small"), Spacer(1, 3 * mm)]
    if view.grip_changes:
        rows = [[p(h, "cell_head") for h in (translate("BobReport", "Time"), translate("BobReport", "Level"), translate("BobReport", "Decided by"), translate("BobReport", "Reason"))]]
        for change in view.grip_changes:
            level = f"{e(change.from_level or '—')} → <b>{e(change.to_level)}</b>"
            rows.append([p(format_moment(change.at, weekday=False), "cell"), p(level, "cell"),
                         p(e(change.decided_by), "cell"), p(e(change.reason), "cell")])
        table = Table(rows, colWidths=[30 * mm, 40 * mm, 40 * mm, 64 * mm], repeatRows=1)
        table.setStyle(table_style())
        story += [heading(translate("BobReport", "GRIP level")), table]
    story += meetings_story(view.meetings, view.prepared_at)
    story += [heading(translate("BobReport", "Picture in the logbook")), entry_table(view.picture)]
    story += [heading(translate("BobReport", "Judgement in the logbook")), entry_table(view.judgements)]
    story += [heading(translate("BobReport", "Decisions in the logbook")), entry_table(view.decisions)]
    story += [heading(translate("BobReport", "All actions")), actions_table(view)]
    return story


def build_bob_report(view: BobView, marking: Marking = Marking.CONFIDENTIAL) -> bytes:
    op = view.operation
    info = DocumentInfo(title=title_of(view), marking=marking, prepared_at=view.prepared_at or op.created_at,
                        author=view.author, subject=translate("BobReport", "BOB meeting report"), exercise=op.is_exercise)
    return build_pdf(bob_story(view), info)

"""Read-only HTML of a BOB meeting and of the players' current situation (for QTextBrowser)."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from crisisdesk.domain.operations.exercise_clock import format_offset
from crisisdesk.domain.operations.meetings import BobMeetingRecord, Situation
from crisisdesk.domain.operations.records import ActionRecord
from crisisdesk.domain.timeutil import to_local
from crisisdesk.labels import format_moment, label
from crisisdesk.ui.common import palette
from crisisdesk.ui.operations.meeting_dialog import format_exercise_time_of


def _muted(text: str) -> str:
    return f"<p style='color:{palette.MUTED}'>{escape(text)}</p>"


def _heading(text: str, level: int = 4) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def _hhmm(value: datetime) -> str:
    return to_local(value).strftime("%H:%M")


def _paragraphs(text: str) -> str:
    if not text.strip():
        return _muted(QCoreApplication.translate("MeetingView", "Nothing recorded."))
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())


def actions_html(actions: tuple[ActionRecord, ...], now: datetime | None = None) -> str:
    if not actions:
        return _muted(QCoreApplication.translate("MeetingView", "No actions."))
    overdue = QCoreApplication.translate("MeetingView", "overdue")
    rows = []
    for action in actions:
        due = escape(format_moment(action.due_at, weekday=False) or "—")
        if now is not None and action.due_at is not None and action.due_at < now:
            due = f"<b style='color:{palette.LATE}'>{due} ({escape(overdue)})</b>"
        rows.append(f"<tr><td>{escape(action.text)}</td><td>{escape(action.owner)}</td><td>{due}</td>"
                    f"<td>{escape(label(action.status))}</td></tr>")
    names = (QCoreApplication.translate("MeetingView", "Action"), QCoreApplication.translate("MeetingView", "Owner"),
             QCoreApplication.translate("MeetingView", "Deadline"), QCoreApplication.translate("MeetingView", "Status"))
    head = "".join(f"<th align='left'>{escape(name)}</th>" for name in names)
    return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{''.join(rows)}</table>"


def meeting_title(meeting: BobMeetingRecord) -> str:
    text = QCoreApplication.translate("MeetingView", "BOB meeting {n} — {at}").format(
        n=meeting.number, at=format_moment(meeting.held_at, weekday=False))
    if meeting.exercise_seconds is not None:
        text += f" ({format_exercise_time_of(meeting.exercise_seconds)})"
    return text


def meeting_html(meeting: BobMeetingRecord, now: datetime | None = None) -> str:
    chair = QCoreApplication.translate("MeetingView", "Chair")
    attendees = QCoreApplication.translate("MeetingView", "Attendees")
    parts = [_heading(meeting_title(meeting), 3),
             f"<p><b>{escape(chair)}:</b> {escape(meeting.chair)}<br/>"
             f"<b>{escape(attendees)}:</b> {escape(', '.join(meeting.attendees) or '—')}</p>"]
    rounds = ((QCoreApplication.translate("MeetingView", "1. Picture (beeld)"), meeting.picture),
              (QCoreApplication.translate("MeetingView", "2. Judgement (oordeel)"), meeting.judgement),
              (QCoreApplication.translate("MeetingView", "3. Decision (besluit)"), meeting.decision))
    for title, text in rounds:
        parts.append(_heading(title) + _paragraphs(text))
    parts.append(_heading(QCoreApplication.translate("MeetingView", "Actions")) + actions_html(meeting.actions, now))
    return "".join(parts)


def situation_html(situation: Situation) -> str:
    now = situation.prepared_at
    exercise = situation.exercise
    parts = [_heading(QCoreApplication.translate("MeetingView", "Current situation at {time}").format(time=_hhmm(now)), 3)]
    if exercise.grip_level:
        scale = QCoreApplication.translate("MeetingView", "Scale-up")
        parts.append(f"<p><b>{escape(scale)}:</b> {escape(exercise.grip_level)}</p>")
    if exercise.description:
        parts.append(f"<p>{escape(exercise.description)}</p>")
    parts.append(_heading(QCoreApplication.translate("MeetingView", "Picture from the logbook (newest first)")))
    if situation.picture:
        parts.append("<ul>" + "".join(f"<li>{_hhmm(e.at)} {escape(e.author_role)}: {escape(e.text)}</li>"
                                      for e in situation.picture) + "</ul>")
    else:
        parts.append(_muted(QCoreApplication.translate("MeetingView", "No picture lines in the logbook yet.")))
    parts.append(_heading(QCoreApplication.translate("MeetingView", "Open actions")) + actions_html(situation.open_actions, now))
    parts.append(_heading(QCoreApplication.translate("MeetingView", "Latest received injects")))
    if situation.latest_injects:
        parts.append("<ul>" + "".join(
            f"<li>{_hhmm(i.received_at)} ({escape(format_offset(i.offset_minutes))}) {escape(i.sender or '—')} → "
            f"{escape(i.receiver or '—')}, {escape(label(i.channel))}: {escape(i.content)}</li>"
            for i in situation.latest_injects) + "</ul>")
    else:
        parts.append(_muted(QCoreApplication.translate("MeetingView", "Nothing received yet.")))
    if situation.last_meeting is not None:
        parts.append("<hr/>" + meeting_html(situation.last_meeting, now))
    else:
        parts.append(_muted(QCoreApplication.translate("MeetingView", "No BOB meeting held yet.")))
    return "".join(parts)

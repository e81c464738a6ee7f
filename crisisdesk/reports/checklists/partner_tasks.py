"""The per-partner task list: everything one partner still has to do in a period.

    build_partner_tasks(PartnerTasksReport(...)) -> bytes

Handed over in a meeting, so it stands alone: the partner and its contacts, the period,
a summary line, then one table per record (its title and start) with the items, their
due moments and status; overdue items are marked in red with "te laat". Built on the
shared page frame (marking and "Pagina X van Y" on every page, embedded font).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from crisisdesk.domain.checklists.rules import ChecklistRecordType
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.i18n import translate
from crisisdesk.labels import format_moment, label
from crisisdesk.reports import styles
from crisisdesk.reports.base import DocumentInfo, build_pdf, heading
from crisisdesk.reports.styles import LATE, table_style
from crisisdesk.domain.checklists.records import PartnerRecord, PartnerTask


@dataclass(frozen=True)
class PartnerTasksReport:
    partner: PartnerRecord
    first_day: date
    last_day: date
    tasks: tuple[PartnerTask, ...]
    prepared_at: datetime
    marking: Marking = Marking.INTERNAL
    prepared_by: str = ""
    author: str = ""  # the PDF's Author: municipality and department (services.profile.document_author)


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text, styles.stylesheet()[style])


def _day(value: date) -> str:
    return value.strftime("%d-%m-%Y")


def record_kind(record_type: ChecklistRecordType) -> str:
    return {
        ChecklistRecordType.NOTIFICATION: translate("PartnerTasks", "Demonstration"),
        ChecklistRecordType.EVENT: translate("PartnerTasks", "Event"),
        ChecklistRecordType.SCENARIO: translate("PartnerTasks", "Crisis scenario"),
    }[record_type]


def _contacts(partner: PartnerRecord) -> list[Flowable]:
    if not partner.contacts:
        return []
    head = [translate("PartnerTasks", "Contact"), translate("PartnerTasks", "Function"), translate("PartnerTasks", "Phone"),
            translate("PartnerTasks", "24/7"), translate("PartnerTasks", "E-mail")]
    rows = [[_p(escape(h), "cell_head") for h in head]]
    for c in partner.contacts:
        rows.append([_p(escape(v), "cell") for v in (c.name, c.function, c.phone, c.phone_24h, c.email)])
    table = Table(rows, colWidths=[38 * mm, 38 * mm, 26 * mm, 26 * mm, 46 * mm], repeatRows=1)
    table.setStyle(table_style())
    return [_p(translate("PartnerTasks", "Contacts"), "h3"), table]


def _group(title: str, tasks: list[PartnerTask]) -> list[Flowable]:
    head = [translate("PartnerTasks", "Due"), translate("PartnerTasks", "Action"), translate("PartnerTasks", "Status")]
    rows = [[_p(escape(h), "cell_head") for h in head]]
    late_rows = []
    for index, task in enumerate(tasks, start=1):
        due = format_moment(task.due_at) if task.due_at else "—"
        if task.overdue:
            overdue = translate("PartnerTasks", "overdue")
            due = f'<font color="{LATE.hexval().replace("0x", "#")}"><b>{escape(due)}<br/>{escape(overdue)}</b></font>'
            late_rows.append(index)
        else:
            due = escape(due)
        action = escape(task.text)
        if not task.required:
            optional = translate("PartnerTasks", "optional")
            action += f' <font color="#5f6b76">({escape(optional)})</font>'
        if task.note:
            action += f'<br/><font size="7" color="#5f6b76">{escape(task.note)}</font>'
        rows.append([_p(due, "cell"), _p(action, "cell"), _p(escape(label(task.status)), "cell")])
    extra = [("LINEBEFORE", (0, r), (0, r), 2.5, LATE) for r in late_rows]
    table = Table(rows, colWidths=[36 * mm, 114 * mm, 24 * mm], repeatRows=1)
    table.setStyle(table_style(extra=extra))
    return [KeepTogether([_p(escape(title), "h2"), table])] if len(rows) <= 6 else [_p(escape(title), "h2"), table]


def _record_title(task: PartnerTask) -> str:
    start = format_moment(task.record_start) if task.record_start else ""
    if task.record_type == ChecklistRecordType.SCENARIO:
        start = translate("PartnerTasks", "from {moment}").format(moment=start) if start else ""
    return f"{record_kind(task.record_type)} #{task.record_id} — {task.record_title}" + (f" · {start}" if start else "")


def build_partner_tasks(report: PartnerTasksReport) -> bytes:
    partner = report.partner
    title = translate("PartnerTasks", "Actions for {partner}").format(partner=partner.name)
    period = translate("PartnerTasks", "{first} to {last}").format(first=_day(report.first_day), last=_day(report.last_day))
    info = DocumentInfo(title=title, marking=report.marking, prepared_at=report.prepared_at,
                        author=report.author, subject=period)
    overdue = sum(1 for t in report.tasks if t.overdue)
    story: list[Flowable] = [
        heading(escape(title)),
        _p(translate("PartnerTasks", "Period: {period} · prepared {moment}").format(
            period=period, moment=format_moment(report.prepared_at)), "subtitle"),
    ]
    if partner.role:
        story.append(_p(escape(partner.role)))
    story += _contacts(partner)
    story.append(Spacer(1, 3 * mm))
    summary = translate("PartnerTasks", "{n} open action(s) in {records} file(s); {late} overdue.").format(
        n=len(report.tasks), records=len({(t.record_type, t.record_id) for t in report.tasks}), late=overdue)
    story.append(_p(f"<b>{escape(summary)}</b>"))
    if not report.tasks:
        story.append(_p(translate("PartnerTasks", "Nothing open for this partner in this period.")))
    groups: dict[tuple, list[PartnerTask]] = {}
    for task in report.tasks:
        groups.setdefault((task.record_type, task.record_id), []).append(task)
    ordered = sorted(groups.values(), key=lambda ts: (min(t.due_at for t in ts if t.due_at) if any(t.due_at for t in ts) else report.prepared_at))
    for tasks in ordered:
        story += _group(_record_title(tasks[0]), tasks)
    return build_pdf(story, info)

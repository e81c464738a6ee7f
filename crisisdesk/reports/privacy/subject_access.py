"""The subject access PDF (AVG art. 15): what the municipality holds about one person.

Holds exactly the records the advisor chose, in words (labels, Amsterdam time), never
codes, and the information article 15 asks for beside the data itself: purposes,
recipients, retention, source, the person's rights and where to complain. Long texts
never break it: table cells are capped and the whole text follows the table, set as
page-sized paragraphs (``crisisdesk.reports.longtext``).
"""

from __future__ import annotations

import ast
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from crisisdesk.domain.documents.marking import Marking
from crisisdesk.domain.register.decisions import Measure
from crisisdesk.domain.privacy.subject_access import (
    EVENT,
    LOG_ENTRY,
    NOTIFICATION,
    PARTNER_CONTACT,
    HeldRecord,
    SubjectAccess,
)
from crisisdesk.i18n import QT_TRANSLATE_NOOP, translate
from crisisdesk.labels import action_label, field_label, format_moment, format_value, label
from crisisdesk.reports.base import DocumentInfo, build_pdf, heading
from crisisdesk.reports.longtext import CELL_LIMIT, cap, is_long, paragraphs
from crisisdesk.reports.styles import stylesheet, table_style

# Why a record was found, beside its fields (whose words are in labels.py).
_MORE_FIELDS = {
    "status_note": QT_TRANSLATE_NOOP("Report", "status note"),
    "checklist": QT_TRANSLATE_NOOP("Report", "checklist"),
    "audit_trail": QT_TRANSLATE_NOOP("Report", "audit trail"),
}


def _p(text: object, style: str = "body") -> Paragraph:
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), stylesheet()[style])


def field_words(name: str) -> str:
    """The words for a field of any record the export holds."""
    words = field_label(name)
    if words == name and name in _MORE_FIELDS:
        return translate("Report", _MORE_FIELDS[name])
    return words


def _value(value: object) -> str:
    """A held value in words: labels for codes, Dutch dates, a measure with the interests it serves."""
    if isinstance(value, str) and value.startswith("[{") and "'text'" in value:  # measures as the trail keeps them
        try:
            value = tuple(Measure.from_json(item) for item in ast.literal_eval(value) if isinstance(item, dict))
        except (ValueError, SyntaxError):
            return str(value)
    if isinstance(value, tuple) and value and all(isinstance(item, Measure) for item in value):
        return "\n".join(f"{number}. {m.text}" + (f" ({', '.join(label(i) for i in m.interests)})" if m.interests else "")
                         for number, m in enumerate(value, start=1))
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.strftime("%d-%m-%Y")
    return format_value(value)


def record_title(record_type: str, record_id: object) -> str:
    titles = {
        NOTIFICATION: translate("Report", "Notification #{id}"),
        EVENT: translate("Report", "Event #{id}"),
        PARTNER_CONTACT: translate("Report", "Partner contact #{id}"),
        LOG_ENTRY: translate("Report", "Logbook entry #{id}"),
    }
    return titles.get(record_type, f"{record_type} #{{id}}").format(id=record_id)


def _table(head: tuple[str, ...], rows: list[list[str]], widths: list) -> tuple[list[Flowable], list[tuple[str, str]]]:
    """A table of capped cells, and the (caption, full text) of every cell that was capped."""
    long_texts: list[tuple[str, str]] = []
    data = [[_p(h, "cell_head") for h in head]]
    for row in rows:
        cells = []
        for column, text in enumerate(row):
            if is_long(text, CELL_LIMIT):
                long_texts.append((f"{row[0]} — {head[column]}", text))
                text = cap(text, CELL_LIMIT)
            cells.append(_p(text, "cell"))
        data.append(cells)
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(table_style())
    return [table], long_texts


def _full_texts(long_texts: list[tuple[str, str]]) -> list[Flowable]:
    story: list[Flowable] = []
    for caption, text in long_texts:
        story.append(_p(translate("Report", "Full text: {what}").format(what=caption), "h3"))
        story += paragraphs(text, stylesheet()["body"])
    return story


def _record(record: HeldRecord) -> list[Flowable]:
    title = record_title(record.record_type, record.id)
    story: list[Flowable] = [heading(title, 2)]
    if record.deleted:
        story.append(_p(translate("Report", "This record has been deleted; only its audit trail below is left.")))
        return story
    if record.context:
        story.append(_p(translate("Report", "Belongs to: {context}").format(context=record.context), "small"))
    head = (translate("Report", "Field"), translate("Report", "Value held"))
    rows = [[field_words(name), _value(value)] for name, value in record.fields]
    table, long_texts = _table(head, rows, [55 * mm, None])
    story += table
    if record.status_history:
        story.append(_p(translate("Report", "Status history"), "h3"))
        status_head = (translate("Report", "When"), translate("Report", "Who"), translate("Report", "From"),
                       translate("Report", "To"), translate("Report", "Note"))
        rows = [[format_moment(s.at, weekday=False), s.by, label(s.from_status) if s.from_status else "—",
                 label(s.to_status), s.note or "—"] for s in record.status_history]
        part, more = _table(status_head, rows, [28 * mm, 25 * mm, 25 * mm, 25 * mm, None])
        story += part
        long_texts += more
    if record.checklist:
        story.append(_p(translate("Report", "Checklist"), "h3"))
        checklist_head = (translate("Report", "Action"), translate("Report", "Partner"), translate("Report", "Due"),
                          translate("Report", "Status"), translate("Report", "Note"))
        rows = [[c.text, c.partner or "—", format_moment(c.due_at, weekday=False) if c.due_at else "—",
                 label(c.status), c.note or "—"] for c in record.checklist]
        part, more = _table(checklist_head, rows, [None, 28 * mm, 26 * mm, 20 * mm, 40 * mm])
        story += part
        long_texts += more
    if record.originals:
        story += _originals(record)
    story += _full_texts(long_texts)
    story.append(Spacer(1, 4 * mm))
    return story


def _originals(record: HeldRecord) -> list[Flowable]:
    """The e-mail the notification was registered from: kept in full with the record."""
    story: list[Flowable] = [_p(translate("Report", "Original e-mail"), "h3")]
    for original in record.originals:
        if original.removed_at is not None:
            story.append(_p(translate("Report", "The original message ({format}, received {moment}) was deleted on "
                                                "{removed} under the retention term.").format(
                format=original.format, moment=format_moment(original.received_at, weekday=False) if original.received_at else "—",
                removed=format_moment(original.removed_at, weekday=False))))
            continue
        story.append(_p(translate("Report", "The message itself is kept with this record, as received; a copy is "
                                            "available on request.")))
        rows = [
            [translate("Report", "File"), f"{original.file_name} ({original.format}, {original.size:,} bytes)".replace(",", ".")],
            [translate("Report", "Sender"), original.sender or "—"],
            [translate("Report", "Subject"), original.subject or "—"],
            [translate("Report", "Received"), (format_moment(original.received_at, weekday=False) if original.received_at else "—")
             + (f" ({original.received_header})" if original.received_header else "")],
            [translate("Report", "Message-ID"), original.message_id or "—"],
            [translate("Report", "Taken in"), f"{format_moment(original.imported_at, weekday=False)}, {original.imported_by}"],
        ]
        part, _long = _table((translate("Report", "Field"), translate("Report", "Value held")), rows, [55 * mm, None])
        story += part
    return story


def _audit(data: SubjectAccess) -> list[Flowable]:
    head = (translate("Report", "When"), translate("Report", "Who"), translate("Report", "Record"),
            translate("Report", "Field"), translate("Report", "Old value"), translate("Report", "New value"))
    rows = []
    for e in data.audit:
        action = action_label(e.action)
        what = field_words(e.field) if e.field else action
        rows.append([format_moment(e.at, weekday=False), e.user, record_title(e.record_type, e.record_id), what,
                     _value(e.old_value), _value(e.new_value)])
    table, long_texts = _table(head, rows, [26 * mm, 22 * mm, 26 * mm, 28 * mm, None, None])
    return table + _full_texts(long_texts)


def _about(data: SubjectAccess) -> list[Flowable]:
    """What article 15 AVG asks beside the data: purposes, recipients, term, source, rights."""
    sections = [
        (translate("Report", "Purposes"),
         translate("Report", "The municipality processes these data for the mayor's tasks in public order: handling "
                             "notifications of demonstrations and other manifestations under the Wet openbare "
                             "manifestaties (contact with the organiser, the notification term, decisions on conditions, "
                             "restrictions or a ban), preparing events and permits, and crisis management and exercises "
                             "with partner organisations.")),
        (translate("Report", "Recipients"),
         translate("Report", "Within the municipality: the public-order (OOV) advisors, the crisis team and the mayor. "
                             "Where public order requires it: the police and the public prosecutor in the lokale "
                             "driehoek, and partner organisations for the actions assigned to them. The data are not "
                             "passed to countries outside the European Union.")),
        (translate("Report", "Retention"),
         translate("Report", "{months} months after the manifestation or event has ended, the organiser's name, address, "
                             "phone number and e-mail address are anonymised, also in the audit trail; backups and "
                             "exports made by the desk are removed after the same term. Kind, date, place and "
                             "decisions are kept without personal data for statistics.").format(months=data.retention_months)),
        (translate("Report", "Source"),
         translate("Report", "The notification or application you made, and what municipal staff recorded while handling "
                             "it. No automated decision-making or profiling takes place.")),
        (translate("Report", "Your rights"),
         translate("Report", "You can ask the municipality to correct (AVG art. 16) or erase (art. 17) your data, to "
                             "restrict their processing (art. 18), or object to it (art. 21). Send your request to the "
                             "municipality's privacy contact or data protection officer.")),
        (translate("Report", "Complaint"),
         translate("Report", "If you believe your data are not processed properly, you can lodge a complaint with the "
                             "Autoriteit Persoonsgegevens (AVG art. 77), www.autoriteitpersoonsgegevens.nl.")),
    ]
    story: list[Flowable] = [heading(translate("Report", "About this processing"), 1)]
    for title, text in sections:
        story.append(KeepTogether([_p(title, "h3"), _p(text)]))
    return story


def subject_access_pdf(data: SubjectAccess) -> bytes:
    title = translate("Report", "Subject access request (AVG art. 15)")
    info = DocumentInfo(title=title, marking=Marking.CONFIDENTIAL, prepared_at=data.generated_at, author=data.author,
                        subject=translate("Report", "Personal data held about one person"))
    cover = [
        _p(translate("Report", "Searched for"), "cover_label"), _p(cap(data.person, 200), "cover_value"),
        _p(translate("Report", "Compiled on"), "cover_label"), _p(format_moment(data.generated_at), "cover_value"),
    ]
    if data.compiled_by:
        cover += [_p(translate("Report", "Compiled by"), "cover_label"), _p(data.compiled_by, "cover_value")]
    story: list[Flowable] = [
        _p(title, "title"),
        KeepTogether(cover),
        Spacer(1, 4 * mm),
        _p(translate("Report", "This overview holds everything the municipality holds in the records that were found "
                               "for this search and checked as being about this person: every field, the status "
                               "history with its notes, checklist actions and notes, logbook entries, partner "
                               "contacts, and the complete audit trail of these records. Names in the status history "
                               "and the audit trail are the municipal staff who made the change.")),
        *_about(data),
        PageBreak(),  # the records start on their own page
        heading(translate("Report", "Records ({count})").format(count=len(data.records)), 1),
    ]
    if data.records:
        for record in data.records:
            story += _record(record)
    else:
        story.append(_p(translate("Report", "No records name this person.")))
    audit_heading = heading(translate("Report", "Audit trail ({count})").format(count=len(data.audit)), 1)
    body = _audit(data) if data.audit else [_p(translate("Report", "No audit entries about these records."))]
    story += [KeepTogether([audit_heading, body[0]]), *body[1:]]  # never a heading alone at a page's foot
    return build_pdf(story, info)

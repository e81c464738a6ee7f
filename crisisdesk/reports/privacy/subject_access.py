"""The subject access PDF (AVG art. 15): what the municipality holds about one person."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from crisisdesk.domain.documents.marking import Marking
from crisisdesk.i18n import QT_TRANSLATE_NOOP, translate
from crisisdesk.labels import field_label, format_moment, format_value
from crisisdesk.reports.base import DocumentInfo, build_pdf, heading
from crisisdesk.reports.styles import stylesheet, table_style
from crisisdesk.domain.privacy.subject_access import HeldRecord, SubjectAccess

def _p(text: object, style: str = "body") -> Paragraph:
    return Paragraph(escape(str(text)), stylesheet()[style])


def _record_title(record_type: str, record_id: object) -> str:
    if record_type == "notification":
        return translate("Report", "Notification #{id}").format(id=record_id)
    if record_type == "event":
        return translate("Report", "Event #{id}").format(id=record_id)
    return f"{record_type} #{record_id}"


def _record(record: HeldRecord) -> list[Flowable]:
    rows = [[_p(translate("Report", "Field"), "cell_head"), _p(translate("Report", "Value held"), "cell_head")]]
    for field, value in record.fields:
        rows.append([_p(field_label(field), "cell"), _p(format_value(value), "cell")])
    table = Table(rows, colWidths=[55 * mm, None], repeatRows=1)
    table.setStyle(table_style())
    return [heading(_record_title(record.record_type, record.id), 2), table, Spacer(1, 4 * mm)]


def _audit(data: SubjectAccess) -> list[Flowable]:
    head = (QT_TRANSLATE_NOOP("Report", "When"), QT_TRANSLATE_NOOP("Report", "Who"), QT_TRANSLATE_NOOP("Report", "Record"),
            QT_TRANSLATE_NOOP("Report", "Field"), QT_TRANSLATE_NOOP("Report", "Old value"), QT_TRANSLATE_NOOP("Report", "New value"))
    rows = [[_p(translate("Report", h), "cell_head") for h in head]]
    for e in data.audit:
        rows.append([
            _p(format_moment(e.at, weekday=False), "cell"), _p(e.user, "cell"),
            _p(_record_title(e.record_type, e.record_id), "cell"), _p(field_label(e.field) if e.field else "", "cell"),
            _p(format_value(e.old_value), "cell"),
            _p(format_value(e.new_value), "cell"),
        ])
    table = Table(rows, colWidths=[26 * mm, 22 * mm, 26 * mm, 28 * mm, None, None], repeatRows=1)
    table.setStyle(table_style())
    return [table]


def subject_access_pdf(data: SubjectAccess) -> bytes:
    title = translate("Report", "Subject access request (AVG art. 15)")
    info = DocumentInfo(title=title, marking=Marking.CONFIDENTIAL, prepared_at=data.generated_at, author=data.author,
                        subject=translate("Report", "Personal data held about one person"))
    story: list[Flowable] = [
        _p(title, "title"),
        KeepTogether([
            _p(translate("Report", "Searched for"), "cover_label"), _p(data.person, "cover_value"),
            _p(translate("Report", "Compiled on"), "cover_label"), _p(format_moment(data.generated_at), "cover_value"),
        ]),
        Spacer(1, 4 * mm),
        _p(translate("Report", "This overview lists every record in which the organiser's name or e-mail address "
                               "matches the search, with all data held in it, and every entry in the audit trail "
                               "that mentions it. Names in the audit trail are the municipal staff who made the "
                               "change.")),
        heading(translate("Report", "Records ({count})").format(count=len(data.records)), 1),
    ]
    if data.records:
        for record in data.records:
            story += _record(record)
    else:
        story.append(_p(translate("Report", "No records name this person.")))
    audit_heading = heading(translate("Report", "Audit trail ({count})").format(count=len(data.audit)), 1)
    body = _audit(data) if data.audit else [_p(translate("Report", "No audit entries mention this person."))]
    story.append(KeepTogether([audit_heading, *body]))  # never a heading alone at a page's foot
    return build_pdf(story, info)

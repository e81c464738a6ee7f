"""Wom letters to the organiser: the receipt (ontvangstbevestiging) and the decision.

The letter goes to the organiser, so their name and address are its addressee. The
texts state the moment of receipt (what timeliness is judged on), the notified facts,
and for a decision its legal grounds (Wom art. 2 and 5, the APV article), the
conditions and the objection term (bezwaar within six weeks, Awb).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from crisisdesk.domain.register.deadlines import format_date
from crisisdesk.domain.enums import Decision, PlaceType
from crisisdesk.domain.documents.letters import LetterInput, split_conditions
from crisisdesk.i18n import translate
from crisisdesk.labels import format_moment, label
from crisisdesk.reports.base import DocumentInfo, build_pdf
from crisisdesk.reports.longtext import cap, paragraphs
from crisisdesk.reports.styles import stylesheet, table_style


ADDRESS_LIMIT = 300  # characters of a name or address line in the address block


def e(text: object) -> str:
    return escape(str(text if text is not None else ""))


def p(text: str, style: str = "letter") -> Paragraph:
    return Paragraph(text, stylesheet()[style])


def subject(data: LetterInput) -> str:
    f = data.facts
    return translate("Letter", "Notification of a {kind} on {date}").format(kind=label(f.kind).lower(), date=format_date(f.start_at, translate))


def _head(data: LetterInput, reference: str) -> list[Flowable]:
    f = data.facts
    letterhead = [p(f"<b>{e(data.letterhead[0])}</b>", "h1")] + [p(e(line), "small") for line in data.letterhead[1:]]
    addressee = [e(cap(line, ADDRESS_LIMIT)) for line in (f.organiser_name, f.organiser_organisation) if line]
    addressee += [e(line.strip()) for line in cap(f.organiser_address, ADDRESS_LIMIT).replace(",", "\n").splitlines() if line.strip()]
    meta = [
        (translate("Letter", "Date"), format_date(data.letter_date, translate)[3:]),
        (translate("Letter", "Our reference"), reference),
        (translate("Letter", "Subject"), e(subject(data))),
    ]
    meta_table = Table([[p(k, "small"), p(v, "cell")] for k, v in meta], colWidths=[28 * mm, 90 * mm], hAlign="LEFT")
    meta_table.setStyle(table_style(header_rows=0, zebra=False, extra=[("LINEBELOW", (0, 0), (-1, -1), 0, "white")]))
    return [
        *letterhead,
        Spacer(1, 9 * mm),
        p("<br/>".join(addressee) or e(translate("Letter", "The organiser")), "letter"),
        Spacer(1, 7 * mm),
        meta_table,
        Spacer(1, 6 * mm),
    ]


def _facts_table(data: LetterInput) -> Table:
    f = data.facts
    rows = [
        (translate("Letter", "Kind"), label(f.kind)),
        (translate("Letter", "Purpose"), e(cap(f.purpose))),
        (translate("Letter", "Date and time"), f"{format_moment(f.start_at)} – {format_moment(f.end_at)}"),
        (translate("Letter", "Place"), f"{e(cap(f.location))} ({e(f.district.value)})"),
    ]
    if f.route:
        rows.append((translate("Letter", "Route"), e(cap(f.route))))
    rows.append((translate("Letter", "Expected participants"), e(f.expected_participants or translate("Letter", "not given"))))
    if f.organiser_measures:
        rows.append((translate("Letter", "Your own measures"), e(cap(f.organiser_measures))))
    table = Table([[p(k, "cell_bold"), p(v, "cell")] for k, v in rows], colWidths=[45 * mm, 125 * mm], hAlign="LEFT")
    table.setStyle(table_style(header_rows=0))
    return table


def _closing(data: LetterInput, last: list[Flowable] | None = None) -> list[Flowable]:
    """The last paragraph, greeting and signatory stay on one page."""
    return [KeepTogether([
        *(last or []),
        Spacer(1, 4 * mm),
        p(translate("Letter", "Yours sincerely,")),
        Spacer(1, 12 * mm),
        p(e(data.signatory)),
    ])]


def _salutation(data: LetterInput) -> Paragraph:
    name = data.facts.organiser_name
    return p(translate("Letter", "Dear {name},").format(name=e(cap(name, ADDRESS_LIMIT))) if name else translate("Letter", "Dear Sir or Madam,"))


def _term_text(data: LetterInput) -> str:
    f = data.facts
    values = {"deadline": format_moment(f.notice_deadline), "source": e(f.rule_source)}
    if f.on_time:
        return translate("Letter", "Your notification was received on time: the latest on-time moment was {deadline} ({source}).").format(**values)
    text = translate("Letter", "Your notification was received after the latest on-time moment of {deadline} ({source}).").format(**values)
    if f.late_accepted:
        return text + " " + translate("Letter", "Because of special circumstances the mayor has accepted it nonetheless.")
    return text + " " + translate("Letter", "A notification that is not on time can be a ground for a ban (Wom art. 5 par. 2 sub a); the mayor may also shorten the term in special circumstances. You will hear from us as soon as possible.")


def receipt_story(data: LetterInput) -> list[Flowable]:
    f = data.facts
    return [
        *_head(data, f"KG-{f.notification_id}"),
        _salutation(data),
        p(translate("Letter", "On {received} we received your notification ({channel}). With this letter we confirm its receipt. The moment of receipt is what counts for the notification term.").format(
            received=f"<b>{format_moment(f.received_at)}</b>", channel=label(f.channel).lower())),
        p(translate("Letter", "You notified the following:")),
        _facts_table(data),
        Spacer(1, 4 * mm),
        p(_term_text(data)),
        p(translate("Letter", "The mayor may set conditions or restrictions for the manifestation or, in exceptional cases, ban it (Wet openbare manifestaties, art. 5). Any such decision will be made known to you as soon as possible. Changes to the data above? Please let us know straight away.")),
        *_closing(data),
    ]


def _legal_basis(data: LetterInput) -> str:
    f = data.facts
    articles = translate("Letter", "Wet openbare manifestaties (Wom), articles 2 and 5")
    if f.place_type == PlaceType.NON_PUBLIC:
        articles = translate("Letter", "Wet openbare manifestaties (Wom), articles 5 and 8")
    elif f.place_type == PlaceType.NEAR_EMBASSY:
        articles = translate("Letter", "Wet openbare manifestaties (Wom), articles 2, 5 and 9")
    return f"{articles}; {e(f.rule_source)}" if f.rule_source else articles


def decision_story(data: LetterInput) -> list[Flowable]:
    f = data.facts
    story: list[Flowable] = [
        *_head(data, f"KG-{f.notification_id}"),
        _salutation(data),
        p(translate("Letter", "On {received} we received your notification of a {kind} on {date} at {place}. The mayor has decided on it as follows.").format(
            received=format_moment(f.received_at), kind=label(f.kind).lower(), date=format_date(f.start_at, translate), place=e(cap(f.location)))),
        p(translate("Letter", "Decision"), "h2"),
    ]
    conditions = split_conditions(f.decision_conditions)
    if f.decision == Decision.NO_MEASURES:
        story.append(p(translate("Letter", "The mayor sets no conditions or restrictions. The manifestation can take place as you notified it.")))
    elif f.decision == Decision.CONDITIONS:
        story.append(p(translate("Letter", "The mayor sets the following conditions (voorschriften) for the manifestation:")))
    elif f.decision == Decision.RESTRICTIONS:
        story.append(p(translate("Letter", "The mayor sets the following restrictions (beperkingen) and conditions for the manifestation:")))
    elif f.decision == Decision.BAN:
        story.append(p(translate("Letter", "The mayor prohibits the manifestation (verbod).")))
    if f.decision != Decision.NO_MEASURES and conditions:
        for i, condition in enumerate(conditions, start=1):  # in full: it is the decision; long ones split over pages
            story += paragraphs(condition, stylesheet()["bullet"], first_bullet=f"{i}.")
        story.append(Spacer(1, 3 * mm))
    if f.decision_grounds:
        story.append(p(translate("Letter", "Grounds"), "h2"))
        story.append(p(translate("Letter", "The decision rests on:")))
        story += [Paragraph(label(g), stylesheet()["bullet"], bulletText="•") for g in f.decision_grounds]
        story.append(Spacer(1, 2 * mm))
        story.append(p(translate("Letter", "The content of what you wish to express plays no part in this decision (Wom art. 5 par. 3).")))
    story.append(p(translate("Letter", "Legal basis"), "h2"))
    story.append(p(_legal_basis(data) + "."))
    objection = [p(translate("Letter", "Objection"), "h2"), p(translate("Letter", "If you do not agree with this decision, you can lodge an objection (bezwaar) with the mayor within six weeks of the day after the date of this letter (Algemene wet bestuursrecht, art. 6:7 and 6:8). Give your name and address, the date, the decision you object to and your reasons, and sign it. An objection does not suspend the decision; in an urgent case you can ask the preliminary relief judge (voorzieningenrechter) of the court for a provisional ruling (Awb art. 8:81)."))]
    return story + _closing(data, objection)


def _info(data: LetterInput, kind: str) -> DocumentInfo:
    title = (translate("Letter", "Receipt") if kind == "receipt" else translate("Letter", "Decision")) + f" — {subject(data)}"
    return DocumentInfo(title=title, marking=None, prepared_at=data.prepared_at, author=data.letterhead[0], subject=subject(data))


def build_receipt(data: LetterInput) -> bytes:
    return build_pdf(receipt_story(data), _info(data, "receipt"))


def build_decision_letter(data: LetterInput) -> bytes:
    if data.facts.decision is None:
        raise ValueError("no decision recorded for this notification")
    return build_pdf(decision_story(data), _info(data, "decision"))

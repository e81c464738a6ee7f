"""Wom letters to the organiser: the receipt (ontvangstbevestiging) and the decision.

The decision letter is a besluit that may end up before a judge, so it is built the way
the law is: the decision and its power (Wom art. 5 lid 1, a ban on art. 5 lid 2 aanhef
en onder a, b or c), each measure with the art. 2 interest it serves — in words, art. 2
has no sub-letters — the motivation (Awb 3:46), for a ban why milder measures do not
suffice, that content played no part (art. 5 lid 3), how it was made known (art. 5
lid 4), the full bezwaar clause (Awb 6:7, 6:8, 8:81 and the court from the profile),
dated on the decision date and signed by who decided, "namens" under a mandate. The
receipt states the moment of receipt and the term outcome and invites to a vooroverleg.
Everything municipal (letterhead, addresses, court, people) comes from the profile.
"""

from __future__ import annotations

import io
import re
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table

from crisisdesk.domain.documents.letters import LetterInput
from crisisdesk.domain.enums import BanGround, Capacity, Decision, DecisionGround, MadeKnownChannel, PlaceType
from crisisdesk.domain.timeutil import to_local
from crisisdesk.i18n import QT_TRANSLATE_NOOP, translate
from crisisdesk.labels import format_moment, label
from crisisdesk.reports.base import DocumentInfo, build_pdf
from crisisdesk.reports.longtext import CHUNK, cap, paragraphs
from crisisdesk.domain.head_counts import head_count_text
from crisisdesk.reports.styles import LATE, WARN_BG, stylesheet, table_style

_MONTHS = (
    QT_TRANSLATE_NOOP("Letter", "January"), QT_TRANSLATE_NOOP("Letter", "February"), QT_TRANSLATE_NOOP("Letter", "March"),
    QT_TRANSLATE_NOOP("Letter", "April"), QT_TRANSLATE_NOOP("Letter", "May"), QT_TRANSLATE_NOOP("Letter", "June"),
    QT_TRANSLATE_NOOP("Letter", "July"), QT_TRANSLATE_NOOP("Letter", "August"), QT_TRANSLATE_NOOP("Letter", "September"),
    QT_TRANSLATE_NOOP("Letter", "October"), QT_TRANSLATE_NOOP("Letter", "November"), QT_TRANSLATE_NOOP("Letter", "December"),
)
# Wom art. 2 in words, as a measure "serves" them.
_INTERESTS = {
    DecisionGround.HEALTH: QT_TRANSLATE_NOOP("Letter", "to protect health"),
    DecisionGround.TRAFFIC: QT_TRANSLATE_NOOP("Letter", "in the interest of traffic"),
    DecisionGround.DISORDER: QT_TRANSLATE_NOOP("Letter", "to fight or prevent disorder"),
}
_BAN_LETTERS = {BanGround.LATE: "a", BanGround.DATA_LATE: "b", BanGround.INTEREST: "c"}
_MADE_KNOWN = {
    MadeKnownChannel.LETTER: QT_TRANSLATE_NOOP("Letter", "by letter"),
    MadeKnownChannel.EMAIL: QT_TRANSLATE_NOOP("Letter", "by e-mail"),
    MadeKnownChannel.IN_PERSON: QT_TRANSLATE_NOOP("Letter", "in person"),
    MadeKnownChannel.PHONE: QT_TRANSLATE_NOOP("Letter", "by phone"),
}


ADDRESS_LIMIT = 300  # characters of a name or address line in the address block


def e(text: object) -> str:
    return escape(str(text if text is not None else ""))


def p(text: str, style: str = "letter") -> Paragraph:
    return Paragraph(text, stylesheet()[style])


def long_date(day: date) -> str:
    month = translate("Letter", _MONTHS[day.month - 1]).lower()
    return f"{day.day} {month} {day.year}"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " " + translate("Letter", "and") + " " + items[-1]


def interests_text(interests: tuple[DecisionGround, ...]) -> str:
    """The art. 2 interests in words, with the article: never "art. 2 sub …"."""
    words = [translate("Letter", text) for interest, text in _INTERESTS.items() if interest in interests]  # in the order of art. 2
    return translate("Letter", "{interests} (article 2 Wom)").format(interests=_and(words)) if words else ""


def subject(data: LetterInput) -> str:
    f = data.facts
    return translate("Letter", "Notification of a {kind} on {date}").format(kind=label(f.kind).lower(), date=long_date(to_local(f.start_at).date()))


def _paragraphs(text: str) -> list[Flowable]:
    out: list[Flowable] = []
    for part in re.split(r"\n\s*\n", text or ""):
        if len(part) > CHUNK:  # in full, split over pages (crisisdesk.reports.longtext)
            out += paragraphs(part.strip(), stylesheet()["letter"])
        elif part.strip():
            out.append(p(e(part.strip()).replace("\n", "<br/>")))
    return out


# --- head and closing --------------------------------------------------------------------


def _letterhead(data: LetterInput) -> list[Flowable]:
    profile = data.profile
    lines: list[Flowable] = []
    if profile.logo_png:
        logo = Image(io.BytesIO(profile.logo_png))
        logo._restrictSize(45 * mm, 18 * mm)
        logo.hAlign = "LEFT"
        lines += [logo, Spacer(1, 2 * mm)]
    lines.append(p(f"<b>{e(profile.municipality)}</b>", "h1"))
    for line in (profile.department, *profile.letterhead):
        if line:
            lines.append(p(e(line), "small"))
    return lines


def _addressee(data: LetterInput) -> Flowable:
    f = data.facts
    lines = [e(cap(line, ADDRESS_LIMIT)) for line in (f.organiser_name, f.organiser_organisation) if line]
    if data.address_missing:
        warning = p("<b>" + e(translate("Letter", "ADDRESS MISSING")) + "</b> — " + e(translate("Letter", "this letter cannot be sent like this: add the organiser's address first.")), "letter")
        box = Table([[warning]], colWidths=[110 * mm], hAlign="LEFT")
        box.setStyle(table_style(header_rows=0, zebra=False, extra=[("BOX", (0, 0), (-1, -1), 1.2, LATE), ("BACKGROUND", (0, 0), (-1, -1), WARN_BG)]))
        return KeepTogether([p("<br/>".join(lines)), box]) if lines else box
    lines += [e(line.strip()) for line in cap(f.organiser_address, ADDRESS_LIMIT).replace(",", "\n").splitlines() if line.strip()]
    return p("<br/>".join(lines))


def _head(data: LetterInput) -> list[Flowable]:
    profile = data.profile
    contact = ", ".join(x for x in (profile.contact_name, profile.contact_phone, profile.contact_email) if x)
    meta = [
        (translate("Letter", "Date"), long_date(data.letter_date)),
        (translate("Letter", "Our reference"), data.reference),
        (translate("Letter", "Subject"), e(subject(data))),
        (translate("Letter", "Contact"), e(contact)),
    ]
    meta_table = Table([[p(k, "small"), p(v, "cell")] for k, v in meta], colWidths=[28 * mm, 110 * mm], hAlign="LEFT")
    meta_table.setStyle(table_style(header_rows=0, zebra=False, extra=[("LINEBELOW", (0, 0), (-1, -1), 0, "white")]))
    return [*_letterhead(data), Spacer(1, 7 * mm), _addressee(data), Spacer(1, 5 * mm), meta_table, Spacer(1, 5 * mm)]


def _salutation(data: LetterInput) -> Paragraph:
    name = data.facts.organiser_name
    return p(translate("Letter", "Dear {name},").format(name=e(cap(name, ADDRESS_LIMIT))) if name else translate("Letter", "Dear Sir or Madam,"))


def _signature(data: LetterInput) -> list[str]:
    """Who signs a decision: as decided, "namens" the mayor under a mandate (Awb 10:10)."""
    f, name = data.facts, data.profile.name
    if f.decided_capacity == Capacity.DEPUTY_MAYOR:
        return [translate("Letter", "The deputy mayor of {name},").format(name=e(name)), "", "", e(f.decided_by)]
    if f.decided_capacity == Capacity.MANDATE:
        return [translate("Letter", "on behalf of the mayor of {name},").format(name=e(name)), "", "", e(f.decided_by), e(f.decided_function)]
    return [translate("Letter", "The mayor of {name},").format(name=e(name)), "", "", e(f.decided_by)]


def _closing(signature: list[str], last: list[Flowable] | None = None) -> list[Flowable]:
    """The last paragraph, greeting and signatory stay on one page."""
    return [KeepTogether([*(last or []), Spacer(1, 4 * mm), p(translate("Letter", "Yours sincerely,")), p("<br/>".join(signature))])]


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
    participants = head_count_text(f.expected_participants, f.expected_participants_max)
    rows.append((translate("Letter", "Expected participants"), e(participants or translate("Letter", "not given"))))
    if f.organiser_measures:
        rows.append((translate("Letter", "Your own measures"), e(cap(f.organiser_measures))))
    table = Table([[p(k, "cell_bold"), p(v, "cell")] for k, v in rows], colWidths=[45 * mm, 125 * mm], hAlign="LEFT")
    table.setStyle(table_style(header_rows=0))
    return table


def _term_text(data: LetterInput, receipt: bool = True) -> str:
    """The term outcome; the receipt adds what lateness may (not must) lead to."""
    f = data.facts
    values = {"received": format_moment(f.received_at), "deadline": format_moment(f.notice_deadline), "source": e(f.rule_source)}
    if f.on_time:
        return translate("Letter", "Your notification, received on {received}, was on time: the latest on-time moment was {deadline} ({source}).").format(**values)
    text = translate("Letter", "Your notification was received on {received}, after the latest on-time moment of {deadline} ({source}).").format(**values)
    if not receipt:
        return text
    if f.late_accepted:
        return text + " " + translate("Letter", "Because of special circumstances the mayor has shortened the term; your notification is being handled.")
    return text + " " + translate("Letter", "A late notification can be a ground for a ban (article 5, second paragraph, opening words and under a, Wom), but it does not lead to one by itself: the mayor weighs what the lateness made impossible, and may shorten the term in special circumstances. You will hear from us as soon as possible.")


# --- the receipt ---------------------------------------------------------------------------


def receipt_story(data: LetterInput) -> list[Flowable]:
    f, profile = data.facts, data.profile
    contact = ", ".join(x for x in (profile.contact_function, profile.contact_phone, profile.contact_email) if x)
    story = [
        *_head(data),
        _salutation(data),
        p(translate("Letter", "On {received} we received your notification ({channel}). With this letter we confirm its receipt. The moment of receipt is what counts for the notification term.").format(
            received=f"<b>{format_moment(f.received_at)}</b>", channel=label(f.channel).lower())),
        p(translate("Letter", "You notified the following:")),
        _facts_table(data),
        Spacer(1, 4 * mm),
        p(_term_text(data)),
    ]
    if f.place_type == PlaceType.NON_PUBLIC:
        story.append(p(translate("Letter", "Your manifestation takes place in a place that is not public. No conditions or restrictions are set there in advance; only while it takes place can the mayor order it to end, to protect health or to fight or prevent disorder (article 8 Wom).")))
    else:
        story.append(p(translate("Letter", "The mayor may set conditions or restrictions or, as a last resort, ban the manifestation (article 5 Wom), only to protect health, in the interest of traffic or to fight or prevent disorder (article 2 Wom), and never because of what you wish to express (article 5, third paragraph, Wom). Any decision will be made known to you as soon as possible (article 5, fourth paragraph, Wom).")))
    story.append(p(translate("Letter", "We invite you to a preliminary meeting (vooroverleg) about how the manifestation will go: the route or place, the set-up, your own measures such as stewards and sound. Please contact {name}, {contact}.").format(name=e(profile.contact_name), contact=e(contact))))
    signature = [e(profile.contact_name), e(profile.contact_function), e(profile.municipality)]
    last = [p(translate("Letter", "Do the data above change? Please let us know straight away."))]
    return story + _closing([line for line in signature if line], last)


# --- the decision --------------------------------------------------------------------------


def _measure_items(data: LetterInput) -> list[Flowable]:
    items: list[Flowable] = []
    for number, measure in enumerate(data.facts.measures, start=1):
        text = re.sub(r"^\s*\d+\s*[.)]\s*", "", measure.text.strip())  # the letter numbers them
        serves = translate("Letter", "This serves {interests}.").format(interests=interests_text(measure.interests))
        if len(text) > CHUNK:  # in full, split over pages
            items += [*paragraphs(text, stylesheet()["bullet"], first_bullet=f"{number}."), Paragraph(f"<i>{e(serves)}</i>", stylesheet()["bullet"])]
        else:
            items.append(Paragraph(f"{e(text)}<br/><i>{e(serves)}</i>", stylesheet()["bullet"], bulletText=f"{number}."))
    return items


def _decision_part(data: LetterInput) -> list[Flowable]:
    f = data.facts
    kind = label(f.kind).lower()
    if f.decision == Decision.NO_MEASURES:
        return [p(translate("Letter", "The mayor sets no conditions or restrictions for the {kind} (article 5, first paragraph, Wom). You can hold the manifestation as you notified it.").format(kind=kind))]
    if f.decision == Decision.BAN:
        if f.ban_ground is None:
            raise ValueError("a ban letter needs the ground of article 5, second paragraph")
        letter = _BAN_LETTERS[f.ban_ground]
        grounds = {
            BanGround.LATE: translate("Letter", "the notification was not made on time"),
            BanGround.DATA_LATE: translate("Letter", "the required data were not given on time"),
            BanGround.INTEREST: translate("Letter", "the ban is necessary {interests}").format(interests=interests_text(f.ban_interests)),
        }
        return [
            p(translate("Letter", "On the basis of article 5, first paragraph, Wom the mayor bans the {kind} on {date} at {place}.").format(
                kind=kind, date=long_date(to_local(f.start_at).date()), place=e(cap(f.location)))),
            p(translate("Letter", "The ban rests on article 5, second paragraph, opening words and under {letter}, Wom: {ground}.").format(letter=letter, ground=grounds[f.ban_ground])),
        ]
    intro = (translate("Letter", "On the basis of article 5, first paragraph, Wom the mayor sets the following conditions (voorschriften) for the {kind}:")
             if f.decision == Decision.CONDITIONS else
             translate("Letter", "On the basis of article 5, first paragraph, Wom the mayor sets the following restrictions (beperkingen) and conditions for the {kind}:"))
    return [p(intro.format(kind=kind)), *_measure_items(data), Spacer(1, 2 * mm)]


def _motivation_part(data: LetterInput) -> list[Flowable]:
    f = data.facts
    if f.decision == Decision.NO_MEASURES and not f.motivation.strip():
        return []
    story: list[Flowable] = [p(translate("Letter", "Motivation"), "h2"), *_paragraphs(f.motivation)]
    if f.decision == Decision.BAN:
        if f.ban_ground == BanGround.LATE:
            story += [p(translate("Letter", "Weighing of the late notification"), "h3"), p(_term_text(data, receipt=False)),
                      *_paragraphs(f.lateness_weighing)]
        story += [p(translate("Letter", "Why conditions or restrictions do not suffice"), "h3"), *_paragraphs(f.ban_alternatives)]
    if f.decision != Decision.NO_MEASURES:
        story.append(p(translate("Letter", "What you wish to express played no part in this decision (article 5, third paragraph, Wom).")))
    if f.place_type == PlaceType.NEAR_EMBASSY:
        story.append(p(translate("Letter", "The manifestation takes place near an embassy, consulate or international organisation. That alone is no ground for measures in advance: this decision rests on article 5 Wom and the interests of article 2 Wom. During the manifestation the mayor can give instructions so that the institution can keep working (article 9 Wom).")))
    return story


def _legal_basis(data: LetterInput) -> str:
    f = data.facts
    articles = translate("Letter", "article 2 and article 5, first paragraph")
    if f.decision == Decision.NO_MEASURES:  # no power of art. 5 used, so no interest of art. 2 either
        articles = translate("Letter", "article 5, first paragraph")
    if f.decision == Decision.BAN and f.ban_ground == BanGround.INTEREST:
        articles = translate("Letter", "article 2 and article 5, first paragraph and second paragraph, opening words and under {letter}").format(letter=_BAN_LETTERS[f.ban_ground])
    elif f.decision == Decision.BAN and f.ban_ground is not None:  # lateness or missing data: no art. 2 interest
        articles = translate("Letter", "article 5, first paragraph and second paragraph, opening words and under {letter}").format(letter=_BAN_LETTERS[f.ban_ground])
    text = translate("Letter", "This decision rests on the Wet openbare manifestaties (Wom), {articles}.").format(articles=articles)
    if f.rule_source:
        text += " " + translate("Letter", "The notification term follows from {source}.").format(source=e(f.rule_source))
    return text


def _made_known(data: LetterInput) -> str:
    f = data.facts
    if f.made_known_at is not None and f.made_known_how is not None:
        return translate("Letter", "This decision was made known to you on {moment} {how} (article 5, fourth paragraph, Wom).").format(
            moment=format_moment(f.made_known_at), how=translate("Letter", _MADE_KNOWN[f.made_known_how]))
    return translate("Letter", "This decision is made known to you as soon as possible, with this letter (article 5, fourth paragraph, Wom).")


def _objection(data: LetterInput) -> list[Flowable]:
    profile = data.profile
    story = [
        p(translate("Letter", "Objection (bezwaar)"), "h2"),
        p(translate("Letter", "If you do not agree with this decision, you can lodge an objection within six weeks. The term starts on the day after the day on which this decision was made known to you (articles 6:7 and 6:8 Algemene wet bestuursrecht). Send your objection to:")),
        p("<br/>".join(e(line) for line in profile.objection_address)),
        p(translate("Letter", "Your objection must contain at least: your name and address; the date; the decision you object to (give our reference {reference} and the date of this decision); the reasons why you do not agree. Sign it.").format(reference=data.reference)),
        p(translate("Letter", "An objection does not suspend this decision: it stays in force while the objection is handled.")),
    ]
    court = translate("Letter", "If the matter is so urgent that you cannot wait for the decision on your objection, you can, once you have lodged the objection, ask the preliminary relief judge (voorzieningenrechter) of the {court} for a provisional ruling (voorlopige voorziening, article 8:81 Algemene wet bestuursrecht). A court fee (griffierecht) is charged for this request.").format(court=e(profile.court))
    if profile.court_address:
        court += " " + translate("Letter", "The court's address: {address}.").format(address=e(", ".join(profile.court_address)))
    return story + [p(court)]


def decision_story(data: LetterInput) -> list[Flowable]:
    f = data.facts
    return [
        *_head(data),
        _salutation(data),
        p(translate("Letter", "On {received} we received your notification of a {kind} on {date} at {place}. The mayor has decided on it as follows.").format(
            received=format_moment(f.received_at), kind=label(f.kind).lower(),
            date=long_date(to_local(f.start_at).date()), place=e(cap(f.location)))),
        p(translate("Letter", "Decision"), "h2"),
        *_decision_part(data),
        *_motivation_part(data),
        p(translate("Letter", "Legal basis"), "h2"),
        p(_legal_basis(data)),
        p(translate("Letter", "Making known"), "h2"),
        p(_made_known(data)),
        *_objection(data),
        *_closing(_signature(data)),
    ]


def _info(data: LetterInput, kind: str) -> DocumentInfo:
    what = translate("Letter", "Receipt") if kind == "receipt" else translate("Letter", "Decision")
    title = f"{what} {data.reference} — {subject(data)}"
    return DocumentInfo(title=title, marking=None, prepared_at=data.prepared_at, author=data.profile.author, subject=subject(data))


def build_receipt(data: LetterInput) -> bytes:
    return build_pdf(receipt_story(data), _info(data, "receipt"))


def build_decision_letter(data: LetterInput) -> bytes:
    if data.facts.decision is None:
        raise ValueError("no decision recorded for this notification")
    return build_pdf(decision_story(data), _info(data, "decision"))

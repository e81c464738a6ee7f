"""The briefing's section for one demonstration that needs the driehoek's attention."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from crisisdesk.domain.calendar.records import EVENT, Clash
from crisisdesk.domain.documents.briefing import DemonstrationItem, PartnerProgress
from crisisdesk.domain.enums import Decision, Risk
from crisisdesk.domain.register.decisions import content_warning_terms
from crisisdesk.i18n import translate
from crisisdesk.labels import format_moment, label, late_notice, term_label
from crisisdesk.reports.base import heading
from crisisdesk.reports.flowables import TextLines, WrapOnceParagraph, wrapped
from crisisdesk.reports.longtext import cap
from crisisdesk.reports.styles import FONT, FONT_BOLD, INK, LATE, MUTED, stylesheet, table_style
from crisisdesk.domain.head_counts import head_count_text

OPEN_ITEMS_SHOWN = 6  # per partner; the rest is counted
LATE_HEX = "#" + LATE.hexval()[2:]
MUTED_HEX = "#" + MUTED.hexval()[2:]

REASONS = {
    "high_risk": lambda: translate("Briefing", "high risk"),
    "late": lambda: translate("Briefing", "not on time"),
    "counter": lambda: translate("Briefing", "counter-demonstration"),
    "clash": lambda: translate("Briefing", "clashes in time and place"),
    "measures": lambda: translate("Briefing", "restrictions or ban proposed"),
}

CLASH_REASONS = {
    "same_place": lambda: translate("Briefing", "same place"),
    "same_district": lambda: translate("Briefing", "same wijk"),
    "counter_to": lambda: translate("Briefing", "this is a counter-demonstration to it"),
    "countered_by": lambda: translate("Briefing", "counter-demonstration to this one"),
}
TITLE_LIMIT = 200  # characters of a purpose in a heading


def p(text: str, style: str = "body") -> Paragraph:
    return WrapOnceParagraph(text, stylesheet()[style])


def e(text: object) -> str:
    return escape(str(text if text is not None else ""))


def period_text(item) -> str:
    start, end = format_moment(item.start_at), format_moment(item.end_at)
    if start[:-5] == end[:-5]:
        return f"{start}–{end[-5:]}"
    return f"{start} – {end}"


def decision_text(item: DemonstrationItem) -> str:
    if item.decision is None:
        return translate("Briefing", "none yet")
    if item.decided:
        return label(item.decision)
    return translate("Briefing", "{decision} (proposed)").format(decision=label(item.decision))


def open_points(item: DemonstrationItem) -> list[str]:
    points = []
    if item.decision is None:
        points.append(translate("Briefing", "No decision on measures yet."))
    elif not item.decided:
        points.append(translate("Briefing", "Proposed decision not yet taken: {decision}.").format(decision=label(item.decision)))
    if not item.on_time and not item.late_accepted:
        points.append(late_notice() + ".")
    if item.late_accepted:
        points.append(translate("Briefing", "Term shortened by the mayor: {reason}").format(reason=item.late_accepted_reason))
    if item.risk == Risk.UNKNOWN:
        points.append(translate("Briefing", "Risk cannot be assessed beforehand: ask the police for an assessment."))
    if item.expected_participants is None:
        points.append(translate("Briefing", "Expected number of participants not given."))
    if item.clashes:
        points.append(translate("Briefing", "Coordinate place and time with {n} overlapping notification(s) or event(s).").format(n=len(item.clashes)))
    still_open = sum(len(progress.open_items) for progress in item.checklist)
    if still_open:
        overdue = sum(progress.overdue for progress in item.checklist)
        partners = sum(1 for progress in item.checklist if progress.open_items)
        points.append(translate("Briefing", "Checklist: {n} item(s) open with {partners} partner(s), {overdue} of them overdue.").format(
            n=still_open, partners=partners, overdue=overdue))
    terms = content_warning_terms(item.decision_conditions)
    if terms:
        points.append(translate("Briefing", "The conditions seem to be about content ({terms}); the Wom forbids that (art. 5 par. 3).").format(terms=", ".join(terms)))
    return points


def asked_decision(item: DemonstrationItem) -> str:
    """What the driehoek is asked to decide or note for this item."""
    parts = []
    if item.decision is not None and not item.decided:
        grounds = "; ".join(label(g) for g in item.decision_grounds)
        if item.decision == Decision.BAN:
            parts.append(translate("Briefing", "Agree with the proposed ban, on the grounds: {grounds}.").format(grounds=grounds))
        elif item.decision == Decision.NO_MEASURES:
            parts.append(translate("Briefing", "Agree that no conditions are needed."))
        else:
            parts.append(translate("Briefing", "Agree with the proposed {decision}, on the grounds: {grounds}.").format(
                decision=label(item.decision).lower(), grounds=grounds))
    elif item.decision is None:
        if not item.on_time and not item.late_accepted:
            parts.append(translate("Briefing", "Decide whether to shorten the term because of special circumstances, or to consider a ban (Wom art. 5 par. 2 sub a)."))
        if "counter" in item.attention_reasons:
            parts.append(translate("Briefing", "Decide how the demonstration and counter-demonstration are kept apart in place and time."))
        if item.risk in (Risk.HIGH, Risk.UNKNOWN) or not parts:
            parts.append(translate("Briefing", "Decide on conditions or restrictions (Wom art. 5 par. 1), on the police's advice."))
    else:
        parts.append(translate("Briefing", "For information: the decision has been taken ({decision}).").format(decision=label(item.decision)))
    return " ".join(parts)


FACT_WIDTHS = (38 * mm, 136 * mm)


def _fact_cell(text: str, width: float, font: str) -> TextLines:
    return TextLines([(line, font, 8, INK) for line in wrapped(text, font, 8, width - 6)])


def _facts(item: DemonstrationItem) -> Table:
    """The facts as plain text (no markup), broken once: a section has some twenty cells."""
    rows = [
        (translate("Briefing", "Kind"), label(item.kind)),
        (translate("Briefing", "Purpose"), item.purpose),
        (translate("Briefing", "When"), period_text(item)),
        (translate("Briefing", "Place"), f"{item.location} ({item.district.value}) — {label(item.place_type)}"),
    ]
    if item.route:
        rows.append((translate("Briefing", "Route"), item.route))
    participants = head_count_text(item.expected_participants, item.expected_participants_max)
    rows.append((translate("Briefing", "Expected participants"), participants or translate("Briefing", "not given")))
    if item.composition:
        rows.append((translate("Briefing", "Composition"), item.composition))
    if item.organiser_measures:
        rows.append((translate("Briefing", "Organiser's measures"), item.organiser_measures))
    if item.organisation:
        rows.append((translate("Briefing", "Organisation"), item.organisation))
    if item.organiser is not None:
        o = item.organiser
        contact = "\n".join(v for v in (o.name, o.address, o.phone, o.email) if v)
        rows.append((translate("Briefing", "Organiser (personal data)"), contact))
    rows += [
        (translate("Briefing", "Received"), format_moment(item.received_at)),
        (translate("Briefing", "Risk"), label(item.risk)),
        (translate("Briefing", "Status"), label(item.status)),
        (translate("Briefing", "Decision"), decision_text(item)),
    ]
    if item.decision_grounds:
        rows.append((translate("Briefing", "Grounds"), "\n".join(label(g) for g in item.decision_grounds)))
    if item.decision_conditions:
        rows.append((translate("Briefing", "Conditions"), item.decision_conditions))
    data = [[_fact_cell(k, FACT_WIDTHS[0], FONT_BOLD), _fact_cell(cap(v), FACT_WIDTHS[1], FONT)] for k, v in rows]
    table = Table(data, colWidths=list(FACT_WIDTHS))
    table.setStyle(table_style(header_rows=0, zebra=False))
    return table


def item_section(item: DemonstrationItem) -> list[Flowable]:
    title = f"#{item.id} {e(cap(item.purpose, TITLE_LIMIT))}"
    story: list[Flowable] = [heading(title, level=2, key=f"n{item.id}")]
    reasons = ", ".join(REASONS[r]() for r in item.attention_reasons)
    story.append(p(translate("Briefing", "On the agenda because: {reasons}.").format(reasons=reasons), "small"))
    story.append(_facts(item))
    colour = "#2e7d32" if item.on_time else LATE_HEX
    story.append(p(translate("Briefing", "Notice term"), "h3"))
    story.append(p(f'<font color="{colour}"><b>{term_label(item.on_time, item.late_accepted)}</b></font> — {e(item.rule_name)}'))
    story += [p(e(line), "bullet") for line in item.term_lines]
    story.append(p(translate("Briefing", "Clashes"), "h3"))
    if item.clashes:
        story += [p(clash_text(clash), "bullet") for clash in item.clashes]
    else:
        story.append(p(translate("Briefing", "No notifications or events at the same place or in the same wijk at that time.")))
    story.append(p(translate("Briefing", "Checklist progress per partner"), "h3"))
    if item.checklist:
        story += [p(progress_text(progress), "bullet") for progress in item.checklist]
    else:
        story.append(p(translate("Briefing", "No checklist registered for this notification.")))
    story.append(p(translate("Briefing", "Open points"), "h3"))
    points = open_points(item)
    story += [p(e(point), "bullet") for point in points] or [p(translate("Briefing", "None."))]
    story.append(KeepTogether([p(translate("Briefing", "Decision asked of the triangle: {ask}").format(ask=e(asked_decision(item))), "ask")]))
    return story


def clash_text(clash: Clash) -> str:
    when = period_text(_Span(clash))
    place = e(clash.other_district.value) if clash.other_district else ""
    if clash.other_location:
        place = f"{e(clash.other_location)} ({place})"
    if clash.other_kind == EVENT:
        what = translate("Briefing", "Event: {title}").format(title=f"<b>{e(clash.other_title)}</b>")
    else:
        what = f"#{clash.other_id} {e(clash.other_title)}"
    return f"{what} — {when}, {place}: {CLASH_REASONS[clash.reason]()}"


def progress_text(progress: PartnerProgress) -> str:
    """"Politie: 3 of 5 done (1 overdue)<br/>open: traffic plan (due …); …"."""
    partner = e(progress.partner) if progress.partner else translate("Briefing", "Not assigned yet")
    text = translate("Briefing", "{partner}: {done} of {total} done").format(
        partner=f"<b>{partner}</b>", done=progress.done, total=progress.total)
    if progress.overdue:
        overdue = translate("Briefing", "({n} overdue)").format(n=progress.overdue)
        text += f' <font color="{LATE_HEX}">{overdue}</font>'
    if not progress.open_items:
        return text
    shown = []
    for open_item in progress.open_items[:OPEN_ITEMS_SHOWN]:
        entry = e(open_item.text)
        if open_item.due_at is not None:
            due = translate("Briefing", "due {moment}").format(moment=format_moment(open_item.due_at))
            entry += f' <font color="{LATE_HEX if open_item.overdue else MUTED_HEX}">({due})</font>'
        shown.append(entry)
    more = len(progress.open_items) - len(shown)
    if more:
        shown.append(translate("Briefing", "{n} more").format(n=more))
    return text + "<br/>" + translate("Briefing", "open: {items}").format(items="; ".join(shown))


class _Span:
    def __init__(self, clash) -> None:
        self.start_at = clash.other_start_at
        self.end_at = clash.other_end_at



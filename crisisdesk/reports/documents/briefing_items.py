"""The briefing's compact card for one demonstration that needs the driehoek's attention.

A card reads in under a minute: what, when, where, expected size, risk and why, the
term outcome in one line, proposed measures, previous editions, open partner actions,
and the decision asked of the mayor (the driehoek advises). The card is kept on one
page; the term derivation lives in the appendix.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from crisisdesk.domain.calendar.records import EVENT, Clash
from crisisdesk.domain.documents.briefing import DemonstrationItem, PartnerProgress, PreviousEdition
from crisisdesk.domain.enums import Decision, Risk, Status
from crisisdesk.domain.register.decisions import content_warning_terms
from crisisdesk.i18n import translate
from crisisdesk.labels import format_moment, label, late_notice, term_label
from crisisdesk.reports.base import heading
from crisisdesk.reports.flowables import TextLines, WrapOnceParagraph, wrapped
from crisisdesk.reports.longtext import cap
from crisisdesk.reports.styles import FONT, FONT_BOLD, HEADER_BG, INK, LATE, MUTED, ZEBRA, stylesheet, table_style
from crisisdesk.domain.head_counts import head_count_text

OPEN_ITEMS_SHOWN = 2  # per partner on a card; the rest is counted
LATE_HEX = "#" + LATE.hexval()[2:]
MUTED_HEX = "#" + MUTED.hexval()[2:]
FRAME_WIDTH = 174 * mm  # the portrait frame

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
    "nearby": lambda: translate("Briefing", "nearby"),
}


def clash_reason_text(clash: Clash) -> str:
    """"same wijk", "nearby, 180 m away": the reason, with the distance when known."""
    reason = CLASH_REASONS.get(clash.reason, CLASH_REASONS["same_district"])()
    if clash.distance_m is None:
        return reason
    return translate("Briefing", "{reason}, {metres} m away").format(reason=reason, metres=round(clash.distance_m))
TITLE_LIMIT = 200  # characters of a purpose in a heading

MATCHES = {
    "organiser": lambda: translate("Briefing", "same organiser"),
    "purpose": lambda: translate("Briefing", "same purpose"),
    "place": lambda: translate("Briefing", "same place"),
}


def p(text: str, style: str = "body") -> Paragraph:
    return WrapOnceParagraph(text, stylesheet()[style])


@cache
def _whole_words() -> dict[str, ParagraphStyle]:
    """The house styles, but lines break only at spaces: no "veili gheidsrisicogebied"."""
    return {name: ParagraphStyle(f"{name}_words", parent=style, splitLongWords=0) for name, style in stylesheet().items()}


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of the briefing: words are never split inside (nor e-mail addresses)."""
    return WrapOnceParagraph(text, _whole_words()[style])


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


def proposal_text(item: DemonstrationItem) -> str:
    """The advisor's proposal: the proposed decision with its grounds, or that there is none yet."""
    if item.decision is None:
        return translate("Briefing", "No proposal yet")
    text = label(item.decision)
    if item.decision_grounds:
        text += " — " + "; ".join(label(g) for g in item.decision_grounds)
    return text


def term_line(item: DemonstrationItem) -> str:
    """The term outcome in one line: "Tijdig — ontvangen …, uiterste tijdstip … (Utrecht 48 uur)"."""
    return translate("Briefing", "{outcome} — received {received}, latest on-time moment {deadline} ({rule})").format(
        outcome=term_label(item.on_time, item.late_accepted), received=format_moment(item.received_at),
        deadline=format_moment(item.notice_deadline), rule=item.rule_name)


def risk_line(item: DemonstrationItem) -> str:
    reasons = ", ".join(REASONS[r]() for r in item.attention_reasons)
    return f"{label(item.risk)} — {reasons}" if reasons else label(item.risk)


def open_points(item: DemonstrationItem) -> list[str]:
    """What still needs doing or watching that the card's other lines do not already say."""
    points = []
    if not item.on_time and not item.late_accepted:
        points.append(late_notice() + ".")
    if item.late_accepted:
        points.append(translate("Briefing", "Term shortened by the mayor: {reason}").format(reason=item.late_accepted_reason))
    if item.risk == Risk.UNKNOWN:
        points.append(translate("Briefing", "Risk cannot be assessed beforehand: ask the police for an assessment."))
    if item.expected_participants is None:
        points.append(translate("Briefing", "Expected number of participants not given."))
    terms = content_warning_terms(item.decision_conditions)
    if terms:
        points.append(translate("Briefing", "The conditions seem to be about content ({terms}); the Wom forbids that (art. 5 par. 3).").format(terms=", ".join(terms)))
    return points


def asked_decision(item: DemonstrationItem) -> str:
    """What the mayor is asked to decide for this item (the driehoek advises)."""
    parts = []
    if item.decision is not None and not item.decided:
        grounds = "; ".join(label(g) for g in item.decision_grounds)
        if item.decision == Decision.BAN:
            parts.append(translate("Briefing", "Decide on the proposed ban, on the grounds: {grounds}; say why conditions or restrictions would not suffice.").format(grounds=grounds))
        elif item.decision == Decision.NO_MEASURES:
            parts.append(translate("Briefing", "Confirm that no conditions are needed."))
        else:
            parts.append(translate("Briefing", "Decide on the proposed {decision}, on the grounds: {grounds}.").format(
                decision=label(item.decision).lower(), grounds=grounds))
    elif item.decision is None:
        if not item.on_time and not item.late_accepted:
            parts.append(translate("Briefing", "Decide whether to shorten the term because of special circumstances, or to consider a ban (artikel 5, tweede lid, aanhef en onder a, Wom)."))
        if "counter" in item.attention_reasons:
            parts.append(translate("Briefing", "Decide how the demonstration and counter-demonstration are kept apart in place and time."))
        if item.risk in (Risk.HIGH, Risk.UNKNOWN) or not parts:
            parts.append(translate("Briefing", "Decide on conditions or restrictions (artikel 5, eerste lid, Wom), with the police's advice."))
    else:
        parts.append(translate("Briefing", "For information: the mayor has decided ({decision}).").format(decision=label(item.decision)))
    return " ".join(parts)


def asked_label() -> str:
    return translate("Briefing", "Decision asked of the mayor (the triangle advises)")


FACT_WIDTHS = (36 * mm, 138 * mm)
FACT_TEXT = 700  # characters of one line of a card; the register holds the rest
TITLE_TEXT = 200  # characters of a card's heading


FACT_LINES = 30  # lines of one value of a card


def clip_lines(text: str) -> str:
    """Each line of ``text`` clipped, and at most ``FACT_LINES`` of them (a list of partners
    stays whole; a pasted document does not)."""
    lines = [clip(line) for line in text.split("\n")]
    if len(lines) > FACT_LINES:
        lines = [*lines[:FACT_LINES], "… " + translate("Briefing", "(shortened; the full text is in the register)")]
    return "\n".join(lines)


def clip(text: str, limit: int = FACT_TEXT) -> str:
    """``text`` cut at a word near ``limit`` (the reports' shared ``longtext.cap``): a card is a
    summary, and a table row cannot run over a page."""
    return cap(text, limit)


def _fact_cell(text: str, width: float, font: str, colour=INK) -> TextLines:
    return TextLines([(line, font, 8, colour) for line in wrapped(text, font, 8, width - 6)])


def previous_text(edition: PreviousEdition) -> str:
    if edition.status == Status.WITHDRAWN:
        outcome = label(edition.status)
    elif edition.decision is not None:
        outcome = label(edition.decision)
    else:
        outcome = label(edition.status)
    if not edition.on_time:
        outcome += ", " + term_label(False).lower()
    return f"{format_moment(edition.start_at)[:-6]} #{edition.id} {edition.purpose} — {edition.location}: {outcome} ({MATCHES[edition.match]()})"


def partner_line(progress: PartnerProgress) -> str:
    partner = progress.partner or translate("Briefing", "Not assigned yet")
    text = translate("Briefing", "{partner}: {done} of {total} done").format(partner=partner, done=progress.done, total=progress.total)
    if progress.overdue:
        text += " " + translate("Briefing", "({n} overdue)").format(n=progress.overdue)
    shown = []
    for open_item in progress.open_items[:OPEN_ITEMS_SHOWN]:
        entry = open_item.text
        if open_item.due_at is not None:
            entry += " (" + translate("Briefing", "due {moment}").format(moment=format_moment(open_item.due_at)[:-5].strip()) + ")"
        shown.append(entry)
    more = len(progress.open_items) - len(shown)
    if more:
        shown.append(translate("Briefing", "{n} more").format(n=more))
    return text + (": " + "; ".join(shown) if shown else "")


def _facts(item: DemonstrationItem) -> Table:
    """The card's lines as plain text (no markup), broken once at spaces."""
    what = label(item.kind) + (f" — {item.organisation}" if item.organisation else "")
    place = f"{item.location} ({item.district.value}) — {label(item.place_type)}"
    rows: list[tuple[str, str, object]] = [
        (translate("Briefing", "What"), what, INK),
        (translate("Briefing", "When"), period_text(item), INK),
        (translate("Briefing", "Where"), place + ("; " + translate("Briefing", "route: {route}").format(route=item.route) if item.route else ""), INK),
        (translate("Briefing", "Expected size"),
         head_count_text(item.expected_participants, item.expected_participants_max) or translate("Briefing", "not given"), INK),
        (translate("Briefing", "Risk and why"), risk_line(item), LATE if item.risk == Risk.HIGH else INK),
        (translate("Briefing", "Notice term"), term_line(item), INK if item.on_time else LATE),
    ]
    if item.clashes:
        rows.append((translate("Briefing", "Clashes"), "\n".join(clash_line(c) for c in item.clashes), INK))
    measures = proposal_text(item)
    if item.decided:
        measures = translate("Briefing", "Decided: {decision}").format(decision=label(item.decision))
    if item.decision_conditions:
        measures += "\n" + item.decision_conditions
    if item.organiser_measures:
        measures += "\n" + translate("Briefing", "Organiser's own measures: {measures}").format(measures=item.organiser_measures)
    rows.append((translate("Briefing", "Proposed measures"), measures, INK))
    rows.append((translate("Briefing", "Previous editions"),
                 "\n".join(previous_text(x) for x in item.previous) or translate("Briefing", "None found in the register."), INK))
    if item.checklist:
        partners = "\n".join(partner_line(x) for x in item.checklist if x.open_items or x.overdue)
        rows.append((translate("Briefing", "Open partner actions"), partners or translate("Briefing", "None: every action is done."), INK))
    else:
        rows.append((translate("Briefing", "Open partner actions"), translate("Briefing", "No checklist registered."), INK))
    if item.organiser is not None:
        o = item.organiser
        rows.append((translate("Briefing", "Organiser (personal data)"), "\n".join(v for v in (o.name, o.address, o.phone, o.email) if v), INK))
    points = open_points(item)
    if points:
        rows.append((translate("Briefing", "Note"), "\n".join(points), INK))
    data = [[_fact_cell(k, FACT_WIDTHS[0], FONT_BOLD, MUTED), _fact_cell(clip_lines(v), FACT_WIDTHS[1], FONT, colour)] for k, v, colour in rows]
    table = Table(data, colWidths=list(FACT_WIDTHS))
    table.setStyle(table_style(header_rows=0, zebra=False, extra=[
        ("BACKGROUND", (0, 0), (-1, -1), colors.white), ("BACKGROUND", (0, 0), (0, -1), ZEBRA),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def ask_box(item: DemonstrationItem) -> Table:
    """The decision asked, in a shaded box that is a table cell: it moves with its card."""
    text = f"<b>{e(asked_label())}:</b> {e(asked_decision(item))}"
    if not item.decided:
        text += " " + e(translate("Briefing", "Decide before {moment}.").format(moment=format_moment(item.start_at)))
    box = Table([[para(text, "cell")]], colWidths=[FRAME_WIDTH])
    box.setStyle(table_style(header_rows=0, zebra=False, extra=[
        ("BACKGROUND", (0, 0), (-1, -1), HEADER_BG), ("LINEBELOW", (0, 0), (-1, -1), 0, HEADER_BG),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5)]))
    return box


def item_section(item: DemonstrationItem, anchor: Flowable | None = None, extra: list[Flowable] | None = None) -> list[Flowable]:
    """The card, kept on one page: heading, facts and the decision asked together
    (``extra``, e.g. the card's map, between the facts and the decision)."""
    title = f"#{item.id} {e(clip(item.purpose, TITLE_TEXT))}"
    parts: list[Flowable] = [anchor] if anchor is not None else []
    parts += [heading(title, level=2, key=f"n{item.id}"), _facts(item), *(extra or []), ask_box(item)]
    return [KeepTogether(parts)]


def clash_line(clash: Clash) -> str:
    """Plain text: "Evenement: Festival aan de Werf — di 01-12-2026 12:00–23:00, Neude (Binnenstad): zelfde plaats"."""
    place = clash.other_district.value if clash.other_district else ""
    if clash.other_location:
        place = f"{clash.other_location} ({place})" if place else clash.other_location
    if clash.other_kind == EVENT:
        what = translate("Briefing", "Event: {title}").format(title=clash.other_title)
    else:
        what = f"#{clash.other_id} {clash.other_title}"
    return f"{what} — {period_text(_Span(clash))}, {place}: {clash_reason_text(clash)}"


def clash_text(clash: Clash) -> str:
    """``clash_line`` as paragraph markup."""
    return e(clash_line(clash))


class _Span:
    def __init__(self, clash) -> None:
        self.start_at = clash.other_start_at
        self.end_at = clash.other_end_at

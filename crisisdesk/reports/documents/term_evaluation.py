"""The term evaluation as a PDF: share late under the rule that applied and under each
other rule set, overall, per month, per wijk and per kind, with the lead times."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from crisisdesk.domain.register.deadlines import format_date
from crisisdesk.domain.enums import ManifestationKind
from crisisdesk.domain.documents.term_evaluation import Evaluation, GroupRow, Outcomes
from crisisdesk.domain.documents.term_evaluation_findings import findings, format_count, format_share, histogram_labels
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.i18n import translate
from crisisdesk.labels import format_moment, label
from crisisdesk.reports.base import DocumentInfo, build_pdf, heading
from crisisdesk.reports.documents.term_evaluation_charts import lead_histogram, month_lines
from crisisdesk.reports.documents.briefing_items import e, p
from crisisdesk.reports.styles import LATE, MUTED, SERIES, table_style

HISTOGRAM_BARS = colors.HexColor("#c5ccd3")  # light: the rule sets' dashed lines and names stand out
MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def title_of(ev: Evaluation) -> str:
    return translate("Evaluation", "Evaluation of the notification term {first} – {last}").format(
        first=format_date(ev.period_from, translate)[3:], last=format_date(ev.period_to, translate)[3:])


def month_label(key: str) -> str:
    year, month = key.split("-")
    return f"{MONTHS[int(month) - 1]} {year}"


def _percent(share) -> str:
    return format_share(share)


def change_marks(ev: Evaluation) -> list[tuple[int, str]]:
    """Month index and label of each rule change inside the period (for the month line)."""
    keys = [g.key for g in ev.by_month]
    marks = []
    for change in ev.rule_changes:
        key = change.day.strftime("%Y-%m")
        index = keys.index(key) if key in keys else None
        if index is not None and index > 0:
            marks.append((index, translate("Evaluation", "from {day}: {rule}").format(
                day=change.day.strftime("%d-%m-%Y"), rule=change.after_rule)))
    return marks


def _outcome_cells(outcome: Outcomes) -> list:
    return [p(format_count(n), "cell_right") for n in (outcome.accepted_late, outcome.conditions, outcome.ban)]


def _group_table(ev: Evaluation, groups: tuple[GroupRow, ...], first: str, name) -> Table:
    head = [first, translate("Evaluation", "Number"), translate("Evaluation", "Late as registered")] + list(ev.rule_names)
    rows = [[p(e(h), "cell_head") for h in head]]
    for g in groups:
        rows.append([p(e(name(g.key)), "cell"), p(format_count(g.applied.total), "cell_right"), p(_percent(g.applied), "cell_right")]
                    + [p(_percent(s), "cell_right") for s in g.per_rule])
    rest = (174 - 38 - 16 - 24) / max(1, len(ev.rule_names))
    table = Table(rows, colWidths=[38 * mm, 16 * mm, 24 * mm] + [rest * mm] * len(ev.rule_names), repeatRows=1)
    table.setStyle(table_style())
    return table


def evaluation_story(ev: Evaluation, prepared_by: str, prepared_at: datetime) -> list[Flowable]:
    story: list[Flowable] = [
        p(title_of(ev), "title"),
        p(translate("Evaluation", "Prepared by {who} on {when}.").format(who=e(prepared_by), when=format_moment(prepared_at)), "small"),
        Spacer(1, 4 * mm),
        p(translate("Evaluation", "The lead time of every notification of a manifestation starting in the period (from receipt to start), the share not on time under the rule that applied when it was received, and what that share would have been under each other rule set. A notification that was late is a possible ground for a ban, never a ban in itself.")),
    ]
    if not ev.applied.total:
        return story + [p(translate("Evaluation", "No notifications in this period."))]
    story.append(KeepTogether([heading(translate("Evaluation", "Main findings")),
                               *(p("• " + e(line)) for line in findings(ev, translate))]))
    story.append(heading(translate("Evaluation", "Share not on time per rule set")))
    head = (translate("Evaluation", "Rule"), translate("Evaluation", "Source"), translate("Evaluation", "Late"),
            translate("Evaluation", "Share late"), translate("Evaluation", "Term shortened"),
            translate("Evaluation", "Conditions or restrictions"), translate("Evaluation", "Ban"))
    rows = [[p(e(h), "cell_head") for h in head]]
    registered = ", ".join(f"{e(name)} ({format_count(n)})" for name, n in ev.applied_rules)
    as_registered = translate("Evaluation", "As registered")
    rows.append([p(f"<b>{as_registered}</b><br/>{registered}", "cell"), p(translate("Evaluation", "the rule valid on the day of receipt"), "cell"),
                 p(format_count(ev.applied.late), "cell_right"), p(f"<b>{_percent(ev.applied)}</b>", "cell_right"),
                 *_outcome_cells(ev.outcomes)])
    for index, (name, source, share) in enumerate(zip(ev.rule_names, ev.rule_sources, ev.per_rule, strict=True)):
        outcome = ev.outcomes_per_rule[index] if index < len(ev.outcomes_per_rule) else Outcomes()
        rows.append([p(e(name), "cell"), p(e(source), "cell"), p(format_count(share.late), "cell_right"),
                     p(_percent(share), "cell_right"), *_outcome_cells(outcome)])
    table = Table(rows, colWidths=[38 * mm, 46 * mm, 14 * mm, 18 * mm, 18 * mm, 24 * mm, 16 * mm], repeatRows=1)
    table.setStyle(table_style())
    story.append(table)
    story.append(p(translate("Evaluation", "The last three columns: what was registered for the notifications that were late under that rule: the mayor shortened the term, conditions or restrictions, a ban."), "small"))
    story.append(Spacer(1, 5 * mm))
    months = [month_label(g.key) for g in ev.by_month]
    series = [(translate("Evaluation", "as registered"), [g.applied.percent for g in ev.by_month])]
    series += [(name, [g.per_rule[i].percent for g in ev.by_month]) for i, name in enumerate(ev.rule_names)]
    story.append(month_lines(months, series, (LATE, *SERIES[:4], MUTED), change_marks(ev),
                             title=translate("Evaluation", "Share not on time per month, per rule set")))
    story.append(Spacer(1, 5 * mm))
    story.append(lead_histogram(ev.histogram, ev.thresholds, (*SERIES[:4], MUTED), bar_colour=HISTOGRAM_BARS, labels=histogram_labels(),
                                title=translate("Evaluation", "Lead time from receipt to start, with the term of each rule set")))
    story += [CondPageBreak(60 * mm), heading(translate("Evaluation", "Per month")), _group_table(ev, ev.by_month, translate("Evaluation", "Month"), month_label)]
    story += [CondPageBreak(60 * mm), heading(translate("Evaluation", "Per wijk")), _group_table(ev, ev.by_district, translate("Evaluation", "Wijk"), str)]
    story += [CondPageBreak(40 * mm), heading(translate("Evaluation", "Per kind")),
              _group_table(ev, ev.by_kind, translate("Evaluation", "Kind"), lambda code: label(ManifestationKind(code)))]
    return story


def build_evaluation(ev: Evaluation, prepared_by: str, prepared_at: datetime, marking: Marking = Marking.INTERNAL,
                     author: str = "") -> bytes:
    """``author``: the municipality and department (services.profile.document_author)."""
    info = DocumentInfo(title=title_of(ev), marking=marking, prepared_at=prepared_at, author=author,
                        subject=translate("Evaluation", "Evaluation of the notification term"))
    return build_pdf(evaluation_story(ev, prepared_by, prepared_at), info)

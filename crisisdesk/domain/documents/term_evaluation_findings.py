"""The main findings of a term evaluation as short Dutch sentences, computed from the
figures (never canned), and the number formats the screen and the PDF share.

Numbers follow the language: Dutch "8,0 %" and "1.234", English "8.0 %" and "1,234";
the space before "%" does not break.
"""

from __future__ import annotations

from collections.abc import Callable

from crisisdesk.domain.documents.term_evaluation import HISTOGRAM_BINS, HISTOGRAM_STEP_HOURS, Evaluation, Share
from crisisdesk.i18n import current_language, translate

Translate = Callable[[str, str], str]

__all__ = ["findings", "format_count", "format_decimal", "format_percent", "format_share", "histogram_labels"]

NBSP = "\u00a0"


def format_decimal(value: float, decimals: int = 1) -> str:
    text = f"{value:,.{decimals}f}"
    if current_language() == "nl":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def format_count(value: int) -> str:
    return format_decimal(value, 0)


def format_percent(value: float | None) -> str:
    """"8,0 %"; "–" when there is nothing to take a share of."""
    if value is None:
        return "–"
    return f"{format_decimal(value, 1)}{NBSP}%"


def format_share(share: Share) -> str:
    return format_percent(share.percent if share.total else None)


def histogram_labels() -> list[str]:
    """"0–12 h", "12–24 h", …, "≥ 168 h": the bins of ``Evaluation.histogram``."""
    hours = translate("Evaluation", "{low}–{high} h")
    labels = [hours.format(low=i * HISTOGRAM_STEP_HOURS, high=(i + 1) * HISTOGRAM_STEP_HOURS) for i in range(HISTOGRAM_BINS)]
    return labels + [translate("Evaluation", "≥ {hours} h").format(hours=HISTOGRAM_BINS * HISTOGRAM_STEP_HOURS)]


def findings(ev: Evaluation, translate: Translate) -> list[str]:
    """Three to six sentences: the period, the rule sets compared, what happened to late
    notifications, how early notifications come in, and a change of rule in the period."""
    total = ev.applied.total
    if not total:
        return [translate("Evaluation", "No notifications of manifestations starting in this period.")]
    lines = [translate(
        "Evaluation", "{n} notifications; not on time under the rule that applied on the day of receipt: {late} ({share})."
    ).format(n=format_count(total), late=format_count(ev.applied.late), share=format_share(ev.applied))]
    if ev.rule_names:
        order = sorted(range(len(ev.rule_names)), key=lambda i: (ev.per_rule[i].late, ev.rule_names[i]))
        low, high = ev.per_rule[order[0]], ev.per_rule[order[-1]]
        if low.late == high.late:
            lines.append(translate("Evaluation", "Every rule set compared gives the same number late: {late} ({share}).").format(
                late=format_count(low.late), share=format_share(low)))
        else:
            lines.append(translate(
                "Evaluation",
                "{low} gives the fewest late notifications, {low_late} ({low_share}); {high} the most, {high_late} "
                "({high_share}): a difference of {difference}.",
            ).format(low=ev.rule_names[order[0]], low_late=format_count(low.late), low_share=format_share(low),
                     high=ev.rule_names[order[-1]], high_late=format_count(high.late), high_share=format_share(high),
                     difference=format_count(high.late - low.late)))
    outcome = ev.outcomes
    if outcome.late:
        lines.append(translate(
            "Evaluation",
            "Of the {late} late notifications: term shortened by the mayor {accepted}; conditions or restrictions "
            "{conditions}; ban {ban}; no measures {none}; no decision recorded {undecided}.",
        ).format(late=format_count(outcome.late), accepted=format_count(outcome.accepted_late),
                 conditions=format_count(outcome.conditions), ban=format_count(outcome.ban),
                 none=format_count(outcome.no_measures), undecided=format_count(outcome.undecided)))
    if ev.median_lead_hours is not None:
        parts = []
        seen = set()
        for (_name, hours), within in sorted(zip(ev.thresholds, ev.within_term, strict=True), key=lambda x: x[0][1]):
            if hours in seen or not hours:
                continue
            seen.add(hours)
            parts.append(translate("Evaluation", "{n} ({share}) less than {hours} hours before the start").format(
                n=format_count(within), share=format_percent(100.0 * within / total), hours=hours))
        sentence = translate("Evaluation", "Half of the notifications came in at least {days} days before the start").format(
            days=format_decimal(ev.median_lead_hours / 24, 1))
        if parts:
            sentence += "; " + "; ".join(parts)
        lines.append(sentence + ".")
    for change in ev.rule_changes:
        if not change.before.total or not change.after.total:
            continue  # the period holds only one side of the change
        lines.append(translate("Evaluation", "Received before {day} ({before}): {before_share} late ({before_late} of {before_n}); "
                                     "from that day ({after}): {after_share} ({after_late} of {after_n}).").format(
            day=change.day.strftime("%d-%m-%Y"), before=change.before_rule, before_share=format_share(change.before),
            before_late=format_count(change.before.late), before_n=format_count(change.before.total),
            after=change.after_rule, after_share=format_share(change.after), after_late=format_count(change.after.late),
            after_n=format_count(change.after.total)))
    return lines

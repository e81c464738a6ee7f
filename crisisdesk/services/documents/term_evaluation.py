"""Reading the notifications of a period for the term evaluation."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from crisisdesk.db.models import Notification
from crisisdesk.domain.documents.term_evaluation import Evaluation, LeadTimeRow, evaluate
from crisisdesk.domain.register.rulesets import RuleSetCatalogue
from crisisdesk.services.register.rule_sets import load_catalogue
from crisisdesk.services.documents.briefing import CancelCheck, Cancelled, ProgressCallback, period_bounds


def term_evaluation(
    factory: sessionmaker,
    period_from: date,
    period_to: date,
    rule_sets: RuleSetCatalogue | None = None,
    on_progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> Evaluation:
    """Every notification starting in the period, judged under each rule set that ships."""
    start, end = period_bounds(period_from, period_to)
    catalogue = rule_sets if rule_sets is not None else load_catalogue(factory)
    statement = (
        select(Notification.id, Notification.start_at, Notification.received_at, Notification.kind,
               Notification.district, Notification.rule_name, Notification.on_time,
               Notification.late_accepted, Notification.decision)
        .where(Notification.start_at >= start, Notification.start_at < end)
        .order_by(Notification.start_at, Notification.id)
    )
    with factory() as session:
        rows = [LeadTimeRow(*values) for values in session.execute(statement)]
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    if on_progress is not None:
        on_progress(1, 2)
    result = evaluate(rows, catalogue.rules(), period_from, period_to)
    if on_progress is not None:
        on_progress(2, 2)
    return result

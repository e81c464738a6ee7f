"""The term evaluation's tables per month, per wijk and per kind as one CSV file.

One row per group, the grouping named in the first column, so a spreadsheet can filter
on it. Written as Dutch Excel opens it by double-click: UTF-8 with BOM, ';', CRLF, and a
decimal comma in the percentages.
"""

from __future__ import annotations

from crisisdesk.csvfile import csv_bytes
from crisisdesk.domain.enums import ManifestationKind
from crisisdesk.domain.documents.term_evaluation import Evaluation, GroupRow, Share
from crisisdesk.i18n import translate
from crisisdesk.labels import label


def percent_text(share: Share) -> str:
    """"12,5" (empty when there is nothing to divide by)."""
    return f"{share.percent:.1f}".replace(".", ",") if share.total else ""


def headers(ev: Evaluation) -> list[str]:
    row = [translate("Evaluation", "Grouping"), translate("Evaluation", "Group"), translate("Evaluation", "Number"),
           translate("Evaluation", "Late as registered"), translate("Evaluation", "% late as registered")]
    for name in ev.rule_names:
        row += [translate("Evaluation", "{rule}: late").format(rule=name),
                translate("Evaluation", "{rule}: % late").format(rule=name)]
    return row


def _rows(grouping: str, groups: tuple[GroupRow, ...], name) -> list[list[str]]:
    rows = []
    for group in groups:
        row = [grouping, name(group.key), str(group.applied.total), str(group.applied.late), percent_text(group.applied)]
        for share in group.per_rule:
            row += [str(share.late), percent_text(share)]
        rows.append(row)
    return rows


def evaluation_csv(ev: Evaluation) -> bytes:
    rows = [headers(ev)]
    rows += _rows(translate("Evaluation", "Month"), ev.by_month, str)
    rows += _rows(translate("Evaluation", "Wijk"), ev.by_district, str)
    rows += _rows(translate("Evaluation", "Kind"), ev.by_kind, lambda code: label(ManifestationKind(code)))
    return csv_bytes(rows)  # every cell made safe: rule names come from files

"""The briefing's maps on paper: a high-risk card's small map, the overview map of the
period with its numbered legend, and the attribution under each map as PDOK requires
(the BRT-Achtergrondkaart is the Kadaster's, CC BY 4.0). When the tile service could not
be reached the briefing says so in one line instead.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, Table

from crisisdesk.domain.calendar.records import EVENT
from crisisdesk.domain.documents.briefing import BriefingInput
from crisisdesk.domain.geo.records import MapImage
from crisisdesk.i18n import translate
from crisisdesk.reports.base import heading
from crisisdesk.reports.documents.briefing_items import FRAME_WIDTH, e, para, period_text
from crisisdesk.reports.page_refs import PageRefs
from crisisdesk.reports.styles import table_style

ITEM_MAP_WIDTH = 120 * mm


def map_image(image: MapImage, width: float) -> list[Flowable]:
    """The map at ``width`` (its proportions kept) with the attribution under it."""
    height = width * image.height / image.width
    picture = Image(io.BytesIO(image.png), width=width, height=height)
    picture.hAlign = "LEFT"
    return [picture, para(e(image.attribution), "small")]


def card_map(image: MapImage | None) -> list[Flowable]:
    """A high-risk card's own map: location, route and what it clashes with."""
    return map_image(image, ITEM_MAP_WIDTH) if image is not None else []


def left_out_line(reason: str) -> list[Flowable]:
    if reason == "offline":
        text = translate("Briefing", "Maps left out: the map service could not be reached (offline).")
    else:
        text = translate("Briefing", "Maps left out: the map service answered with an error.")
    return [para(e(text), "small")]


def overview_section(data: BriefingInput, refs: PageRefs) -> list[Flowable]:
    """The map of the period with its legend; one line when the maps were left out."""
    if data.maps_left_out:
        return left_out_line(data.maps_left_out)
    overview = data.overview_map
    if overview is None:
        return []
    top: list[Flowable] = [refs.anchor("map"), heading(translate("Briefing", "Map of the period"))]
    top += map_image(overview.image, FRAME_WIDTH)
    story: list[Flowable] = [CondPageBreak(60 * mm), KeepTogether(top)]
    rows = [[para(e(translate("Briefing", "No.")), "cell_head"), para(e(translate("Briefing", "Demonstration or event")), "cell_head"),
             para(e(translate("Briefing", "When")), "cell_head")]]
    for entry in overview.legend:
        what = translate("Briefing", "Event: {title}").format(title=entry.title) if entry.kind == EVENT else f"#{entry.id} {entry.title}"
        if entry.clash:
            what += " — " + translate("Briefing", "clash")
        rows.append([para(str(entry.number), "cell_bold"), para(e(what), "cell"), para(period_text(entry), "cell")])
    table = Table(rows, colWidths=(12 * mm, 112 * mm, 50 * mm), repeatRows=1)
    table.setStyle(table_style())
    story.append(table)
    if overview.not_drawn:
        story.append(para(e(translate("Briefing", "{count} more item(s) of the period are not on the map (no address found or beyond the map's limit).")
                            .format(count=overview.not_drawn)), "small"))
    return story

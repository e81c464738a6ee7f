"""Complete Wom decisions for tests that need one (the rules refuse an incomplete one)."""

from __future__ import annotations

from datetime import date

from crisisdesk.domain.enums import BanGround, Capacity, Decision, DecisionGround
from crisisdesk.domain.register.decisions import Measure

MOTIVATION = (
    "Op het Domplein is op dat moment ook de weekmarkt; de politie verwacht dat beide groepen elkaar "
    "kruisen. Met 50 meter afstand blijven ze gescheiden zonder dat de betoging uit zicht raakt."
)


def decided(kind: Decision = Decision.CONDITIONS, on: date = date(2026, 3, 14), **changes) -> dict:
    """Draft fields of a complete decision of ``kind`` taken on ``on`` by the mayor."""
    fields: dict = {
        "decision": kind,
        "decision_date": on,
        "decided_by": "A. de Vries",
        "decided_capacity": Capacity.MAYOR,
    }
    if kind in (Decision.CONDITIONS, Decision.RESTRICTIONS):
        fields["decision_measures"] = (Measure("Afstand van ten minste 50 meter tot de tegendemonstratie.", (DecisionGround.DISORDER,)),)
        fields["decision_motivation"] = MOTIVATION
    if kind == Decision.BAN:
        fields.update(
            decision_motivation=MOTIVATION,
            decision_ban_ground=BanGround.INTEREST,
            decision_ban_interests=(DecisionGround.DISORDER,),
            decision_ban_alternatives="Een andere plaats of tijd is besproken; de groepen zoeken elkaar daar ook op.",
        )
    fields.update(changes)
    return fields

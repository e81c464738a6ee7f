"""The demo municipality's profile: Utrecht's public addresses, fictional people.

These are demo defaults, written into a demo database's settings; the program itself
knows no municipality. The names of the signatories and the advisor are made up.
"""

from __future__ import annotations

from crisisdesk.domain.documents.profile import MunicipalityProfile, Signatory
from crisisdesk.domain.enums import Capacity

MAYOR = Signatory("M.J. van Dalen", "burgemeester", Capacity.MAYOR)
DEPUTY = Signatory("R. Aydın", "loco-burgemeester", Capacity.DEPUTY_MAYOR)
TEAM_LEADER = Signatory("drs. S. de Wit", "teamleider Openbare Orde en Veiligheid", Capacity.MANDATE)

UTRECHT = MunicipalityProfile(
    name="Utrecht",
    department="Openbare Orde en Veiligheid",
    letterhead=("Stadsplateau 1, 3521 AZ Utrecht", "Postbus 16200, 3500 CE Utrecht", "www.utrecht.nl"),
    objection_address=("De burgemeester van Utrecht", "t.a.v. de Commissie bezwaarschriften", "Postbus 16200", "3500 CE Utrecht"),
    court="Rechtbank Midden-Nederland",
    court_address=("Postbus 16005", "3500 DA Utrecht"),
    contact_name="L. Visser",
    contact_function="adviseur Openbare Orde en Veiligheid",
    contact_phone="14 030",
    contact_email="oov@example.nl",
    signatories=(MAYOR, DEPUTY, TEAM_LEADER),
)

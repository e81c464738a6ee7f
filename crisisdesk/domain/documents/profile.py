"""The municipality's profile: who writes the letters, where bezwaar goes, which court.

Letterhead, signatories, the bezwaar address and the court differ per municipality, so
they are settings (stored in the database, shared by a team), never constants in code.
Every letter follows the profile; ``missing`` says what a letter cannot do without.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

from crisisdesk.domain.enums import Capacity


@dataclass(frozen=True)
class Signatory:
    """Someone who may sign a Wom decision: the mayor, the deputy, or a mandate holder."""

    name: str
    function: str
    capacity: Capacity

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "function": self.function, "capacity": self.capacity.value}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Signatory:
        return cls(str(value.get("name", "")), str(value.get("function", "")), Capacity(value.get("capacity", Capacity.MANDATE.value)))


def _lines(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.splitlines()
    lines = value if isinstance(value, (list, tuple)) else ()
    return tuple(str(line).strip() for line in lines if str(line).strip())


@dataclass(frozen=True)
class MunicipalityProfile:
    """``name`` is the municipality as in "De burgemeester van {name}" (e.g. "Utrecht")."""

    name: str = ""
    department: str = ""  # e.g. "Openbare Orde en Veiligheid"
    letterhead: tuple[str, ...] = ()  # lines under the name: visiting address, website
    logo_png: bytes = b""  # optional image for the letterhead
    objection_address: tuple[str, ...] = ()  # where the bezwaarschrift goes, one line each
    court: str = ""  # e.g. "Rechtbank Midden-Nederland"
    court_address: tuple[str, ...] = ()
    contact_name: str = ""  # the OOV advisor for the vooroverleg
    contact_function: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    signatories: tuple[Signatory, ...] = field(default_factory=tuple)

    @property
    def municipality(self) -> str:
        """The name on the letterhead and as the documents' author ("Gemeente Utrecht")."""
        return f"Gemeente {self.name}" if self.name else ""

    @property
    def author(self) -> str:
        """The PDF Author: municipality and department, never a person's login."""
        return ", ".join(part for part in (self.municipality, self.department) if part)

    def missing(self) -> list[str]:
        """Profile fields a letter needs but that are empty (codes, in form order)."""
        needed = {
            "name": self.name, "objection_address": self.objection_address, "court": self.court,
            "contact_name": self.contact_name,
            "contact_reach": self.contact_phone or self.contact_email,
        }
        return [key for key, value in needed.items() if not value]

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "department": self.department, "letterhead": list(self.letterhead),
            "logo_png": base64.b64encode(self.logo_png).decode("ascii"),
            "objection_address": list(self.objection_address), "court": self.court,
            "court_address": list(self.court_address), "contact_name": self.contact_name,
            "contact_function": self.contact_function, "contact_phone": self.contact_phone,
            "contact_email": self.contact_email, "signatories": [s.to_json() for s in self.signatories],
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> MunicipalityProfile:
        return cls(
            name=str(value.get("name", "")).strip(), department=str(value.get("department", "")).strip(),
            letterhead=_lines(value.get("letterhead")),
            logo_png=base64.b64decode(value.get("logo_png") or ""),
            objection_address=_lines(value.get("objection_address")), court=str(value.get("court", "")).strip(),
            court_address=_lines(value.get("court_address")),
            contact_name=str(value.get("contact_name", "")).strip(),
            contact_function=str(value.get("contact_function", "")).strip(),
            contact_phone=str(value.get("contact_phone", "")).strip(),
            contact_email=str(value.get("contact_email", "")).strip(),
            signatories=tuple(Signatory.from_json(s) for s in value.get("signatories", ()) if s.get("name")),
        )

"""Rubricering: the marking every printed document carries on every page.

Municipal practice, see ``shared/domain.md`` section 6. The values are the Dutch words
themselves, as printed (like the names of the wijken): they are formal terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from crisisdesk.i18n import translate


class Marking(StrEnum):
    PUBLIC = "Openbaar"
    INTERNAL = "Intern"
    CONFIDENTIAL = "Vertrouwelijk"

    @classmethod
    def parse(cls, text: str) -> Marking:
        """The marking named ``text`` (case does not matter); ``ValueError`` otherwise."""
        for member in cls:
            if text.strip().lower() in (member.value.lower(), member.name.lower()):
                return member
        raise ValueError(f"unknown marking {text!r}; choose one of {', '.join(m.value for m in cls)}")


# --- what a marking lets a briefing contain ---------------------------------------------
#
# One rule per level, applied while the briefing's data is collected (never in the
# layout), so nothing the marking forbids can reach the page:
#
# * Openbaar: no personal data of any person (organisers' names, addresses, phone
#   numbers, e-mail addresses — also where they appear in free text), no confidential
#   items (returning offenders) at all; organisations by name only.
# * Intern: as Openbaar, but confidential items appear with their neutral title and
#   time only.
# * Vertrouwelijk: everything; organisers' contact details (the organiser block, and
#   e-mail addresses and phone numbers in free text) only when asked for
#   (``--personal-data``), which no other marking allows.


@dataclass(frozen=True)
class MarkingRule:
    marking: Marking
    confidential_items: str  # "omit" | "neutral" | "full"
    scrub_personal_data: bool  # names, e-mail addresses and phone numbers out of free text too
    personal_data_allowed: bool  # organisers' contact details may be asked for


MARKING_RULES = {
    Marking.PUBLIC: MarkingRule(Marking.PUBLIC, "omit", True, False),
    Marking.INTERNAL: MarkingRule(Marking.INTERNAL, "neutral", True, False),
    Marking.CONFIDENTIAL: MarkingRule(Marking.CONFIDENTIAL, "full", False, True),
}


def marking_rule(marking: Marking) -> MarkingRule:
    return MARKING_RULES[Marking(marking)]


def rule_sentence(marking: Marking, personal_data: bool = False) -> str:
    """The line stating which rule applied, as the preview and page 1 print it."""
    marking = Marking(marking)
    if marking == Marking.PUBLIC:
        return translate("Briefing", "Public: personal data and confidential subjects left out.")
    if marking == Marking.INTERNAL:
        return translate("Briefing", "Internal: personal data left out; confidential subjects only by a neutral title.")
    if personal_data:
        return translate("Briefing", "Confidential: everything, including the organisers' contact details (AVG: keep it to the meeting).")
    return translate("Briefing", "Confidential: everything except the organisers' contact details.")


def personal_data_refusal(marking: Marking, personal_data: bool) -> str:
    """Why personal data cannot be included with this marking, or "" when it can."""
    if personal_data and not marking_rule(marking).personal_data_allowed:
        return translate("Briefing", "Organisers' personal data can only be included in a Confidential briefing.")
    return ""


# Bounded parts and a left boundary keep this linear: a megabyte without "@" is read once,
# not tried from every position (RFC 5321: 64 characters before the @, labels of 63).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_PHONE = re.compile(r"(?<![\w])(?:\+31|0031|0)[\s-]?(?:\(0\))?\d(?:[\s-]?\d){7,9}(?![\w])")


def scrub(text: str, names: tuple[str, ...] = ()) -> str:
    """``text`` without e-mail addresses, phone numbers and the given personal names."""
    if not text:
        return text
    text = _EMAIL.sub(translate("Briefing", "[e-mail address left out]"), text)
    text = _PHONE.sub(translate("Briefing", "[phone number left out]"), text)
    for name in names:
        name = name.strip()
        if len(name) >= 3:
            text = re.sub(re.escape(name), translate("Briefing", "[name left out]"), text, flags=re.IGNORECASE)
    return text

"""Rubricering: the marking every printed document carries on every page.

Municipal practice, see ``shared/domain.md`` section 6. The values are the Dutch words
themselves, as printed (like the names of the wijken): they are formal terms.
"""

from __future__ import annotations

from enum import StrEnum


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

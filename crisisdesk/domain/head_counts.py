"""An expected number of people as an advisor writes it: "150", "1.500", "150-200",
"150 à 200", "150 tot 200". A range is kept as its lowest and highest number.

``parse_head_count`` never guesses: a dot is the Dutch thousands separator ("1.500"),
and anything it cannot read ("150 200", "veel") is refused with a code for the words
instead of being turned into another number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A whole number, with or without Dutch thousands dots ("1.500"); a space is no thousands
# separator here, so "150 200" is refused rather than read as 150.200.
_NUMBER = r"(\d{1,3}(?:\.\d{3})+|\d+)"
_RANGE = re.compile(
    rf"^\s*(?:ca\.?\s*|circa\s+|±\s*)?{_NUMBER}\s*(?:(?:-|–|—|à|a|tot(?:\s+en\s+met)?|t/m)\s*{_NUMBER})?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class HeadCount:
    """``low`` people expected, or between ``low`` and ``high``; ``high`` is None for one number."""

    low: int
    high: int | None = None

    def text(self) -> str:
        """As shown: "150" or "150–200", with Dutch thousands dots."""
        low = f"{self.low:,}".replace(",", ".")
        return low if self.high is None else f"{low}–{self.high:,}".replace(",", ".")


class UnreadableHeadCount(ValueError):
    """The text is not a number or a range; ``code`` names the message."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _number(text: str) -> int:
    return int(text.replace(".", ""))


def parse_head_count(text: str) -> HeadCount | None:
    """``text`` as a ``HeadCount``; None for an empty field. Raises ``UnreadableHeadCount``."""
    if not text or not text.strip():
        return None
    match = _RANGE.match(text)
    if match is None:
        raise UnreadableHeadCount("head_count_unreadable")
    low = _number(match.group(1))
    high = _number(match.group(2)) if match.group(2) else None
    if high is not None and high < low:
        raise UnreadableHeadCount("head_count_range_reversed")
    if high == low:
        high = None
    return HeadCount(low, high)


def head_count_text(low: int | None, high: int | None) -> str:
    """The stored minimum and maximum as shown ("" when unknown)."""
    return "" if low is None else HeadCount(low, high).text()

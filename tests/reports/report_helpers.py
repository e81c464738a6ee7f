"""Helpers for the PDF tests: notifications to print and the text of every page."""

from __future__ import annotations

import io
import re
from factories import local, notification_draft
from pypdf import PdfReader

__all__ = ["draft", "local", "notification_draft", "pages_text"]


draft = notification_draft  # the name the report tests use


def pages_text(pdf: bytes) -> list[str]:
    """The text of each page, runs of whitespace made one space (table cells wrap)."""
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]

"""Where the shipped data lives: rule sets, templates, translations, fonts.

In a checkout or an editable install that is the top-level ``resources/`` folder; a
wheel installs the same tree under ``<prefix>/share/crisisdesk/resources``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    candidates = [
        Path(__file__).resolve().parent.parent / "resources",
        Path(sys.prefix) / "share" / "crisisdesk" / "resources",
    ]
    for candidate in candidates:
        if (candidate / "rules").is_dir():
            return candidate
    raise FileNotFoundError(
        "crisisdesk resources not found; looked in: " + ", ".join(map(str, candidates))
    )


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)

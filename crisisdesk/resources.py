"""Where the shipped data lives: rule sets, templates, translations, fonts, icons, help.

The source of truth is the top-level ``resources/`` folder of a checkout (and of an
editable install). A wheel ships the same tree as the package data of ``crisisdesk.data``
(see setup.py), found through ``importlib.resources`` — so ``pip install .``,
``pip install --user``, pipx and a PyInstaller build (which bundles it at the same place)
all find it, whatever their prefix.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

PACKAGE = "crisisdesk"
SHIPPED = "data"  # crisisdesk/data/ in a wheel or a frozen build


def _candidates() -> list[Path]:
    found = []
    shipped = resources.files(PACKAGE).joinpath(SHIPPED)
    if isinstance(shipped, Path):  # a folder on disk (not inside a zip)
        found.append(shipped)
    found.append(Path(__file__).resolve().parent.parent / "resources")  # a checkout
    return found


@cache
def resource_dir() -> Path:
    candidates = _candidates()
    for candidate in candidates:
        if (candidate / "rules").is_dir():
            return candidate
    raise FileNotFoundError(
        "crisisdesk resources not found; looked in: " + ", ".join(map(str, candidates))
    )


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)

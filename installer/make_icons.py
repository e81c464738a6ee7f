"""Renders resources/icons/crisisdesk.svg into the PNG sizes and the Windows .ico.

    python installer/make_icons.py

Run after changing the SVG; the PNGs and the .ico are committed (no Qt SVG or Pillow is
needed at run time or in a frozen build).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QImage painting wants one)
    renderer = QSvgRenderer(str(ICONS / "crisisdesk.svg"))
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"crisisdesk-{size}.png"))
    Image.open(ICONS / "crisisdesk-256.png").save(
        ICONS / "crisisdesk.ico", sizes=[(s, s) for s in SIZES]
    )
    print(f"wrote {len(SIZES)} PNGs and crisisdesk.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

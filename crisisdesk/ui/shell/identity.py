"""Who the application is to Qt and the desktop: name, version, organisation, icon."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from crisisdesk import __version__
from crisisdesk.resources import resource_path

APP_NAME = "crisisdesk"
ORGANISATION = "crisisdesk"
DESKTOP_ID = "nl.utrecht.crisisdesk"  # the .desktop file and AppStream metadata in resources/desktop/
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"crisisdesk-{size}.png")))
    return icon


def apply_identity() -> None:
    """Sets the identity on the running application (a QGuiApplication)."""
    QGuiApplication.setApplicationName(APP_NAME)
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setOrganizationName(ORGANISATION)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    QGuiApplication.setWindowIcon(app_icon())  # every window and dialog takes it

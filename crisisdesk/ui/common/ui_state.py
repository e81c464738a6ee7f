"""Per-user screen state in QSettings: window geometry, the register's columns (widths,
order, sorting), the last tab, and the last folders used in file dialogs.

QSettings keeps it where the platform keeps such things (the registry under
HKEY_CURRENT_USER on Windows, ~/.config/crisisdesk/ on Linux), apart from the data and
from crisisdesk.toml. Restored when the desk opens, saved when it closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

GEOMETRY = "window/geometry"
REGISTER_HEADER = "register/header"
LAST_TAB = "window/tab"
FOLDERS = "folders/"


def settings() -> QSettings:
    """The user's settings of this application (organisation and name set at start)."""
    return QSettings()


def save(window) -> None:
    store = settings()
    store.setValue(GEOMETRY, window.saveGeometry())
    store.setValue(REGISTER_HEADER, window.ui.registerView.horizontalHeader().saveState())
    store.setValue(LAST_TAB, page_name(window.ui.mainTabs.currentWidget()))
    store.sync()


def restore(window) -> bool:
    """Puts back what ``save`` kept; False when there was nothing (a first start)."""
    store = settings()
    geometry = store.value(GEOMETRY)
    if geometry is None:
        return False
    window.restoreGeometry(geometry)
    header = store.value(REGISTER_HEADER)
    if header is not None:
        window.ui.registerView.horizontalHeader().restoreState(header)
    restore_tab(window, str(store.value(LAST_TAB) or ""))
    return True


def page_name(widget) -> str:
    """The name a tab is kept under: its page's name ("calendar"), the same for the
    placeholder of a page not yet built and for the page itself."""
    if widget is None:
        return ""
    return str(widget.property("pageName") or widget.objectName() or "")


def restore_tab(window, name: str) -> bool:
    """Makes tab ``name`` current (False when there is no such tab). A page not built yet is
    built as it becomes current — at once when the desk has its services, otherwise when
    they are attached — so only the visible page is built at start-up."""
    tabs = window.ui.mainTabs
    for index in range(tabs.count()):
        widget = tabs.widget(index)
        if name and name in (page_name(widget), widget.objectName()):  # objectName: kept by older versions
            tabs.setCurrentIndex(index)
            return True
    return False


def last_folder(purpose: str, default: Path | str = "") -> str:
    """The folder last used for ``purpose`` (e.g. "documents", "exports"), if it still exists."""
    folder = settings().value(FOLDERS + purpose)
    if folder and Path(str(folder)).is_dir():
        return str(folder)
    return str(default)


def remember_folder(purpose: str, path: Path | str) -> None:
    chosen = Path(path)
    settings().setValue(FOLDERS + purpose, str(chosen if chosen.is_dir() else chosen.parent))

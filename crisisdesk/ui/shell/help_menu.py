"""Help: the Dutch user guide (F1), "Diagnose kopiëren" and "Over crisisdesk"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from crisisdesk.resources import resource_path
from crisisdesk.ui.shell import crash

GUIDE = ("help", "handleiding.html")


class GuideDialog(QDialog):
    """The user guide, shipped with the program and shown in it (no browser needed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("crisisdesk — user guide"))
        self.resize(760, 820)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(resource_path(*GUIDE))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


class HelpMenu:
    """Adds the guide and the diagnostics to the window's Help menu and answers About."""

    def __init__(self, window, database_url: str = "") -> None:
        self.window = window
        self.database_url = database_url
        self.guide: GuideDialog | None = None
        menu = window.ui.helpMenu
        self.guide_action = QAction(QCoreApplication.translate("MainWindow", "User &guide"), window)
        self.guide_action.setObjectName("guideAction")
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.show_guide)
        self.diagnostics_action = QAction(QCoreApplication.translate("MainWindow", "Copy &diagnostics"), window)
        self.diagnostics_action.setObjectName("diagnosticsAction")
        self.diagnostics_action.triggered.connect(self.copy_diagnostics)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.guide_action)
        menu.insertAction(first, self.diagnostics_action)
        menu.insertSeparator(first)
        window.addAction(self.guide_action)  # F1 also when the menu bar is not focused

    def show_guide(self) -> GuideDialog:
        if self.guide is None:
            self.guide = GuideDialog(self.window)
        if self.guide.isVisible():
            self.guide.raise_()  # open already, maybe behind the desk
            self.guide.activateWindow()
        self.guide.show()
        return self.guide

    def copy_diagnostics(self) -> str:
        text = crash.diagnostics(self.database_url)
        QApplication.clipboard().setText(text)
        self.window.ui.statusbar.showMessage(QCoreApplication.translate("MainWindow", "Diagnostics copied to the clipboard."), 5000)
        return text


def about_text() -> str:
    found = crash.versions()
    return QCoreApplication.translate(
        "HelpMenu",
        "<b>crisisdesk {version}</b><p>The desk of the public-order advisors and the crisis team: notifications "
        "under the Wet openbare manifestaties, events, checklists, briefings and exercises.</p>"
        "<p>Licence: European Union Public Licence 1.2 (EUPL-1.2); the full text is in the file LICENSE that "
        "comes with the program. Fonts: DejaVu (free licence, in fonts/).</p>"
        "<p>Python {python} · Qt {qt} · PySide6 {pyside} · SQLAlchemy {sqlalchemy} · reportlab {reportlab}</p>",
    ).format(
        version=found["crisisdesk"], python=found["Python"], qt=found["Qt"], pyside=found["PySide6"],
        sqlalchemy=found["SQLAlchemy"], reportlab=found["reportlab"],
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("HelpMenu", "About crisisdesk"), about_text())


def install(window, database_url: str = "") -> HelpMenu:
    window.help_menu = HelpMenu(window, database_url)
    return window.help_menu

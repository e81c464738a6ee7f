"""The start page a fresh database opens on, in place of an empty register.

A few lines on what crisisdesk does and four ways to begin: register the first
notification, import rule sets, import partners, or open the demo (a second crisisdesk
with ``--demo``: its own demo database, never this one). The main window shows it while
nothing is registered (``NotificationService.nothing_registered``: one query, asked only
when the register's first page came back empty) and the register as soon as there is.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.ui.common import palette

log = logging.getLogger(__name__)


class StartPage(QWidget):
    """What crisisdesk is for, and buttons to start; dialogs are methods tests replace."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = window  # not self.window: that is QWidget.window()
        self.setObjectName("startPage")
        self.rule_set_editor: QWidget | None = None  # the rule-set editor a file was opened in
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QFrame(self)
        card.setObjectName("startCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(720)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        title = QLabel(self.tr("Welcome to crisisdesk"), card)
        title.setObjectName("startTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setStyleSheet(f"color: {palette.BRAND};")
        layout.addWidget(title)
        self.intro_label = QLabel(self.tr(
            "crisisdesk is the register of the public-order advisors: notifications of demonstrations "
            "under the Wet openbare manifestaties with their notice term, clashes and decision letter; "
            "events and their permits; the calendar; checklists shared with partners; crisis scenarios "
            "and exercises."), card)
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        self.empty_label = QLabel(self.tr("Nothing has been registered in this database yet. Begin here:"), card)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        self.new_button = self._button(card, layout, "startNewButton", self.tr("Register the first notification…"),
                                       self.tr("Opens an empty notification; Ctrl+N does the same."))
        self.rule_sets_button = self._button(card, layout, "startRuleSetsButton", self.tr("Import a rule set…"),
                                             self.tr("Notice-term rules exported from another desk (a .json file)."))
        self.partners_button = self._button(card, layout, "startPartnersButton", self.tr("Import partners…"),
                                            self.tr("Partner organisations from a .toml file in the format of the shipped list."))
        self.demo_button = self._button(card, layout, "startDemoButton", self.tr("Open the demo"),
                                        self.tr("Starts a second crisisdesk on a separate demo database with fictional "
                                                "data; this database stays as it is."))
        self.message_label = QLabel(card)
        self.message_label.setObjectName("startMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "note")
        layout.addWidget(self.message_label)
        self.new_button.clicked.connect(window.new_notification)
        self.rule_sets_button.clicked.connect(self.import_rule_sets)
        self.partners_button.clicked.connect(self.import_partners)
        self.demo_button.clicked.connect(self.open_demo)
        self.set_read_only(bool(getattr(window, "read_only", False)))

    def _button(self, card: QWidget, layout: QVBoxLayout, name: str, text: str, note: str) -> QPushButton:
        button = QPushButton(text, card)
        button.setObjectName(name)
        button.setToolTip(note)
        button.setAccessibleDescription(note)
        button.setMinimumHeight(32)
        line = QHBoxLayout()
        line.addWidget(button)
        explanation = QLabel(note, card)
        explanation.setWordWrap(True)
        explanation.setProperty("role", "note")
        line.addWidget(explanation, 1)
        button.setMinimumWidth(260)
        layout.addLayout(line)
        return button

    def set_read_only(self, read_only: bool) -> None:
        """An observer's desk registers and imports nothing."""
        for button in (self.new_button, self.rule_sets_button, self.partners_button):
            button.setEnabled(not read_only)

    # --- the buttons ------------------------------------------------------------------

    def import_rule_sets(self) -> bool:
        """The rule-set editor with the chosen file in its form: saved there with "Save"."""
        from crisisdesk.ui.register.rule_set_editor import RuleSetEditor

        path = self.ask_file(self.tr("Import a rule set"), self.tr("Rule set (*.json)"))
        if not path:
            return False
        notifications = self.main_window.notifications
        editor = RuleSetEditor(notifications.rule_set_service(), self.main_window, read_only=notifications.read_only)
        if not editor.read_json(path):  # it said why
            editor.deleteLater()
            return False
        self.rule_set_editor = editor
        editor.open()
        return True

    def import_partners(self) -> int | None:
        """Adds the organisations of a partner file that are not there yet; says how many."""
        from crisisdesk.labels import storage_message
        from crisisdesk.services.errors import StorageUnavailable

        path = self.ask_file(self.tr("Import partners"), self.tr("Partner list (*.toml)"))
        if not path:
            return None
        try:
            added = self.main_window.desk.partners.seed_defaults(Path(path))
        except StorageUnavailable as exc:
            self.show_error(storage_message(exc.reason))
            return None
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:  # TOMLDecodeError is a ValueError
            log.info("partner file not imported: %s", type(exc).__name__)
            self.show_error(self.tr(
                "{name} is not a partner list crisisdesk can read. Each partner needs a [[partner]] block "
                "with at least key and name, as in the shipped partners.toml.").format(name=Path(path).name))
            return None
        self.message_label.setText(self.tr("%n partner(s) added; the partners already there were kept.", "", added))
        return added

    def demo_command(self) -> tuple[str, list[str]]:
        """The program and arguments of a crisisdesk on the demo database (same data folder)."""
        arguments = [] if getattr(sys, "frozen", False) else ["-m", "crisisdesk"]
        arguments.append("--demo")
        desk = self.main_window.desk
        if desk is not None and desk.home is not None:
            arguments += ["--home", str(desk.home)]
        return sys.executable, arguments

    def open_demo(self) -> bool:
        program, arguments = self.demo_command()
        started = self.start_process(program, arguments)
        if started:
            self.message_label.setText(self.tr("The demo opens in a window of its own; it may take a few seconds."))
        else:
            self.show_error(self.tr("The demo could not be started."))
        return started

    # --- what tests replace -----------------------------------------------------------

    def start_process(self, program: str, arguments: list[str]) -> bool:
        started, _pid = QProcess.startDetached(program, arguments)
        return bool(started)

    def ask_file(self, title: str, filter_text: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, title, "", filter_text)
        return path

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("crisisdesk"), text)


def install(window) -> StartPage:
    """Puts the start page in the register tab, in a stack with the register itself."""
    from PySide6.QtWidgets import QStackedWidget

    tab = window.ui.registerTab
    layout = tab.layout()
    content = QWidget(tab)
    content.setObjectName("registerContent")
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 0, 0)
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            inner.addWidget(item.widget())
        elif item.layout() is not None:
            inner.addLayout(item.layout())
        else:
            inner.addItem(item)
    stack = QStackedWidget(tab)
    stack.setObjectName("registerStack")
    stack.addWidget(content)
    page = StartPage(window, stack)
    stack.addWidget(page)
    layout.addWidget(stack)
    window.register_stack = stack
    return page


def show(window, empty: bool) -> None:
    """The start page while nothing is registered, the register once something is."""
    page = getattr(window, "start_page", None)
    if page is None:
        if not empty:
            return
        page = window.start_page = install(window)
    stack = window.register_stack
    was_start = stack.currentWidget() is page
    stack.setCurrentWidget(page if empty else stack.widget(0))
    if empty and not was_start and window.ui.registerView.hasFocus():
        page.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

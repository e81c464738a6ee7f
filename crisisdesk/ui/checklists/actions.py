"""The main window's Checklists menu: partners, actions per partner, templates.

``install(window)`` is the one call the main window makes. The pages open as separate
windows (the central area has no tab list for them yet); the shipped partner list is
seeded into the database here, once (idempotent), unless the desk is read-only.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


log = logging.getLogger(__name__)


class ChecklistActions:
    def __init__(self, window) -> None:
        self.window = window
        menu = QMenu(QCoreApplication.translate("MainWindow", "&Checklists"), window)
        menu.setObjectName("checklistsMenu")
        self.menu = menu
        self.partners_action = self._action("partnersAction", QCoreApplication.translate("MainWindow", "Partners…"), self.open_partners)
        self.tasks_action = self._action("partnerTasksAction", QCoreApplication.translate("MainWindow", "Actions per partner…"), self.open_tasks)
        self.templates_action = self._action("templatesAction", QCoreApplication.translate("MainWindow", "Checklist templates…"), self.open_templates)
        bar = window.menuBar()
        help_menu = getattr(window.ui, "helpMenu", None)
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), menu)
        else:
            bar.addMenu(menu)
        self.pages: dict[str, object] = {}

    @property
    def partners(self):
        return self.window.desk.partners

    def seed_partners(self) -> None:
        """Adds the shipped partner organisations that are missing (after start-up, idempotent)."""
        from crisisdesk.services.errors import ServiceError

        if self.window.notifications.read_only:
            return
        try:
            self.partners.seed_defaults()
        except ServiceError as exc:  # the desk works on; the registry is then empty
            log.warning("partner list not seeded: %s", exc)

    def _action(self, name: str, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _show(self, key: str, make):
        page = self.pages.get(key)
        if page is None:
            page = make()
            page.setWindowFlag(Qt.WindowType.Window, True)
            self.pages[key] = page
        page.show()
        page.raise_()
        return page

    def open_partners(self):
        from crisisdesk.ui.checklists.partners_page import PartnersPage

        return self._show("partners", lambda: PartnersPage(self.partners, self.window))

    def open_tasks(self):
        from crisisdesk.ui.checklists.partner_tasks_page import PartnerTasksPage

        desk = self.window.desk
        return self._show("tasks", lambda: PartnerTasksPage(self.partners, desk.partner_tasks,
                                                            self.window._clock, self.window,
                                                            author=desk.document_author,
                                                            checklists=desk.checklists,
                                                            open_record=self.open_record))

    def open_record(self, record_type, record_id: int) -> None:
        """Opens the notification, event or scenario an action belongs to, in its own dialog."""
        from crisisdesk.domain.checklists.rules import ChecklistRecordType

        if record_type == ChecklistRecordType.NOTIFICATION:
            self.window.open_notification(record_id)
        elif record_type == ChecklistRecordType.EVENT:
            self.window.pages.open_event(record_id)
        else:
            self.window.pages.open_scenario(record_id)

    def open_templates(self):
        from crisisdesk.ui.checklists.template_editor import TemplateEditor

        return self._show("templates", lambda: TemplateEditor(self.partners, self.window))


def install(window) -> ChecklistActions:
    return ChecklistActions(window)

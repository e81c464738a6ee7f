"""The tables. Plain SQLAlchemy 2 typed models; nothing SQLite-only.

Derived values that the register filters and sorts on (the deadline, on time or late,
the rule applied, the duration) are stored beside the facts so that the list can be
queried and paged in the database at 100,000 rows. The service recomputes them on
every save.

The tables live in one module per feature (``register``, ``settings``, ``audit``,
``events``, ``scenarios``, ``checklists``, ``operations``, ``geo``). ``from
crisisdesk.db.models import Notification`` imports only the module that defines it, so
the register's first page maps its own two tables and not every feature's. ``Base``
stands for all of them: asking for it (and so for ``Base.metadata``) loads every module,
as ``load_all()`` does.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crisisdesk.db.models.base import Base as Base
    from crisisdesk.db.models.base import code_enum as code_enum
    from crisisdesk.db.models.register import Notification as Notification, StatusChange as StatusChange
    from crisisdesk.db.models.settings import Setting as Setting, RuleSetRow as RuleSetRow
    from crisisdesk.db.models.audit import AuditEntry as AuditEntry, AuditRedaction as AuditRedaction
    from crisisdesk.db.models.events import Event as Event, EventStatusChange as EventStatusChange
    from crisisdesk.db.models.scenarios import CrisisScenario as CrisisScenario
    from crisisdesk.db.models.checklists import Partner as Partner, PartnerContact as PartnerContact, Checklist as Checklist, ChecklistItem as ChecklistItem
    from crisisdesk.db.models.operations import Operation as Operation, Inject as Inject, LogEntry as LogEntry, OperationAction as OperationAction, GripChange as GripChange, ExerciseFinding as ExerciseFinding, BobMeeting as BobMeeting
    from crisisdesk.db.models.geo import Place as Place
    from crisisdesk.db.models.mail import MailOriginal as MailOriginal

# Each table's class, by the module that defines it.
_MODULE_OF = {
    "Notification": "register",
    "StatusChange": "register",
    "Setting": "settings",
    "RuleSetRow": "settings",
    "Event": "events",
    "EventStatusChange": "events",
    "CrisisScenario": "scenarios",
    "AuditEntry": "audit",
    "AuditRedaction": "audit",
    "Partner": "checklists",
    "PartnerContact": "checklists",
    "Checklist": "checklists",
    "ChecklistItem": "checklists",
    "Operation": "operations",
    "Inject": "operations",
    "LogEntry": "operations",
    "OperationAction": "operations",
    "GripChange": "operations",
    "ExerciseFinding": "operations",
    "Place": "geo",
    "BobMeeting": "operations",
    "MailOriginal": "mail",
    "code_enum": "base",
}
MODULES = ('register', 'settings', 'audit', 'events', 'scenarios', 'checklists', 'operations', 'geo', 'mail')


def load_all() -> None:
    """Imports every table module: ``Base.metadata`` then knows every table."""
    _modules()


def _modules() -> list[ModuleType]:
    return [importlib.import_module(f"{__name__}.{module}") for module in MODULES]


def __getattr__(name: str) -> object:
    if name.startswith("__"):  # __wrapped__, __path__...: asked by inspect and importers, never a table
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name == "Base":
        load_all()
        value = importlib.import_module(f"{__name__}.base").Base
    elif name in _MODULE_OF:
        value = getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
    else:  # a table not (yet) named in _MODULE_OF: look in every module (a test asks for the entry)
        load_all()
        found = [vars(module)[name] for module in _modules() if hasattr(vars(module).get(name), "__table__")]
        if not found:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = found[0]
    globals()[name] = value  # found once; later look-ups are plain attributes
    return value


__all__ = [
    "AuditEntry",
    "AuditRedaction",
    "Base",
    "BobMeeting",
    "Checklist",
    "ChecklistItem",
    "CrisisScenario",
    "Event",
    "EventStatusChange",
    "ExerciseFinding",
    "GripChange",
    "Inject",
    "LogEntry",
    "MailOriginal",
    "Notification",
    "Operation",
    "OperationAction",
    "Partner",
    "PartnerContact",
    "Place",
    "RuleSetRow",
    "Setting",
    "StatusChange",
    "code_enum",
    "load_all",
]

"""The tables live in one module per feature; the package finds each by name."""

from __future__ import annotations

import subprocess
import sys

import crisisdesk.db.models as models


def test_every_table_is_named_in_the_package_and_found_there():
    from crisisdesk.db.models import Base

    mapped = {mapper.class_ for mapper in Base.registry.mappers}
    assert mapped, "no tables"
    for cls in mapped:
        assert models._MODULE_OF.get(cls.__name__) == cls.__module__.rsplit(".", 1)[1], cls.__name__
        assert getattr(models, cls.__name__) is cls
    assert set(Base.metadata.tables) == {cls.__table__.name for cls in mapped}


def test_a_register_table_imports_its_own_module_only():
    probe = (  # PySide6 reads the source of every module imported after it (inspect asks for __wrapped__)
        "import inspect, sys\n"
        "import PySide6.QtCore\n"
        "from crisisdesk.db.models import Notification, StatusChange\n"
        "import crisisdesk.db.models\n"
        "inspect.getsource(crisisdesk.db.models)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith('crisisdesk.db.models.'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "crisisdesk.db.models.base,crisisdesk.db.models.register"


def test_base_knows_every_table():
    probe = (
        "from crisisdesk.db.models import Base\n"
        "print(len(Base.metadata.tables))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    from crisisdesk.db.models import Base

    assert int(result.stdout) == len(Base.metadata.tables) >= 20


APPEND_ONLY_PROBE = """
import sys
from crisisdesk.db.database import open_database
from crisisdesk.desk import Desk
database = open_database(sys.argv[1])  # migrated already: no migration loads every table
assert "crisisdesk.db.models.operations" not in sys.modules  # the audit hook is in place, the logbook not yet
from sqlalchemy import delete, update
from crisisdesk.db.audit import LogbookIsAppendOnly
from crisisdesk.db.models import LogEntry
from crisisdesk.domain.operations.records import LogCategory
desk = Desk(database, user="tester")
entry = desk.logbook.add(desk.exercises.create("Oefening").id, LogCategory.PICTURE, "Rook", "IM")
refused = []
for attempt in ("update", "delete", "bulk update", "bulk delete"):
    with database.factory() as session:
        try:
            if attempt == "update":
                session.get(LogEntry, entry.id).text = "x"
                session.flush()
            elif attempt == "delete":
                session.delete(session.get(LogEntry, entry.id))
                session.flush()
            elif attempt == "bulk update":
                session.execute(update(LogEntry).values(text="x"))
            else:
                session.execute(delete(LogEntry))
        except LogbookIsAppendOnly:
            refused.append(attempt)
print(",".join(refused))
"""


def test_the_logbook_stays_append_only_when_its_tables_load_after_the_audit_hook(tmp_path):
    from crisisdesk.db.database import open_database

    url = f"sqlite:///{(tmp_path / 'late.sqlite').as_posix()}"
    open_database(url).dispose()
    result = subprocess.run([sys.executable, "-c", APPEND_ONLY_PROBE, url], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "update,delete,bulk update,bulk delete"

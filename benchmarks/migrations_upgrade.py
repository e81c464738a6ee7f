"""Upgrading a large register from before the decision record (0005) to the head.

    python benchmarks/migrations_upgrade.py [--source benchmarks/out/register-100000.sqlite]

Makes a SQLite file at revision 0005, copies the notifications and their status history
of ``--source`` (a database made by ``crisisdesk demo``, e.g. the one register_startup.py
caches) into it with the columns 0005 had, then upgrades one revision at a time and
prints the wall and CPU time of each. Nothing here asserts.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    from alembic import command
    from alembic.script import ScriptDirectory

    from crisisdesk.db.engine import make_engine
    from crisisdesk.db.migrate import alembic_config

    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, default=HERE / "out" / "register-100000.sqlite")
    args = parser.parse_args()
    if not args.source.exists():
        print(f"no source database {args.source}: run benchmarks/register_startup.py first, or pass --source",
              file=sys.stderr)
        return 2
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu(s), load {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{(Path(tmp) / 'old.sqlite').as_posix()}")
        config = alembic_config(engine)
        command.upgrade(config, "0005")
        with engine.begin() as connection:
            connection.exec_driver_sql("ATTACH DATABASE ? AS source", (str(args.source),))
            for table in ("notification", "status_change"):
                names = ", ".join(f'"{row[1]}"' for row in connection.exec_driver_sql(f"PRAGMA table_info({table})"))
                connection.exec_driver_sql(f"INSERT INTO {table} ({names}) SELECT {names} FROM source.{table}")
            count = connection.exec_driver_sql("SELECT count(*) FROM notification").scalar()
        with engine.connect() as connection:
            connection.exec_driver_sql("DETACH DATABASE source")
        print(f"{count:,} notifications at revision 0005")
        revisions = [s.revision for s in reversed(list(ScriptDirectory.from_config(config).walk_revisions()))]
        total_wall = total_cpu = 0.0
        for revision in revisions[revisions.index("0005") + 1:]:
            started, cpu = time.perf_counter(), _cpu()
            command.upgrade(config, revision)
            wall, cpu = time.perf_counter() - started, _cpu() - cpu
            total_wall += wall
            total_cpu += cpu
            print(f"  {revision}: wall {wall:7.1f} s   CPU {cpu:6.1f} s   load {os.getloadavg()[0]:.1f}")
        print(f"0005 -> head: wall {total_wall:.1f} s, CPU {total_cpu:.1f} s")
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

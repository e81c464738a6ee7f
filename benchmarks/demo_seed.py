"""``crisisdesk demo --count N`` as a user runs it: wall and CPU time, several runs.

    python benchmarks/demo_seed.py [--count 100000] [--runs 3] [--workers N]

Each run is a whole process (``python -m crisisdesk demo``) on a new SQLite file: the
migrations that create it, the notifications with their status history (made by worker
processes from 20,000 on), the events, scenarios, checklists and the exercise. Printed
per run and as medians: wall time, CPU time of the process and of its worker processes
(``getrusage`` of the children: the figure a busy, shared machine disturbs least), rows
per second, and the load average. Target: <= 10 s wall for 100,000 on an idle machine.
Nothing here asserts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_run(count: int, workers: int | None, folder: Path, run: int) -> tuple[float, float]:
    """(wall s, CPU s) of one ``crisisdesk demo`` process and everything it started."""
    path = folder / f"demo-{run}.sqlite"
    command = [sys.executable, "-m", "crisisdesk", "demo", "--db", f"sqlite:///{path.as_posix()}",
               "--count", str(count), "--seed", "1"]
    if workers:
        command += ["--workers", str(workers)]
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _pid, status, usage = os.wait4(process.pid, 0)  # the process's own time and its waited-for children's
    wall = time.monotonic() - started
    err = process.stderr.read() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"demo failed:\n{err[-2000:]}")
    path.unlink()
    return wall, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu(s), load {os.getloadavg()[0]:.1f}")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "crisisdesk")], check=False)
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            wall, cpu = one_run(args.count, args.workers, Path(tmp), run)
            walls.append(wall)
            cpus.append(cpu)
            print(f"  run {run + 1}: wall {wall:6.1f} s   CPU {cpu:6.1f} s   {args.count / wall:8,.0f} rows/s"
                  f"   load {os.getloadavg()[0]:.1f}")
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(f"demo --count {args.count:,}: wall {wall:.1f} s, CPU {cpu:.1f} s (medians of {args.runs})"
          f"   (target <= 10 s wall at 100,000, idle machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

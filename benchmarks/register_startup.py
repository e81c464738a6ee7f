"""Start-up to the populated register, beside the stack's floor, in one run.

    python benchmarks/register_startup.py [--sizes 0 100000] [--runs 7]
        [--floor ../shared/bench/floor.py]

Seeds a database per size with ``crisisdesk demo`` (cached in benchmarks/out/), then, per
size, runs three whole processes on that same database, interleaved, ``--runs`` times:
- bare: a bare PySide6 window with a table, grabbed into a PNG;
- floor: the floor program (the same window + SQLAlchemy's ORM + the first 100 rows read
  and shown, see its docstring);
- crisisdesk: ``crisisdesk --db URL --screenshot FILE`` (saves its PNG as soon as the
  start page is painted with its rows).
Each run gives the wall time of the whole process, its peak RSS, and the moment (from
launch) its main window first painted (bare and crisisdesk). Medians are printed with the ratios and targets:
- populated register at 100k <= 1.25x the floor; at 0 rows <= 1.1x the same at 100k;
- first paint (frame, tabs, loading state) <= 2x the bare window;
- peak RSS <= the floor's + 40 MB;
- search keystroke (first page of the register) <= 50 ms median.
Byte code is compiled once before the runs (as in any installed copy). Nothing here
asserts: the machine may be shared, so compare only figures of the same run.
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
FLOOR = ROOT.parent.parent / "shared" / "bench" / "floor.py"
SEARCHES = ("klimaat", "domplein", "woning", "oost", "stichting groen", "zzzz")

# Prints the monotonic clock (system-wide on Linux, so the parent can subtract its own
# launch moment) at the first paint of any QMainWindow, then runs the program unchanged.
SPY = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class _FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self.seen = True
            print("painted", time.monotonic(), file=sys.stderr, flush=True)
        return False

_app = QApplication([sys.argv[0]])
_spy = _FirstPaint()
_app.installEventFilter(_spy)
"""

BARE = r"""
from PySide6.QtWidgets import QMainWindow, QTableView
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1200, 800)
window.show()
_app.processEvents()
sys.exit(0 if window.grab().save(sys.argv[2]) else 1)
"""

DESK = r"""
from crisisdesk.cli import main
sys.exit(main(["--db", sys.argv[1], "--screenshot", sys.argv[2]]))
"""


def seed(size: int) -> str:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"register-{size}.sqlite"
    url = f"sqlite:///{path}"
    if not path.exists():
        started = time.perf_counter()
        if size:
            command = ["demo", "--db", url, "--count", str(size), "--seed", "1"]
            subprocess.run([sys.executable, "-m", "crisisdesk", *command], check=True, cwd=ROOT)
        else:
            from crisisdesk.db.database import open_database

            open_database(url).dispose()
        print(f"  seeded {size:,} rows in {time.perf_counter() - started:.1f} s")
    return url


def run(program: str, url: str, png: str, floor: Path = FLOOR) -> tuple[float, float, int, float]:
    """(wall s, first paint s, peak RSS KiB, CPU s) of one whole process."""
    if program == "floor":  # run as it is: its own QApplication, no paint stamp
        command = [sys.executable, str(floor), url, png]
    else:
        command = [sys.executable, "-c", SPY + (BARE if program == "bare" else DESK), url, png]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.monotonic()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    err = process.stderr.read()
    process.stderr.close()
    if process.returncode != 0:
        raise RuntimeError(f"{program} failed ({process.returncode}):\n{err[-2000:]}")
    painted = next((float(line.split()[1]) for line in err.splitlines() if line.startswith("painted ")), None)
    return wall, (painted - started) if painted is not None else float("nan"), usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def search_latency(url: str) -> float:
    from crisisdesk.db.database import open_database
    from crisisdesk.services.register.notifications import NotificationService
    from crisisdesk.services.register.query import RegisterQuery

    database = open_database(url)
    service = NotificationService(database.factory)
    times = []
    for phrase in SEARCHES:
        for end in range(1, len(phrase) + 1):
            started = time.perf_counter()
            service.page(RegisterQuery(search=phrase[:end]), 0, 200)
            times.append(time.perf_counter() - started)
    database.dispose()
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 100_000])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--floor", type=Path, default=FLOOR)
    args = parser.parse_args()
    floor = args.floor.resolve()
    if not floor.exists():
        print(f"floor program not found: {floor} (pass --floor)", file=sys.stderr)
        return 2
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu(s), load {os.getloadavg()[0]:.1f}")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "crisisdesk")], check=False)
    desk_at: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        png = str(Path(tmp) / "shot.png")
        for size in args.sizes:
            print(f"register with {size:,} notifications")
            url = seed(size)
            for program in ("bare", "floor", "desk"):
                run(program, url, png, floor)  # warm the file cache once
            figures: dict[str, list[tuple[float, float, int, float]]] = {"bare": [], "floor": [], "desk": []}
            for _ in range(args.runs):
                for program in figures:
                    figures[program].append(run(program, url, png, floor))
            wall = {p: statistics.median(f[0] for f in runs) for p, runs in figures.items()}
            paint = {p: statistics.median(f[1] for f in runs) for p, runs in figures.items()}
            rss = {p: statistics.median(f[2] for f in runs) / 1024 for p, runs in figures.items()}
            cpu = {p: statistics.median(f[3] for f in runs) for p, runs in figures.items()}
            desk_at[size] = wall["desk"]
            names = {"bare": "bare window + table", "floor": "floor (floor.py)", "desk": "crisisdesk --screenshot"}
            print(f"  {'program':26} {'wall':>8} {'first paint':>12} {'peak RSS':>9} {'CPU':>8}   (medians of {args.runs})")
            for program, name in names.items():
                print(
                    f"  {name:26} {wall[program] * 1000:6.0f} ms {paint[program] * 1000:9.0f} ms {rss[program]:6.0f} MB {cpu[program] * 1000:5.0f} ms"
                )
            print(f"  populated / floor          {wall['desk'] / wall['floor']:6.2f}x   (target <= 1.25x at 100k)")
            print(f"  CPU populated / floor      {cpu['desk'] / cpu['floor']:6.2f}x   (less sensitive to a busy machine)")
            print(f"  floor / bare               {wall['floor'] / wall['bare']:6.2f}x")
            print(f"  first paint / bare window  {paint['desk'] / wall['bare']:6.2f}x   (target <= 2.00x)")
            print(f"  peak RSS - floor           {rss['desk'] - rss['floor']:+6.0f} MB   (target <= +40 MB)")
            if size:
                print(f"  search keystroke (page)    {search_latency(url):6.1f} ms   (target <= 50 ms median)")
    sizes = sorted(desk_at)
    if len(sizes) > 1 and sizes[-1]:
        ratio = desk_at[sizes[-1]] / desk_at[sizes[0]]
        print(f"start-up at {sizes[-1]:,} / at {sizes[0]:,} rows: {ratio:.2f}x   (target <= 1.10x: flat in record count)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

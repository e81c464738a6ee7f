"""Register at scale: start-up to a populated window, search latency, peak memory.

    python benchmarks/register_startup.py [--sizes 1000 100000] [--runs 5]

Seeds a database per size with ``crisisdesk demo`` (cached in benchmarks/out/), then:
- start-up: wall time from launching a fresh process to its window being shown with the
  register populated, beside a bare PySide6 QMainWindow measured in the same run;
  medians over --runs, and their ratio (target at 100k: <= 3x the bare window);
- search: median latency of one keystroke (the register's query for the first page,
  as typed letter by letter) and of the match count that follows it off the GUI
  thread (target: <= 50 ms median at 100k);
- peak memory (max RSS) of the populated-window process.
Targets are printed beside the figures; nothing here asserts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
SEARCHES = ("klimaat", "domplein", "woning", "oost", "stichting groen", "zzzz")

PROBE = r"""
import os, sys, time, resource
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
mode, url = sys.argv[1], sys.argv[2]
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
if mode == "bare":
    window = QMainWindow()
    window.resize(1360, 760)
    window.show()
    app.processEvents()
else:
    from crisisdesk.db.database import open_database
    from crisisdesk.ui.shell.app import desk_window, install_translators
    install_translators(app, "nl")
    window = desk_window(open_database(url))
    window.show()
    window.apply_filters()
    app.processEvents()
    assert window.model.rowCount() > 0
print("ready", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""


def seed(size: int) -> str:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"register-{size}.sqlite"
    url = f"sqlite:///{path}"
    if not path.exists():
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "crisisdesk", "demo", "--db", url, "--count", str(size), "--seed", "1"], check=True)
        print(f"  seeded {size:,} rows in {time.perf_counter() - started:.1f} s")
    return url


def time_process(mode: str, url: str) -> tuple[float, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", PROBE, mode, url], stdout=subprocess.PIPE, text=True, env=env)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.wait()
    if not line.startswith("ready"):
        raise RuntimeError(f"{mode} probe failed")
    return elapsed, int(line.split()[1])


def search_latency(url: str) -> tuple[float, float]:
    from crisisdesk.db.database import open_database
    from crisisdesk.services.register.notifications import NotificationService
    from crisisdesk.services.register.query import RegisterQuery

    service = NotificationService(open_database(url).factory)
    page_times, count_times = [], []
    for phrase in SEARCHES:
        for end in range(1, len(phrase) + 1):
            query = RegisterQuery(search=phrase[:end])
            started = time.perf_counter()
            service.page(query, 0, 200)
            page_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            service.count(query)
            count_times.append(time.perf_counter() - started)
    return statistics.median(page_times) * 1000, statistics.median(count_times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu(s)")
    for size in args.sizes:
        print(f"register with {size:,} notifications")
        url = seed(size)
        time_process("bare", url)  # warm the file cache and the imports once
        time_process("desk", url)
        bare, desk, rss = [], [], []
        for _ in range(args.runs):
            bare.append(time_process("bare", url)[0])
            elapsed, peak = time_process("desk", url)
            desk.append(elapsed)
            rss.append(peak)
        bare_median, desk_median = statistics.median(bare), statistics.median(desk)
        print(f"  bare QMainWindow start-up        median {bare_median * 1000:7.0f} ms")
        print(f"  populated register start-up      median {desk_median * 1000:7.0f} ms")
        print(f"  ratio register / bare            {desk_median / bare_median:7.2f}x   (target <= 3.00x)")
        page_ms, count_ms = search_latency(url)
        print(f"  search keystroke (first page)    median {page_ms:7.1f} ms   (target <= 50 ms)")
        print(f"  match count after keystroke      median {count_ms:7.1f} ms   (off the GUI thread)")
        print(f"  peak memory of the window        {max(rss) / 1024:7.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

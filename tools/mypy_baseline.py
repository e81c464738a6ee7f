"""mypy over crisisdesk, held against a baseline that may only shrink.

    python tools/mypy_baseline.py            # check: exit 1 on any error not in the baseline
    python tools/mypy_baseline.py --update   # write the baseline anew (after fixing errors)

The domain is strict and, like the storage, service and report layers and the front door, must be
clean: only the folders in ``BASELINE_ALLOWED`` may hold known errors. An error is known by
its file, code and message (not its line, so editing a file does not shuffle it); a file
may not have more of one kind than the baseline lists. When errors are fixed the check
says so, and ``--update`` shrinks the file.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tools" / "mypy-baseline.txt"
# Layers whose known errors are tolerated for now; everything else must be clean.
BASELINE_ALLOWED = ("crisisdesk/ui/", "crisisdesk/demo/")
LINE = re.compile(r"^(?P<path>[^:]+):\d+: error: (?P<message>.*?)\s+\[(?P<code>[\w-]+)\]$")

Key = tuple[str, str, str]


def run_mypy() -> tuple[Counter[Key], list[str]]:
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", "--no-pretty"],
                            cwd=ROOT, capture_output=True, text=True)
    found: Counter[Key] = Counter()
    other: list[str] = []
    for line in result.stdout.splitlines():
        match = LINE.match(line.strip())
        if match:
            path = match["path"].replace("\\", "/")
            found[(path, match["code"], re.sub(r'"[^"]*\.py"', "", match["message"]))] += 1
        elif ": error:" in line:
            other.append(line)
    if result.returncode not in (0, 1):
        other.append(result.stderr.strip() or f"mypy exited with {result.returncode}")
    return found, other


def read_baseline() -> Counter[Key]:
    known: Counter[Key] = Counter()
    if BASELINE.exists():
        for line in BASELINE.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                count, path, code, message = line.split("\t", 3)
                known[(path, code, message)] = int(count)
    return known


def write_baseline(found: Counter[Key]) -> None:
    lines = ["# mypy errors still to fix: count, file, code, message. Regenerate with",
             "# `python tools/mypy_baseline.py --update`; the check fails when a count grows."]
    lines += [f"{n}\t{path}\t{code}\t{message}" for (path, code, message), n in sorted(found.items())]
    BASELINE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def check(found: Counter[Key], known: Counter[Key]) -> list[str]:
    problems = []
    for key, n in sorted(found.items()):
        path, code, message = key
        if not path.startswith(BASELINE_ALLOWED):
            problems.append(f"{path}: {message} [{code}] — this folder must be clean")
        elif n > known.get(key, 0):
            problems.append(f"{path}: {message} [{code}] — {n} now, baseline {known.get(key, 0)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="write the baseline from this run")
    args = parser.parse_args(argv)
    found, other = run_mypy()
    if other:
        print("\n".join(other))
        return 1
    if args.update:
        outside = [key for key in found if not key[0].startswith(BASELINE_ALLOWED)]
        if outside:
            print("\n".join(f"{p}: {m} [{c}] — must be fixed, not baselined" for p, c, m in outside))
            return 1
        write_baseline(found)
        print(f"baseline written: {sum(found.values())} errors")
        return 0
    known = read_baseline()
    problems = check(found, known)
    fixed = sum((known - found).values())
    print(f"mypy: {sum(found.values())} errors, baseline {sum(known.values())}"
          + (f"; {fixed} fixed — run with --update to shrink the baseline" if fixed else ""))
    if problems:
        print("\n".join(problems))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

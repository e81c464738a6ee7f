"""The habits the house keeps, checked like behaviour: ruff clean, mypy no worse than its baseline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def test_ruff_finds_nothing():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "crisisdesk", "tests", "benchmarks", "tools"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_strict_on_the_domain_and_no_worse_than_its_baseline_elsewhere():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "mypy_baseline.py")],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_baseline_check_catches_a_new_error(tmp_path):
    """A new error in a clean layer fails the check (so the check above can fail)."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import mypy_baseline
    finally:
        sys.path.remove(str(ROOT / "tools"))
    from collections import Counter

    known = Counter({("crisisdesk/ui/x.py", "arg-type", "m"): 1})
    assert mypy_baseline.check(Counter({("crisisdesk/ui/x.py", "arg-type", "m"): 1}), known) == []
    assert mypy_baseline.check(Counter({("crisisdesk/ui/x.py", "arg-type", "m"): 2}), known)
    assert mypy_baseline.check(Counter({("crisisdesk/domain/y.py", "arg-type", "m"): 1}), known)

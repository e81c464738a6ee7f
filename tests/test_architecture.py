"""The layers stay apart: Qt never leaks into the core (import-linter contracts)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_import_contracts_hold():
    lint = Path(sysconfig.get_path("scripts")) / "lint-imports"
    command = [str(lint)] if lint.exists() else [shutil.which("lint-imports") or "lint-imports"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
    for contract in ("The core stays free of Qt", "Layers:", "No cycles between the feature folders"):
        assert f"{contract}" in result.stdout, f"contract missing from pyproject.toml: {contract}"


def test_core_imports_without_qt():
    code = (
        "import sys; import crisisdesk.domain.register.deadlines, crisisdesk.services.register.notifications, "
        "crisisdesk.db.database, crisisdesk.labels, crisisdesk.cli.deadline; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

"""The wheel, installed non-editable (a venv, and pip install --user), finds every resource
and passes the smoke test: deadline --list-rules, a demo database, --screenshot.

The dependencies come from this test environment (a .pth file / PYTHONPATH) so the test
needs no network and no second PySide6; crisisdesk itself comes only from the wheel.
CI also installs the wheel with its dependencies into a bare venv (.ci/run).
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from crisisdesk.build import ROOT, smoke

pytestmark = pytest.mark.slow

SITE_PACKAGES = sysconfig.get_path("purelib")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(ROOT)],
        check=True, capture_output=True, text=True, timeout=300,
    )
    (found,) = out.glob("crisisdesk-*.whl")
    return found


def scripts(prefix: Path) -> Path:
    return prefix / ("Scripts" if os.name == "nt" else "bin")


def run(command: list, cwd: Path, **env) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300, env={**os.environ, **env})
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_wheel_ships_the_resources_as_package_data(wheel):
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "crisisdesk/data/rules/utrecht-48-uur.json", "crisisdesk/data/i18n/crisisdesk_nl.qm",
        "crisisdesk/data/i18n/crisisdesk_nl.ts", "crisisdesk/data/fonts/DejaVuSans.ttf",
        "crisisdesk/data/checklists/kings_day.toml", "crisisdesk/data/partners.toml",
        "crisisdesk/data/grip_levels.json", "crisisdesk/data/icons/crisisdesk.svg",
        "crisisdesk/data/help/handleiding.html", "crisisdesk/data/desktop/nl.utrecht.crisisdesk.desktop",
        "crisisdesk/db/migrations/versions/0001_notification_register.py", "crisisdesk/db/migrations/env.py",
    ):
        assert expected in names
    assert not any(name.startswith(("resources/", "share/")) or ".data/" in name for name in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[console_scripts]\ncrisisdesk = crisisdesk.cli:main" in text
    assert "[gui_scripts]\ncrisisdesk-desk = crisisdesk.cli.gui:main" in text


def test_installed_in_a_fresh_venv(wheel, tmp_path):
    prefix = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(prefix)
    python = scripts(prefix) / "python"
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], tmp_path).strip()
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet", str(wheel)], tmp_path)
    Path(purelib, "test-dependencies.pth").write_text(SITE_PACKAGES + "\n", encoding="utf-8")

    where = run([python, "-c", "import crisisdesk.resources as r; print(r.__file__); print(r.resource_dir())"], tmp_path).split()
    assert all(Path(p).is_relative_to(prefix) for p in where), where
    assert (scripts(prefix) / "crisisdesk-desk").exists()
    png = smoke([str(scripts(prefix) / "crisisdesk")], tmp_path / "smoke")
    assert png.stat().st_size > 20_000


def test_installed_with_pip_user(wheel, tmp_path):
    base_python = getattr(sys, "_base_executable", sys.executable)
    user_base = tmp_path / "userbase"
    env = {"PYTHONUSERBASE": str(user_base), "PYTHONNOUSERSITE": ""}
    probe = subprocess.run([base_python, "-m", "pip", "--version"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip("the base interpreter has no pip")
    run([base_python, "-m", "pip", "install", "--user", "--no-deps", "--quiet", "--no-warn-script-location", str(wheel)], tmp_path, **env)
    command = user_base / "bin" / "crisisdesk"
    env["PYTHONPATH"] = SITE_PACKAGES  # the dependencies; crisisdesk itself only from the user site
    where = run([base_python, "-c", "import crisisdesk.resources as r; print(r.resource_dir())"], tmp_path, **env).strip()
    assert Path(where).is_relative_to(user_base), where
    assert "Utrecht 48 uur" in run([command, "deadline", "--list-rules"], tmp_path, **env)

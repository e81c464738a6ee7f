"""The freedesktop .desktop file and the AppStream metadata are valid and agree with the app."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from crisisdesk import __version__
from crisisdesk.resources import resource_path

DESKTOP = resource_path("desktop", "nl.utrecht.crisisdesk.desktop")
METAINFO = resource_path("desktop", "nl.utrecht.crisisdesk.metainfo.xml")


def test_desktop_file_starts_the_windowless_entry_point_with_the_icon():
    text = DESKTOP.read_text(encoding="utf-8")
    assert "\nExec=crisisdesk-desk\n" in text and "\nTerminal=false\n" in text
    assert "\nIcon=nl.utrecht.crisisdesk\n" in text
    assert f'<release version="{__version__}"' in METAINFO.read_text(encoding="utf-8")
    from crisisdesk.ui.shell.identity import DESKTOP_ID

    assert DESKTOP.stem == DESKTOP_ID


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstream_metadata_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout

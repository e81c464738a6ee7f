"""Keeping the translation catalogue in step with the code (a developer's command).

    python -m crisisdesk.ui.shell.translations          # lupdate + lrelease

Sources are ``forms/*.ui`` and every ``.py`` under ``crisisdesk/`` except the generated
forms (their strings come from the ``.ui`` files). The Dutch ``.ts`` lives in
``resources/i18n/``; its ``.qm`` is committed beside it so a fresh install needs no Qt
tools at run time.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CATALOGUE_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("nl",)


def tool(name: str) -> str:
    """A PySide6 tool from this interpreter's environment (or PATH)."""
    candidate = Path(sysconfig.get_path("scripts")) / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found; install PySide6")
    return found


def source_files() -> list[Path]:
    package = ROOT / "crisisdesk"
    python = [p for p in sorted(package.rglob("*.py")) if "forms" not in p.relative_to(package).parts]
    return sorted((ROOT / "forms").glob("*.ui")) + python


def catalogue(language: str) -> Path:
    return CATALOGUE_DIR / f"crisisdesk_{language}.ts"


def update(ts_file: Path) -> str:
    """Runs lupdate into ``ts_file`` (keeping existing translations); returns its report."""
    sources = [str(p.relative_to(ROOT)) for p in source_files()]
    result = subprocess.run(
        [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-target-language", "nl_NL", *sources, "-ts", str(ts_file)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    return result.stdout + result.stderr


def release(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    for language in LANGUAGES:
        ts_file = catalogue(language)
        print(update(ts_file).strip())
        release(ts_file, ts_file.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

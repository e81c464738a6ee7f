"""Regenerate every generated file from its source, in one go (a developer's command).

    python tools/regenerate.py

1. every ``forms/NAME.ui`` → ``crisisdesk/ui/forms/ui_NAME.py`` (pyside6-uic, with the
   "do not edit" first line the tests look for);
2. the translation catalogue ``resources/i18n/crisisdesk_nl.ts`` from the forms and the
   code (pyside6-lupdate, keeping existing translations) and its ``.qm`` (lrelease).

New catalogue entries come out unfinished: translate them (Qt Linguist or any editor) and
run this again; the test suite fails while a Dutch entry is unfinished.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crisisdesk.ui.shell import translations  # noqa: E402  (after the path is set)

HEADER = "# Generated from forms/{name} by pyside6-uic — do not edit.\n"


def regenerate_forms() -> list[Path]:
    written = []
    for form in sorted((ROOT / "forms").glob("*.ui")):
        code = subprocess.run(
            [translations.tool("pyside6-uic"), f"forms/{form.name}"],
            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", check=True,
        ).stdout
        target = ROOT / "crisisdesk" / "ui" / "forms" / f"ui_{form.stem}.py"
        text = HEADER.format(name=form.name) + code
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8", newline="\n")
            written.append(target)
    return written


def main() -> int:
    for path in regenerate_forms():
        print(f"regenerated {path.relative_to(ROOT)}")
    return translations.main([])


if __name__ == "__main__":
    sys.exit(main())

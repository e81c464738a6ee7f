"""Entry script of the frozen build: one script, two executables.

``crisisdesk`` (console: every subcommand) and, on Windows, ``crisisdesk-desk`` (no console
window) are built from this same script; the name the program was started by decides.
"""

import sys
from pathlib import Path

if Path(sys.executable).stem.lower().endswith("-desk"):
    from crisisdesk.cli.gui import main
else:
    from crisisdesk.cli import main

sys.exit(main())

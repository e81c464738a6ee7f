"""``crisisdesk-desk``: the desk without a console window (a ``gui-scripts`` entry point).

Started by pythonw on Windows, the program has no stdout or stderr at all; a print would
raise. They go to the null device here, so that nothing but the log file and the dialogs
report — exactly what a desk user sees.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115  (lives as long as the process)
    from crisisdesk.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

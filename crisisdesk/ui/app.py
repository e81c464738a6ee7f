"""The old import path of ``crisisdesk.ui.shell.app``, kept because outside scripts use it.

The module itself lives in its feature folder; this name is the very same module object.
"""

import sys

from crisisdesk.ui.shell import app as _moved

sys.modules[__name__] = _moved

"""The old import path of ``crisisdesk.domain.register.holidays``, kept because outside scripts use it.

The module itself lives in its feature folder; this name is the very same module object.
"""

import sys

from crisisdesk.domain.register import holidays as _moved

sys.modules[__name__] = _moved

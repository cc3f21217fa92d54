"""Development and the test suite: the production settings with DEBUG asked for explicitly.

`prongsai.settings` defaults to production (DEBUG off); `make run` exports DEBUG=1, and pytest
and mypy load this module, which does the same unless DEBUG is already set.
"""

import os

os.environ.setdefault("DEBUG", "1")

from prongsai.settings import *  # noqa: F403 -- this module is the settings plus one default

"""The test suite's settings: the project's, in development mode (pyproject's DJANGO_SETTINGS_MODULE).

The project's settings refuse to start without a SECRET_KEY unless QUOTEDESK_DEV=1 (or DEBUG=1) asks for
development mode. The suite asks for it here, before they are read, and in os.environ so that the
servers and workers the tests start in subprocesses get it too (tests of the production settings pass
their own DEBUG=0 and SECRET_KEY).
"""

from __future__ import annotations

import os

os.environ.setdefault("QUOTEDESK_DEV", "1")

from attribution.settings import *  # noqa: E402, F403

"""Browser tests: pytest-django's live_server, serving one request at a time.

The live server shares the test's in-memory SQLite connection (that is how it sees the test's data).
When the page fires two requests at once (after "Add quote" htmx reloads the text and the list), two
server threads would use that one sqlite3 connection together and SQLite fails the second with
"bad parameter or other API misuse" — an intermittent failure of the browser test. A server without
threads answers them one after the other (and closes each connection, so none waits on a keep-alive).
"""

from __future__ import annotations

from typing import Any

from django.core.servers.basehttp import WSGIServer
from django.test import testcases


class OneRequestAtATime(WSGIServer):
    def __init__(self, *args: Any, connections_override: Any = None, **kwargs: Any) -> None:
        # the live server thread installs connections_override itself before serving
        super().__init__(*args, **kwargs)


testcases.LiveServerThread.server_class = OneRequestAtATime

"""Browser tests: pytest-django's live_server, serving one request at a time.

The live server shares the test's in-memory SQLite connection (that is how it sees the test's data).
When the page fires two requests at once (after "Add quote" htmx reloads the text and the list), two
server threads would use that one sqlite3 connection together and SQLite fails the second with
"bad parameter or other API misuse" — an intermittent failure of the browser test. A server without
threads answers them one after the other (and closes each connection, so none waits on a keep-alive).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.servers.basehttp import WSGIServer
from django.db import connections
from django.db.backends.signals import connection_created
from django.test import testcases


class OneRequestAtATime(WSGIServer):
    def __init__(self, *args: Any, connections_override: Any = None, **kwargs: Any) -> None:
        # the live server thread installs connections_override itself before serving
        super().__init__(*args, **kwargs)

    def close_request(self, request: Any) -> None:
        # As Django's threaded server does: no connection outlives its request (an idle one would
        # keep PostgreSQL from dropping the test database at the end of the run).
        connections.close_all()
        super().close_request(request)


testcases.LiveServerThread.server_class = OneRequestAtATime


@pytest.fixture(autouse=True)
def close_connections_opened_under_playwright() -> Iterator[None]:
    """Close the test's database connections when it ends.

    While Playwright's sync API is active an asyncio loop runs in this thread, so Django keeps the
    test's connections per async context: they are not the ones it closes before dropping the test
    database, and PostgreSQL then refuses the drop ("being accessed by other users").
    """
    opened: list[Any] = []

    def remember(sender: Any, connection: Any, **kwargs: Any) -> None:
        opened.append(connection)

    connection_created.connect(remember, weak=False)
    yield
    connection_created.disconnect(remember)
    for conn in opened:
        if conn._thread_ident == threading.get_ident():  # the live server thread closes its own
            conn.close()

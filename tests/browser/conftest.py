"""Browser tests: pytest-django's live_server, serving one request at a time.

The live server shares the test's in-memory SQLite connection (that is how it sees the test's data).
When the page fires two requests at once (after "Add quote" htmx reloads the text and the list), two
server threads would use that one sqlite3 connection together and SQLite fails the second with
"bad parameter or other API misuse" — an intermittent failure of the browser test. A server without
threads answers them one after the other (and closes each connection, so none waits on a keep-alive).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
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


# -- a browser for the review-desk tests (tests/browser/test_desk_*.py) ----------------------------------
CHROMIUM = "/usr/bin/chromium"
PASSWORD = "pw-for-tests-1"

# Counts the page's htmx requests in flight (installed before any page script runs).
COUNT_HTMX_REQUESTS = """
window.__inflight = 0;
document.addEventListener("htmx:beforeRequest", () => { window.__inflight += 1; });
document.addEventListener("htmx:afterRequest", () => { window.__inflight -= 1; });
"""


class Desk:
    """One chromium page against the live server, with the steps every desk test takes."""

    def __init__(self, page: Any, base: str) -> None:
        self.page = page
        self.base = base
        self.js_errors: list[str] = []

    def login(self, username: str) -> None:
        page = self.page
        page.goto(f"{self.base}/accounts/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{self.base}/")

    def goto(self, path: str) -> Any:
        response = self.page.goto(self.base + path)
        self.settle()
        return response

    def settle(self) -> None:
        """Wait until the page has no htmx request in flight and stays quiet for a moment (the live
        server shares the test's SQLite connection: the test must not query while it answers)."""
        page = self.page
        page.wait_for_load_state("load")
        for _ in range(2):
            page.wait_for_function("() => window.__inflight === 0")
            page.wait_for_timeout(150)
        page.wait_for_function("() => window.__inflight === 0")

    def select_text(self, phrase: str) -> None:
        drag_across(self.page, phrase)


def drag_across(page: Any, phrase: str) -> None:
    """Drag the mouse across `phrase` in the article body, as a reviewer would."""
    box = page.evaluate(
        """(phrase) => {
          const body = document.getElementById("article-body");
          const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const i = node.textContent.indexOf(phrase);
            if (i < 0) continue;
            node.parentElement.scrollIntoView({block: "center"});
            const r = document.createRange();
            r.setStart(node, i); r.setEnd(node, i + 1);
            const first = r.getBoundingClientRect();
            r.setStart(node, i + phrase.length - 1); r.setEnd(node, i + phrase.length);
            const last = r.getBoundingClientRect();
            return {x1: first.left + 1, y1: first.top + first.height / 2,
                    x2: last.right - 1, y2: last.top + last.height / 2};
          }
          return null;
        }""",
        phrase,
    )
    assert box, f"{phrase!r} is not in one text segment of the body"
    mouse = page.mouse
    mouse.move(box["x1"], box["y1"])
    mouse.down()
    mouse.move(box["x2"], box["y2"], steps=8)
    mouse.up()


@pytest.fixture
def desk(live_server: Any) -> Iterator[Desk]:
    yield from _open_desk(live_server)


@pytest.fixture
def csp_bypassing_desk(live_server: Any) -> Iterator[Desk]:
    """A desk whose pages accept a script the test injects (axe-core): the app's CSP allows only its
    own scripts. For this test context only; the pages themselves still send their strict CSP."""
    yield from _open_desk(live_server, bypass_csp=True)


def _open_desk(live_server: Any, **context_options: Any) -> Iterator[Desk]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: run `make chromium` (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    import os

    # Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test are safe.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )  # fmt: skip
        context = browser.new_context(
            viewport={"width": 1280, "height": 860}, accept_downloads=True, **context_options
        )
        page = context.new_page()
        page.add_init_script(COUNT_HTMX_REQUESTS)
        ui = Desk(page, live_server.url)
        page.on("pageerror", lambda exc: ui.js_errors.append(str(exc)))
        page.on(
            "console",
            lambda msg: ui.js_errors.append(msg.text) if msg.type == "error" else None,
        )
        yield ui
        browser.close()


# -- the desk with real data: the five seed articles imported and parsed as `setup_demo --sync` does ----
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def seeded_desk(make_user: Callable[..., Any]) -> dict[str, Any]:
    """The seeds imported and parsed, some quotes reviewed (every status shows), an editor."""
    from django.core.management import call_command

    from attribution.models import Article, Quote

    call_command("import_articles", str(SEEDS), "--sync", verbosity=0)
    editor = make_user("eddie", "Editor")
    article = Article.objects.filter(language="en").order_by("pk").first()
    quotes = list(Quote.objects.filter(article=article).order_by("start"))
    assert len(quotes) >= 4, "the seed article should have quotes to review"
    quotes[0].confirm(by=editor)
    quotes[1].reject(by=editor)
    speaker = next(q.speaker for q in quotes if q.speaker_id)
    return {"article": article, "person": speaker, "hindi": Article.objects.get(language="hi")}

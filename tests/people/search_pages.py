"""Reading /quotes/ as a reviewer sees it: the quotes a results page lists, and every page of a word
search followed by its "Next ›" link (shared by the quote-search test modules)."""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse


def listed(html: str) -> list[int]:
    """The ids of the quotes a results page links to, in the order shown."""
    return [int(pk) for pk in re.findall(r'class="qtext" href="/articles/\d+/#quote-(\d+)"', html)]


def pages(client: Any, words: str) -> tuple[list[int], list[str]]:
    """Every page of a search for `words`: the quotes listed, in order, and each page's count heading."""
    seen, heads, page = [], [], 1
    while True:
        html = client.get(reverse("quote-search"), {"text": words, "page": page}).content.decode()
        heads.append(re.search(r'class="muted count">([^<·]*)', html).group(1).strip())
        seen += listed(html)
        if "Next ›" not in html:
            return seen, heads
        page += 1

"""Template filters for showing quotes: `{% load quotedesk %}`."""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.urls import get_script_prefix, get_urlconf, reverse

from attribution.quote_text import display_quote

register = template.Library()

_MARKER = 740395826  # an id no pattern's fixed text contains: where a row's id goes in its URL


@register.filter(name="quote_text")
def quote_text(text: str) -> str:
    """A quote's words as shown to people (see attribution.quote_text)."""
    return display_quote(str(text or ""))


@register.filter(name="url_for")
def url_for(pk: object, name: str) -> str:
    """`{% url name pk %}` for a row's integer id, e.g. `{{ q.article_id|url_for:"article" }}`.

    `{% url %}` looks the pattern up again for every row (some 40 µs; a page of 50 quote results
    has 150 links); this looks it up once per name and script prefix and puts the id in.
    """
    head, tail = _around_id(name, get_script_prefix(), get_urlconf())
    return f"{head}{int(str(pk))}{tail}"


@lru_cache(maxsize=64)
def _around_id(name: str, prefix: str, urlconf: str | None) -> tuple[str, str]:
    url = reverse(name, args=[_MARKER], urlconf=urlconf)  # under `prefix`, the current script prefix
    head, marker, tail = url.rpartition(str(_MARKER))
    if not marker:
        raise ValueError(f"the URL {name!r} does not show its id argument as it is")
    return head, tail

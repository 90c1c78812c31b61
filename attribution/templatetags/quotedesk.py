"""Template filters for showing quotes: `{% load quotedesk %}`."""

from __future__ import annotations

from django import template

from attribution.quote_text import display_quote

register = template.Library()


@register.filter(name="quote_text")
def quote_text(text: str) -> str:
    """A quote's words as shown to people (see attribution.quote_text)."""
    return display_quote(str(text or ""))

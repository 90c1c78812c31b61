"""Template filters for the team workflow: `{% load workflow %}`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from attribution.workflow_models import MENTION

register = template.Library()


@register.filter(name="with_mentions")
def with_mentions(body: str, mentioned: Iterable[Any]) -> SafeString:
    """The comment's text, escaped, line breaks kept, each @mention of a colleague marked up."""
    names = {user.get_username() for user in mentioned}

    def mark(match: Any) -> str:
        name = match.group(1)
        core = name if name in names else name.rstrip(".@+-")
        if core not in names:
            return match.group(0)
        return f'<span class="mention">@{core}</span>{name[len(core) :]}'

    # escaping leaves @, letters, digits and . + - _ as they are: the pattern sees the same names
    html = MENTION.sub(mark, escape(str(body or "")))
    return mark_safe(html.replace("\r\n", "\n").replace("\n", "<br>"))

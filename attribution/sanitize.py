"""The one place markup is cleaned. Everything stored or displayed as HTML passes through nh3.

nh3 (Ammonia) replaces bleach, which its own metadata declares unmaintained since 2026-06-05.
"""

from __future__ import annotations

import nh3

# Enough structure to find paragraphs; scripts, styles and their content are dropped entirely.
BLOCK_TAGS = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
    "section", "article", "header", "footer", "figure", "figcaption", "table", "tr", "td", "th",
    "pre", "hr", "main", "aside", "nav", "dd", "dt", "dl",
}
INLINE_TAGS = {"a", "b", "i", "em", "strong", "span", "q", "cite", "small", "sub", "sup", "time", "abbr"}
DROP_WITH_CONTENT = {"script", "style", "noscript", "template", "iframe", "object", "svg", "math", "textarea"}


# Parts of a web page around the article: dropped with their text when a whole page is imported.
PAGE_FURNITURE_TAGS = {"head", "title", "nav", "aside", "footer", "form", "button", "select", "dialog"}


def clean_html(html: str, *, drop_page_furniture: bool = False) -> str:
    """Remove every script, event handler and unknown tag, keeping text and paragraph structure.

    With drop_page_furniture, a saved web page also loses its navigation, sidebars, footer and
    forms (text and all): menus and "Read more" boxes are not part of the story.
    """
    drop = DROP_WITH_CONTENT | (PAGE_FURNITURE_TAGS if drop_page_furniture else set())
    return nh3.clean(
        html,
        tags=(BLOCK_TAGS | INLINE_TAGS) - drop,
        clean_content_tags=drop,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        strip_comments=True,
    )


def clean_text(text: str) -> str:
    """Plain text made safe to embed anywhere: no tags survive (nh3 with no allowed tags)."""
    return nh3.clean_text(text)

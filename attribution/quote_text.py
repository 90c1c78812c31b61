"""How a quote's words are shown to people (rows, print sheet, exports), apart from its stored span.

The stored span is exactly what the parser or a reviewer marked in the article, punctuation
included: in English "“We will go,” she said" the comma belongs inside the marks, so a direct
quote's span often ends with it. Shown on its own, that comma reads as a cut-off sentence.
"""

from __future__ import annotations

# Punctuation that only joins the quote to the sentence around it ("…again,” Porter said").
_JOINING_PUNCTUATION = ",;:"


def display_quote(text: str) -> str:
    """`text` without whitespace and joining punctuation at its end (never empty)."""
    shown = text.rstrip()
    while shown and shown[-1] in _JOINING_PUNCTUATION:
        shown = shown[:-1].rstrip()
    return shown or text.strip()

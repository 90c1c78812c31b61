"""Quotation extraction and attribution for news text. Pure Python: no Django here.

from attribution.parsing import extract, detect_language
for q in extract(text):            # language detected when not given
    print(q.kind, q.speaker, text[q.start:q.end])
"""

from __future__ import annotations

import logging

from attribution.parsing import native

native.select()  # the mypyc-compiled modules when built from these sources, else the .py files

from attribution.parsing.detect import detect_language  # noqa: E402  (after native.select())
from attribution.parsing.engine import extract_quotes  # noqa: E402  (after native.select())
from attribution.parsing.model import ExtractedQuote  # noqa: E402  (after native.select())

__all__ = ["ExtractedQuote", "detect_language", "extract", "native"]

log = logging.getLogger(__name__)


def extract(text: str, lang: str | None = None) -> list[ExtractedQuote]:
    """Quotations in `text`, sorted and non-overlapping, with speakers resolved per document.

    Never raises on text: a bug in a rule is logged and yields no quotes rather than a crash.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        code = lang or detect_language(text)
        return extract_quotes(text, code)
    except Exception:  # the parser must not take an import or a page down with it
        log.exception("quote extraction failed (lang=%s, %d chars)", lang, len(text))
        return []

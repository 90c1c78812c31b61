"""What a review action answers with when the quote is not as the reviewer saw it."""

from __future__ import annotations

from typing import Any

from django.utils import timezone


class StaleQuoteError(Exception):
    """Someone else changed the quote since the reviewer loaded it (optimistic locking)."""

    def __init__(self, quote: Any):  # a Quote (this module sits below it)
        self.quote = quote
        who = quote.reviewed_by.get_username() if quote.reviewed_by else "someone"
        when = timezone.localtime(quote.updated_at).strftime("%Y-%m-%d %H:%M:%S") if quote.updated_at else "?"
        super().__init__(f"This quote was changed by {who} at {when}; reload to see their change.")
        self.who = who
        self.when = when


class OverlappingQuotes(Exception):
    """A quote added by hand overlaps quotes already in the article: the reviewer chooses first
    (keep both, replace the old ones, or cancel), and the choice is recorded with the new quote."""

    def __init__(self, quotes: list[Any]):  # Quotes
        self.quotes = quotes
        super().__init__(f"The selection overlaps {len(quotes)} quote(s) already in the article.")

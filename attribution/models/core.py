"""The names attribution/models/core.py held before it was split, for imports written against it.

Article and QuoteTally are in models/articles.py; Quote in models/quotes.py (its QuerySet in
models/quote_queries.py); QuoteEvent and undo in models/quote_events.py; StaleQuoteError and
OverlappingQuotes in models/conflicts.py; ApiToken in models/api_tokens.py; WorkerHeartbeat in
models/workers.py. New code imports the face, attribution.models; a model module imports the module
that defines what it needs, never the face.
"""

from attribution.models import (  # noqa: F401
    ApiToken,
    Article,
    OverlappingQuotes,
    Person,
    PersonAlias,
    PersonEditConflict,
    PersonEvent,
    Quote,
    QuoteEvent,
    QuoteTally,
    StaleQuoteError,
    WorkerHeartbeat,
    content_hash,
    protect_human_events,
)

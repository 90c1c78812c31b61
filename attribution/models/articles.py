"""Articles, and the per-article quote counts the database keeps for list pages.

The bottom of the models: an article knows its quotes only through the relation Quote declares
(`article.quotes`), so this module imports no quote module.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.db import models
from django.db.models.functions import Coalesce

from attribution.validators import no_control_characters, web_url


def content_hash(text: str) -> str:
    """Hash of the article body, insensitive to whitespace runs, so re-imports dedupe."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class ArticleQuerySet(models.QuerySet):
    def bulk_create(self, objs: Any, *args: Any, **kwargs: Any) -> list[Article]:
        objs = list(objs)
        for article in objs:
            article.body_length = len(article.body)
        return super().bulk_create(objs, *args, **kwargs)

    def without_body(self) -> ArticleQuerySet:
        """For lists: the body can be megabytes, and a list never shows it."""
        return self.defer("body")

    def with_counts(self) -> ArticleQuerySet:
        """Quotes per article by review status, from the counts the database keeps (QuoteTally, a few
        rows per article), so a queue page does not count thousands of quotes per row."""
        quote = self.model._meta.get_field("quotes").related_model  # Quote (attribution/models/quotes.py)

        def tally(statuses: Any = None) -> Any:
            rows = QuoteTally.objects.filter(article=models.OuterRef("pk"))
            if statuses is not None:
                rows = rows.filter(status__in=statuses)
            total = rows.order_by().values("article").annotate(total=models.Sum("n")).values("total")
            return Coalesce(models.Subquery(total, output_field=models.IntegerField()), 0)

        return self.annotate(
            n_quotes=tally(),
            n_pending=tally([quote.Status.PENDING]),
            n_rejected=tally([quote.Status.REJECTED]),
            n_verified=tally(list(quote.VERIFIED)),
        )


class Article(models.Model):
    class ParseStatus(models.TextChoices):
        PENDING = "pending", "Waiting to be parsed"
        RUNNING = "running", "Parsing"
        DONE = "done", "Parsed"
        FAILED = "failed", "Parse failed"

    title = models.CharField(max_length=500, validators=[no_control_characters])
    source = models.CharField(
        "source / outlet", max_length=200, blank=True, db_index=True, validators=[no_control_characters]
    )
    url = models.URLField(
        max_length=2000, blank=True, null=True, unique=True, validators=[web_url, no_control_characters]
    )
    byline = models.CharField(max_length=300, blank=True, validators=[no_control_characters])
    published = models.DateField(null=True, blank=True, db_index=True)
    language = models.CharField(max_length=12, blank=True, db_index=True)
    body = models.TextField(help_text="Plain text; paragraphs separated by blank lines.")
    # len(body), kept by save(), bulk_create() and a database trigger: the quote-span trigger and
    # list pages read it instead of the body (a 5 MB body read per inserted quote was quadratic).
    body_length = models.PositiveIntegerField(default=0, editable=False)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    parse_status = models.CharField(
        max_length=10, choices=ParseStatus.choices, default=ParseStatus.PENDING, db_index=True
    )
    parse_error = models.TextField(blank=True)
    quotes_over_cap = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text="Quotes the parser found beyond QUOTEDESK_MAX_QUOTES_PER_ARTICLE.",
    )
    parse_stopped_at = models.PositiveIntegerField(
        null=True,
        blank=True,
        editable=False,
        help_text="Where the parser stopped reading an article over the cap."
    )
    # Sourcing flags (attribution.insight), refreshed after each parse; the queue filters on them.
    # (Nullable without defaults: SQLite adds such columns in place instead of rebuilding the table,
    # which its span triggers would not survive.)
    named_speakers = models.PositiveIntegerField(null=True, blank=True)
    anonymous_share = models.FloatField(null=True, blank=True)
    single_source = models.BooleanField(null=True, blank=True, db_index=True)
    parsed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["parse_status", "created_at"]),
            # Covers the quote-span trigger's look-up on SQLite, which would otherwise walk the
            # body's overflow pages to reach a column stored after it (see migration 0012).
            models.Index(fields=["id", "body_length"], name="article_id_body_length"),
        ]
        permissions = [("import_articles", "Can import articles")]

    def __str__(self) -> str:
        return self.title

    @property
    def opens_with_headline(self) -> bool:
        """Whether the body's first line is the headline (shown as one), not the story's first sentence."""
        first = self.body.lstrip().split("\n", 1)[0]
        return bool(first) and " ".join(first.split()) == " ".join(self.title.split())

    @property
    def parser_lacks_language(self) -> bool:
        """Whether the parser has no rules for this article's language (it then reads it with English's,
        which find little or nothing in, say, Arabic): the article page says so, so that an empty quote
        list is not taken for an article without quotes."""
        from attribution.parsing import languages

        code = (self.language or "").strip().lower().replace("_", "-").split("-")[0]
        return bool(code) and code not in languages.available()

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.content_hash = content_hash(self.body)
        self.body_length = len(self.body)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "body_length", "content_hash"}
        if self.url == "":
            self.url = None
        if not self.language:
            from attribution.parsing import detect_language

            self.language = detect_language(self.body)
        super().save(*args, **kwargs)


class QuoteTally(models.Model):
    """How many quotes an article has per kind, status and claim-or-not, kept by database triggers.

    The dashboard adds these up (a few rows per article) instead of counting a million quotes per chart
    (migration 0071 holds the triggers; tests/claims/test_quote_tally.py checks they keep it exact).
    `claim` is claim_score >= TALLY_THRESHOLD, fixed in the triggers: the dashboard counts live when
    checkworthy.THRESHOLD differs. No foreign-key constraint: deleting an article deletes its quotes
    first, and the triggers' last word on a deleted article's rows (n = 0) must not block the delete.
    """

    TALLY_THRESHOLD = 0.5

    article = models.ForeignKey(
        "attribution.Article", related_name="+", on_delete=models.DO_NOTHING, db_constraint=False
    )
    kind = models.CharField(max_length=10)
    status = models.CharField(max_length=10)
    claim = models.BooleanField()
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "kind", "status", "claim"], name="quote_tally_key")
        ]

    def __str__(self) -> str:
        return (
            f"article {self.article_id}: {self.n} {self.kind} {self.status}{' claim' if self.claim else ''}"
        )

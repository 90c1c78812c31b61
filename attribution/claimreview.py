"""schema.org ClaimReview JSON-LD for every claim with a verdict (the format fact-check aggregators read).

One ClaimReview per statement with a verdict: claimReviewed is the verified (else the judged) wording,
itemReviewed is the Claim with its author (the speaker) and every article it appeared in.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

from attribution.models import ClaimVerdict, Quote


def _speaker(quote: Quote) -> dict[str, Any]:
    from attribution.insight import kind_of

    name = quote.speaker.name if quote.speaker_id else (quote.speaker_label or "Unknown")
    kind = kind_of(quote.speaker if quote.speaker_id else None, quote.speaker_label)
    return {"@type": "Organization" if kind in ("organisation", "group") else "Person", "name": name}


def _appearance(quote: Quote) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "headline": quote.article.title}
    if quote.article.url:
        work["url"] = quote.article.url
    if quote.article.published:
        work["datePublished"] = quote.article.published.isoformat()
    if quote.article.source:
        work["publisher"] = {"@type": "Organization", "name": quote.article.source}
    return work


def claim_reviews() -> list[dict[str, Any]]:
    organisation = getattr(settings, "QUOTEDESK_ORGANISATION", "") or "Quotedesk"
    verdicts = ClaimVerdict.objects.select_related("statement__verified_quote", "quote").order_by(
        "checked_at", "pk"
    )
    out = []
    for verdict in verdicts:
        members = list(
            Quote.objects.filter(statement_id=verdict.statement_id)
            .exclude(status=Quote.Status.REJECTED)
            .select_related("speaker", "article")
            .defer("article__body")
            .order_by("article__published", "id")
        )
        judged = verdict.statement.verified_quote or verdict.quote or (members[0] if members else None)
        if judged is None:
            continue
        judged = next((q for q in members if q.pk == judged.pk), judged)
        appearances = [_appearance(q) for q in members] or [_appearance(judged)]
        claim: dict[str, Any] = {
            "@type": "Claim",
            "author": _speaker(judged),
            "appearance": appearances,
            "firstAppearance": appearances[0],
        }
        if appearances[0].get("datePublished"):
            claim["datePublished"] = appearances[0]["datePublished"]
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict.get_rating_display()}
        value = ClaimVerdict.RATING_VALUE.get(verdict.rating)
        if value is not None:
            rating.update(ratingValue=value, bestRating=5, worstRating=1)
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "datePublished": verdict.checked_at.date().isoformat(),
            "claimReviewed": judged.text,
            "author": {"@type": "Organization", "name": organisation},
            "reviewRating": rating,
            "itemReviewed": claim,
        }
        if verdict.url:
            review["url"] = verdict.url
        if verdict.explanation:
            review["reviewBody"] = verdict.explanation
        out.append(review)
    return out

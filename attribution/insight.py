"""Sourcing flags per article and the desk dashboard's figures.

Sourcing: of an article's quotes (rejected ones aside), how many come from anonymous sources, how many
distinct named speakers there are, whether the story rests on a single source, and the speakers by kind
(person / organisation / group / anonymous). Stored on the article after each parse (so the queue can filter
on them) and computed live on the article page (so a reviewer's corrections show at once).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

KINDS = ("person", "organisation", "group", "anonymous")

# The queue's and the exports' `sourcing` filter: which articles, by the flags stored after a parse.
SOURCING_CHOICES = [
    ("", "Any sourcing"),
    ("single", "Single-source stories"),
    ("anonymous", "Quotes anonymous sources"),
    ("mostly_anonymous", "Mostly anonymous sources"),
    ("no_named", "No named speaker"),
]


def sourcing_lookup(value: str) -> dict[str, Any]:
    """Article field lookups for a `sourcing` filter value ({} for none); ValueError if unknown."""
    lookups: dict[str, dict[str, Any]] = {
        "": {},
        "single": {"single_source": True},
        "anonymous": {"anonymous_share__gt": 0},
        "mostly_anonymous": {"anonymous_share__gte": 0.5},
        "no_named": {"named_speakers": 0},
    }
    if value not in lookups:
        raise ValueError(f"sourcing must be one of {', '.join(k for k in lookups if k)}, not {value[:40]!r}.")
    return lookups[value]


_ANONYMOUS = re.compile(
    r"\b(?:sources?|officials?|insiders?|aides?|people|persons?|person|diplomats?|someone|"
    r"an? (?:senior|former|government|party|police|military|western|european|us|u\.s\.) \w+|familiar with|"
    r"asked not to be named|condition of anonymity|not authori[sz]ed|une source|des sources|un proche|"
    r"selon nos informations|kreise\w*|insider|ein sprecher|fuentes?|una fuente|सूत्र\w*)\b",
    re.IGNORECASE,
)
_ORGANISATION = re.compile(
    r"\b(?:ministry|ministère|ministerium|ministerio|department|council|government|police|polizei|policía|"
    r"agency|commission|committee|union|party|parti|partei|bank|inc|ltd|plc|corp|corporation|company|group|"
    r"university|université|universität|court|tribunal|gericht|office|authority|institute|foundation|"
    r"association|federation|club|hospital|school|army|navy|embassy|kremlin|pentagon|white house|nasa|un|eu|"
    r"nato|who|fifa|uefa|मंत्रालय|सरकार|पुलिस|विभाग|आयोग)\b",
    re.IGNORECASE,
)
_GROUP = re.compile(
    r"^(?:the |les? |la |die |los |las )?(?:residents|protesters|workers|nurses|doctors|teachers|parents|"
    r"students|farmers|fans|voters|critics|analysts|experts|economists|scientists|campaigners|activists|"
    r"neighbours|neighbors|witnesses|villagers|locals|employees|staff|members|supporters|opponents|"
    r"habitants|manifestants|anwohner|demonstranten|vecinos|manifestantes|लोग|ग्रामीण|किसान)\b",
    re.IGNORECASE,
)

# a document quoted as a source ("a staff report released Monday", "the study", "court filings") is on the
# record, whoever wrote it: counted with organisations, never as an anonymous source
_DOCUMENT = re.compile(
    r"\b(?:report|study|survey|statement|documents?|filings?|records|memo|letter|poll|analysis|audit|"
    r"data|figures|press release|rapport|étude|communiqué|sondage|bericht|studie|umfrage|mitteilung|"
    r"erklärung|informe|estudio|encuesta|comunicado|रिपोर्ट|अध्ययन|सर्वेक्षण)\b",
    re.IGNORECASE,
)


def kind_of(speaker: Any, label: str) -> str | None:
    """The speaker's kind: the registry's when it has one, else read from the name or the mention."""
    kind = getattr(speaker, "kind", "") if speaker is not None else ""
    if kind:
        return {"anonymous_source": "anonymous", "organization": "organisation"}.get(kind, kind)
    name = (speaker.name if speaker is not None else "") or label or ""
    if not name.strip():
        return None
    if _GROUP.search(name):
        return "group"
    if speaker is None and _ANONYMOUS.search(name):
        return "anonymous"
    if _ORGANISATION.search(name) or (speaker is None and _DOCUMENT.search(name)):
        return "organisation"
    if speaker is None:
        # an unnamed description ("a spokeswoman", "the minister") that we could not resolve
        return "anonymous" if name[:1].islower() else "person"
    return "person"


def sourcing(quotes: Iterable[Any]) -> dict[str, Any]:
    """The sourcing flags of one article from its quotes (each with .speaker, .speaker_label, .status)."""
    kinds: Counter[str] = Counter()
    named: set[int] = set()
    total = 0
    for q in quotes:
        if q.status == "rejected":
            continue
        total += 1
        kind = kind_of(q.speaker if q.speaker_id else None, q.speaker_label)
        if kind:
            kinds[kind] += 1
        if q.speaker_id and kind != "anonymous":
            named.add(q.speaker_id)
    anonymous = kinds.get("anonymous", 0)
    return {
        "quotes": total,
        "anonymous": anonymous,
        "anonymous_share": round(anonymous / total, 3) if total else 0.0,
        "named_speakers": len(named),
        "single_source": total > 0 and len(named) + (1 if anonymous else 0) <= 1,
        "by_kind": {k: kinds.get(k, 0) for k in KINDS},
    }


def sourcing_of_rows(rows: Iterable[Any]) -> dict[str, Any]:
    """sourcing() over the article page's rows (review_common.Row: speaker name, no Person object)."""
    from types import SimpleNamespace

    return sourcing(
        SimpleNamespace(
            status=r.status,
            speaker_id=r.speaker_id,
            speaker_label=r.speaker_label,
            speaker=SimpleNamespace(name=r.speaker_name, kind=getattr(r, "speaker_kind", "")),
        )
        for r in rows
    )


def refresh_sourcing(article_ids: Iterable[int]) -> None:
    """Store each article's sourcing flags (queue filters read these)."""
    from collections import defaultdict

    from attribution.models import Article, Quote

    ids = list(article_ids)
    by_article: dict[int, list[Any]] = defaultdict(list)
    for q in (
        Quote.objects.filter(article_id__in=ids)
        .select_related("speaker")
        .only("id", "article_id", "status", "speaker_id", "speaker_label", "speaker__name", *_kind_field())
    ):
        by_article[q.article_id].append(q)
    articles = list(Article.objects.filter(pk__in=ids).only("pk"))
    for article in articles:
        flags = sourcing(by_article.get(article.pk, []))
        article.named_speakers = flags["named_speakers"]
        article.anonymous_share = flags["anonymous_share"]
        article.single_source = flags["single_source"]
    Article.objects.bulk_update(
        articles, ["named_speakers", "anonymous_share", "single_source"], batch_size=500
    )


def _kind_field() -> list[str]:
    from attribution.models import Person

    return ["speaker__kind"] if any(f.name == "kind" for f in Person._meta.get_fields()) else []

"""What storing a batch of parse results will do, worked out with reads only (no write lock held).

The parser's findings are matched to the quotes already stored: a finding at the span of a pending
quote updates it in place, one overlapping a quote a person touched is dropped, and pending machine
quotes the parser no longer finds are to be deleted. Speakers are resolved (attribution.speakers),
new persons and aliases listed. attribution/parse_apply.py carries the plan out.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.db.models import Exists, OuterRef

from attribution.models import Article, IndependentReview, Quote, QuoteEvent
from attribution.parsing import ExtractedQuote
from attribution.people import best_title, match_key
from attribution.speakers import SpeakerRegistry


def max_quotes_per_article() -> int:
    return max(1, int(getattr(settings, "QUOTEDESK_MAX_QUOTES_PER_ARTICLE", 2000)))


@dataclass
class ParseResult:
    """One article's parser output, waiting to be written.

    At most QUOTEDESK_MAX_QUOTES_PER_ARTICLE findings are kept (the first in reading order): an
    article dense with quotes (a transcript, or 5 MB of "X said that …") would otherwise store
    100,000 quotes that nobody can review and that slow every page showing them. How many were
    left out (and where the parser stopped, if it did not read the whole text) is recorded on the
    article, which says so on its page.
    """

    article: Article
    found: list[ExtractedQuote]
    stopped_at: int | None = None
    over_cap: int = 0

    def __post_init__(self) -> None:
        cap = max_quotes_per_article()
        if len(self.found) > cap:
            self.over_cap = len(self.found) - cap
            self.found = sorted(self.found, key=lambda q: (q.start, q.end))[:cap]


class _Existing(NamedTuple):
    """A quote already stored for an article, as re-parsing sees it."""

    pk: int
    status: str
    start: int
    end: int
    version: int
    human: bool  # has an audit event written by a person (anything but PARSE)
    machine: tuple  # the parser's fields, in _MACHINE_FIELDS order

    @property
    def replaceable(self) -> bool:
        """Pending and never touched by a person: the parser may replace it."""
        return self.status == Quote.Status.PENDING and not self.human


# What the parser decides about a quote; a re-parse that finds the same span rewrites these in place.
_MACHINE_FIELDS = (
    "text", "kind", "cue_start", "cue_end", "cue_verb", "mention_start", "mention_end",
    "speaker_id", "speaker_label", "confidence", "rule", "speech_act", "speaker_candidates",
)


@dataclass
class Update:
    """A pending quote found again at the same span whose parser fields changed: updated in place."""

    existing: _Existing
    values: dict[str, object]  # _MACHINE_FIELDS -> new value (speaker_id may be a new person's ref)
    name: str  # the speaker's name, for the audit snapshot


@dataclass
class Plan:
    """What writing a batch will insert, worked out with reads only (no write lock held)."""

    existing: dict[int, list[_Existing]]  # per article: its quotes
    stale: list[int]  # pending machine quotes nobody touched that the parser no longer finds
    new_names: list[str]  # persons to create
    aliases: dict[tuple[object, str], None]  # (person ref, alias)
    quotes: list[tuple[int, ExtractedQuote, str, object, str]]  # (article pk, quote, text, person ref, name)
    updates: list[Update] = field(default_factory=list)
    unchanged: int = 0  # pending quotes found again exactly as they are
    new_persons: list[tuple[str, str, str, str]] = field(default_factory=list)  # name, kind, title, match_key
    titles: dict[object, str] = field(default_factory=dict)  # titles for existing persons that have none
    candidates: dict[int, list[object]] = field(default_factory=dict)  # quote index -> ambiguous persons
    dates: dict[int, object] = field(default_factory=dict)  # article pk -> its date, stored on new quotes

    @property
    def quote_count(self) -> int:
        return len(self.quotes) + len(self.updates) + self.unchanged


def existing_quotes(article_ids: list[int]) -> dict[int, list[_Existing]]:
    existing: dict[int, list[_Existing]] = {pk: [] for pk in article_ids}
    human = QuoteEvent.objects.filter(quote_id=OuterRef("pk")).exclude(action=QuoteEvent.Action.PARSE)
    # an independent review (second review) is a person's work too, though it writes no QuoteEvent
    reviewed = IndependentReview.objects.filter(quote_id=OuterRef("pk"))
    rows = (
        Quote.objects.filter(article_id__in=article_ids)
        .annotate(human=Exists(human) | Exists(reviewed))
        .order_by("pk")
        .values_list("pk", "article_id", "status", "start", "end", "version", "human", *_MACHINE_FIELDS)
    )
    for pk, article_id, status, start, end, version, is_human, *machine in rows:
        row = _Existing(pk, status, start, end, version, bool(is_human), tuple(machine))
        existing[article_id].append(row)
    return existing


_SPEECH_ACTS = frozenset(Quote.SpeechAct.values)


def speech_act_of(q: ExtractedQuote) -> str:
    """The parser's speech-act class for the quote, if it gives one we know ("" otherwise)."""
    act = getattr(q, "speech_act", "") or ""
    return act if act in _SPEECH_ACTS else ""


def _machine_values(
    q: ExtractedQuote, text: str, ref: object, candidates: list[object] | None = None
) -> dict[str, object]:
    """The parser's fields of a quote as stored (the same values apply_plan inserts)."""
    return {
        "text": text,
        "kind": q.kind,
        "cue_start": q.cue[0] if q.cue else None,
        "cue_end": q.cue[1] if q.cue else None,
        "cue_verb": (q.cue_verb or "")[:100],
        "mention_start": q.speaker_mention[0] if q.speaker_mention else None,
        "mention_end": q.speaker_mention[1] if q.speaker_mention else None,
        "speaker_id": ref,
        "speaker_label": (q.speaker or "")[:300],
        "confidence": min(1.0, max(0.0, float(q.confidence))),
        "rule": q.rule[:100],
        "speech_act": speech_act_of(q),
        "speaker_candidates": list(candidates or []),
    }


def make_plan(results: Sequence[ParseResult]) -> Plan:
    """Match the parser's findings to the stored quotes.

    A finding at the span of a pending quote updates that quote in place (it keeps its id, so open
    pages and links still work). A finding that overlaps a quote a person reviewed or touched is
    dropped: the person's version wins. Pending quotes nobody touched that the parser no longer
    finds are replaced; a quote with any human event is never deleted.
    """
    existing = existing_quotes([r.article.pk for r in results])
    plan = Plan(existing=existing, stale=[], new_names=[], aliases={}, quotes=[])
    # Who each speaker is: attribution.speakers / attribution.people (kinds, transliterations, aliases)
    registry = SpeakerRegistry.load(
        [q.speaker for r in results for q in r.found if q.speaker]
        + [r.article.body[m[0] : m[1]] for r in results for q in r.found if (m := q.speaker_mention)]
    )
    seen: set = set()

    for result in results:
        article, body = result.article, result.article.body
        body_len = len(body)
        rows = existing[article.pk]
        # Pending quotes by span: found again there, they are updated in place.
        pending_at: dict[tuple[int, int], _Existing] = {}
        for row in rows:
            if row.status == Quote.Status.PENDING:
                pending_at.setdefault((row.start, row.end), row)
        kept = _SpanSet((row.start, row.end) for row in rows if not row.replaceable)
        matched: set[int] = set()
        for q in result.found:
            if not (0 <= q.start < q.end <= body_len):
                continue
            same = pending_at.get((q.start, q.end))
            if same is not None and same.pk in matched:
                continue  # the parser reported one span twice
            if same is None and kept.overlaps(q.start, q.end):
                continue  # the reviewer's version wins
            mention_text = body[q.speaker_mention[0] : q.speaker_mention[1]] if q.speaker_mention else ""
            found = registry.resolve(q.speaker)
            registry.observe(found, q.speaker, mention_text, body, seen)
            ref, name = found.ref, found.name
            text = body[q.start : q.end]
            if same is None:
                if found.candidates:
                    plan.candidates[len(plan.quotes)] = found.candidates
                plan.quotes.append((article.pk, q, text, ref, name))
                plan.dates[article.pk] = article.published
                continue
            matched.add(same.pk)
            values = _machine_values(q, text, ref, found.candidates)
            if tuple(values.values()) == same.machine:
                plan.unchanged += 1
            else:
                plan.updates.append(Update(same, values, name))
        plan.stale.extend(row.pk for row in rows if row.replaceable and row.pk not in matched)
    plan.new_names = [e.name for e in registry.new]
    plan.new_persons = [
        (e.name, e.kind, best_title(registry.titles.get(e.ref, [])), match_key(e.name)) for e in registry.new
    ]
    plan.aliases = registry.aliases
    plan.titles = {
        ref: title
        for ref, found_titles in registry.titles.items()
        if not isinstance(ref, tuple) and (title := best_title(found_titles))
    }
    return plan


class _SpanSet:
    """Spans that new machine quotes must not overlap; each question is a binary search.

    A span overlaps one of them iff, among those starting before it ends, the furthest end lies
    past its start: a running maximum of ends in start order answers that.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start

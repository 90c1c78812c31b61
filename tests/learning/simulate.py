"""A simulated reviewer for the learning tests: corrects one half of a gold set through the app's own
paths, lets an admin accept what it taught, and scores the other half before and after.

The reviewer works from the gold of half A only:
- every gold quote (optional ones aside) the parser missed is added by hand with its span, kind and
  speaker (`Quote.add_by_hand`, the review screen's path; a reviewer marks no cue);
- every quote the parser found with the wrong speaker is given the gold speaker (`Quote.reassign`).
`learning.gather()` turns those events into suggestions and an admin accepts every one (the worst
case: nobody weeds out noise). Half B is parsed through `parse_batch` before the corrections and again
after, and scored on the quotes as stored (speaker = the linked person's name, else the parser's
label), so an accepted alias counts as much as an accepted cue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from attribution import learning
from attribution.models import Article, Person, Quote, RuleSuggestion
from attribution.parsing import languages
from attribution.parsing.languages.base import fold
from attribution.services import parse_batch

WORD = learning._WORD


def speaker_of(q: dict[str, Any]) -> str:
    s = q.get("speaker")
    return (s[0] if isinstance(s, list) and s else s) or ""


def halves(gold: dict[str, dict]) -> tuple[dict[str, dict], dict[str, dict]]:
    """Even documents and odd documents, in file order (no choice made by looking at them)."""
    ids = list(gold)
    return {i: gold[i] for i in ids[0::2]}, {i: gold[i] for i in ids[1::2]}


@dataclass
class Outcome:
    before: dict[str, Any]
    after: dict[str, Any]
    accepted: list[str] = field(default_factory=list)
    corrections: int = 0
    # each lesson of a quote the reviewer added: (its value, the gold cue of that quote, whether the
    # lesson's words are the cue's): how often gathering names the right word, checked against the gold
    lessons: list[tuple[str, str, bool]] = field(default_factory=list)

    def lesson_precision(self) -> float:
        return sum(right for _, _, right in self.lessons) / len(self.lessons) if self.lessons else 1.0

    def line(self, name: str) -> str:
        b, a = self.before, self.after
        return (
            f"{name}: {self.corrections} corrections on half A, {len(self.accepted)} suggestions accepted "
            f"{self.accepted}; half B recall {b['quote_r']} -> {a['quote_r']}, precision {b['quote_p']} -> "
            f"{a['quote_p']}, speaker {b['speaker_acc']} -> {a['speaker_acc']}, end-to-end F1 "
            f"{b['e2e_f1']} -> {a['e2e_f1']}; lessons naming the gold cue {self.lesson_precision():.2f} "
            f"of {len(self.lessons)}"
        )


def _stored(score: ModuleType, articles: dict[str, Article]) -> dict[str, dict]:
    out = {}
    for i, article in articles.items():
        rows = Quote.objects.filter(article=article).exclude(status=Quote.Status.REJECTED)
        out[i] = {
            "id": i,
            "quotes": [
                {"start": q.start, "end": q.end, "kind": q.kind, "speaker": q.speaker_name}
                for q in rows.select_related("speaker")
            ],
        }
    return out


def _match(score: ModuleType, text: str, q: dict[str, Any], rows: list[Quote]) -> Quote | None:
    gold = score.trim(text, q["start"], q["end"])
    best, best_j = None, 0.5
    for row in rows:
        j = score.jaccard(score.trim(text, row.start, row.end), gold)
        if j >= best_j:
            best, best_j = row, j
    return best


def _person(name: str) -> Person:
    found = Person.objects.matching(name).first()
    return found or Person.objects.create(name=name)


def correct(
    score: ModuleType,
    gold: dict[str, dict],
    articles: dict[str, Article],
    reviewer: Any,
    added: list[tuple[Article, dict[str, Any]]] | None = None,
) -> int:
    """The simulated reviewer's pass over `articles` (see the module docstring). Returns how many
    corrections it made; the quotes it added go to `added` with their gold."""
    n = 0
    for i, article in articles.items():
        rows = list(Quote.objects.filter(article=article).select_related("speaker"))
        for q in gold[i]["quotes"]:
            name = speaker_of(q)
            if q.get("optional") or not name:
                continue
            row = _match(score, article.body, q, rows)
            if row is None:
                # where the desk shows the parser's overlapping quotes, this reviewer keeps both
                shown = Quote.objects.filter(article=article).overlapping(q["start"], q["end"])
                Quote.add_by_hand(
                    article, q["start"], q["end"], by=reviewer, speaker=_person(name), kind=q["kind"],
                    overlap="keep", seen=list(shown.values_list("pk", flat=True)),
                )  # fmt: skip
                if added is not None:
                    added.append((article, q))
                n += 1
            elif not score.same_speaker(q["speaker"], row.speaker_name):
                row.reassign(_person(name), by=reviewer)
                n += 1
    return n


def run(
    score: ModuleType, half_a: dict[str, dict], half_b: dict[str, dict], reviewer: Any, admin: Any
) -> Outcome:
    def store(half: dict[str, dict], tag: str) -> dict[str, Article]:
        return {
            i: Article.objects.create(title=f"{tag} {i}", body=d["text"], language=d["lang"])
            for i, d in half.items()
        }

    learning._installed = None
    a_articles, b_articles = store(half_a, "A"), store(half_b, "B")
    parse_batch([a.pk for a in (*a_articles.values(), *b_articles.values())], skip_done=False)
    before = score.score(half_b, _stored(score, b_articles))
    added: list[tuple[Article, dict[str, Any]]] = []
    corrections = correct(score, half_a, a_articles, reviewer, added)
    learning.gather()
    lessons = [_checked(article, q) for article, q in added]
    accepted = []
    for s in RuleSuggestion.objects.filter(count__gt=0).order_by("kind", "value"):
        try:
            s.accept(by=admin)
        except ValueError:
            continue  # an alias for a person the database does not hold
        accepted.append(f"{s.language}:{s.kind}:{s.value}")
    parse_batch([a.pk for a in b_articles.values()], skip_done=False)
    after = score.score(half_b, _stored(score, b_articles))
    return Outcome(before, after, accepted, corrections, [x for found in lessons for x in found])


def _checked(article: Article, q: dict[str, Any]) -> list[tuple[str, str, bool]]:
    cue = article.body[q["cue"][0] : q["cue"][1]] if q.get("cue") else ""
    cue_words = set(map(fold, WORD.findall(cue)))
    found = learning.lessons_for_added_quote(
        article.body, q["start"], q["end"], speaker_of(q), article.language
    )
    # an auxiliary the lesson keeps with its participle ("hat betont") need not be in the gold cue
    # ("betont"); every other word must
    function_words = languages.get(article.language).function_words
    return [
        (lesson.value, cue, bool(cue_words) and _content(lesson.value, function_words) <= cue_words)
        for lesson in found
        if lesson.kind != RuleSuggestion.Kind.ALIAS
    ]


def _content(text: str, function_words: frozenset[str]) -> set[str]:
    words = set(map(fold, WORD.findall(text)))
    return (words - function_words) or words

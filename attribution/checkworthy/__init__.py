"""Check-worthiness: does a quote hold a claim a fact-checker could verify? Pure Python, no Django.

`score(text, lang)` gives a score in [0, 1] and the reasons that produced it, e.g.
(0.82, ["figure", "trend"]) for "Rents rose 18 percent between 2022 and 2025". Each positive criterion
(figure, comparison, causal, prediction, law_or_record, trend) adds evidence; opinion, greeting and
procedure take it away. The word lists are data, per language, in `languages.py`.

Measured by `manage.py bench_claims` on the hand-labelled set in `eval/labelled.tsv`.
"""

from __future__ import annotations

import re
from functools import cache

from attribution.checkworthy.languages import CLOCK, NUMBER, WORDS

# How much each criterion says on its own; combined as independent evidence (1 - prod(1 - w)).
POSITIVE: dict[str, float] = {
    "figure": 0.55,
    "comparison": 0.45,
    "causal": 0.45,
    "prediction": 0.35,
    "law_or_record": 0.5,
    "trend": 0.5,
}
NEGATIVE: dict[str, float] = {"opinion": 0.45, "greeting": 0.7, "procedure": 0.55}
PRIOR = 0.1
# A quote at or above this score is listed in the fact-check queue.
THRESHOLD = 0.5

REASON_LABELS: dict[str, str] = {
    "figure": "a figure or statistic",
    "comparison": "a comparison or superlative",
    "causal": "a causal claim",
    "prediction": "a prediction",
    "law_or_record": "a claim about law or records",
    "trend": "a quantity over time",
    "opinion": "opinion",
    "greeting": "greeting or thanks",
    "procedure": "procedure",
}


@cache
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    words = WORDS.get(lang, WORDS["en"])
    compiled = {
        name: re.compile(r"(?<!\w)(?:" + "|".join(frags) + r")(?!\w)", re.IGNORECASE)
        for name, frags in words.items()
        if frags
    }
    compiled["_number"] = re.compile(NUMBER, re.IGNORECASE)
    compiled["_clock"] = re.compile(CLOCK, re.IGNORECASE)
    return compiled


def _has_figure(text: str, pats: dict[str, re.Pattern[str]]) -> bool:
    """A written number that is not a clock time, or a number word of the language."""
    without_clock = pats["_clock"].sub(" ", text)
    return bool(pats["_number"].search(without_clock)) or bool(
        "figure" in pats and pats["figure"].search(text)
    )


def score(text: str, lang: str = "en") -> tuple[float, list[str]]:
    """The check-worthiness of `text` in [0, 1] and its reasons (criterion ids, strongest first)."""
    lang = (lang or "en").split("-")[0].lower()
    pats = _patterns(lang)
    reasons: list[str] = []
    if _has_figure(text, pats):
        reasons.append("figure")
    for name in POSITIVE:
        if name != "figure" and name in pats and pats[name].search(text):
            reasons.append(name)
    negatives = [name for name in NEGATIVE if name in pats and pats[name].search(text)]
    miss = 1.0 - PRIOR
    for name in reasons:
        miss *= 1.0 - POSITIVE[name]
    value = 1.0 - miss
    for name in negatives:
        value *= 1.0 - NEGATIVE[name]
    reasons.sort(key=lambda r: -POSITIVE[r])
    return round(min(1.0, max(0.0, value)), 3), reasons + negatives


def stored(text: str, lang: str = "en") -> tuple[float, str]:
    """score() as the database keeps it: the reasons comma-separated ("figure,trend")."""
    value, reasons = score(text, lang)
    return value, ",".join(reasons)


def labelled_set(path: str | None = None) -> list[tuple[str, bool, str]]:
    """The hand-labelled quotes: (language, is a claim, text)."""
    from pathlib import Path

    source = Path(path) if path else Path(__file__).with_name("eval") / "labelled.tsv"
    rows = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, label, text = line.split("\t", 2)
        rows.append((lang, label == "1", text))
    return rows


def precision_recall(rows: list[tuple[str, bool, str]], threshold: float = THRESHOLD) -> dict[str, float]:
    tp = fp = fn = 0
    for lang, gold, text in rows:
        predicted = score(text, lang)[0] >= threshold
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"n": len(rows), "precision": round(precision, 3), "recall": round(recall, 3)}

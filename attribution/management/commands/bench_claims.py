"""python manage.py bench_claims — figures for claims and statements (a benchmark that prints, not a test).

1. Check-worthiness: precision and recall of the score at the queue threshold on the hand-labelled set
   (attribution/checkworthy/eval/labelled.tsv), overall, per language, and on the held-out half (odd lines,
   never looked at while the word lists were tuned).
2. Same-statement grouping: pairwise precision and recall on a set built from those quotes: each
   statement republished verbatim, re-punctuated, with a word changed, a clause dropped or a negation lost,
   among other statements of the same speaker.
3. Grouping time for --sizes quotes (default 100,000 and 1,000,000), 50 quotes per speaker: it must grow
   linearly, not quadratically.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from itertools import combinations

from django.core.management.base import BaseCommand, CommandParser

from attribution import checkworthy, statements


def _variants(text: str, rng: random.Random) -> list[str]:
    """Ways a newsroom reproduces the same statement."""
    words = text.split()
    out = [text, text.upper().rstrip(".") + "!"]
    if len(words) > 6:
        i = rng.randrange(1, len(words) - 1)
        out.append(" ".join(words[:i] + ["really"] + words[i + 1 :]))
    if "," in text:
        out.append(text.rsplit(",", 1)[0] + ".")
    if " not " in text:
        out.append(text.replace(" not ", " ", 1))
    elif " is " in text:
        out.append(text.replace(" is ", " is not ", 1))
    return out


def grouping_set(seed: int = 7) -> tuple[dict[int, list[tuple[int, str]]], dict[int, int]]:
    """Quotes per speaker and each quote's true statement id."""
    rng = random.Random(seed)
    texts = [t for _, _, t in checkworthy.labelled_set() if len(t.split()) >= statements.MIN_WORDS]
    rng.shuffle(texts)
    per_speaker: dict[int, list[tuple[int, str]]] = defaultdict(list)
    truth: dict[int, int] = {}
    pk = 0
    for n, text in enumerate(texts):
        speaker = n // 6  # six statements per speaker: the others are the hard negatives
        for variant in _variants(text, rng)[: rng.randint(1, 5)]:
            pk += 1
            per_speaker[speaker].append((pk, variant))
            truth[pk] = n
    return per_speaker, truth


def _pairs(groups: list[list[int]]) -> set[tuple[int, int]]:
    return {pair for g in groups for pair in combinations(sorted(g), 2)}


class Command(BaseCommand):
    help = "Print claim-score precision/recall, statement-grouping precision/recall and grouping time."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--sizes", default="100000,1000000", help="comma-separated quote counts to time")

    def handle(self, *args: object, **options: object) -> None:
        rows = checkworthy.labelled_set()
        out = self.stdout.write
        out(f"Check-worthiness at threshold {checkworthy.THRESHOLD} ({len(rows)} labelled quotes)")
        out(f"  all        {checkworthy.precision_recall(rows)}")
        out(f"  held out   {checkworthy.precision_recall(rows[1::2])}")
        for lang in sorted({r[0] for r in rows}):
            out(f"  {lang:<10} {checkworthy.precision_recall([r for r in rows if r[0] == lang])}")

        per_speaker, truth = grouping_set()
        predicted: list[list[int]] = []
        for items in per_speaker.values():
            predicted += statements.group_texts(items)
        gold_groups: dict[int, list[int]] = defaultdict(list)
        for pk, sid in truth.items():
            gold_groups[sid].append(pk)
        # a gold pair too short to group (under MIN_WORDS) does not exist: all texts here are long enough
        gold, pred = _pairs(list(gold_groups.values())), _pairs(predicted)
        tp = len(gold & pred)
        precision = tp / len(pred) if pred else 0.0
        recall = tp / len(gold) if gold else 0.0
        out(
            f"Same-statement grouping ({len(truth)} quotes, {len(gold_groups)} statements, "
            f"{len(gold)} true pairs): "
            f"precision {precision:.3f}, recall {recall:.3f}"
        )

        rng = random.Random(11)
        texts = [t for _, _, t in rows]
        for size in [int(s) for s in str(options["sizes"]).split(",") if s]:
            speakers = max(1, size // 50)
            started = time.perf_counter()
            n_groups = 0
            pk = 0
            for _ in range(speakers):
                items = []
                for _ in range(50):
                    pk += 1
                    base = rng.choice(texts)
                    items.append((pk, base if rng.random() < 0.7 else rng.choice(_variants(base, rng))))
                n_groups += len(statements.group_texts(items))
            elapsed = time.perf_counter() - started
            out(
                f"Grouping {size:,} quotes ({speakers:,} speakers): {elapsed:.1f} s, "
                f"{1e6 * elapsed / size:.0f} µs per quote, {n_groups:,} statements"
            )

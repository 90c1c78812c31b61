"""The same statement across articles: near-duplicate quotes of one speaker grouped into a Statement.

Republished wire copy and a quote repeated days later say the same thing with the same or almost the same
words. Quotes are grouped per speaker: MinHash signatures of word shingles in a datasketch MinHashLSH
index find candidate pairs in time linear in the number of quotes, and rapidfuzz confirms each pair on the
normalised text. Groups of two or more quotes become Statements (existing statements keep their ids, so a
verdict stays with its statement). A quote whose words differ from the statement's reference wording (the
verified one, else the most common one) is flagged `wording_differs`, and `word_diff` shows the change.

This module is the text side only (no database): `Statement.regroup_speakers` (attribution/claim_models.py)
stores the groups, after every parse batch (attribution/after_parse.py) for the speakers it touched, and
over everything with `manage.py group_statements`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz, process

NUM_PERM = 64
LSH_THRESHOLD = 0.3
# up to this many distinct wordings per speaker, every pair is compared (rapidfuzz cdist); beyond, LSH
DIRECT_LIMIT = 400
# rapidfuzz similarity (0-100) two normalised quotes need to count as one statement
SAME_STATEMENT = 82.0
# a wording whose words are (almost) all in the other one: a clause dropped
SUBSET = 95.0
MIN_WORDS = 4  # shorter quotes ("No comment.") are not grouped: too many say the same words
NEGATIONS = frozenset(
    [
        "not", "no", "never", "n't", "nothing", "none", "nobody", "neither", "nor",  # English
        "ne", "pas", "jamais",  # French
        "nicht", "kein", "keine", "keinen", "nie", "niemals",  # German
        "no", "nunca", "nada", "ninguno",  # Spanish
        "नहीं", "न", "कभी",  # Hindi
    ]
)

_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
# The hash permutations, drawn once (datasketch draws them per MinHash otherwise, which costs more
# than hashing a quote).
_PERMUTATIONS = MinHash(num_perm=NUM_PERM).permutations


def normalise(text: str) -> str:
    """Case, accents' composition, quotation marks and punctuation removed; words kept in order."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD.findall(text))


def _shingles(words: list[str]) -> list[bytes]:
    if len(words) < 3:
        return [" ".join(words).encode("utf-8")]
    return [" ".join(words[i : i + 3]).encode("utf-8") for i in range(len(words) - 2)]


def group_texts(items: Sequence[tuple[int, str]]) -> list[list[int]]:
    """Ids grouped by same statement (groups of two or more only), for the quotes of ONE speaker."""
    norm = {pk: normalise(text) for pk, text in items}
    eligible = [pk for pk, _ in items if len(norm[pk].split()) >= MIN_WORDS]
    if len(eligible) < 2:
        return []
    parent = {pk: pk for pk in eligible}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # identical wording: no signature needed
    by_text: dict[str, list[int]] = defaultdict(list)
    for pk in eligible:
        by_text[norm[pk]].append(pk)
    firsts = []
    for same in by_text.values():
        for pk in same[1:]:
            parent[find(pk)] = find(same[0])
        firsts.append(same[0])
    if 1 < len(firsts) <= DIRECT_LIMIT:
        # few quotes: compare every pair at C speed (rapidfuzz's cdist)
        texts = [norm[pk] for pk in firsts]
        ratio = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=SAME_STATEMENT, workers=1)
        subset = process.cdist(texts, texts, scorer=fuzz.token_set_ratio, score_cutoff=SUBSET, workers=1)
        for i, j in zip(*((ratio > 0) | (subset > 0)).nonzero(), strict=True):
            if i < j:
                parent[find(firsts[j])] = find(firsts[i])
    elif len(firsts) > DIRECT_LIMIT:
        # many quotes (one speaker quoted thousands of times): MinHash LSH finds the candidate pairs in
        # linear time, rapidfuzz confirms them
        lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        signatures = {}
        for pk in firsts:
            m = MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS)
            m.update_batch(_shingles(norm[pk].split()))
            signatures[pk] = m
            lsh.insert(pk, m)
        for pk in firsts:
            for other in lsh.query(signatures[pk]):
                if other == pk or find(other) == find(pk):
                    continue
                if _same(norm[pk], norm[other]):
                    parent[find(other)] = find(pk)
    groups: dict[int, list[int]] = defaultdict(list)
    for pk in eligible:
        groups[find(pk)].append(pk)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def _same(a: str, b: str) -> bool:
    return fuzz.ratio(a, b) >= SAME_STATEMENT or fuzz.token_set_ratio(a, b) >= SUBSET


def reference_of(quotes: Sequence[Any]) -> Any:
    """The most common wording among `quotes` (earliest quote on a tie)."""
    if not quotes:
        return None
    counts = Counter(normalise(q.text) for q in quotes)
    best = max(counts.values())
    return next(q for q in quotes if counts[normalise(q.text)] == best)


def word_diff(reference: str, text: str) -> list[tuple[str, str]]:
    """(op, words) runs turning the reference wording into `text`: op is "same", "removed" or "added"."""
    a, b = reference.split(), text.split()
    key_a, key_b = [normalise(w) for w in a], [normalise(w) for w in b]
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, key_a, key_b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("same", " ".join(b[j1:j2])))
            continue
        if i2 > i1:
            out.append(("removed", " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(("added", " ".join(b[j1:j2])))
    return out


def negation_changed(reference: str, text: str) -> bool:
    """True when a negation ("not", "nicht", "नहीं" …) is in one wording and not the other."""
    ref = Counter(w for w in normalise(reference).split() if w in NEGATIONS)
    now = Counter(w for w in normalise(text).split() if w in NEGATIONS)
    return ref != now

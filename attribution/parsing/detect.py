"""Language detection from script and common words, driven by the language modules' data."""

from __future__ import annotations

import re
from itertools import compress
from operator import not_
from typing import Any, Final

from attribution.parsing import languages, native

_C: Final[Any] = native.speedups()  # C loops of the compiled build

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SAMPLE = 6_000


_LATIN_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")
_DEVANAGARI_RE = re.compile(r"[\u0900-\u097F]")
_SCRIPTS = {"Latin": _LATIN_RE, "Devanagari": _DEVANAGARI_RE}  # what _script_counts counts

# Counting on the UTF-8 bytes is exact and 30x faster than one regex match per letter:
# A-Z a-z are single bytes; U+00C0-U+01FF and U+0200-U+023F lead with C3..C8, U+0240-U+024F is C9 80..8F;
# U+0900-U+097F is E0 A4 xx or E0 A5 xx (a lead byte never occurs inside another character).
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))
_LATIN_LEADS = (b"\xc3", b"\xc4", b"\xc5", b"\xc6", b"\xc7", b"\xc8")
_C9_LATIN_RE = re.compile(rb"\xc9[\x80-\x8f]")


def _script_counts(sample: str) -> dict[str, int]:
    if _C is not None:
        latin, deva = _C.script_counts(sample)
        return {"Latin": latin, "Devanagari": deva}
    raw = sample.encode("utf-8", "surrogatepass")
    latin = len(raw.translate(None, _NOT_ASCII_LETTER)) + sum(raw.count(b) for b in _LATIN_LEADS)
    latin += len(_C9_LATIN_RE.findall(raw))
    return {"Latin": latin, "Devanagari": raw.count(b"\xe0\xa4") + raw.count(b"\xe0\xa5")}


def _words(sample: str) -> list[str]:
    """_WORD_RE.findall(sample) as a multiset (the scores only count words): a whitespace-separated
    chunk made of letters only is one word as it stands; the regex runs over the other chunks alone."""
    if _C is not None:
        return _C.letter_words(sample)  # type: ignore[no-any-return]
    chunks = sample.split()
    alpha = list(map(str.isalpha, chunks))
    found = list(compress(chunks, alpha))
    if len(found) < len(chunks):
        found += _WORD_RE.findall(" ".join(compress(chunks, map(not_, alpha))))
    return found


_CANDIDATES: dict[str, list[languages.CompiledLanguage]] = {}


def _candidates(script: str) -> list[languages.CompiledLanguage]:
    """The registered languages written in `script` (English when none), looked up once per script."""
    found = _CANDIDATES.get(script)
    if found is None:
        langs = [languages.get(code) for code in languages.available()]
        found = [lang for lang in langs if lang.data.script == script] or [languages.get("en")]
        _CANDIDATES[script] = found
    return found


def detect_language(text: str) -> str:
    """ISO code of the text's language among the registered ones ("en" when nothing fits)."""
    if not isinstance(text, str) or not text.strip():
        return "en"
    sample = text[:_SAMPLE]
    scripts = _script_counts(sample)
    script = "Latin" if scripts["Latin"] >= scripts["Devanagari"] else "Devanagari"  # max(), first on ties
    candidates = _candidates(script)
    if len(candidates) == 1:
        return candidates[0].code
    for look in _FIRST_LOOKS:
        if len(sample) <= look:
            break
        # most articles settle it in their first lines: a clear lead there stands
        best, best_score, runner_up = _vote(candidates, sample[:look])
        if best_score >= _CLEAR_LEAD and best_score >= 4 * runner_up:
            return best
    return _vote(candidates, sample)[0]


_FIRST_LOOKS = (1_000, 2_000)  # characters
_CLEAR_LEAD = 20  # common words of one language, at least 4 times the next one's


def _vote(candidates: list[languages.CompiledLanguage], sample: str) -> tuple[str, float, float]:
    """(best language, its score, the runner-up's score): common words of each language in `sample`."""
    # casefold and replace work character by character: once on the joined words, not once per word
    found = _words(sample)
    words = "\n".join(found).casefold().replace("’", "'").split("\n") if found else []
    # one look-up per word in a table of which candidates list it (not one set per language)
    table = _stopword_table(candidates)
    counts = [0] * len(candidates)
    for w in words:
        hit = table.get(w)
        if hit is not None:
            for i in hit:
                counts[i] += 1
    best, best_score, runner_up = candidates[0].code, -1.0, -1.0
    for i, lang in enumerate(candidates):
        score = float(counts[i])
        if lang.code == "en":
            score += 0.5  # ties go to English
        if score > best_score:
            best, best_score, runner_up = lang.code, score, best_score
        elif score > runner_up:
            runner_up = score
    return best, best_score, max(runner_up, 0.0)


_TABLES: dict[tuple[str, ...], dict[str, tuple[int, ...]]] = {}


def _stopword_table(candidates: list[languages.CompiledLanguage]) -> dict[str, tuple[int, ...]]:
    """word -> indexes of the candidates whose common words include it, built once per candidate list."""
    key = tuple(lang.code for lang in candidates)
    table = _TABLES.get(key)
    if table is None:
        lists: dict[str, list[int]] = {}
        for i, lang in enumerate(candidates):
            for w in lang.data.stopwords:
                lists.setdefault(w, []).append(i)
        table = _TABLES[key] = {w: tuple(v) for w, v in lists.items()}
    return table

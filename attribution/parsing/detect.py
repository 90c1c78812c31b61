"""Language detection from script and common words, driven by the language modules' data."""

from __future__ import annotations

import re

from attribution.parsing import languages

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SAMPLE = 20_000


def _script_counts(sample: str) -> dict[str, int]:
    counts = {"Latin": 0, "Devanagari": 0, "Other": 0}
    for ch in sample:
        if not ch.isalpha():
            continue
        o = ord(ch)
        if o < 0x250:
            counts["Latin"] += 1
        elif 0x0900 <= o <= 0x097F:
            counts["Devanagari"] += 1
        else:
            counts["Other"] += 1
    return counts


def detect_language(text: str) -> str:
    """ISO code of the text's language among the registered ones ("en" when nothing fits)."""
    if not isinstance(text, str) or not text.strip():
        return "en"
    sample = text[:_SAMPLE]
    scripts = _script_counts(sample)
    script = max(scripts, key=lambda k: scripts[k])
    langs = [languages.get(code) for code in languages.available()]
    candidates = [lang for lang in langs if lang.data.script == script] or [languages.get("en")]
    if len(candidates) == 1:
        return candidates[0].code
    words = [w.casefold().replace("’", "'") for w in _WORD_RE.findall(sample)]
    best, best_score = candidates[0].code, -1.0
    for lang in candidates:
        stop = lang.data.stopwords
        score = sum(1 for w in words if w in stop)
        if lang.code == "en":
            score += 0.5  # ties go to English
        if score > best_score:
            best, best_score = lang.code, score
    return best

"""Language detection from script and common words, driven by the language modules' data."""

from __future__ import annotations

import re

from attribution.parsing import languages

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SAMPLE = 6_000


_LATIN_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")
_DEVANAGARI_RE = re.compile(r"[\u0900-\u097F]")
_SCRIPTS = {"Latin": _LATIN_RE, "Devanagari": _DEVANAGARI_RE}


def _script_counts(sample: str) -> dict[str, int]:
    return {name: len(rx.findall(sample)) for name, rx in _SCRIPTS.items()}


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

"""Quotes in another script inside a document: a Hindi sentence with its own cue in an English story.

Handles:
    The minister visited the site. / सुश्री अनुराधा चतुर्वेदी ने कहा, "यह एक ऐतिहासिक दिन है।"
    (the paragraph in Devanagari is read by the language of that script; its rules and names apply)
Refuses:
    a Devanagari name or word inside an English sentence with an English cue: the English rules read
    it; only quotes whose content is in the other script are taken, and never over a quote found
    already.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from attribution.parsing.languages.base import CompiledLanguage
from attribution.parsing.model import ExtractedQuote

# a script's letters -> the language that reads paragraphs written in it (when the document's own
# language is written in another script)
_SCRIPTS: Final = (("Devanagari", re.compile(r"[\u0900-\u097f]"), "hi"),)


def other_script_quotes(
    text: str,
    lang: CompiledLanguage,
    quotes: list[ExtractedQuote],
    paras: list[tuple[int, int]],
    extract: Callable[[str, str], list[ExtractedQuote]],
) -> list[ExtractedQuote]:
    """`quotes` and the quotes of each paragraph in another script, read by that script's language."""
    out = quotes
    for script, letters, code in _SCRIPTS:
        if lang.data.script == script or letters.search(text) is None:
            continue
        added: list[ExtractedQuote] = []
        for a, b in paras:
            if letters.search(text, a, b) is None:
                continue
            for q in extract(text[a:b], code):
                s, e = q.start + a, q.end + a
                if letters.search(text, s, e) is None or any(s < o.end and o.start < e for o in out):
                    continue
                added.append(
                    ExtractedQuote(
                        s,
                        e,
                        q.kind,
                        q.speaker,
                        _shift(q.speaker_mention, a),
                        _shift(q.cue, a),
                        q.cue_verb,
                        q.confidence,
                        q.rule,
                        q.speech_act,
                    )
                )
        if added:
            out = sorted(out + added, key=lambda q: q.start)
    return out


def _shift(span: tuple[int, int] | None, by: int) -> tuple[int, int] | None:
    return None if span is None else (span[0] + by, span[1] + by)

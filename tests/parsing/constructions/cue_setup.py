"""A document, its attributor and one cue, for tests that call a construction module's functions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from attribution.parsing import languages
from attribution.parsing.attributor import Attributor
from attribution.parsing.document import Cue, Document, Para
from attribution.parsing.text import share_tokens


@dataclass
class CueAt:
    at: Attributor
    p: Para
    cue: Cue
    s_start: int
    s_end: int

    def span(self, a: int, b: int) -> str:
        return self.at.text[a:b]


@contextmanager
def cue_at(text: str, cue_word: str, lang: str = "en") -> Iterator[CueAt]:
    """The first cue of the first paragraph whose text starts with `cue_word`, with its sentence."""
    try:
        doc = Document(text, languages.get(lang))
        p = doc.paras[0]
        cue = next(c for c in p.cues if text[c.start : c.end].startswith(cue_word))
        s_start, s_end = doc.sentence_of(p, cue.start)
        yield CueAt(Attributor(doc), p, cue, s_start, s_end)
    finally:
        share_tokens(None)

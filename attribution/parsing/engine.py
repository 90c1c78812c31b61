"""The extraction pipeline: text in, attributed quotes out, one stage after another.

1. `Document` (document.py) reads paragraphs, quotation marks, sentences and speech cues (cues.py,
   incises.py) and builds the document's name registry (registry/).
2. `find_candidates` asks each construction (constructions/) for candidate quotes, paragraph by
   paragraph: dialogue dashes, direct quotations, a cue and its reported clause (which hands fronted
   content, according-to and verb-second reports to their own modules), headlines; then interview
   transcripts over the whole document. The shared questions they ask live in clauses.py (what follows
   a cue), content.py (where content ends), subjects.py (who the speaker phrase is), kinds.py.
3. `Resolver` (resolve/) turns each candidate's speaker phrase into a name: names, pronouns,
   descriptions and organisations, anonymous sources.
4. `finalize` (finalize.py) drops overlaps and writes the output records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing import languages
from attribution.parsing.attributor import Attributor
from attribution.parsing.constructions import (
    continuation,
    cue_clause,
    dash_interview,
    dialogue,
    direct,
    headline,
    headline_echo,
    transcript,
)
from attribution.parsing.document import Document
from attribution.parsing.entities import is_demonym
from attribution.parsing.finalize import finalize
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.words import _head_key
from attribution.parsing.model import ExtractedQuote
from attribution.parsing.resolve.resolver import Resolver
from attribution.parsing.text import share_tokens

if TYPE_CHECKING:
    from attribution.parsing.document import Cand


def find_candidates(at: Attributor) -> list[Cand]:
    """Every construction over the document, in order: the candidates it leaves in at.doc.cands."""
    chain: list[Cand] = []  # the direct quotes still waiting for a speaker, across paragraphs
    for p in at.doc.paras:
        dialogue.find(at, p)
        chain = direct.find(at, p, chain)
        cue_clause.find(at, p)
        headline.find(at, p)
    transcript.find(at)
    dash_interview.find(at)
    continuation.find(at)
    headline_echo.find(at)
    return at.doc.cands


def extract_quotes(text: str, lang_code: str) -> list[ExtractedQuote]:
    lang = languages.get(lang_code)
    try:
        doc = Document(text, lang)
        cands = find_candidates(Attributor(doc))
        Resolver(doc).run(cands)
        return finalize(doc, cands)
    finally:
        share_tokens(None)


__all__ = ["extract_quotes", "Document", "fold", "is_demonym", "_head_key"]

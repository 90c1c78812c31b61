"""The extraction pipeline: text in, attributed quotes out, one stage after another.

1. `Document` (document.py) reads paragraphs, quotation marks, sentences and speech cues (cues.py,
   incises.py) and builds the document's name registry (registry/).
2. `Attributor.run` asks each construction (constructions/) for candidate quotes, paragraph by
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
from attribution.parsing.mentions.phrase import Mention
from attribution.parsing.mentions.words import _head_key
from attribution.parsing.model import ExtractedQuote
from attribution.parsing.resolve.resolver import Resolver
from attribution.parsing.text import share_tokens

if TYPE_CHECKING:
    from attribution.parsing.document import Cand


class Attributor:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.lang = doc.lang
        self.mention_memo: dict[tuple[int, int], Mention | None] = {}  # see _mention_for
        self.trailer_memo: dict[tuple[int, int, int, str], bool] = {}  # see trailers.trailer_ok

    def run(self) -> list[Cand]:
        chain: list[Cand] = []
        for p in self.doc.paras:
            dialogue.find(self, p)
            chain = direct.find(self, p, chain)
            cue_clause.find(self, p)
            headline.find(self, p)
        transcript.find(self)
        dash_interview.find(self)
        continuation.find(self)
        headline_echo.find(self)
        return self.doc.cands


def extract_quotes(text: str, lang_code: str) -> list[ExtractedQuote]:
    lang = languages.get(lang_code)
    try:
        doc = Document(text, lang)
        cands = Attributor(doc).run()
        Resolver(doc).run(cands)
        return finalize(doc, cands)
    finally:
        share_tokens(None)


__all__ = ["extract_quotes", "Document", "fold", "is_demonym", "_head_key"]

"""What the resolver keeps while it walks one document's candidates, and what its rules read.

The rules (names.py, pronouns.py, descriptions.py, anonymous.py, apposition.py, interview.py) take a
`ResolveState`; the walk that calls them is `Resolver` (resolver.py), a ResolveState itself. Kept apart so
that a rule can name the state's type without importing the module that imports every rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from attribution.parsing.document import Cand, Document
    from attribution.parsing.mentions.phrase import Mention


class ResolveState:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.reg = doc.registry
        self.lang = doc.lang
        self.last: Cand | None = None
        self.last_org: Cand | None = None
        self.last_force: Cand | None = None  # the last named police force that spoke ("Nova Scotia RCMP")
        self.subject_index: list[tuple[int, int]] | None = None  # (subject position, entity) built lazily
        self.subject_starts: list[int] = []
        self.sent_starts = [a for p in doc.paras for a, _ in p.sents]
        self.para_starts = [p.start for p in doc.paras]
        self.para_ends = [p.end for p in doc.paras]
        self.quote_spans = [(q.start, q.end) for p in doc.paras for q in p.pairs]
        self.quote_starts = [a for a, _ in self.quote_spans]
        self.org_named: dict[int, bool] = {}
        self.cand_starts: list[int] = []  # every candidate's start, sorted (set by Resolver.run)
        # every candidate's speaker mention that is a name, by its start, sorted (set by Resolver.run)
        self.name_starts: list[int] = []
        self.name_mentions: list[Mention] = []

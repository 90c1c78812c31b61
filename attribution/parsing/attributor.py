"""What the constructions share while they read one document: the document and a memo of speaker phrases.

The constructions (constructions/) and the questions they ask (subjects.py, clauses.py …) take an
`Attributor`; the pipeline that calls them in order is engine.py. It lives apart from the pipeline so
that a construction can name its type without importing the module that imports every construction.
"""

from __future__ import annotations

from attribution.parsing.document import Document
from attribution.parsing.mentions.phrase import Mention


class Attributor:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.lang = doc.lang
        self.mention_memo: dict[tuple[int, int], Mention | None] = {}  # see subjects.mention_for
        self.trailer_memo: dict[tuple[int, int, int, str], bool] = {}  # see trailers.trailer_ok

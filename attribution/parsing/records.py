"""The records the stages pass along: `Para` (one paragraph: its quotation-mark pairs, sentences and
cues), `Cue` (one speech verb or phrase found in it) and `Cand` (a candidate quote a construction adds).

They sit below every stage (document.py makes them, the constructions add candidates, registry/ reads the
paragraphs, resolve/ fills in speakers), so that no stage has to import the one that made them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from attribution.parsing.entities import Entity
from attribution.parsing.mentions.phrase import Mention
from attribution.parsing.quotemarks import QuotePair
from attribution.parsing.text import first_at_or_after


# The records below spell out their __init__: a dataclass's generated __init__ is interpreted Python even
# in the compiled build (several thousand instructions per record); written out, mypyc compiles it.
# @dataclass(init=False) still gives them their repr and equality.
@dataclass(init=False)
class Cue:
    start: int
    end: int
    key: str
    lemma: str
    used: bool = False

    def __init__(self, start: int, end: int, key: str, lemma: str, used: bool = False) -> None:
        self.start = start
        self.end = end
        self.key = key
        self.lemma = lemma
        self.used = used


@dataclass(init=False)
class Cand:
    start: int
    end: int
    kind: str
    rule: str
    confidence: float
    para: int
    mention: Mention | None = None
    cue: Cue | None = None
    link: Cand | None = None  # take this candidate's speaker
    inherit: bool = False  # continue the previous speaker
    interviewee: int = -1  # a Q&A answer: the person introduced before this offset
    speaker: str | None = None
    entity: Entity | None = None
    resolved: bool = False

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        rule: str,
        confidence: float,
        para: int,
        mention: Mention | None = None,
        cue: Cue | None = None,
        link: Cand | None = None,
        inherit: bool = False,
        interviewee: int = -1,
        speaker: str | None = None,
        entity: Entity | None = None,
        resolved: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.rule = rule
        self.confidence = confidence
        self.para = para
        self.mention = mention
        self.cue = cue
        self.link = link
        self.inherit = inherit
        self.interviewee = interviewee
        self.speaker = speaker
        self.entity = entity
        self.resolved = resolved

    @property
    def pos(self) -> int:
        if self.mention is not None:
            return self.mention.start
        return self.start


@dataclass(init=False)
class Para:
    index: int
    start: int
    end: int
    pairs: list[QuotePair]
    sents: list[tuple[int, int]]
    cues: list[Cue] = field(default_factory=list)
    body_start: int = 0  # after a dateline
    cue_starts: list[int] = field(default_factory=list)
    open_starts: list[int] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)

    def __init__(
        self, index: int, start: int, end: int, pairs: list[QuotePair], sents: list[tuple[int, int]]
    ) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.pairs = pairs
        self.sents = sents
        self.cues = []
        self.body_start = 0
        self.cue_starts = []
        self.open_starts = []
        self.sent_starts = []

    def cues_in(self, a: int, b: int) -> list[Cue]:
        """Cues starting in [a, b): bisect keeps every look-up proportional to its window."""
        i = first_at_or_after(self.cue_starts, a)
        j = first_at_or_after(self.cue_starts, b)
        return self.cues[i:j]

    def pairs_in(self, a: int, b: int) -> list[QuotePair]:
        i = first_at_or_after(self.open_starts, a)
        j = first_at_or_after(self.open_starts, b)
        return self.pairs[i:j]


def _cueless(c: Cand) -> bool:
    """A sentence that goes on reporting without a cue of its own: its cue and mention stay null."""
    return c.rule.endswith(":reported-mood-continuation")

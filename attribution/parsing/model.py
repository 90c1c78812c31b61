"""The parser's output record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from attribution.parsing import native

# True when this module runs compiled (native.select() loads the compiled modules only then)
_NATIVE: Final = native.ACTIVE


@dataclass(frozen=True, slots=True, init=False)
class ExtractedQuote:
    """One quotation found in a text: spans are character offsets, text[start:end] is the quote."""

    start: int
    end: int
    kind: str  # "direct" | "indirect" | "mixed"
    speaker: str | None  # canonical name ("Sergey Lavrov") or a description ("a senior official")
    speaker_mention: tuple[int, int] | None
    cue: tuple[int, int] | None
    cue_verb: str | None  # normalised lemma: "say", "stress"
    confidence: float
    rule: str  # short id of the rule that fired, shown to reviewers
    # the cue's speech-act class ("assert", "deny", "urge", … languages.base.SPEECH_ACTS), "" if unknown
    speech_act: str

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        speaker: str | None,
        speaker_mention: tuple[int, int] | None,
        cue: tuple[int, int] | None,
        cue_verb: str | None,
        confidence: float,
        rule: str,
        speech_act: str = "",
    ) -> None:
        if _NATIVE:
            # the compiled class: mypyc writes its attributes directly (a frozen dataclass's
            # __setattr__ guards assignments from Python code only); ten object.__setattr__ calls cost
            # more than the rest of the record
            self.start = start  # type: ignore[misc]
            self.end = end  # type: ignore[misc]
            self.kind = kind  # type: ignore[misc]
            self.speaker = speaker  # type: ignore[misc]
            self.speaker_mention = speaker_mention  # type: ignore[misc]
            self.cue = cue  # type: ignore[misc]
            self.cue_verb = cue_verb  # type: ignore[misc]
            self.confidence = confidence  # type: ignore[misc]
            self.rule = rule  # type: ignore[misc]
            self.speech_act = speech_act  # type: ignore[misc]
            return
        # written out (frozen, so through object.__setattr__): the compiled build compiles this one,
        # where a dataclass's generated __init__ runs as interpreted Python
        _set = object.__setattr__
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "kind", kind)
        _set(self, "speaker", speaker)
        _set(self, "speaker_mention", speaker_mention)
        _set(self, "cue", cue)
        _set(self, "cue_verb", cue_verb)
        _set(self, "confidence", confidence)
        _set(self, "rule", rule)
        _set(self, "speech_act", speech_act)

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def mention_text(self, source: str) -> str | None:
        if self.speaker_mention is None:
            return None
        return source[self.speaker_mention[0] : self.speaker_mention[1]]

    def to_dict(self, text: str | None = None) -> dict[str, Any]:
        """The JSON record of the prediction format; with `text`, spans are checked against it."""
        if text is not None and not (0 <= self.start <= self.end <= len(text)):
            raise ValueError(f"quote span {self.start}:{self.end} outside a text of {len(text)} characters")
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_mention": list(self.speaker_mention) if self.speaker_mention else None,
            "cue": list(self.cue) if self.cue else None,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
            "speech_act": self.speech_act,
        }

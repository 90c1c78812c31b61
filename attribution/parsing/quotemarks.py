"""A single-pass quotation-mark scanner: pairs marks within a paragraph, tells apostrophes apart.

Linear in the paragraph length: each mark is pushed and popped at most once and the stack depth is
bounded, so 10,000 stray marks cost no more than 10,000 ordinary ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from attribution.parsing import native

MARKS: Final = "\"'“”„‟«»‹›‘’‚"
MARK_RE = re.compile("[" + MARKS + "]")
_C: Final[Any] = native.speedups()  # C loops of the compiled build
_CHAR_POSITIONS: Final[Any] = _C.char_positions if _C is not None else None  # (bound: no look-up per call)
_MARK_PAIRS: Final[Any] = _C.mark_pairs if _C is not None else None  # _mark_pairs in C
DOUBLE, SINGLE = "d", "s"
_FAMILY = {
    "“": DOUBLE,
    "”": DOUBLE,
    "„": DOUBLE,
    "‟": DOUBLE,
    '"': DOUBLE,
    "«": DOUBLE,
    "»": DOUBLE,
    "‘": SINGLE,
    "’": SINGLE,
    "‚": SINGLE,
    "'": SINGLE,
    "‹": SINGLE,
    "›": SINGLE,
}
_MAX_DEPTH: Final = 4
SPACE: Final = " \t\r\n\u00a0\u202f\u2009\u2007\u200b"


@dataclass(init=False, unsafe_hash=True)
class QuotePair:
    """Quoted content text[start:end] between marks at open_pos and close_pos (close_pos -1: unclosed).
    Never changed once made. __init__ is written out: mypyc compiles it (a dataclass's is interpreted)."""

    open_pos: int
    close_pos: int
    start: int
    end: int

    def __init__(self, open_pos: int, close_pos: int, start: int, end: int) -> None:
        self.open_pos = open_pos
        self.close_pos = close_pos
        self.start = start
        self.end = end

    @property
    def closed(self) -> bool:
        return self.close_pos >= 0

    @property
    def outer_end(self) -> int:
        return self.close_pos + 1 if self.close_pos >= 0 else self.end


def _is_word(ch: str) -> bool:
    return ch.isalnum() or "\u0900" <= ch <= "\u0dff"


def scan_paragraph(text: str, start: int, end: int) -> list[QuotePair]:
    """Outermost quotations in text[start:end], in order and not overlapping.

    A mark opening the paragraph that is never closed yields a quote to the paragraph's end (the
    multi-paragraph convention); other unclosed marks are ignored so they never swallow text.
    """
    # (typed: the compiled build takes the two lists out of the tuple, not through an iterator)
    found: tuple[list[tuple[int, int]], list[int]] = (
        _MARK_PAIRS(text, start, end) if _MARK_PAIRS is not None else _mark_pairs(text, start, end)
    )
    return _outermost(text, start, end, found[0], found[1])


def _mark_pairs(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[int]]:
    """The marks of text[start:end] paired: (open, close) of each pair closed, and the positions of the
    openers left open (at most _MAX_DEPTH), outermost first. _speedups.mark_pairs is this loop in C."""
    stack: list[tuple[str, int]] = []  # (family, position)
    closed: list[tuple[int, int]] = []
    if _C is not None:
        found: list[int] = _CHAR_POSITIONS(text, start, end, MARKS)
    else:
        found = [m.start() for m in MARK_RE.finditer(text, start, end)]
    for i in found:
        c = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        pw, nw = _is_word(prev), _is_word(nxt)
        fam = _FAMILY[c]
        open_fams = [f for f, _ in stack]
        action = ""
        if c in "’'":
            if pw and nw:
                continue  # apostrophe inside a word: Russia’s, it’s
            if SINGLE in open_fams and not nw:
                action = "close"
            elif not pw and nw and prev not in "0123456789":
                action = "open"
            else:
                continue  # dogs’, ’90s
        elif c == "‘":
            if pw and nw:
                continue
            action = "close" if (SINGLE in open_fams and pw and not nw) else "open"
        elif c == "‚":
            if not nw:
                continue
            action = "open"
        elif c in "«‹" and fam in open_fams and _opened_with(stack, text, "»" if fam == DOUBLE else "›"):
            action = "close"  # German »…« and ›…‹: the marks point inwards
        elif c in "„«‹":
            action = "open"
        elif c == "“":
            # closes German „…“, or a double left open when it sits after a word
            if DOUBLE in open_fams and (
                _opened_with(stack, text, "„") or (pw or prev in ".,!?;:") and not nw
            ):
                action = "close"
            else:
                action = "open"
        elif c in "”»›‟":
            if fam in open_fams:
                action = "close"
            elif c == "»" and nw and not pw:
                action = "open"
            else:
                continue
        elif c == '"':
            if DOUBLE in open_fams and (not nw or (pw and prev not in SPACE)):
                action = "close"
            elif not pw and (nw or nxt not in SPACE):
                action = "open"
            elif DOUBLE in open_fams:
                action = "close"
            else:
                continue
        if action == "open":
            if len(stack) < _MAX_DEPTH:
                stack.append((fam, i))
        else:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == fam:
                    closed.append((stack[k][1], i))
                    del stack[k:]
                    break
    return closed, [pos for _, pos in stack]


def _outermost(
    text: str, start: int, end: int, closed: list[tuple[int, int]], stack: list[int]
) -> list[QuotePair]:
    """The quotations of the pairs _mark_pairs made (see scan_paragraph)."""
    pairs: list[QuotePair] = []
    # Outermost closed pairs (a stray opener never hides the well-formed quotes after it).
    closed.sort()
    last_end = -1
    for o, cl in closed:
        if o > last_end:
            a, b = _trim(text, o + 1, cl)
            if a < b:
                pairs.append(QuotePair(o, cl, a, b))
            last_end = cl
    if stack:
        o = stack[0]
        lead = text[start:o].strip(SPACE)
        # also 'Ms Markham said: “He would come … (paragraph ends, the next one reopens)'
        # and '“…,” he said. “When I said it, nobody listened. (the paragraph ends, the next reopens)':
        # after a quotation and its attribution, a new opener that never closes runs on
        runs_on = (
            o == stack[-1]
            and lead.endswith((".", "!", "?"))
            and any(p.close_pos < o for p in pairs)
            and not any(p.open_pos < o < p.close_pos for p in pairs)
        )
        if runs_on or (
            o > last_end and (lead in ("", "-", "—", "–") or (lead.endswith(":") and o == stack[-1]))
        ):
            a, b = _trim(text, o + 1, end)
            if a < b:
                pairs = [p for p in pairs if p.open_pos < o]
                pairs.append(QuotePair(o, -1, a, b))
    return pairs


def _opened_with(stack: list[tuple[str, int]], text: str, mark: str) -> bool:
    want = _FAMILY[mark]
    for fam, pos in reversed(stack):
        if fam == want:
            return text[pos] == mark
    return False


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in SPACE:
        a += 1
    while b > a and text[b - 1] in SPACE:
        b -= 1
    return a, b

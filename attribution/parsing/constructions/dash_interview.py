"""Interviews set as dialogue: every question and every answer a paragraph opened by a dash (French and
Spanish papers print a Q&A this way, with no "Q:"/"A:" and no names).

Handles:
    — Comment allez-vous ?  /  — Fatiguée, mais heureuse.       (direct:dash-interview-answer, the
    —¿Por qué cerró?        /  —Porque no hay médicos.           interviewee introduced before)
Refuses:
    one dash question and its answer only (a reported exchange, not an interview)
    —No vamos a ceder —afirmó el ministro.                       (a dash incise with a cue: dialogue.py's)
    dash questions whose answers (but at most one) end with a question mark: questions, not answers
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from attribution.parsing.document import Cand
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import rstrip_end, word_count

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Para

_DASHES: Final = "—―–"
_MIN_PAIRS: Final = 2  # question-and-answer pairs a document needs before its dash answers count


def _dash_body(text: str, p: Para) -> int:
    """Where the words of a paragraph opened by a dialogue dash start; -1 when no dash opens it."""
    a = p.start
    while a < p.end and text[a] in SPACE:
        a += 1
    if a >= p.end or text[a] not in _DASHES:
        return -1
    a += 1
    while a < p.end and text[a] in SPACE:
        a += 1
    return a if a < p.end else -1


def _asks(text: str, p: Para, body: int) -> bool:
    """A dash paragraph that ends with a question mark: the interviewer's question."""
    end = rstrip_end(text, body, p.end, SPACE + '»”"')
    return end > body and text[end - 1] == "?"


def find(at: Attributor) -> None:
    """Answers after dash questions, when the document has at least two such pairs: direct quotes of
    the person introduced before the first question (cue and mention null)."""
    text, paras = at.text, at.doc.paras
    pairs: list[tuple[Para, Para, int]] = []
    i = 0
    while i < len(paras) - 1:
        q, ans = paras[i], paras[i + 1]
        qb = _dash_body(text, q)
        ab = _dash_body(text, ans) if qb >= 0 and _asks(text, q, qb) else -1
        if ab < 0:
            i += 1
            continue
        # (an answer may end on a question of its own: "… Mais patienter avec quoi ?")
        pairs.append((q, ans, ab))
        i += 2
    if sum(1 for _, ans, ab in pairs if not _asks(text, ans, ab)) < _MIN_PAIRS:
        return
    first_q = pairs[0][0].start
    taken = [(c.start, c.end) for c in at.doc.cands]
    for _, ans, ab in pairs:
        b = rstrip_end(text, ab, ans.end)
        if word_count(text, ab, b) < 1:
            continue
        if any(s < b and ab < e and (e - s) * 2 > b - ab for s, e in taken):
            continue  # a dash incise with its cue ("—No —dijo la alcaldesa—.") already made it a quote
        c = Cand(ab, b, "direct", "direct:dash-interview-answer", 0.95, ans.index, interviewee=first_q)
        at.doc.cands.append(c)

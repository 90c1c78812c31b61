"""Transcripts: interviews as questions and answers, answers spoken by the interviewee.

Handles:
    An interview with Nadia Ferris / Q: Will you run again? / A: Not this time.  (direct:interview-answer,
    the interviewee named by the introduction)
Refuses:
    Quiz night / Q: What is the capital of Peru? / Q: Who wrote Middlemarch?   (questions, no answers)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from attribution.parsing.constructions.colon_label import _SPEAKER_LABEL_RE
from attribution.parsing.constructions.direct import _TRAILING_QUESTION
from attribution.parsing.document import OPEN_QUOTES, Cand
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.mentions.words import _upper0, unelide
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import rstrip_end, strip_span, tokens, word_count

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Para


_QUESTION_RE: Final = re.compile(r"(?:Q|Question|QUESTION)\s*[:.)—–-]\s+")


_LABEL_RE: Final = re.compile(r"([^\W\d_][^\W\d_.\-’' ]*(?:[ \-][^\W\d_][^\W\d_.\-’']*){0,2})\s*:\s+")
_ANSWER_RE: Final = re.compile(r"(?:A|Answer|ANSWER)\s*[:.)—–-]\s+")


# ------------------------------------------------------------------ Q&A interviews
def find(at: Attributor) -> None:
    """'Q: … / A: …' (or an answer paragraph with no label): answers are the interviewee's words."""
    text = at.text
    paras = at.doc.paras
    # (every label of _QUESTION_RE starts with "Q": the regex runs only on paragraphs that do)
    q_paras = [
        p
        for p in paras
        if p.start < p.end and text[p.start] == "Q" and _QUESTION_RE.match(text, p.start, p.end)
    ]
    if len(q_paras) < 2:
        q_paras = unlabelled_questions(at)
    if len(q_paras) < 2:
        named_interview(at)
        return
    first_q = q_paras[0].start
    is_q = {p.index for p in q_paras}
    for p in paras:
        if p.index in is_q or p.index == 0 or (p.index - 1) not in is_q:
            continue
        m = _ANSWER_RE.match(text, p.start, p.end)
        label = None if m or not at.lang.data.cased else _SPEAKER_LABEL_RE.match(text, p.start, p.end)
        who = None
        if label is not None:
            # "FERRIS: I'm not going to give you a date": a transcript names who answers
            # (capitals throughout: classify would take it for an acronym)
            toks = tokens(text, label.start(1), label.end(1))
            words = [
                t.text.strip(".")
                for t in toks
                if unelide(t.key, at.lang) not in at.lang.title_words
                and t.key.strip(".") not in at.lang.honorifics
            ]
            if words and at.doc.registry.lookup(words) is not None:
                who = Mention(
                    label.start(1), label.end(1), "name", text[label.start(1) : label.end(1)], words
                )
        a = m.end() if m else label.end() if who is not None and label is not None else p.start
        if not m and text[a] in OPEN_QUOTES:
            continue
        if any(c.para == p.index and c.rule == "direct:dialogue-dash" for c in at.doc.cands):
            continue  # "—En enero —respondió la consejera—. No antes.": the incise names who answers
        a, b = strip_span(text, a, p.end, SPACE + "—―")  # (a dialogue dash opening the answer)
        if word_count(text, a, b, 1) < 1:
            continue
        c = Cand(a, b, "direct", "direct:interview-answer", 0.97, p.index, interviewee=first_q)
        if who is not None:
            c.mention = who
        at.doc.cands.append(c)


def named_interview(at: Attributor) -> None:
    """'SPIEGEL: … ? / Seidel: …': questions and answers labelled with the outlet's and the
    interviewee's names. Two labels take turns, each at least twice; the one whose paragraphs are
    questions is the interviewer's, the other one's paragraphs are the interviewee's words."""
    text, lang = at.text, at.lang
    labelled: list[tuple[Para, str, int, int]] = []
    for p in at.doc.paras:
        if text.find(":", p.start, min(p.end, p.start + 120)) < 0:
            continue  # no colon near its start: no label (a C search, not the regex, for most)
        m = _LABEL_RE.match(text, p.start, p.end)
        if m is None or p.pairs_in(p.start, m.end()):
            continue
        words = m.group(1).split()
        if not 1 <= len(words) <= 3 or not all(_upper0(w) for w in words):
            continue
        labelled.append((p, m.group(1), m.start(1), m.end()))
    counts: dict[str, int] = {}
    for _, label, _, _ in labelled:
        counts[label] = counts.get(label, 0) + 1
    pair = [lab for lab, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n >= 2][:2]
    if len(pair) != 2 or len(counts) > 3:
        return

    def asks(label: str) -> float:
        paras = [p for p, lab, _, _ in labelled if lab == label]
        ends = [rstrip_end(text, p.start, p.end) for p in paras]
        return sum(text[e - 1 : e] == "?" for e in ends) / len(paras)

    interviewer, interviewee = pair[0], pair[1]
    if asks(pair[0]) < asks(pair[1]):
        interviewer, interviewee = pair[1], pair[0]
    if asks(interviewer) < 0.5 or asks(interviewee) >= 0.5:
        return
    order = [lab for _, lab, _, _ in labelled if lab in pair]
    if sum(1 for x, y in zip(order, order[1:], strict=False) if x != y) < 3:
        return  # the labels do not take turns
    for p, label, l0, a in labelled:
        if label != interviewee:
            continue
        a, b = strip_span(text, a, p.end, SPACE)
        if word_count(text, a, b, 1) < 1:
            continue
        if fold(label) in lang.data.interview_labels:
            # "Frage: … / Antwort: …": the person introduced before the first question
            first_q = min(q.start for q, lab, _, _ in labelled if lab == interviewer)
            c = Cand(a, b, "direct", "direct:interview-answer", 0.95, p.index, interviewee=first_q)
        else:
            ltoks = tokens(text, l0, l0 + len(label))
            mention = classify(text, ltoks, lang) or Mention(l0, l0 + len(label), "name", label, [label])
            c = Cand(a, b, "direct", "direct:interview-answer", 0.95, p.index, mention=mention)
        at.doc.cands.append(c)


def unlabelled_questions(at: Attributor) -> list[Para]:
    """An interview whose question labels were lost (bold in print): from some paragraph on,
    paragraphs alternate between a question (ending with "?") and an answer without quotation
    marks, at least three times. A question paragraph may also trail off with "…"."""
    text, paras = at.text, at.doc.paras

    def question(p: Para, loose: bool) -> bool:
        end = rstrip_end(text, p.start, p.end)
        return (
            end > p.start
            and (text[end - 1] == "?" or (loose and text.endswith(_TRAILING_QUESTION, p.start, end)))
            and word_count(text, p.start, end) <= 60
            and not p.pairs
        )

    first = next((k for k, p in enumerate(paras) if k > 0 and question(p, False)), -1)
    if first < 0:
        return []
    rest = paras[first:]
    if len(rest) % 2 == 1 and len(rest) > 1:
        rest = rest[:-1]  # a closing line after the last answer ("Propos recueillis par …")
    qs = rest[0::2]
    answers = rest[1::2]
    if (
        len(qs) < 3
        or sum(question(p, False) for p in qs) < 3
        or not all(question(p, True) for p in qs)
        or any(question(p, True) or text[p.start] in OPEN_QUOTES for p in answers)
    ):
        return []
    return qs

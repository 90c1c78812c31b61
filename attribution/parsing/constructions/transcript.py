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
    answers = [p for p in paras if p.index not in is_q and p.index > 0 and (p.index - 1) in is_q]
    repeated = repeated_labels(at, answers)
    for p in answers:
        m = _ANSWER_RE.match(text, p.start, p.end)
        label = None if m or not at.lang.data.cased else _SPEAKER_LABEL_RE.match(text, p.start, p.end)
        if label is None and not m and at.lang.data.cased:
            label = name_label(at, p)  # "Lindqvist: Every day.": the label in ordinary case
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
            if words and (at.doc.registry.lookup(words) is not None or label.group(1) in repeated):
                # a name the article introduced, or one that labels two answers or more
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


def name_label(at: Attributor, p: Para) -> re.Match[str] | None:
    """'Lindqvist: Every day.' / 'Karin Lindqvist: …': an answer opened by one to three
    capitalised words and a colon (not inside quotation marks)."""
    text = at.text
    if text.find(":", p.start, min(p.end, p.start + 60)) < 0:
        return None
    m = _LABEL_RE.match(text, p.start, p.end)
    if m is None or p.pairs_in(p.start, m.end()):
        return None
    words = m.group(1).split()
    if not all(_upper0(w) for w in words):
        return None
    return m


def repeated_labels(at: Attributor, answers: list[Para]) -> set[str]:
    """Labels opening two answers or more: a transcript's speaker label even when the article
    never names the person in full."""
    counts: dict[str, int] = {}
    for p in answers:
        m = _SPEAKER_LABEL_RE.match(at.text, p.start, p.end) or name_label(at, p)
        if m is not None:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return {lab for lab, n in counts.items() if n >= 2}


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
        if fold(m.group(1)) in lang.data.furniture_labels:
            continue  # "Foto: …/dpa", "Interview: …": a credit or byline, no turn of the interview
        labelled.append((p, m.group(1), m.start(1), m.end()))
    counts: dict[str, int] = {}
    for _, label, _, _ in labelled:
        counts[label] = counts.get(label, 0) + 1
    # (the labels said twice or more, the most said first, ties in their order; sorted with reverse=True is
    # stable as one by -count is, and takes no lambda: see _question)
    pair = sorted([lab for lab, n in counts.items() if n >= 2], key=counts.__getitem__, reverse=True)[:2]
    if len(pair) != 2 or len(counts) > 3:
        return
    interviewer, interviewee = pair[0], pair[1]
    if _asks(text, labelled, pair[0]) < _asks(text, labelled, pair[1]):
        interviewer, interviewee = pair[1], pair[0]
    if _asks(text, labelled, interviewer) < 0.5 or _asks(text, labelled, interviewee) >= 0.5:
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
    first = next((k for k, p in enumerate(paras) if k > 0 and _question(text, p, False)), -1)
    if first < 0:
        return []
    rest = paras[first:]
    if len(rest) % 2 == 1 and len(rest) > 1:
        rest = rest[:-1]  # a closing line after the last answer ("Propos recueillis par …")
    qs = rest[0::2]
    answers = rest[1::2]
    if (
        len(qs) < 3
        or sum(_question(text, p, False) for p in qs) < 3
        or not all(_question(text, p, True) for p in qs)
        or any(_question(text, p, True) or text[p.start] in OPEN_QUOTES for p in answers)
    ):
        return []
    return qs


# (unlabelled_questions' and named_interview's tests are module functions, not nested ones: a nested
# function makes the compiled build allocate an environment object at every call, and read the enclosing
# function's variables through it, even when the call returns before using it, as most do)
def _question(text: str, p: Para, loose: bool) -> bool:
    """p is a question paragraph of an unlabelled interview (`loose`: or trails off with "…")."""
    end = rstrip_end(text, p.start, p.end)
    return (
        end > p.start
        and (text[end - 1] == "?" or (loose and text.endswith(_TRAILING_QUESTION, p.start, end)))
        and word_count(text, p.start, end) <= 60
        and not p.pairs
    )


def _asks(text: str, labelled: list[tuple[Para, str, int, int]], label: str) -> float:
    """The share of `label`'s paragraphs that end with a question mark."""
    paras = [p for p, lab, _, _ in labelled if lab == label]
    ends = [rstrip_end(text, p.start, p.end) for p in paras]
    return sum(text[e - 1 : e] == "?" for e in ends) / len(paras)

"""The extraction engine: quotation marks and speech cues in, attributed quotes out.

One pass per paragraph finds quotation marks, sentences and cues; rules attach each quotation or
reported clause to a speaker phrase; a final pass in reading order resolves phrases (surnames,
pronouns, descriptions) to the names registered for the document.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import itemgetter, or_

from attribution.parsing import languages, native
from attribution.parsing.entities import Entity, Registry, country_key, is_demonym, same_country
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import (
    compatible_classes,
    fold,
    language_table,
    word_regex,
)
from attribution.parsing.mentions import (
    Mention,
    _clause_opening,
    _gap_clean,
    _head_key,
    _is_cap,
    _is_title_word,
    _name_particle,
    _particle_surname,
    _possessive,
    _subject_sov,
    appositive_subject,
    classify,
    name_after_placed_title,
    plain_subject_after,
    subject_after,
    subject_before,
    unelide,
)
from attribution.parsing.model import ExtractedQuote
from attribution.parsing.quotemarks import SPACE, QuotePair, scan_paragraph
from attribution.parsing.text import (
    Token,
    find_titles,
    is_blank,
    paragraphs,
    rstrip_end,
    sentences,
    share_tokens,
    strip_span,
    token_index,
    tokens,
    word_count,
    word_spans,
)

_C = native.speedups()  # C versions of the innermost loops, when the compiled build runs

_DATELINE_RE = re.compile(
    r"(?:[A-Z][A-Za-z.]*(?:,? [A-Za-z0-9][A-Za-z0-9.,]*){0,4},? ?\((?:[^\W\d_][^()\n]{0,19})\)\s*[:—–-]+"
    r"|[A-Z][A-Z .'’/]{2,30}(?:,[A-Za-z .]{1,25})?\s*[—–:-]+)\s*"
)
_DATELINE_CAPS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ .'’/")


def _dateline_possible(text: str, a: int, b: int) -> bool:
    """False when _DATELINE_RE cannot match at text[a:min(b, a + 80)] (most paragraphs), found without
    running it: its first form needs a "(" in the window, its second a capital, space or ./'’ second."""
    return "(" in text[a : min(b, a + 80)] or (a + 1 < b and text[a + 1] in _DATELINE_CAPS)


_VERBISH_RE = re.compile(
    r"\b(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|"
    r"need|needs|remain|remains|want|wants|plan|plans|\w{3,}ed|\w{3,}s)\b",
    re.IGNORECASE,
)
_AGE_APPOSITIVE_RE = re.compile(r",\s*\d{1,3}\s*[,.)]")
_QUESTION_RE = re.compile(r"(?:Q|Question|QUESTION)\s*[:.)—–-]\s+")
_AGE_ASIDE_RE = re.compile(r"\s*\(\d{1,3}\)\s*$")  # a tabloid's age after a name: "Tobias Kranz (45)"
_LABEL_RE = re.compile(r"([^\W\d_][^\W\d_.\-’' ]*(?:[ \-][^\W\d_][^\W\d_.\-’']*){0,2})\s*:\s+")
_ANSWER_RE = re.compile(r"(?:A|Answer|ANSWER)\s*[:.)—–-]\s+")
# a wire headline's attribution after a dash: "… walkout -sources", "… - minister"
_HEADLINE_DASH_RE = re.compile(r"\s[-–—]\s?(?=[^\W\d_][^-–—]*$)")
# a transcript's speaker label in capitals: "FERRIS: …", "MAYOR FERRIS: …", "DR. O'NEILL: …"
_SPEAKER_LABEL_RE = re.compile(r"((?:[A-Z][A-Z.'’-]*[A-Z.] ){0,3}[A-Z][A-Z'’-]*[A-Z])[ \t]*:[ \t]+")
OPEN_QUOTES = "“\"‘'«„"
# a live blog entry's time stamp before its text: "11:52 p.m. — ", "21.04 Uhr: ", "9:30 — "
_ENTRY_STAMP_RE = re.compile(
    r"[ \t]*\d{1,2}[:.h]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|Uhr|h))?[ \t]*[—–-][ \t]*", re.IGNORECASE
)
# ", 66" before a label's colon: the person's age
_COLON_AGE_RE = re.compile(r",[ \t]*\d{1,3}[ \t]*:")
# "the Courier's ", "NPR's ": an outlet's possessive before its reporter's name
_OUTLET_POSSESSIVE_RE = re.compile(r"\bthe\s+(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s$")
_TRAILING_QUESTION = ("…", "...", "?»", "? »")
_MAX_PRE = 400
_MAX_POST = 300
_MAX_CONTENT = 4000


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
        i = bisect.bisect_left(self.cue_starts, a)
        j = bisect.bisect_left(self.cue_starts, b)
        return self.cues[i:j]

    def pairs_in(self, a: int, b: int) -> list[QuotePair]:
        i = bisect.bisect_left(self.open_starts, a)
        j = bisect.bisect_left(self.open_starts, b)
        return self.pairs[i:j]


_CueSpan = tuple[int, int, str]  # start, end, folded key of a cue_re match


def _cue_key(text: str, a: int, b: int) -> str:
    """The lexicon key of the cue match text[a:b]: whitespace runs made one space, folded."""
    w = text[a:b]
    if "  " not in w and w.isprintable():
        # the only whitespace a printable string holds is " ": with no double space, the sub is a no-op
        return fold(w)
    return fold(re.sub(r"\s+", " ", w))


def _cue_spans(text: str, a: int, b: int, lang: CompiledLanguage) -> list[_CueSpan]:
    """Every cue_re match in the paragraph text[a:b], once: _split_incises and Document._cues both
    read their windows from this list instead of scanning the text again."""
    return [(s, e, _cue_key(text, s, e)) for s, e in word_spans(lang.cue_re, lang.data.cues, text, a, b)]


def _cue_spans_in(spans: list[_CueSpan], a: int, b: int) -> list[_CueSpan]:
    """The matches inside [a, b) (a match cannot cross a quotation mark, so these are exactly what a
    scan of text[a:b] alone finds when a and b sit next to one)."""
    i = bisect.bisect_left(spans, a, key=_FIRST_CHAR)
    j = i
    n = len(spans)
    while j < n and spans[j][1] <= b:
        j += 1
    return spans[i:j]


def _split_incises(
    text: str,
    pairs: list[QuotePair],
    lang: CompiledLanguage,
    tails: set[int],
    cue_spans: list[_CueSpan] | None = None,
) -> list[QuotePair]:
    """« Nous ne reculerons pas, a affirmé la ministre. Cette réforme est juste » is two quotations with
    the attribution between them: split the pair around the incise (its cue then sits outside quotes)."""
    if lang.data.word_order != "svo":
        return pairs
    out: list[QuotePair] = []
    for q in pairs:
        rest = q
        for _ in range(3):
            found = None
            w_end = min(rest.end, rest.start + _MAX_CONTENT)
            if cue_spans is not None and w_end == rest.end:
                found_cues = _cue_spans_in(cue_spans, rest.start, w_end)
            else:  # a window cut inside the quotation: scan it as it is
                found_cues = _cue_spans(text, rest.start, w_end, lang)
            for m_start, m_end, key in found_cues:
                if key not in lang.cues or lang.cues[key] == "according to":
                    continue
                head = text[rest.start : m_start].rstrip(SPACE)
                # « A, a confié la préfète. B », or a dash incise: «A —reconoció Arrieta—, B»
                if not head.endswith((",", "—", "–")) or word_count(text, rest.start, m_start) < 2:
                    continue
                # the incise: the cue, its subject, a few circumstances, then "," or "."
                from_k = m_end
                if key not in lang.inverted:
                    subj = _incise_subject(text, m_end, min(rest.end, m_end + 150), lang)
                    if subj is None and not (
                        # «A —admitió—. B»: a pro-drop language's incise may have no subject at all
                        lang.data.pro_drop and head.endswith(("—", "–")) and text[m_end : m_end + 1] in "—–"
                    ):
                        continue
                    # "…, a confié la préfète, Claire Mercadier. …": the subject's appositive name too
                    from_k = max(m_end, subj.end) if subj is not None else m_end
                stop = -1
                for k in range(from_k, min(rest.end, from_k + 90)):
                    if text[k] in ".,;!?":
                        stop = k
                        break
                if stop < 0:
                    continue
                if text[stop] == ",":
                    stop = _incise_circumstance_end(text, stop, rest.end, lang)
                tail_start = stop + 1
                while tail_start < rest.end and text[tail_start] in SPACE:
                    tail_start += 1
                if word_count(text, tail_start, rest.end) < 2:
                    continue
                found = (rest.start + len(head) - 1, tail_start)
                break
            if found is None:
                break
            comma, tail_start = found
            # a comma stays in the first part ("A,"); an opening dash does not ("A —dijo—, B")
            first_end = comma + 1 if text[comma] == "," else rstrip_end(text, rest.start, comma)
            out.append(QuotePair(rest.open_pos, comma, rest.start, first_end))
            rest = QuotePair(tail_start, rest.close_pos, tail_start, rest.end)
            tails.add(tail_start)
        out.append(rest)
    return out


def _incise_circumstance_end(text: str, comma: int, end: int, lang: CompiledLanguage) -> int:
    """« A, a déclaré la ministre, lors d'une conférence de presse. B »: a comma after the incise's
    subject that opens a circumstance (a preposition or phrase stop, a relative clause, "en marge")
    keeps the incise going to the sentence's end; the quotation resumes after it. The comma itself
    when no such sentence end is found with at least two words of quotation after it."""
    first = tokens(text, comma + 1, min(end, comma + 40), 1)
    if not first:
        return comma
    key = first[0].key
    d = lang.data
    opens = (
        key in d.phrase_stops
        or key in d.relative_pronouns
        or key in d.prepositions
        or any(key == t.split(" ")[0] for t in d.clause_trailers)
    )
    if not opens:
        return comma
    for k in range(first[0].start, min(end, comma + 200)):
        ch = text[k]
        if ch in ".;!?":
            if ch == "." and k > 0 and text[k - 1].isupper() and (k < 2 or not text[k - 2].isalpha()):
                continue  # the full stop of an initial ("M. Dupont")
            tail = k + 1
            while tail < end and text[tail] in SPACE:
                tail += 1
            return k if word_count(text, tail, end) >= 2 else comma
        if ch in "«»“”\"\n":
            return comma
    return comma


def _incise_subject(text: str, a: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """The subject after an incise's cue, a hearer allowed in between ("a confié à notre journal la
    préfète"); it ends before the sentence's next full stop."""
    for k in range(a, hi):
        initial = k > a and text[k - 1].isupper() and (k < 2 or not text[k - 2].isalpha())
        if text[k] in ".;!?" and not initial:
            hi = k  # (not the full stop of an initial: "M. Dupont")
            break
    m = subject_after(text, a, hi, lang)
    if m is not None:
        return m
    after = tokens(text, a, min(hi, a + 60))[:5]
    if after and after[0].key in lang.data.hearer_markers:
        for t in after[1:]:
            m = subject_after(text, t.start, hi, lang)
            if m is not None and m.kind in ("name", "descriptor"):
                return m
    return None


class Document:
    def __init__(self, text: str, lang: CompiledLanguage) -> None:
        self.text = text
        self.lang = lang
        self.paras: list[Para] = []
        self.incise_tails: set[int] = set()
        spans = paragraphs(text)
        share_tokens(text, spans)  # until extract_quotes is done with the text
        for i, (a, b) in enumerate(spans):
            cue_spans = _cue_spans(text, a, b, lang)
            pairs = _split_incises(text, scan_paragraph(text, a, b), lang, self.incise_tails, cue_spans)
            p = Para(i, a, b, pairs, sentences(text, a, b, pairs, lang))
            m = (
                _DATELINE_RE.match(text, a, min(b, a + 80))
                if lang.data.cased and _dateline_possible(text, a, b)
                else None
            )
            p.body_start = m.end() if m and m.end() < b else a
            p.cues = self._cues(p, cue_spans)
            p.cue_starts = [c.start for c in p.cues]
            p.open_starts = [q.open_pos for q in p.pairs]
            p.sent_starts = [x[0] for x in p.sents]
            self.paras.append(p)
        self.registry = build_registry(self)
        self.cands: list[Cand] = []
        self.comp_memo: dict[tuple[int, int, int], int | None] = {}  # see _complementizer_after

    def _cues(self, p: Para, cue_spans: list[_CueSpan]) -> list[Cue]:
        out = []
        opens = [q.open_pos for q in p.pairs]
        for m_start, m_end, key in cue_spans:
            k = bisect.bisect_right(opens, m_start) - 1
            if k >= 0 and p.pairs[k].open_pos < m_start < p.pairs[k].outer_end:
                continue
            lemma = self.lang.cues.get(key)
            if lemma is None:
                continue
            if self._after_possessive(p, m_start):
                continue  # "by the agent’s comments", "Smith's claims": a noun, not a speech verb
            if m_start > 0 and self.text[m_start - 1] == "-":
                continue  # "the so-called “new normal”", "self-described": part of a compound
            if self._gerund_noun(p, m_start, key):
                continue  # "warned in writing that …": a noun after a preposition, not a cue
            if self._inside_name(p, m_start):
                continue  # "the United States", "Member States": part of a name
            if self._after_noun_determiner(p, m_start):
                continue  # "the state fire marshal", "a warning", "its report": a noun
            if lemma in self.lang.data.belief_lemmas:
                continue  # "Many scientists believe that …": a belief the writer reports, no speech
            if lemma in self.lang.data.evidence_lemmas and self._evidence_subject(p, m_start):
                continue  # "The data suggests that …", "these figures show": evidence, no speaker
            out.append(Cue(m_start, m_end, key, lemma))
        for rx, words, lemma in (
            (self.lang.according_re, self.lang.data.according_to, "according to"),
            (self.lang.according_post_re, self.lang.data.according_to_post, "according to"),
        ):
            for m_start, m_end in word_spans(rx, words, self.text, p.start, p.end):
                k = bisect.bisect_right(opens, m_start) - 1
                if k >= 0 and p.pairs[k].open_pos < m_start < p.pairs[k].outer_end:
                    continue
                if (
                    self.lang.according_persons
                    and fold(self.text[m_start:m_end]) in self.lang.according_persons
                    and not self._person_source(p, m_start, m_end)
                ):
                    continue  # "Pour le moment, …", "voter pour le texte": only "Pour elle, …"
                out.append(
                    Cue(
                        m_start,
                        m_end,
                        "@" + ("post" if rx is self.lang.according_post_re else "pre"),
                        lemma,
                    )
                )
        out.sort(key=lambda c: c.start)
        return out

    def _evidence_subject(self, p: Para, pos: int) -> bool:
        """The cue's subject is evidence, not a speaker: its head right before it (an adverb between
        allowed) is one of lang.data.evidence_nouns ("the data suggests", "the numbers clearly show")."""
        prev = tokens(self.text, max(p.start, pos - 40), pos)[-2:]
        if len(prev) == 2 and prev[1].key.endswith("ly") and prev[1].text[:1].islower():
            prev = prev[:1]  # "… clearly show"
        return bool(prev) and prev[-1].key in self.lang.data.evidence_nouns

    def _after_noun_determiner(self, p: Para, pos: int) -> bool:
        """A cue word right after an article or possessive that only ever precedes a noun ("the state
        fire marshal's office", "its report"): a noun, not a speech verb (lang.data.noun_determiners)."""
        dets = self.lang.data.noun_determiners
        if not dets:
            return False
        prev = tokens(self.text, max(p.start, pos - 12), pos)[-1:]
        return bool(prev) and prev[0].key in dets and is_blank(self.text, prev[0].end, pos)

    def _gerund_noun(self, p: Para, pos: int, key: str) -> bool:
        """A cue's -ing form right after a preposition other than the agent's "by" ("in writing",
        "for saying"): a noun, no speech verb."""
        suffix = self.lang.data.gerund_suffix
        if not suffix or not key.endswith(suffix):
            return False
        prev = tokens(self.text, max(p.start, pos - 20), pos)[-1:]
        return (
            bool(prev)
            and prev[0].key in self.lang.data.prepositions
            and prev[0].key != self.lang.data.passive_agent
            and is_blank(self.text, prev[0].end, pos)
        )

    def _inside_name(self, p: Para, pos: int) -> bool:
        """A capitalised cue word right after a capitalised word that names organisations or places
        ("United States"): the end of a name, not a speech verb."""
        if not self.lang.data.cased or not self.text[pos].isupper() or pos - 2 < p.start:
            return False
        prev = tokens(self.text, max(p.start, pos - 30), pos)[-1:]
        return (
            bool(prev)
            and prev[0].text[:1].isupper()
            and prev[0].key in self.lang.org_words
            and _blank_gap(self.text, prev[0].end, pos)
        )

    def _person_source(self, p: Para, a: int, b: int) -> bool:
        """A sentence-opening "pour" (text[a:b]) followed by a stressed pronoun, a person's full name or
        a titled description, then a comma."""
        text, lang = self.text, self.lang
        j = a
        while j > p.start and text[j - 1] in SPACE:
            j -= 1
        if j > p.start and text[j - 1] not in ".!?»”\"":
            return False
        comma = text.find(",", b, min(p.end, b + 80))
        if comma < 0:
            return False
        toks = tokens(text, b, comma, limit=8)
        if not toks or len(toks) > 7:
            return False
        if len(toks) == 1 and toks[0].key in lang.data.object_pronouns:
            return True
        m = classify(text, toks, lang)
        if m is None:
            return False
        if m.kind == "name":
            return len(m.name_tokens) >= 2 and not any(t.casefold() in lang.org_words for t in m.name_tokens)
        return m.kind == "descriptor" and bool(m.titles) and not m.plural

    def _after_possessive(self, p: Para, pos: int) -> bool:
        if pos - 3 < p.start or self.text[pos - 1] not in SPACE or self.text[pos - 2] not in "s’'":
            return False  # cheap test first: only "…’s cue", "…s’ cue"
        prev = tokens(self.text, max(p.start, pos - 40), pos)[-1:]
        if not prev or not _possessive(prev[0]) or not is_blank(self.text, prev[0].end, pos):
            return False
        k = prev[0].key
        base = k[:-2] if k.endswith(("’s", "'s")) else k[:-1]
        # "he's said", "that's told": a contraction of "has"/"is", not a possessive
        return base not in self.lang.pronouns and base not in self.lang.function_words

    def sentence_of(self, p: Para, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(p.sent_starts, pos) - 1
        s = p.sents[max(k, 0)]
        a = max(s[0], p.body_start) if s[0] <= p.body_start < s[1] else s[0]
        return a, s[1]


# ---------------------------------------------------------------------------------------------- registry


def build_registry(doc: Document) -> Registry:
    lang, text = doc.lang, doc.text
    reg = Registry(lang)
    singles: list[tuple[Token, bool, bool]] = []
    for p in doc.paras:
        for sa, sb in p.sents:
            toks = tokens(text, sa, sb)
            if lang.data.cased:
                _register_cased(reg, text, toks, lang, singles, sa)
            else:
                _register_uncased(reg, text, toks, lang)
    for tok, subj, oblique in singles:
        key = fold(_strip_poss(tok.text))
        for ent in reg.by_last.get(key, []):
            ent.note(tok.start, subj)
            ent.count(oblique)
    if not lang.data.cased:
        for p in doc.paras:
            toks = tokens(text, p.start, p.end)
            for i, t in enumerate(toks):
                for ent in reg.by_last.get(t.key, []):
                    k = bisect.bisect_left(ent.positions, t.start)  # positions are kept sorted
                    if k < len(ent.positions) and ent.positions[k] == t.start:
                        continue
                    subj = i + 1 < len(toks) and toks[i + 1].key in lang.data.subject_markers
                    ent.note(t.start, subj)
    reg.finalize()
    return reg


def _strip_poss(t: str) -> str:
    return t[:-2] if t.endswith(("’s", "'s")) else t


# Per-word facts _register_cased and _register_run need, which depend only on the word and the language:
# computed once per distinct word (a dict hit afterwards) instead of a dozen set and suffix tests per
# capitalised word. A class with typed fields: compiled, each fact is a plain field read.
class _Facts:
    __slots__ = (
        "k",
        "cap",
        "starter",
        "conn",
        "poss",
        "cutword",
        "cutmid",
        "hon",
        "lead",
        "bad",
        "look",
        "app",
        "nat",
        "gword",
        "bare",
        "obl",
    )

    def __init__(
        self,
        k: str,
        cap: bool,
        starter: bool,
        conn: bool,
        poss: bool,
        cutword: bool,
        cutmid: bool,
        hon: str | None,
        lead: bool,
        bad: bool,
        look: bool,
        app: bool,
        nat: str | None,
        gword: str | None,
        bare: str,
        obl: bool,
    ) -> None:
        self.k = k
        self.cap = cap  # capitalised
        self.starter = starter  # may start a name
        self.conn = conn  # a connector inside names ("bin", "de")
        self.poss = poss  # possessive ("Russia's")
        self.cutword = cutword  # a title or honorific: the name starts after it
        self.cutmid = cutmid  # a demonym or possessive: cut when not last
        self.hon = hon  # the gender an honorific gives
        self.lead = lead  # a function word or month: not the start of a name
        self.bad = bad  # all capitals, a month or a digit: no name holds it
        self.look = look  # may be part of a title before the name
        self.app = app  # may be part of an appositive title phrase
        self.nat = nat  # the country a demonym or possessive names
        self.gword = gword  # the gender a word gives ("spokeswoman")
        self.bare = bare  # the word without a possessive 's
        self.obl = obl  # an oblique marker ("of", "in")


_WORD_FACTS: dict[int, dict[str, _Facts]] = {}  # per language (languages.base.language_table)


def _facts_table(lang: CompiledLanguage) -> dict[str, _Facts]:
    return language_table(_WORD_FACTS, lang)


def _word_facts(t: Token, lang: CompiledLanguage, table: dict[str, _Facts]) -> _Facts:
    w = t.text
    k = t.key
    tw, fw = lang.title_words, lang.function_words
    cap = _is_cap(t)
    poss = _possessive(t)
    dem = is_demonym(t, lang)
    uk = unelide(k, lang)
    facts = _Facts(
        k,
        cap,
        cap and not (k in fw and k not in tw) and not (k in lang.cues and k not in tw),
        k in lang.data.name_connectors,
        poss,
        # (a lower-case particle inside a name is never a title by itself: "Lagos de Moreno")
        (
            _is_title_word(k, lang)  # also hyphenated: "Vice-President", "Secretary-General"
            or (uk.endswith("s") and uk[:-1] in tw)
            or uk in lang.honorifics
            # "Bayern-Torwart Manuel Neuer": a hyphenated compound ending on a title
            or (lang.data.verb_second and "-" in uk and uk.rsplit("-", 1)[1] in lang.titles)
            # "Bahnchef", "Verkehrsministerin": a compound ending on a title head
            or (bool(lang.data.title_suffixes) and _compound_title(uk, lang) is not None)
        )
        and not (w[:1].islower() and k in lang.data.name_connectors),
        dem or poss,
        lang.honorifics.get(uk),
        k in fw or k in lang.calendar_words,
        (w.isupper() and len(w) > 1) or k in lang.calendar_words or any(ch.isdigit() for ch in w),
        k in tw or uk in tw or dem or poss or k in lang.data.title_modifiers,  # "l'attaquant Julien Favre"
        dem or poss or k in tw or k in lang.determiners or (w[:1].islower() and k not in fw),
        country_key(w, lang) if dem or (poss and cap) else None,
        lang.data.gendered_words.get(k)
        or lang.data.gendered_words.get(uk)  # "l'avocate"
        or (
            lang.data.gendered_words.get(k.rsplit("-", 1)[1]) if lang.data.verb_second and "-" in k else None
        ),
        _strip_poss(w),
        k in lang.data.oblique_markers,
    )
    table[w] = facts
    return facts


def _title_complement_run(text: str, toks: list[Token], j: int, lang: CompiledLanguage) -> bool:
    """The capitalised run ending at toks[j] is followed by a lower-case title (one modifier allowed)
    and a capitalised name: "Ashford captain Rob Kettering", "Labour party leader Ann Cole" — the run
    is the title's club, party or place, not a person."""
    if not lang.data.cased or lang.data.verb_second:
        return False
    k = j
    while (
        k < len(toks) and k - j < 2 and toks[k].text[:1].islower() and toks[k].key not in lang.function_words
    ):
        if not _blank_gap(text, toks[k - 1].end, toks[k].start):
            return False
        if _is_title_word(toks[k].key, lang):
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            return nxt is not None and _is_cap(nxt) and _blank_gap(text, toks[k].end, nxt.start)
        k += 1
    return False


def _leading_person_noun(facts: list[_Facts], last: int, lang: CompiledLanguage) -> bool:
    """A capitalised run that opens on a noun for a kind of person ("Supporter Nancy Lyle", "Resident
    Omar Haddad") before at least two more words: the noun is no part of the name ("Fan Bingbing" keeps
    its first word)."""
    return (
        last >= 2
        and facts[0].cap
        and lang.speaker_nouns.get(facts[0].k) in _PERSON_NOUN_CLASSES
        and not any(f.cutword or f.lead or f.conn for f in facts[1:])
    )


def _compound_title(k: str, lang: CompiledLanguage) -> str | None:
    """The title head a compound ends on ("bahnchef" -> "chef"), for languages that write titles as
    compounds (LanguageData.title_suffixes); None when it ends on none."""
    for suf in lang.data.title_suffixes:
        if k.endswith(suf) and len(k) - len(suf) >= 3 and suf in lang.titles:
            return suf
    return None


def _blank_gap(text: str, a: int, b: int) -> bool:
    """text[a:b].strip(SPACE) == "" (the usual single space tested without a copy)."""
    return (b == a + 1 and text[a] == " ") or text[a:b].strip(SPACE) == ""


_FIRST_CHAR = itemgetter(0)
_TOK_TEXT = itemgetter(2)


def _register_cased(
    reg: Registry,
    text: str,
    toks: list[Token],
    lang: CompiledLanguage,
    singles: list[tuple[Token, bool, bool]],
    sent_start: int,
) -> None:
    n = len(toks)
    if not n:
        return
    table = _facts_table(lang)
    # the cheap half of `not _is_cap(t)`, for every word at C speed: only capitalised or hyphenated
    # words can start a run
    starts: Iterable[int]
    if _C is not None:
        starts = _C.cap_starts(toks)
    else:
        words = list(map(_TOK_TEXT, toks))
        starts = compress(
            range(n),
            map(or_, map(str.isupper, map(_FIRST_CHAR, words)), map(str.__contains__, words, repeat("-"))),
        )
    first_run = True
    follow = lang.data.follow_connectors
    j = 0
    for i in starts:
        if i < j:
            continue  # inside the previous run
        t = toks[i]
        f = table.get(t.text) or _word_facts(t, lang, table)
        if not f.starter:
            continue
        j = i + 1
        prev = f
        while j < n:
            tj = toks[j]
            fj = table.get(tj.text) or _word_facts(tj, lang, table)
            if not (fj.cap or fj.conn and j + 1 < n and _is_cap(toks[j + 1])):
                # "Ursula von der Leyen": an article joins a name only right after a particle
                particle_article = (
                    fj.conn
                    and j + 1 < n
                    and toks[j + 1].key in follow
                    and _particle_surname(toks, j + 2, lang)
                )
                after_particle = tj.key in follow and prev.conn and _particle_surname(toks, j + 1, lang)
                if not (follow and (particle_article or after_particle)):
                    break
            if prev.poss or not _blank_gap(text, toks[j - 1].end, tj.start):
                break
            prev = fj
            j += 1
        # the first name of a sentence, early or right after an introductory phrase and its comma
        subject = (
            first_run
            and (i <= 6 or text[toks[i - 1].end : toks[i].start].strip(SPACE) == ",")
            # "… dispute between Southern Line Rail and …": a prepositional object is no subject
            and not (
                i > 0
                and toks[i - 1].key not in lang.determiners
                and (
                    toks[i - 1].key in lang.data.prepositions or toks[i - 1].key in lang.data.oblique_markers
                )
            )
        )
        if _register_run(reg, text, toks, i, j, lang, singles, subject, table):
            first_run = False  # "L'avocat de la défense, Me Karim Benali, a plaidé": the name is the subject


def _titled_initials(toks: list[Token], n0: int, j: int, cut: int) -> bool:
    """'Vice-President JD Vance', 'author JK Rowling': two capitals after a title are initials, not
    an acronym (which they would be without the title: "UN Women", "BP Energy")."""
    if cut == 0 or j - n0 < 2:
        return False
    first = toks[n0].text
    return (
        len(first) == 2
        and first.isalpha()
        and first.isupper()
        and all(not (t.text.isupper() and len(t.text) > 1) for t in toks[n0 + 1 : j])
    )


def _register_run(
    reg: Registry,
    text: str,
    toks: list[Token],
    i: int,
    j: int,
    lang: CompiledLanguage,
    singles: list[tuple[Token, bool, bool]],
    subject: bool,
    table: dict[str, _Facts],
) -> bool:
    """Register the capitalised run toks[i:j] (titles cut off) as a name; False when it is not one."""
    if j - i >= 2 and _title_complement_run(text, toks, j, lang):
        # "Former Ashford captain Rob Kettering", "Harbor City council member Jo Ames": the club or
        # place of the title, never a person (one word goes the way of all single words)
        singles.append((toks[j - 1], False, True))
        return False
    facts = [table.get(t.text) or _word_facts(t, lang, table) for t in toks[i:j]]
    cut = 0
    gender = "?"
    last = j - i - 1
    for k, f in enumerate(facts):
        if (f.cutword or f.cutmid and k < last) and not (k >= 2 and _name_particle(toks, i + k, lang)):
            cut = k + 1
            if f.hon is not None:
                gender = f.hon
    if cut == 0 and _leading_person_noun(facts, last, lang):
        cut = 1  # "Supporter Nancy Lyle", "Voter Harold Mbeki": the noun describes the named person
    # "Me Sophie Lamarque": an honorific that is a profession titles the name
    hon_titles: list[str] = []
    for f in facts[:cut]:
        ht = lang.data.honorific_titles.get(f.k)
        if ht is not None:
            hon_titles.append(ht)
    c0 = cut
    while c0 <= last and facts[c0].lead:
        c0 += 1
    if c0 > last:
        return False
    if last - c0 >= 2 and lang.data.demonym_noun_suffixes:
        # "le Vaudois Marc Rochat", "Le Québécois Samuel Roy": after its article, a demonym before a
        # two-word name is the person's origin, not the start of the name
        w = toks[i + c0]
        before = toks[i + c0 - 1] if c0 > 0 else (toks[i - 1] if i > 0 else None)
        if (
            before is not None
            and before.key in lang.data.definite_articles
            and w.key.endswith(lang.data.demonym_noun_suffixes)
            and len(w.key) >= 5
            and w.key not in lang.org_words
        ):
            c0 += 1
            cut = c0  # (the article before the demonym makes no oblique place of the name)
    name_facts = facts[c0:]
    if any(f.bad for f in name_facts) and not _titled_initials(toks, i + c0, j, c0):
        return False
    n0 = i + c0  # the name is toks[n0:j]
    if cut > 0 and c0 == cut and _possessive(toks[n0 - 1]):
        return False  # "Queen's Park", "the President's Cup": a title's possession, not its holder
    placed = name_after_placed_title(toks, n0, j, lang) if j - n0 >= 3 else None
    if placed is not None:
        # "Iranian Ambassador in Damascus Hossein Akbari": the place is no part of the name
        name_facts = facts[placed - i :]
        n0 = placed
    name_start = toks[n0].start
    comma = name_start - 1
    while comma > 0 and text[comma] in SPACE:
        comma -= 1
    if (
        text.startswith(",", comma)
        and (tag := lang.name_tag_re.match(text, comma))
        and tag.end() > name_start
    ):
        return False  # "Sen. Jane Roe, D-Ohio, said": the party and state are no name
    # titles: inside the run, lower-case words just before it, or an appositive before the comma
    lo = toks[i].start
    k = i - 1
    if (
        k >= 0
        and toks[k].key in lang.data.prepositions
        and (table.get(toks[k].text) or _word_facts(toks[k], lang, table)).look
        and _blank_gap(text, toks[k].end, toks[i].start)
    ):
        k = -1  # "a senior official in Valente's party", "the wife of John Roe": the title is not the name's
    while (
        k >= 0
        and i - k <= 4
        and (
            _blank_gap(text, toks[k].end, toks[k + 1].start)
            # "Sen. Roy Pruitt", "Gov. Ann Lee": an abbreviated title and its full stop
            or (
                text.startswith(".", toks[k].end)
                and toks[k].key in lang.abbreviations
                and _blank_gap(text, toks[k].end + 1, toks[k + 1].start)
            )
        )
    ):
        tk = toks[k]
        if (table.get(tk.text) or _word_facts(tk, lang, table)).look and not (
            _possessive(tk) and lang.data.cased and tk.text[:1].isupper()
        ):  # not "Queen's Park": a title's possession
            lo = tk.start
            k -= 1
        elif (
            # "la senadora de oposición Lilia Téllez": a title with a lower-case complement
            (
                k >= 2
                and tk.text[:1].islower()
                and tk.key not in lang.function_words
                and toks[k - 1].key in lang.data.head_prepositions
                and toks[k - 2].key in lang.title_words
                and toks[k - 2].key not in lang.function_words
                and _blank_gap(text, toks[k - 2].end, toks[k - 1].start)
                and _blank_gap(text, toks[k - 1].end, tk.start)
            )
            # "le professeur en urbanisme Réjean Fortin", "la spécialiste de droit Anne Roy": the
            # title's field between the title and the name
            or (
                k == i - 1
                and k >= 2
                and tk.text.isalpha()
                and tk.text.islower()
                and tk.key not in lang.function_words
                and tk.key not in lang.org_words  # "associée du fonds Ubuntu Partners": the fund, not her
                and tk.key not in lang.speaker_nouns
                and toks[k - 1].key in lang.data.prepositions
                and toks[k - 2].key in lang.titles
                and _blank_gap(text, toks[k - 2].end, toks[k - 1].start)
                and _blank_gap(text, toks[k - 1].end, tk.start)
            )
        ):
            lo = toks[k - 2].start
            k -= 3
        else:
            break
    # (a, b, first token index or -1): spans from a token start to a token start or end are
    # tokenised by slicing toks
    title_spans = [(lo, name_start, k + 1, n0)]
    if cut == 0 and i > 0 and lo < toks[i].start and _complement_of_title(toks, i, lang):
        # "el ministro de Agricultura", "the mayor of Leeds": the run is what the title is of, a place
        # or a body, not the titled person
        title_spans = []
    if placed is not None:
        t0 = max(0, i - 5)
        title_spans.append((toks[t0].start, toks[i].start, t0, i))  # "Iranian Ambassador in"
    # "la cofondatrice de PayLagune", "the head of Acme Corp": a preposition right before the name
    # makes it what the title governs, not who holds it
    governed_at = -1
    if n0 > 0 and toks[n0 - 1].key in lang.data.prepositions and toks[n0 - 1].text[:1].islower():
        governed_at = toks[n0 - 1].start
    if (
        k >= 0
        and text[max(0, lo - 2) : lo].rstrip(SPACE).endswith(",")
        and not _enumerated(text, toks, j, lang)
    ):
        # appositive: "Russia’s permanent representative to the UN in Geneva, Gennadiy Gatilov,"
        seg_end = toks[k].end
        s = k
        while s > 0 and i - s < 12 and _blank_gap(text, toks[s - 1].end, toks[s].start):
            s -= 1
        if (
            s > 0
            and text[toks[s - 1].end : toks[s].start].strip(SPACE) == ","
            and any(t.key in lang.data.coordinators for t in toks[s : k + 1])
            and all(_is_cap(t) or t.key in lang.data.coordinators for t in toks[s : k + 1])
        ):
            # "el viceministro de Educación Preescolar, Básica y Media, Andrés Felipe Ospina": the
            # title sits before the list
            s -= 1
            while s > 0 and i - s < 16 and _blank_gap(text, toks[s - 1].end, toks[s].start):
                s -= 1
        found = find_titles(text, toks[s].start, seg_end, lang)
        if found:
            # only the phrase around the title nearest the name: "his Iranian counterpart", not the
            # "Foreign Minister" of someone named earlier in the sentence
            t0 = token_index(toks, found[-1][0])
            while t0 > s and (table.get(toks[t0 - 1].text) or _word_facts(toks[t0 - 1], lang, table)).app:
                t0 -= 1
            title_spans.append((toks[t0].start, seg_end, t0, k + 1))
    after = toks[j - 1].end
    if lang.data.verb_second and text.startswith(" (", after):
        # "Herbert Gasser (ÖVP), Bürgermeister der Gemeinde": the party aside, then the title
        close = text.find(")", after, after + 40)
        if close > 0 and text.startswith(",", close + 1):
            after = close + 1
    # (not after a preposition: "Desde Bogotá, el viceministro …" is a place, not the viceminister)
    governed = (
        i > 0
        and (toks[i - 1].key in lang.data.prepositions or toks[i - 1].key in lang.data.oblique_markers)
        and toks[i - 1].text[:1].islower()
    )
    if text.startswith(",", after) and not governed:  # ("interrogé par Jeune Afrique, le chef …")
        found = find_titles(text, after, min(len(text), after + 60), lang)
        if (
            found
            and text[after + 1 : found[0][0]].count(",") == 0
            and len(text[after : found[0][0]].split()) <= 4
        ):
            title_spans.append((after, found[0][1], -1, -1))
    titles: set[str] = set(hon_titles)
    title_words: set[str] = set()
    nationality: set[str] = set()
    for a, b, ta, tb in title_spans:
        if a >= b:
            continue  # nothing to scan (most runs have no title before the name)
        for ts, te in find_titles(text, a, b, lang):
            if b == name_start and te <= governed_at:
                continue
            key = fold(text[ts:te])
            c = lang.titles.get(key)
            if c:
                titles.add(c)
                title_words.add(key)
        for t in toks[ta:tb] if ta >= 0 else tokens(text, a, b):
            nat = (table.get(t.text) or _word_facts(t, lang, table)).nat
            if nat is not None:
                nationality.add(nat)
    if gender == "?" and lang.data.gendered_words and titles - set(hon_titles):
        # "la procureure Hélène Roux", "spokeswoman Ines Claeys": the title or its article tells
        lo_t = min(x[0] for x in title_spans)
        k0 = token_index(toks, lo_t)
        for t in toks[max(0, k0 - 1) : i + cut]:
            if t.key in lang.data.prepositions and t.start > lo_t:
                break  # "le chef de la mission": "la" is the mission's article, not his
            g = (table.get(t.text) or _word_facts(t, lang, table)).gword
            if g:
                gender = g
                break
    # after a preposition or "the": "in St Ives", "MP for Wessex Downs", "the University of Bergen"
    oblique = (
        i > 0
        and cut == 0
        and (
            (table.get(toks[i - 1].text) or _word_facts(toks[i - 1], lang, table)).obl
            # "Queen's Park", "Children's Hospital": the end of a place's or institution's name
            or (
                _possessive(toks[i - 1])
                and _is_cap(toks[i - 1])
                and (
                    _strip_poss(toks[i - 1].key) in lang.title_words
                    or _strip_poss(toks[i - 1].key) in lang.speaker_nouns
                )
            )
        )
        and _blank_gap(text, toks[i - 1].end, toks[i].start)
    )
    if lang.data.noun_suffixes and _common_noun_run(toks, i, n0, j, cut, lang):
        return False
    if j - n0 == 1 and not titles and gender == "?":
        singles.append((toks[n0], subject, oblique))
        return False
    if j - n0 > 4:
        return False
    name_toks = [f.bare for f in name_facts]
    if len(name_toks) == 1 and len(name_toks[0]) < 2:
        return False  # "on X, the minister": a letter is no name
    ent = reg.add_name(name_toks, name_start, titles, title_words, nationality, gender, subject)
    if ent is not None:
        ent.count(oblique)
        if _AGE_APPOSITIVE_RE.match(text, toks[j - 1].end):
            ent.aged = True  # "Hanna Berg, 39," is a person
        elif (
            lang.data.word_order == "svo"
            and j < len(toks)
            and toks[j].text[:1].islower()
            and lang.speaker_nouns.get(toks[j].key) in ("spokesperson", "official", "source")
            and _blank_gap(text, toks[j - 1].end, toks[j].start)
            and not ent.titles
            and ent.gender == "?"
        ):
            ent.is_person = False  # "A Network Rail spokesperson said": the name of an organisation
    return True


def _complement_of_title(toks: list[Token], i: int, lang: CompiledLanguage) -> bool:
    """toks[i] starts a capitalised run right after a lower-case title and its preposition."""
    prev = toks[i - 1]
    return (
        prev.text[:1].islower()
        and (prev.key in lang.data.name_prepositions or prev.key in lang.data.head_prepositions)
        and i >= 2
        and toks[i - 2].key in lang.title_words
        and toks[i - 2].text[:1].islower()
    )


def _enumerated(text: str, toks: list[Token], j: int, lang: CompiledLanguage) -> bool:
    """The run ending before toks[j] goes on as a list of names: "Agricultura, Pesca y Alimentación"."""
    return (
        j + 1 < len(toks)
        and toks[j].key in lang.data.coordinators
        and toks[j].text[:1].islower()
        and _is_cap(toks[j + 1])
        and _blank_gap(text, toks[j - 1].end, toks[j].start)
    )


def _common_noun_run(toks: list[Token], i: int, n0: int, j: int, cut: int, lang: CompiledLanguage) -> bool:
    """In a language that capitalises every noun (German), the run toks[n0:j] is a noun phrase, not a
    name: a word of it has a noun ending ("Urteilsbegründung", "Revision") or is a common noun
    ("Jahre Haft"), or, with no title or honorific cut off, an article, a preposition or a number
    stands right before it ("in der Hauptstadt", "14 Millionen Euro")."""
    data = lang.data
    for t in toks[n0:j]:
        k = t.key
        if k in data.common_nouns:
            return True
        for suf in data.noun_suffixes:
            if k.endswith(suf) and len(k) - len(suf) >= 4:
                return True
    if cut == 0 and i > 0:
        prev = toks[i - 1]
        pk = prev.key
        if (
            pk in lang.determiners
            or pk in data.prepositions
            or pk in data.number_words
            or prev.text[:1].isdigit()
        ) and prev.text[:1].islower() | prev.text[:1].isdigit():
            return True
    return False


def _register_uncased(reg: Registry, text: str, toks: list[Token], lang: CompiledLanguage) -> None:
    # Without capitals, names are found after titles: "विदेश मंत्री सर्गेई लावरोव".
    for m_start, m_end in find_titles(text, toks[0].start if toks else 0, toks[-1].end if toks else 0, lang):
        cls = lang.titles.get(fold(text[m_start:m_end]))
        k = token_index(toks, m_end)
        name: list[Token] = []
        while k < len(toks) and len(name) < 3:
            t = toks[k]
            if (
                t.key in lang.function_words
                or t.key in lang.title_words
                or t.key in lang.pronouns
                or t.key in lang.cues
                or t.key.endswith(("-", "–"))  # "मंत्री बोले- …": a headline's cue and its dash
                or text[(name[-1].end if name else m_end) : t.start].strip(SPACE)
            ):
                break
            name.append(t)
            k += 1
        if not name:
            continue
        nat = set()
        b = token_index(toks, m_start) - 1
        if b >= 0 and toks[b].key in lang.demonyms:
            nat.add(lang.demonyms[toks[b].key])
        subj = k < len(toks) and toks[k].key in lang.data.subject_markers
        reg.add_name(
            [t.text for t in name],
            name[0].start,
            {cls} if cls else set(),
            {fold(text[m_start:m_end])},
            nat,
            subject=subj,
        )


# ---------------------------------------------------------------------------------------------- rules


def _complementizer_after(doc: Document, p: Para, cue: Cue, s_end: int) -> int | None:
    """Offset where the reported clause starts when a complementiser ("that") follows the cue.

    Memoised per (cue span, sentence end): every clause re-examines the cues ahead of it, so a long
    sentence asked the same question of each cue many times."""
    key = (cue.start, cue.end, s_end)
    memo = doc.comp_memo
    if key in memo:
        return memo[key]
    found = memo[key] = _complementizer_after_uncached(doc, p, cue, s_end)
    return found


def _complementizer_after_uncached(doc: Document, p: Para, cue: Cue, s_end: int) -> int | None:
    lang, text = doc.lang, doc.text
    limit = 2 if lang.data.word_order == "sov" else 12
    toks = tokens(text, cue.end, min(s_end, cue.end + 160))
    prev_end = cue.end
    prev_key = ""
    for j, t in enumerate(toks[:limit]):
        gap = text[prev_end : t.start]
        if gap != " " and any(ch in gap for ch in ';:“”"«»‘'):
            return None
        k = t.key
        if (
            j > 0
            and prev_key in lang.data.prepositions
            and k in lang.determiners  # "that" may be a demonstrative; "advirtió de que" is a report
            and lang.complementizer_re.fullmatch(t.text)
        ):
            return None  # "thought about that line": a demonstrative after a preposition
        if (
            j == 0
            and "," in gap
            and lang.data.word_order == "svo"
            and not lang.data.verb_second  # German puts a comma before every "dass"
            and lang.complementizer_re.fullmatch(t.text)
        ):
            return None  # "It is a habit, she says, that her body never unlearned": a parenthetical
        if lang.complementizer_re.fullmatch(t.text) or (
            k.startswith(("qu'", "qu’")) and "que" in lang.data.complementizers
        ):
            if (
                j > 0
                and gap.strip(SPACE) == ""
                and (
                    prev_key in lang.data.subordinators
                    # ("parce que"; not a preposition: "insistió en que …" is a report)
                    or (prev_key in lang.data.adverbial_openers and prev_key not in lang.data.prepositions)
                )
            ):
                return None  # "a promis des renforts, alors que …", "parce que": no reported clause
            if j > 0 and _noun_clause_that(toks, j, lang):
                return None  # "compensation for every family that lost a home", "the fact that …"
            if k.startswith(("qu'", "qu’")) and len(k) > 3:
                return t.start + 3
            return t.end
        if (
            (j > 0 or "," in gap)  # "he said, adding that …": the "that" is the second cue's
            and k in lang.cues
            and k not in lang.title_words
            and not (prev_key in lang.determiners or prev_key in lang.data.prepositions)
        ):
            return None
        if k in lang.data.coordinators or _clause_verb(t, lang) or (j > 0 and k in lang.pronouns):
            return None  # "said a team would assess it, but that …": a clause starts before "that"
        prev_key = k
        prev_end = t.end
    return None


def _noun_clause_that(toks: list[Token], j: int, lang: CompiledLanguage) -> bool:
    """toks[j], a "that" some words after a cue, belongs to the noun before it, not to the cue: a
    relative clause (its verb follows at once: "every family that lost a home") or a noun's own clause
    ("the fact that", "the revelation that": lang.data.that_nouns)."""
    if lang.data.word_order != "svo" or lang.data.verb_second:
        return False
    prev = toks[j - 1]
    if prev.key in lang.data.that_nouns:
        return True
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        nxt is not None
        and prev.text[:1].islower()
        and prev.key not in lang.pronouns
        and prev.key not in lang.data.object_pronouns
        and nxt.key not in lang.data.clause_verbs  # "told reporters that was a mistake" stays a report
        and _past_form(nxt, lang)
        and nxt.text[:1].islower()
    )


_RELATIVE_RE: dict[str, re.Pattern[str]] = {}


def _relative_re(lang: CompiledLanguage) -> re.Pattern[str]:
    rx = _RELATIVE_RE.get(lang.code)
    if rx is None:
        rx = _RELATIVE_RE[lang.code] = word_regex(sorted(lang.data.relative_pronouns))
    return rx


def _titled_place_end(htoks: list[Token], lang: CompiledLanguage) -> bool:
    """A phrase ending on what its titled head governs: "maire de Bouvante", "ministre de la Santé",
    "ministre de l'Intérieur" (a preposition, maybe an article, then capitalised words)."""
    if len(htoks) < 3:
        return False
    last = htoks[-1]
    k = len(htoks) - 1
    glued = lang.data.elided_articles and last.key[:2] in ("l'", "l’") and last.text[2:3].isupper()
    if not (_is_cap(last) or glued):
        return False
    while k > 0 and _is_cap(htoks[k - 1]) and htoks[k - 1].key not in lang.determiners:
        k -= 1  # "ministre des Affaires étrangères" ends lower-case; "de la Banque Centrale" does not
    if k > 0 and htoks[k - 1].key in lang.determiners:
        k -= 1
    if k < 1 or htoks[k - 1].key not in lang.data.prepositions:
        return False
    return any(_head_key(t, lang) is not None for t in htoks[: k - 1])


def _dash_after(text: str, pos: int, end: int) -> bool:
    """A dash (or a hyphen typed for one) right after `pos`: a headline's "X ने कहा- …"."""
    k = pos
    while k < end and text[k] in SPACE:
        k += 1
    return k < end and text[k] in "-–—" and (k + 1 >= end or not text[k + 1].isalnum())


def _after_apposition(text: str, comma: int, s_end: int, lang: CompiledLanguage) -> int:
    """'Selon Marie Dupont, porte-parole de la préfecture, les routes …': the reported clause starts
    after the source's apposition (a title or description and no verb, closed by a second comma)."""
    comma2 = text.find(",", comma + 1, min(s_end, comma + 150))
    if comma2 < 0:
        return comma + 1
    toks = tokens(text, comma + 1, comma2, limit=20)
    if not toks or len(toks) > 18:
        return comma + 1
    # the description's noun among its first words ("ancien inspecteur général", "la porte-parole")
    if toks[0].key in lang.pronouns or not any(_head_key(t, lang) is not None for t in toks[:3]):
        return comma + 1
    for t in toks:
        if (
            t.key in lang.cues
            or t.key in lang.data.clause_verbs
            or lang.complementizer_re.fullmatch(t.text)
            or any(ch in text[t.start : t.end] for ch in "«»“”\"")
        ):
            return comma + 1
    if word_count(text, comma2 + 1, s_end) < 3:
        return comma + 1
    return comma2 + 1


def _clause_end(doc: Document, p: Para, start: int, s_end: int) -> tuple[int, Cue | None]:
    """End of a reported clause: the sentence end, or where a coordinated cue starts a new one."""
    lang, text = doc.lang, doc.text
    end = min(s_end, start + _MAX_CONTENT)
    if lang.data.word_order == "sov" and lang.data.relative_pronouns:
        # a regex finds the relative pronouns; only their preceding word is looked at
        rel_re = _relative_re(lang)
        for m in rel_re.finditer(text, start, min(end, start + 1500)):
            prev = tokens(text, max(start, m.start() - 30), m.start())[-1:]
            if prev and prev[0].key in lang.data.clause_final and is_blank(text, prev[0].end, m.start()):
                end = m.start()
                break
    if lang.data.clause_trailers:
        # "…, sans en préciser la nature", "…, citing higher costs": the reporter's circumstance
        k = text.find(",", start, end)
        while k >= 0:
            rest = text[k + 1 : k + 24].lstrip(SPACE).casefold()
            if any(rest.startswith(t + " ") for t in lang.data.clause_trailers):
                end = k
                break
            k = text.find(",", k + 1, end)
    if lang.data.word_order == "svo" and lang.data.complementizers:
        # "…, but found that …", "…, and warned that …" with a verb that is no cue: the subject's next
        # claim, not part of this one
        k = text.find(",", start, end)
        while k >= 0:
            after = tokens(text, k + 1, min(end, k + 60))[:3]
            if (
                len(after) == 3
                and after[0].key in lang.data.coordinators
                and _finite_verb(after[1], lang)
                and after[1].key not in lang.data.clause_verbs
                and after[2].key in lang.data.complementizers
            ):
                end = k
                break
            k = text.find(",", k + 1, end)
        if lang.data.pro_drop:
            # "… que la cifra se queda corta y ha reclamado que …": a pro-drop language puts no comma
            # and no subject before the subject's next claim
            end = _coordinated_claim(text, start, end, lang)
    if lang.data.report_enders:
        # "said it was studying the decision and declined to comment further": the reporter's account
        for t0, t1 in itertools.pairwise(tokens(text, start, min(end, start + 600))):
            if t0.key in lang.data.coordinators and t1.key in lang.data.report_enders:
                end = rstrip_end(text, start, t0.start)
                while end > start and text[end - 1] == ",":
                    end -= 1
                break
    # a dozen embedded cues is far beyond any real clause: the cap keeps run-on text linear
    for c in p.cues_in(start + 1, end)[:12]:
        if c.lemma == "according to":
            continue
        comp = _complementizer_after(doc, p, c, s_end)
        before = text[max(start, c.start - 40) : c.start]
        cut = None
        toks = tokens(text, max(start, c.start - 40), c.start)
        while toks and toks[-1].key in lang.cue_fillers:
            toks.pop()
        if comp is None:
            rel = _relative_report_start(text, start, c, lang)
            if rel is not None:
                return rel, c
            if (
                toks
                and toks[-1].key in lang.data.coordinators
                and toks[-1].start > start
                and is_blank(text, toks[-1].end, c.start)
                and _takes_speech_act_report(text, c, s_end, lang)
            ):
                # "said A and promised to present …", "… and urged his supporters to …": the subject's
                # next speech act, its own report
                return rstrip_end(text, start, toks[-1].start, SPACE + ","), c
            if (
                lang.data.word_order == "svo"
                and c.key in lang.continuation_forms
                and c.lemma in lang.data.bare_clause_lemmas
                and before.rstrip(SPACE).endswith(",")
                and _is_clause(text, c.end, s_end, lang)
            ):
                # "argued that A, saying B": the participle's own report starts after the comma
                return max(start, c.start - 40) + before.rstrip(SPACE).rfind(","), c
            # "…, and urged paddlers to …": the subject's next act, not part of what was said
            if (
                lang.data.word_order == "svo"
                and c.key not in lang.continuation_forms
                and toks
                and toks[-1].key in lang.data.coordinators
                and text.endswith(",", start, rstrip_end(text, start, toks[-1].start))
            ):
                return text.rfind(",", start, toks[-1].start), None
            if (
                lang.data.word_order == "svo"
                and c.lemma in lang.data.bare_clause_lemmas
                and toks
                and toks[-1].key in lang.data.coordinators
                and toks[-1].start > start
                and is_blank(text, toks[-1].end, c.start)
            ):
                # "said the striker was ready but insisted the club had no offers": the subject's
                # second report, when a clause follows the cue
                a0 = c.end
                while a0 < s_end and text[a0] in SPACE + ",:":
                    a0 += 1
                if c.lemma == "tell":
                    a0 = _skip_object(text, a0, s_end, lang)
                if _is_clause(text, a0, s_end, lang):
                    return rstrip_end(text, start, toks[-1].start), c
            if lang.data.word_order == "svo" and c.lemma in lang.data.bare_clause_lemmas:
                # "it has worked, but operators argue the money …": a new speaker's bare report
                sb = subject_before(text, max(start, c.start - 80), c.start, lang)
                if sb is not None and sb.start > start and sb.kind != "pronoun":
                    pre = tokens(text, max(start, sb.start - 30), sb.start)[-1:]
                    if pre and (
                        pre[0].key in lang.data.coordinators or pre[0].key in lang.data.contrast_words
                    ):
                        lead = rstrip_end(text, start, pre[0].start)
                        if text.endswith(",", start, lead):
                            return lead - 1, c
            continue
        # ", adding that", "and added that", "और ज़ोर देकर कहा कि"
        if lang.data.word_order == "svo" and toks:
            # "…, though she acknowledged that …": a new reporting clause with its own subject
            sb = subject_before(text, max(start, c.start - 80), c.start, lang)
            if sb is not None and sb.start > start:
                pre_toks = tokens(text, max(start, sb.start - 30), sb.start)
                lead_s = text[start : sb.start].rstrip(SPACE)
                if pre_toks and (
                    pre_toks[-1].key in lang.data.contrast_words or pre_toks[-1].key in lang.data.coordinators
                ):
                    lead_s = text[start : pre_toks[-1].start].rstrip(SPACE)
                if lead_s.endswith(",") and len(lead_s) > 0:
                    return start + len(lead_s) - 1, c
        if toks and toks[-1].key in lang.data.coordinators:
            cut = toks[-1].start
            pre_s = text[start:cut].rstrip(SPACE)
            if pre_s.endswith(","):
                cut = start + len(pre_s) - 1
        elif c.key in lang.continuation_forms and before.rstrip(SPACE).endswith(","):
            cut = max(start, c.start - 40) + before.rstrip(SPACE).rfind(",")
        elif subject_before(text, start, c.start, lang) is not None and lang.data.word_order == "sov":
            continue
        if cut is not None and cut > start:
            return cut, c
    return end, None


def _relative_report_start(text: str, start: int, c: Cue, lang: CompiledLanguage) -> int | None:
    """The comma before ", which it described as “…”", ", who she called “…”": a relative clause whose
    own speech-act cue reports on the noun before it, so the reporter's words, not the report's."""
    data = lang.data
    if not (
        c.lemma in data.description_lemmas
        or c.lemma in data.naming_lemmas
        or c.lemma in data.object_preposition_lemmas
    ):
        return None
    toks = tokens(text, max(start, c.start - 40), c.start)[-4:]
    for i, t in enumerate(toks):
        if t.key in data.relative_pronouns or t.key == "that":
            subject = toks[i + 1 :]
            lead = rstrip_end(text, start, t.start)
            if 1 <= len(subject) <= 2 and lead > start and text[lead - 1] == ",":
                return lead - 1
    return None


def _trim_content(text: str, a: int, b: int) -> tuple[int, int]:
    a, b = strip_span(text, a, b, SPACE + ",;:—–-")
    while b > a and text[b - 1] in ".!?।":
        b -= 1
    return strip_span(text, a, b, SPACE + ",;:—–-")


def _inner_fragments(p: Para, a: int, b: int) -> list[QuotePair]:
    return [q for q in p.pairs_in(a, b) if q.outer_end <= b + 1]


def _skip_object(text: str, a: int, b: int, lang: CompiledLanguage) -> int:
    """'told analysts the dividend was safe', 'told the BBC it would': skip the hearer before a clause."""
    toks = tokens(text, a, min(b, a + 120))[:7]
    if not toks:
        return a
    if toks[0].key in lang.data.hearer_pronouns:
        return toks[1].start if len(toks) > 1 else a
    k = 1 if toks[0].key in lang.determiners else 0
    while k < min(len(toks) - 1, 5):
        t = toks[k]
        if t.key in lang.function_words or t.key in lang.cues:
            return a
        nxt = toks[k + 1]
        if not _gap_ok(text, t.end, nxt.start):
            return a
        starts_clause = (
            nxt.key in lang.determiners or nxt.key in lang.pronouns or (_is_cap(nxt) and not _is_cap(t))
        )
        if starts_clause and _is_clause(text, nxt.start, b, lang):
            return nxt.start
        k += 1
    return a


def _infinitive_after(text: str, a: int, b: int, lang: CompiledLanguage) -> int | None:
    """Start of an infinitive complement ('avoir reçu', 'être intervenu', 'comprendre …') within a few
    words of a cue."""
    if not lang.data.infinitive_markers:
        return None
    toks = tokens(text, a, min(b, a + 60))[:4]
    first = toks[0] if toks else None
    neg = lang.data.infinitive_negations
    if first is not None and neg and first.key in neg and is_blank(text, a, first.start):
        # "qui dit ne pas penser à …", "assure ne jamais avoir reçu …": the negation opens the report
        k = 1
        while k < len(toks) - 1 and k < 3 and toks[k].key in neg:
            k += 1
        if k > 1 and toks[k].key not in lang.data.infinitive_markers:  # ("ne pas avoir vu": below)
            inner = _infinitive_after(text, toks[k - 1].end, b, lang)
            if inner is not None and inner == toks[k].start:
                return first.start
    if (
        first is not None
        and lang.data.infinitive_suffixes
        and is_blank(text, a, first.start)
        and first.text[:1].islower()
        and len(first.key) > 4
        and first.key.endswith(lang.data.infinitive_suffixes)
        and "'" not in first.key
        and "’" not in first.key  # "a annoncé l’ouverture d’une enquête": a noun
        and first.key not in lang.function_words
        and first.key not in lang.cue_fillers
        and first.key not in lang.calendar_words
        and first.key not in lang.cues
        and word_count(text, first.start, b) >= 3
    ):
        return first.start  # "Il dit comprendre les revendications …", "assure vouloir …"
    prev = a
    for t in toks:
        if any(ch in text[prev : t.start] for ch in ',;:«»“”"'):
            return None
        if t.key in lang.data.infinitive_markers:
            return t.start if word_count(text, t.start, b) >= 3 else None
        prev = t.end
    return None


def _comma_infinitive_clause(text: str, a: int, b: int, lang: CompiledLanguage) -> bool:
    """Is text[a:b], after a cue's comma, an infinitive report ("…, die Bürger mit ihrem Hin und Her zu
    verunsichern", "…, überflutete Keller nicht zu betreten", "…, rasch umzusteuern")? Its marker comes
    before the next comma; "um … zu" (purpose) is the reporter's."""
    infix = lang.data.infinitive_infix
    if not infix:
        return False
    toks = tokens(text, a, min(b, a + 400), 40)
    if not toks or toks[0].key in lang.data.purpose_infinitive_openers:
        return False
    prev = a
    for i, t in enumerate(toks):
        if i > 0 and any(ch in text[prev : t.start] for ch in ',;:'):
            return False
        prev = t.end
        if t.key in lang.data.infinitive_markers:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and nxt.text[:1].islower() and i >= 1:
                return True
        k = t.key.find(infix, 2)
        if (
            k > 0
            and t.text[:1].islower()
            and len(t.key) - k - len(infix) >= 4
            and t.key.endswith("n")
            and i >= 1
        ):
            return True  # "umzusteuern", "einzubauen"
    return False


def _gerund_after(text: str, cue: Cue, b: int, lang: CompiledLanguage) -> int | None:
    """Start of a gerund complement right after a cue that takes one ("recalled coming home …")."""
    if cue.lemma not in lang.data.gerund_lemmas or not lang.data.gerund_suffix:
        return None
    toks = tokens(text, cue.end, min(b, cue.end + 40))[:1]
    if (
        not toks
        or not is_blank(text, cue.end, toks[0].start)
        or not toks[0].text[:1].islower()
        or not toks[0].key.endswith(lang.data.gerund_suffix)
        or len(toks[0].key) <= len(lang.data.gerund_suffix) + 2
        or toks[0].key in lang.cues
        or word_count(text, toks[0].start, b) < 3
    ):
        return None
    return toks[0].start


def _object_before(
    text: str, a: int, b: int, lang: CompiledLanguage, joiners: frozenset[str], limit: int = 12
) -> tuple[int, Token] | None:
    """The object of a speech-act cue and the word that ends it ("urged residents in the valley TO
    leave", "accused the operator, Acme, OF …"): (object start, joining word), or None when the words
    after the cue are no short noun phrase followed by one of `joiners`."""
    toks = tokens(text, a, min(b, a + 240))[: limit + 1]
    if len(toks) < 2 or not is_blank(text, a, toks[0].start) or toks[0].key in joiners:
        return None
    if toks[0].key in lang.data.passive_aux or toks[0].key in lang.data.prepositions:
        return None
    prev_end = toks[0].start
    for t in toks:
        gap = text[prev_end : t.start]
        if gap.strip(SPACE + ",") or any(ch in gap for ch in OPEN_QUOTES):
            return None  # a quotation, a dash or a stop: no plain object
        if t.key in joiners and t.start > toks[0].start:
            return toks[0].start, t
        if _clause_verb(t, lang) or (t.key in lang.cues and t.key not in lang.title_words):
            return None  # "urged that …", a clause or another report started
        prev_end = t.end
    return None


def _infinitive_report(text: str, a: int, b: int, lang: CompiledLanguage) -> int | None:
    """Start of an infinitive report right after a cue: "vowed to rebuild …", "promised not to raise …"
    (the content starts with "to" or its negation)."""
    toks = tokens(text, a, min(b, a + 80))[:4]
    k = 0
    while k < len(toks) - 1 and k < 2 and toks[k].key in lang.data.verb_adverbs:
        k += 1  # "promised not to", "vowed again to" (an adverb before the infinitive)
    if not toks or k >= len(toks) - 1 or toks[k].key not in lang.data.infinitive_to:
        return None
    if not is_blank(text, a, toks[0].start) or not _infinitive_verb(toks[k + 1], lang):
        return None
    if any(not is_blank(text, u.end, v.start) for u, v in zip(toks[:k], toks[1 : k + 2], strict=False)):
        return None
    return toks[0].start if word_count(text, toks[0].start, b) >= 3 else None


def _coordinated_clause_end(text: str, a: int, b: int, lang: CompiledLanguage) -> int:
    """End of an infinitive or object report before a coordinated clause of the reporter's: "vowed to
    change it | and the clock is running out" (a coordinator, then a subject and its verb)."""
    toks = tokens(text, a, b)[:80]  # (bounded: a report's first words)
    for i in range(1, len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if t.key not in lang.data.coordinators or not t.text[:1].islower():
            continue
        if (nxt.key in lang.determiners or nxt.key in lang.pronouns) and _is_clause(text, nxt.start, b, lang):
            return rstrip_end(text, a, t.start, SPACE + ",")
    return b


def _quantity_object(text: str, a: int, b: int, lang: CompiledLanguage) -> int | None:
    """Start of the quantity a cue puts on something ("estimated annual cost savings of $25 million by
    2028"): a noun phrase right after the cue with a figure among its first words, and no clause (the
    clause is the that-less report: "estimated the deal was worth $2 billion")."""
    toks = tokens(text, a, min(b, a + 120))[:10]
    if len(toks) < 3 or not is_blank(text, a, toks[0].start):
        return None
    first = toks[0]
    if first.key in lang.pronouns or first.key in lang.data.prepositions or first.key in lang.cues:
        return None
    if not any(t.text[:1].isdigit() or t.key in lang.data.number_words for t in toks):
        return None
    if _is_clause(text, first.start, b, lang) and _has_finite_verb(text, first.start, b, lang):
        return None
    return first.start


def _takes_speech_act_report(text: str, c: Cue, b: int, lang: CompiledLanguage) -> bool:
    """Whether an object, infinitive or charge report follows cue `c` ("promised to …", "urged X to …",
    "accused X of …"): the constructions of Attributor._speech_act_report, asked before it runs."""
    data = lang.data
    if c.lemma in data.infinitive_lemmas:
        return _infinitive_report(text, c.end, b, lang) is not None
    if c.lemma in data.object_infinitive_lemmas:
        return _object_before(text, c.end, b, lang, data.infinitive_to) is not None
    prep = data.object_preposition_lemmas.get(c.lemma)
    return prep is not None and _object_before(text, c.end, b, lang, frozenset([prep])) is not None


def _infinitive_verb(t: Token, lang: CompiledLanguage) -> bool:
    """The verb after an infinitive "to": a lower-case word that is no article, pronoun or preposition
    ("urged residents to leave", not "spoke to the press")."""
    k = t.key
    return (
        t.text[:1].islower()
        and k not in lang.determiners
        and k not in lang.pronouns
        and k not in lang.data.prepositions
        and not t.text[:1].isdigit()
        and (k not in lang.function_words or k in lang.data.clause_verbs)
    )


def _skip_circumstance(text: str, a: int, b: int, lang: CompiledLanguage) -> int:
    """'said on Monday it would …', 'said in an email the update …': skip the time or channel."""
    toks = tokens(text, a, min(b, a + 80))[:6]
    if len(toks) >= 3 and (toks[0].key in lang.data.time_words or toks[0].key in lang.calendar_words):
        # "said yesterday the plan …", "said last week the plan …", "said Tuesday he was …"
        k = 1 if toks[0].key not in lang.data.time_openers else 2
        if (
            k < len(toks)
            and (
                toks[k].key in lang.pronouns
                or toks[k].key in lang.determiners
                or toks[k].key in lang.data.clause_openers  # "insisted afterwards there had been …"
            )
            and _is_clause(text, toks[k].start, b, lang)
        ):
            return toks[k].start
    if len(toks) < 3 or toks[0].key not in lang.data.prepositions:
        return a
    for k in range(1, min(len(toks) - 1, 5)):
        t, nxt = toks[k], toks[k + 1]
        if not _gap_ok(text, toks[k - 1].end, t.start):
            return a
        if t.key in lang.cues and t.key not in lang.title_words and toks[k - 1].key not in lang.determiners:
            return a
        if (nxt.key in lang.pronouns or nxt.key in lang.determiners) and _is_clause(text, nxt.start, b, lang):
            return nxt.start
    return a


def _gap_ok(text: str, a: int, b: int) -> bool:
    return text[a:b].strip(SPACE) in ("", "'s", "’s")


def _past_form(t: Token, lang: CompiledLanguage) -> bool:
    """A past-tense form: regular ("expected") or a common irregular one ("rose", "met")."""
    return bool(lang.data.past_suffixes) and (
        (t.key.endswith(lang.data.past_suffixes) and len(t.key) > 4) or t.key in lang.data.irregular_past
    )


def _contracted_subject(t: Token, lang: CompiledLanguage) -> bool:
    """A pronoun with its auxiliary contracted onto it ("it's", "they'll", "there's"): subject and verb."""
    k = t.key
    q = k.find("'")
    if q <= 0 or not lang.data.contracted_aux:
        return False
    base = k[:q]
    return k[q:] in lang.data.contracted_aux and (
        base in lang.pronouns
        or base in lang.data.clause_openers
        or base in lang.data.relative_pronouns
        or base == "that"
    )


def _clause_verb(t: Token, lang: CompiledLanguage) -> bool:
    """An auxiliary or modal, also contracted: "it's", "didn't", "won't" (a negation is "n't", no
    apostrophe first)."""
    k = t.key
    if k in lang.data.clause_verbs or _contracted_subject(t, lang):
        return True
    return any(k.endswith(suf) and len(k) > len(suf) + 1 for suf in lang.data.contracted_aux if suf[0] != "'")


def _has_finite_verb(text: str, a: int, b: int, lang: CompiledLanguage) -> bool:
    """A clear finite verb among a clause's first words: an auxiliary or modal (also contracted) or a
    past-tense form ("announced it would close", "denied he took"), not a plural noun's -s."""
    return any(_clause_verb(t, lang) or _past_form(t, lang) for t in tokens(text, a, min(b, a + 160))[:12])


def _is_clause(text: str, a: int, b: int, lang: CompiledLanguage) -> bool:
    n = word_count(text, a, b)
    if n < 3:
        return False
    toks = tokens(text, a, min(b, a + 400))
    if not toks:
        return False
    if _contracted_subject(toks[0], lang):
        return True  # "said it's a young squad", "says they'll appeal"
    if lang.data.verb_second:
        # any phrase may open a verb-second clause ("am Dienstag könne es …", "man stehe …", "fehlen
        # derzeit …"), but not a conjunction ("…, um zu", "…, als er …")
        first = toks[0]
        if first.key in lang.data.subordinators or first.key in lang.data.coordinators:
            return False
        if first.key in lang.data.adverbial_openers or (
            first.key in lang.data.relative_pronouns and first.key not in lang.determiners
        ):
            return False
        return any(_verbish_v2(t, lang) for t in toks[:12])
    if n == 3 and not (
        toks[1].key in lang.data.clause_verbs
        or toks[0].key in lang.pronouns
        # "the payments rose", "the talks collapsed": an article, a noun and a past verb
        or (len(toks) == 3 and toks[0].key in lang.determiners and _past_form(toks[2], lang))
    ):
        return False  # three words only as "bookings had halved", "she was fine"
    first = toks[0]
    if (
        first.key in lang.function_words
        and first.key not in lang.determiners
        and first.key not in lang.pronouns
        and first.key not in lang.data.clause_openers  # "said there was", "said no decision had"
    ):
        return False
    if (
        first.text[:1].islower()
        and first.key not in lang.determiners
        and first.key not in lang.pronouns
        and first.key not in lang.data.clause_openers
        and not first.text[:1].isdigit()
        # a bare plural or mass noun subject: "said investigators had traced …", "said gusts of up to
        # 90mph are possible"
        and not (
            len(toks) > 2 and first.key not in lang.cues and any(_clause_verb(t, lang) for t in toks[1:6])
        )
        # "said organisers expected a sell-out crowd": a past-tense verb right after the noun, or
        # after a few more lower-case words of its phrase ("said higher debt interest payments
        # accounted for most of it")
        and not (
            len(toks) > 3
            and first.key not in lang.cues
            and lang.data.past_suffixes
            and any(
                _past_form(toks[k], lang)
                and toks[k].key not in lang.cues
                and all(
                    t.text[:1].islower()
                    and (
                        t.key not in lang.function_words
                        or (j > 0 and t.key in lang.data.verb_adverbs)
                        # "said roads to the north of the valley remained impassable": a prepositional
                        # phrase inside the subject
                        or (j > 0 and (t.key in lang.data.prepositions or t.key in lang.determiners))
                    )
                    and _gap_ok(text, t.end, u.start)
                    for j, (t, u) in enumerate(zip(toks[:k], toks[1 : k + 1], strict=True))
                )
                for k in range(1, min(9, len(toks) - 1))
            )
        )
    ):
        return False
    if not lang.data.cased:
        return True
    if first.key in lang.pronouns and first.key not in lang.determiners and len(toks) > 2:
        # not an object pronoun and a noun phrase ("She wrote it the week he died"), but a subject:
        # "said she heard shouting at about 2am"
        return toks[1].key not in lang.determiners and toks[1].key not in lang.data.prepositions
    if any(t.key in lang.data.irregular_past for t in toks[1:]):
        return True  # "said the pair met at a gym"
    if lang.data.verb_second:
        # German nouns are capitalised, verbs not: a clause has a lower-case verb-like word
        # ("sagte, die Regierung werde …", "sagte, seine Mannschaft habe sich … verdient")
        return any(_verbish_v2(t, lang) for t in toks[1:])
    return any(
        m
        for m in _VERBISH_RE.finditer(text, toks[min(1, len(toks) - 1)].start, min(b, a + 400))
        if fold(m.group()) not in lang.function_words or fold(m.group()) in lang.data.clause_verbs
    )


def _v2_source_end(text: str, a: int, b: int, lang: CompiledLanguage) -> int | None:
    """Where the finite verb starts after a fronted source phrase in a verb-second language ("Laut
    Verbandspräsident X greift …"): the first lower-case word right after a capitalised one."""
    toks = tokens(text, a, min(b, a + 200), limit=16)
    for k in range(1, len(toks)):
        t, prev = toks[k], toks[k - 1]
        if not _is_cap(prev) and not prev.text[:1].isdigit():
            continue
        if t.text[:1].islower() and (t.key in lang.data.clause_verbs or t.key not in lang.function_words):
            return t.start
    return None


def _verbish_v2(t: Token, lang: CompiledLanguage) -> bool:
    """A lower-case word that may be a finite verb or participle in a verb-second language."""
    k = t.key
    if k in lang.data.clause_verbs:
        return True
    return (
        t.text[:1].islower()
        and k not in lang.function_words
        and len(k) > 2
        and k.endswith(("e", "en", "t", "n"))
    )


def _in_relative_clause(text: str, lo: int, cue_start: int, lang: CompiledLanguage) -> bool:
    """Is the cue the verb of a non-restrictive relative clause on the sentence's subject ("Jane Holt,
    who said …, voted …"), so that the main verb follows the clause? Not when the antecedent comes
    after a verb ("… was opposed by Jane Holt, who said …": the clause runs to the end)."""
    before = tokens(text, max(lo, cue_start - 200), cue_start)
    while before and before[-1].key in lang.cue_fillers:
        before.pop()
    if not (
        len(before) >= 2
        and before[-1].key in lang.data.relative_pronouns
        and before[-1].key not in lang.determiners
        and text[before[-2].end : before[-1].start].strip(SPACE) == ","
    ):
        return False
    return max(lo, cue_start - 200) == lo and not any(
        _finite_verb(t, lang) or t.key in lang.cues for t in before[:-1]
    )


def _coordinated_claim(text: str, start: int, end: int, lang: CompiledLanguage) -> int:
    """Where "y exigió que …" / "y ha reclamado que …" (coordinator, finite verb or auxiliary and
    participle, complementiser) starts a new claim inside [start, end); `end` when none does."""
    toks = tokens(text, start, end)
    n = len(toks)
    for i in range(n - 2):
        t = toks[i]
        if t.key not in lang.data.coordinators or not t.text[:1].islower():
            continue
        v = toks[i + 1]
        k = i + 2
        if v.key in lang.data.clause_verbs and i + 3 < n and toks[i + 2].text[:1].islower():
            k = i + 3  # "y ha reclamado que": the auxiliary, then the participle
        elif not _finite_verb(v, lang) or v.key in lang.data.clause_verbs:
            continue
        if k < n and lang.complementizer_re.fullmatch(toks[k].text):
            gap = text[t.end : toks[k].start]
            if not any(ch in gap for ch in ',.;:()«»“”"'):
                return rstrip_end(text, start, t.start)
    return end


def _finite_verb(t: Token, lang: CompiledLanguage) -> bool:
    return t.text[:1].islower() and (
        t.key in lang.data.clause_verbs
        or t.key in lang.data.irregular_past
        or bool(lang.data.past_suffixes and t.key.endswith(lang.data.past_suffixes) and len(t.key) > 4)
    )


def _relative_clause_end(text: str, a: int, b: int, lang: CompiledLanguage) -> int:
    """The comma closing a relative clause inside [a, b): the last one followed by a finite verb."""
    k = text.rfind(",", a, b)
    while k > a:
        nxt = tokens(text, k + 1, min(b, k + 30))[:1]
        if nxt and _finite_verb(nxt[0], lang):
            return k
        k = text.rfind(",", a, k)
    return b


def _content_tail(doc: Document, a: int, b: int, head: int = -1) -> int | None:
    """After a parenthetical 'she says', the reported sentence going on (', but revenue fell'): its start.
    With `head`, the start of the words before the parenthetical, a verbless head's verb ("The pipeline,
    he said, now holds …") and a subordinate head's main clause ("When her party was in power, she
    admitted in an interview, it built fewer homes") go on with it too."""
    text, lang = doc.text, doc.lang
    toks = tokens(text, a, min(b, a + 300))
    k = _parenthetical_circumstance(text, toks, lang)  # "…, she admitted in a radio interview, …"
    if k:
        a, toks = toks[k - 1].end, toks[k:]
    gap = text[a : toks[0].start].strip(SPACE) if toks else ""
    if len(toks) < 3 or gap[:1] != "," or gap[1:].strip(OPEN_QUOTES):
        return None
    if (
        toks[0].key not in lang.data.coordinators
        and toks[0].key not in lang.data.contrast_words
        and toks[0].key not in lang.data.clause_verbs  # "The plan, the minister said, would go ahead."
        # "It is a habit, she says, that her body never unlearned": a relative clause goes on
        and not (lang.data.word_order == "svo" and lang.complementizer_re.fullmatch(toks[0].text))
        and not (head >= 0 and _head_goes_on(doc, head, toks, lang))
    ):
        return None
    # (a cue of its own with words after it starts another report: ", she said, but he added that …";
    # a sentence-final one does not: "…, it built fewer homes than it promised")
    if any(t.key in lang.cues and t.key not in lang.title_words for t in toks[1:-2]):
        return None
    return toks[0].start


def _parenthetical_circumstance(text: str, toks: list[Token], lang: CompiledLanguage) -> int:
    """How many words of a circumstance ("in a radio interview last year", "on Tuesday") follow a
    parenthetical cue before its closing comma; 0 when none does."""
    if not toks or text[: toks[0].start].endswith(",") or not lang.data.cased:
        return 0
    t0 = toks[0]
    if t0.key not in lang.data.prepositions and t0.key not in lang.calendar_words:
        return 0
    for k, t in enumerate(toks[:9]):
        if k and (_finite_verb(t, lang) or t.key in lang.cues):
            return 0
        if text.startswith(",", t.end):
            return k + 1
    return 0


def _adverb_like(t: Token, lang: CompiledLanguage) -> bool:
    """'now', 'still', 'probably': an adverb before a verb (no preposition or subordinator)."""
    k = t.key
    return t.text[:1].islower() and (
        k.endswith("ly")
        or k in lang.data.time_words
        or (
            k in lang.adverbial_openers
            and k not in lang.data.prepositions
            and k not in lang.data.subordinators
            and not k.endswith("ing")
        )
    )


def _head_goes_on(doc: Document, head: int, toks: list[Token], lang: CompiledLanguage) -> bool:
    """The words after a parenthetical cue finish the sentence its head began: the head is a noun
    phrase and the tail opens on its verb (an adverb first allowed: "The pipeline, he said, now holds"),
    or the head is a subordinate clause and the tail a main clause ("When …, she said, it built …")."""
    text = doc.text
    if lang.data.word_order != "svo" or not lang.data.cased:
        return False
    htoks = tokens(text, head, toks[0].start)
    if not htoks:
        return False
    if htoks[0].key in lang.data.subordinators and htoks[0].key not in lang.data.coordinators:
        return _is_clause(text, toks[0].start, toks[-1].end, lang)
    comma = text.find(",", head)
    hwords = tokens(text, head, comma if comma >= 0 else toks[0].start)
    if not 1 <= len(hwords) <= 6 or any(_finite_verb(t, lang) or t.key in lang.cues for t in hwords):
        return False
    i = 0
    while i < len(toks) - 1 and _adverb_like(toks[i], lang):
        i += 1
    v = toks[i]
    return v.text[:1].islower() and (
        _finite_verb(v, lang)
        or (v.key.endswith("s") and not v.key.endswith("ss") and v.key not in lang.function_words)
        # after an adverb, the next content word is the verb: "The new towns, he said, still lack …"
        or (i > 0 and v.key.isalpha() and v.key not in lang.function_words and v.key not in lang.determiners)
    )


def _trailer_ok(doc: Document, a: int, b: int, lemma: str, head: int = -1) -> bool:
    """After a sentence-final "X said": nothing, or circumstances ("on Thursday", "in a statement")."""
    toks = tokens(doc.text, a, min(b, a + 200))
    if not toks:
        return True
    lang = doc.lang
    for i, t in enumerate(toks[:12]):
        if (
            t.key in lang.data.relative_pronouns
            and t.key not in lang.determiners
            and doc.text[toks[i - 1].end if i else a : t.start].strip(SPACE) == ","
            and any(c in lang.cues for c in (u.key for u in toks[i + 1 : i + 4]))
        ):
            # "…, anunció la ministra, Lucía Ferrer, quien afirmó que …": the relative clause is the
            # speaker's next report, not the reporter's circumstance; judge the words before it
            return i == 0 or _trailer_ok(doc, a, doc.text.rfind(",", a, t.start), lemma)
    if (
        doc.text[a : toks[0].start].strip(SPACE) == ","
        and len(toks) <= 14
        and not any(
            t.key in lang.data.complementizers or t.key in lang.data.clause_verbs or t.key in lang.cues
            for t in toks
        )
        and _content_tail(doc, a, b, head) is None
    ):
        return True  # an appositive: "…, said Jane Holt, the town's mayor."
    if (
        doc.text[a : toks[0].start].strip(SPACE) == ","
        and toks[0].key in lang.data.relative_pronouns
        and toks[0].key not in lang.determiners
        and not any(t.key in lang.data.complementizers or t.key in lang.cues for t in toks)
    ):
        return True  # "…, said one of the sources, who asked not to be named because the talks were private."
    if _content_tail(doc, a, b, head) is not None:
        return True  # "Numbers rose, she says, but revenue fell."
    suffix = lang.data.gerund_suffix
    if (
        suffix
        and doc.text[a : toks[0].start].strip(SPACE) == ","
        and toks[0].text[:1].islower()
        and toks[0].key.endswith(suffix)
        and len(toks[0].key) > len(suffix) + 2
    ):
        return True  # "…, the people said, asking not to be identified because …": about the speaker
    k = toks[0].key
    if k in doc.lang.determiners or k in doc.lang.pronouns:
        return False
    if (
        k in doc.lang.function_words
        or k in doc.lang.calendar_words
        or k in doc.lang.data.prepositions
        or k in doc.lang.data.phrase_stops  # "…, a-t-il ajouté devant les élus"
    ):
        return not any(t.key in doc.lang.data.complementizers for t in toks[:12])
    if lemma in ("tell", "say") and len(toks) <= 4:
        return True
    return _is_cap(toks[0]) and len(toks) <= 3


class Attributor:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.lang = doc.lang
        self.mention_memo: dict[tuple[int, int], Mention | None] = {}  # see _mention_for

    def run(self) -> list[Cand]:
        chain: list[Cand] = []
        for p in self.doc.paras:
            self._dialogue(p)
            chain = self._direct(p, chain)
            self._indirect(p)
            self._headline(p)
        self._interview()
        self._reported_mood_continuation()
        return self.doc.cands

    # ------------------------------------------------------------------ continuation by mood
    def _reported_mood_continuation(self) -> None:
        """'„…“, so Kreisbrandmeister Hartwig. Die Einsatzkräfte seien erschöpft. Unterstützung komme
        vom THW.': sentences in the mood of reported speech (`lang.data.reported_mood_forms`), or naming
        the source just quoted ("Der Pegel lag demnach bei 6,40 Metern"), with no cue of their own,
        right after a quotation, each report the same speaker (cue null). Refused: "Die Deiche sind
        stabil." (indicative), and a sentence in that mood that no quotation comes right before."""
        data = self.lang.data
        if not data.reported_mood_forms and not data.anaphoric_sources:
            return
        cands = sorted(self.doc.cands, key=lambda c: c.start)
        starts = [c.start for c in cands]
        made: list[Cand] = []
        chain: Cand | None = None  # the quotation the sentence just read belongs to
        for p in self.doc.paras:
            for s_start, s_end in p.sents:
                s_start = max(s_start, p.body_start)
                k = bisect.bisect_left(starts, s_end)
                # the quotations overlapping this sentence (starting before its end, ending after its start)
                inside = [c for c in cands[max(0, k - 8) : k] if c.end > s_start]
                if inside:
                    chain = max(inside, key=lambda c: c.end)
                    continue
                if chain is None:
                    continue
                opened = p.pairs_in(s_start - 2000, s_start + 1)
                if (
                    p.cues_in(s_start, s_end)
                    or any(q.open_pos <= s_start < q.outer_end for q in opened)
                    or not self._continues_report(p, s_start, s_end)
                ):
                    chain = None
                    continue
                a, b = _trim_content(self.text, s_start, s_end)
                if word_count(self.text, a, b) < 3:
                    chain = None
                    continue
                kind = self._kind_for(p, a, b)
                c = Cand(a, b, kind, f"{kind}:reported-mood-continuation", 0.6, p.index, link=chain)
                made.append(c)
                chain = c
        self.doc.cands.extend(made)

    def _continues_report(self, p: Para, a: int, b: int) -> bool:
        """Does text[a:b], outside its quotation marks, carry the mood of reported speech ("Man habe
        keine Wahl") or an adverb naming the source just quoted ("demnach")?"""
        data = self.lang.data
        text = self.text
        toks = tokens(text, a, b, 80)
        quoted = [(q.open_pos, q.outer_end) for q in p.pairs_in(a, b)]
        toks = [t for t in toks if not any(qa <= t.start < qb for qa, qb in quoted)]
        if any(t.key in data.reported_mood_blockers for t in toks):
            return False  # "ich habe": the indicative of the first person
        if data.reported_mood_idioms and any(
            " ".join(t.key for t in toks[i : i + n]) in data.reported_mood_idioms
            for i in range(len(toks))
            for n in (2, 3, 4)
        ):
            return False
        suffix, pronouns = data.reported_mood_suffix, data.reported_mood_pronouns
        for i, t in enumerate(toks):
            if t.key in data.anaphoric_sources:
                return True
            if not t.text[:1].islower():
                continue  # a verb in that mood never opens a statement: "Sorge bereitet …" is a noun
            if t.key in data.reported_mood_forms:
                return True
            if (
                suffix
                and len(t.key) > 3
                and t.key.endswith(suffix)
                and t.key not in self.lang.function_words
                and t.key not in data.stopwords
                and t.key not in data.time_words
                and (
                    (i > 0 and toks[i - 1].key in pronouns)
                    or (i + 1 < len(toks) and toks[i + 1].key in pronouns)
                )
            ):
                return True  # "Man beobachte …", "Derzeit prüfe man …"
        return False

    # ------------------------------------------------------------------ dialogue dashes
    def _dialogue(self, p: Para) -> None:
        """'—Tenemos margen —contestó la Presidenta—. Estamos preparados.': a paragraph opened by a
        dialogue dash is speech when a dash incise with a speech verb follows its first words."""
        text, lang = self.text, self.lang
        a = p.start
        while a < p.end and text[a] in SPACE:
            a += 1
        if a >= p.end or text[a] not in "—―" or lang.data.word_order != "svo" or p.pairs:
            return
        a += 1
        k = text.find("—", a, min(p.end, a + _MAX_CONTENT))
        if k < 0:
            return
        after = [c for c in p.cues_in(k + 1, min(p.end, k + 40)) if c.lemma != "according to"]
        if not after:
            return
        cue = after[0]
        if not all(t.key in lang.cue_fillers for t in tokens(text, k + 1, cue.start)):
            return  # "—dijo", "—le preguntó": only clitics between the dash and the verb
        s, e = strip_span(text, a, k, SPACE)
        if word_count(text, s, e) < 2:
            return
        m = _incise_subject(text, cue.end, p.end, lang)
        c = Cand(s, e, "direct", "direct:dialogue-dash", 0.85, p.index, mention=m, cue=cue, inherit=m is None)
        cue.used = True
        self.doc.cands.append(c)
        # the words after the incise: "—…—. Estamos preparados."
        k2 = text.find("—", cue.end, min(p.end, cue.end + 120))
        if k2 > 0:
            t0 = k2 + 1
            while t0 < p.end and text[t0] in SPACE + ".,;":
                t0 += 1
            s2, e2 = strip_span(text, t0, p.end, SPACE)
            if e2 > s2 and text[e2 - 1] == ".":
                e2 -= 1
            if word_count(text, s2, e2) >= 2:
                self.doc.cands.append(Cand(s2, e2, "direct", "direct:dialogue-dash", 0.85, p.index, link=c))

    # ------------------------------------------------------------------ Q&A interviews
    def _interview(self) -> None:
        """'Q: … / A: …' (or an answer paragraph with no label): answers are the interviewee's words."""
        text = self.text
        paras = self.doc.paras
        q_paras = [p for p in paras if _QUESTION_RE.match(text, p.start, p.end)]
        if len(q_paras) < 2:
            q_paras = self._unlabelled_questions()
        if len(q_paras) < 2:
            self._named_interview()
            return
        first_q = q_paras[0].start
        is_q = {p.index for p in q_paras}
        for p in paras:
            if p.index in is_q or p.index == 0 or (p.index - 1) not in is_q:
                continue
            m = _ANSWER_RE.match(text, p.start, p.end)
            label = None if m or not self.lang.data.cased else _SPEAKER_LABEL_RE.match(text, p.start, p.end)
            who = None
            if label is not None:
                # "FERRIS: I'm not going to give you a date": a transcript names who answers
                # (capitals throughout: classify would take it for an acronym)
                toks = tokens(text, label.start(1), label.end(1))
                words = [
                    t.text.strip(".")
                    for t in toks
                    if unelide(t.key, self.lang) not in self.lang.title_words
                    and t.key.strip(".") not in self.lang.honorifics
                ]
                if words and self.doc.registry.lookup(words) is not None:
                    who = Mention(
                        label.start(1), label.end(1), "name", text[label.start(1) : label.end(1)], words
                    )
            a = m.end() if m else label.end() if who is not None and label is not None else p.start
            if not m and text[a] in OPEN_QUOTES:
                continue
            a, b = strip_span(text, a, p.end, SPACE)
            if word_count(text, a, b) < 1:
                continue
            c = Cand(a, b, "direct", "direct:interview-answer", 0.97, p.index, interviewee=first_q)
            if who is not None:
                c.mention = who
            self.doc.cands.append(c)

    def _named_interview(self) -> None:
        """'SPIEGEL: … ? / Seidel: …': questions and answers labelled with the outlet's and the
        interviewee's names. Two labels take turns, each at least twice; the one whose paragraphs are
        questions is the interviewer's, the other one's paragraphs are the interviewee's words."""
        text, lang = self.text, self.lang
        labelled: list[tuple[Para, str, int, int]] = []
        for p in self.doc.paras:
            if text.find(":", p.start, min(p.end, p.start + 120)) < 0:
                continue  # no colon near its start: no label (a C search, not the regex, for most)
            m = _LABEL_RE.match(text, p.start, p.end)
            if m is None or p.pairs_in(p.start, m.end()):
                continue
            words = m.group(1).split()
            if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
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
            if word_count(text, a, b) < 1:
                continue
            if fold(label) in lang.data.interview_labels:
                # "Frage: … / Antwort: …": the person introduced before the first question
                first_q = min(q.start for q, lab, _, _ in labelled if lab == interviewer)
                c = Cand(a, b, "direct", "direct:interview-answer", 0.95, p.index, interviewee=first_q)
            else:
                ltoks = tokens(text, l0, l0 + len(label))
                mention = classify(text, ltoks, lang) or Mention(l0, l0 + len(label), "name", label, [label])
                c = Cand(a, b, "direct", "direct:interview-answer", 0.95, p.index, mention=mention)
            self.doc.cands.append(c)

    def _unlabelled_questions(self) -> list[Para]:
        """An interview whose question labels were lost (bold in print): from some paragraph on,
        paragraphs alternate between a question (ending with "?") and an answer without quotation
        marks, at least three times. A question paragraph may also trail off with "…"."""
        text, paras = self.text, self.doc.paras

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

    # ------------------------------------------------------------------ direct quotations
    def _direct(self, p: Para, chain: list[Cand]) -> list[Cand]:
        text, lang = self.text, self.lang
        new_chain: list[Cand] = []
        attributed_in_para: list[Cand] = []
        pending: list[Cand] = []
        for qi, q in enumerate(p.pairs):
            s_start, s_end = self.doc.sentence_of(p, q.open_pos)
            nwords = word_count(text, q.start, q.end)
            before = qi - 1
            while before >= 0 and qi - before <= 3 and self._is_name_like(p, p.pairs[before]):
                # "sagte der „Rheinischen Post“: „…“": a quoted name does not end the cue search
                before -= 1
            prev_out = p.pairs[before].outer_end if before >= 0 else s_start
            prev_end = max(s_start, prev_out, q.open_pos - _MAX_PRE)
            next_open = p.pairs[qi + 1].open_pos if qi + 1 < len(p.pairs) else p.end
            post_lo = q.outer_end
            post_hi = min(max(s_end, post_lo), next_open, post_lo + _MAX_POST)
            if q.closed and text[q.close_pos - 1 : q.close_pos] in ".?!" and post_lo < p.end:
                # "… end.” Next sentence" — a cue after a full stop belongs to the next sentence
                lead = text[post_lo:post_hi].lstrip(SPACE)
                if lead[:1].isupper() and not lang.cue_re.match(lead):
                    post_hi = post_lo
                if lang.data.demonstrative_reports:
                    # "„… zufrieden.“ Das sagte Bahnchef Richard Lutz am Montag.": the next sentence names
                    # the speaker of the quotation before it
                    nxt = tokens(text, post_lo, min(p.end, post_lo + 80), limit=2)
                    if (
                        len(nxt) == 2
                        and is_blank(text, post_lo, nxt[0].start)
                        and nxt[0].key in lang.data.demonstrative_reports
                        and lang.cue_re.match(text, nxt[1].start)
                    ):
                        _, next_end = self.doc.sentence_of(p, nxt[1].start)
                        post_lo, post_hi = nxt[0].end, min(next_end, next_open, nxt[0].end + _MAX_POST)
            pre_r = self._pre_cue(p, q, prev_end)
            if isinstance(pre_r, str):
                continue  # "clause": a quotation inside reported speech; the clause rule makes it mixed
            pre = pre_r
            post = self._post_cue(p, q, post_lo, post_hi) if q.closed else None
            att: tuple[Mention | None, Cue] | None = None
            rule = ""
            if pre and post:
                att, rule = (
                    (pre, "direct:X-said-quote")
                    if post[1].lemma == "report"
                    else (post, "direct:quote-X-said")
                )
            elif post:
                att, rule = post, "direct:quote-X-said"
            elif pre:
                att, rule = pre, "direct:X-said-quote"
            kind, start = "direct", q.start
            if att is None and chain and q.open_pos == p.start and chain[0].kind == "direct":
                # a quotation running over paragraphs (each reopened, none closed but the last) is one span
                head = chain[0]
                head.end = max(head.end, q.end)
                if not q.closed:
                    new_chain = chain
                elif head.inherit and head.link is None and head.mention is None:
                    pending.append(head)
                continue
            if att is None and chain and q.open_pos == p.start:
                c = Cand(q.start, q.end, "direct", "direct:multi-paragraph", 0.75, p.index, link=chain[0])
                self.doc.cands.append(c)
                if not q.closed:
                    new_chain = chain
                elif chain[0].mention is None and chain[0].link is None:
                    # nobody introduced the run of paragraphs: a continuing quotation
                    for ch in chain:
                        ch.link = c
                    c.link, c.inherit = None, True
                    pending.append(c)
                continue
            if att is None and q.open_pos == p.start:
                att = self._colon_intro(p)
                rule = "direct:X-said:-paragraph"
                subj = self._colon_subject(p) if att is None else None
                if subj is not None:
                    # "A reader, Gwen, has sent us this:" then a quoted paragraph: the subject wrote it
                    c = Cand(q.start, q.end, "direct", "direct:X-colon-paragraph", 0.7, p.index, mention=subj)
                    self.doc.cands.append(c)
                    attributed_in_para.append(c)
                    for ch in chain:
                        ch.link = c
                    chain = []
                    if not q.closed:
                        new_chain = [c]
                    continue
            if att is not None:
                mention, cue = att
                cue.used = True
                if post and not pre:  # the quotation's attribution comes after it
                    prefix_a = max(s_start, p.body_start) if s_start <= p.body_start else s_start
                    if qi == 0 or p.pairs[qi - 1].outer_end <= prefix_a:
                        a, b = strip_span(text, prefix_a, q.open_pos)
                        if (
                            b > a
                            and sum(1 for t in tokens(text, a, min(b, a + 200)) if not t.text[:1].isdigit())
                            >= 2
                            and text[b - 1] not in ",:"
                            and not p.cues_in(a, b)
                        ):
                            kind, start, rule = "mixed", a, "mixed:fragment-quote-X-said"
                elif pre and not post and q.closed:
                    head = self._parenthetical_head(s_start, mention, cue, q)
                    if head is not None:
                        # 'The plan, he said, "solves a problem we don't have."': one mixed quote
                        kind, start, rule = "mixed", head, "mixed:parenthetical-quote"
                conf = 0.95 if mention and mention.kind == "name" else 0.85 if mention else 0.6
                c = Cand(start, q.end, kind, rule, conf, p.index, mention=mention, cue=cue)
                if mention is None:
                    c.inherit = True
                self.doc.cands.append(c)
                attributed_in_para.append(c)
                for pc in pending:
                    if pc.link is None and pc.rule.startswith("direct:continuation-same-paragraph"):
                        pc.link = c
                if not q.closed:
                    new_chain = [c]
                for ch in chain:
                    ch.link = c
                chain = []
                self._and_that(p, q, c, post_hi)
                continue
            signed = self._dash_signature(p, q) if q.closed else None
            if signed is not None:
                # '“The door to diplomacy remains open.” — Antonio Guterres, UN Secretary-General'
                c = Cand(q.start, q.end, "direct", "direct:quote-dash-X", 0.8, p.index, mention=signed)
                self.doc.cands.append(c)
                attributed_in_para.append(c)
                continue
            named = self._colon_speaker(max(s_start, p.start), q.open_pos) if q.closed else None
            if named is not None:
                # 'Marc-Antoine Delorme : « … »', 'Union leader Jo Hart: “…”': a name and a colon
                c = Cand(q.start, q.end, "direct", "direct:X-colon-quote", 0.8, p.index, mention=named)
                self.doc.cands.append(c)
                attributed_in_para.append(c)
                continue
            if q.open_pos in self.doc.incise_tails:
                prev = self.doc.cands[-1] if self.doc.cands else None
                if prev is not None and prev.para == p.index and prev.end <= q.start:
                    c = Cand(q.start, q.end, "direct", "direct:after-incise", 0.8, p.index, link=prev)
                    self.doc.cands.append(c)
                    if not q.closed:
                        new_chain = [c]
                    continue
            # no cue: a continuing quotation, a title or a scare quote
            at_start = is_blank(text, s_start, q.open_pos, SPACE + "—–-") or q.open_pos <= p.body_start
            # '“The scheme works,” says Shah. “Numbers are up.”': a short sentence after an attributed quote
            short_ok = nwords >= 2 and at_start and bool(attributed_in_para) and text[q.end - 1] in ".!?"
            if (nwords < 4 and not short_ok) or self._is_name_like(p, q):
                continue
            if not at_start and nwords < 8:
                continue
            subj = None if at_start else self._sentence_subject(max(s_start, p.body_start), q.open_pos)
            if subj is not None and subj.kind == "name":
                # 'Chief executive Linda Park blamed “a perfect storm of …”': no speech verb, but the
                # sentence's named subject is who is quoted
                c = Cand(q.start, q.end, "direct", "direct:subject-verb-quote", 0.6, p.index, mention=subj)
                self.doc.cands.append(c)
                attributed_in_para.append(c)
                if not q.closed:
                    new_chain = [c]
                continue
            c = Cand(q.start, q.end, "direct", "direct:continuation", 0.6, p.index, inherit=True)
            self.doc.cands.append(c)
            self._and_that(p, q, c, post_hi)
            if not q.closed:
                new_chain = [c]
            pending.append(c)
        # a cue-less quotation before an attributed one in the same paragraph takes its speaker
        for pc in pending:
            if pc.inherit and pc.link is None:
                later = [a for a in attributed_in_para if a.start > pc.start]
                if later and self._colon_introduced(later[0]):
                    # "„…“, so P. „…“ Ein Sprecher wies das zurück: „…“": the next speaker answers,
                    # so the cue-less quotation goes on with the one before it
                    later = []
                if later:
                    pc.link, pc.inherit = later[0], False
                    pc.rule = "direct:continuation-same-paragraph"
        return new_chain

    def _parenthetical_head(
        self, s_start: int, mention: Mention | None, cue: Cue, q: QuotePair
    ) -> int | None:
        """'The plan, he said, "solves a problem we don't have."': a noun phrase opens the sentence, a
        parenthetical cue follows it between commas, and the quotation is its predicate: where the
        mixed quote starts (None when the sentence is not built so)."""
        text = self.text
        if mention is None or mention.start < cue.end and cue.start < mention.start:
            return None
        left = self._attribution_left(s_start, min(mention.start, cue.start))
        a = strip_span(text, s_start, left)[0]
        if a >= left or not text.endswith(",", a, rstrip_end(text, a, left)):
            return None
        if text[cue.end : q.open_pos].strip(SPACE) != ",":
            return None
        toks = tokens(text, q.start, q.end)
        return a if toks and _head_goes_on(self.doc, a, toks, self.lang) else None

    def _colon_subject(self, p: Para) -> Mention | None:
        """The subject of a sentence with no speech verb that ends the previous paragraph on a colon."""
        if p.index == 0:
            return None
        prev = self.doc.paras[p.index - 1]
        if self.text[prev.end - 1] != ":" or prev.cues or prev.pairs:
            return None
        s_start, _ = self.doc.sentence_of(prev, prev.end - 1)
        m = self._sentence_subject(s_start, prev.end)
        return m if m is not None and m.kind in ("name", "descriptor") else None

    def _colon_speaker(self, a: int, b: int) -> Mention | None:
        """The speaker of a quotation introduced by nothing but a name and a colon ("X : « … »")."""
        text, lang = self.text, self.lang
        end = rstrip_end(text, a, b)
        if end <= a or text[end - 1] != ":":
            return None
        a = self._after_entry_stamp(a, end - 1)
        toks = tokens(text, a, end - 1)
        comma = text.find(",", a, end - 1)
        age = _COLON_AGE_RE.search(text, a, end)
        if age is not None and age.start() > a:
            # "Supporter Nancy Lyle, 66: “…”": the age after the name
            end = age.start() + 1
            comma = -1
        if comma > a and 1 <= len(toks) <= 12:
            # "Olmedo, sobre el adelanto electoral: «…»": a name, then the topic after a preposition
            topic = tokens(text, comma + 1, end - 1)
            if topic and topic[0].key in lang.data.prepositions and text.find(",", comma + 1, end - 1) < 0:
                toks = tokens(text, a, comma)
                end = comma + 1
                if (
                    1 <= len(toks) <= 6
                    and _is_cap(toks[-1])
                    and not any(ch in text[a:comma] for ch in ';:!?()«»“”"')
                ):
                    # "Olmedo, sobre …", "Campaign manager Rob Ferris, on the early numbers: …"
                    m = classify(text, toks, lang)
                    return m if m is not None and m.kind == "name" else None
                return None
        stop = end - 1
        if lang.data.verb_second and _AGE_ASIDE_RE.search(text, a, stop):
            stop = _AGE_ASIDE_RE.search(text, a, stop).start()  # type: ignore[union-attr]  # "Kranz (45):"
        toks = tokens(text, a, stop)
        if not 1 <= len(toks) <= 6 or any(ch in text[a:stop] for ch in '.,;:!?()«»“”"'):
            return None
        m = classify(text, toks, lang)
        if m is None or m.kind == "pronoun":
            return None
        if m.kind == "name" and not lang.data.cased:
            # without capitals any phrase looks like a name: "बेंगलुरु जल संकट: '…'" is a topic; only a
            # person the text names elsewhere (found after a title) speaks here
            ent = self.doc.registry.lookup(m.name_tokens)
            if ent is not None and ent.is_person:
                return m
            # "हाईकोर्ट की सख्त टिप्पणी: '…'": a speaker noun or title inside the label speaks
            for t in toks:
                if _head_key(t, lang) is not None:
                    return classify(text, [t], lang)
            return None
        if m.kind == "name" or (m.kind == "descriptor" and _head_key(toks[-1], lang) is not None):
            return m
        return None

    def _after_entry_stamp(self, a: int, b: int) -> int:
        """After a live blog's time stamp or a dateline that ends on a dash ("11:52 p.m. — Mayor-elect
        Vivian Chen: “…”"): where the label itself starts; `a` when there is none."""
        m = _ENTRY_STAMP_RE.match(self.text, a, b)
        return m.end() if m is not None else a

    def _is_title_case(self, q: QuotePair) -> bool:
        """“Stay Home, Save Lives”, “Harbouring Doubts”: a title or slogan, not quoted words."""
        toks = tokens(self.text, q.start, q.end)
        return bool(
            self.lang.data.cased
            and toks
            and all(_is_cap(t) or t.key in self.lang.function_words for t in toks)
            and _is_cap(toks[0])
        )

    def _is_name_like(self, p: Para, q: QuotePair) -> bool:
        """Book titles, event names, "so-called" terms: quoted names, not speech."""
        text, lang = self.text, self.lang
        before = tokens(text, max(p.start, q.open_pos - 40), q.open_pos)
        if before and text[before[-1].end : q.open_pos].strip(SPACE) == "":
            k = before[-1].key
            if (
                k in lang.naming_words
                or k in lang.determiners
                or k in lang.data.prepositions
                or (_possessive(before[-1]))
            ):
                return True
        toks = tokens(text, q.start, q.end)
        if lang.data.cased and toks:
            caps = sum(1 for t in toks if _is_cap(t) or t.key in lang.function_words)
            if caps == len(toks) and text[q.end - 1] not in ".,!?" and len(toks) <= 12:
                return True
        return False

    def _pre_cue(self, p: Para, q: QuotePair, lo: int) -> tuple[Mention | None, Cue] | str | None:
        text, lang = self.text, self.lang
        cands = [c for c in p.cues_in(lo, q.open_pos) if c.end <= q.open_pos and c.lemma != "according to"]
        if not cands:
            return None
        cue = cands[-1]
        if cue.lemma in lang.data.construction_cues:
            return None  # 'The feature, called "Catch Me Up"': a name (its report is _naming_report's)
        between = text[cue.end : q.open_pos]
        tail = between.rstrip(SPACE)
        btoks = tokens(text, cue.end, q.open_pos)
        if any(lang.complementizer_re.fullmatch(t.text) for t in btoks[-3:]):
            return "clause"
        if btoks and _infinitive_after(text, cue.end, q.open_pos + 1, lang) is not None:
            return (
                "clause"  # "Il dit comprendre les chauffeurs, « mais … »": the quotation is inside a report
            )
        if cue.key in lang.continuation_forms:
            if btoks or tail != ":" or lang.data.word_order != "svo":
                return None
            # "…, adding: “…”", "… — insisting: ‘…’": the participle's subject is the sentence's
            s_start, _ = self.doc.sentence_of(p, cue.start)
            subject = self._sentence_subject(s_start, cue.start)
            return (subject, cue) if subject is not None else None
        described = (
            0 < len(btoks) <= 4
            and cue.lemma == "describe"
            and fold(text[btoks[-1].start : q.open_pos].strip(SPACE)) in lang.data.description_markers
        )  # 'un projet qu'il a qualifié d'« effort partagé »': the quoted words are the complement
        # a hyphen typed for a dash: Hindi headlines "पूजा बोलीं- ‘…’"
        plain = tail == "" or tail.endswith((":", ",", "—", "–", "-")) and len(btoks) <= 20
        if not described and not plain:
            return None
        if any(ch in between for ch in ".;!?"):
            return None
        mention = self._mention_for(p, cue, lo)
        if mention is None and lang.data.word_order == "svo":
            mention = subject_after(text, cue.end, q.open_pos, lang)
        return mention, cue

    def _post_cue(self, p: Para, q: QuotePair, lo: int, hi: int) -> tuple[Mention | None, Cue] | None:
        text, lang = self.text, self.lang
        a = lo
        while a < hi and text[a] in SPACE + ",—–-":
            a += 1
        cands = [
            c
            for c in p.cues_in(a, hi)[:3]
            if c.lemma != "according to" and c.lemma not in lang.data.construction_cues
        ]
        if not cands:
            return None
        for c in cands:
            if c.key in lang.continuation_forms:
                quoted = self._quoted_as(a, c)  # '“…,” the state news agency quoted X as saying'
                if quoted is not None:
                    return quoted, c
        cue = cands[0]
        if cue.key in lang.continuation_forms:
            return None
        if self._introduces_next_quote(p, cue):
            return None  # "„…“ Ein Sprecher wies das zurück: „…“": the cue belongs to the quotation after it
        if cue.key in lang.inverted:
            if cue.start == a:
                return self._pronoun_from_cue(cue), cue
            return None
        if cue.start == a:
            if lang.data.word_order == "sov":
                return None
            if cue.key in lang.data.impersonal_cues:
                # "„…“, heißt es in einer Mitteilung der Deutschen Bahn": the source after a preposition
                after = tokens(text, cue.end, min(hi, cue.end + 120), limit=10)
                if len(after) >= 2 and after[0].key in lang.data.prepositions:
                    np = [t for t in after[1:] if t.key not in lang.cue_fillers]
                    m = classify(text, np, lang) if np else None
                    return (m, cue) if m else None
                return None
            m = subject_after(text, cue.end, hi, lang) or plain_subject_after(text, cue.end, hi, lang)
            if m is None:
                # "…, a expliqué à l'AFP sa porte-parole", "…, said to reporters the minister"
                after = tokens(text, cue.end, min(hi, cue.end + 60))[:5]
                if after and after[0].key in lang.data.hearer_markers:
                    for k in range(1, len(after)):
                        m = subject_after(text, after[k].start, hi, lang)
                        if m is not None and m.kind in ("name", "descriptor"):
                            break
                        m = None
            return (m, cue) if m else None
        m = appositive_subject(text, a, cue.start, lang)
        if m is not None and any(t.key in lang.data.subordinators for t in tokens(text, a, m.start)):
            return None  # 'warned of “dangerous consequences” if the escalation continued'
        if m is not None and (m.start - a <= 3 or word_count(text, a, cue.start) <= 14):
            return m, cue  # "“…,” Smith’s lawyer, Ann Vance, told reporters
        if word_count(text, a, cue.start) > 12:
            return None
        m = subject_before(text, a, cue.start, lang)
        if m is None or any(t.key in lang.data.subordinators for t in tokens(text, a, m.start)):
            return None
        if lang.data.word_order == "svo" and m.start - a > 3:
            # '“…,” press secretary Karine Jean-Pierre said': only title words may come before the phrase
            lead = tokens(text, a, m.start)
            if not lead or len(lead) > 3 or not all(t.key in lang.title_words for t in lead):
                return None
        return m, cue

    def _colon_introduced(self, c: Cand) -> bool:
        """Was quotation `c` introduced by its cue and a colon before it ("X wies das zurück: „…“")?"""
        cue = c.cue
        if cue is None or cue.end > c.start:
            return False
        gap = self.text[cue.end : c.start]
        return ":" in gap and len(gap) < 60

    def _introduces_next_quote(self, p: Para, cue: Cue) -> bool:
        """Does a colon and an opening quotation mark follow `cue` within a few words ("wies das
        zurück: „…“")?"""
        text = self.text
        colon = text.find(":", cue.end, min(p.end, cue.end + 60))
        if colon < 0 or any(ch in text[cue.end : colon] for ch in ".!?“”„\"«»"):
            return False
        nxt = p.pairs_in(colon, colon + 4)
        return bool(nxt) and is_blank(text, colon + 1, nxt[0].open_pos)

    def _quoted_as(self, lo: int, cue: Cue) -> Mention | None:
        """'The agency quoted Houthi official Mohammed al-Bukhaiti as saying …': the words are the
        quoted person's, not the quoting agency's."""
        lang = self.lang
        if not lang.data.quoting_as:
            return None
        before = tokens(self.text, max(lo, cue.start - 160), cue.start)[-12:]
        if len(before) < 3 or before[-1].key != lang.data.quoting_as:
            return None
        for k in range(len(before) - 2, 0, -1):
            if before[k - 1].key in lang.data.quoting_verbs:
                return classify(self.text, before[k:-1], lang)
        return None

    def _dash_signature(self, p: Para, q: QuotePair) -> Mention | None:
        """A quotation that opens its paragraph and is signed after a dash: '“…” — Name, title'."""
        text = self.text
        if not is_blank(text, p.body_start, q.open_pos) or p.end - q.outer_end > 160:
            return None
        a = q.outer_end
        while a < p.end and text[a] in SPACE:
            a += 1
        if a >= p.end or text[a] not in "—–―-" or text[a] == "-" and text[a + 1 : a + 2] not in SPACE:
            return None
        a += 1
        end = text.find(",", a, p.end)
        toks = tokens(text, a, end if end >= 0 else p.end)
        if not toks or len(toks) > 6 or any(ch in text[a : toks[-1].end] for ch in ".!?;:“”\"«»"):
            return None
        m = classify(text, toks, self.lang)
        return m if m is not None and m.kind in ("name", "descriptor", "org") else None

    def _impersonal_source(self, p: Para, cue: Cue) -> Mention | None:
        """"…, a-t-on appris de source diplomatique", "indique-t-on à Matignon", "assure-t-on dans
        l'entourage du ministre": the impersonal pronoun's source is the phrase after the cue."""
        text, data = self.text, self.lang.data
        toks = tokens(text, cue.end, min(p.end, cue.end + 80), 4)
        k = 0
        while (
            k < len(toks)
            and k < 3
            and (
                toks[k].key in data.prepositions
                or toks[k].key in data.hearer_markers
                or toks[k].key in data.phrase_stops
            )
        ):
            k += 1
        if k == 0 or k >= len(toks) or not is_blank(text, cue.end, toks[0].start):
            return None
        m = subject_after(text, toks[k].start, min(p.end, toks[k].start + 120), self.lang)
        return m if m is not None and m.kind in ("descriptor", "org", "name") else None

    def _pronoun_from_cue(self, cue: Cue) -> Mention:
        pron = self.lang.inverted[cue.key]
        k = self.text.lower().find(pron, cue.start, cue.end) if False else self._find_word(cue, pron)
        g = self.lang.pronouns.get(pron, "?")
        if self.lang.data.plural_cue_forms and cue.key.split(" ")[0] in self.lang.data.plural_cue_forms:
            g = "p"  # "„…“, sagten sie"
        return Mention(k, k + len(pron), "pronoun", pron, gender=g, plural=g == "p")

    def _find_word(self, cue: Cue, word: str) -> int:
        seg = self.text[cue.start : cue.end].casefold()
        k = seg.find("-" + word)
        if k < 0:
            k = seg.find(" " + word)  # "fügte er hinzu", "sagte sie"
        return cue.start + (k + 1 if k >= 0 else 0)

    def _mention_for(self, p: Para, cue: Cue, lo: int) -> Mention | None:
        """The speaker phrase of `cue` after `lo`, memoised: a sentence's last cue is asked once for the
        trailing attribution and again for its own clause, usually with the same bound."""
        key = (cue.start, lo)
        memo = self.mention_memo
        if key in memo:
            return memo[key]
        found = memo[key] = self._mention_for_uncached(p, cue, lo)
        return found

    def _mention_for_uncached(self, p: Para, cue: Cue, lo: int) -> Mention | None:
        if cue.key in self.lang.inverted:
            if self.lang.inverted[cue.key] in self.lang.data.impersonal_pronouns:
                src = self._impersonal_source(p, cue)
                if src is not None:
                    return src
            return self._pronoun_from_cue(cue)
        data = self.lang.data
        if data.word_order == "sov":
            gen = data.genitive_subject_cues.get(cue.key)
            if gen:  # "सिंह का कहना है कि", a headline's "पुलिस का दावा- …"
                toks = tokens(self.text, max(lo, cue.start - 120), cue.start)
                if toks and toks[-1].key in gen:
                    return _subject_sov(self.text, toks, self.lang, gen)
            if cue.key in data.unmarked_subject_cues:  # "कप्तान बोले"
                return _subject_sov(
                    self.text, tokens(self.text, max(lo, cue.start - 120), cue.start), self.lang, ()
                )
        if data.passive_aux:
            prev = tokens(self.text, max(lo, cue.start - 24), cue.start)[-1:]
            if prev and prev[0].key in data.passive_aux and is_blank(self.text, prev[0].end, cue.start):
                # "had been told by Ward: …": the agent speaks, not the subject
                nxt = tokens(self.text, cue.end, min(len(self.text), cue.end + 120))[:2]
                if len(nxt) == 2 and nxt[0].key == data.passive_agent:
                    return subject_after(
                        self.text, nxt[1].start, min(len(self.text), nxt[1].start + 100), self.lang
                    )
                return None
        if data.perfect_aux:
            m = self._perfect_subject(cue, lo)
            if m is not None:
                return m
        m = self._relative_antecedent(cue, self.doc.sentence_of(p, cue.start)[0])
        if m is None:
            m = appositive_subject(self.text, lo, cue.start, self.lang)
        if m is None:
            m = subject_before(self.text, lo, cue.start, self.lang)
            if m is not None and data.verb_second and "," in self.text[m.end : cue.start]:
                # "Die Regierung werde die Lage beobachten, sagte X": a comma never parts a verb-second
                # cue from its subject; the subject follows the cue
                m = None
        if (
            m is not None
            and m.kind == "pronoun"
            and data.plural_cue_forms
            and cue.key.split(" ")[0] in data.plural_cue_forms
            and is_blank(self.text, m.end, cue.start)
        ):
            # "Sie sagen, …": the verb is plural, so "sie" is "they"
            m = Mention(m.start, m.end, "pronoun", m.text, gender="p", plural=True)
        return m

    def _relative_antecedent(self, cue: Cue, lo: int) -> Mention | None:
        """'…, la ministra para la Transición Ecológica, Lucía Ferrer, quien afirmó que …': the subject of
        a cue opened by a relative pronoun after a comma is the appositive chain before that comma."""
        text, lang = self.text, self.lang
        prev = tokens(text, max(lo, cue.start - 40), cue.start)[-1:]
        if (
            not prev
            or prev[0].key not in lang.data.relative_pronouns
            or prev[0].key in lang.determiners
            or not is_blank(text, prev[0].end, cue.start)
            or not text.endswith(",", lo, rstrip_end(text, lo, prev[0].start))
        ):
            return None
        m = appositive_subject(text, lo, prev[0].start, lang)
        return m if m is not None and m.kind == "name" else None

    def _perfect_subject(self, cue: Cue, lo: int) -> Mention | None:
        """'Die Oberstaatsanwältin hatte in ihrem Plädoyer erklärt, …': in a verb-second clause the
        subject of a participle cue stands before the auxiliary (or right after it), not before the cue."""
        text, lang = self.text, self.lang
        if " " in cue.key and cue.key.split(" ")[0] in lang.data.perfect_aux:
            return None  # "hat gesagt": the auxiliary is part of the cue, the subject comes before it
        s_start = max(lo, cue.start - 240)
        toks = tokens(text, s_start, cue.start)
        for k in range(len(toks) - 1, 0, -1):
            t = toks[k]
            if t.key not in lang.data.perfect_aux:
                continue
            if k == len(toks) - 1:
                return None  # right before the cue: the normal search finds the subject
            if any(ch in text[t.end : cue.start] for ch in ',;:“”"«»„'):
                return None
            m = subject_before(text, s_start, t.start, lang)
            if m is not None and m.start >= s_start:
                return m
            return subject_after(text, t.end, cue.start, lang)
        return None

    def _colon_intro(self, p: Para) -> tuple[Mention | None, Cue] | None:
        """A quotation paragraph introduced by the previous one ending "…, the ministry said:"."""
        if p.index == 0:
            return None
        prev = self.doc.paras[p.index - 1]
        if self.text[prev.end - 1] != ":" or not prev.cues:
            return None
        cue = [c for c in prev.cues if c.lemma != "according to"][-1:]
        if not cue:
            return None
        s_start, _ = self.doc.sentence_of(prev, cue[0].start)
        m = self._mention_for(prev, cue[0], s_start) or subject_after(
            self.text, cue[0].end, prev.end, self.lang
        )
        return (m, cue[0]) if m else None

    def _and_that(self, p: Para, q: QuotePair, c: Cand, hi: int) -> None:
        """'“…,” and that such a meeting should …' continues the quoted speaker in reported speech."""
        text, lang = self.text, self.lang
        toks = tokens(text, q.outer_end, min(p.end, q.outer_end + 40))
        if (
            len(toks) >= 2
            and toks[0].key in lang.data.coordinators
            and lang.complementizer_re.fullmatch(toks[1].text)
        ):
            _, s_end = self.doc.sentence_of(p, toks[1].end)
            end, _ = _clause_end(self.doc, p, toks[1].end, s_end)
            a, b = _trim_content(text, toks[1].end, end)
            if word_count(text, a, b) >= 3:
                self.doc.cands.append(
                    Cand(a, b, "indirect", "indirect:and-that-after-quote", 0.7, p.index, link=c)
                )

    # ------------------------------------------------------------------ reported speech
    def _indirect(self, p: Para) -> None:
        text, lang = self.text, self.lang
        last_in_sentence: dict[int, Cand] = {}
        trailing: dict[int, int] = {}
        fronted: list[tuple[Cand, int]] = []
        for cue in p.cues:
            s_start, s_end = self.doc.sentence_of(p, cue.start)
            if cue.lemma == "according to":
                self._according(p, cue, s_start, s_end)
                continue
            comp = (
                None
                if cue.lemma in lang.data.construction_cues
                else _complementizer_after(self.doc, p, cue, s_end)
            )
            if comp is not None and self._nested_in_report(last_in_sentence.get(s_start), cue):
                continue  # "said the plan had failed and that officials had warned that …": nested
            if s_start not in trailing:
                trailing[s_start] = self._trailing_attribution(p, s_start, s_end)
            if comp is None and trailing[s_start] > cue.start:
                continue  # "Calder believes the votes are there, one of the aides said."
            if cue.used and comp is None:
                continue
            prev = last_in_sentence.get(s_start)
            lo = max(s_start, prev.end if prev else s_start, cue.start - _MAX_PRE)
            for q in p.pairs_in(lo - _MAX_POST, cue.start):
                # (a quoted title inside the subject's appositive does not end the subject's search:
                # 'Miriam Castell, whose book "The Disconnected Life" sold …, argues that …')
                if lo < q.outer_end <= cue.start and not self._is_name_like(p, q):
                    lo = q.outer_end
            mention = self._mention_for(p, cue, lo)
            if (
                mention is not None
                and mention.kind == "pronoun"
                and fold(mention.text) in lang.data.first_person
            ):
                continue  # the writer's own "I said", "I think": no quotation of the article's
            quoted_as = self._quoted_as(lo, cue) if cue.key in lang.continuation_forms else None
            if quoted_as is not None:
                mention = quoted_as  # "The statement quoted Sisi as saying that …"
            elif (
                mention is not None
                and prev is None
                and cue.key in lang.continuation_forms
                and lang.data.word_order == "svo"
                and mention.start > s_start
                and text.endswith(",", mention.end, rstrip_end(text, mention.end, cue.start))
            ):
                # "The Kremlin rejected the plan, saying it …": the phrase before the comma is the
                # object of the main verb; the participle's subject is the sentence's
                mention = None
            if (
                mention is not None
                and comp is None
                and not cue.used
                and self._inverted_after_comma(p, cue, s_start, s_end)
            ):
                continue  # "Investigators believe it started near a rail line, said Capt. Ron Adebayo."
            if (
                mention is not None
                and comp is None  # "ने मांग की कि …" is the clause rule's
                and cue.key in lang.data.nominal_report_cues
                and not cue.used
            ):
                nominal = self._nominal_infinitive_report(p, cue, mention)
                if nominal is not None:
                    cue.used = True
                    self.doc.cands.append(nominal)
                    last_in_sentence[s_start] = nominal
                continue
            if lang.data.verb_second and not cue.used:
                v2 = self._verb_second_report(p, cue, mention, s_start, s_end)
                if v2 is not None:
                    cue.used = True
                    self.doc.cands.append(v2)
                    last_in_sentence[s_start] = v2
                    continue
            link = None
            inherit = False
            by_cue = self._cue_before(p, cue) if cue.key in lang.continuation_forms else None
            if by_cue is None and mention is None and lang.data.source_openers:
                mention = self._source_opener(s_start, cue.start)
            if by_cue is not None:
                # "…, he said, adding that …": the participle goes on with the cue right before it
                mention, link = None, by_cue
            elif mention is None:
                before = tokens(text, lo, cue.start)
                while before and before[-1].key in lang.cue_fillers:
                    before.pop()
                continuing = cue.key in lang.continuation_forms or (
                    before and before[-1].key in lang.data.coordinators
                )
                to_inf = bool(before) and before[-1].key in lang.data.infinitive_to
                if (continuing or to_inf) and prev is None and lang.data.word_order == "svo":
                    # "X, the envoy, declined to comment but said …", "X has emailed to say …"
                    mention = self._sentence_subject(s_start, cue.start, bool(continuing) and not to_inf)
                if mention is not None:
                    pass
                elif continuing and prev is not None:
                    link = prev
                elif (
                    lang.data.pro_drop
                    and comp is not None
                    and prev is None
                    and self._opens_sentence(s_start, cue.start)
                ):
                    inherit = True  # "Añadió que …": the subject is the last speaker
                elif lang.data.word_order == "sov" and comp is not None:
                    link = prev  # Hindi drops a repeated subject: "… और ज़ोर देकर कहा कि …"
                elif lang.data.word_order == "svo" and comp is None:
                    inv = subject_after(text, cue.end, s_end, lang)
                    if inv is not None and self._content_before(p, cue, inv, s_start, s_end, inverted=True):
                        continue
                    continue
                elif not continuing:
                    continue
            if comp is not None:
                end, _ = _clause_end(self.doc, p, comp, s_end)
                a, b = _trim_content(text, comp, end)
                if word_count(text, a, b) < 2:
                    continue
                kind, rule = self._kind_for(p, a, b), "indirect:X-said-that"
                whole = [q for q in p.pairs_in(a - 2, a + 2) if q.open_pos <= a + 1 and q.outer_end >= b - 1]
                if whole and whole[0].closed:
                    # "ने कहा कि “हम हर गांव तक पहुंचेंगे।”": the whole clause is quoted, so direct
                    kind, rule, a, b = "direct", "direct:X-said-that-quote", whole[0].start, whole[0].end
                elif kind == "mixed":
                    b = self._mixed_end(p, a, b)
                conf = 0.85
                second = self._and_that_split(p, a, b)
                if second is not None and rule == "indirect:X-said-that":
                    # "a expliqué qu'il faisait confiance à ses services et qu'il ne lisait pas …": two
                    # reports of one cue, each its own quote
                    b = _trim_content(text, a, second[0])[1]
                    kind = self._kind_for(p, a, b)
                    a2, b2 = second[1], second[2]
                    kind2 = self._kind_for(p, a2, b2)
                    self.doc.cands.append(
                        Cand(
                            a2,
                            b2,
                            kind2,
                            f"{kind2}:X-said-that-and-that",
                            conf,
                            p.index,
                            mention=mention,
                            cue=cue,
                            link=link,
                            inherit=inherit,
                        )
                    )
            else:
                # "X stressed that A, and said B": a coordinated cue goes on with the same speaker
                coordinated = mention is None and link is not None and lang.data.word_order == "svo"
                if mention is None and not coordinated:
                    continue
                dash = lang.data.word_order == "sov" and _dash_after(text, cue.end, s_end)
                if (
                    mention is not None
                    and not dash
                    and self._content_before(
                        p,
                        cue,
                        mention,
                        s_start,
                        s_end,
                        # (or a subject after the cue: "…, anunció este viernes la ministra, X, quien …")
                        inverted=(lang.data.verb_second and cue.key in lang.inverted)
                        or mention.start >= cue.end,
                    )
                ):
                    continue  # "Es sei nicht die Zeit für Panik, betonte er."
                if (
                    mention is not None
                    and (cue.key in lang.data.unmarked_subject_cues or dash)
                    and not cue.used
                ):
                    # "मंत्री बोले – हर पीड़ित तक पहुंचेगी मदद", "सरकार ने कहा- …": the words after the dash
                    a0 = cue.end
                    while a0 < s_end and text[a0] in SPACE + ",:—–-":
                        a0 += 1
                    if a0 > cue.end and a0 < s_end and text[a0] not in OPEN_QUOTES:
                        a, b = _trim_content(text, a0, s_end)
                        for nxt in p.cues_in(a + 1, b)[:12]:  # (capped: linear on run-on text)
                            # "X बोला- A, Y ने कहा- B": a second attribution ends the first report
                            comma = text.rfind(",", a, nxt.start)
                            if comma > a and _dash_after(text, nxt.end, s_end):
                                a, b = _trim_content(text, a, comma)
                                break
                        if word_count(text, a, b) >= 2:
                            c = Cand(
                                a,
                                b,
                                "indirect",
                                "indirect:X-said-dash",
                                0.7,
                                p.index,
                                mention=mention,
                                cue=cue,
                            )
                            cue.used = True
                            self.doc.cands.append(c)
                            last_in_sentence[s_start] = c
                    continue
                # "a reconnu (toutefois) avoir eu « un peu peur »": an infinitive report;
                # "recalled coming home from school to find …", "denied taking the money": a gerund one
                report_start, report = _infinitive_after(text, cue.end, s_end, lang), "infinitive"
                if report_start is None:
                    report_start, report = _gerund_after(text, cue, s_end, lang), "gerund"
                if report_start is not None and not cue.used:
                    end, _ = _clause_end(self.doc, p, report_start, s_end)
                    a, b = _trim_content(text, report_start, end)
                    if _in_relative_clause(text, s_start, cue.start, lang):
                        a, b = _trim_content(text, a, _relative_clause_end(text, a, b, lang))
                    kind = self._kind_for(p, a, b)
                    c = Cand(
                        a,
                        b,
                        kind,
                        f"{kind}:X-said-{report}",
                        0.7,
                        p.index,
                        mention=mention,
                        cue=cue,
                        link=link,
                    )
                    cue.used = True
                    self.doc.cands.append(c)
                    last_in_sentence[s_start] = c
                    continue
                act = None if cue.used else self._speech_act_report(p, cue, s_start, s_end)
                if act is not None:
                    a, b, kind, rule = act
                    c = Cand(a, b, kind, rule, 0.75, p.index, mention=mention, cue=cue, link=link)
                    cue.used = True
                    self.doc.cands.append(c)
                    last_in_sentence[s_start] = c
                    continue
                if cue.lemma not in lang.data.bare_clause_lemmas or cue.used:
                    continue
                if (
                    mention is not None
                    and mention.start - s_start > 0
                    and text.endswith(",", s_start, rstrip_end(text, s_start, mention.start))
                    and word_count(text, s_start, mention.start) > 4
                    # "Asked about the talks on Tuesday, X said he …": an opening circumstance is fine
                    and not any(
                        t.key in lang.adverbial_openers
                        or (lang.data.cased and t.key.endswith("ing"))
                        or (t.key in lang.determiners and mention.kind == "name")
                        for t in tokens(text, s_start, s_start + 40)[:1]
                    )  # "Opening the case last week, X told …", "Her main opponent, Cllr X, said …"
                ):
                    continue
                prev_tok = (
                    tokens(text, max(s_start, mention.start - 30), mention.start)[-1:]
                    if mention is not None
                    else []
                )
                if (
                    mention is not None
                    and prev_tok
                    and text[prev_tok[0].end : mention.start].strip(SPACE) == ""
                    and prev_tok[0].text[:1].islower()
                    and prev_tok[0].key not in lang.function_words
                    and prev_tok[0].key not in lang.cue_fillers
                    and prev_tok[0].key not in lang.adverbial_openers
                    and prev_tok[0].key not in lang.data.contrast_words
                    and prev_tok[0].key not in lang.data.prepositions
                    and mention.kind != "name"
                ):
                    continue  # "a phrase the author admits she …": a relative clause, not a report
                a0 = cue.end
                while a0 < s_end and text[a0] in SPACE + ",:":
                    a0 += 1
                if lang.data.verb_second and not any(ch in text[cue.end : a0] for ch in ",:"):
                    continue  # German puts a comma before a that-less report: "warnen vor einem …" is none
                if cue.lemma == "tell":
                    a0 = _skip_object(text, a0, s_end, lang)
                a0 = _skip_circumstance(text, a0, s_end, lang)
                if not _is_clause(text, a0, s_end, lang) and not (
                    lang.data.verb_second and _comma_infinitive_clause(text, a0, s_end, lang)
                ):
                    continue
                strict = cue.lemma in lang.data.strict_clause_lemmas
                if strict and not _has_finite_verb(text, a0, s_end, lang):
                    continue  # "announced the closure of two plants": a noun object
                first = tokens(text, a0, min(s_end, a0 + 20))[:1]
                if first and first[0].key in lang.data.question_openers:
                    continue  # "declined to say whether …": a question, not a claim
                if first and first[0].key in lang.data.purpose_infinitive_openers:
                    continue  # "rief, um Hilfe zu holen, …": the reporter's purpose clause
                if first and cue.lemma == "add" and first[0].text[:1].isdigit():
                    continue  # "added 22 points and 14 rebounds": a quantity, not a report
                end, _ = _clause_end(self.doc, p, a0, s_end)
                a, b = _trim_content(text, a0, end)
                kind, rule, conf = self._kind_for(p, a, b), "indirect:X-said-clause", 0.7
                if kind == "mixed":
                    b = self._mixed_end(p, a, b)
                second = self._and_that_split(p, a, b)
                if second is not None:
                    # "said the budget was balanced and that no jobs would be cut": as after "said
                    # that …", two reports of one cue, each its own quote
                    b = _trim_content(text, a, second[0])[1]
                    kind = self._kind_for(p, a, b)
                    kind2 = self._kind_for(p, second[1], second[2])
                    self.doc.cands.append(
                        Cand(
                            second[1],
                            second[2],
                            kind2,
                            f"{kind2}:X-said-clause-and-that",
                            conf,
                            p.index,
                            mention=mention,
                            cue=cue,
                            link=link,
                            inherit=inherit,
                        )
                    )
            if mention is not None and _in_relative_clause(text, s_start, cue.start, lang):
                # "Jane Holt, who said the plan was flawed, voted against it": the relative clause
                # (and the report) ends before the main verb
                a, b = _trim_content(text, a, _relative_clause_end(text, a, b, lang))
            c = Cand(
                a,
                b,
                kind,
                rule if kind == "indirect" else rule.replace("indirect", "mixed"),
                conf,
                p.index,
                mention=mention,
                cue=cue,
                link=link,
                inherit=inherit,
            )
            cue.used = True
            self.doc.cands.append(c)
            last_in_sentence[s_start] = c
            if (
                mention is None
                and link is None
                and cue.key in lang.continuation_forms
                and is_blank(text, s_start, cue.start)
            ):
                fronted.append((c, len(self.doc.cands)))
        # "Noting that ties are 33 years old, Wen said that …": a participle opening the sentence goes
        # on with the sentence's own speaker, found after it
        for c, after in fronted:
            s_start = self.doc.sentence_of(p, c.start)[0]
            c.link = next(
                (
                    d
                    for d in self.doc.cands[after : after + 6]  # the next few made (bounded)
                    if d.para == p.index
                    and d.start > c.end
                    and d.cue is not None
                    and (d.mention is not None or d.link is not None)
                    and self.doc.sentence_of(p, d.cue.start)[0] == s_start
                ),
                None,
            )

    def _inverted_after_comma(self, p: Para, cue: Cue, s_start: int, s_end: int) -> bool:
        """'…, said Capt. Ron Adebayo of the fire marshal's office.': a cue right after the comma that
        ends the content, with its subject after it, takes the content before it (even when a phrase
        before the comma looked like its subject). True when it made the candidate."""
        text, lang = self.text, self.lang
        if (
            lang.data.word_order != "svo"
            or lang.data.verb_second
            or cue.key in lang.continuation_forms
            or cue.lemma in lang.data.object_cue_lemmas
        ):
            return False
        if not text.endswith(",", s_start, rstrip_end(text, s_start, cue.start)):
            return False
        inv = subject_after(text, cue.end, s_end, lang)
        if inv is None:
            return False
        # "Margaret Hsu, 72, said a driver had clipped …": a verb after the phrase makes it the
        # content's subject, not the cue's (a relative clause about the speaker may have one)
        for t in tokens(text, inv.end, min(s_end, inv.end + 200)):
            if t.key in lang.data.relative_pronouns and text.endswith(
                ",", inv.end, rstrip_end(text, inv.end, t.start)
            ):
                break
            if _finite_verb(t, lang):
                return False
        return self._content_before(p, cue, inv, s_start, s_end, inverted=True)

    def _nested_in_report(self, prev: Cand | None, cue: Cue) -> bool:
        """The cue stands inside the reported clause of the sentence's previous report ("… said the
        plan had failed and that officials had warned that the sites were not ready"): a report
        nested in a report, which is not annotated on its own."""
        if prev is None or prev.kind == "direct" or prev.cue is None or prev.start < prev.cue.end:
            return False
        # (the report itself, or a claim split off it: at most the few candidates made last)
        return any(
            d.start < cue.start < d.end for d in self.doc.cands[-6:] if d is prev or d.link is prev
        )

    def _nominal_infinitive_report(self, p: Para, cue: Cue, mention: Mention) -> Cand | None:
        """'महापौर सुनीता अग्रवाल ने लोगों से पानी का सोच-समझकर इस्तेमाल करने की अपील की': the report is the
        oblique infinitive phrase between the subject's marker and the genitive before the noun cue.
        Refused: 'परिवार ने न्याय की मांग की' (a noun object, no infinitive)."""
        text, data = self.text, self.lang.data
        toks = tokens(text, mention.end, cue.start, 60)
        if len(toks) < 4 or toks[0].key not in data.subject_markers:
            return None
        gen, verb = toks[-1], toks[-2]
        if (
            gen.key not in data.nominal_report_genitives
            or not is_blank(text, gen.end, cue.start)
            or not verb.key.endswith(data.oblique_infinitive_suffix)
            or len(verb.key) <= len(data.oblique_infinitive_suffix) + 1
        ):
            return None
        a, b = _trim_content(text, toks[1].start, verb.end)
        if word_count(text, a, b) < 3:
            return None
        kind = self._kind_for(p, a, b)
        return Cand(a, b, kind, f"{kind}:X-urged-infinitive", 0.7, p.index, mention=mention, cue=cue)

    def _and_that_split(self, p: Para, a: int, b: int) -> tuple[int, int, int] | None:
        """In a report text[a:b], a coordinator right before a second complementizer outside quotation
        marks ("… et qu'il ne lisait pas …", "… and that the plan …"): (coordinator start, start and end
        of the second report), or None."""
        text, lang = self.text, self.lang
        if not lang.data.split_coordinated_reports or not lang.data.coordinators:
            return None
        quoted = [(q.open_pos, q.outer_end) for q in p.pairs_in(a, b)]
        toks = tokens(text, a, b, 200)
        for i in range(1, len(toks) - 3):
            t = toks[i]
            if t.key not in lang.data.coordinators or any(qa <= t.start < qb for qa, qb in quoted):
                continue
            nt = toks[i + 1]
            comps = lang.data.complementizers
            if not is_blank(text, t.end, nt.start):
                continue
            elided = [c for c in comps if c[-1:] in "'’" and nt.key.startswith(fold(c))]
            if nt.key in comps:
                start2 = nt.end
            elif elided:
                start2 = nt.start + len(elided[0])  # "et qu'il …": the elided complementizer
            else:
                continue
            a2, b2 = _trim_content(text, start2, b)
            # (where the complementizer is also a determiner, the first report must be a clause of its
            # own: "said the new deputy and that colleague had met" coordinates two subjects)
            determiner = nt.key in lang.determiners
            if word_count(text, a2, b2) >= 3 and (
                _is_clause(text, a, t.start, lang) if determiner else word_count(text, a, t.start) >= 3
            ):
                return t.start, a2, b2
        return None

    def _speech_act_report(
        self, p: Para, cue: Cue, s_start: int, s_end: int
    ) -> tuple[int, int, str, str] | None:
        """The report of a speech-act cue that takes no clause: (start, end, kind, rule).

        "urged residents to leave", "called on the board to resign": object and infinitive;
        "vowed to rebuild every home": the infinitive; "accused the bank of choking households": object
        and charge; 'called the scheme "a shambles"': object and quoted name (mixed); 'described the
        delays as "regrettable"': the quoted description only (direct)."""
        text, lang, data = self.text, self.lang, self.lang.data
        before = tokens(text, max(s_start, cue.start - 30), cue.start)[-1:]
        if before and before[0].key in data.passive_aux:
            return None  # "was accused of fraud", "is described as …": the subject is the object
        lemma = cue.lemma
        start: int | None = None
        joiner: Token | None = None
        if lemma in data.object_infinitive_lemmas:
            found = _object_before(text, cue.end, s_end, lang, data.infinitive_to)
            if found is not None and found[1].key in data.infinitive_to:
                nxt = tokens(text, found[1].end, min(s_end, found[1].end + 40))[:1]
                if nxt and (_infinitive_verb(nxt[0], lang) or text[found[1].end : nxt[0].start].strip(SPACE)):
                    start, joiner = found
        elif lemma in data.infinitive_lemmas:
            start = _infinitive_report(text, cue.end, s_end, lang)
        elif lemma in data.object_preposition_lemmas:
            prep = data.object_preposition_lemmas[lemma]
            found = _object_before(text, cue.end, s_end, lang, frozenset([prep]))
            if found is not None:
                start, joiner = found
        elif lemma in data.naming_lemmas or lemma in data.description_lemmas:
            return self._naming_report(p, cue, s_end)
        elif lemma in data.quantity_object_lemmas:
            start = _quantity_object(text, cue.end, s_end, lang)
        if start is None:
            return None
        end, _ = _clause_end(self.doc, p, joiner.start if joiner is not None else start, s_end)
        end = _coordinated_clause_end(text, joiner.end if joiner is not None else start, end, lang)
        a, b = _trim_content(text, start, end)
        if word_count(text, a, b) < 3:
            return None
        if _in_relative_clause(text, s_start, cue.start, lang):
            a, b = _trim_content(text, a, _relative_clause_end(text, a, b, lang))
        kind = self._kind_for(p, a, b)
        if kind == "mixed":
            b = self._mixed_end(p, a, b)
        return a, b, kind, f"{kind}:X-{lemma.replace(' ', '-')}-object"

    def _naming_report(self, p: Para, cue: Cue, s_end: int) -> tuple[int, int, str, str] | None:
        """'called the scheme "a shambles from start to finish"' (mixed: the object and the name) and
        'described the delays as "regrettable"' (direct: the quoted description is the whole report)."""
        text, data = self.text, self.lang.data
        pairs = [q for q in p.pairs_in(cue.end, min(s_end, cue.end + 200)) if q.open_pos >= cue.end]
        if not pairs or not pairs[0].closed:
            return None
        q = pairs[0]
        between = tokens(text, cue.end, q.open_pos)
        if len(between) > 8 or any(ch in text[cue.end : q.open_pos] for ch in ".;:!?()"):
            return None
        if any(t.key in self.lang.cues and t.key not in self.lang.title_words for t in between):
            return None
        as_word = data.description_lemmas.get(cue.lemma)
        if as_word is not None:
            # the quoted description right after "as", and nothing but its end after it
            if not between or between[-1].key != as_word or not is_blank(text, between[-1].end, q.open_pos):
                return None
            return q.start, q.end, "direct", "direct:X-described-as-quote"
        if not between or not is_blank(text, between[-1].end, q.open_pos):
            return None  # 'called it “a careful piece of work”': the object right before the name
        if between[0].key in data.prepositions or between[0].key in data.infinitive_to:
            return None  # "called for …", "called on …": other constructions
        a, b = _trim_content(text, between[0].start, q.end)
        return a, b, "mixed", "mixed:X-called-Y"

    def _cue_before(self, p: Para, cue: Cue) -> Cand | None:
        """The candidate of the cue that ends right before `cue` and its comma ("he said, adding")."""
        k = bisect.bisect_left(p.cue_starts, cue.start) - 1
        if k < 0:
            return None
        prev = p.cues[k]
        adjacent = self.text[prev.end : cue.start].strip(SPACE) == ","
        cands = self.doc.cands
        for c in cands[-1 : max(-len(cands) - 1, -9) : -1]:  # made just before: the last few (bounded)
            if c.cue is prev:
                m = c.mention
                # "« … », a déclaré la ministre, ajoutant que …": the subject after the cue, then the comma
                after_subject = (
                    m is not None and m.start >= prev.end and self.text[m.end : cue.start].strip(SPACE) == ","
                )
                return c if adjacent or after_subject else None
        return None

    def _after_connective(self, s_start: int, pos: int) -> bool:
        """'…porque, según él, la alternativa era …', '…, but, according to X, …': a connective and a
        comma before `pos` open a new clause, so the report follows the source."""
        lang = self.lang
        prev = tokens(self.text, max(s_start, pos - 40), pos)[-1:]
        if not prev or self.text[prev[0].end : pos].strip(SPACE) != ",":
            return False
        k = prev[0].key
        return (
            k in lang.data.subordinators
            or k in lang.data.coordinators
            or k in lang.data.contrast_words
            or bool(lang.complementizer_re.fullmatch(prev[0].text))
        )

    def _source_opener(self, s_start: int, pos: int) -> Mention | None:
        """'Desde la Central Unitaria de Trabajadores (CUT) valoraron …, pero advirtieron que …': the
        body after the opening preposition speaks through an impersonal plural verb."""
        text, lang = self.text, self.lang
        toks = tokens(text, s_start, min(pos, s_start + 200))
        if len(toks) < 3 or toks[0].key not in lang.data.source_openers:
            return None
        np: list[Token] = []
        for t in toks[1:]:
            if t.text[:1].islower() and (t.key in lang.cues or _finite_verb(t, lang)):
                break
            if np and "," in text[np[-1].end : t.start]:
                return None  # "Desde Bogotá, el viceministro …": a place, then the subject
            np.append(t)
        if not np or len(np) > 10:
            return None
        while np and np[-1].text.isupper() and len(np) > 1 and "(" in text[np[-2].end : np[-1].start]:
            np.pop()  # "(CUT)"
        m = classify(text, np, lang)
        if m is None or m.kind == "pronoun" or not (m.kind in ("org", "name") or m.head_class):
            return None
        return m

    def _opens_sentence(self, s_start: int, pos: int) -> bool:
        """Only fillers and connectives before `pos` in its sentence ("Añadió", "Además, indicó")."""
        lang = self.lang
        if pos - s_start > 80:
            return False  # a few fillers at most: the bound keeps long sentences linear
        for t in tokens(self.text, s_start, pos):
            k = t.key
            if not (
                k in lang.cue_fillers
                or k in lang.data.contrast_words
                or k in lang.data.coordinators
                or k in lang.calendar_words
            ):
                return False
        return True

    def _verb_second_report(
        self, p: Para, cue: Cue, mention: Mention | None, s_start: int, s_end: int
    ) -> Cand | None:
        """Reports that a verb-second language builds around the cue (German):
        "Wie die Armee mitteilte, fehlen …" (the report follows the "as"-clause) and
        "Am Montag sagte X, (dass) …" (the subject after the cue, the report after its comma)."""
        text, lang = self.text, self.lang
        head = tokens(text, s_start, cue.start, limit=12)  # a bounded look: long sentences stay linear
        if len(head) >= 12:
            head = []  # not a short phrase before the cue: neither an "as"-clause nor a source phrase
        if cue.key in lang.data.impersonal_cues:
            if text.endswith((",", "—", "–"), s_start, rstrip_end(text, s_start, cue.start)):
                return self._impersonal_fronted(p, cue, s_start, s_end)
            # "Aus Unternehmenskreisen hieß es, …": the source is the phrase before the cue
            if len(head) < 2 or head[0].key not in lang.data.prepositions or len(head) > 6:
                return None
            src = classify(text, head[1:], lang) or Mention(
                head[1].start, head[-1].end, "descriptor", text[head[1].start : head[-1].end]
            )
            comma = self._comma_after(cue.end, s_end, 8)
            if comma < 0:
                return None
            return self._v2_clause(p, cue, src, comma + 1, s_end, "it-was-said")
        if lang.data.as_openers:
            # "Die Preise lagen um 2,2 Prozent höher, wie das Statistische Bundesamt mitteilte.": the
            # report is the main clause before ", wie X mitteilte"
            comma = text.rfind(",", max(s_start, cue.start - 120), cue.start)
            if comma > s_start:
                opener = tokens(text, comma + 1, cue.start, limit=1)
                rest = text[cue.end : rstrip_end(text, cue.end, s_end)].strip(SPACE + ".!?")
                if opener and opener[0].key in lang.data.as_openers and rest == "":
                    m = self._as_subject(opener[0].end, cue.start)
                    if m is not None:
                        a, b = _trim_content(text, s_start, comma)
                        if word_count(text, a, b) >= 3:
                            kind = self._kind_for(p, a, b)
                            rule = f"{kind}:clause-as-X-said"
                            return Cand(a, b, kind, rule, 0.75, p.index, mention=m, cue=cue)
        if head and head[0].key in lang.data.as_openers and len(head) >= 2:
            after = cue.end
            while after < s_end and text[after] in SPACE:
                after += 1
            if after >= s_end or text[after] != ",":
                return None
            m = self._as_subject(head[0].end, cue.start)
            if m is None:
                return None
            return self._v2_clause(p, cue, m, after + 1, s_end, "as-X-said")
        if mention is not None and mention.start >= s_start:
            # "X erklärte auf Anfrage, …", "Er betonte allerdings, …": words between the cue and the comma
            comma = self._comma_after(cue.end, s_end, 8)
            if comma > cue.end and text[cue.end : comma].strip(SPACE):
                return self._v2_clause(p, cue, mention, comma + 1, s_end, "X-said-clause")
            return None
        if text.endswith((",", "—", "–"), s_start, rstrip_end(text, s_start, cue.start)):
            return None  # "Die Aktie sei überbewertet, sagte Kraft": the report came before
        last = tokens(text, max(s_start, cue.start - 60), cue.start)[-1:]
        if (
            any(t.key in lang.determiners or _is_cap(t) for t in last)
            and last[0].key not in lang.cue_fillers
            and not (last[0].start == s_start and last[0].key in lang.function_words)  # "So sagte X, …"
        ):
            return None  # the cue is no finite verb after a fronted phrase
        inv = subject_after(text, cue.end, s_end, lang)
        if inv is None:
            return None
        comma = self._comma_after(inv.end, s_end, 7)
        if comma < 0:
            return None
        return self._v2_clause(p, cue, inv, comma + 1, s_end, "X-said-inverted")

    def _impersonal_fronted(self, p: Para, cue: Cue, s_start: int, s_end: int) -> Cand | None:
        """'Die Ministerin habe bereits zugestimmt, heißt es in dem Schreiben.', 'Örtlich seien bis zu 60
        Liter möglich, hieß es.': the report is the clause before the agentless cue; its source is the
        phrase after a preposition, else the subject of the sentence before when that one has a cue
        ("Der Wetterdienst warnte vor Starkregen."), else nobody. Refused: a clause that has an
        attribution of its own."""
        text, lang = self.text, self.lang
        a, b = _trim_content(text, s_start, text.rfind(",", s_start, cue.start))
        if word_count(text, a, b) < 3 or p.cues_in(a, b):
            return None
        rest = tokens(text, cue.end, s_end, limit=10)
        if rest and rest[0].key not in lang.data.prepositions:
            return None  # "…, heißt es weiter aus dem Ministerium" is fine; other words make a clause
        mention: Mention | None = None
        if len(rest) >= 2:
            np = [t for t in rest[1:] if t.key not in lang.cue_fillers]
            mention = classify(text, np, lang) if np else None
        if mention is None and not rest:
            prev = p.sents[max(0, bisect.bisect_right(p.sent_starts, s_start) - 2)]
            if prev[1] <= s_start:
                for c in p.cues_in(prev[0], prev[1])[:1]:
                    mention = self._mention_for(p, c, prev[0])
        kind = self._kind_for(p, a, b)
        return Cand(a, b, kind, f"{kind}:clause-it-was-said", 0.6, p.index, mention=mention, cue=cue)

    def _comma_after(self, a: int, s_end: int, limit: int) -> int:
        """The comma within `limit` words after `a` (no other cue, conjunction, "that" or quotation
        mark before it), or -1."""
        text, lang = self.text, self.lang
        toks = tokens(text, a, min(s_end, a + 160))
        prev_end = a
        for t in toks[:limit]:
            gap = text[prev_end : t.start]
            if "," in gap:
                return prev_end + gap.index(",")
            if any(ch in gap for ch in ';:“”"«»„'):
                return -1
            if (
                t.key in lang.cues
                or t.key in lang.data.coordinators
                or lang.complementizer_re.fullmatch(t.text)
            ):
                return -1
            prev_end = t.end
        gap = text[prev_end : min(s_end, prev_end + 3)]
        if "," in gap and len(toks) <= limit:
            return prev_end + gap.index(",")
        if toks[limit:limit + 1] and "," in text[prev_end : toks[limit].start]:
            return prev_end + text[prev_end : toks[limit].start].index(",")
        return -1

    def _as_subject(self, a: int, b: int) -> Mention | None:
        """The subject of an "as"-clause: the phrase after "wie" up to its first preposition or filler
        ("wie die Nachrichtenagentur Reuters unter Berufung auf … berichtete")."""
        text, lang = self.text, self.lang
        toks = tokens(text, a, b, limit=12)
        np: list[Token] = []
        for t in toks:
            if np and (
                (t.key in lang.data.prepositions and t.key not in lang.data.genitive_articles)
                or t.key in lang.cue_fillers
                or t.key in lang.calendar_words
            ):
                break
            np.append(t)
        if not np or len(np) > 8:
            return None
        return classify(text, np, lang)

    def _v2_clause(self, p: Para, cue: Cue, mention: Mention, a0: int, s_end: int, rule: str) -> Cand | None:
        text, lang = self.text, self.lang
        while a0 < s_end and text[a0] in SPACE:
            a0 += 1
        first = tokens(text, a0, min(s_end, a0 + 40))[:1]
        if first and lang.complementizer_re.fullmatch(first[0].text):
            a0 = first[0].end
        elif not _is_clause(text, a0, s_end, lang) and not _comma_infinitive_clause(text, a0, s_end, lang):
            return None
        end, _ = _clause_end(self.doc, p, a0, s_end)
        a, b = _trim_content(text, a0, end)
        if word_count(text, a, b) < 2:
            return None
        kind = self._kind_for(p, a, b)
        if kind == "mixed":
            b = self._mixed_end(p, a, b)
        return Cand(a, b, kind, f"{kind}:{rule}", 0.75, p.index, mention=mention, cue=cue)

    def _sentence_subject(self, s_start: int, hi: int, pronoun_ok: bool = False) -> Mention | None:
        """The subject of the sentence's first verb (before `hi`), appositives skipped."""
        text, lang = self.text, self.lang
        toks = tokens(text, s_start, min(hi, s_start + 300))
        for j, t in enumerate(toks[1:40], 1):
            k = t.key
            if not t.text[:1].islower():
                continue
            if (
                any(u.key in lang.data.relative_pronouns for u in toks[max(0, j - 4) : j])
                and text.find(",", t.end, hi) > 0
            ):
                continue  # "X, a scientist who was not involved, called …": the relative clause's verb
            if (
                k in lang.data.clause_verbs
                or (k in lang.cues and k not in lang.title_words)
                or (k.endswith("ed") and len(k) > 4)
                or k in lang.data.irregular_past  # "The bank held rates, saying …"
                # a regular past of the language: "salió en defensa del entrenador: «…»"
                or (bool(lang.data.past_suffixes) and k.endswith(lang.data.past_suffixes) and len(k) > 4)
            ):
                m = appositive_subject(text, s_start, t.start, lang)
                if m is not None and m.kind != "pronoun":
                    return m
                m = subject_before(text, s_start, t.start, lang)
                if (
                    m is not None
                    # "She urged … and said …" (not "She declined to say whether …")
                    and (m.kind != "pronoun" or (pronoun_ok and m.start - s_start <= 3))
                    and (
                        m.start - s_start <= 3
                        or self._premodifiers_only(s_start, m.start)
                        # "For his part, Rahimi thanked … and said …": an opening phrase and its comma
                        or (m.kind == "name" and _clause_opening(text, s_start, m.start, lang))
                    )
                ):
                    return m
                if text.endswith(",", s_start, rstrip_end(text, s_start, t.start)):
                    continue  # a verb inside an appositive: keep looking
                return None
        return None

    def _premodifiers_only(self, a: int, b: int) -> bool:
        """Only a few modifier words before a name ("Soap star", "CORONATION Close star", "Labour MP")."""
        lead = tokens(self.text, a, b)
        seg = self.text[a:b]
        for t in lead:
            if (t.key in self.lang.abbreviations or t.key in self.lang.honorifics) and self.text.startswith(
                ".", t.end
            ):
                seg = seg.replace(t.text + ".", t.text, 1)  # "Gov. Elaine Marsh": an abbreviated title
        return (
            0 < len(lead) <= 4
            and not any(ch in seg for ch in ',;:.()—–"“”‘’«»')
            and not any(
                t.key in self.lang.function_words
                or t.key in self.lang.cues
                or t.key in self.lang.data.clause_verbs
                for t in lead
            )
        )

    def _attribution_left(self, s_start: int, left: int) -> int:
        """Where a sentence-final attribution starts when words the speaker phrase left out stand before
        it: "…, top mediator says", "…, fire officials said", "…, Sgt. Alicia Moreno said", "…, Chief
        Financial Officer Laura Benning told analysts". Modifiers and titles only (at most four words):
        "…, and officials said" keeps its coordinator outside."""
        text, lang = self.text, self.lang
        mods = tokens(text, max(s_start, left - 60), left)[-4:]
        while mods:
            t = mods[-1]
            gap = text[t.end : left]
            if not (
                is_blank(text, t.end, left)
                or (gap.startswith(".") and t.key in lang.abbreviations and is_blank(text, t.end + 1, left))
            ):
                break
            if t.key in lang.data.indefinites:  # "…, एक वरिष्ठ अधिकारी ने बताया": the article left out
                ok = True
            elif t.text[:1].islower():
                ok = (
                    t.key in lang.data.title_modifiers
                    or _is_title_word(t.key, lang)
                    or (
                        t.key.isalpha()
                        and t.key not in lang.function_words
                        and t.key not in lang.determiners
                        and t.key not in lang.cues
                        and t.key not in lang.data.clause_verbs
                        and t.key not in lang.data.coordinators
                        and t.key not in lang.adverbial_openers
                        and not _finite_verb(t, lang)
                    )
                )
            else:  # "Sgt.", "Chief Financial Officer": a title before the name
                ok = _is_title_word(t.key, lang) or t.key in lang.abbreviations
            if not ok:
                break
            left = mods.pop().start
        return left

    def _trailing_attribution(self, p: Para, s_start: int, s_end: int) -> int:
        """Where a sentence-final ', X said.' starts (-1 if none): cues before it are part of the content
        it attributes. Computed once per sentence, looking only at the sentence's last cue."""
        if self.lang.data.word_order != "svo":
            return -1
        i = bisect.bisect_left(p.cue_starts, s_end) - 1
        while i >= 0 and p.cues[i].lemma == "according to":
            i -= 1
        if i < 0 or p.cues[i].start < s_start:
            return -1
        last = p.cues[i]
        text = self.text
        if _complementizer_after(self.doc, p, last, s_end) is not None:
            return -1
        # ", said Capt. Ron Adebayo": right after the comma the cue's subject follows it
        inv = (
            subject_after(text, last.end, s_end, self.lang)
            if text.endswith(",", s_start, rstrip_end(text, s_start, last.start))
            else None
        )
        m = None if inv is not None else self._mention_for(p, last, max(s_start, last.start - 200))
        if m is not None:
            left, right = self._attribution_left(s_start, m.start), last.end
        else:
            m = inv or subject_after(text, last.end, s_end, self.lang)
            if m is None:
                return -1
            left, right = last.start, m.end
        if not text[max(s_start, left - 10) : left].rstrip(SPACE).endswith(","):
            return -1
        return left if _trailer_ok(self.doc, right, s_end, last.lemma, s_start) else -1

    def _mixed_end(self, p: Para, a: int, b: int) -> int:
        """'… had “nobody to blame but ourselves” after Rovers threw away …': the circumstance after the
        quoted words is the reporter's, so the mixed quote ends with them."""
        frags = _inner_fragments(p, a, b)
        if not frags:
            return b
        for q in frags:
            if self._next_act_after(q.outer_end, b):
                return q.outer_end
        last = frags[-1]
        tail = tokens(self.text, last.outer_end, min(b, last.outer_end + 40))[:1]
        if (
            tail
            and tail[0].key in self.lang.adverbial_openers
            and tail[0].key not in self.lang.data.prepositions  # "“full confidence” in Ms Marsh" goes on
        ):
            return last.end
        return b

    def _next_act_after(self, pos: int, b: int) -> bool:
        """'… was “sufficiently restrictive” and signalled that …', '… “a careful piece of work” but said
        …': after quoted words, a coordinator and a verb in the simple past (no auxiliary: "and would
        continue", "but was" go on with the reported clause) start the speaker's next act."""
        lang = self.lang
        nxt = tokens(self.text, pos, min(b, pos + 40))[:2]
        if len(nxt) < 2 or nxt[0].key not in lang.data.coordinators or not nxt[0].text[:1].islower():
            return False
        if not is_blank(self.text, pos, nxt[0].start) or not is_blank(self.text, nxt[0].end, nxt[1].start):
            return False
        v = nxt[1]
        return (
            v.text[:1].islower()
            and v.key not in lang.data.clause_verbs
            and (_past_form(v, lang) or (v.key in lang.cues and v.key not in lang.continuation_forms))
        )

    def _kind_for(self, p: Para, a: int, b: int) -> str:
        frags = _inner_fragments(p, a, b)
        if any(word_count(self.text, q.start, q.end) >= 3 or not self._is_title_case(q) for q in frags):
            return "mixed"  # even one quoted word in reported speech: 'the sentence was a “start”'
        return "indirect"

    def _content_before(
        self, p: Para, cue: Cue, mention: Mention, s_start: int, s_end: int, inverted: bool = False
    ) -> bool:
        """'Work … is far from done, Foreign Minister Sergey Lavrov said (on Thursday).'"""
        text, lang = self.text, self.lang
        # "La réforme ne sera pas retirée, a-t-il assuré": the pronoun is inside the inverted cue
        # (or an impersonal one whose source follows: "…, a-t-on appris de source diplomatique")
        built_in = cue.key in lang.inverted and cue.start <= mention.start
        left = cue.start if inverted or built_in else mention.start
        if not inverted and not built_in:
            left = self._attribution_left(s_start, left)
        head_end = rstrip_end(text, s_start, left)  # text[s_start:left].rstrip(SPACE), without the copy
        if not text.endswith((",", "—", "–"), s_start, head_end) or cue.key in lang.continuation_forms:
            return False
        right = (
            max(mention.end, cue.end)  # "…, fügte er hinzu."
            if inverted or (built_in and mention.start >= cue.end)
            else cue.end
        )
        if not _trailer_ok(self.doc, right, s_end, cue.lemma, s_start):
            return False
        a, b = _trim_content(text, s_start, head_end - 1)
        colon = text.find(":", a, min(b, a + 60))
        if colon > a:
            label = tokens(text, a, colon)
            if 0 < len(label) <= 4 and all(_is_cap(t) for t in label):
                # "Storm Bronagh: 14,000 homes without power, says …": a headline's topic label
                a, b = _trim_content(text, colon + 1, b)
        htoks = tokens(text, a, min(b, a + 200))
        if (
            not inverted
            and 0 < len(htoks) <= 8
            and not any(t.key in lang.data.clause_verbs or t.key in lang.cues for t in htoks)
            and getattr(classify(text, htoks, lang), "kind", None) == "descriptor"
            and (
                _head_key(htoks[-1], lang) is not None  # ends on its noun: not "Passenger numbers rose"
                # or on the place of a titled head: "Le maire de Bouvante, Gérard Chabert, juge …",
                # "La ministre de la Santé, X, a promis", "le ministre de l'Intérieur, X, a annoncé"
                or _titled_place_end(htoks, lang)
                # or on a noun after its head's article and preposition: "El líder de la oposición,
                # Ignacio Soler, le acusó …"
                or (
                    len(htoks) >= 4
                    and htoks[-3].key in lang.data.prepositions
                    and htoks[-2].key in lang.data.definite_articles
                    and any(_head_key(t, lang) is not None for t in htoks[:-3])
                )
                # or a titled description with its article, before a name: "La porte-parole de la
                # coalition au pouvoir, Aïssatou Ba, a ironisé"
                or (
                    mention.kind == "name"
                    and htoks[0].key in lang.data.definite_articles
                    and bool(getattr(classify(text, htoks, lang), "titles", None))
                )
            )
        ):
            return False  # "Acme's chief executive, Jane Doe, said": an appositive, not the content
        tail = _content_tail(self.doc, right, s_end, a)
        if word_count(text, a, b) < (2 if tail is not None else 3):
            return False
        first = tokens(text, a, min(b, a + 40))[:2]
        if (
            first
            and tail is None  # "When her party was in power, she said, it built …": the claim's clause
            and first[0].key in lang.adverbial_openers
            # "At least 27 people had been killed, the ministry said": a quantity, not a circumstance
            and " ".join(t.key for t in first) not in lang.data.quantity_openers
        ):
            return False  # "Speaking in Moscow, Lavrov said …": circumstances, not the claim
        for q in p.pairs_in(a - 2, a + 2):
            if q.open_pos <= a + 1 and q.outer_end >= b - 1:
                return False  # the direct quotation already took this cue
        if any(
            c.lemma != "according to" and _complementizer_after(self.doc, p, c, s_end)
            for c in p.cues_in(a, b)
        ):
            return False
        if tail is not None:
            b = _trim_content(text, a, s_end)[1]  # the parenthetical attribution stays inside
        kind = self._kind_for(p, a, b)
        self.doc.cands.append(
            Cand(a, b, kind, f"{kind}:clause-X-said", 0.75, p.index, mention=mention, cue=cue)
        )
        cue.used = True
        return True

    def _according(self, p: Para, cue: Cue, s_start: int, s_end: int) -> None:
        text, lang = self.text, self.lang
        inherit = False
        mention: Mention | None = None
        if cue.key == "@post":
            toks = tokens(text, max(s_start, cue.start - 200), cue.start)
            np: list[Token] = []
            for t in reversed(toks):
                if lang.data.verb_second and np and t.key in lang.data.definite_articles:
                    np.insert(0, t)  # "Dem Unternehmen zufolge": the article makes it refer back
                    break
                if t.key in lang.function_words and t.key not in lang.data.subject_markers or len(np) >= 3:
                    break
                np.insert(0, t)
            np = [t for t in np if t.key not in lang.data.subject_markers]
            if not np:
                return
            if lang.data.word_order == "sov" and " " not in text[cue.start : cue.end].strip(SPACE):
                # "उनके मुताबिक़, …": the bare postposition after a pronoun's genitive, and only there
                pron = np[-1]
                if pron.key not in lang.pronouns or not is_blank(text, pron.end, cue.start):
                    return
                mention = Mention(pron.start, pron.end, "pronoun", pron.text, gender=lang.pronouns[pron.key])
            else:
                mention = classify(text, np, lang) or Mention(
                    np[0].start, np[-1].end, "name", text[np[0].start : np[-1].end], [t.text for t in np]
                )
            a, b = _trim_content(text, cue.end, s_end)
            for t in tokens(text, a, min(b, a + 60))[:4]:
                if lang.complementizer_re.fullmatch(t.text):  # "X के हवाले से बताया गया कि …"
                    a, b = _trim_content(text, t.end, s_end)
                    break
        elif (
            is_blank(text, s_start, cue.start)
            or text.endswith(",", s_start, rstrip_end(text, s_start, cue.start))
            # "“The situation is grave,” according to the prefect."
            or text[s_start : rstrip_end(text, s_start, cue.start)].rstrip("”\"’'»").endswith(",")
        ):
            comma = text.find(",", cue.end, s_end)
            # "Hasta entonces, según X, …", "For now, according to X, …": a short opening adverbial
            # is no fronted report; the report follows the source
            at_start = is_blank(text, s_start, cue.start) or (
                comma > 0
                and (word_count(text, s_start, cue.start) <= 2 or self._after_connective(s_start, cue.start))
            )
            if at_start and lang.data.verb_second:
                v2_end = _v2_source_end(text, cue.end, comma if comma > 0 else s_end, lang)
                if v2_end is not None:
                    comma = v2_end - 1  # "Laut Polizei wurde der Mann …": the verb ends the source
            np_end = comma if comma > 0 else s_end
            toks = tokens(text, cue.end, np_end, limit=15)
            own = [t for t in tokens(text, cue.start, cue.end) if t.key in lang.data.possessive_genders]
            if not toks and own and at_start:
                toks = own  # "In his words, …": the source is the possessive's referent
            if not toks or len(toks) > 14:
                return
            if fold(text[cue.start : cue.end]) in lang.data.according_to_adverbs and (
                toks[0].key in lang.data.prepositions or toks[0].key in lang.data.coordinators
            ):
                return  # "rief laut nach seinem Nachbarn": an adverb ("loudly"), no source follows
            verb = [c for c in p.cues_in(toks[0].start, toks[0].end) if c.lemma != "according to"]
            if verb:
                # "según ha explicado el ministro, …", "…, según dijo X": the verb's subject follows it;
                # a pro-drop language may leave it out ("Según ha explicado, …": the last speaker)
                verb[0].used = True
                mention = _incise_subject(text, verb[0].end, s_end, lang)
                if mention is None and not lang.data.pro_drop:
                    return
                inherit = mention is None
                if at_start:
                    comma = text.find(",", mention.end if mention is not None else verb[0].end, s_end)
            elif lang.data.pro_drop and toks[0].key in lang.data.clause_verbs:
                return  # "Según pudo saber este diario, …", "según ha sabido": the reporter's own source
            else:
                # the phrase after "according to" is the source whatever it looks like
                g = lang.data.object_pronouns.get(toks[0].key) if len(toks) == 1 else None
                if own and toks[0] is own[0]:
                    g = lang.data.possessive_genders[own[0].key]  # "In his words, …"
                if g is not None:  # "according to him", "selon elle"
                    mention = Mention(
                        toks[0].start, toks[0].end, "pronoun", toks[0].text, gender=g, plural=g == "p"
                    )
                else:
                    mention = classify(text, toks, lang) or Mention(
                        toks[0].start, toks[-1].end, "descriptor", text[toks[0].start : toks[-1].end]
                    )
                    if at_start and comma > 0 and mention.kind != "name":
                        # "According to the minister, Ana Ruiz, the talks …": the name in apposition
                        nxt = text.find(",", comma + 1, s_end)
                        name = tokens(text, comma + 1, nxt, limit=6) if nxt > 0 else []
                        if 2 <= len(name) <= 5 and _is_cap(name[0]) and _is_cap(name[-1]):
                            nm = classify(text, name, lang)
                            if nm is not None and nm.kind == "name":
                                mention, comma = nm, nxt
            quoted = [q for q in p.pairs_in(comma, comma + 4) if comma >= 0] if comma > 0 else []
            if at_start:
                if comma < 0:
                    return
                a, b = _trim_content(text, _after_apposition(text, comma, s_end, lang), s_end)
            elif quoted and text[comma + 1 : quoted[0].open_pos].strip(SPACE) == "":
                a, b = quoted[0].start, quoted[0].end  # "…, in the words of one negotiator, “…”"
            else:
                a, b = _trim_content(text, s_start, cue.start)
        else:
            return
        if mention is None and not inherit:
            return
        if (
            mention is not None
            and _head_word(text[mention.start : mention.end], lang) in lang.data.non_sources
            and tokens(text, mention.start, mention.end)
        ):
            return  # "according to shipping data": figures, not a speaker
        whole = [q for q in p.pairs_in(a - 2, a + 2) if q.open_pos <= a + 1 and q.outer_end >= b - 1]
        if whole:
            # "Selon X, « … »" / "in the words of X, “…”": the quotation itself, direct
            q = whole[0]
            self.doc.cands.append(
                Cand(
                    q.start,
                    q.end,
                    "direct",
                    "direct:according-to-X",
                    0.9,
                    p.index,
                    mention=mention,
                    cue=cue,
                    inherit=inherit,
                )
            )
            cue.used = True
            return
        if word_count(text, a, b) < 3:
            return
        kind = self._kind_for(p, a, b)
        self.doc.cands.append(
            Cand(
                a, b, kind, f"{kind}:according-to-X", 0.8, p.index, mention=mention, cue=cue, inherit=inherit
            )
        )
        cue.used = True

    # ------------------------------------------------------------------ headlines
    def _headline(self, p: Para) -> None:
        """'Russia sees readiness to resume talks: Lavrov' — a headline attributed after a colon."""
        text, lang = self.text, self.lang
        if p.index == 0 and text[p.end - 1] in "\"”’»" and word_count(text, p.start, p.end) <= 25:
            colon = text.find(":", p.start, p.end)
            if colon > p.start:
                self._subject_colon_quote_headline(p, colon)
        if len(p.sents) != 1 or text[p.end - 1] in '.!?।"”’»' or word_count(text, p.start, p.end) > 25:
            return
        if any(c.used for c in p.cues):
            return
        colon = text.rfind(":", p.start, p.end)
        dash = _HEADLINE_DASH_RE.search(text, max(p.start, p.end - 60), p.end)
        if dash is not None and dash.start() > colon and len(tokens(text, dash.end(), p.end)) <= 4:
            colon = dash.start()  # "Budget talks near collapse -sources", "… - minister"
            toks = tokens(text, dash.end(), p.end)
            if not toks:
                return
        else:
            if colon <= p.start:
                return
            toks = tokens(text, colon + 1, p.end)
        if len(toks) > 4:
            # "‘He’s my rock’: Soap star Kayla Brennan opens up about …": a quotation headline whose
            # speaker is the subject of the words after the colon
            self._quote_colon_subject(p, colon, toks)
            self._speaker_colon_headline(p, colon)
            return
        if not toks:
            return
        mention = classify(text, toks, lang)
        if mention is None:
            return
        if mention.kind == "name" and self.doc.registry.lookup(mention.name_tokens) is None:
            return
        if mention.kind != "name" and _head_key(toks[-1], lang) is None:
            return  # "…: council leader digs in" is a headline, not an attribution
        a, b = _trim_content(text, p.start, colon)
        if word_count(text, a, b) < 3:
            return
        whole = [q for q in p.pairs_in(a - 2, a + 2) if q.open_pos <= a + 1 and q.outer_end >= b - 1]
        if whole:
            q = whole[0]
            self.doc.cands.append(
                Cand(q.start, q.end, "direct", "direct:headline-colon-X", 0.7, p.index, mention=mention)
            )
            return
        self.doc.cands.append(
            Cand(a, b, self._kind_for(p, a, b), "indirect:headline-colon-X", 0.6, p.index, mention=mention)
        )

    def _speaker_colon_headline(self, p: Para, colon: int) -> None:
        """'Police: 2 teens hurt in drive-by shooting' — a headline whose source opens it, before a colon."""
        text, lang = self.text, self.lang
        if p.index != 0 or p.pairs:
            return
        head = tokens(text, p.start, colon)
        if not 1 <= len(head) <= 3 or text.find(":", p.start, colon) >= 0:
            return
        m = classify(text, head, lang)
        # ("Officials", "Authorities" capitalised as a headline's first word read as names)
        if m is None or m.kind not in ("descriptor", "org", "name") or m.head_class in (None, "document"):
            return
        if _head_key(head[-1], lang) is None:
            return
        a, b = _trim_content(text, colon + 1, p.end)
        if word_count(text, a, b) < 3:
            return
        self.doc.cands.append(Cand(a, b, "indirect", "indirect:headline-X-colon", 0.6, p.index, mention=m))

    def _subject_colon_quote_headline(self, p: Para, colon: int) -> None:
        """'Zubiría rescata al Ventisca en el descuento: «Hoy nadie se ha rendido»': a headline whose
        words after the colon are one quotation; its speaker is the name that opens the headline.
        Refused: a headline opened by no name ("Lluvias en el norte: «…»")."""
        text, lang = self.text, self.lang
        if p.index != 0 or any(c.used for c in p.cues):
            return
        a, b = _trim_content(text, colon + 1, p.end)
        whole = [
            q for q in p.pairs_in(a - 2, a + 2) if q.open_pos <= a + 1 and q.outer_end >= b - 1 and q.closed
        ]
        if not whole or word_count(text, whole[0].start, whole[0].end) < 2:
            return
        head = tokens(text, p.start, colon, 4)
        names: list[Token] = []
        for t in head:
            if not _is_cap(t) or (names and not _gap_clean(text, names[-1].end, t.start)):
                break
            names.append(t)
        if not names or len(names) >= len(tokens(text, p.start, colon, 6)):
            return  # the whole head is a name: the colon-label rule's
        m = classify(text, names, lang)
        if m is None or m.kind != "name" or self.doc.registry.lookup(m.name_tokens) is None:
            return
        q = whole[0]
        self.doc.cands.append(
            Cand(q.start, q.end, "direct", "direct:headline-X-colon-quote", 0.6, p.index, mention=m)
        )

    def _quote_colon_subject(self, p: Para, colon: int, toks: list[Token]) -> None:
        text, lang = self.text, self.lang
        a, b = _trim_content(text, p.start, colon)
        whole = [
            q for q in p.pairs_in(a - 2, a + 2) if q.open_pos <= a + 1 and q.outer_end >= b - 1 and q.closed
        ]
        if not whole or word_count(text, whole[0].start, whole[0].end) < 2:
            return
        for n in range(min(6, len(toks) - 1), 0, -1):
            head = toks[:n]
            if not all(_gap_clean(text, u.end, v.start) for u, v in zip(head, head[1:], strict=False)):
                continue
            m = classify(text, head, lang)
            if m is None or m.kind == "pronoun":
                continue
            if m.kind == "name" and not _is_cap(head[-1]):
                continue
            if m.kind != "name" and _head_key(head[-1], lang) is None:
                continue
            q = whole[0]
            self.doc.cands.append(
                Cand(q.start, q.end, "direct", "direct:headline-quote-colon-X", 0.6, p.index, mention=m)
            )
            return


# ---------------------------------------------------------------------------------------------- resolution


class Resolver:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.reg = doc.registry
        self.lang = doc.lang
        self.last: Cand | None = None
        self.last_org: Cand | None = None
        self.subject_index: list[tuple[int, int]] | None = None  # (subject position, entity) built lazily
        self.subject_starts: list[int] = []
        self.sent_starts = [a for p in doc.paras for a, _ in p.sents]
        self.quote_spans = [(q.start, q.end) for p in doc.paras for q in p.pairs]
        self.quote_starts = [a for a, _ in self.quote_spans]
        self.org_named: dict[int, bool] = {}

    def run(self, cands: list[Cand]) -> None:
        openers = self.lang.data.non_name_openers
        for e in self.reg.entities:
            if e.is_person and not e.spoke and self._jurisdiction_only(e):
                e.is_person = False
            words = e.name.split(" ")
            if len(words) > 1 and fold(words[0]) in openers:
                e.name = " ".join(words[1:])  # "Former Ashford captain …" at a sentence start: "Ashford"
        self._share_surnames()
        cand_paras = {c.para for c in cands}
        self.cand_starts = sorted(c.start for c in cands)
        for c in sorted(cands, key=lambda c: (c.pos, c.start)):
            if c.link is not None:
                continue
            if c.mention is not None:
                self._resolve(c)
                if c.speaker is not None:
                    self.last = c
                    if c.entity is not None and _maybe_org(c.entity) and c.mention.kind != "pronoun":
                        self.last_org = c
            elif c.interviewee >= 0:
                ent = self._interviewee(c.interviewee)
                if ent is not None:
                    c.speaker, c.entity = ent.name, ent
                c.resolved = True
            elif c.inherit:
                intro = self._introduced_before(c, cand_paras)
                if intro is not None:
                    c.speaker, c.entity = intro.name, intro
                elif self.last is not None and c.para - self.last.para <= 3:
                    c.speaker, c.entity = self.last.speaker, self.last.entity
                c.resolved = True
        # an unattributed quotation in the headline: the article's first quoted person said it
        for c in cands:
            m = c.mention
            headline_desc = (
                m is not None
                and c.entity is None
                and m.kind == "descriptor"
                and m.head_class not in _ANONYMOUS_CLASSES
                and not m.plural
            )  # "Rail talks ‘close to a deal’, says mediator"
            headline_source = (
                m is not None
                and m.head_class == "source"
                and c.entity is None
                # (a first paragraph that ends a sentence is the story's lede, not a headline)
                and self.doc.text[self.doc.paras[0].end - 1] not in ".!?।"
            )
            if c.para == 0 and c.link is None and headline_source:
                # "…, sources say" in a headline: the unnamed sources the story then quotes
                body = [
                    d
                    for d in cands
                    if d.para > 0 and d.mention is not None and d.mention.head_class == "source"
                ]
                if body:
                    c.speaker = min(body, key=lambda d: d.start).speaker
                continue
            if c.para == 0 and c.link is None and (headline_desc or (c.inherit and c.speaker is None)):
                later = sorted(
                    (d for d in cands if d.para > 0 and d.entity is not None and d.entity.is_person),
                    key=lambda d: d.start,
                )
                if later:
                    c.speaker, c.entity = later[0].speaker, later[0].entity
        for c in cands:
            seen = set()
            d = c
            while d.link is not None and id(d) not in seen:
                seen.add(id(d))
                d = d.link
            if d is not c:
                c.speaker, c.entity = d.speaker, d.entity
                if c.mention is None and d.mention is not None and c.cue is None:
                    c.mention = d.mention
                    if not _cueless(c):
                        c.cue = d.cue

    def _share_surnames(self) -> None:
        """Two people with one surname ("Sasha Marchetti", her mother "Lucia Marchetti"): a bare
        "Marchetti" is the one introduced first; writers call the other by the first name."""
        owners: dict[int, list[Entity]] = {}
        for e in self.reg.entities:
            if e.is_person:
                for x in e.positions:
                    owners.setdefault(x, []).append(e)
        shared = {x: es for x, es in owners.items() if len(es) > 1}
        if not shared:
            return

        # where each person is first named alone (computed once per person: positions lost below are
        # shared ones, which never count here)
        first_alone: dict[int, int] = {}

        def introduced(e: Entity) -> int:
            found = first_alone.get(id(e))
            if found is None:
                found = first_alone[id(e)] = min(
                    (y for y in e.positions if len(owners[y]) == 1), default=len(self.doc.text)
                )
            return found

        # each shared mention stays with the person introduced first; the others lose it (collected,
        # then removed in one pass per person: removing one by one was quadratic on long documents)
        lost: dict[int, tuple[Entity, dict[int, int]]] = {}
        for x, es in shared.items():
            keep = min(es, key=introduced)
            for e in es:
                if e is not keep:
                    times = lost.setdefault(id(e), (e, {}))[1]
                    times[x] = times.get(x, 0) + 1
        for e, times in lost.values():
            e.positions = _without(e.positions, dict(times))
            e.subject_positions = _without(e.subject_positions, times)

    def _jurisdiction_only(self, e: Entity) -> bool:
        """A name seen only after prepositions, once as what a head's title governs ("Le maire de
        Bouvante", "chief executive of Coastal Power", "à Bouvante"): a place or an organisation,
        never the "il" or "he" of a quote nor "the chief executive". ("A lawyer for Jane Roe" is no
        such title: lawyers and spokespeople act for people.)"""
        # a name inside a quotation says nothing of what it is ("“Haiti does not need …”")
        outside = [x for x in e.positions if not self._quoted(x)]
        if not outside:
            return False
        titled = False
        for x in outside:
            before = tokens(self.doc.text, max(0, x - 60), x)
            while before and (
                before[-1].key in self.lang.determiners or before[-1].key in self.lang.data.definite_articles
            ):
                before.pop()
            if not before or before[-1].key not in self.lang.data.prepositions:
                return False
            # the title may govern a chain: "le procureur de la République de Lille"
            k = len(before) - 2
            while (
                k > 0
                and len(before) - k < 7
                and (
                    _is_cap(before[k])
                    or before[k].key in self.lang.data.prepositions
                    or before[k].key in self.lang.determiners
                    or before[k].key in self.lang.data.definite_articles
                )
            ):
                k -= 1
            if k >= 0:
                titled = titled or self.lang.titles.get(before[k].key) in _HEAD_OF_CLASSES
        return titled

    def _quoted(self, pos: int) -> bool:
        j = bisect.bisect_right(self.quote_starts, pos) - 1
        return j >= 0 and self.quote_spans[j][0] <= pos < self.quote_spans[j][1]

    def _complement(self, m: Mention) -> list[str]:
        """The proper name a description's head governs: "the representative of France",
        "the speaker for the United States" -> its folded words (empty when there is none)."""
        toks = tokens(m.text, 0, len(m.text))
        k = 1
        while k < len(toks) and toks[k].key not in self.lang.data.head_prepositions:
            k += 1
        k += 1
        while k < len(toks) and (
            toks[k].key in self.lang.determiners or toks[k].key in self.lang.data.definite_articles
        ):
            k += 1
        out: list[str] = []
        while k < len(toks) and _is_cap(toks[k]):
            out.append(fold(toks[k].text))
            k += 1
        return out

    def _holds_complement(self, e: Entity, comp: list[str]) -> bool:
        """Was `e` named in a sentence that also names `comp` (not as `e`'s own name)?"""
        if set(comp) <= {fold(k) for k in e.key_tokens}:
            return False  # "the representative of Sierra Leone" is not Sierra Leone
        text = self.doc.text
        want = comp[-1]
        for x in e.positions[:30]:  # (bounded: a long text's every mention need not be read)
            k = bisect.bisect_right(self.sent_starts, x) - 1
            lo = max(self.sent_starts[k] if k >= 0 else 0, x - 200)
            hi = min(self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(text), x + 200)
            if any(fold(t.text) == want for t in tokens(text, lo, hi)):
                return True
        return False

    def _named_as_org(self, e: Entity) -> bool:
        """Is the name used before an organisation noun somewhere ("the Save Hollin Fields campaign")?"""
        hit = self.org_named.get(id(e))
        if hit is None:
            hit = False
            keys = {fold(k) for k in e.key_tokens}
            for x in e.positions:
                after = tokens(self.doc.text, x, min(len(self.doc.text), x + 120))[:8]
                k = 0
                while k < len(after) and fold(after[k].text) in keys:
                    k += 1
                if 0 < k < len(after) and self.lang.speaker_nouns.get(after[k].key) == "organisation":
                    hit = True
                    break
            self.org_named[id(e)] = hit
        return hit

    def _subject_company(self, e: Entity) -> bool:
        return bool(e.subject_positions) and self._company(e)

    def _company(self, e: Entity) -> bool:
        """A name that ends like a company's ("Acme Corp", "Brightwell Foods Inc", "Vale SA")."""
        return bool(e.key_tokens) and e.key_tokens[-1].strip(".") in self.lang.data.company_suffixes

    def _resolve(self, c: Cand) -> None:
        m = c.mention
        assert m is not None
        pos = m.start
        ent: Entity | None = None
        if m.kind == "name":
            ent = self.reg.lookup(m.name_tokens)
            if ent is None:
                ent = self.reg.add_name(
                    m.name_tokens, pos, set(m.titles), set(), set(m.nationality), m.gender, subject=True
                )
            else:
                ent.note(pos, True)
            if ent is not None:
                ent.spoke = True
                c.speaker, c.entity = ent.name, ent
        elif m.kind == "pronoun":
            group = (
                self._plural_group(pos)
                if m.gender == "p"
                and self.lang.data.plural_cue_forms
                and self.last is not None
                and self.last.entity is not None
                and self.last.entity.is_person
                else None
            )
            ent = self._pronoun(m, pos) if group is None else None
            if group is not None:
                c.speaker = group  # "Die Ärzte warnten … Sie sagten, …": the group, not the last speaker
            elif ent is not None:
                c.speaker, c.entity = ent.name, ent
                if m.gender in ("m", "f") and ent.gender == "?":
                    ent.gender = m.gender
                ent.note(pos, True)
            elif self.last is not None:
                c.speaker, c.entity = self.last.speaker, self.last.entity
        elif m.kind == "descriptor" and (issuer := self._statement_issuer(c, m)) is not None:
            # "… in a statement. “…,” the statement added": the statement speaks for its issuer
            c.speaker, c.entity = issuer.speaker, issuer.entity
        elif m.kind == "descriptor" and (named := self._self_named(c, m)) is not None:
            # "A mother, who asked to be identified only by her first name, Sarah, said"
            c.speaker, c.entity = named.name, named
            named.spoke = True
        elif (
            m.kind == "descriptor"
            and self.last is not None
            and c.para - self.last.para <= 2
            and self._same_anonymous(m)
        ):
            # "A senior official, who …, said …. “…,” the official said": the unnamed speaker goes on,
            # even when a minister (whom "the official" might also describe) was named before
            c.speaker = self.last.speaker
        elif m.kind == "descriptor":
            if m.definite and m.head_class and not m.plural:
                exact = m.text.split(" ", 1)[0].casefold() in self.lang.data.possessive_determiners
                ent = self.reg.by_description(pos, m.head_class, m.nationality, exact)
                comp = self._complement(m)
                demo = None if ent is not None else self._demonstrative_referent(m, pos)
                if demo is not None:
                    ent = demo  # "esta vecina de Paiporta": the person just introduced
                elif comp:
                    # "the representative of France": only someone named with France, else the
                    # description itself (a UN summary's many unnamed delegates) when the role is one
                    # many hold; "l'élu de la Somme" may tell something new of the deputy named before.
                    # Never the last person named whatever his title ("the speaker for the United
                    # Kingdom" after a UN envoy)
                    if (
                        ent is not None
                        and m.head_class in _ANONYMOUS_CLASSES
                        and not self._holds_complement(ent, comp)
                    ):
                        ent = None
                else:
                    if ent is None and (c.para == 0 or self._standfirst(c.para)):
                        ent = self._headline_description(m, pos)
                    if ent is None and not exact and self._unnamed_goes_on(c, m):
                        # "One top-20 shareholder, who …, said …. “…,” the investor said": the unnamed
                        # speaker just quoted, not the last person named
                        c.speaker = self.last.speaker if self.last is not None else None
                        c.resolved = True
                        return
                    if ent is None and not exact and not self._same_anonymous(m) and not self._institution(m):
                        ent = self._description_fallback(m, pos)
            if ent is not None:
                c.speaker, c.entity = ent.name, ent
                ent.note(pos, True)
                if m.gender in ("m", "f") and ent.gender == "?":
                    ent.gender = m.gender
            elif self._same_anonymous(m):
                c.speaker = self.last.speaker if self.last is not None else None
            else:
                c.speaker = _clean_label(m.text)
        elif (
            m.kind == "org"
            and m.definite
            and not m.name_tokens
            and m.head_class == "organisation"
            and _anaphoric(m.text, self.lang)
        ):
            # "the company said": the organisation named earlier; one that is surely an organisation
            # ("Acme Corp", even as an object: "Shares in Acme Corp fell after the company warned")
            # before a name that only might be one
            last = self.last
            # "La Commission a fait savoir que … , précise l'exécutif européen": the organisation that
            # spoke just before, though it is no registered name ("Le CIUSSS …", "La STM")
            unnamed_org = (
                last is not None
                and last.entity is None
                and last.mention is not None
                and last.mention.kind == "org"
                and last.speaker is not None
                and c.para - last.para <= 1
            )
            # a company that was a subject somewhere ("Brightwater Energy will cut …") before one only
            # ever named in passing ("an analyst at Castlegate Securities")
            named = self.reg.most_recent(pos, self._subject_company) or self.reg.most_recent(
                pos, self._company
            )
            if (
                unnamed_org
                and named is not None
                and last is not None
                and last.mention is not None
                and named.last_before(pos) > last.mention.start
            ):
                # "… said the mission team. Shares in Orbis Corp fell after the company said"
                unnamed_org = False
            ent = None if unnamed_org else named
            if not unnamed_org and (ent is None or pos - ent.last_before(pos) >= 1500):
                # "on behalf of the Save Hollin Fields campaign … The group said": named with an
                # organisation noun
                ent = self.reg.most_recent(pos, self._named_as_org)
            modified = len(tokens(m.text, 0, len(m.text))) > 2  # "the mission team", not "the team"
            if not unnamed_org and (ent is None or pos - ent.last_before(pos) >= 1500) and not modified:
                ent = self.reg.most_recent(pos, _maybe_org, subjects_only=True)
                if ent is not None and pos - ent.last_before(pos, True) >= 3000:
                    ent = None
            elif ent is not None and modified and pos - ent.last_before(pos) >= 1500:
                ent = None  # a described group of its own, not any name that might be one
            if ent is not None:
                c.speaker, c.entity = ent.name, ent
            elif unnamed_org and last is not None:
                c.speaker = last.speaker
            elif self._same_anonymous(m):
                c.speaker = self.last.speaker if self.last is not None else None
            else:
                c.speaker = _clean_label(m.text)
        elif m.kind == "org" and (ent := self._particle_person(m)) is not None:
            # "Le Drian a ajouté": a sentence-initial "Le" looked like an article ("Le Monde"), but a
            # person with that surname was named before
            c.speaker, c.entity = ent.name, ent
            ent.note(pos, True)
        elif m.kind == "org" and (ent := self._demonym_surname(m)) is not None:
            # "Sudani told reporters": looked like a demonym, but it is the surname of "Mohammed Shia
            # al-Sudani", named before
            c.speaker, c.entity = ent.name, ent
            ent.note(pos, True)
        else:
            c.speaker = _clean_label(m.text)
        c.resolved = True

    def _demonym_surname(self, m: Mention) -> Entity | None:
        if not m.nationality or m.head_class is not None or " " in m.text or not m.text[:1].isupper():
            return None
        ent = self.reg.lookup([m.text])
        return ent if ent is not None and ent.is_person and len(ent.key_tokens) > 1 else None

    def _institution(self, m: Mention) -> bool:
        """'Selon l'accusation', 'the prosecution said', 'le parquet': a body named by a speaker noun that
        is no person's title speaks for itself; it is not the last person named."""
        hw = unelide(_head_word(m.text, self.lang), self.lang)
        return (
            self.lang.speaker_nouns.get(hw, "person") not in _PERSON_NOUN_CLASSES
            and hw not in self.lang.titles
            and not m.titles
        )

    def _demonstrative_referent(self, m: Mention, pos: int) -> Entity | None:
        """'Antonia Ruiz lleva catorce meses esperando. «…», ha relatado esta vecina': a demonstrative
        description of a person is the person named as a subject just before (unless an unnamed
        speaker came later)."""
        if m.head_class not in ("person", "witness", "relation") or m.plural:
            return None
        if m.text.split(" ", 1)[0].casefold() not in self.lang.data.demonstratives:
            return None
        ent = self.reg.most_recent(pos, lambda e: e.is_person, subjects_only=True)
        if ent is None:
            return None
        at = ent.last_before(pos, True)
        if at < 0 or pos - at > 400:
            return None
        last = self.last
        if last is not None and last.entity is None and last.mention is not None and last.mention.start > at:
            return None  # "Un testigo relató … «…», explicó este hombre": the unnamed witness
        return ent

    def _standfirst(self, k: int) -> bool:
        """Paragraph k is the standfirst under the headline: the second paragraph, one short sentence
        with no final full stop ("La Presidenta aseguró que …")."""
        if k != 1 or len(self.doc.paras) < 3:
            return False
        p = self.doc.paras[k]
        text = self.doc.text
        return len(p.sents) == 1 and text[p.end - 1] not in ".!?" and word_count(text, p.start, p.end) <= 40

    def _statement_issuer(self, c: Cand, m: Mention) -> Cand | None:
        last = self.last
        if (
            last is None
            or last.speaker is None
            or not m.definite
            or c.para - last.para > 1
            or _head_word(m.text, self.lang) not in self.lang.data.issued_documents
        ):
            return None
        return last

    def _particle_person(self, m: Mention) -> Entity | None:
        toks = tokens(m.text, 0, len(m.text))
        if (
            len(toks) < 2
            or toks[0].key not in self.lang.data.name_connectors
            or not toks[0].text[:1].isupper()
        ):
            return None
        ent = self.reg.lookup([t.text for t in toks])
        return ent if ent is not None and ent.is_person and len(ent.key_tokens) > len(toks) else None

    def _same_anonymous(self, m: Mention) -> bool:
        """'A senior official, who …, said …' then '“…,” the official said': the same unnamed source."""
        last = self.last
        if last is None or last.entity is not None or last.mention is None:
            return False
        p0 = self.doc.paras[0]
        p0_last = self.doc.text[rstrip_end(self.doc.text, p0.start, p0.end) - 1]
        if last.para == 0 and m.start >= p0.end and p0_last not in '.!?”"’':
            return False  # a headline's "-sources" is not the body's "two government sources"
        if not m.definite and not self._one_of_the(m):
            return False
        lm = last.mention
        if lm.kind not in ("descriptor", "org") or self.lang.data.word_order != "svo":
            return False
        w0, w1 = _head_word(lm.text, self.lang), _head_word(m.text, self.lang)
        c1 = self._complement(m)
        if c1 and c1 != self._complement(lm):
            return False  # "the representative of France" … "the representative of Chile"
        informants = self.lang.data.informant_nouns
        if w0 in informants and w1 in informants:
            return True  # "a source close to the couple said …" then "the insider said"
        text = self.doc.text
        if text.startswith(",", lm.end):
            # "A second source, a government official familiar with the talks, said …" then "the
            # official said": the appositive told what the source is
            app = tokens(text, lm.end + 1, min(len(text), lm.end + 60))
            stop = next((i for i, t in enumerate(app) if text.startswith(",", t.end)), len(app) - 1)
            if any(_head_word(t.text, self.lang) == w1 for t in app[: stop + 1]):
                return True
        if (
            m.head_class in ("person", "witness")
            and m.text.split(" ", 1)[0].casefold() in self.lang.data.demonstratives
            and not m.plural
            and not lm.plural
        ):
            return True  # "Un testigo relató …" then "«…», explicó este hombre": the one just quoted
        return lm.head_class == m.head_class and w0 == w1

    def _self_named(self, c: Cand, m: Mention) -> Entity | None:
        """The name given to an unnamed source between its description and the cue."""
        if c.cue is None or not (m.end <= c.cue.start <= m.end + 250):
            return None
        g = self.lang.self_naming_re.search(self.doc.text, m.end, c.cue.start)
        if g is None:
            return None
        return self.reg.add_name([g.group(1)], g.start(1), set(), set(), set(), m.gender, subject=True)

    def _unnamed_goes_on(self, c: Cand, m: Mention) -> bool:
        """The last speaker was an unnamed person described (“a shareholder”) in this paragraph or the
        one before, and `m` is an untitled description of a person ("the investor")."""
        last = self.last
        return (
            last is not None
            and last.entity is None
            and last.speaker is not None
            and last.mention is not None
            and last.mention.kind == "descriptor"
            and not last.mention.plural
            and last.mention.head_class in (None, "person", "source")
            and m.head_class == "person"
            and not m.titles
            # an age ("the 45-year-old") was given with somebody's name, not with an unnamed source
            and not any(ch.isdigit() for ch in m.text)
            and 0 <= c.para - last.para <= 1
        )

    def _one_of_the(self, m: Mention) -> bool:
        """'One of the people, who spoke on condition of anonymity, said': one of a group named before."""
        toks = tokens(m.text, 0, len(m.text))[:3]
        return (
            len(toks) == 3
            and toks[0].key in self.lang.data.quantifiers
            and toks[1].key in self.lang.data.head_prepositions
            and toks[2].key in self.lang.data.definite_articles
        )

    def _introduced_before(self, c: Cand, cand_paras: set[int]) -> Entity | None:
        """A quotation paragraph with no attribution right after a paragraph that introduces a new person
        ('Sarah Kent, who lives next door, was woken by the crash.') is that person's."""
        p = self.doc.paras[c.para]
        start = c.start
        if c.cue is not None and c.cue.start < start:
            start = c.cue.start  # "Añadió que …", "Según ha explicado, …": the cue opens the sentence
        if start - p.start > 2:
            # in a paragraph: the sentence before must introduce someone ("Smith was blunt. “…”")
            k = bisect.bisect_right(p.sent_starts, start) - 1
            if k < 1 or start - p.sents[k][0] > 2:
                return None
            lo, hi = p.sents[k - 1]
            if bisect.bisect_left(self.cand_starts, lo) < bisect.bisect_left(self.cand_starts, hi):
                return None  # that sentence has its own quotation
        else:
            if c.para == 0 or (c.para - 1) in cand_paras:
                return None
            lo, hi = self.doc.paras[c.para - 1].start, self.doc.paras[c.para - 1].end
        if self.subject_index is None:
            self.subject_index = sorted(
                (pos, i)
                for i, e in enumerate(self.reg.entities)
                if e.is_person
                for pos in e.subject_positions
            )
            self.subject_starts = [x[0] for x in self.subject_index]
        k = bisect.bisect_left(self.subject_starts, hi) - 1
        best = (
            self.reg.entities[self.subject_index[k][1]] if k >= 0 and self.subject_starts[k] >= lo else None
        )
        if best is None or (self.last is not None and self.last.entity is best):
            return None
        return best

    def _headline_description(self, m: Mention, pos: int) -> Entity | None:
        """'मंत्री बोले …' / 'Rail talks close, says mediator' in a headline: the body names the person later;
        take the first titled person the description fits."""
        compat = compatible_classes(m.head_class or "")
        best, best_pos = None, None
        for e in self.reg.entities:
            if not e.is_person or not (e.titles & compat) or not e.positions:
                continue
            k = bisect.bisect_right(e.positions, pos)
            if k < len(e.positions) and (best_pos is None or e.positions[k] < best_pos):
                best, best_pos = e, e.positions[k]
        return best

    def _description_fallback(self, m: Mention, pos: int) -> Entity | None:
        """'the 51-year-old', 'the Rovers manager', 'le technicien' with no titled antecedent: the person
        the text is about, i.e. the most recent person mentioned as a subject (gender permitting)."""
        if m.head_class in _ANONYMOUS_CLASSES:
            return None  # "his daughter said" is not the man himself
        toks = tokens(m.text, 0, len(m.text))
        nat_only = len(toks) == 2 and m.head_class == "person" and bool(m.nationality)
        if m.nationality and not nat_only:
            return None
        g = m.gender

        # a headline's capitals say nothing (title case): its words are no antecedent here
        p0 = self.doc.paras[0]
        headline = (
            len(self.doc.paras) > 1
            and len(p0.sents) == 1
            and self.doc.text[p0.end - 1] not in ".!?।"
            and word_count(self.doc.text, p0.start, p0.end) <= 25
        )
        body = self.doc.paras[1].start if headline else 0

        compat = compatible_classes(m.head_class or "person")
        rivals = next((grp - compat for grp in _RIVAL_ROLES if m.head_class in grp), frozenset())

        def ok(e: Entity) -> bool:
            return (
                e.is_person
                and len(e.name) > 2  # not "X" (the platform) or an initial
                and (g not in ("m", "f") or e.gender in ("?", g))
                and e.last_before(pos, True) >= body
                # "the prosecution" is not the defence barrister, "the 20-year-old striker" not the manager
                and not (e.titles & rivals and not e.titles & compat)
                # "the Dutchman": not someone known to be of another nationality
                and not (nat_only and e.nationality and not same_country(m.nationality, e.nationality))
            )

        ent = self.reg.most_recent(pos, ok, subjects_only=True)
        if ent is None or pos - ent.last_before(pos, True) > 1500:
            return None
        return ent

    def _pronoun(self, m: Mention, pos: int) -> Entity | None:
        g = m.gender
        if g == "n" and (self.last is None or self.last.entity is None or self.last.entity.is_person):
            # "it said": the organisation, not the CEO quoted since
            if self.last_org is not None:
                return self.last_org.entity
            org = self.reg.most_recent(pos, _maybe_org, subjects_only=True)
            if org is not None:
                return org
        if g in ("p", "n"):
            if self.last is not None and (self.last.entity is None or not self.last.entity.is_person):
                return self.last.entity
            if g == "p" and m.text.casefold() in self.lang.data.singular_they:
                one = self._singular_they(pos)
                if one is not None:
                    return one
            return self.last.entity if self.last is not None else None

        def ok(e: Entity) -> bool:
            return e.is_person and (g == "?" or e.gender in ("?", g))

        ent = self._salient(pos, ok, g)
        last = self.last
        if (
            last is not None
            and last.entity is None
            and last.speaker is not None
            and last.mention is not None
            and last.mention.kind in ("descriptor", "pronoun")
            and (g == "?" or last.mention.gender in ("?", g))
            and (
                ent is None
                or self._last_outside_quotes(ent.positions, pos) < last.mention.start
                # "the representative of Sierra Leone said …. “…,” he said": a name inside the
                # description is not the pronoun's person
                or last.mention.start <= self._last_outside_quotes(ent.positions, pos) < last.mention.end
            )
        ):
            return None  # "A spokeswoman said … She added": the unnamed speaker goes on
        return ent

    def _singular_they(self, pos: int) -> Entity | None:
        """'In a tram depot in Leeds, Sasha Marchetti is arguing with a cabbage. “It's too wet,” they say.':
        "they" for the one person mentioned last, when no other person or organisation is in view. The
        person then takes "they", never "he" or "she"."""
        best: Entity | None = None
        best_at = -1
        for e in self.reg.entities:
            la = self._last_outside_quotes(e.positions, pos)
            if la > best_at:
                best, best_at = e, la
        if best is None or not best.is_person or best.gender not in ("?", "p"):
            return None
        si = self._sentence_index(best_at)
        for e in self.reg.entities:
            if e is best:
                continue
            la = self._last_outside_quotes(e.positions, pos)
            if la >= 0 and la != best_at and self._sentence_index(la) >= si:
                return None  # someone else in view: "they" may be a group
        s0 = self.sent_starts[si - 1] if si > 0 else 0
        for t in tokens(self.doc.text, s0, pos):
            j = bisect.bisect_right(self.quote_starts, t.start) - 1
            if j >= 0 and self.quote_spans[j][0] <= t.start < self.quote_spans[j][1]:
                continue
            if t.key in self.lang.data.collective_nouns or (
                t.key.endswith("s") and not t.key.endswith("ss") and _head_key(t, self.lang) is not None
            ):
                return None  # "Police arrested Smith. “…,” they said": a group is in view
        best.gender = "p"
        return best

    def _last_outside_quotes(self, seq: list[int], pos: int) -> int:
        """The last position before `pos` not inside quotation marks (a name a speaker quotes is not
        the next speaker: '“We blame Lemaire,” he said')."""
        k = bisect.bisect_left(seq, pos) - 1
        steps = 0
        while k >= 0 and steps < 8:
            x = seq[k]
            j = bisect.bisect_right(self.quote_starts, x) - 1
            if j < 0 or not (self.quote_spans[j][0] <= x < self.quote_spans[j][1]):
                return x
            k -= 1
            steps += 1
        return -1

    def _plural_group(self, pos: int) -> str | None:
        """The group a plural "sie" stands for in a language whose "sie" is also "she": the last plural
        subject in this or the previous sentence, a noun phrase right before a plural verb ("Die Ärzte
        warnten …", "zwei Anhänger riefen …")."""
        text, lang = self.doc.text, self.lang
        si = self._sentence_index(pos)
        lo = self.sent_starts[si - 2] if si >= 2 else 0
        toks = tokens(text, max(lo, pos - 400), pos)
        found: str | None = None
        for k in range(1, len(toks) - 1):
            noun, verb = toks[k], toks[k + 1]
            if not (_is_cap(noun) and verb.text[:1].islower() and verb.key in lang.data.plural_cue_forms):
                continue
            start = k
            while start > 0 and k - start < 3 and (
                toks[start - 1].key in lang.determiners or toks[start - 1].text[:1].islower()
            ) and toks[start - 1].key not in lang.data.prepositions:
                start -= 1
                if toks[start].key in lang.determiners:
                    break
            if toks[start].key in lang.determiners and toks[start].key not in lang.data.indefinites:
                found = text[toks[start].start : noun.end]
        return found

    def _sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos)

    def _interviewee(self, pos: int) -> Entity | None:
        """The person a Q&A's answers belong to: the person introduced before the first question, but
        never the one introduced as the one asking ("She spoke with the Courier's Tom Akers")."""

        def ok(e: Entity) -> bool:
            return e.is_person and not self._introduced_as_interviewer(e, pos)

        return self._salient(
            pos, lambda e: ok(e) and (e.aged or e.titles or e.gender != "?")
        ) or self._salient(pos, ok)

    def _introduced_as_interviewer(self, e: Entity, pos: int) -> bool:
        """Every mention of `e` before `pos` follows an interviewer marker ("our reporter Dan Whitt") or
        an outlet's possessive ("She spoke with the Courier's Tom Akers"): the one who asks."""
        markers = self.lang.data.interviewer_markers
        before = [x for x in e.positions if x < pos]
        if not markers or not before:
            return False
        text = self.doc.text
        for x in before[:8]:
            lead = text[max(0, x - 60) : x].rstrip(SPACE)
            if not _OUTLET_POSSESSIVE_RE.search(lead) and not fold(lead).endswith(markers):
                return False
        return True

    def _salient(self, pos: int, ok, gender: str = "?") -> Entity | None:  # noqa: ANN001
        """The compatible person mentioned in the latest sentence before `pos`; within one sentence the
        subject wins ('Smith met Jones. He said' -> Smith; 'The attack came from Pike. He said' -> Pike)."""
        best, best_key = None, None
        for e in self.reg.entities:
            if not ok(e):
                continue
            la = self._last_outside_quotes(e.positions, pos)
            if la < 0:
                continue
            si = self._sentence_index(la)
            ls = self._last_outside_quotes(e.subject_positions, pos)
            # within a sentence a person known to have the pronoun's gender, then the subject, wins
            known = 1 if gender in ("m", "f") and e.gender == gender else 0
            key = (si, known, 1 if ls >= 0 and self._sentence_index(ls) == si else 0, la)
            if best_key is None or key > best_key:
                best, best_key = e, key
        # "Asked about the threat, the mayor shrugged. “Let him,” she said.": a description of a
        # titled person in the latest sentences counts as a mention of that person
        for e, la, subj in self._described_before(pos):
            if not ok(e):
                continue
            known = 1 if gender in ("m", "f") and e.gender == gender else 0
            key = (self._sentence_index(la), known, subj, la)
            if best_key is None or key > best_key:
                best, best_key = e, key
        return best

    def _named_in_apposition(self, title_end: int) -> bool:
        """Is the description ending its title at `title_end` followed, after its complement and a
        comma, by a registered name ("Le ministre des Comptes publics, Julien Barraud, a estimé")?"""
        text = self.doc.text
        comma = text.find(",", title_end, title_end + 60)
        if comma < 0 or any(ch in text[title_end:comma] for ch in ".;:!?«»“”\""):
            return False
        names: list[str] = []
        for t in tokens(text, comma + 1, min(len(text), comma + 60), 4):
            if not _is_cap(t):
                break
            names.append(t.text)
        return bool(names) and self.reg.lookup(names) is not None

    def _described_before(self, pos: int) -> list[tuple[Entity, int, int]]:
        """Titled people referred to by a definite description ('the mayor') in the sentence of `pos`
        and the one before it, outside quotations: (entity, position, 1 if it opens its clause)."""
        lang, text = self.lang, self.doc.text
        if not lang.data.definite_articles:
            return []
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        lo = self.sent_starts[max(0, k - 1)] if k >= 0 else 0
        out = []
        for m_start, m_end in find_titles(text, lo, pos, lang):
            j = bisect.bisect_right(self.quote_starts, m_start) - 1
            if j >= 0 and self.quote_spans[j][0] <= m_start < self.quote_spans[j][1]:
                continue
            before = tokens(text, max(lo, m_start - 20), m_start)[-1:]
            if not before or before[0].key not in lang.data.definite_articles:
                continue
            cls = lang.titles.get(fold(text[m_start:m_end]))
            if not cls:
                continue
            if self._named_in_apposition(m_end):
                continue  # "Le ministre des Comptes publics, Julien Barraud, …": the name says who
            ent = self.reg.by_description(m_start, cls, set())
            if ent is not None:
                s0 = self.sent_starts[bisect.bisect_right(self.sent_starts, m_start) - 1]
                opens = is_blank(text, s0, before[0].start) or text.endswith(
                    ",", s0, rstrip_end(text, s0, before[0].start)
                )
                out.append((ent, m_start, 1 if opens else 0))
        return out


# roles that face each other in one story: a description of one never falls back to a holder of another
_RIVAL_ROLES = (
    frozenset({"lawyer", "prosecutor", "judge", "defendant", "witness"}),
    frozenset({"coach", "player"}),
)
# titles of the head of a place or an institution: "the mayor of X", "chief executive of X" (X is no person)
_HEAD_OF_CLASSES = frozenset(
    [
        "representative",  # "the representative of Haiti", "Ambassador of Chile to Japan"
        "ambassador",
        "mayor",
        "governor",
        "executive",
        "chair",
        "chief",
        "head_of_state",
        "head_of_government",
        "minister",
        "prosecutor",
    ]
)
# descriptions that name an unnamed source or someone else, never "the person the text is about"
_ANONYMOUS_CLASSES = frozenset(
    [
        "organisation",
        "document",
        "source",
        "relation",
        "official",
        "spokesperson",
        "diplomat",
        "representative",
        "witness",
        # kin: "his daughter said" is never the man himself
        *[
            "son",
            "daughter",
            "wife",
            "husband",
            "mother",
            "father",
            "brother",
            "sister",
            "granddaughter",
            "grandson",
            "grandmother",
        ],
        *[
            "grandfather",
            "niece",
            "nephew",
            "widow",
            "widower",
            "partner",
            "cousin",
            "aunt",
            "uncle",
            "stepson",
            "stepdaughter",
        ],
        "fiancee",
    ]
)


def _cueless(c: Cand) -> bool:
    """A sentence that goes on reporting without a cue of its own: its cue and mention stay null."""
    return c.rule.endswith(":reported-mood-continuation")


def _without(seq: list[int], times: dict[int, int]) -> list[int]:
    """seq without the first times[x] occurrences of each x (what that many seq.remove(x) would leave;
    `times` is used up)."""
    out = []
    for y in seq:
        n = times.get(y, 0)
        if n > 0:
            times[y] = n - 1
        else:
            out.append(y)
    return out


# speaker nouns for one person ("la mujer", "the neighbour", "a witness"), not for a body
_PERSON_NOUN_CLASSES = frozenset({"person", "relation", "witness", "source"})


def _anaphoric(s: str, lang: CompiledLanguage) -> bool:
    """'the company', 'the group': a short lower-case description, not 'The Department for Transport'."""
    toks = tokens(s, 0, len(s))
    glued = bool(toks) and lang.data.elided_articles and unelide(toks[0].key, lang) != toks[0].key
    n = len(toks) + (1 if glued else 0)  # "l’établissement" is an article and its noun
    if not (2 <= n <= 3):
        return False
    # German capitalises the noun: "das Unternehmen", "dem Konzern" after a definite article
    german = lang.data.verb_second and len(toks) == 2 and toks[0].key in lang.data.definite_articles
    if any(t.text[:1].isupper() for t in toks[1:]) and not german:
        return False
    if _head_key(toks[-1], lang) in lang.data.anaphoric_org_nouns:
        return True
    # "l’exécutif européen", "le groupe pétrolier": the noun before a postnominal adjective
    return (
        lang.data.postnominal_adjectives
        and len(toks) >= 2
        and _head_key(toks[-1], lang) is None
        and _head_key(toks[-2], lang) in lang.data.anaphoric_org_nouns
    )


def _maybe_org(e: Entity) -> bool:
    """An organisation, or a name with no sign of being a person (no title, honorific, gender or age)."""
    return not e.is_person or not (e.titles or e.gender != "?" or e.aged)


def _head_word(s: str, lang: CompiledLanguage) -> str:
    """The last word of a description's head: 'A senior administration official, who …' -> 'official'."""
    toks = tokens(s, 0, len(s))
    if len(toks) > 2 and toks[1].key in lang.data.prepositions and toks[0].key in lang.determiners:
        toks = toks[2:]  # "one of the aides"
    head: list[Token] = []
    for t in toks:
        if head and (t.key in lang.data.prepositions or t.key in lang.data.relative_pronouns):
            break
        head.append(t)
    # "a source close to the couple" -> "source": the last speaker noun, not a post-modifier
    nouns = [t for t in head if _head_key(t, lang)]
    k = nouns[-1].key if nouns else head[-1].key if head else ""
    return k[:-1] if k.endswith("s") else k


def _clean_label(s: str) -> str:
    s = " ".join(s.split())
    return s.strip(" ,;:")


# ---------------------------------------------------------------------------------------------- output


def finalize(doc: Document, cands: list[Cand]) -> list[ExtractedQuote]:
    n = len(doc.text)
    out: list[tuple[Cand, ExtractedQuote]] = []
    for c in cands:
        a, b = max(0, c.start), min(n, c.end)
        if a >= b:
            continue
        m = c.mention
        mention = (m.start, m.end) if m is not None and 0 <= m.start < m.end <= n else None
        cue = (c.cue.start, c.cue.end) if c.cue is not None else None
        speaker = c.speaker
        conf = c.confidence if speaker else c.confidence * 0.5
        out.append(
            (
                c,
                ExtractedQuote(
                    a,
                    b,
                    c.kind,
                    speaker,
                    mention,
                    cue,
                    c.cue.lemma if c.cue else None,
                    round(min(1.0, max(0.0, conf)), 3),
                    c.rule,
                    doc.lang.data.speech_act(c.cue.lemma if c.cue else None),
                ),
            )
        )
    out.sort(key=lambda x: (x[1].start, -x[1].end))
    kept: list[ExtractedQuote] = []
    for _, q in out:
        if kept and q.start < kept[-1].end:
            prev = kept[-1]
            if (q.confidence, q.end - q.start) > (prev.confidence, prev.end - prev.start):
                kept[-1] = q
            continue
        kept.append(q)
    # a replaced quote may now overlap the one before it
    final: list[ExtractedQuote] = []
    for q in kept:
        if final and q.start < final[-1].end:
            continue
        final.append(q)
    return final


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

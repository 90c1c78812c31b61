"""The document stage: paragraphs, quotation-mark pairs, sentences and speech cues of one text.

`Document` holds them (as the records of records.py: `Para` one paragraph, `Cue` one speech verb or
phrase found in it) with the name registry (registry/) and the candidates the constructions add (`Cand`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from attribution.parsing.cues import _keyed_cue_spans
from attribution.parsing.incises import _split_incises
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.phrase import classify
from attribution.parsing.mentions.words import _head_key, _possessive, relative_clause_start, unelide
from attribution.parsing.quotemarks import SPACE, scan_paragraph
from attribution.parsing.records import Cand, Cue, Para
from attribution.parsing.registry.build import build_registry
from attribution.parsing.registry.facts import _blank_gap
from attribution.parsing.text import (
    is_blank,
    last_at_or_before,
    literal_prefix,
    paragraphs,
    sentences,
    share_tokens,
    tokens,
    tokens_tail,
)
from attribution.parsing.wordset import WordSetGroup

if TYPE_CHECKING:
    from attribution.parsing.cues import _CueSpan


_DATELINE_RE: Final = re.compile(
    # (EFE puts a full stop before its dash: "Lima, 3 dic (EFE).- …")
    r"(?:[A-Z][A-Za-z.]*(?:,? [^\W_][\w.,]*){0,4},? ?\((?:[^\W\d_][^()\n]{0,19})\)\.?\s*[:—–-]+"
    r"|[A-Z][A-Z .'’/]{2,30}(?:,[A-Za-z .]{1,25})?\s*[—–:-]+)\s*"
)
_DATELINE_CAPS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ .'’/")
# a live blog's time stamp before an entry: "17 h 40 – Selon l'AFP, …", "17h40 - …", "17:40 — …"
_TIMESTAMP_RE: Final = re.compile(r"\d{1,2} ?(?:h|:) ?\d{2}\s*[—–-]\s*")


def _dateline_possible(text: str, a: int, b: int) -> bool:
    """False when _DATELINE_RE cannot match at text[a:min(b, a + 80)] (most paragraphs), found without
    running it: its first form needs a "(" in the window, its second a capital, space or ./'’ second."""
    return text.find("(", a, min(b, a + 80)) >= 0 or (a + 1 < b and text[a + 1] in _DATELINE_CAPS)


OPEN_QUOTES: Final = "“\"‘'«„"


def _teaser(text: str, a: int, b: int, lang: CompiledLanguage) -> bool:
    """Is the paragraph a teaser for another story ("READ MORE: …", "WATCH | …", "Related: …"): a label
    of LanguageData.teaser_labels, capitalised, then a colon or a bar, within its first words?"""
    labels = lang.data.teaser_labels
    if not labels:
        return False
    head = text[a : min(b, a + 24)]
    k = head.find(":")
    bar = head.find("|")
    if k <= 0 or 0 < bar < k:
        k = bar
    if k <= 0:
        return False
    label = head[:k].strip()
    return label[:1].isupper() and fold(label) in labels


def _surname_before(text: str, name: str, pos: int) -> bool:
    """Was `name` written before `pos` as the last word of a capitalised full name ("Franck Haise")?"""
    k = text.rfind(" " + name, 0, pos)
    while k > 0:
        end = k + 1 + len(name)
        if not text[end : end + 1].isalnum():
            j = k
            while j > 0 and text[j - 1].isalpha() or j > 0 and text[j - 1] == "-":
                j -= 1
            if j < k and text[j].isupper():
                return True
        k = text.rfind(" " + name, 0, k)
    return False


class Document:
    def __init__(self, text: str, lang: CompiledLanguage) -> None:
        self.text = text
        self.lang = lang
        self.paras: list[Para] = []
        self.incise_tails: set[int] = set()
        self._inner = _according_inner_plan(lang)  # (asked in every paragraph: see _cues)
        spans = paragraphs(text)
        share_tokens(text, spans)  # until extract_quotes is done with the text
        # the cue forms and both "according to" lists, found in one pass over each paragraph
        cue_lists = WordSetGroup((lang.cue_set, lang.according_set, lang.according_post_set))
        for i, (a, b) in enumerate(spans):
            if _teaser(text, a, b, lang):
                # "READ MORE: Mayor says …", "WATCH: Premier says 'we will …'": a link to another story
                tp = Para(i, a, b, [], sentences(text, a, b, [], lang))
                tp.body_start = a
                tp.sent_starts = [x[0] for x in tp.sents]
                self.paras.append(tp)
                continue
            found = cue_lists.spans(text, a, b)
            cue_spans = _keyed_cue_spans(text, found[0])
            pairs = _split_incises(text, scan_paragraph(text, a, b), lang, self.incise_tails, cue_spans)
            p = Para(i, a, b, pairs, sentences(text, a, b, pairs, lang))
            m = (
                _DATELINE_RE.match(text, a, min(b, a + 80))
                if lang.data.cased and _dateline_possible(text, a, b)
                else None
            )
            if m is None and text[a : a + 1].isdigit():
                m = _TIMESTAMP_RE.match(text, a, min(b, a + 12))
            p.body_start = m.end() if m and m.end() < b else a
            p.open_starts = [q.open_pos for q in p.pairs]
            p.cues = self._cues(p, cue_spans, found[1], found[2])
            p.cue_starts = [c.start for c in p.cues]
            p.sent_starts = [x[0] for x in p.sents]
            self.paras.append(p)
        self.registry = build_registry(text, lang, self.paras)
        self.cands: list[Cand] = []
        self.comp_memo: dict[tuple[int, int, int], int | None] = {}  # see _complementizer_after

    def _cues(
        self,
        p: Para,
        cue_spans: list[_CueSpan],
        according_pre: list[tuple[int, int]],
        according_post: list[tuple[int, int]],
    ) -> list[Cue]:
        """The paragraph's cues: its cue forms (cue_spans) that are speech verbs here, and its
        "according to" phrases (the spans of lang.according_set and lang.according_post_set)."""
        out = []
        opens = p.open_starts
        for m_start, m_end, key in cue_spans:
            k = last_at_or_before(opens, m_start)
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
            if self._capitalised_noun(p, m_start):
                continue  # "schade allen Versicherten": a German noun spelt like the verb's past
            colon_only = key in self.lang.data.colon_only_cues
            if colon_only and not self.text[m_end : m_end + 3].lstrip(SPACE).startswith(":"):
                continue  # "formuliert es so: „…“", not "…, so dass …"
            if (
                key in self.lang.data.clause_final_cues
                and not self._clause_final(p, m_start, m_end, key)
                and not (key in self.lang.data.impersonal_cues and self._source_opened(p, m_start))
            ):
                continue  # "hieß" only in "…, wie es hieß", "zu hören" only in "…, ist aus X zu hören"
            if key in self.lang.data.split_particles:
                particle = self._closing_particle(p, m_end, key)
                if not particle and not (
                    key in self.lang.data.comma_split_cues and self._comma_cue(p, m_start, m_end)
                ):
                    continue  # "machte Urlaub", "stellte einen Antrag": no "machte … deutlich, dass"
                # "hielt … vor" (accuse) and "hielt … dagegen" (reply): the particle picks the verb
                lemma = self.lang.cues.get(f"{key} {particle}", lemma)
            if key in self.lang.data.plural_cue_forms and self._after_modal(p, m_start):
                continue  # "… könne man noch nicht sagen": an infinitive after a modal, no speech act
            if key == lemma and self._after_indefinite_modifier(p, m_start):
                continue  # "a Pennsylvania rule that …", "a new report that …": a noun and its modifier
            if self._gerund_after_indefinite(p, m_start, m_end, key):
                continue  # "a severe weather warning for heavy rain that may …": a noun, not a participle
            phrase_lemma = lemma in self.lang.data.object_phrase_lemmas
            if phrase_lemma and not self._object_phrase_follows(p, m_end, key, lemma):
                continue  # "sprach mit Akzent": no "sprach (im Plädoyer) von …"
            if key in self.lang.data.comma_cues and not self._comma_cue(p, m_start, m_end):
                continue  # "so dass", "doppelt so viel", "So deutlich …": no "…, so der Minister"
            if self._passive(p, m_end):
                continue  # "… seien 14 Anrufe gemeldet worden": a passive participle, no speaker's act
            if lemma in self.lang.data.belief_lemmas:
                continue  # "Many scientists believe that …": a belief the writer reports, no speech
            if lemma in self.lang.data.evidence_lemmas and self._evidence_subject(p, m_start):
                continue  # "The data suggests that …", "these figures show": evidence, no speaker
            out.append(Cue(m_start, m_end, key, lemma))
        n_forms = len(out)  # (in order: cue_spans are)
        # (two calls, not a loop over a tuple of pairs: the compiled build iterates and unpacks those
        # as objects)
        self._according_cues(p, according_pre, "@pre", out)
        self._according_cues(p, according_post, "@post", out)
        for i_start, i_end in _inner_spans(self.text, p.start, p.end, self._inner):
            k = last_at_or_before(opens, i_start)
            if not (k >= 0 and p.pairs[k].open_pos < i_start < p.pairs[k].outer_end):
                out.append(Cue(i_start, i_end, "@inner", "according to"))
        if len(out) > n_forms:
            out.sort(key=lambda c: c.start)  # (a stable sort: only "according to" cues can be out of order)
        return out

    def _according_cues(self, p: Para, spans: list[tuple[int, int]], where: str, out: list[Cue]) -> None:
        """Append to `out` the "according to" phrases at `spans` outside quotations ("@pre": before
        their source, "@post": after it)."""
        opens = p.open_starts
        for m_start, m_end in spans:
            k = last_at_or_before(opens, m_start)
            if k >= 0 and p.pairs[k].open_pos < m_start < p.pairs[k].outer_end:
                continue
            if (
                self.lang.according_persons
                and fold(self.text[m_start:m_end]) in self.lang.according_persons
                and not self._person_source(p, m_start, m_end)
            ):
                continue  # "Pour le moment, …", "voter pour le texte": only "Pour elle, …"
            out.append(Cue(m_start, m_end, where, "according to"))

    def _after_modal(self, p: Para, pos: int) -> bool:
        """A modal verb (LanguageData.modal_verbs) stands before `pos` in its clause (since the last
        comma or stop): "Man könne nicht sagen, …", "Dazu wollten sie nichts sagen"."""
        modals = self.lang.data.modal_verbs
        if not modals:
            return False
        text = self.text
        lo = max(p.start, pos - 120)
        for ch in ",.;:!?":
            k = text.rfind(ch, lo, pos)
            if k >= 0:
                lo = k + 1
        return any(t.key in modals and t.text[:1].islower() for t in tokens(text, lo, pos))

    def _closing_particle(self, p: Para, end: int, key: str) -> str:
        """The particle of a split separable cue (LanguageData.split_particles) that ends its clause: the
        last word before the next comma, colon or stop ("machte zu Beginn deutlich, dass …"); "" if none."""
        text = self.text
        hi = min(p.end, end + 120)
        stop = hi
        for ch in ",:.;":
            k = text.find(ch, end, stop)
            if k >= 0:
                stop = k
        last = tokens(text, end, stop)[-1:]
        if last and last[0].key in self.lang.data.split_particles[key] and stop < hi:
            return last[0].key
        return ""

    def _source_opened(self, p: Para, start: int) -> bool:
        """The sentence opens with a short prepositional source phrase right before `start`: "Aus
        Koalitionskreisen verlautete, …" (an impersonal cue that is clause-final elsewhere)."""
        text = self.text
        lo = max(p.body_start, start - 80)
        end = start
        rel = relative_clause_start(text, lo, start, self.lang)
        if rel > 0:
            end = rel  # "In einem Lagebild des LKA, das am Montag erschien, heißt es, …"
        cut = max(text.rfind(ch, lo, end) for ch in '.!?:;"„“”«»,')
        if cut >= 0 and text[cut] == ",":
            return False
        if cut < 0 and lo > p.body_start:
            return False
        head = tokens(text, max(cut + 1, lo), end, limit=7)
        return 2 <= len(head) <= 6 and head[0].key in self.lang.data.prepositions

    def _clause_final(self, p: Para, start: int, end: int, key: str) -> bool:
        """A clause-final agentless cue (LanguageData.clause_final_cues) closing a short clause after a
        comma that one of its openers begins: "…, wie es in der Fraktion hieß.", "…, ist aus dem
        Umfeld zu hören." (not "Der Hund hieß Bello", "Das war zu hören: …")."""
        text = self.text
        lo = max(p.body_start, start - 100)
        cut = max(text.rfind(ch, lo, start) for ch in ',.!?:;"„“”«»')
        if cut < 0 and lo > p.body_start:
            return False
        # "Wie es aus Regierungskreisen hieß, soll …": at the sentence's start, a comma follows
        fronted = cut < 0 or text[cut] != ","
        nxt = text[end : min(p.end, end + 2)].lstrip(SPACE)
        if (fronted and not nxt.startswith(",")) or (nxt and nxt[0] not in ",.;!?)"):
            return False
        head = tokens(text, max(cut + 1, lo), start, limit=9)
        if len(head) > 8:
            return False
        return any(
            len(head) >= len(o) and all(head[i].key == w for i, w in enumerate(o))
            for o in self.lang.data.clause_final_cues[key]
        )

    def _object_phrase_follows(self, p: Para, end: int, key: str, lemma: str) -> bool:
        """A cue whose report is its prepositional object ("sprach von einem „…“") has that preposition
        in its key or among the next few words of its clause."""
        prep = self.lang.data.object_phrase_lemmas[lemma]
        if key.endswith(" " + prep):
            return True
        for t in tokens(self.text, end, min(p.end, end + 80))[:8]:
            if t.key == prep:
                return True
            if any(ch in self.text[end : t.start] for ch in ",.;:!?"):
                return False
        return False

    def _comma_cue(self, p: Para, start: int, end: int) -> bool:
        """A comma cue ("so") after a comma or dash and before a capitalised word or a determiner."""
        before = self.text[max(p.start, start - 4) : start].rstrip()
        if not before.endswith((",", "–", "—")):
            return False
        nxt = tokens(self.text, end, min(p.end, end + 40))[:2]
        if len(nxt) == 2 and nxt[0].key in self.lang.determiners and nxt[1].key in self.lang.data.non_sources:
            return False  # "Dann, so die Hoffnung in Berlin, …", "so der Plan": no speaker
        return (
            bool(nxt)
            and is_blank(self.text, end, nxt[0].start)
            and (nxt[0].text[:1].isupper() or nxt[0].key in self.lang.determiners)
            and not self.lang.complementizer_re.fullmatch(nxt[0].text)
        )

    def _passive(self, p: Para, end: int) -> bool:
        """The cue (a participle) is followed by a passive auxiliary (lang.data.passive_auxiliaries)."""
        aux = self.lang.data.passive_auxiliaries
        if not aux:
            return False
        nxt = tokens(self.text, end, min(p.end, end + 12))[:1]
        return bool(nxt) and nxt[0].key in aux and is_blank(self.text, end, nxt[0].start)

    def _evidence_subject(self, p: Para, pos: int) -> bool:
        """The cue's subject is evidence, not a speaker: its head right before it (an adverb between
        allowed) is one of lang.data.evidence_nouns ("the data suggests", "the numbers clearly show")."""
        prev = tokens_tail(self.text, max(p.start, pos - 40), pos, 2)
        if len(prev) == 2 and prev[1].key.endswith("ly") and prev[1].text[:1].islower():
            prev = prev[:1]  # "… clearly show"
        if prev and prev[-1].key in self.lang.data.evidence_nouns:
            return True
        return self._evidence_head_with_phrase(p, pos)

    def _evidence_head_with_phrase(self, p: Para, pos: int) -> bool:
        """The cue's subject opens its sentence with an evidence noun and a prepositional phrase or a
        participle ("Data from the province's surveillance system suggests …", "Figures released by the
        agency show …"): evidence, not a speaker."""
        lo = max(p.start, pos - 90)
        stop = max(self.text.rfind(ch, lo, pos) for ch in ".!?;:\n")
        if stop < 0 and lo > p.start:
            return False  # (the sentence opens further back: a long subject is no such phrase)
        toks = tokens(self.text, stop + 1 if stop >= 0 else lo, pos)[:12]
        k = 0
        while k < len(toks) - 1 and k < 3 and toks[k].key not in self.lang.data.evidence_nouns:
            if toks[k].key in self.lang.determiners or toks[k].text[:1].islower() or k == 0:
                k += 1  # ("New data from …", "The latest figures from …")
            else:
                return False
        if k + 2 >= len(toks) or toks[k].key not in self.lang.data.evidence_nouns:
            return False
        if "," in self.text[toks[k].start : pos]:
            return False  # ("Data from the agency, the minister said, …": a speaker after a comma)
        link = toks[k + 1]
        return link.key in self.lang.data.prepositions or (
            link.key.endswith("ed") and link.text[:1].islower()
        )

    def _after_indefinite_modifier(self, p: Para, pos: int) -> bool:
        """A cue's bare form after an indefinite article and one modifier ("a Pennsylvania rule", "a
        new report"): a noun (lang.data.indefinite_articles)."""
        arts = self.lang.data.indefinite_articles
        if not arts:
            return False
        prev = tokens(self.text, max(p.start, pos - 40), pos)[-2:]
        return (
            len(prev) == 2
            and prev[0].key in arts
            and prev[1].key not in self.lang.function_words
            and is_blank(self.text, prev[0].end, prev[1].start)
            and is_blank(self.text, prev[1].end, pos)
        )

    def _gerund_after_indefinite(self, p: Para, pos: int, end: int, key: str) -> bool:
        """A cue's -ing form after an indefinite article and one or two lower-case modifiers, then a
        preposition ("issued a severe weather warning for heavy rain that …", "put out a flood warning
        for coastal towns"): a noun, whose "that" opens a relative clause, not a report."""
        arts = self.lang.data.indefinite_articles
        suffix = self.lang.data.gerund_suffix
        if not arts or not suffix or not key.endswith(suffix):
            return False
        nxt = tokens(self.text, end, min(p.end, end + 20), 1)
        if (
            not nxt
            or nxt[0].key not in self.lang.data.prepositions
            or not is_blank(self.text, end, nxt[0].start)
        ):
            return False
        prev = tokens(self.text, max(p.start, pos - 50), pos)[-3:]
        for k in (len(prev) - 2, len(prev) - 3):
            if k < 0 or prev[k].key not in arts:
                continue
            mods = prev[k + 1 :]
            return (
                all(
                    t.text[:1].islower()
                    and t.key not in self.lang.function_words
                    and t.key not in self.lang.cues
                    for t in mods
                )
                and all(
                    is_blank(self.text, a.end, b.start) for a, b in zip(prev[k:], prev[k + 1 :], strict=False)
                )
                and is_blank(self.text, prev[-1].end, pos)
            )
        return False

    def _after_noun_determiner(self, p: Para, pos: int) -> bool:
        """A cue word right after an article or possessive that only ever precedes a noun ("the state
        fire marshal's office", "its report"): a noun, not a speech verb (lang.data.noun_determiners)."""
        dets = self.lang.data.noun_determiners
        if not dets:
            return False
        prev = tokens_tail(self.text, max(p.start, pos - 12), pos, 1)
        return bool(prev) and prev[0].key in dets and is_blank(self.text, prev[0].end, pos)

    def _capitalised_noun(self, p: Para, pos: int) -> bool:
        """German: a capitalised cue word right after a lower-case word or an article, with only
        spaces between ("schade den Versicherten", "Die Versicherten"): a noun, since a verb is
        capitalised only where it opens the sentence."""
        if not self.lang.data.verb_second or not self.text[pos].isupper():
            return False
        prev = tokens_tail(self.text, max(p.start, pos - 30), pos, 1)
        if not prev or not is_blank(self.text, prev[0].end, pos):
            return False
        return prev[0].text[:1].islower() or prev[0].key in self.lang.determiners

    def _gerund_noun(self, p: Para, pos: int, key: str) -> bool:
        """A cue's -ing form right after a preposition other than the agent's "by" ("in writing",
        "for saying"): a noun, no speech verb."""
        suffix = self.lang.data.gerund_suffix
        if not suffix or not key.endswith(suffix):
            return False
        prev = tokens_tail(self.text, max(p.start, pos - 20), pos, 1)
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
        prev = tokens_tail(self.text, max(p.start, pos - 30), pos, 1)
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
        if j > p.start and text[j - 1] not in '.!?»”"':
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
        if m is None or m.kind == "org":
            # an acronym only with its description after it ("Pour la CGT, majoritaire sur le site, …",
            # "Pour l'UNSA, minoritaire …"; not "Pour le PSG, ce match est décisif")
            if any(unelide(t.key, lang) in lang.data.opinion_orgs for t in toks):
                # "Para la Sala, …", "Pour les écologistes, …", "Pour l'opposition, …": a body that
                # holds views
                return True
            word = toks[-1].text.rsplit("'", 1)[-1].rsplit("’", 1)[-1]
            if len(word) < 2 or not word.isupper():
                return False
            nxt = text.find(",", comma + 1, min(p.end, comma + 80))
            after = tokens(text, comma + 1, nxt, limit=1) if nxt > 0 else []
            if after and after[0].text[:1].islower():
                return True
            # "Pour la FIQ, le recours aux agences « ne règle rien »": the body's own words quoted in
            # the clause after it (not "Pour le PSG, ce match est décisif")
            s_end = self.sentence_of(p, comma)[1]
            return bool(p.pairs_in(comma, s_end)) and len(toks) <= 3
        if m.kind == "name" and len(m.name_tokens) == 1 and m.name_tokens[0].casefold() not in lang.org_words:
            # "Pour Lucas, étudiant en droit, « … »", "Pour Inès, « … »": a first name alone, when a
            # description of a person or the quotation itself follows
            if text[comma + 1 : comma + 4].lstrip(SPACE)[:1] in '«“"':
                return True
            if _surname_before(text, m.name_tokens[0], a):
                return True  # "Pour Haise, …" after "l'entraîneur Franck Haise"
            after = tokens(text, comma + 1, min(p.end, comma + 60), limit=3)
            return bool(after) and any(
                lang.speaker_nouns.get(_head_key(t, lang) or "") == "person" for t in after[:2]
            )
        if m.kind == "name":
            return len(m.name_tokens) >= 2 and not any(t.casefold() in lang.org_words for t in m.name_tokens)
        if m.kind == "descriptor" and any(unelide(t.key, lang) in lang.data.opinion_orgs for t in toks):
            return True  # "Pour le parquet, …": a body that holds views
        # "Pour le ministre, …", and a person described otherwise: "Pour le quinquagénaire, …"
        return m.kind == "descriptor" and (bool(m.titles) or m.head_class == "person") and not m.plural

    def _after_possessive(self, p: Para, pos: int) -> bool:
        if pos - 3 < p.start or self.text[pos - 1] not in SPACE or self.text[pos - 2] not in "s’'":
            return False  # cheap test first: only "…’s cue", "…s’ cue"
        prev = tokens_tail(self.text, max(p.start, pos - 40), pos, 1)
        if not prev or not _possessive(prev[0]) or not is_blank(self.text, prev[0].end, pos):
            return False
        k = prev[0].key
        base = k[:-2] if k.endswith(("’s", "'s")) else k[:-1]
        # "he's said", "that's told": a contraction of "has"/"is", not a possessive
        return base not in self.lang.pronouns and base not in self.lang.function_words

    def sentence_of(self, p: Para, pos: int) -> tuple[int, int]:
        k = last_at_or_before(p.sent_starts, pos)
        s = p.sents[max(k, 0)]
        a = max(s[0], p.body_start) if s[0] <= p.body_start < s[1] else s[0]
        return a, s[1]


_INNER_RE: dict[str, re.Pattern[str] | None] = {}


def _according_inner_re(lang: CompiledLanguage) -> re.Pattern[str] | None:
    """lang.data.according_inner compiled once per language (None when the language has none)."""
    if lang.code not in _INNER_RE:
        _INNER_RE[lang.code] = re.compile(lang.data.according_inner) if lang.data.according_inner else None
    return _INNER_RE[lang.code]


# lang.data.according_inner without its leading r"\b" (None: no such pattern, or no leading \b). A pattern
# that opens with \b gives the regex engine no literal or character set to skip ahead to, so finditer
# tries a whole match at every character of every paragraph (5 % of the parser's work); without the \b
# the engine jumps to the next "In" / "[Nn]ach". It matches wherever the whole pattern does (and more):
# _according_inner_spans runs the whole pattern only at the places it finds.
_INNER_SCAN: dict[str, re.Pattern[str] | None] = {}


def _according_inner_scan(lang: CompiledLanguage) -> re.Pattern[str] | None:
    if lang.code not in _INNER_SCAN:
        pattern = lang.data.according_inner
        scan: re.Pattern[str] | None = None
        if pattern.startswith("\\b") and len(pattern) > 2 and pattern[2] not in "*+?{":
            try:
                scan = re.compile(pattern[2:])
            except re.error:
                scan = None
        _INNER_SCAN[lang.code] = scan
    return _INNER_SCAN[lang.code]


_INNER_PREFIX: dict[str, str] = {}  # lang.code -> literal_prefix() of its _according_inner_scan pattern

# what _according_inner_spans needs of a language, looked up once per document (Document._inner): its
# pattern, the pattern without its leading word boundary, and that one's literal prefix
_InnerPlan = tuple[re.Pattern[str] | None, re.Pattern[str] | None, str]


def _according_inner_plan(lang: CompiledLanguage) -> _InnerPlan:
    inner = _according_inner_re(lang)
    if inner is None:
        return None, None, ""
    scan = _according_inner_scan(lang)
    if scan is None:
        return inner, None, ""
    prefix = _INNER_PREFIX.get(lang.code)
    if prefix is None:
        prefix = _INNER_PREFIX[lang.code] = literal_prefix(scan.pattern)
    return inner, scan, prefix


def _according_inner_spans(text: str, a: int, b: int, lang: CompiledLanguage) -> list[tuple[int, int]]:
    """[m.span() for m in _according_inner_re(lang).finditer(text, a, b)]: the whole pattern tried only
    where the pattern without its leading word boundary matches (finditer's leftmost match is at one of those
    places, and match() there with the same end finds what finditer finds)."""
    return _inner_spans(text, a, b, _according_inner_plan(lang))


def _inner_spans(text: str, a: int, b: int, plan: _InnerPlan) -> list[tuple[int, int]]:
    """_according_inner_spans with the language's plan (_according_inner_plan) at hand."""
    inner, scan, prefix = plan
    if inner is None:
        return []
    if scan is None:
        return [m.span() for m in inner.finditer(text, a, b)]
    if prefix and text.find(prefix, a, b) < 0:
        return []  # (most paragraphs: no "In" for English's "In X's view")
    out: list[tuple[int, int]] = []
    pos = a
    while pos <= b:
        c = scan.search(text, pos, b)
        if c is None:
            break
        s = c.start()
        mt = inner.match(text, s, b)
        if mt is None:
            pos = s + 1
            continue
        e = mt.end()
        if e == s:  # an empty match: finditer's rules for what follows one are its own
            return [m.span() for m in inner.finditer(text, a, b)]
        out.append((s, e))
        pos = e
    return out

"""The subject that ends right before a cue ("The mayor said", "An official who asked not to be named
said", "Three people familiar with the talks said"): the cue's fillers and dates are dropped, then the
phrase is read back from the cue, over relative clauses, post-modifiers, participles and prepositional
phrases, to its start; a short parenthesis or a name tag ("D-Md.") after a name is stepped over, and a
relative pronoun after a comma speaks for its antecedent."""

from __future__ import annotations

from typing import Final

from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.mentions.after import subject_after
from attribution.parsing.mentions.phrase import Mention, _as_description, _basic_np_start, _extended, classify
from attribution.parsing.mentions.sov import _subject_sov
from attribution.parsing.mentions.words import (
    _CLAUSE_PUNCT,
    _article_after_head,
    _gap_clean,
    _head_key,
    _is_cap,
    _lower0,
    _particle_name_len,
    _rfind_comma,
    _upper0,
    surname_word,
)
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token, is_blank, rstrip_end, tokens, tokens_tail

_SPACE_COMMA: Final = SPACE + ","  # (built once, not at every use)


def subject_before(text: str, lo: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """The speaker phrase that ends just before a cue at `hi` (not before `lo`)."""
    if lang.data.verb_second and lang.data.name_connectors:
        pm = _particle_subject(text, lo, hi, lang)
        if pm is not None:
            return pm
    tag = _name_tag_before(text, lo, hi, lang)
    if tag >= 0:
        hi = tag  # "Hartley, R-Ind., told reporters": the subject is the name before the tag
    dot = rstrip_end(text, lo, hi) - 1
    if dot > lo and text[dot] == "." and lang.data.company_suffixes:
        # "Acme Corp. said", "Brightline Inc. told analysts": the suffix's full stop ends the name
        last = tokens_tail(text, max(lo, dot - 12), dot, 1)
        if (
            last
            and last[0].end == dot
            and last[0].key in lang.data.company_suffixes
            and _upper0(last[0].text)
        ):
            m0 = subject_before(text, lo, dot, lang)
            if m0 is not None and m0.end == dot and m0.kind in ("name", "org"):
                m0.end = dot + 1
                m0.text = text[m0.start : dot + 1]
                return m0
    m = _source_words(text, _subject_before(text, lo, hi, lang), lang)
    if m is not None and lang.data.verb_second and m.kind == "name" and len(m.name_tokens) == 1:
        aff = _affiliation_start(text, lo, m.start, lang)
        if aff >= 0:
            # "Fabian Rüttgers vom Institut der deutschen Wirtschaft warnte": the noun closes the
            # affiliation; the speaker comes before it
            return subject_before(text, lo, aff, lang)
    if m is not None and lang.data.word_order == "svo" and m.kind in ("name", "org") and m.start > lo:
        near = _named_before_place(text, lo, m, lang)
        if near is not None:
            return near  # "Judge Ann Marsh in Boston said": the place after the name is no speaker
    if (
        m is not None
        and lang.data.word_order == "svo"
        and m.kind != "pronoun"
        and m.start > lo
        and text[m.end : hi].strip(SPACE) == ","
    ):
        prev = tokens_tail(text, max(lo, m.start - 30), m.start, 1)
        if prev and prev[0].key in lang.data.prepositions and is_blank(text, prev[0].end, m.start):
            return None  # "… in the coming weeks, said one of the people": an adverbial, not a subject
        first = tokens(text, m.start, m.end, 1)
        if (
            prev
            # "to restore the subsidies, said": after a determiner no adjective of the phrase comes
            # before it ("top mediator says" is one phrase); "sues Brookfield Health, says"
            and (
                (m.kind == "descriptor" and bool(first) and first[0].key in lang.determiners)
                or (m.kind in ("name", "org") and _head_key(prev[0], lang) is None)
            )
            and prev[0].key not in lang.data.title_modifiers
            and _lower0(prev[0].text)
            and prev[0].key not in lang.determiners
            and prev[0].key not in lang.data.coordinators
            and is_blank(text, prev[0].end, m.start)
        ):
            return None  # "… until Friday to restore the subsidies, said one of the sources": an object
    return m


def _initial_surname(text: str, toks: list[Token], gap: str, lang: CompiledLanguage) -> bool:
    """A given name and the initial of a surname withheld ("Der Angeklagte Markus T. sagte, …", as court
    and police reports do); the full stop after the initial is the abbreviation's, not a sentence's."""
    if len(toks) < 2 or gap.strip(SPACE) != ".":
        return False
    last, prev = toks[-1], toks[-2]
    return (
        len(last.text) == 1
        and last.text.isupper()
        and _is_cap(prev)
        and len(prev.text) > 1
        and prev.key not in lang.function_words
        and _gap_clean(text, prev.end, last.start)
    )


def _source_words(text: str, m: Mention | None, lang: CompiledLanguage) -> Mention | None:
    """'Fuentes del Ministerio aseguraron …', 'Fuentes policiales explicaron …': a plural source noun
    that opens a sentence (and so is capitalised) with more words after it is no man called Fuentes."""
    if m is None or m.kind != "name" or len(m.name_tokens) != 1 or m.head_class != "source":
        return m
    toks = tokens(text, m.start, m.end)
    if len(toks) < 2 or not toks[0].key.endswith("s") or not _lower0(toks[1].text):
        return m
    return Mention(m.start, m.end, "descriptor", m.text, [], "source", set(), False, True, "?")


def _affiliation_start(text: str, lo: int, at: int, lang: CompiledLanguage) -> int:
    """Where "vom"/"von der …" starts when the capitalised word at `at` ends an affiliation after an
    adjective or a preposition ("vom Institut der deutschen Wirtschaft", "von der Universität zu
    Köln"); -1 otherwise."""
    prev = tokens_tail(text, max(lo, at - 80), at, 8)
    if len(prev) < 3 or not _lower0(prev[-1].text):
        return -1
    if prev[-1].key in lang.data.prepositions:
        pass  # "von der Universität zu Köln", "vom Klinikum in Essen": a place closes the affiliation
    elif prev[-1].key in lang.function_words or prev[-2].key not in lang.determiners:
        return -1  # (otherwise an adjective after its article: "der deutschen Wirtschaft")
    for k in range(len(prev) - 3, -1, -1):
        if prev[k].key in ("von", "vom") and k >= 1 and _is_cap(prev[k - 1]):
            return prev[k].start
    return -1


def _particle_subject(text: str, lo: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """German "Von der Leyen sagte, …", "Am Montag kündigte von Arnim an": a particle and a surname
    right before the cue, opening the clause, of a person named in full elsewhere."""
    toks = tokens_tail(text, max(lo, hi - 60), hi, 3)
    if not toks or not is_blank(text, toks[-1].end, hi):
        return None
    for k in range(len(toks) - 2, -1, -1):
        if toks[k].key in lang.data.name_connectors:
            if _particle_name_len(text, toks, k, lang) != len(toks) - k:
                return None
            before = text[max(lo, toks[k].start - 3) : toks[k].start].strip(SPACE)[-1:]
            if _lower0(toks[k].text) or before not in ("", ".", ",", "!", "?", "“", '"', "»"):
                return None  # "Sandra Keppler von der Beratungsstelle": the usual search's
            return classify(text, toks[k:], lang)
    return None


def _name_tag_before(text: str, lo: int, hi: int, lang: CompiledLanguage) -> int:
    """Where a name tag (lang.name_tag_re, "…, D-Md., said") ending right before `hi` starts, or -1."""
    k = hi
    while k > lo and text[k - 1] in SPACE:
        k -= 1
    if k <= lo or text[k - 1] != ",":
        return -1
    for m in lang.name_tag_re.finditer(text, max(lo, k - 32), k):
        if m.end() == k:
            return m.start()
    return -1


class _CompoundEnds:
    """The last words of the language's multi-word speaker nouns ("10" of "no 10"), with that language:
    one attribute holds both, so a thread never pairs a language with another's words."""

    def __init__(self) -> None:
        self.last: tuple[CompiledLanguage, frozenset[str]] | None = None


_COMPOUND_ENDS: Final = _CompoundEnds()


def _compound_ends(lang: CompiledLanguage) -> frozenset[str]:
    """{the last word of k for each key k of lang.speaker_nouns of more than one word}, for the language
    asked about last: a joined key can only be one of them if its last word is one of these."""
    last = _COMPOUND_ENDS.last
    if last is not None and last[0] is lang:
        return last[1]
    ends = frozenset([k.rsplit(" ", 1)[1] for k in lang.speaker_nouns if " " in k])
    _COMPOUND_ENDS.last = (lang, ends)
    return ends


# the classes of a speaker that a post-modifier may follow: "a diplomat familiar with the talks said"
_POST_MODIFIED: Final = frozenset(["source", "official", "person", "diplomat", "expert", "lawyer"])


def _subject_before(text: str, lo: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    lo = max(lo, hi - 180)  # a subject phrase is short; the bound keeps long sentences linear
    toks = tokens(text, lo, hi)
    if lang.data.word_order == "sov":
        return _subject_sov(text, toks, lang)
    while toks and (toks[-1].key in lang.cue_fillers or toks[-1].key in lang.calendar_words):
        if surname_word(text, toks, len(toks) - 1, lang):
            break  # "Theresa May said", "Ms. May said": a surname, not the month
        toks.pop()
    if toks and toks[-1].key in lang.data.date_prepositions and len(toks) > 1:
        toks.pop()
    if not toks or (toks[-1].key in lang.data.coordinators and is_blank(text, toks[-1].end, hi)):
        return None  # "X thanked the Council and said …": the sentence's subject, found by the caller
    n = 3
    # (the words are joined only when the last is the last word of a multi-word speaker noun)
    while n >= 2 and toks[-1].key in _compound_ends(lang):
        # (n = 3, then 2: a loop over a tuple is an iterator object in the compiled build)
        # a multi-word speaker noun that is no noun phrase of the usual shape: "No 10 said"
        if (
            len(toks) >= n
            and lang.data.cased
            and _upper0(toks[-n].text)
            and " ".join(t.key for t in toks[-n:]) in lang.speaker_nouns
            and all(
                _gap_clean(text, toks[x].end, toks[x + 1].start) for x in range(len(toks) - n, len(toks) - 1)
            )
            and is_blank(text, toks[-1].end, hi)
        ):
            a0, b0 = toks[-n].start, toks[-1].end
            key = " ".join(t.key for t in toks[-n:])
            return Mention(a0, b0, "org", text[a0:b0], [], lang.speaker_nouns[key], set(), False)
        n -= 1
    group = _group_member_subject(text, lo, toks, hi, lang)
    if group is not None:
        return group
    if (
        lang.data.word_order == "svo"
        and len(toks) >= 2
        and toks[-1].key in lang.data.quantifiers
        and toks[-2].key in lang.data.coordinators
        and is_blank(text, toks[-1].end, hi)
    ):
        # "Analysts had expected a fine …, and several said the penalty …": the group just named
        t = toks[-1]
        return Mention(t.start, t.end, "descriptor", t.text, head_class="source", plural=True)
    if (
        lang.data.postnominal_adjectives
        and len(toks) >= 2
        and _lower0(toks[-1].text)
        and toks[-1].key not in lang.function_words
        and toks[-1].key not in lang.cues
        and _head_key(toks[-2], lang) is not None
        and _gap_clean(text, toks[-2].end, toks[-1].start)
        and is_blank(text, toks[-1].end, hi)
    ):
        # "L’entraîneur rennais a reconnu …": an adjective after the head noun belongs to the subject;
        # so does "Fuentes sindicales indicaron" (a capitalised head noun at a sentence start)
        m = _subject_before(text, lo, toks[-2].end, lang)
        if (
            m is not None
            and (m.kind == "descriptor" or (m.kind == "name" and m.head_class is not None))
            and m.end == toks[-2].end
        ):
            return _extended(m, toks[-1].end, text[m.start : toks[-1].end])
    last = toks[-1]
    if (
        len(toks) >= 2
        and last.text.isdigit()
        and _is_cap(toks[-2])
        and _gap_clean(text, toks[-2].end, last.start)
        and is_blank(text, last.end, hi)
    ):
        # "El Centro de Emergencias 112 ha precisado", "Channel 4 said": a number ending a name
        m = _subject_before(text, lo, toks[-2].end, lang)
        if m is not None and m.kind != "pronoun" and m.end == toks[-2].end:
            return _extended(m, last.end, text[m.start : last.end])
    gap = text[last.end : hi]
    if "," in gap and lang.data.elided_articles and not tokens(text, last.end, hi):
        # French "… près de Mimizan, a indiqué la préfecture": after a comma the subject follows the cue
        return None
    if "," in gap and lang.data.elided_articles:
        fill = tokens(text, last.end, hi)
        if fill and "," not in text[last.end : fill[0].start] and "," in text[fill[-1].end : hi]:
            # "Le lycée restera fermé lundi, a indiqué la préfecture": the date ends the clause before
            # the comma; the subject follows the cue ("Jean Roy, lundi, a indiqué" keeps its subject)
            return None
    stripped = gap.strip(_SPACE_COMMA)
    if stripped.startswith(")"):
        # "Cllr Bisi Okafor (Lab, Northgate) said", "Jane Roe (D-Ohio) said": the parenthesis is an
        # aside (party, ward, constituency, acronym); the subject is the phrase before it
        m = _subject_before_aside(text, lo, last.end, lang)
        if m is not None:
            return m
    if stripped != "" and not stripped.startswith(")"):
        # filler words may sit in the gap; punctuation other than an appositive comma may not
        rest = list(tokens(text, last.end, hi))
        if any(ch in gap for ch in '.;:!?“”"«»') and not _initial_surname(text, toks, gap, lang):
            return None
        if rest and not all(t.key in lang.cue_fillers or t.key in lang.calendar_words for t in rest):
            return None
    if (
        last.key in lang.data.relative_pronouns
        and last.key not in lang.determiners
        and text[lo : last.start].rstrip(SPACE).endswith(",")
    ):
        # "… was Theresa Grant, a teacher, who wrote that …": a non-restrictive relative clause speaks
        # for its antecedent
        return _relative_antecedent(text, lo, text.rfind(",", lo, last.start), lang)
    if last.key in lang.pronouns:
        return Mention(
            last.start,
            last.end,
            "pronoun",
            last.text,
            gender=lang.pronouns[last.key],
            plural=lang.pronouns[last.key] == "p",
        )
    n = len(toks)
    # relative clause: "an official who asked not to be named"
    for k in range(n - 1, max(0, n - 12), -1):
        if toks[k].key not in lang.data.relative_pronouns:
            continue
        h = k - 1
        # "una docente de matemáticas que pidió …", "un técnico de AySA que pidió …": the head before a
        # short prepositional phrase
        if (
            h >= 2
            and not _head_key(toks[h], lang)
            and toks[h - 1].key in lang.data.head_prepositions
            and _head_key(toks[h - 2], lang)
        ):
            h -= 2
        elif (
            # "un diplomático europeo que pidió el anonimato": an adjective after the head
            lang.data.postnominal_adjectives
            and h >= 1
            and not _head_key(toks[h], lang)
            and _lower0(toks[h].text)
            and toks[h].key not in lang.function_words
            and _head_key(toks[h - 1], lang)
        ):
            h -= 1
        if _head_key(toks[h], lang):
            s = _basic_np_start(text, toks, h, lang)
            if s is not None:
                # ("a retired nurse who says …": the cue is the clause's own verb, the phrase ends
                # before the pronoun; "an official who asked not to be named said": it runs on)
                m = classify(text, toks[s:k] if k == n - 1 else toks[s:], lang)
                if m:
                    return m
            break
    # post-modified source: "three people familiar with the talks said", "officials close to the deal"
    for k in range(n - 2, max(-1, n - 9), -1):
        hk = _head_key(toks[k], lang)
        if hk is None or (lang.speaker_nouns.get(hk) or lang.titles.get(hk)) not in _POST_MODIFIED:
            continue
        rest = toks[k + 1 :]
        if rest[0].key in lang.data.prepositions or rest[0].key in lang.data.relative_pronouns:
            break  # handled by the preposition and relative-clause rules
        # "a source close to the couple"; after the preposition a name may follow ("close to Danny")
        p_idx = next((i for i, t in enumerate(rest) if t.key in lang.data.prepositions), len(rest))
        if all(
            (_lower0(t.text) or i > p_idx)
            and t.key not in lang.data.clause_verbs
            and (t.key not in lang.cues or t.key in lang.title_words)
            for i, t in enumerate(rest)
        ) and not any(ch in text[toks[k].end : hi] for ch in ',;:.()“”"«»'):
            s = _basic_np_start(text, toks, k, lang)
            if s is not None:
                m = classify(text, toks[s : k + 1], lang)
                if m is not None and m.kind != "name":
                    m.end, m.text = last.end, text[m.start : last.end]
                    return m
        break
    # participle modifier: "the independent mediator overseeing the talks said", "the union representing
    # many of the province's care workers warns"
    for k in range(n - 1, max(0, n - 10), -1):
        t = toks[k]
        if (
            # (two literal endings, not a tuple of them: the compiled build makes the tuple at each test)
            (t.key.endswith("ing") or t.key.endswith("ed"))
            and _lower0(t.text)
            and t.key not in lang.cue_fillers
            and _head_key(toks[k - 1], lang)
            and _gap_clean(text, toks[k - 1].end, t.start)
            and not any(ch in text[t.end : hi] for ch in ",;:")
            and all(u.key not in lang.cues or u.key in lang.title_words for u in toks[k + 1 :])
        ):
            s = _basic_np_start(text, toks, k - 1, lang)
            if s is not None and (
                s == 0
                or toks[s - 1].key in lang.function_words
                or text[toks[s - 1].end : toks[s].start].strip(SPACE)
            ):
                m = classify(text, toks[s:k], lang)
                if m is not None and (m.kind != "name" or s == k - 1):
                    # ("Republicans briefed on the polling said": a capitalised head noun alone)
                    m.end, m.text = last.end, text[m.start : last.end]
                    return m
            break
    if lang.data.participle_suffixes and lang.data.passive_agent:
        # "Fuentes del Ministerio consultadas por EFE indicaron": the agent is not the subject
        for k in range(n - 2, max(0, n - 6), -1):
            if toks[k].key != lang.data.passive_agent:
                continue
            part = toks[k - 1]
            if (
                k >= 2
                and _lower0(part.text)
                and part.key.endswith(lang.data.participle_suffixes)
                and not any(ch in text[toks[k - 2].end : hi] for ch in ',;:.()“”"«»')
            ):
                m = _subject_before(text, lo, part.start, lang)
                if m is not None and m.kind != "pronoun":
                    return _extended(m, last.end, text[m.start : last.end])
            break
    s = _basic_np_start(text, toks, n - 1, lang)
    if (
        s is not None
        and s >= 2
        and toks[s].key in lang.determiners
        and any(_is_cap(t) for t in toks[s + 1 :])
    ):
        pm = _person_before_place(text, toks, s, last, lang)
        if pm is not None:
            return pm
    if s is None:
        pp = _head_before_pps(text, toks, hi, lang)
        if pp is not None:
            return pp
        # a short phrase that is the whole clause before the cue: "The family said", "In a statement
        # released on Tuesday, the family said"
        k = n
        while (
            k > 0 and n - k < 4 and _gap_clean(text, toks[k - 1].end, (toks[k].start if k < n else last.end))
        ):
            k -= 1
            if toks[k].key in lang.determiners:
                break
        if _article_after_head(text, toks, k, lang):
            s0 = _basic_np_start(text, toks, k - 1, lang)
            if s0 is not None:
                m0 = classify(text, toks[s0:], lang)
                if m0 is not None:
                    return m0
        cl = toks[k:]
        if (
            k >= 2
            and 2 <= len(cl) <= 4
            and cl[0].key in lang.determiners
            and toks[k - 1].key in lang.data.head_prepositions
            and _head_key(toks[k - 2], lang) is not None
            and _gap_clean(text, toks[k - 2].end, toks[k - 1].start)
            and _gap_clean(text, toks[k - 1].end, cl[0].start)
        ):
            # "the speaker for the United States said": the head before the preposition
            s0 = _basic_np_start(text, toks, k - 2, lang)
            m0 = classify(text, toks[s0:], lang) if s0 is not None else None
            if m0 is not None and m0.kind == "descriptor":
                return m0
        if (
            2 <= len(cl) <= 4
            and cl[0].key in lang.determiners
            and cl[0].start == _clause_start(text, lo, cl)
            and not any(t.key in lang.function_words and t.key not in lang.determiners for t in cl)
        ):
            # "the veteran said", "the father-of-two said": a person described, resolved like "the mayor"
            person = cl[0].key in lang.data.definite_articles and not _is_cap(last) and len(cl) <= 3
            if any(_is_cap(t) for t in cl[1:]):
                pm = _person_before_place(text, toks, k, last, lang)
                if pm is not None:
                    return pm
                # "La Commission électorale a indiqué": a capitalised noun names an institution
                return Mention(cl[0].start, last.end, "org", text[cl[0].start : last.end], definite=True)
            return Mention(
                cl[0].start,
                last.end,
                "descriptor",
                text[cl[0].start : last.end],
                head_class="person" if person else None,
                definite=person,
            )
        return None
    if (
        s >= 2
        and _is_cap(toks[s])
        and _lower0(toks[s - 1].text)
        and toks[s - 1].key in lang.data.oblique_markers
        and toks[s - 1].key not in lang.function_words
        and toks[s - 1].key not in lang.data.prepositions
        and toks[s - 2].key in lang.determiners
        and _gap_clean(text, toks[s - 1].end, toks[s].start)
    ):
        s -= 2  # "los vecinos de la calle Mayor": the name of a street, a place noun before it
    ext = 0
    while ext < 3:
        if _article_after_head(text, toks, s, lang):
            s2 = _basic_np_start(text, toks, s - 1, lang)
        elif (
            s >= 2
            and toks[s - 1].key in lang.data.prepositions
            and _gap_clean(text, toks[s - 2].end, toks[s - 1].start)
            and _gap_clean(text, toks[s - 1].end, toks[s].start)
            and (
                _head_key(toks[s - 2], lang)
                or (_is_cap(toks[s - 2]) and (ext > 0 or toks[s - 1].key in lang.data.name_prepositions))
                or (
                    toks[s - 2].key in lang.data.quantifiers
                    and toks[s - 1].key in lang.data.head_prepositions
                )
            )
        ):
            s2 = _basic_np_start(text, toks, s - 2, lang)
        else:
            break
        if s2 is None:
            break
        s = s2
        ext += 1
    m = classify(text, toks[s:], lang)
    if (
        m is not None
        and ext == 0
        and m.kind in ("org", "name")
        and s >= 2
        and (
            toks[s - 1].key in lang.data.prepositions
            # ("of south Georgia": a lower-case word of direction before the place)
            or (s >= 3 and toks[s - 2].key in lang.data.prepositions and _lower0(toks[s - 1].text))
        )
    ):
        # "Farmers in some of the driest parts of the county say", "Growers in the counties of south
        # Georgia say": the place ends a chain of phrases after the group that speaks
        pp = _head_before_pps(text, toks, hi, lang, place_last=True)
        if pp is not None and (
            pp.plural or (pp.kind == "descriptor" and pp.head_class not in (None, "organisation"))
        ):
            return pp
    # "Families across the county say": a head noun capitalised only because it opens the clause,
    # placed by a phrase that ends in a local-government noun (described, as in _head_before_pps; a
    # named place stays out: "Parents at Glenview Public School are asking": "Parents")
    if (
        m is not None
        and ext > 0
        and s == 0
        and m.kind == "name"
        and m.head_class is not None
        and len(m.name_tokens) == 1
        and toks[1].key in lang.data.prepositions
        and all(u.text[:1].islower() for u in toks[1:] if u.key not in lang.function_words)
    ):
        return _as_description(m, toks[-1].end, text[m.start : toks[-1].end])
    return m


def _head_before_pps(
    text: str, toks: list[Token], hi: int, lang: CompiledLanguage, place_last: bool = False
) -> Mention | None:
    """'Un trabajador con 22 años de antigüedad confesaba', 'un vecino de la zona dijo': the speaker's
    head noun before prepositional phrases of common words (no verb, no punctuation). With
    `place_last`, the last phrase may name a place ("… of south Georgia")."""
    n = len(toks)
    # (up to nine words after the head: "Voters in two of the most closely watched states say")
    for h in range(n - 2, max(-1, n - 11), -1):
        t = toks[h]
        if t.key in lang.data.clause_verbs or (t.key in lang.cues and t.key not in lang.title_words):
            return None
        if _head_key(t, lang) is None or toks[h + 1].key not in lang.data.prepositions:
            continue
        if any(ch in text[t.end : hi] for ch in ',;:.()“”"«»'):
            return None
        rest = toks[h + 1 :]
        if place_last:
            last_prep = max(i for i, u in enumerate(rest) if u.key in lang.data.prepositions)
            rest = rest[:last_prep]
        if not all(_lower0(u.text) or u.text.isdigit() for u in rest if u.key not in lang.function_words):
            return None
        s = _basic_np_start(text, toks, h, lang)
        if s is None:
            return None
        m = classify(text, toks[s : h + 1], lang)
        if m is None or not (
            m.kind == "descriptor"
            # "Farmers in the valley say", "Fishermen in the bay warned": a head noun capitalised only
            # because it opens the clause (classify reads it as a name with a head class)
            or (m.kind == "name" and s == h == 0 and m.head_class is not None)
        ):
            return None
        # (a group so placed is described, not named: "Farmers in the valley", like "Critics of the plan")
        return Mention(
            m.start,
            toks[-1].end,
            "descriptor",
            text[m.start : toks[-1].end],
            [],
            m.head_class,
            m.nationality,
            m.definite,
            m.plural,
            m.gender,
            m.titles,
        )
    return None


def _relative_antecedent(text: str, lo: int, comma: int, lang: CompiledLanguage) -> Mention | None:
    """The antecedent of a relative pronoun after `comma`: the noun phrase heading a chain of short
    appositives ("Jane Holt, 47, a teacher from Leeds, who …" -> Jane Holt), else the nearest one."""
    nearest: Mention | None = None
    named: Mention | None = None
    right = comma
    for _ in range(4):
        c = _rfind_comma(text, lo, right)
        start = max(lo, c + 1)
        for ch in _CLAUSE_PUNCT:
            k = text.rfind(ch, lo, right)
            if k + 1 > start:
                start, c = k + 1, -1
        seg = tokens(text, start, right)
        m = subject_before(text, start, right, lang) if seg else None
        if seg and lang.data.word_order == "svo" and nearest is None:
            # "« … », tempère l'ancien député du Tarn, qui reconnaît …": the inverted subject of the
            # incise's cue is the antecedent, as it is the quotation's speaker
            spans = lang.cue_set.spans(text, start, right)
            if spans and spans[0][0] - start <= 3:
                inv = subject_after(text, spans[-1][1], right, lang)
                if inv is not None and inv.kind in ("name", "descriptor", "org"):
                    m = inv
        if m is not None and m.kind in ("name", "descriptor", "org"):
            nearest = nearest or m
            if m.kind == "name":
                named = m
        if c < 0 or len(seg) > 8 or any(t.key in lang.cues or t.key in lang.data.clause_verbs for t in seg):
            break
        right = c
    return named or nearest


def _subject_before_aside(text: str, lo: int, close: int, lang: CompiledLanguage) -> Mention | None:
    """The subject before a short parenthesis that ends at `close` ("Name (Party, Ward)")."""
    op = text.rfind("(", lo, close)
    if op <= lo or close - op > 60 or ")" in text[op:close] or any(ch in text[op:close] for ch in ".;:!?"):
        return None
    m = subject_before(text, lo, op, lang)
    return m if m is not None and m.kind in ("name", "descriptor", "org") else None


def _those_who(text: str, lo: int, toks: list[Token], lang: CompiledLanguage) -> Mention | None:
    """ "Several of those who attended said …": a quantifier, "of", a demonstrative that stands for
    people (LanguageData.demonstrative_heads) and its short relative clause, opening the clause."""
    if not lang.data.demonstrative_heads:
        return None
    n = len(toks)
    for i in range(max(0, n - 9), n - 3):
        if (
            toks[i].key in lang.data.quantifiers
            and toks[i + 1].key in lang.data.head_prepositions
            and toks[i + 2].key in lang.data.demonstrative_heads
            and toks[i + 3].key in lang.data.relative_pronouns
            and all(_gap_clean(text, toks[x].end, toks[x + 1].start) for x in range(i, n - 1))
            and not any(t.key in lang.cues for t in toks[i + 4 :])
            and _clause_start(text, lo, toks[i:]) == toks[i].start
        ):
            phrase = text[toks[i].start : toks[-1].end]
            return Mention(
                toks[i].start, toks[-1].end, "descriptor", phrase, head_class="source", plural=True
            )
    return None


def _group_member_subject(
    text: str, lo: int, toks: list[Token], hi: int, lang: CompiledLanguage
) -> Mention | None:
    """'Another said …', 'One of them said …', 'Others say …': a member (or members) of a group named
    before, the whole subject of its clause. A description, resolved like "one of the aides"."""
    if lang.data.word_order != "svo" or not toks or not is_blank(text, toks[-1].end, hi):
        return None
    those = _those_who(text, lo, toks, lang)
    if those is not None:
        return those
    first = len(toks) - 1
    if (
        len(toks) >= 3
        and toks[-3].key in lang.data.quantifiers
        and toks[-2].key in lang.data.head_prepositions
        and toks[-1].key in lang.data.object_pronouns
    ):
        first = len(toks) - 3  # "one of them", "two of us"
    elif (
        toks[-1].key not in lang.data.quantifiers
        or not (
            _is_cap(toks[-1])
            # "One said A; another cautioned that B": lower case after a semicolon
            or text[max(lo, toks[-1].start - 3) : toks[-1].start].rstrip(SPACE).endswith(";")
        )
    ):
        return None  # a capitalised quantifier alone: "Another said", "Several said" (a clause start)
    head = toks[first]
    if _clause_start(text, lo, toks[first:]) != head.start:
        return None
    plural = head.key not in ("one", "another")
    phrase = text[head.start : toks[-1].end]
    return Mention(head.start, toks[-1].end, "descriptor", phrase, head_class="source", plural=plural)


def _clause_start(text: str, lo: int, toks: list[Token]) -> int:
    """Start of the last clause in the window: after sentence punctuation or a quotation mark."""
    k = max(text.rfind(ch, lo, toks[0].start + 1) for ch in '.;:!?”"»,')
    return toks[0].start if k < lo or text[k + 1 : toks[0].start].strip(SPACE) == "" else -1


def _person_before_place(
    text: str, toks: list[Token], k: int, last: Token, lang: CompiledLanguage
) -> Mention | None:
    """'A woman at the Harmon rally said', "The president's pick for a seat on the Federal Reserve board
    said": the phrase from toks[k] is a place or body with a capitalised name inside, after a preposition
    (not "of"/"for"/"to", which make it the head's own complement); the person before it speaks, as in
    "A woman at the rally said". None when no person noun heads the words before the preposition."""
    prep = toks[k - 1].key if k >= 2 else ""
    if prep not in lang.data.prepositions or prep in lang.data.head_prepositions:
        return None
    if not _lower0(last.text):
        return None  # "… at the Calgary Stampede": a name to the end is the body (another rule's)
    j = k - 2
    while (
        k - j <= 6
        and j >= 1
        and _head_key(toks[j], lang) is None
        and _lower0(toks[j].text)
        and (toks[j].key in lang.determiners or toks[j].key in lang.data.prepositions)
        == (toks[j].key in lang.function_words)
    ):
        j -= 1  # "pick for a seat on …": back over the head's own short complement
    if j < 0 or _head_key(toks[j], lang) is None:
        return None
    s1 = _basic_np_start(text, toks, j, lang)
    pm = classify(text, toks[s1 : j + 1], lang) if s1 is not None else None
    if pm is None or pm.kind != "descriptor":
        return None
    return _extended(pm, last.end, text[pm.start : last.end])


def _named_before_place(text: str, lo: int, m: Mention, lang: CompiledLanguage) -> Mention | None:
    """The person named right before "in"/"at" + the place found as the subject ("U.S. District Judge Ann
    Marsh in Boston wrote", "Councillor Dee Park at city hall said"), or None when the word before the
    preposition is not the end of a capitalised name."""
    prev = tokens_tail(text, max(lo, m.start - 30), m.start, 2)
    if len(prev) < 2 or prev[1].key not in lang.data.phrase_stops or not is_blank(text, prev[1].end, m.start):
        return None
    if not _upper0(prev[0].text) or not is_blank(text, prev[0].end, prev[1].start):
        return None
    named = _subject_before(text, lo, prev[1].start, lang)
    if named is None or named.kind != "name" or named.end != prev[0].end:
        return None
    return named

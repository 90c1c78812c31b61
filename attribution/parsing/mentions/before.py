"""The subject that ends right before a cue ("The mayor said", "An official who asked not to be named
said", "Three people familiar with the talks said"): the cue's fillers and dates are dropped, then the
phrase is read back from the cue, over relative clauses, post-modifiers, participles and prepositional
phrases, to its start; a short parenthesis or a name tag ("D-Md.") after a name is stepped over, and a
relative pronoun after a comma speaks for its antecedent."""

from __future__ import annotations

from typing import Final

from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.mentions.after import subject_after
from attribution.parsing.mentions.before_shapes import (
    _affiliation_start,
    _compound_ends,
    _group_member_subject,
    _head_before_pps,
    _initial_surname,
    _name_tag_before,
    _participle_subject,
    _particle_subject,
    _person_before_place,
    _post_modified_subject,
    _relative_clause_subject,
    _short_clause_subject,
    _source_words,
)
from attribution.parsing.mentions.np_start import _basic_np_start
from attribution.parsing.mentions.phrase import Mention, _as_description, _extended, classify
from attribution.parsing.mentions.sov import _subject_sov
from attribution.parsing.mentions.words import (
    _CLAUSE_PUNCT,
    _article_after_head,
    _gap_clean,
    _head_key,
    _is_cap,
    _lower0,
    _rfind_comma,
    _upper0,
    surname_word,
)
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import is_blank, rstrip_end, tokens, tokens_tail

_SPACE_COMMA: Final = SPACE + ","  # (built once, not at every use)


def subject_before(text: str, lo: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """The speaker phrase that ends just before a cue at `hi` (not before `lo`)."""
    if lang.data.verb_second and lang.data.name_connectors:
        pm = _particle_subject(text, lo, hi, lang)
        if pm is not None:
            return pm
    if lang.data.verb_second:
        named = _quoted_name_subject(text, lo, hi, lang)
        if named is not None:
            return named
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


def _quoted_name_subject(text: str, lo: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """German 'Die Ultragruppe „Banda Nord“ kündigte an', 'Der Verein „Pro Wald“ erklärte': a noun
    with its article, then the group's name in quotation marks right before the cue; the whole phrase
    (None when no such phrase ends at `hi`)."""
    close = rstrip_end(text, lo, hi) - 1
    if close <= lo or text[close] not in "“«":
        return None
    open_pos = text.rfind("„" if text[close] == "“" else "»", max(lo, close - 60), close)
    if open_pos < 0:
        return None
    inner = tokens(text, open_pos + 1, close, limit=6)
    if not inner or len(inner) > 5 or not _upper0(inner[0].text):
        return None
    if any(ch in text[open_pos:close] for ch in ".!?,:;"):
        return None
    m = _subject_before(text, lo, open_pos, lang)
    if m is None or m.kind == "pronoun" or m.end != rstrip_end(text, lo, open_pos):
        return None
    phrase = tokens(text, m.start, m.end, limit=4)
    if not 2 <= len(phrase) <= 3 or phrase[0].key not in lang.determiners:
        return None  # only "der Verein „…“", "die Ultragruppe „…“": an article and its noun, then the name
    return _extended(m, close + 1, text[m.start : close + 1])


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
        and (
            is_blank(text, last.end, hi)
            # "Local 583 has warned": only auxiliaries and adverbs between the number and the cue
            or (
                text[last.end : hi].replace(" ", "").isalpha()
                and all(t.key in lang.cue_fillers for t in tokens(text, last.end, hi))
            )
        )
    ):
        # "El Centro de Emergencias 112 ha precisado", "Channel 4 said": a number ending a name
        m = _subject_before(text, lo, toks[-2].end, lang)
        if m is not None and m.kind != "pronoun" and m.end == toks[-2].end:
            if toks[-2].key in lang.data.numbered_org_words and m.kind != "org":
                # "Unifor Local 444 said", "Local 583 has warned": a union local, not "a local"
                label = text[m.start : last.end]
                return Mention(m.start, last.end, "org", label, [], "organisation", set(), False)
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
    m = _relative_clause_subject(text, toks, lang)
    if m is None:
        m = _post_modified_subject(text, toks, hi, lang)
    if m is None:
        m = _participle_subject(text, toks, hi, lang)
    if m is not None:
        return m
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
        return _short_clause_subject(text, lo, toks, hi, lang)
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

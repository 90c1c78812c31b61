"""The shapes of a subject before a cue that before._subject_before tests for as it reads the phrase back
from the cue: a particle surname ("Von der Leyen sagte"), a name tag ("Hartley, R-Ind., said"), a
multi-word speaker noun ("No 10 said"), a member of a group ("One of them said"), a head noun before a
relative clause, a post-modifier or a participle ("an official who asked not to be named", "people
familiar with the talks", "the mediator overseeing the talks"), a head before prepositional phrases
("Voters in two of the most closely watched states say"), a short phrase that is the whole clause ("The
family said") and a person before a place ("A woman at the Harmon rally said"). None of these reads a
phrase back with subject_before itself (the shapes that do stay in before.py), so before.py imports this
module and not the other way round."""

from __future__ import annotations

from typing import Final

from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.mentions.np_start import _basic_np_start
from attribution.parsing.mentions.phrase import Mention, _extended, classify
from attribution.parsing.mentions.words import (
    _article_after_head,
    _gap_clean,
    _head_key,
    _is_cap,
    _lower0,
    _particle_name_len,
)
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token, is_blank, tokens, tokens_tail


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
    origin = prev[-1].key in lang.data.origin_prepositions
    if origin and _is_cap(prev[-2]) and is_blank(text, prev[-1].end, at):
        return prev[-1].start  # "Der Projektierer Nordwind Energie aus Bremen": the town after the name
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


def _compound_ends(lang: CompiledLanguage) -> frozenset[str]:
    """{the last word of k for each key k of lang.speaker_nouns of more than one word}: a joined key can
    only be one of them if its last word is one of these. Made once per language (lang.compound_ends,
    not a memo of the language asked last: articles in other languages in between made it again)."""
    memo = lang.compound_ends
    if memo:
        return memo[0]
    ends = frozenset([k.rsplit(" ", 1)[1] for k in lang.speaker_nouns if " " in k])
    memo.append(ends)  # (two threads may both make it: the same set, and the first one is read)
    return ends


# the classes of a speaker that a post-modifier may follow: "a diplomat familiar with the talks said"
# (and office-holders with an adjective's complement: "the minister responsible for housing said",
# "the band councillor responsible for roads warned")
_POST_MODIFIED: Final = frozenset(
    [
        *["source", "official", "person", "diplomat", "expert", "lawyer"],
        *["minister", "legislator", "chief", "executive"],
    ]
)


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


def _relative_clause_subject(text: str, toks: list[Token], lang: CompiledLanguage) -> Mention | None:
    """The head noun phrase before a relative pronoun among the last words ("an official who asked not
    to be named said"); None when none is found."""
    n = len(toks)
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
    return None


def _post_modified_subject(text: str, toks: list[Token], hi: int, lang: CompiledLanguage) -> Mention | None:
    """A source noun and its post-modifier, read to the last word ("three people familiar with the talks
    said", "officials close to the deal"); None when none is found."""
    n = len(toks)
    for k in range(n - 2, max(-1, n - 9), -1):
        hk = _head_key(toks[k], lang)
        if hk is None or (lang.speaker_nouns.get(hk) or lang.titles.get(hk)) not in _POST_MODIFIED:
            continue
        rest = toks[k + 1 :]
        charge = (
            len(rest) > 3
            and bool(lang.data.charge_phrases)
            and f"{rest[0].key} {rest[1].key} {rest[2].key}" in lang.data.charge_phrases
        )
        if not charge and (
            rest[0].key in lang.data.prepositions or rest[0].key in lang.data.relative_pronouns
        ):
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
                    m.end, m.text = toks[-1].end, text[m.start : toks[-1].end]
                    return m
        break
    return None


def _participle_subject(text: str, toks: list[Token], hi: int, lang: CompiledLanguage) -> Mention | None:
    """A head noun and its participle modifier, read to the last word ("the independent mediator
    overseeing the talks said"); None when none is found."""
    n = len(toks)
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
                    m.end, m.text = toks[-1].end, text[m.start : toks[-1].end]
                    return m
            break
    return None


def _short_clause_subject(
    text: str, lo: int, toks: list[Token], hi: int, lang: CompiledLanguage
) -> Mention | None:
    """No simple noun phrase ends at the last word: a head before prepositional phrases ("un vecino de
    la zona dijo"), a head before its complement ("the speaker for the United States said"), or a
    short phrase that is the whole clause ("The family said", "the veteran said"); else None."""
    n = len(toks)
    last = toks[-1]
    pp = _head_before_pps(text, toks, hi, lang)
    if pp is not None:
        return pp
    # a short phrase that is the whole clause before the cue: "The family said", "In a statement
    # released on Tuesday, the family said"
    k = n
    while k > 0 and n - k < 4 and _gap_clean(text, toks[k - 1].end, (toks[k].start if k < n else last.end)):
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

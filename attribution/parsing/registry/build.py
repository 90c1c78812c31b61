"""The per-document name registry: which capitalised runs are names of people and organisations.

One pass over each sentence's tokens finds the capitalised runs (`_register_cased`; `_register_uncased`
for scripts without case, where names follow titles) and hands each to runs.py; single words that
match the last name of a registered person are counted as further mentions of that person.
"""

from __future__ import annotations

from itertools import compress, repeat
from operator import itemgetter, or_
from typing import TYPE_CHECKING, Final

from attribution.parsing import native
from attribution.parsing.cues import _FIRST_CHAR
from attribution.parsing.entities import Registry, index_left
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.words import _is_cap, _particle_surname
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.registry.facts import _blank_gap, _Facts, _facts, _facts_table
from attribution.parsing.registry.runs import _register_run
from attribution.parsing.text import Token, find_titles, token_index, tokens

if TYPE_CHECKING:
    from attribution.parsing.records import Para


_C: Final = native.speedups()  # C versions of the innermost loops, when the compiled build runs
# (the function itself, looked up once: a call through the module is a method look-up per sentence)
_CAP_STARTS: Final = _C.cap_starts if _C is not None else None


def build_registry(text: str, lang: CompiledLanguage, paras: list[Para]) -> Registry:
    """The registry of one document: every sentence of its paragraphs, read for names."""
    reg = Registry(lang)
    singles: list[tuple[Token, bool, bool]] = []
    table = _facts_table(lang)  # (once per document: the look-up by language is not free)
    for p in paras:
        if lang.data.furniture_labels and _credit_line(text, p, lang):
            continue  # "Foto: Roland Weihrauch/dpa": the photographer is no one in the story
        for sa, sb in p.sents:
            toks = tokens(text, sa, sb)
            if lang.data.cased:
                _register_cased(reg, text, toks, lang, singles, table)
            else:
                _register_uncased(reg, text, toks, lang)
    for tok, subj, oblique in singles:
        # fold(_strip_poss(tok.text)), computed once per word in its facts
        key = _facts(tok, lang, table).bare_key
        found = reg.by_last.get(key)  # (no empty list made for a word that is nobody's surname)
        if found is not None:
            for ent in found:
                ent.note(tok.start, subj)
                ent.count(oblique)
    if not lang.data.cased:
        for p in paras:
            toks = tokens(text, p.start, p.end)
            for i, t in enumerate(toks):
                for ent in reg.by_last.get(t.key, []):
                    k = index_left(ent.positions, t.start)  # positions are kept sorted
                    if k < len(ent.positions) and ent.positions[k] == t.start:
                        continue
                    subj = i + 1 < len(toks) and toks[i + 1].key in lang.data.subject_markers
                    ent.note(t.start, subj)
    reg.finalize()
    return reg


_TOK_TEXT: Final = itemgetter(2)


def _credit_line(text: str, p: Para, lang: CompiledLanguage) -> bool:
    """A paragraph that is a credit line: a page-furniture label and its colon ("Foto: X/dpa")."""
    first = tokens(text, p.start, min(p.end, p.start + 40), 1)
    return (
        bool(first)
        and first[0].key in lang.data.furniture_labels
        and text[first[0].end : first[0].end + 2].lstrip(" ")[:1] == ":"
        and p.end - p.start < 120
    )


def _register_cased(
    reg: Registry,
    text: str,
    toks: list[Token],
    lang: CompiledLanguage,
    singles: list[tuple[Token, bool, bool]],
    table: dict[str, _Facts],
) -> None:
    n = len(toks)
    if not n:
        return
    # the cheap half of `not _is_cap(t)`, for every word at C speed: only capitalised or hyphenated
    # words can start a run
    # (a list either way: compiled, a loop over a list of known type indexes it instead of calling
    # the generic iterator protocol per item)
    starts: list[int]
    if _CAP_STARTS is not None:
        starts = _CAP_STARTS(toks)
    else:
        words = list(map(_TOK_TEXT, toks))
        capped = map(str.isupper, map(_FIRST_CHAR, words))
        starts = list(compress(range(n), map(or_, capped, map(str.__contains__, words, repeat("-")))))
    first_run = True
    follow = lang.data.follow_connectors
    j = 0
    for i in starts:
        if i < j:
            continue  # inside the previous run
        t = toks[i]
        f = _facts(t, lang, table)
        if not f.starter:
            continue
        j = i + 1
        prev = f
        # the facts of the run's words, gathered as it grows: _register_run reads them (no second
        # look-up of each word)
        run_facts = [f]
        while j < n:
            tj = toks[j]
            fj = _facts(tj, lang, table)
            if not (fj.cap or fj.conn and j + 1 < n and _is_cap(toks[j + 1])):
                if not follow:
                    break  # (a language without such articles: no set asked about the word)
                # "Ursula von der Leyen": an article joins a name only right after a particle
                particle_article = (
                    fj.conn
                    and j + 1 < n
                    and toks[j + 1].key in follow
                    and _particle_surname(toks, j + 2, lang)
                )
                after_particle = tj.key in follow and prev.conn and _particle_surname(toks, j + 1, lang)
                if not (particle_article or after_particle):
                    break
            if prev.poss or not _blank_gap(text, toks[j - 1].end, tj.start):
                break
            prev = fj
            run_facts.append(fj)
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
        if _register_run(reg, text, toks, i, j, run_facts, lang, singles, subject, table):
            first_run = False  # "L'avocat de la défense, Me Karim Benali, a plaidé": the name is the subject


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

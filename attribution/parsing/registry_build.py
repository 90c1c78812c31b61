"""The per-document name registry: which capitalised runs are names of people and organisations.

One pass over each paragraph's tokens registers names (`_register_cased`; `_register_uncased` for
scripts without case), with the titles, honorifics, ages and roles found around them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import compress, repeat
from operator import itemgetter, or_
from typing import TYPE_CHECKING

from attribution.parsing import native
from attribution.parsing.cues import _FIRST_CHAR
from attribution.parsing.entities import Registry, country_key, is_demonym
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold, language_table
from attribution.parsing.mentions import (
    _is_cap,
    _is_title_word,
    _name_particle,
    _particle_surname,
    _possessive,
    name_after_placed_title,
    unelide,
)
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.resolve.descriptions import _PERSON_NOUN_CLASSES
from attribution.parsing.text import Token, find_titles, token_index, tokens

if TYPE_CHECKING:
    from attribution.parsing.document import Document


_C = native.speedups()  # C versions of the innermost loops, when the compiled build runs


_AGE_APPOSITIVE_RE = re.compile(r",\s*\d{1,3}\s*[,.)]")


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
        cap
        and not (k in fw and k not in tw)
        and not (k in lang.cues and k not in tw)
        # German sentence adverbs at a sentence's start ("Nun", "Künftig", "Damals") are no names
        and not (lang.data.verb_second and k in lang.cue_fillers and k not in tw),
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
            if t0 > s and (t0 == len(toks) or toks[t0].start > found[-1][0]):
                t0 -= 1  # "L'entraîneur de X, Name": the title inside an elided article's token
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
        nxt = tokens(text, found[0][1], min(len(text), found[0][1] + 40), 1) if found else []
        if (
            found
            and text[after + 1 : found[0][0]].count(",") == 0
            and len(text[after : found[0][0]].split()) <= 4
            # "Côté Rochebrune, l'entraîneur Pierre Aubry": the title of the name it precedes
            and not (nxt and _blank_gap(text, found[0][1], nxt[0].start) and _is_cap(nxt[0]))
            # "X, a interrogé le prévenu": a verb makes it the sentence's predicate, no apposition
            and not any(t.key in lang.data.clause_verbs for t in tokens(text, after, found[0][0])[:1])
            # "Die Reform, so die Ministerin, sei …", "Das Ziel, sagte der Kanzler, …": the cue's subject
            and not any(t.key in lang.cues for t in tokens(text, after, found[0][0])[:1])
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
        if lang.data.parties and text.startswith(" (", toks[j - 1].end):
            # "Thomas Hartung (FDP)": the party in its parenthesis
            close = text.find(")", toks[j - 1].end, toks[j - 1].end + 40)
            inside = fold(text[toks[j - 1].end + 2 : close]).strip() if close > 0 else ""
            party = lang.data.parties.get(inside) if inside else None
            if party:
                ent.parties.add(party)
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
    for x in range(n0, j):
        k = toks[x].key
        if k in data.common_nouns:
            return True
        if data.adjective_suffixes and k.endswith(data.adjective_suffixes) and len(k) > 6:
            return True  # "Zusätzliche Kredite", "Politische Beobachter": an adjective opens the run
        if x == j - 1 and cut > 0 and j - n0 >= 2:
            continue  # "Finanzminister Thomas Hartung": after a title and a given name, a surname in -ung
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

"""Finding the speaker phrase of a cue: the noun phrase before it, after it (inversion), or the
phrase marked by a subject postposition (Hindi "ने")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from attribution.parsing.entities import country_key, is_demonym
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold, language_table
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token, find_titles, is_blank, tokens

_AGE_RE = re.compile(r"\d+-year-old", re.IGNORECASE)


@dataclass(init=False)  # __init__ written out: mypyc compiles it (a dataclass's own one is interpreted)
class Mention:
    start: int
    end: int
    kind: str  # "name" | "pronoun" | "descriptor" | "org"
    text: str
    name_tokens: list[str] = field(default_factory=list)
    head_class: str | None = None
    nationality: set[str] = field(default_factory=set)
    definite: bool = False
    plural: bool = False
    gender: str = "?"
    titles: set[str] = field(default_factory=set)

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        text: str,
        name_tokens: list[str] | None = None,
        head_class: str | None = None,
        nationality: set[str] | None = None,
        definite: bool = False,
        plural: bool = False,
        gender: str = "?",
        titles: set[str] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.text = text
        self.name_tokens = [] if name_tokens is None else name_tokens
        self.head_class = head_class
        self.nationality = set() if nationality is None else nationality
        self.definite = definite
        self.plural = plural
        self.gender = gender
        self.titles = set() if titles is None else titles


def _possessive(tok: Token) -> bool:
    t = tok.text
    return len(t) > 2 and (t.endswith(("’s", "'s")) or (t.endswith(("s’", "s'"))))


def _strip_possessive(t: str) -> str:
    if t.endswith(("’s", "'s")):
        return t[:-2]
    if t.endswith(("s’", "s'")):
        return t[:-1]
    return t


def _article_after_head(text: str, toks: list[Token], k: int, lang: CompiledLanguage) -> bool:
    """toks[k] is an article that is also a preposition ("du" = de + le) right after a head noun: in
    "Un proche du dossier a estimé" it is the preposition of the phrase, not the start of another."""
    return (
        k >= 1
        and (
            (toks[k].key in lang.data.prepositions and toks[k].key in lang.determiners)
            or toks[k].key in lang.data.genitive_articles  # "Die Sprecherin des Ministeriums"
        )
        and _head_key(toks[k - 1], lang) is not None
        and _gap_clean(text, toks[k - 1].end, toks[k].start)
    )


def _particle_surname(toks: list[Token], i: int, lang: CompiledLanguage) -> bool:
    """toks[i] may be the surname after a particle ("von der Leyen"): one capitalised word, not in
    capitals, not an institution's word, and the last capitalised word of the run ("von der ETH
    Zürich", "von der Universität Bonn" are places of work)."""
    if i >= len(toks):
        return False
    t = toks[i]
    return (
        _is_cap(t)
        and not t.text.isupper()
        and t.key not in lang.org_words
        and not (i + 1 < len(toks) and _is_cap(toks[i + 1]))
    )


def _particle_name_len(text: str, toks: list[Token], k: int, lang: CompiledLanguage) -> int:
    """How many tokens from toks[k] make a particle and a surname ("von Arnim", "Von der Leyen") of
    a person the text names in full elsewhere ("Friedrich von Arnim"); 0 when they do not."""
    if k >= len(toks) or toks[k].key not in lang.data.name_connectors:
        return 0
    s = k + 1
    if s < len(toks) and toks[s].key in lang.data.follow_connectors:
        s += 1  # "von der Leyen"
    if s >= len(toks) or not _particle_surname(toks, s, lang):
        return 0
    if not all(_gap_clean(text, toks[x].end, toks[x + 1].start) for x in range(k, s)):
        return 0
    return s + 1 - k if _named_with_particle(text, toks[k].start, toks[s].end) else 0


def _named_with_particle(text: str, a: int, b: int) -> bool:
    """text[a:b] ("von Arnim", "Von Arnim") also stands elsewhere in the text right after a capitalised
    given name ("Friedrich von Arnim"): a surname with its particle, not "von Anfang" or "von Berlin"."""
    needle = text[a].lower() + text[a + 1 : b]
    k = text.find(needle)
    while k >= 0:
        if k != a and k >= 2 and text[k - 1] == " " and text[k - 2].isalpha():
            w = k - 2
            while w > 0 and (text[w - 1].isalpha() or text[w - 1] == "-"):
                w -= 1
            if text[w].isupper():
                return True
        k = text.find(needle, k + 1)
    return False


def _name_particle(toks: list[Token], i: int, lang: CompiledLanguage) -> bool:
    """toks[i] belongs to a surname with a capitalised particle: "Le" or "Maire" in "Bruno Le Maire",
    "Le" in "Marine Le Pen" (a title word or an article on its own, but not between two names)."""
    t = toks[i]
    if not t.text[:1].isupper():
        return False
    if t.key in lang.data.name_connectors:  # the particle: a name before it and a surname after it
        return 0 < i < len(toks) - 1 and toks[i - 1].text[:1].isupper() and toks[i + 1].text[:1].isupper()
    # the surname after the particle
    return (
        i >= 2
        and toks[i - 1].key in lang.data.name_connectors
        and toks[i - 1].text[:1].isupper()
        and toks[i - 2].text[:1].isupper()
        and toks[i - 2].key not in lang.determiners
        and toks[i - 2].key not in lang.title_words
    )


def surname_word(text: str, toks: list[Token], i: int, lang: CompiledLanguage) -> bool:
    """Is toks[i] a month or modal that is a surname here: capitalised, right after a given name or an
    honorific ("Theresa May", "Ms. May said", "Kelly March"), not after a date word ("Monday, May 4")?"""
    t = toks[i]
    if i == 0 or t.key not in lang.data.surname_words or not t.text[:1].isupper() or t.text.isupper():
        return False
    prev = toks[i - 1]
    if not _gap_clean(text, prev.end, t.start) or text[prev.end : t.start] == "":
        return False
    if prev.key in lang.honorifics:
        return True
    return (
        _is_cap(prev)
        and prev.key not in lang.calendar_words
        and prev.key not in lang.function_words
        and prev.key not in lang.title_words
        and prev.key not in lang.cues
    )


def _full_name_before(toks: list[Token], ti: int, lang: CompiledLanguage) -> bool:
    """German "Sandra Keppler von der Beratungsstelle", "Jan Ott vom Landeskriminalamt": after a given
    name and a surname, "von"/"vom" is a preposition of affiliation; the particle of "Ursula von der
    Leyen" follows the given name alone."""
    if not lang.data.verb_second or ti < 2:
        return False
    k = toks[ti - 2].key
    return (
        _is_cap(toks[ti - 2])
        and k not in lang.determiners
        and not _is_title_word(k, lang)
        and not ("-" in k and _is_title_word(k.rsplit("-", 1)[1], lang))  # "EU-Kommissionschefin"
        # "Unionsfraktionschef Friedrich von Arnim": a compound title, then the name with its particle
        and not any(k.endswith(suf) and len(k) - len(suf) >= 3 for suf in lang.data.title_suffixes)
    )


def _is_cap(tok: Token) -> bool:
    t = tok.text
    if t[:1].isupper():
        return True
    # al-Jubeir, bin-Salman
    k = t.find("-")
    return 0 < k < len(t) - 1 and t[k + 1].isupper()


def _elided_cap(tok: Token, lang: CompiledLanguage) -> bool:
    """"l'Estrie", "d’Abidjan": an elided article or preposition glued to a capitalised word."""
    t = tok.text
    return lang.data.elided_articles and len(t) > 2 and t[1] in "'’" and t[0] in "lLdD" and t[2:3].isupper()


def unelide(k: str, lang: CompiledLanguage) -> str:
    """'l'entraîneur' -> 'entraîneur' where the language glues articles to nouns."""
    if lang.data.elided_articles and k[:2] in ("l'", "d'") and len(k) > 3:
        return k[2:]
    return k


# _head_key depends only on the word's key and the language: remembered per language (bounded)
_HEAD_KEYS: dict[int, dict[str, str | None]] = {}


def _head_key(tok: Token, lang: CompiledLanguage) -> str | None:
    table = language_table(_HEAD_KEYS, lang)
    k = tok.key
    if k in table:
        return table[k]
    found = _head_key_of(k, lang)
    table[k] = found
    return found


def _head_key_of(k: str, lang: CompiledLanguage) -> str | None:
    if k[:2] in ("l'", "d'") and len(k) > 3 and lang.data.elided_articles:
        k = k[2:]  # "l'élu", "l'officier
    for cand in (k, k[:-1] if k.endswith("s") else k, k[:-2] if k.endswith("es") else k):
        if (
            cand in lang.speaker_nouns
            or cand in lang.titles
            or (cand in lang.title_words and cand not in lang.function_words)  # not "of", "de", "la"
        ):
            return cand
    if _is_age(k, lang):
        return "person"
    if lang.data.verb_second and "-" in k:
        tail = k.rsplit("-", 1)[1]  # "spd-politikerin", "ig-metall-bezirksleiter": the last part heads it
        if len(tail) > 2:
            return _head_key_of(tail, lang)
    for suf in lang.data.title_suffixes:  # "bahnchef", "konzernsprecherin": a compound title
        if k.endswith(suf) and len(k) - len(suf) >= 3 and suf in lang.titles:
            return suf
    return None


def _is_age(k: str, lang: CompiledLanguage) -> bool:
    """'51-year-old', German '52-jährige': a person described by age."""
    if _AGE_RE.fullmatch(k):
        return True
    ages = lang.data.age_words
    if not ages:
        return False
    num, dash, rest = k.partition("-")
    return bool(dash) and num.isdigit() and rest in ages


def _gap_clean(text: str, a: int, b: int) -> bool:
    gap = text[a:b].strip(SPACE)
    if gap == "":
        return True
    # "U.S. Attorney", "Mr. Reyes": the full stop of a short capitalised abbreviation
    if gap == "." and a > 0 and text[a - 1].isalpha():
        w = a
        while w > 0 and text[w - 1].isalpha():
            w -= 1
        return a - w <= 2 and text[w].isupper()
    return False


def _title_abbreviation_gap(text: str, t: Token, nxt: Token, lang: CompiledLanguage) -> bool:
    """'Capt. Ron Adebayo', 'Sgt. Lee': the full stop of an abbreviated title (or honorific) between it
    and the name it titles."""
    return (
        _is_cap(t)
        and _is_cap(nxt)
        and t.key in lang.abbreviations
        and (t.key in lang.honorifics or t.key in lang.titles)
        and text[t.end : nxt.start].strip(SPACE) == "."
    )


def _basic_np_start(text: str, toks: list[Token], i: int, lang: CompiledLanguage) -> int | None:
    """Index of the first token of the simple noun phrase ending at toks[i], or None."""
    collected: list[int] = []
    has_head = False
    unknown = 0
    j = i
    while j >= 0:
        t = toks[j]
        if j < i and not _gap_clean(text, t.end, toks[j + 1].start):
            break
        k = t.key
        if j < i and _name_particle(toks, j, lang):
            collected.append(j)  # "Le" in "Marine Le Pen": part of the surname, not the phrase's article
            j -= 1
            continue
        if k in lang.determiners or (_possessive(t) and j < i):
            collected.append(j)
            if (
                _possessive(t)
                and lang.data.cased
                and t.text[:1].islower()
                and _head_key_of(fold(_strip_possessive(t.text)), lang) is not None
                and j > 0
                and _gap_clean(text, toks[j - 1].end, t.start)
            ):
                # "the prime minister's official spokesman", "the company's chief executive": the
                # possessor belongs to the phrase
                j -= 1
                continue
            break
        if k in lang.cues and k not in lang.title_words:
            break
        if _head_key(t, lang) is not None and not (t.text[:1].isupper() and k in lang.function_words):
            collected.append(j)
            has_head = True
        elif (k in lang.function_words or k in lang.pronouns) and not surname_word(text, toks, j, lang):
            break
        elif _is_cap(t) or k in lang.honorifics or _elided_cap(t, lang):
            collected.append(j)  # ("le CIUSSS de l'Estrie": the place after an elided article)
        elif t.text[:1].isdigit():
            break
        elif k in lang.data.name_connectors and collected and _is_cap(toks[collected[-1]]):
            collected.append(j)
        elif k == "&" and collected and _is_cap(toks[collected[-1]]) and j > 0 and _is_cap(toks[j - 1]):
            collected.append(j)  # "Morgan & Reece", "Procter & Gamble": one name
        elif has_head and unknown < 2 and lang.data.cased and t.text.isalpha():
            collected.append(j)
            unknown += 1
        else:
            break
        j -= 1
    if not collected:
        return None
    start = min(collected)
    # never start on a dangling lower-case adjective: "said top diplomat" is not a phrase
    while (
        start <= i
        and toks[start].key not in lang.determiners
        and not _is_cap(toks[start])
        and not _elided_cap(toks[start], lang)
        and _head_key(toks[start], lang) is None
        and not _possessive(toks[start])
    ):
        start += 1
    return start if start <= i else None


def _is_title_word(k: str, lang: CompiledLanguage) -> bool:
    """A word of a title, hyphenated ones included ("Vice-President", "Secretary-General")."""
    uk = unelide(k, lang)
    return uk in lang.title_words or ("-" in uk and all(part in lang.title_words for part in uk.split("-")))


def name_after_placed_title(toks: list[Token], i: int, j: int, lang: CompiledLanguage) -> int | None:
    """Where the person's name starts in the capitalised run toks[i:j] that follows a title and a
    preposition: 'Ambassador in Damascus Hossein Akbari', 'Governor of Lagos State Babajide Sanwo-Olu',
    'Ambassador to the UN Linda Thomas-Greenfield' — the run opens with the post's place or body, and
    the name is its last words (a first name, then the surname with its particles). None otherwise."""
    if j - i < 3 or i < 2 or not lang.data.cased:
        return None
    p = i - 1
    while p > 1 and toks[p].key in lang.determiners:
        p -= 1
    if toks[p].key not in lang.data.prepositions or unelide(toks[p - 1].key, lang) not in lang.title_words:
        return None
    s = j - 1
    while s - 1 > i and toks[s - 1].key in lang.data.name_connectors and toks[s - 1].text[:1].islower():
        s -= 1
    s -= 1
    if s <= i or any(
        t.key in lang.org_words
        or unelide(t.key, lang) in lang.title_words
        or (t.text.isupper() and len(t.text) > 1)
        for t in toks[s:j]
    ):
        return None  # "director at Castlebridge Borough Council": an organisation, not a person
    return s


def classify(text: str, toks: list[Token], lang: CompiledLanguage) -> Mention | None:
    """Turn a noun phrase into a Mention: a name, a description with a title class, or an organisation."""
    if not toks:
        return None
    start, end = toks[0].start, toks[-1].end
    if len(toks) > 2 and toks[0].key in lang.data.quantifiers and toks[1].key in lang.data.head_prepositions:
        inner = classify(text, toks[2:], lang)  # "one of the aides": one unnamed member of a group
        if inner is None or inner.kind == "name":
            return inner
        inner.start, inner.text, inner.definite, inner.plural = start, text[start:end], False, False
        return inner
    first = toks[0].key
    counted = first in lang.data.quantifiers or first in lang.data.number_words  # "Two aides": new people
    definite = (
        (
            first in lang.determiners
            and first not in ("a", "an", "un", "une", "one", "एक")
            and first not in lang.data.indefinites  # "una docente", "unos vecinos"
            and not counted
        )
        or (
            lang.data.elided_articles and first[:2] == "l'" and len(first) > 3  # "l'officier", "l’élu"
        )
    )
    indefinite = first in lang.determiners and not definite
    # the head part stops at the first preposition or relative pronoun after the first word, unless
    # the preposition is inside a title that began in the head ("Secretary of State Antony Blinken")
    head = [toks[0]]
    titled: list[tuple[int, int]] | None = None
    follow = lang.data.follow_connectors
    for ti in range(1, len(toks)):
        t = toks[ti]
        if (t.key in lang.data.prepositions or t.key in lang.data.relative_pronouns) and not (
            # "Ursula von der Leyen": the particle of a name (and its article), not a preposition
            follow
            and ti + 1 < len(toks)
            and (
                (
                    t.key in lang.data.name_connectors
                    and _is_cap(toks[ti - 1])
                    and not _full_name_before(toks, ti, lang)
                    and (
                        _particle_surname(toks, ti + 1, lang)
                        or (toks[ti + 1].key in follow and _particle_surname(toks, ti + 2, lang))
                    )
                )
                or (
                    t.key in follow
                    and toks[ti - 1].key in lang.data.name_connectors
                    and _particle_surname(toks, ti + 1, lang)
                )
            )
        ):
            if not _is_title_word(head[-1].key, lang):
                break  # only a title goes on over a preposition ("Secretary of State")
            if titled is None:
                titled = find_titles(text, start, end, lang)
            if not any(a < t.start and t.end < b and a < head[-1].end for a, b in titled):
                break
        if t.key in lang.data.genitive_articles and _head_key(head[-1], lang) is not None:
            break  # "Ein Sprecher des Ministeriums": the genitive is a complement, like "of the ministry"
        if (
            lang.data.elided_articles
            and t.key[:2] in ("d'", "d’")
            and len(t.key) > 2
            and head[-1].text[:1].islower()
        ):
            break  # "le chef d’Ensemble Montréal": the elided "de" ends the head ("Giscard d’Estaing" not)
        head.append(t)
    cls = None
    titles: set[str] = set()
    title_end = -1
    for m_start, m_end in find_titles(text, head[0].start, head[-1].end, lang):
        c = lang.titles.get(_fold(text[m_start:m_end]))
        if c:
            titles.add(c)
            cls = c
            title_end = m_end
    plural = False
    if cls is None:
        for t in reversed(head):
            hk = _head_key(t, lang)
            if hk:
                cls = (
                    "person"
                    if _is_age(t.key, lang)
                    else lang.speaker_nouns.get(hk) or lang.titles.get(hk) or "person"
                )
                plural = t.key != hk and t.key.endswith("s")
                break
    else:
        last = head[-1].key
        plural = last.endswith("s") and _head_key(head[-1], lang) not in (None, last)
    rest = toks[len(head) :]
    if (
        lang.speaker_nouns.get(_head_key(head[-1], lang) or "") == "relation"
        and len(rest) == 2
        and rest[0].key in lang.data.head_prepositions
        and (rest[1].key.isdigit() or rest[1].key in lang.data.number_words)
    ):
        # "the mother of four", "a father of two": an epithet of someone named, like an age
        cls, titles = "person", set()
    nationality = {
        country_key(t.text, lang)
        for t in head
        if is_demonym(t, lang) or (_possessive(t) and (t.text[:1].isupper() or not lang.data.cased))
    }
    gender = "?"
    for t in head:
        g = lang.honorifics.get(t.key) or lang.data.gendered_words.get(t.key)
        if g:
            gender = g
    # trailing capitalised run that is not a title: the name
    name: list[Token] = []
    for idx in range(len(head) - 1, -1, -1):
        t = head[idx]
        k = t.key
        particle = _name_particle(head, idx, lang)
        if particle or (
            (
                _is_cap(t)
                or (name and k in lang.data.name_connectors)
                # "von der Leyen": an article inside a name right after its particle
                or (
                    name
                    and k in lang.data.follow_connectors
                    and idx > 0
                    and head[idx - 1].key in lang.data.name_connectors
                )
            )
            and not _is_title_word(k, lang)
            and not (lang.data.verb_second and "-" in k and k.rsplit("-", 1)[1] in lang.title_words)
            and k not in lang.honorifics
            and not (k in lang.cues and t is head[0])
            and not (is_demonym(t, lang) and not _surname_like(t, name, head, lang))
            and (
                k not in lang.determiners
                or (
                    k in lang.data.follow_connectors
                    and idx > 0
                    and head[idx - 1].key in lang.data.name_connectors
                )
            )
            and (
                (k not in lang.calendar_words and not (k in lang.function_words and not name))
                or surname_word(text, head, idx, lang)
            )
        ):
            name.insert(0, t)
            if _possessive(t) and len(name) > 1:
                name = name[1:]
                break
        else:
            break
    if not lang.data.cased:
        name = [
            t
            for t in head
            if t.key not in lang.title_words
            and t.key not in lang.function_words
            and t.key not in lang.demonyms
        ]
        if head and head[-1].key in lang.title_words:
            name = []
    if not name and titles and len(toks) > len(head) + 3:
        run_end = len(toks)
        run = run_end
        while run > len(head) and (_is_cap(toks[run - 1]) or toks[run - 1].key in lang.data.name_connectors):
            run -= 1
        placed = name_after_placed_title(toks, run, run_end, lang)
        if placed is not None:
            name = toks[placed:run_end]
    mtext = text[start:end]
    if cls is None and _demonym_noun(text, head, lang):
        # "Le Valaisan a estimé", "a déclaré le Fribourgeois de 24 ans": a person called by where he is
        # from, who was named before (resolved like "the 51-year-old")
        g = lang.data.article_genders.get(first[:2] if first[:2] in ("l'", "l’") else first, "?")
        return Mention(start, end, "descriptor", mtext, [], "person", set(), True, False, g)
    if name and not (first in lang.determiners and not titles and len(name) == 1):
        toks_txt = [_strip_possessive(t.text) for t in name]
        if all(t.isupper() and len(t) > 1 for t in toks_txt) and lang.data.cased:
            return Mention(start, end, "org", mtext, toks_txt, cls, nationality, definite)
        return Mention(
            start, end, "name", mtext, toks_txt, cls, nationality, definite, plural, gender, titles
        )
    if (
        cls is None
        and definite
        and len(head) == 2
        and lang.data.cased
        and _is_cap(head[-1])
        and is_demonym(head[-1], lang)
    ):
        # "the Dutchman", "the Scot": a person of that nationality, resolved like "the 51-year-old"
        cls = "person"
    noun = head[-1]
    if lang.data.postnominal_adjectives and _head_key(noun, lang) is None and len(head) > 1:
        noun = head[-2]  # "l'exécutif européen", "le parquet national": the noun before its adjective
    # (a title that takes in the body's noun is a person's: "le chef du gouvernement")
    if cls is not None and (
        lang.speaker_nouns.get(_head_key(noun, lang) or "") != "organisation" or title_end == noun.end
    ):
        return Mention(
            start,
            end,
            "descriptor",
            mtext,
            [],
            cls,
            nationality,
            definite and not indefinite,
            plural,
            gender,
            titles,
        )
    if name or cls is not None or any(_is_cap(t) and t.key not in lang.determiners for t in head):
        return Mention(start, end, "org", mtext, [], cls, nationality, definite, plural)
    return None


def _demonym_noun(text: str, head: list[Token], lang: CompiledLanguage) -> bool:
    """A definite article and one capitalised word with a demonym ending ("le Bernois", "la Québécoise",
    "l'Ivoirien"); not after a capitalised article inside a sentence ("selon Le Parisien": a title)."""
    suffixes = lang.data.demonym_noun_suffixes
    if not suffixes or not head or len(head) > 2:
        return False
    if len(head) == 2:
        det, word = head
        if det.key not in lang.data.definite_articles:
            return False
        k = word.key
        cap = word.text[:1].isupper()
    else:
        det = word = head[0]
        k = unelide(word.key, lang)
        if k == word.key:
            return False
        cap = word.text[2:3].isupper() or word.text[:1].isupper() and word.text[2:3].isupper()
    if not cap or not k.endswith(suffixes) or len(k) < 5 or k in lang.org_words or k in lang.calendar_words:
        return False
    if det.text[:1].isupper():
        j = det.start
        while j > 0 and text[j - 1] in " \t\u00a0":
            j -= 1
        if j > 0 and text[j - 1] not in ".!?»”\"\n:":
            return False
    return True


def _surname_like(t: Token, name: list[Token], head: list[Token], lang: CompiledLanguage) -> bool:
    """'Karim Benali': a word that only looks like a demonym, last in a run after a capitalised name."""
    if name or t.key in lang.demonyms or t is not head[-1] or len(head) < 2:
        return False
    prev = head[-2]
    return _is_cap(prev) and prev.key not in lang.title_words and not is_demonym(prev, lang)


def _fold(s: str) -> str:
    from attribution.parsing.languages.base import fold

    return fold(s)


def subject_before(text: str, lo: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """The speaker phrase that ends just before a cue at `hi` (not before `lo`)."""
    if lang.data.verb_second and lang.data.name_connectors:
        pm = _particle_subject(text, lo, hi, lang)
        if pm is not None:
            return pm
    tag = _name_tag_before(text, lo, hi, lang)
    if tag >= 0:
        hi = tag  # "Hartley, R-Ind., told reporters": the subject is the name before the tag
    m = _source_words(text, _subject_before(text, lo, hi, lang), lang)
    if m is not None and lang.data.verb_second and m.kind == "name" and len(m.name_tokens) == 1:
        aff = _affiliation_start(text, lo, m.start, lang)
        if aff >= 0:
            # "Fabian Rüttgers vom Institut der deutschen Wirtschaft warnte": the noun closes the
            # affiliation; the speaker comes before it
            return subject_before(text, lo, aff, lang)
    if (
        m is not None
        and lang.data.word_order == "svo"
        and m.kind != "pronoun"
        and m.start > lo
        and text[m.end : hi].strip(SPACE) == ","
    ):
        prev = tokens(text, max(lo, m.start - 30), m.start)[-1:]
        if prev and prev[0].key in lang.data.prepositions and is_blank(text, prev[0].end, m.start):
            return None  # "… in the coming weeks, said one of the people": an adverbial, not a subject
        first = tokens(text, m.start, m.end)[:1]
        if (
            prev
            # "to restore the subsidies, said": after a determiner no adjective of the phrase comes
            # before it ("top mediator says" is one phrase); "sues Brookfield Health, says"
            and (
                (m.kind == "descriptor" and bool(first) and first[0].key in lang.determiners)
                or (m.kind in ("name", "org") and _head_key(prev[0], lang) is None)
            )
            and prev[0].key not in lang.data.title_modifiers
            and prev[0].text[:1].islower()
            and prev[0].key not in lang.determiners
            and prev[0].key not in lang.data.coordinators
            and is_blank(text, prev[0].end, m.start)
        ):
            return None  # "… until Friday to restore the subsidies, said one of the sources": an object
    return m


def _source_words(text: str, m: Mention | None, lang: CompiledLanguage) -> Mention | None:
    """'Fuentes del Ministerio aseguraron …', 'Fuentes policiales explicaron …': a plural source noun
    that opens a sentence (and so is capitalised) with more words after it is no man called Fuentes."""
    if m is None or m.kind != "name" or len(m.name_tokens) != 1 or m.head_class != "source":
        return m
    toks = tokens(text, m.start, m.end)
    if len(toks) < 2 or not toks[0].key.endswith("s") or not toks[1].text[:1].islower():
        return m
    return Mention(m.start, m.end, "descriptor", m.text, [], "source", set(), False, True, "?")


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


# the classes of a speaker that a post-modifier may follow: "a diplomat familiar with the talks said"
_POST_MODIFIED = ("source", "official", "person", "diplomat", "expert", "lawyer")


def _affiliation_start(text: str, lo: int, at: int, lang: CompiledLanguage) -> int:
    """Where "vom"/"von der …" starts when the capitalised word at `at` ends an affiliation after an
    adjective or a preposition ("vom Institut der deutschen Wirtschaft", "von der Universität zu
    Köln"); -1 otherwise."""
    prev = tokens(text, max(lo, at - 80), at)[-8:]
    if len(prev) < 3 or not prev[-1].text[:1].islower():
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
    toks = tokens(text, max(lo, hi - 60), hi)[-3:]
    if not toks or not is_blank(text, toks[-1].end, hi):
        return None
    for k in range(len(toks) - 2, -1, -1):
        if toks[k].key in lang.data.name_connectors:
            if _particle_name_len(text, toks, k, lang) != len(toks) - k:
                return None
            before = text[max(lo, toks[k].start - 3) : toks[k].start].strip(SPACE)[-1:]
            if toks[k].text[:1].islower() or before not in ("", ".", ",", "!", "?", "“", "\"", "»"):
                return None  # "Sandra Keppler von der Beratungsstelle": the usual search's
            return classify(text, toks[k:], lang)
    return None


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
    for n in (3, 2):
        # a multi-word speaker noun that is no noun phrase of the usual shape: "No 10 said"
        if (
            len(toks) >= n
            and lang.data.cased
            and toks[-n].text[:1].isupper()
            and " ".join(t.key for t in toks[-n:]) in lang.speaker_nouns
            and all(
                _gap_clean(text, u.end, v.start) for u, v in zip(toks[-n:-1], toks[-n + 1 :], strict=True)
            )
            and is_blank(text, toks[-1].end, hi)
        ):
            a0, b0 = toks[-n].start, toks[-1].end
            key = " ".join(t.key for t in toks[-n:])
            return Mention(a0, b0, "org", text[a0:b0], [], lang.speaker_nouns[key], set(), False)
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
        and toks[-1].text[:1].islower()
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
            return replace(m, end=toks[-1].end, text=text[m.start : toks[-1].end])
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
            return replace(m, end=last.end, text=text[m.start : last.end])
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
    if gap.strip(SPACE + ",").startswith(")"):
        # "Cllr Bisi Okafor (Lab, Northgate) said", "Jane Roe (D-Ohio) said": the parenthesis is an
        # aside (party, ward, constituency, acronym); the subject is the phrase before it
        m = _subject_before_aside(text, lo, last.end, lang)
        if m is not None:
            return m
    if gap.strip(SPACE + ",") != "" and not (gap.strip(SPACE + ",").startswith(")")):
        # filler words may sit in the gap; punctuation other than an appositive comma may not
        rest = list(tokens(text, last.end, hi))
        if any(ch in gap for ch in '.;:!?“”"«»'):
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
        # "una docente de matemáticas que pidió …": the head before a short prepositional phrase
        if (
            h >= 2
            and not _head_key(toks[h], lang)
            and toks[h - 1].key in lang.data.head_prepositions
            and _head_key(toks[h - 2], lang)
            and toks[h].text[:1].islower()
        ):
            h -= 2
        elif (
            # "un diplomático europeo que pidió el anonimato": an adjective after the head
            lang.data.postnominal_adjectives
            and h >= 1
            and not _head_key(toks[h], lang)
            and toks[h].text[:1].islower()
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
            (t.text[:1].islower() or i > p_idx)
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
    # participle modifier: "the independent mediator overseeing the talks said"
    for k in range(n - 1, max(0, n - 6), -1):
        t = toks[k]
        if (
            t.key.endswith(("ing", "ed"))
            and t.text[:1].islower()
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
                and part.text[:1].islower()
                and part.key.endswith(lang.data.participle_suffixes)
                and not any(ch in text[toks[k - 2].end : hi] for ch in ',;:.()“”"«»')
            ):
                m = _subject_before(text, lo, part.start, lang)
                if m is not None and m.kind != "pronoun":
                    return replace(m, end=last.end, text=text[m.start : last.end])
            break
    s = _basic_np_start(text, toks, n - 1, lang)
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
        and toks[s - 1].text[:1].islower()
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
    return classify(text, toks[s:], lang)


def _head_before_pps(text: str, toks: list[Token], hi: int, lang: CompiledLanguage) -> Mention | None:
    """'Un trabajador con 22 años de antigüedad confesaba', 'un vecino de la zona dijo': the speaker's
    head noun before prepositional phrases of common words (no verb, no punctuation)."""
    n = len(toks)
    for h in range(n - 2, max(-1, n - 9), -1):
        t = toks[h]
        if t.key in lang.data.clause_verbs or (t.key in lang.cues and t.key not in lang.title_words):
            return None
        if _head_key(t, lang) is None or toks[h + 1].key not in lang.data.prepositions:
            continue
        if any(ch in text[t.end : hi] for ch in ',;:.()“”"«»'):
            return None
        rest = toks[h + 1 :]
        if not all(
            u.text[:1].islower() or u.text.isdigit() for u in rest if u.key not in lang.function_words
        ):
            return None
        s = _basic_np_start(text, toks, h, lang)
        if s is None:
            return None
        m = classify(text, toks[s : h + 1], lang)
        if m is None or m.kind not in ("descriptor",):
            return None
        return replace(m, end=toks[-1].end, text=text[m.start : toks[-1].end])
    return None


def _rfind_comma(text: str, lo: int, hi: int) -> int:
    """The last comma in text[lo:hi] that separates phrases (not one inside a number: "2,000")."""
    k = text.rfind(",", lo, hi)
    while k > lo and k + 1 < len(text) and text[k - 1].isdigit() and text[k + 1].isdigit():
        k = text.rfind(",", lo, k)
    return k


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


def _group_member_subject(
    text: str, lo: int, toks: list[Token], hi: int, lang: CompiledLanguage
) -> Mention | None:
    """'Another said …', 'One of them said …', 'Others say …': a member (or members) of a group named
    before, the whole subject of its clause. A description, resolved like "one of the aides"."""
    if lang.data.word_order != "svo" or not toks or not is_blank(text, toks[-1].end, hi):
        return None
    first = len(toks) - 1
    if (
        len(toks) >= 3
        and toks[-3].key in lang.data.quantifiers
        and toks[-2].key in lang.data.head_prepositions
        and toks[-1].key in lang.data.object_pronouns
    ):
        first = len(toks) - 3  # "one of them", "two of us"
    elif toks[-1].key not in lang.data.quantifiers or not _is_cap(toks[-1]):
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


def subject_after(text: str, a: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """An inverted subject right after a cue: '..., said Foreign Minister Ayman Safadi.'"""
    toks = tokens(text, a, min(hi, a + 200))
    if not toks or not _gap_clean(text, a, toks[0].start):
        return None
    skip = _time_words_at(toks, lang)  # "…, afirmó este martes el ministro", "dijo ayer la alcaldesa"
    if skip and skip < len(toks) and (toks[skip].key in lang.determiners or _is_cap(toks[skip])):
        toks = toks[skip:]
    first = toks[0]
    if lang.data.verb_second and first.key in lang.data.name_connectors and first.text[:1].islower():
        # "…, sagte von Arnim", "sagte von der Leyen": the surname with its particle of a person
        # named in full elsewhere
        n = _particle_name_len(text, toks, 0, lang)
        if n:
            return classify(text, toks[:n], lang)
    if first.key in lang.data.hearer_markers and first.key not in lang.determiners:
        return _subject_after_hearer(text, toks, hi, lang)
    # "…, said one of the people": a quantified description
    quantified = (
        len(toks) > 2 and first.key in lang.data.quantifiers and toks[1].key in lang.data.head_prepositions
    )
    if not (
        quantified
        or first.key in lang.determiners
        or _is_cap(first)
        or _head_key(first, lang)
        or _possessive(first)
    ):
        return _false_title_name(text, toks, lang) or _bare_compound(text, toks, lang)
    if first.key in lang.pronouns or (first.key in lang.function_words and first.key not in lang.determiners):
        return None
    taken: list[Token] = [first]
    for i, t in enumerate(toks[1:], 1):
        if not (
            _gap_clean(text, taken[-1].end, t.start) or _title_abbreviation_gap(text, taken[-1], t, lang)
        ):
            break
        k = t.key
        after_head = _head_key(taken[-1], lang) is not None
        if (
            after_head
            and k in lang.data.coordinators
            and i + 1 < len(toks)
            and _head_key(toks[i + 1], lang) is not None
            and _gap_clean(text, t.end, toks[i + 1].start)
        ):
            # "…, estime la PDG et cofondatrice de la société, Aminata Koné": two titles, one person
            taken.append(t)
            continue
        if k in lang.data.phrase_stops and not (
            after_head and (k in lang.data.head_prepositions or k in lang.data.prepositions)
        ):
            break
        if k in lang.data.adverbial_prepositions and taken:
            break  # "die Frau unter Tränen": an adverbial, not the speaker's complement
        if (
            lang.data.verb_second
            and k in lang.data.hearer_markers
            and k not in lang.data.definite_articles
            and k not in lang.data.prepositions
        ):
            break  # "sagte Hoffmann unserer Zeitung": the hearer, not the speaker's complement
        if k in lang.cues and not _head_key(t, lang):
            break
        if (
            k in lang.function_words
            and k not in lang.determiners
            and k not in lang.data.prepositions
            and k not in lang.data.name_connectors
        ):
            break
        taken.append(t)
        if len(taken) >= 10:
            break
    while taken and (taken[-1].key in lang.function_words and taken[-1].key not in lang.data.name_connectors):
        taken.pop()
    if not taken:
        return None
    m = classify(text, taken, lang)
    # "…, afirmó la rectora, Lucía Prieto": a role the lexicon does not know, then the name
    unknown_role = (
        m is None
        and 2 <= len(taken) <= 3
        and taken[0].key in lang.determiners
        and all(t.text[:1].islower() and t.key not in lang.function_words for t in taken[1:])
    )
    # "…, anunció la ministra para la Transición Ecológica, Lucía Ferrer": a title of an institution
    # whose capitalised name the classifier took for a person; the name in apposition is the speaker
    titled_of = m is not None and m.kind == "name" and _title_of_institution(taken, lang)
    if (m is not None and m.kind != "name") or unknown_role or titled_of:
        # "…, reconnaît l'élu de la Somme, Paul Vasseur, joint par téléphone": the name in apposition
        after = tokens(text, taken[-1].end, min(hi, taken[-1].end + 80))
        name: list[Token] = []
        appositive = bool(after) and text[taken[-1].end : after[0].start].strip(SPACE) == ","
        if appositive and _is_cap(taken[-1]):
            # "el ministro de Agricultura, Pesca y Alimentación, Andrés Villalba": the list of what
            # the title is of goes on first
            ai = 0
            while ai < len(after) and (
                _is_cap(after[ai]) or (ai > 0 and after[ai].key in lang.data.coordinators)
            ):
                if text[after[ai].end : after[ai].end + 1] == ",":
                    if ai + 1 < len(after) and any(t.key in lang.data.coordinators for t in after[:ai]):
                        after = after[ai + 1 :]
                    break
                ai += 1
        if appositive:
            for t in after[:4]:
                if (_is_cap(t) or t.key in lang.honorifics) and (
                    not name or _gap_clean(text, name[-1].end, t.start)
                ):
                    name.append(t)
                else:
                    break
        if len(name) >= 2:
            end = name[-1].end
            rest = text[end : min(hi, end + 2)].strip(SPACE)
            nxt = tokens(text, end, min(hi, end + 20))[:1]
            # "…, said the study's lead author, Dr Ana Ruiz of the University of X."
            if rest[:1] in ("", ",", ".", ";") or (
                nxt and nxt[0].key in lang.data.prepositions and _gap_clean(text, end, nxt[0].start)
            ):
                nm = classify(text, name, lang)
                if nm is not None and nm.kind == "name":
                    return nm
    return m


def _subject_after_hearer(text: str, toks: list[Token], hi: int, lang: CompiledLanguage) -> Mention | None:
    """'…, declaró a esta agencia el portavoz', 'explicó a los periodistas la alcaldesa', 'dijo a Efe el
    ministro': a hearer between an inverted cue and its subject. The subject starts at the first
    lower-case article after the hearer's noun phrase (never the hearer itself)."""
    for k in range(2, min(len(toks), 8)):
        t, prev = toks[k], toks[k - 1]
        if not _gap_clean(text, prev.end, t.start):
            return None  # a comma or a mark before any subject: no inverted subject here
        if (
            t.key in lang.determiners
            and t.text[:1].islower()
            and t.key not in lang.data.prepositions
            and prev.key not in lang.data.prepositions
            and prev.key not in lang.determiners
            and prev.key not in lang.data.name_connectors
        ):
            m = subject_after(text, t.start, hi, lang)
            return m if m is not None and m.kind != "pronoun" else None
    return None


def plain_subject_after(text: str, a: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """'« … », raconte la jeune femme' / '“…,” said the bartender': after a quotation, its comma and an
    inverted cue, an article and one to three lower-case words the lexicon does not know are still
    the subject (a person description, resolved like "the 51-year-old"). Only for that position."""
    if not lang.data.cased:
        return None
    toks = tokens(text, a, min(hi, a + 80), 5)
    if not toks or not _gap_clean(text, a, toks[0].start):
        return None
    first = toks[0]
    k0 = first.key
    glued = lang.data.elided_articles and k0[:2] in ("l'", "d'") and len(k0) > 3
    if k0 not in lang.determiners and not glued:
        return None
    words = [first] if glued else []
    for t in toks[1:]:
        if len(words) >= 3 or not _gap_clean(text, (words[-1] if words else first).end, t.start):
            break
        k = t.key
        if k in lang.function_words or k in lang.cues or k in lang.data.prepositions:
            break
        words.append(t)
    if not words:
        return None
    for t in words:
        k = unelide(t.key, lang)
        if (
            not k.replace("-", "").isalpha()
            or t.text[:1].isupper() and t is not first
            or k in lang.data.calendar_words
            or k in lang.data.time_words
            or k in lang.data.non_sources
        ):
            return None
    end = words[-1].end
    nxt = text[end : min(hi, end + 2)].strip(SPACE)
    if nxt[:1] not in ("", ",", ".", ";", "!", "?"):
        after = tokens(text, end, min(hi, end + 30), 1)
        if not after or (
            after[0].key not in lang.data.prepositions and after[0].key not in lang.data.phrase_stops
        ):
            return None
    definite = k0 in lang.data.definite_articles or (glued and k0[:2] == "l'")
    gender = lang.data.article_genders.get(k0[:2] if glued else k0, "?")
    for t in words:
        g = lang.data.gendered_words.get(unelide(t.key, lang))
        if g:
            gender = g
    start = first.start
    return Mention(start, end, "descriptor", text[start:end], [], "person", set(), definite, False, gender)


def _time_words_at(toks: list[Token], lang: CompiledLanguage) -> int:
    """How many tokens at the start of `toks` make a time adverbial: "ayer", "el lunes", "este martes"."""
    k = 0
    while k < len(toks) and k < 4:
        key = toks[k].key
        if key in lang.calendar_words or (key in lang.data.time_words and key not in lang.data.time_openers):
            k += 1
        elif (
            key in lang.data.time_openers
            and k + 1 < len(toks)
            and (toks[k + 1].key in lang.calendar_words or toks[k + 1].key in lang.data.time_words)
        ):
            k += 2
        else:
            break
    return k


def _false_title_name(text: str, toks: list[Token], lang: CompiledLanguage) -> Mention | None:
    """'…,' says actress Kayla Brennan / said striker Tom Lee: a bare lower-case role (a "false
    title", no article) right before a name; the name is the subject."""
    if not lang.data.cased:
        return None
    k = 0
    while (
        k < min(2, len(toks))
        and toks[k].text[:1].islower()
        and toks[k].key not in lang.function_words
        and toks[k].key not in lang.cues
        and toks[k].key not in lang.calendar_words
    ):
        k += 1
    name: list[Token] = []
    for t in toks[k : k + 4]:
        if not _is_cap(t):
            break
        name.append(t)
    if k == 0 or len(name) < 2:
        return None
    run = toks[: k + len(name)]
    if not all(_gap_clean(text, u.end, v.start) for u, v in zip(run, run[1:], strict=False)):
        return None
    m = classify(text, name, lang)
    return m if m is not None and m.kind == "name" else None


def _bare_compound(text: str, toks: list[Token], lang: CompiledLanguage) -> Mention | None:
    """A headline's bare noun phrase after the cue: "…, says energy network", "says rail union"."""
    for j in range(1, min(3, len(toks))):
        if not all(
            t.text[:1].islower() and t.key not in lang.function_words and t.key not in lang.cues
            for t in toks[: j + 1]
        ) or not _gap_clean(text, toks[j - 1].end, toks[j].start):
            return None
        if _head_key(toks[j], lang) is not None:
            m = classify(text, toks[: j + 1], lang)
            return m if m is not None and m.kind in ("descriptor", "org") else None
    return None


def _subject_sov(
    text: str, toks: list[Token], lang: CompiledLanguage, markers: tuple[str, ...] | None = None
) -> Mention | None:
    markers = lang.data.subject_markers if markers is None else markers
    for j in range(len(toks) - 1, -1, -1):
        t = toks[j]
        k = t.key
        if k in lang.pronouns and (any(k.endswith(m) for m in markers) or j >= len(toks) - 3):
            return Mention(t.start, t.end, "pronoun", t.text, gender=lang.pronouns[k])
        if k in markers or (not markers and j == len(toks) - 1):
            # a marked subject ("X ने कहा"), or with no marker the phrase right before the cue ("X बोले")
            np: list[Token] = []
            i = j - 1 if markers else j
            while i >= 0 and len(np) < 4:
                u = toks[i]
                if u.key in lang.function_words or not _gap_clean(
                    text, u.end, toks[i + 1].start if i + 1 < len(toks) else u.end
                ):
                    break
                np.insert(0, u)
                i -= 1
            if not np:
                return None
            indefinite = i >= 0 and toks[i].key in lang.determiners and toks[i].key in lang.data.indefinites
            if np[-1].key in lang.title_words or _head_key(np[-1], lang):
                m = _sov_descriptor(text, np, lang)
                if indefinite:
                    m.definite = False
                return m
            names = np
            for idx in range(len(np) - 1, -1, -1):
                if np[idx].key in lang.title_words or np[idx].key in lang.demonyms:
                    names = np[idx + 1 :]
                    break
            return Mention(
                np[0].start, np[-1].end, "name", text[np[0].start : np[-1].end], [t.text for t in names]
            )
    return None


def _sov_descriptor(text: str, np: list[Token], lang: CompiledLanguage) -> Mention:
    cls = None
    span_text = text[np[0].start : np[-1].end]
    for m_start, m_end in find_titles(span_text, 0, len(span_text), lang):
        cls = lang.titles.get(_fold(span_text[m_start:m_end])) or cls
    if cls is None:
        hk = _head_key(np[-1], lang)
        cls = (lang.speaker_nouns.get(hk) or lang.titles.get(hk)) if hk else None
    nat = {lang.demonyms[t.key] for t in np if t.key in lang.demonyms}
    return Mention(np[0].start, np[-1].end, "descriptor", span_text, [], cls, nat, definite=True)


_CLAUSE_PUNCT = '.;:!?“”"«»()[]—–'


def _np_ok(m: Mention | None) -> bool:
    return m is not None and m.kind in ("name", "descriptor", "org")


_QUOTED_TITLE_RE = re.compile(r"“[^“”\n]{1,80}”|\"[^\"\n]{1,80}\"|«[^«»\n]{1,80}»")
# the stops of abbreviations inside an appositive ("who left just after 4 a.m.", "of the U.S. Army")
_ABBREVIATION_DOTS_RE = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]{1,3}\.)+(?=[ ,]|$)")
_ASIDE_RE = re.compile(r"\([^()\n]{1,60}\)")


def _title_of_institution(toks: list[Token], lang: CompiledLanguage) -> bool:
    """'la ministra para la Transición Ecológica', 'le maire de Brest': an article, a title and a
    preposition: the capitalised words name the office's institution or place, not a person."""
    return any(
        toks[j].key in lang.determiners
        and _head_key(toks[j + 1], lang) is not None
        and toks[j + 2].key in lang.data.prepositions
        for j in range(min(len(toks) - 3, 4))
    )


def appositive_subject(text: str, lo: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """The subject before appositives (see _appositive_subject); short parentheses after a name, such as
    "Cllr Martin Greaves (Con, Hollin and Scarth), whose ward …, said", are blanked out first."""
    a = max(lo, hi - 400)
    tagged = lang.name_tag_re.search(text, a, hi) is not None
    m = None if tagged else _appositive_subject(text, lo, hi, lang)
    if m is None and not tagged and lang.data.word_order == "svo":
        # "The assailants arrived at midnight and …, Ibrahim Maiga, the mayor of Dioura, told AFP": after
        # a long reported clause, the name that opens the appositive chain (looked for from the comma
        # that ends the clause)
        k = hi
        for _ in range(4):
            k = text.rfind(",", a, k)
            if k < 0:
                break
            if k + 1 < hi - 2:
                found = _appositive_subject(text, k + 1, hi, lang)
                if found is not None and found.kind == "name" and found.start > k:
                    return found
    if m is not None or lang.data.word_order != "svo" or not (tagged or ")" in text[max(lo, hi - 300) : hi]):
        return m
    window = _ASIDE_RE.sub(lambda g: " " * len(g.group()), text[a:hi])
    if tagged:
        # "Rep. Dana Roe, R-Ohio, one of 11 Republicans who …, said": the tag is blanked, its last
        # comma kept (it opens the appositive that follows)
        window = lang.name_tag_re.sub(lambda g: " " * (len(g.group()) - 1) + ",", window)
    m = _appositive_subject(window, 0, len(window), lang)
    if m is None:
        return None
    return replace(m, start=m.start + a, end=m.end + a)


def _appositive_subject(text: str, lo: int, hi: int, lang: CompiledLanguage) -> Mention | None:
    """'Ines Claeys, a spokeswoman for the port authority, told …', 'A source familiar with the talks,
    who spoke on condition of anonymity, said …', 'The terminal operator, Acme Ltd, said …': the
    subject is the noun phrase before the appositive or relative clause (the name when one side is one).
    """
    if lang.data.word_order != "svo":
        return None
    lo = max(lo, hi - 400)
    if "," not in text[max(lo, hi - 40) : hi]:
        return None  # cheap test first: the cue must follow a comma (and maybe a few fillers)
    toks = tokens(text, lo, hi)
    # fillers may follow the comma ("X, who …, on Tuesday said"), not precede it
    while (
        toks
        and (toks[-1].key in lang.cue_fillers or toks[-1].key in lang.calendar_words)
        and "," not in text[toks[-1].end : hi]
    ):
        hi = toks.pop().start  # "X, who …, had said": the appositive ends before the fillers
    if len(toks) < 2:
        return None
    gap = text[toks[-1].end : hi].strip(SPACE)
    if gap != "," and not (gap == ".," and _abbreviation_dot(text, toks[-1].end)):
        return None  # ("X, who left at 4 a.m., said": an abbreviation's stop before the comma)
    comma2 = text.rfind(",", toks[-1].end, hi)
    # walk back over up to three appositives: "Daniel Ward, 47, of Kettering, admitted"
    right = comma2
    apps: list[tuple[int, int]] = []
    for _ in range(3):
        c1 = _rfind_comma(text, lo, right)
        if c1 < 0:
            return None
        seg = text[c1 + 1 : right]
        # a quoted title inside the appositive is no clause break: "X, whose book “Y” sold …, said"
        plain = _QUOTED_TITLE_RE.sub("", seg)
        if "." in plain:
            plain = _ABBREVIATION_DOTS_RE.sub("", plain)
        if any(ch in plain for ch in _CLAUSE_PUNCT) or len(seg) > 200:
            return None
        if lang.data.clause_conjunctions:
            opener = tokens(text, c1 + 1, right, limit=1)
            if opener and opener[0].key in lang.data.clause_conjunctions:
                return None  # "…, weil sie …, sagte X": a subordinate clause of the report, no appositive
        apps.append((c1 + 1, right))
        # the head: from the previous comma or clause punctuation up to c1
        h0 = lo
        for ch in "," + _CLAUSE_PUNCT:
            k = text.rfind(ch, lo, c1)
            while ch == "." and k > lo and _abbreviation_stop(text, k, lang):
                k = text.rfind(ch, lo, k)  # "Sen. Daniel Kessler": not a sentence end
            if k >= 0:
                h0 = max(h0, k + 1)
        head = tokens(text, h0, c1)
        if (
            h0 > lo
            and text[h0 - 1] == ","
            and len(head) >= 3
            and any(t.key in lang.data.coordinators for t in head)
            and all(_is_cap(t) or t.key in lang.data.coordinators for t in head)
        ):
            # "el viceministro de Educación Preescolar, Básica y Media, Andrés Felipe Ospina": the
            # list goes on what the title is of; the head is the phrase before it
            k0 = _rfind_comma(text, lo, h0 - 1)
            h1 = max(lo, k0 + 1)
            for ch in _CLAUSE_PUNCT:
                k = text.rfind(ch, lo, h0 - 1)
                if k >= 0:
                    h1 = max(h1, k + 1)
            prev_seg = tokens(text, h1, h0 - 1)
            if prev_seg and _is_cap(prev_seg[-1]) and any(_head_key(t, lang) for t in prev_seg):
                h0, head = h1, prev_seg
        if lang.data.verb_second and any(t.key in lang.data.clause_verbs for t in head):
            # "Der Angeklagte habe gezielt ältere, alleinstehende Menschen ausgesucht, sagte …": German
            # sets every relative clause off by commas, so a head with a finite verb is a clause
            return None
        intro_ok = _clause_opening(text, lo, h0, lang)
        while head and (head[0].key in lang.data.coordinators or head[0].key in lang.data.subordinators):
            head = head[1:]
        if head and len(head) <= 14 and intro_ok and head[0].key not in lang.data.prepositions:
            hm = classify(text, head, lang)
            if hm is None and head[0].key in lang.determiners:
                # "Her main opponent on the council, Councillor Richard Baines, said": the name
                a0, a1 = apps[-1]
                nm = tokens(text, a0, a1)[:5]
                if nm and all(_is_cap(t) or t.key in lang.honorifics for t in nm):
                    am = classify(text, nm, lang)
                    if am is not None and am.kind == "name":
                        return am
            if hm is None and 2 <= len(head) <= 4 and head[0].key in lang.determiners:
                # "A neighbour, who did not want to be named, said": an unnamed person
                hm = Mention(head[0].start, head[-1].end, "descriptor", text[head[0].start : head[-1].end])
            if hm is not None and hm.kind != "pronoun" and not _head_is_adverbial(head, lang):
                a0, a1 = apps[-1]
                app_toks: list[Token] = []
                for t in tokens(text, a0, a1)[:12]:
                    # "Dr Maria Chen of the University of Oslo": the name before the preposition
                    if app_toks and (t.key in lang.data.prepositions or t.key in lang.data.relative_pronouns):
                        break
                    app_toks.append(t)
                am = classify(text, app_toks, lang) if 0 < len(app_toks) <= 6 else None
                if (
                    am is not None
                    and am.kind == "name"
                    and (
                        hm.kind != "name"
                        or _title_of_institution(head, lang)
                        # "la fiscal Anticorrupción, Elena Sanchis": a titled single word is the office
                        or (len(hm.name_tokens) == 1 and bool(hm.titles) and len(am.name_tokens) >= 2)
                    )
                    and all(
                        _is_cap(t) or t.key in lang.data.name_connectors or t.key in lang.honorifics
                        for t in app_toks
                    )
                ):
                    return am
                if _np_ok(hm) and hm.kind != "name" and h0 > lo:
                    # "Gareth Hollins, managing director of X, which …, told": the name opening the chain
                    k0 = _rfind_comma(text, lo, h0 - 1)
                    pre = tokens(text, max(lo, k0 + 1), h0 - 1)
                    if 0 < len(pre) <= 5 and _clause_opening(text, lo, max(lo, k0 + 1), lang):
                        pm = classify(text, pre, lang)
                        if pm is not None and pm.kind == "name":
                            return pm
                if _np_ok(hm):
                    return hm
                return None
        right = c1
    return None


def _abbreviation_dot(text: str, k: int) -> bool:
    """Is the full stop at k that of a lower- or upper-case abbreviation ("a.m.", "p.m.", "U.S.", "Jr.")?"""
    m = _ABBREVIATION_DOTS_RE.search(text, max(0, k - 8), k + 2)
    return m is not None and m.start() <= k < m.end()


def _abbreviation_stop(text: str, k: int, lang: CompiledLanguage | None = None) -> bool:
    """Is the full stop at k the end of a short capitalised abbreviation ('Sen.', 'Dr.', 'U.S.', and
    the language's longer title abbreviations: 'Coun.', 'Const.')?"""
    w = k
    while w > 0 and text[w - 1].isalpha():
        w -= 1
    if 0 < k - w <= 3 and text[w].isupper():
        return True
    return lang is not None and text[w].isupper() and fold(text[w:k]) in lang.data.abbreviations


def _head_is_adverbial(head: list[Token], lang: CompiledLanguage) -> bool:
    k = head[0].key
    return k in lang.adverbial_openers or k in lang.calendar_words or head[0].text[:1].isdigit()


def _clause_opening(text: str, lo: int, h0: int, lang: CompiledLanguage) -> bool:
    """Is what precedes the head phrase only a sentence opening ('Separately,', 'On Tuesday,')?"""
    before = text[lo:h0].strip(SPACE)
    if not before:
        return True
    toks = tokens(text, lo, h0)
    if before.endswith((",", "—", "–", "-")) and len(toks) <= 10:
        return not any(t.key in lang.cues and t.key not in lang.title_words for t in toks)
    return False

"""What one word is to a speaker phrase: capitalised or not, a title word, the head noun of a description
(and its class key), a particle of a surname ("von der Leyen", "Le Pen"), a month or modal that is a
surname here ("Theresa May"), an age ("51-year-old"); and whether the gap between two words keeps them in
one phrase. Every other module of the mention stage is built on these tests."""

from __future__ import annotations

import re
from typing import Final

from attribution.parsing.entities import is_demonym
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import MEMO_LIMIT, fold, language_table
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token, tokens

_AGE_RE: Final = re.compile(r"\d+-year-old", re.IGNORECASE)


_CLAUSE_PUNCT: Final = '.;:!?“”"«»()[]—–'

# Character tests on code points: the compiled build reads ord(s[i]) without making a string, and
# str.isupper()/islower() are no primitives of mypyc (each one a method call by name). ASCII is
# answered by ranges, anything else by the str method, so the answers are the methods' own.
_APOS: Final = 39  # '
_CURLY_APOS: Final = 0x2019  # ’
_LOWER_S: Final = 115  # s


def _upper0(s: str) -> bool:
    """s[:1].isupper()"""
    return _upper_at(s, 0) if s else False


def _upper_at(s: str, i: int) -> bool:
    """s[i].isupper(), for 0 <= i < len(s)"""
    c = ord(s[i])
    if c < 128:
        return 65 <= c <= 90
    return s[i].isupper()


def _lower0(s: str) -> bool:
    """s[:1].islower()"""
    if not s:
        return False
    c = ord(s[0])
    if c < 128:
        return 97 <= c <= 122
    return s[0].islower()


def _digit0(s: str) -> bool:
    """s[:1].isdigit()"""
    if not s:
        return False
    c = ord(s[0])
    if c < 128:
        return 48 <= c <= 57
    return s[0].isdigit()


# whether a word is a complementizer (lang.complementizer_re.fullmatch), remembered per language: a
# function of the word and the language, asked of the words before most quotations and commas
_COMPLEMENTIZER_WORDS: Final[dict[int, dict[str, bool]]] = {}


def _is_complementizer(word: str, lang: CompiledLanguage) -> bool:
    """lang.complementizer_re.fullmatch(word) is not None, without a regex call by name per word."""
    table = language_table(_COMPLEMENTIZER_WORDS, lang)
    hit = table.get(word)
    if hit is None:
        hit = table[word] = lang.complementizer_re.fullmatch(word) is not None
    return hit


def _ends_with(text: str, lo: int, hi: int, chars: str) -> bool:
    """text.endswith(tuple(chars), lo, hi) for one-character endings and offsets 0 <= lo, hi <= len(text)
    (str.endswith with bounds is a method call by name in the compiled build)."""
    return hi > lo and text[hi - 1] in chars


def _possessive(tok: Token) -> bool:
    """len(t) > 2 and t ends with "’s", "'s", "s’" or "s'"."""
    t = tok.text
    n = len(t)
    if n <= 2:
        return False
    last = ord(t[n - 1])
    if last == _LOWER_S:
        before = ord(t[n - 2])
        return before in (_APOS, _CURLY_APOS)
    if last in (_APOS, _CURLY_APOS):
        return ord(t[n - 2]) == _LOWER_S
    return False


def _strip_possessive(t: str) -> str:
    n = len(t)
    if n < 2:
        return t
    last = ord(t[n - 1])
    before = ord(t[n - 2])
    if last == _LOWER_S and (before in (_APOS, _CURLY_APOS)):
        return t[:-2]  # "Smith’s"
    if before == _LOWER_S and (last in (_APOS, _CURLY_APOS)):
        return t[:-1]  # "Jones’"
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


def _name_particle(toks: list[Token], i: int, lang: CompiledLanguage) -> bool:
    """toks[i] belongs to a surname with a capitalised particle: "Le" or "Maire" in "Bruno Le Maire",
    "Le" in "Marine Le Pen" (a title word or an article on its own, but not between two names)."""
    t = toks[i]
    if not _upper0(t.text):
        return False
    if t.key in lang.data.name_connectors:  # the particle: a name before it and a surname after it
        return 0 < i < len(toks) - 1 and _upper0(toks[i - 1].text) and _upper0(toks[i + 1].text)
    # the surname after the particle
    return (
        i >= 2
        and toks[i - 1].key in lang.data.name_connectors
        and _upper0(toks[i - 1].text)
        and _upper0(toks[i - 2].text)
        and toks[i - 2].key not in lang.determiners
        and toks[i - 2].key not in lang.title_words
    )


def surname_word(text: str, toks: list[Token], i: int, lang: CompiledLanguage) -> bool:
    """Is toks[i] a month or modal that is a surname here: capitalised, right after a given name or an
    honorific ("Theresa May", "Ms. May said", "Kelly March"), not after a date word ("Monday, May 4")?"""
    t = toks[i]
    if i == 0 or t.key not in lang.data.surname_words or not _upper0(t.text) or t.text.isupper():
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


def _is_cap(tok: Token) -> bool:
    t = tok.text
    if _upper0(t):
        return True
    # al-Jubeir, bin-Salman
    k = t.find("-")
    return 0 < k < len(t) - 1 and _upper_at(t, k + 1)


def _elided_cap(tok: Token, lang: CompiledLanguage) -> bool:
    """ "l'Estrie", "d’Abidjan": an elided article or preposition glued to a capitalised word."""
    t = tok.text
    return lang.data.elided_articles and len(t) > 2 and t[1] in "'’" and t[0] in "lLdD" and t[2:3].isupper()


def unelide(k: str, lang: CompiledLanguage) -> str:
    """'l'entraîneur' -> 'entraîneur' where the language glues articles to nouns."""
    if lang.data.elided_articles and k[:2] in ("l'", "d'") and len(k) > 3:
        return k[2:]
    return k


# what the head-key memo (lang.head_keys) holds for a word that heads nothing (a str no word is, so one
# look-up answers both "seen?" and "what?": None is what dict.get says of a word not seen yet)
_NO_HEAD: Final = "\x00"


def _head_key(tok: Token, lang: CompiledLanguage) -> str | None:
    """_head_key_of(tok.key, lang), remembered per language (lang.head_keys): it depends only on both."""
    table = lang.head_keys
    k = tok.key
    found = table.get(k)
    if found is None:
        if len(table) > MEMO_LIMIT:
            table.clear()  # bounded: a stream of odd words cannot grow it without limit
        of = _head_key_of(k, lang)
        found = table[k] = _NO_HEAD if of is None else of
    return None if found is _NO_HEAD else found


def _is_demonym(tok: Token, lang: CompiledLanguage) -> bool:
    """is_demonym(tok, lang) (entities remembers it per word and language; no second memo here)."""
    return is_demonym(tok, lang)


def _head_key_of(k: str, lang: CompiledLanguage) -> str | None:
    if k[:2] in ("l'", "d'") and len(k) > 3 and lang.data.elided_articles:
        k = k[2:]  # "l'élu", "l'officier
    # (and "-ies" plurals of people: "families"; not of one body: "the companies said" is no company)
    ies = k[:-3] + "y" if k.endswith("ies") and len(k) > 4 and lang.data.cased else k
    if ies is not k and lang.speaker_nouns.get(ies) == "organisation":
        ies = k
    for cand in (k, k[:-1] if k.endswith("s") else k, k[:-2] if k.endswith("es") else k, ies):
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
    if not _digit0(k) or "-" not in k:
        return False  # (both forms open with a digit and have a hyphen: no regex run for other words)
    if _AGE_RE.fullmatch(k):
        return True
    ages = lang.data.age_words
    if not ages:
        return False
    num, dash, rest = k.partition("-")
    return bool(dash) and num.isdigit() and rest in ages


def _gap_clean(text: str, a: int, b: int) -> bool:
    if b == a + 1 and text[a] == " ":
        return True  # (the usual single space, tested without a copy)
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


def _is_title_word(k: str, lang: CompiledLanguage) -> bool:
    """A word of a title, hyphenated ones included ("Vice-President", "Secretary-General")."""
    uk = unelide(k, lang)
    return uk in lang.title_words or ("-" in uk and all(part in lang.title_words for part in uk.split("-")))


def _title_of_institution(toks: list[Token], lang: CompiledLanguage) -> bool:
    """'la ministra para la Transición Ecológica', 'le maire de Brest': an article, a title and a
    preposition: the capitalised words name the office's institution or place, not a person."""
    return any(
        toks[j].key in lang.determiners
        and _head_key(toks[j + 1], lang) is not None
        and toks[j + 2].key in lang.data.prepositions
        for j in range(min(len(toks) - 3, 4))
    )


def _rfind_comma(text: str, lo: int, hi: int) -> int:
    """The last comma in text[lo:hi] that separates phrases (not one inside a number: "2,000")."""
    k = text.rfind(",", lo, hi)
    while k > lo and k + 1 < len(text) and text[k - 1].isdigit() and text[k + 1].isdigit():
        k = text.rfind(",", lo, k)
    return k


def _fold(s: str) -> str:
    return fold(s)


def document_issuer(toks: list[Token], lang: CompiledLanguage) -> list[Token]:
    """The issuer inside a document phrase: "einer Erklärung des Vereins" → "des Vereins", "einem
    Lagebild des Landeskriminalamts" → "des Landeskriminalamts" (a document noun, or a compound ending
    in one, before a genitive article); any other phrase as it stands."""
    docs = lang.data.issued_documents
    for g in range(1, min(len(toks), 5)):
        if toks[g].key in lang.data.genitive_articles and any(
            t.key in docs or (_is_cap(t) and any(t.key.endswith(d) for d in docs)) for t in toks[:g]
        ):
            # (up to a preposition: "eines Schreibens der Gewerkschaft an die Mitglieder")
            end = next(
                (e for e in range(g + 2, len(toks)) if toks[e].key in lang.data.prepositions), len(toks)
            )
            return toks[g:end]
    return toks


def relative_clause_start(text: str, lo: int, hi: int, lang: CompiledLanguage) -> int:
    """Where a short relative clause that closes right before `hi` opens (its comma), when [lo, hi)
    holds "PHRASE, das am Montag vorgestellt wurde," (a relative pronoun after the phrase's comma, one
    more comma at its end and no other punctuation); -1 otherwise."""
    close = rstrip_comma(text, lo, hi)
    if close < 0:
        return -1
    opened = text.rfind(",", lo, close)
    if opened <= lo or any(ch in text[opened + 1 : close] for ch in _CLAUSE_PUNCT + ","):
        return -1
    rel = tokens(text, opened + 1, close, limit=12)
    if not 3 <= len(rel) < 12 or rel[0].key not in lang.data.relative_pronouns:
        return -1
    return opened


def rstrip_comma(text: str, lo: int, hi: int) -> int:
    """The position of a comma that ends [lo, hi) before blanks; -1 when there is none."""
    k = hi
    while k > lo and text[k - 1] in SPACE:
        k -= 1
    return k - 1 if k > lo and text[k - 1] == "," else -1


def linked_org_noun(text: str, lang: CompiledLanguage) -> bool:
    """German "nach Unternehmensangaben", "nach Konzernangaben": the source inside the compound is a
    bare organisation noun (LanguageData.anaphoric_org_nouns, with or without its linking "s"), which
    points at the organisation named before like "das Unternehmen" does; "Polizei" names a body."""
    if not lang.data.verb_second or " " in text or not _upper0(text):
        return False
    key = fold(text)
    return key in lang.data.anaphoric_org_nouns or (
        key.endswith("s") and key[:-1] in lang.data.anaphoric_org_nouns
    )

"""Who a speaker is: names, kinds and matching, for the person registry.

Pure functions over strings (no database): the parser's speaker string and mention text go in, an
`Identity` (kind, canonical name, title) comes out, and `same_name` / `match_key` tell whether two
spellings name the same person. `parse_plan.py` asks these questions when it turns parse results
into Person / PersonAlias rows, `dedupe_persons` asks them of the stored registry.

Words come from the parser's language files (pronouns, titles, honorifics, speaker nouns of every
language), so a language added there is known here too.

Transliteration is `anyascii` (pinned in pyproject.toml): Devanagari, Cyrillic, Arabic … to Latin
letters. A Devanagari spelling loses its inherent vowels in that ("सर्गेई" → "srgei"), so names in two
scripts are compared by their consonant skeleton ("srg lvrv"), and two Latin spellings by a
stricter key that only evens out y/i, doubled letters, accents and hyphens ("sergei lavrov").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from anyascii import anyascii

PERSON, ORGANISATION, GROUP, ANONYMOUS = "person", "organisation", "group", "anonymous"

_PUNCT_EDGES = " \t\n\"'“”‘’«»„()[]{},.;:—–-"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_VOWELS = re.compile(r"[aeiou]")
_REPEATS = re.compile(r"(.)\1+")
_NON_LETTERS = re.compile(r"[^a-z]")
# Words that open a description of a group or a source rather than a name.
_ANON_WORDS = {
    "source",
    "sources",
    "insider",
    "insiders",
    "official",
    "officials",
    "aide",
    "aides",
    "confidant",
    "confidante",
    "spokesperson",
    "spokesman",
    "spokeswoman",
}
_ANON_PHRASES = ("familiar with", "close to", "who asked not", "who declined", "speaking on condition")
_GROUP_CLASSES = {"witness", "relation", "person", "expert", "police", "prosecutor", "lawyer", "worker"}
_ORG_SUFFIXES = {"inc", "inc.", "ltd", "ltd.", "plc", "llc", "corp", "corp.", "gmbh", "ag", "sa", "co."}


@dataclass(frozen=True)
class Identity:
    """What a speaker string names: its kind, the canonical name to store, and a title if it carried one."""

    kind: str
    name: str
    title: str = ""


@dataclass(frozen=True)
class _Lexicon:
    pronouns: frozenset[str]
    honorifics: frozenset[str]
    title_words: frozenset[str]
    titles: frozenset[str]
    demonyms: frozenset[str]
    modifiers: frozenset[str]
    determiners: frozenset[str]
    connectors: frozenset[str]
    org_words: frozenset[str]
    collective: frozenset[str]
    glue: frozenset[str]
    calendar: frozenset[str]
    speaker_nouns: dict[str, str]


def fold(word: str) -> str:
    return unicodedata.normalize("NFC", word.translate(_APOSTROPHES).casefold()).strip(".")


@cache
def lexicon() -> _Lexicon:
    """Every language's words, merged: a registry holds names from all languages at once."""
    from attribution.parsing.languages import available, get

    sets: dict[str, set[str]] = {k: set() for k in _Lexicon.__dataclass_fields__ if k != "speaker_nouns"}
    nouns: dict[str, str] = {}
    for code in available():
        data = get(code).data
        sets["pronouns"] |= {fold(w) for w in data.pronouns} | {fold(w) for w in data.object_pronouns}
        sets["honorifics"] |= {fold(w) for w in data.honorifics}
        sets["titles"] |= {fold(t) for t in data.titles}
        glue = {fold(w) for w in (*data.prepositions, *data.function_words, *data.name_connectors)}
        glue |= {fold(w) for w in (*data.determiners, *data.definite_articles)}
        sets["title_words"] |= {fold(w) for t in data.titles for w in t.split()} - glue
        sets["glue"] |= glue
        openers = (*data.calendar_words, *data.time_words, *data.adverbial_openers)
        sets["calendar"] |= {fold(w) for w in openers}
        sets["demonyms"] |= {fold(w) for w in data.demonyms}
        sets["modifiers"] |= {fold(w) for w in data.title_modifiers}
        sets["determiners"] |= {fold(w) for w in data.determiners} | {fold(w) for w in data.definite_articles}
        sets["determiners"] |= {fold(w) for w in data.possessive_determiners}
        sets["determiners"] |= {fold(w) for w in data.quantifiers}
        sets["connectors"] |= {fold(w) for w in data.name_connectors}
        sets["org_words"] |= {fold(w) for w in data.org_words} | {fold(w) for w in data.company_suffixes}
        sets["collective"] |= {fold(w) for w in data.collective_nouns}
        for noun, cls in data.speaker_nouns.items():
            nouns.setdefault(fold(noun), cls)
            if cls == "organisation":
                sets["org_words"].add(fold(noun))
    # "the": English determiners are in every text; "his/her" open descriptions ("his Iranian counterpart")
    sets["determiners"] |= {"the", "a", "an", "his", "her", "their", "its"}
    sets["org_words"] -= {"people", "city", "house", "health"}
    return _Lexicon(**{k: frozenset(v) for k, v in sets.items()}, speaker_nouns=nouns)


# -- spelling keys -----------------------------------------------------------------------------
def is_latin(text: str) -> bool:
    """True when every letter is Latin (accents allowed): such names compare by their spelling."""
    return all(not ch.isalpha() or unicodedata.name(ch, "LATIN").startswith("LATIN") for ch in text)


def _token_key(token: str) -> str:
    # Devanagari anusvara before a consonant is an n ("एंटोनियो" = Entonio, not Emtonio)
    latin = anyascii(token.replace("\u0902", "\u0928\u094d")).lower()
    key = _NON_LETTERS.sub("", latin).replace("y", "i")
    return _REPEATS.sub(r"\1", key)


def name_tokens(name: str) -> list[str]:
    """The words of a name without honorifics, split at hyphens too (Jean-Yves = Jean Yves)."""
    words = [w for w in re.split(r"[\s\-‐‑]+", name) if w.strip(_PUNCT_EDGES)]
    hon = lexicon().honorifics
    while len(words) > 1 and fold(words[0]) in hon:
        words = words[1:]
    return [w.strip(_PUNCT_EDGES) for w in words]


def spelling_key(name: str) -> str:
    """ "Sergey Lavrov", "Sergei Lavrov", "Dr. Sergei  Lavrov" → "sergei lavrov"."""
    return " ".join(k for k in (_token_key(t) for t in name_tokens(name)) if k)


def _skeleton(token_key: str) -> str:
    return _VOWELS.sub("", token_key) or token_key


def match_key(name: str) -> str:
    """Consonant skeleton, stored and indexed: every spelling that may name the same person shares it."""
    return " ".join(_skeleton(k) for k in spelling_key(name).split())[:300]


def same_name(a: str, b: str) -> bool:
    """Whether two spellings name the same person: exact key for two Latin names, skeleton across scripts."""
    if is_latin(a) and is_latin(b):
        return spelling_key(a) == spelling_key(b) != ""
    return match_key(a) == match_key(b) != ""


def is_part_of(alias: str, name: str) -> bool:
    """An alias made of words of the name ("Lavrov", "लावरोव" for Sergey Lavrov), in any script."""
    alias_keys = spelling_key(alias).split()
    name_keys = spelling_key(name).split()
    if not alias_keys or not name_keys:
        return False
    latin = is_latin(alias) and is_latin(name)
    pool = name_keys if latin else [_skeleton(k) for k in name_keys]
    wanted = alias_keys if latin else [_skeleton(k) for k in alias_keys]
    return all(w in pool for w in wanted)


# -- what a speaker string is ----------------------------------------------------------------
def _caseless(word: str) -> bool:
    first = word[:1]
    return first.isalpha() and not first.isupper() and not first.islower()


def _capitalised(word: str) -> bool:
    first = word.lstrip("'\"“‘(")[:1]
    return first.isupper() or _caseless(word) or first.isdigit()


def _name_word(word: str, lex: _Lexicon) -> bool:
    """A word that can be part of a person's name: capitalised (or of a caseless script), or a particle."""
    f = fold(word)
    head = f.split("-")[0].split("'")[0]
    if f in lex.connectors or head in lex.connectors:
        return True
    if f in lex.pronouns or f in lex.title_words or f in lex.speaker_nouns or f in lex.determiners:
        return False
    if any(ch.isdigit() for ch in word):
        return False
    return word[:1].isupper() or _caseless(word)


def _tidy(raw: str) -> str:
    text = " ".join((raw or "").split()).strip(_PUNCT_EDGES.replace("-", ""))
    return re.sub(r"['’]s$", "", text)


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def classify(raw: str | None) -> Identity | None:
    """The identity a parsed speaker string names, or None for a non-name (pronoun, bare title, descriptor).

    >>> classify("Russian Foreign Minister Sergey Lavrov")
    Identity(kind='person', name='Sergey Lavrov', title='Russian Foreign Minister')
    >>> classify("a senior official").kind, classify("Residents").kind, classify("The Kremlin").kind
    ('anonymous', 'group', 'organisation')
    >>> classify("he") is None and classify("the foreign minister") is None
    True
    """
    text = _tidy(raw or "")
    if not text or len(text) > 150:
        return None
    lex = lexicon()
    words = text.split()
    folded = [fold(w) for w in words]
    if len(words) == 1 and (folded[0] in lex.pronouns or folded[0] in lex.determiners):
        return None
    lower = text.casefold()
    # anonymous sources: "a senior official", "sources close to the talks", "people familiar with…"
    phrase = any(p in lower for p in _ANON_PHRASES)
    source_word = any(f in _ANON_WORDS or lex.speaker_nouns.get(f) == "source" for f in folded[:5])
    named_after = any(_name_word(w, lex) for w in words[1:] if fold(w) not in lex.title_words)
    if phrase or (source_word and not named_after):
        return Identity(ANONYMOUS, _sentence_case(_drop_determiner(text, lex)))
    body = _drop_determiner(text, lex)
    bwords = body.split()
    bfolded = [fold(w) for w in bwords]
    if not bwords:
        return None
    head = bfolded[-1]
    head_class = lex.speaker_nouns.get(head)
    groupish = head in lex.collective or head_class in _GROUP_CLASSES
    # organisations: "The Kremlin", "Foreign Ministry", "Acme Ltd" (a capitalised name with an org word)
    named = all(_capitalised(w) or fold(w) in lex.connectors for w in bwords)
    if (head in _ORG_SUFFIXES or (named and any(f in lex.org_words for f in bfolded))) and not groupish:
        return Identity(ORGANISATION, body)
    # groups: "Residents", "Police", "City staff", "the analysts" (never "the company": a descriptor)
    plural = head.endswith("s") or head == "police" or head_class == "police"
    if (head in lex.collective or (head_class in _GROUP_CLASSES and (plural or len(bwords) > 1))) and (
        len(bwords) <= 4 and (body == text or plural) and not any(_name_word(w, lex) for w in bwords[1:-1])
    ):
        return Identity(GROUP, _sentence_case(body))
    if body != text:
        return None  # "the Russian top diplomat", "his Iranian counterpart": a descriptor
    # persons: strip honorifics and a leading title ("Foreign Minister", "Neighbour"), keep the name
    # everything up to the last title word is the title ("Russian Foreign Minister | Sergey Lavrov")
    last = max((i for i, w in enumerate(words[:-1]) if _title_or_honorific(w, lex)), default=-1)
    # "Harbour master Tomas Berg": a lower-case word before the name ends a title too
    lowered = (i for i, w in enumerate(words[:-1]) if w[:1].islower() and fold(w) not in lex.connectors)
    last = max(last, max(lowered, default=-1))
    title_words, rest = list(words[: last + 1]), list(words[last + 1 :])
    if not rest or len(rest) > 6:
        return None
    if any(fold(w) in lex.determiners for w in title_words) or (title_words and title_words[0][:1].islower()):
        return None  # "Israel's ambassador to the US": a description, not a title before a name
    if not all(_name_word(w, lex) for w in rest):
        return None
    if rest[0][:1].islower():
        return None
    title = " ".join(w for w in title_words if fold(w) not in lex.honorifics)
    return Identity(PERSON, " ".join(rest), title)


def _drop_determiner(text: str, lex: _Lexicon) -> str:
    words = text.split()
    while words and fold(words[0]) in lex.determiners:
        words = words[1:]
    return " ".join(words)


def _title_or_honorific(word: str, lex: _Lexicon) -> bool:
    f = fold(word)
    return (
        f in lex.honorifics
        or f in lex.title_words
        or f in lex.demonyms
        or f in lex.modifiers
        or f in lex.speaker_nouns
        or f.endswith("'s")  # "Russia's Foreign Minister Sergey Lavrov"
    )


def is_name_alias(mention: str, person_name: str) -> bool:
    """Whether a mention is a name of the person, fit to be an alias: never a pronoun, title or descriptor."""
    identity = classify(mention)
    if identity is None or identity.kind != PERSON or identity.title:
        return False
    if " ".join(identity.name.split()).casefold() == " ".join(person_name.split()).casefold():
        return False
    return is_part_of(identity.name, person_name) or same_name(identity.name, person_name)


# -- titles in the text ------------------------------------------------------------------------
_WORD = re.compile(r"[^\s,;:.!?()\[\]“”\"«»—–]+")


def titles_in_text(body: str, name: str, limit: int = 20) -> list[str]:
    """Titles the text gives the person: "United Nations Secretary General Antonio Guterres" → that title;
    "Russia's permanent representative to the UN in Geneva, Gennadiy Gatilov," → the appositive."""
    lex = lexicon()
    found: list[str] = []
    if not name or len(name) < 3:
        return found
    for match in re.finditer(re.escape(name), body):
        if len(found) >= limit:
            break
        start = match.start()
        if start and (body[start - 1].isalnum()):
            continue
        before = body[max(0, start - 160) : start]
        title = (
            _counterpart_title(before, lex)
            or _title_before(before, lex)
            or _appositive_before(before, lex)
            or _opening_title(before, lex)
        )
        if title:
            found.append(title)
    return found


# "his Iranian counterpart": the same office as the other side's, for another country
_COUNTERPART_NOUNS = frozenset({"counterpart", "opposite number"})


def _counterpart_title(before: str, lex: _Lexicon) -> str:
    """ "Russian Foreign Minister Sergei Lavrov and his Iranian counterpart Mohammad Javad Zarif" →
    "Iranian Foreign Minister": a counterpart holds the office the sentence gave the other side, for
    the country its adjective names ("his counterpart, X," → the office alone). The name's own first
    words may stand between ("counterpart Mohammad Javad | Zarif"). Nothing when the sentence gives
    the other side no office before a name ("Lavrov met his Iranian counterpart Zarif")."""
    tokens = list(_WORD.finditer(before))

    def joined(i: int, end: int) -> bool:  # only spaces between token i and `end`
        return not before[tokens[i].end() : end].strip()

    i, end = len(tokens) - 1, len(before)
    while i >= 0 and len(tokens) - 1 - i < 3 and joined(i, end) and _given_name(tokens[i].group(), lex):
        end, i = tokens[i].start(), i - 1
    if i < 0 or before[tokens[i].end() : end].strip() not in ("", ","):
        return ""
    nouns = 2 if i > 0 and fold(f"{tokens[i - 1].group()} {tokens[i].group()}") in _COUNTERPART_NOUNS else 1
    if nouns == 1 and fold(tokens[i].group()) not in _COUNTERPART_NOUNS:
        return ""
    if nouns == 2 and not joined(i - 1, tokens[i].start()):
        return ""
    j = i - nouns  # the country: capitalised words right before the noun ("Iranian", "South Korean")
    country: list[str] = []
    while j >= 0 and len(country) < 3 and joined(j, tokens[j + 1].start()):
        if not _given_name(tokens[j].group(), lex):
            break
        country.insert(0, tokens[j].group())
        j -= 1
    sentence = before[: tokens[j + 1].start()]
    cut = max(sentence.rfind("\n"), sentence.rfind(". "), sentence.rfind("? "), sentence.rfind("! "))
    office = _office_before_a_name(sentence[cut + 1 :], lex)
    return " ".join([*country, office]) if office else ""


def _given_name(word: str, lex: _Lexicon) -> bool:
    """A capitalised word that is no title word, determiner or pronoun: part of a name or a country."""
    f = fold(word)
    return word[:1].isupper() and not (f in lex.title_words or f in lex.determiners or f in lex.pronouns)


def _office_before_a_name(text: str, lex: _Lexicon) -> str:
    """The last office in `text` that stands right before a name: "Russian Foreign Minister Sergei Lavrov
    and" → "Foreign Minister"; "Secretary of State Antony Blinken" → "Secretary of State"."""
    words = [(m.group(), text[m.end() : m.end() + 1] == " ") for m in _WORD.finditer(text)]
    office = ""
    i = 0
    while i < len(words):
        if fold(words[i][0]) not in lex.title_words:
            i += 1
            continue
        k = i  # the office runs from here over title words, and glue between two of them
        while k + 1 < len(words) and words[k][1]:
            nxt = fold(words[k + 1][0])
            if nxt in lex.title_words:
                k += 1
            elif nxt in lex.glue and k + 2 < len(words) and fold(words[k + 2][0]) in lex.title_words:
                k += 2
            else:
                break
        if words[k][1] and k + 1 < len(words) and _given_name(words[k + 1][0], lex):
            office = " ".join(w for w, _ in words[i : k + 1])
        i = k + 1
    return office


def _title_before(before: str, lex: _Lexicon) -> str:
    """Capitalised title words (or title words of a caseless script) right before the name."""
    words: list[str] = []
    pos = len(before)
    for m in reversed(list(_WORD.finditer(before))):
        gap = before[m.end() : pos]
        if gap.strip() or "\n" in gap:
            break
        w = m.group()
        f = fold(w)
        latin_ok = w[:1].isupper() and f not in lex.determiners and f not in lex.pronouns
        if not (latin_ok or (_caseless(w) and (f in lex.title_words or f in lex.demonyms))):
            break
        words.insert(0, w)
        pos = m.start()
        if len(words) >= 6:
            break
    if not any(fold(w) in lex.title_words for w in words):
        return ""
    while words and fold(words[-1]) in lex.honorifics:
        words.pop()
    return " ".join(words)


def _opening_title(before: str, lex: _Lexicon) -> str:
    """ "Harbour master Tomas Berg said …": two to four words opening the sentence, none of them glue."""
    cut = max(before.rfind("\n"), before.rfind(". "), before.rfind("? "), before.rfind("! "))
    if cut < 0 and len(before) >= 160:
        return ""
    phrase = before[cut + 1 :]
    words = phrase.split()
    if not (2 <= len(words) <= 4) or not phrase.endswith(" ") or not words[0][:1].isupper():
        return ""
    if any(not _WORD.fullmatch(w) for w in words):
        return ""
    folded = [fold(w) for w in words]
    if any(f in lex.glue or f in lex.pronouns or f in lex.calendar for f in folded):
        return ""
    return " ".join(words)


def _appositive_before(before: str, lex: _Lexicon) -> str:
    """ "…, Russia's permanent representative to the UN in Geneva, " right before the name."""
    if not before.rstrip().endswith(","):
        return ""
    head = before.rstrip()[:-1]
    cut = max(head.rfind(","), head.rfind("."), head.rfind("\n"), head.rfind(":"), head.rfind("—"))
    phrase = head[cut + 1 :].strip()
    words = phrase.split()
    if not (2 <= len(words) <= 10) or fold(words[0]) in lex.determiners:
        return ""
    if not any(fold(w) in lex.title_words for w in words):
        return ""
    return phrase


def best_title(candidates: list[str]) -> str:
    """The title said most often (the longest among equals), so one odd mention does not win."""
    if not candidates:
        return ""
    counts: dict[str, int] = {}
    for c in candidates:
        counts[c] = counts.get(c, 0) + 1
    return max(counts, key=lambda c: (counts[c], is_latin(c), len(c)))[:300]

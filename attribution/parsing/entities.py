"""Per-document entity registry: people and organisations named in the text, their titles, gender
and where they are mentioned, so that surnames, pronouns and descriptions resolve to full names."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import MEMO_LIMIT, compatible_classes, fold
from attribution.parsing.text import Token


def index_left(seq: list[int], x: int) -> int:
    """bisect.bisect_left(seq, x) for a sorted list of ints. Compiled, a typed loop on unboxed ints
    costs a fraction of a call into the bisect module (its arguments boxed, each comparison generic);
    the resolver asks thousands of times per document."""
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) >> 1
        if seq[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def index_right(seq: list[int], x: int) -> int:
    """bisect.bisect_right(seq, x) for a sorted list of ints (see index_left)."""
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < seq[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _name_key(toks: list[str], postnominals: frozenset[str]) -> tuple[list[str], tuple[str, ...]]:
    """The name's words without empty ones and trailing postnominals ("Jr.", "PhD"), and its key (their
    folds), in one pass: each word folded once (the test for a postnominal reads the fold the key keeps)."""
    words = [t for t in toks if t]
    keys = [fold(t) for t in words]
    while len(words) > 1 and keys[-1].strip(".") in postnominals:
        words.pop()
        keys.pop()
    return words, tuple(keys)


def _all_in(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """set(a) <= set(b), for the few words of two names (compiled, all() over a generator is a loop)."""
    return all(w in b for w in a)


@dataclass(init=False)  # __init__ written out: mypyc compiles it (a dataclass's own one is interpreted)
class Entity:
    name: str  # canonical: the longest full form seen, titles stripped
    key_tokens: tuple[str, ...]
    is_person: bool = True
    titles: set[str] = field(default_factory=set)  # concept classes
    title_words: set[str] = field(default_factory=set)
    nationality: set[str] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)  # "Thomas Hartung (FDP)": German "(Partei)" after a name
    gender: str = "?"
    positions: list[int] = field(default_factory=list)
    subject_positions: list[int] = field(default_factory=list)
    aged: bool = False  # introduced with an age: "Hanna Berg, 39,"
    spoke: bool = False  # named as the speaker of a quotation
    plain: int = 0  # mentions not governed by a preposition
    oblique: int = 0  # mentions after a preposition or "the" ("in St Ives", "the University of Bergen")

    def __init__(self, name: str, key_tokens: tuple[str, ...], is_person: bool = True) -> None:
        self.name = name
        self.key_tokens = key_tokens
        self.is_person = is_person
        self.titles = set()
        self.title_words = set()
        self.nationality = set()
        self.parties = set()
        self.gender = "?"
        self.positions = []
        self.subject_positions = []
        self.aged = False
        self.spoke = False
        self.plain = 0
        self.oblique = 0

    def count(self, oblique: bool) -> None:
        if oblique:
            self.oblique += 1
        else:
            self.plain += 1

    def last_before(self, pos: int, subjects_only: bool = False) -> int:
        seq = self.subject_positions if subjects_only else self.positions
        k = index_left(seq, pos) - 1
        return seq[k] if k >= 0 else -1

    def note(self, pos: int, subject: bool = False) -> None:
        # bisect.insort(seq, pos), as a native search and list.insert
        seq = self.positions
        if not seq or seq[-1] <= pos:
            seq.append(pos)  # (the usual case: mentions are noted in reading order)
        else:
            seq.insert(index_right(seq, pos), pos)
        if subject:
            seq = self.subject_positions
            if not seq or seq[-1] <= pos:
                seq.append(pos)
            else:
                seq.insert(index_right(seq, pos), pos)


class Registry:
    def __init__(self, lang: CompiledLanguage) -> None:
        self.lang = lang
        self.entities: list[Entity] = []
        self.by_full: dict[tuple[str, ...], Entity] = {}
        self.by_last: dict[str, list[Entity]] = {}

    # ------------------------------------------------------------------ building
    def add_name(
        self,
        toks: list[str],
        pos: int,
        titles: set[str] | None,
        title_words: set[str] | None,
        nationality: set[str] | None,
        gender: str = "?",
        subject: bool = False,
    ) -> Entity | None:
        # (None for an empty set: the registry's pass makes a set only for what it finds)
        toks, key = _name_key(toks, self.lang.postnominals)
        if not toks:
            return None
        ent = self.by_full.get(key)
        if ent is None and len(key) == 1:
            cands = self.by_last.get(key[0])
            if cands:
                ent = cands[-1]
        if ent is None and len(key) >= 2:
            # A longer form of a name first seen short (or the other way round) is the same person.
            # the last one whose words are all among the name's, or the other way round (read from
            # the end, with tuple membership: no list of candidates nor two sets per candidate)
            found = self.by_last.get(key[-1])
            if found:
                for x in range(len(found) - 1, -1, -1):
                    e = found[x]
                    if _all_in(e.key_tokens, key) or _all_in(key, e.key_tokens):
                        ent = e
                        break
            if ent is not None and len(key) > len(ent.key_tokens):
                ent.name = " ".join(toks)
                ent.key_tokens = key
        if ent is None:
            is_person = not any(k in self.lang.org_words for k in key)
            ent = Entity(" ".join(toks), key, is_person=is_person)
            self.entities.append(ent)
            self._add_last(key[-1], ent)
            bare = self._without_article(key[-1])
            if bare:
                self._add_last(bare, ent)  # "al-Sisi" is "Sisi" later on
        self.by_full[key] = ent
        if titles:
            ent.titles |= titles
        if title_words:
            ent.title_words |= title_words
        if nationality:
            ent.nationality |= nationality
        if gender != "?" and ent.gender == "?":
            ent.gender = gender
        ent.note(pos, subject)
        return ent

    def _add_last(self, word: str, ent: Entity) -> None:
        """by_last.setdefault(word, []).append(ent), without an empty list made for every call."""
        found = self.by_last.get(word)
        if found is None:
            self.by_last[word] = [ent]
        else:
            found.append(ent)

    def _without_article(self, word: str) -> str:
        """'al-sisi' -> 'sisi': a surname with a joined article particle ("al-", "el-"); else ''."""
        if "-" not in word:
            return ""  # (most names: no tuple of three made by partition)
        head, dash, rest = word.partition("-")
        if dash and len(rest) > 2 and head in self.lang.data.name_connectors:
            return rest
        return ""

    def finalize(self) -> None:
        for ent in self.entities:
            if len(ent.key_tokens) == 1 and not ent.titles and ent.gender == "?":
                # a lone capitalised word is a person only when it is somebody's surname (set above) or titled
                ent.is_person = ent.is_person and len(self.by_last.get(ent.key_tokens[0], [])) > 0
            if ent.oblique and not ent.plain and not ent.titles and ent.gender == "?" and not ent.aged:
                ent.is_person = False  # only ever a place or an institution
            ent.positions.sort()
            ent.subject_positions.sort()

    # ------------------------------------------------------------------ look-ups
    def lookup(self, name_tokens: list[str]) -> Entity | None:
        key = _name_key(name_tokens, self.lang.postnominals)[1]
        if not key:
            return None
        ent = self.by_full.get(key)
        if ent:
            return ent
        cands = self.by_last.get(key[-1])
        if cands:
            # max(cands, key=len of key_tokens) as a typed loop (the first of the longest, as max keeps)
            best = cands[0]
            for e in cands:
                if len(e.key_tokens) > len(best.key_tokens):
                    best = e
            return best
        if len(key) == 1:
            # A first name alone ("Sergey") or a surname in another case is not resolved.
            return None
        return None

    def most_recent(self, pos: int, pred, subjects_only: bool = False) -> Entity | None:  # noqa: ANN001
        best, best_pos = None, -1
        for ent in self.entities:
            # (the position first: a typed method, where `pred` is a generic call; every predicate
            # passed here is a pure test, so asking it only of the ones that would win changes nothing)
            p = ent.last_before(pos, subjects_only)
            if p > best_pos and pred(ent):
                best, best_pos = ent, p
        return best

    def by_description(
        self,
        pos: int,
        cls: str,
        nationality: set[str],
        exact: bool = False,
        gender: str = "?",
        party: str = "",
    ) -> Entity | None:
        """The person named last before `pos` whose title fits `cls` (`exact`: that class only, for
        "her barrister", which is no prosecutor even if "the lawyer" might be) and whose known gender
        is not the other one (German "die Grünen-Politikerin" is no man)."""
        compat = frozenset({cls}) if exact else compatible_classes(cls)
        if party:
            of_party = self._latest_fitting(pos, compat, nationality, gender, party, True, False)
            if of_party is not None:
                return of_party
        # "the Chinese foreign minister": one known to be Chinese before one of unknown nationality
        known = None
        if nationality:
            known = self._latest_fitting(pos, compat, nationality, gender, party, False, True)
        return known or self._latest_fitting(pos, compat, nationality, gender, party, False, False)

    def _latest_fitting(
        self,
        pos: int,
        compat: frozenset[str],
        nationality: set[str],
        gender: str,
        party: str,
        of_party: bool,
        known_country: bool,
    ) -> Entity | None:
        """most_recent(pos, pred) for by_description's tests of a person (_fits), and with `of_party` a
        member of `party`, with `known_country` one of known nationality: one typed loop, where nested
        predicates were a closure, its environment and a generic call per person."""
        best, best_pos = None, -1
        for ent in self.entities:
            p = ent.last_before(pos, False)
            if (
                p > best_pos
                and _fits(ent, compat, nationality, gender, party)
                and (not of_party or party in ent.parties)
                and (not known_country or bool(ent.nationality))
            ):
                best, best_pos = ent, p
        return best


def _fits(ent: Entity, compat: frozenset[str], nationality: set[str], gender: str, party: str) -> bool:
    """Could `ent` be the person a description of class `compat` (and gender, party, nationality) is?"""
    if not ent.is_person or not (ent.titles & compat):
        return False
    if gender in ("m", "f") and ent.gender in ("m", "f") and ent.gender != gender:
        return False
    if party and ent.parties and party not in ent.parties:
        return False  # "der CDU-Politiker" is not the FDP minister
    return not (nationality and ent.nationality and not same_country(nationality, ent.nationality))


def country_key(word: str, lang: CompiledLanguage) -> str:
    """'Russian', 'Russia’s', 'Russia' -> a comparable country key."""
    w = fold(word)
    if w.endswith("'s"):
        w = w[:-2]
    if w in lang.demonyms:
        return lang.demonyms[w]
    for suffix in ("ian", "ean", "an", "ese", "ish", "i"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: len(w) - len(suffix)]
    return w


def same_country(a: set[str], b: set[str]) -> bool:
    """'russ' (Russian) and 'russia' (Russia’s) name one country: one key is a prefix of the other."""
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


# speaker-noun classes of one person ("la mujer", "the neighbour", "a witness"), not of a body: read by
# the registry (a titled run is a person) and the resolver (a description stands for a person)
_PERSON_NOUN_CLASSES: Final = frozenset({"person", "relation", "witness", "source"})

def is_demonym(tok: Token, lang: CompiledLanguage) -> bool:
    """_is_demonym(tok, lang), remembered per word and language (lang.demonym_words): mentions.phrase
    asks it of most words it classifies."""
    table = lang.demonym_words
    hit = table.get(tok.text)
    if hit is None:
        if len(table) > MEMO_LIMIT:
            table.clear()  # bounded: a stream of odd words cannot grow it without limit
        hit = table[tok.text] = _is_demonym(tok, lang)
    return hit


def _is_demonym(tok: Token, lang: CompiledLanguage) -> bool:
    k = tok.key
    if k in lang.demonyms:
        return True
    if not lang.data.cased or not tok.capitalized or k in lang.data.demonym_like_names:
        return False
    # (at least six letters: "Jean", "Sean", "Brian" are first names, not nationalities). The "-ish"
    # demonyms are a closed class, listed in the language data: "Harish", "Manish" are first names.
    return (k.endswith(("ian", "ean", "ese")) and len(k) >= 6) or (
        k.endswith(("an", "i"))
        and len(k) > 5
        and k[-3:] in ("ian", "can", "ran", "ean", "ani", "eli", "aqi", "udi", "ari", "ali")
    )

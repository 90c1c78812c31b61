"""What a noun phrase names. `classify` turns the tokens of a phrase into a Mention: a name (with its
name tokens, titles and gender), a description with a title class ("the health minister", "a source"),
or an organisation; `name_after_placed_title` finds where the name starts after a title of a place
("Ambassador to the UN Linda Thomas-Greenfield"). Where a phrase starts is np_start.py's question."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from attribution.parsing.entities import country_key
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.word_facts import _MentionFacts, mention_facts, mention_facts_table
from attribution.parsing.mentions.words import (
    _fold,
    _full_name_before,
    _head_key,
    _is_age,
    _is_cap,
    _is_demonym,
    _is_title_word,
    _lower0,
    _particle_surname,
    _strip_possessive,
    _upper0,
    surname_word,
    unelide,
)
from attribution.parsing.text import Token, find_titles


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



# titles of the head of a town or district, whose place follows with a name connector ("von")
_PLACE_HEAD_TITLES: Final = frozenset(["mayor", "governor"])


def _as_description(m: Mention, end: int, text: str) -> Mention:
    """m read to `end` as a description, not a name ("Families across the county"): its head and facts
    kept, no name words."""
    return Mention(
        m.start,
        end,
        "descriptor",
        text,
        [],
        m.head_class,
        m.nationality,
        m.definite,
        m.plural,
        m.gender,
        m.titles,
    )


def _extended(m: Mention, end: int, text: str) -> Mention:
    """dataclasses.replace(m, end=end, text=text), compiled (replace() reads the fields by name)."""
    return Mention(
        m.start,
        end,
        m.kind,
        text,
        m.name_tokens,
        m.head_class,
        m.nationality,
        m.definite,
        m.plural,
        m.gender,
        m.titles,
    )


def _shifted(m: Mention, by: int) -> Mention:
    """dataclasses.replace(m, start=m.start + by, end=m.end + by), compiled."""
    return Mention(
        m.start + by,
        m.end + by,
        m.kind,
        m.text,
        m.name_tokens,
        m.head_class,
        m.nationality,
        m.definite,
        m.plural,
        m.gender,
        m.titles,
    )


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
    while s - 1 > i and toks[s - 1].key in lang.data.name_connectors and _lower0(toks[s - 1].text):
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


def _affiliation_modifier(toks: list[Token], ti: int, lang: CompiledLanguage) -> bool:
    """toks[ti] is a preposition inside a capitalised name that modifies the phrase's last word, a
    lower-case noun of a person ("The University of Toronto economist", "the Bank of Canada
    economist"): the preposition does not end the head."""
    last = toks[-1]
    if ti < 1 or ti + 2 >= len(toks) or not _is_cap(toks[ti - 1]) or not _lower0(last.text):
        return False
    hk = _head_key(last, lang)
    if hk is None or lang.speaker_nouns.get(hk) == "organisation":
        return False
    # (not "the Department of Justice spokesman": a title word inside the name would count as hers)
    return all(_is_cap(t) and not _is_title_word(t.key, lang) for t in toks[ti + 1 : -1])


def _head_titles(
    text: str, head: list[Token], lang: CompiledLanguage, hfacts: list[_MentionFacts] | None = None
) -> list[tuple[int, int]]:
    """find_titles(text, head[0].start, head[-1].end, lang), or [] where no title it could find is a key
    of lang.titles (classify uses only those). A head of one or two words of letters and digits (word
    characters all: a match starts and ends only at a word's edges) is tested with up to three look-ups
    of the spans a match could be, instead of a walk of the titles' trie (most heads hold no title).
    `hfacts`: the head words' facts, when the caller has them (each word's two tests are one of them)."""
    t0 = head[0]
    titles = lang.titles
    if len(head) == 1:
        if hfacts is not None:
            if hfacts[0].untitled_word:
                return []
        elif t0.text.isalnum() and not titles.get(t0.key):
            return []
    elif len(head) == 2:
        t1 = head[1]
        if (
            t1.start == t0.end + 1
            and text[t0.end] == " "
            and (
                hfacts[0].untitled_word and hfacts[1].untitled_word
                if hfacts is not None
                else (
                    t0.text.isalnum()
                    and t1.text.isalnum()
                    and not titles.get(t0.key)
                    and not titles.get(t1.key)
                )
            )
            and not titles.get(fold(text[t0.start : t1.end]))
        ):
            return []
    return find_titles(text, t0.start, head[-1].end, lang)


def _name_particle_of(hfacts: list[_MentionFacts], i: int) -> bool:
    """words._name_particle(head, i, lang), from the head words' facts (hfacts[x] of head[x])."""
    f = hfacts[i]
    if not f.upper0:
        return False
    if f.conn:  # the particle: a name before it and a surname after it
        return 0 < i < len(hfacts) - 1 and hfacts[i - 1].upper0 and hfacts[i + 1].upper0
    # the surname after the particle
    if i < 2:
        return False
    p1 = hfacts[i - 1]
    p2 = hfacts[i - 2]
    return p1.conn and p1.upper0 and p2.upper0 and not p2.det and not p2.in_title_words


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
    n_org = len(toks) - 2
    if (
        n_org >= 0
        and toks[-2].key in lang.data.numbered_org_words
        and _upper0(toks[-2].text)
        and toks[-1].text.isdigit()
    ):
        # "Unifor Local 444 said", "Local 583 has warned": a union local, not "a local" (a person)
        return Mention(start, end, "org", text[start:end], [], "organisation", set(), False)
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
    table = mention_facts_table(lang)
    head = [toks[0]]
    # the facts of each head word (hfacts[x] of head[x]): one look-up per word, then field reads
    hf = mention_facts(toks[0], lang, table)
    hfacts = [hf]
    titled: list[tuple[int, int]] | None = None
    follow = lang.data.follow_connectors
    for ti in range(1, len(toks)):
        t = toks[ti]
        ft = mention_facts(t, lang, table)
        if (ft.prep or ft.rel) and not (
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
            if _affiliation_modifier(toks, ti, lang):
                head.append(t)  # "The University of Toronto economist": a named body before the noun
                hf = ft
                hfacts.append(ft)
                continue
            if not hf.title_word:
                break  # only a title goes on over a preposition ("Secretary of State")
            if titled is None:
                titled = find_titles(text, start, end, lang)
            if not any(a < t.start and t.end < b and a < head[-1].end for a, b in titled):
                break
        if ft.genitive and hf.head_key is not None:
            break  # "Ein Sprecher des Ministeriums": the genitive is a complement, like "of the ministry"
        if (
            lang.data.elided_articles
            and t.key[:2] in ("d'", "d’")
            and len(t.key) > 2
            and _lower0(head[-1].text)
        ):
            break  # "le chef d’Ensemble Montréal": the elided "de" ends the head ("Giscard d’Estaing" not)
        head.append(t)
        hf = ft
        hfacts.append(ft)
    hk_last = hf.head_key  # (of the head's last word)
    cls = None
    titles: set[str] = set()
    title_end = -1
    for m_start, m_end in _head_titles(text, head, lang, hfacts):
        c = lang.titles.get(_fold(text[m_start:m_end]))
        if c:
            titles.add(c)
            cls = c
            title_end = m_end
    plural = False
    if cls is None:
        for x in range(len(head) - 1, -1, -1):
            t = head[x]
            hk = hfacts[x].head_key
            if hk:
                cls = (
                    "person"
                    if _is_age(t.key, lang)
                    else lang.speaker_nouns.get(hk) or lang.titles.get(hk) or "person"
                )
                # ("lawyers", "analysts": a plural that is a key of its own, its singular one too)
                plural = t.key.endswith("s") and (
                    t.key != hk or t.key[:-1] in lang.speaker_nouns or t.key[:-1] in lang.titles
                )
                break
    else:
        last = head[-1].key
        plural = last.endswith("s") and hk_last is not None and hk_last != last
    # German "des Ministers", "eines Sprechers": the "-s" of the singular genitive, not a plural, and a
    # masculine noun ("nach Worten des Ministers" is the minister named before, not the Ministerin)
    genitive_s = plural and toks[0].key in lang.data.singular_genitive_articles
    if genitive_s:
        plural = False
    rest = toks[len(head) :]
    if (
        lang.speaker_nouns.get(hk_last or "") == "relation"
        and len(rest) == 2
        and rest[0].key in lang.data.head_prepositions
        and (rest[1].key.isdigit() or rest[1].key in lang.data.number_words)
    ):
        # "the mother of four", "a father of two": an epithet of someone named, like an age
        cls, titles = "person", set()
    nationality: set[str] = set()
    for i in range(len(head)):
        f = hfacts[i]
        if f.demonym or (f.possessive and (f.upper0 or not lang.data.cased)):
            nationality.add(country_key(head[i].text, lang))
    gender = "?"
    suffixes = lang.data.title_suffixes
    for i in range(len(head)):
        f = hfacts[i]
        g = f.honorific
        if not g:
            g = f.gendered
            if not g and suffixes and head[i].key.endswith(suffixes):
                # German "der Landeswahlleiterin" (a genitive): the compound's title head says "f", over
                # the article's guess
                g = _compound_gender(head[i].key, suffixes, lang.data.gendered_words)
        if g:
            gender = g
    if genitive_s and gender == "?":
        gender = "m"
    # trailing capitalised run that is not a title: the name
    name: list[Token] = []
    for idx in range(len(head) - 1, -1, -1):
        t = head[idx]
        f = hfacts[idx]
        k = t.key
        particle = _name_particle_of(hfacts, idx)
        if particle or (
            (
                f.cap
                or (name and f.conn)
                # "von der Leyen": an article inside a name right after its particle
                or (name and f.follow and idx > 0 and hfacts[idx - 1].conn)
            )
            and not f.title_word
            and not (lang.data.verb_second and "-" in k and k.rsplit("-", 1)[1] in lang.title_words)
            and not f.is_honorific
            and not (f.cue and t is head[0])
            # "Lawyers for the state", "Critics of the plan": a plural noun at a sentence start and the
            # group it belongs to
            and not (
                plural
                and len(head) == 1
                and cls is not None
                and len(toks) > 2
                and toks[1].key in lang.data.head_prepositions
            )
            and not (f.demonym and not _surname_like(t, name, head, lang))
            and (not f.det or (f.follow and idx > 0 and hfacts[idx - 1].conn))
            and ((not f.calendar and not (f.func and not name)) or surname_word(text, head, idx, lang))
        ):
            name.insert(0, t)
            if f.possessive and len(name) > 1:
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
    if (
        len(name) == 2
        and name[0].key in lang.data.place_of_title_connectors
        and titles & _PLACE_HEAD_TITLES
        and name[0].start > head[0].start
    ):
        # German "Bürgermeisterin von Bautzen", "der Landrat von Görlitz": the town the title is of, no
        # "von" surname (those of people are named in full: "Ministerin von der Leyen")
        name = []
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
        and hf.cap
        and hf.demonym
    ):
        # "the Dutchman", "the Scot": a person of that nationality, resolved like "the 51-year-old"
        cls = "person"
    noun = head[-1]
    noun_hk = hk_last
    if lang.data.postnominal_adjectives and noun_hk is None and len(head) > 1:
        noun = head[-2]  # "l'exécutif européen", "le parquet national": the noun before its adjective
        noun_hk = hfacts[-2].head_key
    # (a title that takes in the body's noun is a person's: "le chef du gouvernement")
    if cls is not None and (lang.speaker_nouns.get(noun_hk or "") != "organisation" or title_end == noun.end):
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
    if name or cls is not None or any(f.cap and not f.det for f in hfacts):
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
        cap = _upper0(word.text)
    else:
        det = word = head[0]
        k = unelide(word.key, lang)
        if k == word.key:
            return False
        cap = word.text[2:3].isupper() or _upper0(word.text) and word.text[2:3].isupper()
    if not cap or not k.endswith(suffixes) or len(k) < 5 or k in lang.org_words or k in lang.calendar_words:
        return False
    if _upper0(det.text):
        j = det.start
        while j > 0 and text[j - 1] in " \t\u00a0":
            j -= 1
        if j > 0 and text[j - 1] not in '.!?»”"\n:':
            return False
    return True


def _surname_like(t: Token, name: list[Token], head: list[Token], lang: CompiledLanguage) -> bool:
    """'Karim Benali': a word that only looks like a demonym, last in a run after a capitalised name."""
    if name or t.key in lang.demonyms or t is not head[-1] or len(head) < 2:
        return False
    prev = head[-2]
    return _is_cap(prev) and prev.key not in lang.title_words and not _is_demonym(prev, lang)


def _compound_gender(k: str, suffixes: tuple[str, ...], gendered: dict[str, str]) -> str:
    """The gender of the title head a compound ends on ("landeswahlleiterin" -> "f"); "" if none."""
    for suf in suffixes:
        if k.endswith(suf) and len(k) - len(suf) >= 3:
            return gendered.get(suf, "")
    return ""

"""One capitalised run (toks[i:j]) to the registry: the titles and honorifics at its start are cut off,
and the rest is registered as a name unless it is not one: a club or place before a lower-case title
("Ashford captain Rob Kettering"), a party tag ("D-Ohio"), a title's possession ("Queen's Park"), a
German noun phrase ("Jahre Haft"), a single letter. A single word is kept aside for the last-name pass
of build.py; an organisation is told apart by the spokesperson noun after it.
"""

from __future__ import annotations

import re
from typing import Final

from attribution.parsing.entities import _PERSON_NOUN_CLASSES, Registry
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import NEVER_RE, fold
from attribution.parsing.mentions.phrase import name_after_placed_title
from attribution.parsing.mentions.words import _is_title_word, _name_particle
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.registry.facts import _blank_gap, _Facts, _facts, _maybe_space, _strip_poss
from attribution.parsing.registry.titles import run_titles
from attribution.parsing.text import Token

_AGE_APPOSITIVE_RE: Final = re.compile(r",\s*\d{1,3}\s*[,.)]")


def _register_run(
    reg: Registry,
    text: str,
    toks: list[Token],
    i: int,
    j: int,
    facts: list[_Facts],
    lang: CompiledLanguage,
    singles: list[tuple[Token, bool, bool]],
    subject: bool,
    table: dict[str, _Facts],
) -> bool:
    """Register the capitalised run toks[i:j] (titles cut off) as a name; False when it is not one.
    `facts`: the facts of toks[i:j], which the caller looked up as it found the run."""
    if j - i >= 2 and _title_complement_run(text, toks, j, lang, table):
        # "Former Ashford captain Rob Kettering", "Harbor City council member Jo Ames": the club or
        # place of the title, never a person (one word goes the way of all single words)
        singles.append((toks[j - 1], False, True))
        return False
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
    hon_titles: list[str] | None = None  # (a list only when there is one: most runs have none)
    for x in range(cut):  # (facts[:cut] without the slice)
        ht = facts[x].hon_title  # (lang.data.honorific_titles.get(k), looked up once per word)
        if ht is not None:
            if hon_titles is None:
                hon_titles = [ht]
            else:
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
    nf = c0  # the name's facts are facts[nf:] (an index instead of a slice)
    if any(facts[x].bad for x in range(nf, len(facts))) and not _titled_initials(toks, i + c0, j, c0):
        return False
    n0 = i + c0  # the name is toks[n0:j]
    if cut > 0 and c0 == cut and facts[c0 - 1].poss:  # (the facts of toks[n0 - 1])
        return False  # "Queen's Park", "the President's Cup": a title's possession, not its holder
    placed = name_after_placed_title(toks, n0, j, lang) if j - n0 >= 3 else None
    if placed is not None:
        # "Iranian Ambassador in Damascus Hossein Akbari": the place is no part of the name
        nf = placed - i
        n0 = placed
    name_start = toks[n0].start
    comma = name_start - 1
    # (the usual single space compared as a character first, and `in SPACE` asked only of a character
    # that may be one of them: a letter or a mark below U+00A0 other than a tab or line break is none)
    while comma > 0 and (text[comma] == " " or _maybe_space(text, comma) and text[comma] in SPACE):
        comma -= 1
    # (text[comma] == ",": text.startswith(",", comma), also for comma == -1, without a method call)
    # (the pattern asked only in a language that has one: a regex match is a generic call)
    if (
        text[comma] == ","
        and lang.name_tag_re is not NEVER_RE
        and (tag := lang.name_tag_re.match(text, comma))
        and tag.end() > name_start
    ):
        return False  # "Sen. Jane Roe, D-Ohio, said": the party and state are no name
    # (refusals that do not depend on the titles first: a German noun run or a long run never reaches
    # the registry, so its titles need not be looked for)
    if lang.data.noun_suffixes and _common_noun_run(toks, i, n0, j, cut, lang, facts):
        return False
    if j - n0 > 4:
        return False
    titles, title_words, nationality, gender = run_titles(
        text, toks, i, j, n0, cut, placed, name_start, hon_titles, gender, lang, table
    )
    # after a preposition or "the": "in St Ives", "MP for Wessex Downs", "the University of Bergen"
    oblique = (
        i > 0
        and cut == 0
        and (
            (pf := _facts(toks[i - 1], lang, table)).obl
            # "Queen's Park", "Children's Hospital": the end of a place's or institution's name
            or (
                pf.poss
                and pf.cap
                and (
                    _strip_poss(toks[i - 1].key) in lang.title_words
                    or _strip_poss(toks[i - 1].key) in lang.speaker_nouns
                )
            )
        )
        and _blank_gap(text, toks[i - 1].end, toks[i].start)
    )
    if j - n0 == 1 and not titles and gender == "?":
        singles.append((toks[n0], subject, oblique))
        return False
    name_toks = [facts[x].bare for x in range(nf, len(facts))]
    first = facts[nf]  # the facts of name_toks[0]
    if j - n0 == 1 and cut > 0 and nf == cut and facts[cut - 1].k in lang.data.regnal_titles:
        # "Pope Francis", "King Charles", "Papst Leo": a holder known by one name keeps the title
        name_toks = [facts[cut - 1].bare, name_toks[0]]
        first = facts[cut - 1]
    if len(name_toks) == 1 and len(name_toks[0]) < 2:
        return False  # "on X, the minister": a letter is no name
    if gender == "?" and len(name_toks) >= 2:
        # "Frank Osei", "Corinne Albrecht": a given name of one gender only
        # (lang.data.given_name_genders.get(fold(name_toks[0]), "?"), looked up once per word)
        gender = first.given_gender
    ent = reg.add_name(name_toks, name_start, titles, title_words, nationality, gender, subject)
    if ent is not None:
        ent.count(oblique)
        e1 = toks[j - 1].end
        # (text.startswith(" (", e1) as two characters: a str method with a start is a generic call)
        if lang.data.parties and e1 + 1 < len(text) and text[e1] == " " and text[e1 + 1] == "(":
            # "Thomas Hartung (FDP)": the party in its parenthesis
            close = text.find(")", toks[j - 1].end, toks[j - 1].end + 40)
            inside = fold(text[toks[j - 1].end + 2 : close]).strip() if close > 0 else ""
            party = lang.data.parties.get(inside) if inside else None
            if party:
                ent.parties.add(party)
        end = toks[j - 1].end
        # (the comma the pattern opens with, tested first: most names are not followed by one)
        if end < len(text) and text[end] == "," and _AGE_APPOSITIVE_RE.match(text, end):
            ent.aged = True  # "Hanna Berg, 39," is a person
        elif (
            lang.data.word_order == "svo"
            and j < len(toks)
            and _facts(toks[j], lang, table).low
            and lang.speaker_nouns.get(toks[j].key) in ("spokesperson", "official", "source")
            and _blank_gap(text, toks[j - 1].end, toks[j].start)
            and not ent.titles
            and ent.gender == "?"
        ):
            ent.is_person = False  # "A Network Rail spokesperson said": the name of an organisation
    return True


def _title_complement_run(
    text: str, toks: list[Token], j: int, lang: CompiledLanguage, table: dict[str, _Facts]
) -> bool:
    """The capitalised run ending at toks[j] is followed by a lower-case title (one modifier allowed)
    and a capitalised name: "Ashford captain Rob Kettering", "Labour party leader Ann Cole" — the run
    is the title's club, party or place, not a person."""
    if not lang.data.cased or lang.data.verb_second:
        return False
    k = j
    while k < len(toks) and k - j < 2:
        fk = _facts(toks[k], lang, table)
        if not fk.low or fk.func:  # (fk.func: toks[k].key in lang.function_words)
            break
        if not _blank_gap(text, toks[k - 1].end, toks[k].start):
            return False
        if _is_title_word(toks[k].key, lang):
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            return (
                nxt is not None and _facts(nxt, lang, table).cap and _blank_gap(text, toks[k].end, nxt.start)
            )
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


def _common_noun_run(
    toks: list[Token], i: int, n0: int, j: int, cut: int, lang: CompiledLanguage, facts: list[_Facts]
) -> bool:
    """In a language that capitalises every noun (German), the run toks[n0:j] is a noun phrase, not a
    name: a word of it has a noun ending ("Urteilsbegründung", "Revision") or is a common noun
    ("Jahre Haft"), or, with no title or honorific cut off, an article, a preposition or a number
    stands right before it ("in der Hauptstadt", "14 Millionen Euro"). (`facts` are those of toks[i:j]:
    the word tests are facts of each word, not suffix tests per run.)"""
    data = lang.data
    for x in range(n0, j):
        f = facts[x - i]
        if f.common_noun:
            return True
        if f.adjective:
            return True  # "Zusätzliche Kredite", "Politische Beobachter": an adjective opens the run
        if x == j - 1 and cut > 0 and j - n0 >= 2:
            continue  # "Finanzminister Thomas Hartung": after a title and a given name, a surname in -ung
        if f.noun_ending:
            return True
    if toks[j - 1].key in data.country_names:
        return True  # "Gegen Titelverteidiger Norwegen verlor …": the team, no person named Norwegen
    if toks[n0].key in data.noun_quantifiers:
        return True  # "Beide Fahrer wurden …": a quantifier opens a noun phrase
    last = toks[j - 1]
    if j - n0 >= 2 and len(last.text) == 1 and j < len(toks) and toks[j].text[:1].isdigit():
        return True  # "„Sichere B 27“", "an der A 7": a road's letter and number, no surname
    if cut == 0 and i > 0:
        prev = toks[i - 1]
        pk = prev.key
        if (
            pk in lang.determiners
            or pk in data.prepositions
            or pk in data.number_words
            or pk in data.noun_quantifiers  # "an beiden Fahrzeugen Totalschaden"
            or prev.text[:1].isdigit()
        ) and prev.text[:1].islower() | prev.text[:1].isdigit():
            return True
    return False

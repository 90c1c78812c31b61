"""What the registry needs to know of one word, computed once per distinct word and language (`_Facts`):
may it start a name, is it a connector ("bin", "de"), a title or honorific that the name starts after,
a demonym or possessive, a function word or month, a word no name holds (capitals, digits); the
country and gender it gives. Also the small gap test every registry module uses."""

from __future__ import annotations

from typing import Final

from attribution.parsing.entities import country_key, is_demonym
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold, language_table
from attribution.parsing.mentions.words import _is_cap, _is_title_word, _possessive, unelide
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token


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
        "low",
        "alpha_low",
        "bare_key",
        "common_noun",
        "adjective",
        "noun_ending",
        "hon_title",
        "given_gender",
        "func",
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
        low: bool,
        alpha_low: bool,
        bare_key: str,
        common_noun: bool,
        adjective: bool,
        noun_ending: bool,
        hon_title: str | None,
        given_gender: str,
        func: bool,
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
        # the word starts with a lower-case letter: w[:1].islower() (a field read instead of a slice and a
        # method call, which the compiled build makes a generic Python call)
        self.low = low
        self.bare_key = bare_key  # fold(bare): the key a single word is looked up by among last names
        self.alpha_low = alpha_low
        # (runs._common_noun_run, for languages that capitalise nouns) a common noun ("Haft"), an
        # adjective's ending on a long word ("Zusätzliche"), a noun's ending after a stem of 4 or more
        self.common_noun = common_noun
        self.adjective = adjective
        self.noun_ending = noun_ending  # w.isalpha() and w.islower() (the same: generic calls when compiled)
        # (LanguageData's tables are Mappings: each .get() on one is a generic method call when compiled,
        # so the two runs.py asks of a word are looked up once per word here)
        self.hon_title = hon_title  # the title an honorific that is a profession gives ("Me" -> lawyer)
        self.given_gender = given_gender  # the gender of a given name of one gender only, by bare_key
        self.func = func  # a function word (k in lang.function_words: a field read, not a set look-up)


_WORD_FACTS: Final[dict[int, dict[str, _Facts]]] = {}  # per language (languages.base.language_table)


def _facts_table(lang: CompiledLanguage) -> dict[str, _Facts]:
    """The facts table of `lang` (build.py asks once per document and hands it on)."""
    return language_table(_WORD_FACTS, lang)


def _facts(t: Token, lang: CompiledLanguage, table: dict[str, _Facts]) -> _Facts:
    """The facts of word `t`: `table.get(t.text) or _word_facts(t, lang, table)` as one typed call."""
    f = table.get(t.text)
    return f if f is not None else _word_facts(t, lang, table)


def _word_facts(t: Token, lang: CompiledLanguage, table: dict[str, _Facts]) -> _Facts:
    w = t.text
    k = t.key
    tw, fw = lang.title_words, lang.function_words
    cap = _is_cap(t)
    poss = _possessive(t)
    dem = is_demonym(t, lang)
    uk = unelide(k, lang)
    bare_key = fold(_strip_poss(w))
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
        w[:1].islower(),
        w.isalpha() and w.islower(),
        bare_key,
        k in lang.data.common_nouns,
        bool(lang.data.adjective_suffixes) and k.endswith(lang.data.adjective_suffixes) and len(k) > 6,
        _noun_ending(k, lang),
        lang.data.honorific_titles.get(k),
        lang.data.given_name_genders.get(bare_key, "?"),
        k in fw,
    )
    table[w] = facts
    return facts


def _noun_ending(k: str, lang: CompiledLanguage) -> bool:
    """`k` ends on a noun suffix of the language (LanguageData.noun_suffixes) after a stem of 4 or more."""
    suffixes = lang.data.noun_suffixes
    if not suffixes or not k.endswith(suffixes):  # (one test for all the endings first)
        return False
    return any(k.endswith(suf) and len(k) - len(suf) >= 4 for suf in suffixes)


def _compound_title(k: str, lang: CompiledLanguage) -> str | None:
    """The title head a compound ends on ("bahnchef" -> "chef"), for languages that write titles as
    compounds (LanguageData.title_suffixes); None when it ends on none."""
    for suf in lang.data.title_suffixes:
        if k.endswith(suf) and len(k) - len(suf) >= 3 and suf in lang.titles:
            return suf
    return None


def _maybe_space(text: str, x: int) -> bool:
    """text[x] may be one of SPACE: a tab, a line break, or a character from U+00A0 on (ord() of a
    character is a native read; `in SPACE` a call). Asked before `in SPACE` of the character that ends
    a scan over blanks, mostly a letter or a mark."""
    o = ord(text[x])
    return o >= 0xA0 or o == 9 or o == 10 or o == 13


def _blank_gap(text: str, a: int, b: int) -> bool:
    """text[a:b].strip(SPACE) == "" (the usual single space tested without a copy)."""
    return (b == a + 1 and text[a] == " ") or text[a:b].strip(SPACE) == ""

"""What a speaker phrase needs to know of one word, computed once per distinct word and language
(`_MentionFacts`): its head key, whether it is capitalised, a possessive, a demonym, a title word, an
article, a function word, a preposition …, and the gender an honorific or a gendered noun gives.
classify reads a dozen such tests of every word of a phrase: a field read each, after one look-up of
the word (the set and dict tests it replaces were a C call each, the head-key and demonym memos a
call and a look-up each)."""

from __future__ import annotations

from typing import cast

from attribution.parsing.entities import is_demonym
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import MEMO_LIMIT
from attribution.parsing.mentions.words import (
    _elided_cap,
    _head_key,
    _is_cap,
    _is_title_word,
    _possessive,
    _upper0,
)
from attribution.parsing.text import Token


class _MentionFacts:
    """The facts of one word (a Token's text) in one language; each field says the test it answers."""

    __slots__ = (
        "head_key",
        "demonym",
        "cap",
        "upper0",
        "possessive",
        "title_word",
        "honorific",
        "is_honorific",
        "gendered",
        "det",
        "func",
        "prep",
        "rel",
        "conn",
        "follow",
        "cue",
        "calendar",
        "genitive",
        "pronoun",
        "in_title_words",
        "elided_cap",
        "coordinator",
        "date_prep",
        "phrase_stop",
        "head_prep",
        "adverbial_prep",
        "hearer",
        "definite",
        "untitled_word",
    )

    def __init__(self, t: Token, lang: CompiledLanguage) -> None:
        k = t.key
        data = lang.data
        self.head_key: str | None = _head_key(t, lang)
        self.demonym: bool = is_demonym(t, lang)
        self.cap: bool = _is_cap(t)
        self.upper0: bool = _upper0(t.text)
        self.possessive: bool = _possessive(t)
        self.title_word: bool = _is_title_word(k, lang)
        self.honorific: str | None = lang.honorifics.get(k)  # the gender an honorific gives
        self.is_honorific: bool = k in lang.honorifics
        self.gendered: str | None = data.gendered_words.get(k)  # the gender a noun gives ("spokeswoman")
        self.det: bool = k in lang.determiners
        self.func: bool = k in lang.function_words
        self.prep: bool = k in data.prepositions
        self.rel: bool = k in data.relative_pronouns
        self.conn: bool = k in data.name_connectors
        self.follow: bool = k in data.follow_connectors
        self.cue: bool = k in lang.cues
        self.calendar: bool = k in lang.calendar_words
        self.genitive: bool = k in data.genitive_articles
        self.pronoun: bool = k in lang.pronouns
        self.in_title_words: bool = k in lang.title_words  # (as it stands: _is_title_word also unelides)
        self.elided_cap: bool = _elided_cap(t, lang)
        self.coordinator: bool = k in data.coordinators  # (a tuple: `in` compares word by word)
        self.date_prep: bool = k in data.date_prepositions
        self.phrase_stop: bool = k in data.phrase_stops
        self.head_prep: bool = k in data.head_prepositions
        self.adverbial_prep: bool = k in data.adverbial_prepositions
        self.hearer: bool = k in data.hearer_markers
        self.definite: bool = k in data.definite_articles
        # letters and digits only, and no title by itself (phrase._head_titles' test of a head's word)
        self.untitled_word: bool = t.text.isalnum() and not lang.titles.get(k)


def mention_facts_table(lang: CompiledLanguage) -> dict[str, _MentionFacts]:
    """The facts table of `lang` (asked once per phrase; its words are then looked up in it): a field
    of the language (one attribute read, not a look-up of the language's table by id())."""
    return cast("dict[str, _MentionFacts]", lang.word_facts)


def mention_facts(t: Token, lang: CompiledLanguage, table: dict[str, _MentionFacts]) -> _MentionFacts:
    """The facts of word `t` (by its text: every fact is one of the text and the language)."""
    f = table.get(t.text)
    if f is None:
        if len(table) > MEMO_LIMIT:
            table.clear()  # bounded: a stream of odd words cannot grow it without limit
        f = table[t.text] = _MentionFacts(t, lang)
    return f

"""Word tests of the mention stage (attribution/parsing/mentions/words.py): what one word is to a speaker
phrase."""

from __future__ import annotations

from attribution.parsing.languages import get
from attribution.parsing.mentions.words import _gap_clean, _head_key, _is_cap, surname_word, unelide
from attribution.parsing.text import tokens


def _at(text: str, word: str, lang: str = "en") -> tuple[list, int]:
    toks = tokens(text, 0, len(text))
    return toks, next(i for i, t in enumerate(toks) if t.text == word)


def test_a_month_after_a_given_name_or_an_honorific_is_a_surname():
    en = get("en")
    for text in ("Theresa May told the House on Tuesday.", "Ms. May told the House on Tuesday."):
        toks, i = _at(text, "May")
        assert surname_word(text, toks, i, en), text


def test_a_month_in_a_date_is_no_surname():
    en = get("en")
    text = "The vote is on Monday, May 4, the clerk said."
    toks, i = _at(text, "May")
    assert not surname_word(text, toks, i, en)
    text = "In May the clerk said the vote would be held."
    toks, i = _at(text, "May")
    assert not surname_word(text, toks, i, en)


def test_capitalised_words_include_arabic_name_prefixes():
    toks = tokens("al-Rashid and bin-Salem met the mayor", 0, 37)
    assert [_is_cap(t) for t in toks] == [True, False, True, False, False, False]


def test_head_nouns_carry_their_class_key_plurals_and_compounds_included():
    en, de = get("en"), get("de")
    text = "spokeswoman aides 51-year-old tomorrow"
    assert [_head_key(t, en) for t in tokens(text, 0, len(text))] == ["spokeswoman", "aide", "person", None]
    text = "Konzernsprecherin SPD-Politikerin Gestern"
    keys = [_head_key(t, de) for t in tokens(text, 0, len(text))]
    assert keys[0] is not None and keys[1] is not None and keys[2] is None


def test_elided_articles_come_off_only_where_the_language_glues_them():
    assert unelide("l'entraîneur", get("fr")) == "entraîneur"
    assert unelide("d'abord", get("fr")) == "abord"
    assert unelide("l'entraîneur", get("en")) == "l'entraîneur"


def test_the_gap_inside_one_phrase_is_blank_or_an_abbreviation_stop():
    text = "U.S. Attorney Lena Ortiz, the prosecutor. Then"
    assert _gap_clean(text, 3, 5)  # "U.S" "." "Attorney"
    assert _gap_clean(text, 13, 14)  # a space
    assert not _gap_clean(text, 24, 26)  # the comma of an appositive
    assert not _gap_clean(text, 40, 42)  # a sentence's full stop after a long word

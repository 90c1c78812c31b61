"""Word tests of the mention stage (attribution/parsing/mentions/words.py): what one word is to a speaker
phrase."""

from __future__ import annotations

from attribution.parsing.entities import is_demonym
from attribution.parsing.languages import get
from attribution.parsing.mentions.words import (
    _digit0,
    _gap_clean,
    _head_key,
    _is_age,
    _is_cap,
    _is_demonym,
    _lower0,
    _possessive,
    _strip_possessive,
    _upper0,
    surname_word,
    unelide,
)
from attribution.parsing.text import Token, tokens


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


# the character tests on code points (_upper0, _possessive, …) stand in for str methods: same answers
_SAMPLES = [
    "",
    "a",
    "A",
    "1",
    "’",
    "Émile",
    "élu",
    "Ängste",
    "ßtraße",
    "ǅemal",  # a title-case letter: neither upper nor lower
    "Σωκράτης",
    "ωmega",
    "पुलिस",
    "٣٤",  # Arabic-Indic digits
    "²",  # a digit that \d does not match
    "Smith’s",
    "Smith's",
    "Jones’",
    "Jones'",
    "'s",
    "s'",
    "’s",
    "us",
    "bus’",
    "it’s",
    "Ross",
    "CEO's",
    "-",
    "al-Jubeir",
    "bin-",
    "x-É",
]


def test_first_character_tests_give_the_str_methods_answers():
    for s in _SAMPLES:
        assert _upper0(s) == s[:1].isupper(), s
        assert _lower0(s) == s[:1].islower(), s
        assert _digit0(s) == s[:1].isdigit(), s


def test_possessives_are_the_four_endings_after_two_characters():
    for s in _SAMPLES:
        expected = len(s) > 2 and (s.endswith(("’s", "'s")) or s.endswith(("s’", "s'")))
        assert _possessive(Token(0, len(s), s, s.lower())) == expected, s
        stripped = s[:-2] if s.endswith(("’s", "'s")) else s[:-1] if s.endswith(("s’", "s'")) else s
        assert _strip_possessive(s) == stripped, s


def test_capitalised_test_reads_the_letter_after_a_hyphen():
    for s in _SAMPLES:
        k = s.find("-")
        expected = s[:1].isupper() or (0 < k < len(s) - 1 and s[k + 1].isupper())
        assert _is_cap(Token(0, len(s), s, s.lower())) == expected, s


def test_ages_need_a_leading_digit_and_a_hyphen():
    en, de = get("en"), get("de")
    assert _is_age("51-year-old", en) and _is_age("7-Year-Old", en)
    assert _is_age("52-jährige", de)
    assert not _is_age("year-old", en) and not _is_age("51", en) and not _is_age("x51-year-old", en)


def test_the_demonym_memo_answers_as_entities_does():
    en, fr = get("en"), get("fr")
    text = "Karim Benali French Ukrainian Brian Sean Pakistani the italien Français"
    for lang in (en, fr, en):  # (the memo follows the language asked last)
        for t in tokens(text, 0, len(text)):
            assert _is_demonym(t, lang) == is_demonym(t, lang), (t.text, lang.code)

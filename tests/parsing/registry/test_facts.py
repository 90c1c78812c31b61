"""Per-word facts of the registry (attribution/parsing/registry/facts.py)."""

from __future__ import annotations

from attribution.parsing.languages import get
from attribution.parsing.registry.facts import _blank_gap, _facts_table, _word_facts
from attribution.parsing.text import tokens


def _facts(word: str, lang: str = "en"):
    language = get(lang)
    return _word_facts(tokens(word, 0, len(word))[0], language, _facts_table(language))


def test_titles_and_honorifics_cut_the_name_start():
    assert _facts("Minister").cutword and _facts("Mrs").cutword
    assert _facts("Mrs").hon == "f"
    assert not _facts("Karen").cutword and _facts("Karen").starter


def test_function_words_months_and_capitals():
    assert _facts("The").lead and _facts("March").lead  # a name starts after them
    assert _facts("NATO").bad and _facts("2024").bad
    assert not _facts("Karen").bad


def test_demonyms_and_possessives_name_a_country():
    assert _facts("Iranian").nat == "iran"
    assert _facts("Russia's").poss and _facts("Russia's").bare == "Russia"


def test_the_facts_are_remembered_per_word():
    language = get("en")
    table = _facts_table(language)
    tok = tokens("Karen", 0, 5)[0]
    first = _word_facts(tok, language, table)
    assert table["Karen"] is first


def test_blank_gap():
    text = "Karen  Obi, x"
    assert _blank_gap(text, 5, 7) and not _blank_gap(text, 10, 12)


def test_lower_case_start_is_a_fact_of_the_word():
    # (the registry reads `low` where it used to slice the word and ask str.islower)
    cases = [("mayor", True), ("Mayor", False), ("l'avocate", True), ("2024", False), ("éditeur", True)]
    for word, low in cases:
        assert _facts(word, "fr" if "'" in word else "en").low is low, word


def test_an_all_lower_case_word_of_letters_is_a_fact_of_the_word():
    # (titles.py reads `alpha_low` where it asked str.isalpha and str.islower of the word)
    cases = [("urbanisme", True), ("Urbanisme", False), ("2e", False), ("l'état", False), ("état", True)]
    for word, alpha_low in cases:
        assert _facts(word, "fr").alpha_low is alpha_low, word


def test_facts_helper_fills_the_table_once():
    from attribution.parsing.registry.facts import _facts as facts_of

    language = get("en")
    table = _facts_table(language)
    tok = tokens("Kettering", 0, 9)[0]
    first = facts_of(tok, language, table)
    assert facts_of(tok, language, table) is first and table["Kettering"] is first


def test_german_noun_phrase_facts_of_the_word():
    # (runs._common_noun_run reads these per word instead of suffix tests per run)
    assert _facts("Urteilsbegründung", "de").noun_ending and _facts("Revision", "de").noun_ending
    assert not _facts("Jung", "de").noun_ending  # "-ung" after a stem of one letter: a surname
    assert _facts("Zusätzliche", "de").adjective and not _facts("Ische", "de").adjective  # (too short)
    assert _facts("Kritik", "de").common_noun and not _facts("Hartung", "en").noun_ending


def test_the_bare_key_is_the_folded_word_without_its_possessive():
    assert _facts("Müller's").bare_key == _facts("müller").bare_key == _facts("Müller").bare_key
    assert _facts("Russia’s").bare_key == "russia"

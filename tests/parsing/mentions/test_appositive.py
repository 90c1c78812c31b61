"""The subject before appositives and relative clauses (attribution/parsing/mentions/appositive.py):
appositive_subject."""

from __future__ import annotations

from attribution.parsing.languages import get
from attribution.parsing.mentions.appositive import appositive_subject


def _subject(text: str, cue: str, lang: str = "en") -> tuple[str, str] | None:
    m = appositive_subject(text, 0, text.index(cue), get(lang))
    return None if m is None else (m.kind, m.text)


def test_a_name_before_its_description():
    text = "Ines Claeys, a spokeswoman for the port authority, told reporters the cranes were idle."
    assert _subject(text, " told") == ("name", "Ines Claeys")


def test_the_name_in_apposition_after_a_description():
    assert _subject(
        "The terminal operator, Harbourline Ltd, said the strike had cost millions.", " said"
    ) == (
        "name",
        "Harbourline Ltd",
    )
    text = "Her main opponent on the council, Councillor Richard Baines, said the vote was rushed."
    assert _subject(text, " said") == ("name", "Councillor Richard Baines")


def test_a_chain_of_short_appositives():
    assert _subject("Daniel Ward, 47, of Kettering, admitted the charge.", " admitted") == (
        "name",
        "Daniel Ward",
    )


def test_an_unnamed_source_before_a_relative_clause():
    text = "A source familiar with the talks, who spoke on condition of anonymity, said the offer was final."
    assert _subject(text, " said") == ("descriptor", "A source familiar with the talks")


def test_a_sentence_opening_before_the_head_is_allowed():
    text = "On Tuesday, the bakery, which opened in 1921, said it would close."
    assert _subject(text, " said") == ("descriptor", "the bakery")


def test_a_party_aside_is_blanked_out():
    text = (
        "Cllr Martin Greaves (Con, Hollin and Scarth), whose ward includes the park, said the fence would go."
    )
    assert _subject(text, " said") == ("name", "Cllr Martin Greaves")


def test_no_appositive_no_subject():
    assert _subject("The harbour master said the ferry would sail.", " said") is None
    assert _subject("After the storm the harbour master said the ferry would sail.", " said") is None


def test_name_tag_commas_decide_whether_the_tag_regex_may_be_skipped():
    from attribution.parsing.mentions.appositive import _tag_ends_with_comma

    # English tags ("…, R-Ohio, said") end with their comma; French has no tags at all
    assert _tag_ends_with_comma(get("en")) and _tag_ends_with_comma(get("fr"))
    assert get("en").name_tag_re.search("Rep. Dana Roe, R-Ohio, said") is not None
    # (asked twice: the remembered answer is the same)
    assert _tag_ends_with_comma(get("en"))


def test_a_tagged_name_far_from_the_cue_and_a_cue_with_no_comma_near_it():
    # no comma in the 40 characters before the cue and no parenthesis: nothing, tagged or not
    text = "Rep. Dana Roe, R-Ohio, spoke for an hour about the harbour bridge and the port and then said"
    assert _subject(text, " said") is None
    # the tag blanked, the appositive after it still gives the name
    text = "Rep. Dana Roe, R-Ohio, one of 11 Republicans who voted against the bill, said"
    assert _subject(text, " said") == ("name", "Rep. Dana Roe")
    assert _subject("Les élus de la majorité ont dit", " ont dit", "fr") is None

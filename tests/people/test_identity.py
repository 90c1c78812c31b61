"""What a speaker string names (attribution.people): kinds, canonical names, titles, matching spellings.

Pure functions: no database.
"""

from __future__ import annotations

import pytest

from attribution import people


@pytest.mark.parametrize(
    ("raw", "kind", "name", "title"),
    [
        ("Russian Foreign Minister Sergey Lavrov", "person", "Sergey Lavrov", "Russian Foreign Minister"),
        ("Neighbour Priya Desai", "person", "Priya Desai", "Neighbour"),
        ("Secretary of State Antony Blinken", "person", "Antony Blinken", "Secretary of State"),
        ("Mr. Okafor", "person", "Okafor", ""),
        ("Dr Helen Marsh", "person", "Helen Marsh", ""),
        ("Anouk de Vries", "person", "Anouk de Vries", ""),
        ("Jean-Yves Le Drian", "person", "Jean-Yves Le Drian", ""),
        ("सर्गेई लावरोव", "person", "सर्गेई लावरोव", ""),
        ("The Kremlin", "organisation", "Kremlin", ""),
        ("Harbourside Foods Ltd", "organisation", "Harbourside Foods Ltd", ""),
        ("Residents", "group", "Residents", ""),
        ("Police", "group", "Police", ""),
        ("City staff", "group", "City staff", ""),
        ("a senior official", "anonymous", "Senior official", ""),
        ("sources close to the negotiations", "anonymous", "Sources close to the negotiations", ""),
        ("people familiar with the matter", "anonymous", "People familiar with the matter", ""),
    ],
)
def test_speaker_strings_are_classified_with_a_canonical_name_and_title(raw, kind, name, title) -> None:
    assert people.classify(raw) == people.Identity(kind, name, title)


@pytest.mark.parametrize(
    "raw",
    [
        "He",
        "she",
        "उन्होंने",
        "Minister",
        "मंत्री",
        "राजनयिक",
        "the foreign minister",
        "the Russian top diplomat",
        "Israel’s ambassador to the US",
        "court documents",
        "The company",
        "the ministry",
        "his Iranian counterpart",
        "",
        "   ",
    ],
)
def test_pronouns_titles_and_descriptors_are_not_persons(raw) -> None:
    assert people.classify(raw) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sergey Lavrov", "Sergei Lavrov"),
        ("Sergey Lavrov", "सर्गेई लावरोव"),
        ("Antonio Guterres", "एंटोनियो गुटेरेस"),
        ("Jean-Yves Le Drian", "Jean Yves Le Drian"),
        ("Gennadiy Gatilov", "Gennady Gatilov"),
        ("José Martínez", "Jose Martinez"),
        ("Dr. Helen Marsh", "Helen Marsh"),
        ("Sergey Lavrov", "Сергей Лавров"),
    ],
)
def test_spellings_of_one_name_match(a, b) -> None:
    assert people.same_name(a, b)
    assert people.match_key(a) == people.match_key(b)


@pytest.mark.parametrize(("a", "b"), [("Maria Lopez", "Mario Lopez"), ("Boris Johnson", "Mike Johnson")])
def test_different_names_do_not_match(a, b) -> None:
    assert not people.same_name(a, b)


def test_aliases_are_names_of_the_person_only() -> None:
    assert people.is_name_alias("Lavrov", "Sergey Lavrov")
    assert people.is_name_alias("लावरोव", "Sergey Lavrov")
    assert people.is_name_alias("Sergei Lavrov", "Sergey Lavrov")
    for not_alias in (
        "He",
        "उन्होंने",
        "The foreign minister",
        "मंत्री",
        "Russian Foreign Minister Sergey Lavrov",
        "Sergey Lavrov",
        "Zarif",
    ):
        assert not people.is_name_alias(not_alias, "Sergey Lavrov"), not_alias


def test_titles_are_read_from_the_text_before_the_name_or_in_an_appositive() -> None:
    body = (
        "Harbour talks resume\n\nPort Authority Chair Malik Osei met unions on Monday. "
        "Separately, the city's chief harbour engineer, Ruth Adebayo, said the quay was safe. "
        "Later, Osei said talks would go on. Critics, Ruth Adebayo among them, disagreed."
    )
    assert people.titles_in_text(body, "Malik Osei") == ["Port Authority Chair"]
    assert people.titles_in_text(body, "Ruth Adebayo") == []  # "the city's …" is a description
    body2 = "Yesterday, Lagos's chief harbour engineer, Ruth Adebayo, said the quay was safe."
    assert people.titles_in_text(body2, "Ruth Adebayo") == ["Lagos's chief harbour engineer"]
    said = ["Foreign Minister", "Russian Foreign Minister", "Russian Foreign Minister"]
    assert people.best_title(said) == "Russian Foreign Minister"


def test_a_counterpart_takes_the_office_of_the_other_side_for_its_own_country() -> None:
    body = (
        "Russian Foreign Minister Sergei Lavrov and his Iranian counterpart Mohammad Javad Zarif hold a "
        "joint press conference in Moscow.\n\nRussian Foreign Minister Sergei Lavrov discussed Thursday with "
        "his Iranian counterpart, Mohammad Javad Zarif, the situation in Syria."
    )
    assert people.titles_in_text(body, "Mohammad Javad Zarif") == ["Iranian Foreign Minister"] * 2
    # the quotes name him "Zarif": his first names stand between the counterpart and the surname
    assert people.titles_in_text(body, "Zarif") == ["Iranian Foreign Minister"] * 2
    talks = "President Joe Biden and his Chinese counterpart Xi Jinping spoke for two hours on Monday."
    assert people.titles_in_text(talks, "Xi Jinping") == ["Chinese President"]
    pact = "Defence Minister Richard Marles and his Japanese opposite number Minoru Kihara signed the pact."
    assert people.titles_in_text(pact, "Minoru Kihara") == ["Japanese Defence Minister"]
    alone = "Foreign Minister Penny Wong said her counterpart, Wang Yi, had agreed to meet in Canberra."
    assert people.titles_in_text(alone, "Wang Yi") == ["Foreign Minister"]


def test_a_counterpart_without_an_office_in_its_sentence_gets_no_title() -> None:
    # Lavrov has no office in this sentence, and the last sentence's office is not his
    body = "Foreign Minister Penny Wong left early. Lavrov met his Iranian counterpart Mohammad Javad Zarif."
    assert people.titles_in_text(body, "Mohammad Javad Zarif") == []
    # "counterpart" with no name after it: the next sentence's name is someone else
    later = "Foreign Minister Sergei Lavrov thanked his Iranian counterpart. Zarif said little."
    assert people.titles_in_text(later, "Zarif") == []

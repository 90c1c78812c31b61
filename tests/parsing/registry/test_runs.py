"""One capitalised run to the registry (attribution/parsing/registry/runs.py): titles cut, then a name
registered or refused."""

from __future__ import annotations

from .helpers import registered


def test_titles_and_honorifics_are_cut_off_the_name():
    assert list(registered("Health Minister Karen Obi said the wards would reopen.")) == ["Karen Obi"]
    assert list(registered("Sen. Jane Roe, D-Ohio, said the bill would pass.")) == ["Jane Roe"]


def test_the_club_before_a_lower_case_title_is_no_person():
    people = registered("Former Ashford captain Rob Kettering said the club was in trouble.")
    assert list(people) == ["Rob Kettering"]


def test_a_person_noun_opening_the_run_is_cut():
    assert list(registered("Supporter Nancy Lyle said the ground was full.")) == ["Nancy Lyle"]


def test_a_titled_pair_of_capitals_is_initials():
    assert list(registered("Vice-President JD Vance spoke in Ohio.")) == ["JD Vance"]


def test_an_age_in_apposition_makes_a_person():
    people = registered("Hanna Berg, 39, said she heard the blast.")
    assert people["Hanna Berg"].aged


def test_a_spokesperson_noun_after_the_run_makes_an_organisation():
    people = registered("A Network Rail spokesperson said the line was closed.")
    assert not people["Network Rail"].is_person


def test_a_title_s_possession_is_no_name():
    assert registered("Queen's Park said nothing.") == {}


def test_a_german_noun_phrase_is_no_name_but_a_titled_name_in_ung_is():
    assert registered("Die Urteilsbegründung Folgt später, sagte sie.", "de") == {}
    assert registered("Zusätzliche Kredite Kommen nicht, hieß es.", "de") == {}
    people = registered("Finanzminister Thomas Hartung sagte, die Lage sei ernst.", "de")
    assert list(people) == ["Thomas Hartung"]

"""The titles around a registered name (attribution/parsing/registry/titles.py): before it, in an
appositive on either side, and the gender and nationality they give."""

from __future__ import annotations

from .helpers import registered


def test_an_appositive_title_before_the_comma():
    people = registered("The mayor of Leeds, Ann Cole, said the fund was spent.")
    assert people["Ann Cole"].titles == {"mayor"}


def test_an_appositive_title_after_the_name():
    people = registered("Ann Cole, the mayor, said the fund was spent.")
    assert people["Ann Cole"].titles == {"mayor"}


def test_a_place_between_title_and_name_and_the_nationality_before_the_title():
    people = registered("Iranian Ambassador in Damascus Hossein Akbari said the talks would resume.")
    assert list(people) == ["Hossein Akbari"]
    assert people["Hossein Akbari"].titles == {"ambassador"} and people["Hossein Akbari"].nationality == {
        "iran"
    }


def test_the_title_s_article_gives_the_gender():
    people = registered("la procureure Hélène Roux a requis cinq ans.", "fr")
    assert people["Hélène Roux"].titles == {"prosecutor"} and people["Hélène Roux"].gender == "f"


def test_a_list_of_what_the_title_is_of_comes_before_the_name():
    text = "el ministro de Agricultura, Pesca y Alimentación, Andrés Villalba, dijo que habrá ayudas."
    people = registered(text, "es")
    assert list(people) == ["Andrés Villalba"] and people["Andrés Villalba"].titles == {"minister"}


def test_no_title_no_titles():
    people = registered("Hanna Berg said she heard the blast.")
    assert people["Hanna Berg"].titles == set()


def test_token_index_agrees_with_the_text_module():
    # titles.py searches the tokens' starts natively; text.token_index bisects with a key
    from attribution.parsing.registry.titles import _token_index
    from attribution.parsing.text import token_index, tokens

    text = "Le ministre de l'Intérieur, Gérald Roux, a visité  la caserne."
    toks = tokens(text, 0, len(text))
    for pos in range(-1, len(text) + 2):
        assert _token_index(toks, pos) == token_index(toks, pos), pos
    assert _token_index([], 5) == 0


def test_titles_in_every_span_around_one_name():
    # an honorific, a title before the name and an appositive title after it all count, once each
    people = registered("Former Senator Dr Ann Cole, the mayor, said the fund was spent.")
    assert people["Ann Cole"].titles == {"legislator", "mayor"}
    # a place between title and name: the title before the place and the nationality before it
    people = registered("The French Ambassador in Rome Marc Lenoir, a diplomat, said talks resume.")
    assert "ambassador" in people["Marc Lenoir"].titles and people["Marc Lenoir"].nationality == {"france"}


def test_a_title_s_field_before_the_name():
    # "le professeur en urbanisme Réjean Fortin": the field between title and name, in lower case
    people = registered("Selon le professeur en urbanisme Réjean Fortin, le projet est mal pensé.", "fr")
    assert people["Réjean Fortin"].titles == {"expert"}


def test_comma_before_reads_the_two_characters_before_like_the_strip_it_replaces():
    import random

    from attribution.parsing.quotemarks import SPACE
    from attribution.parsing.registry.titles import _comma_before

    rnd = random.Random(5)
    alphabet = ", a.\u00a0\n;"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 6)))
        for lo in range(len(text) + 1):
            want = text[max(0, lo - 2) : lo].rstrip(SPACE).endswith(",")
            assert _comma_before(text, lo) == want, (text, lo)

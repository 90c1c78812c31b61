from __future__ import annotations

from attribution.parsing import extract
from tests.parsing.helpers import find


def test_a_quote_split_by_its_cue_gives_two_quotes_with_one_speaker() -> None:
    text = "Governor Maria Lopez rejected the budget. “The plan,” the governor said, “is dead on arrival.”"
    found = [q for q in extract(text) if q.kind == "direct"]
    assert [text[q.start : q.end] for q in found] == ["The plan,", "is dead on arrival."]
    assert {q.speaker for q in found} == {"Maria Lopez"}


def test_a_second_quote_after_the_cue_continues_the_same_speaker() -> None:
    text = (
        "Foreign Minister Sergey Lavrov spoke on Thursday. “We are interested in holding such a meeting "
        "after a long break,” the Russian top diplomat noted. “The Biden administration is ready for this, "
        "unlike its predecessors.”"
    )
    assert find(text, "Biden administration").speaker == "Sergey Lavrov"


def test_a_long_quote_in_the_next_paragraph_continues_the_previous_speaker() -> None:
    text = (
        "“There is progress in terms of agreeing actions on the battlefield,” Lavrov told reporters.\n"
        "“At first, they were ready just for a mechanism to avoid incidents. But they are not ready yet.”"
    )
    q = find(text, "At first")
    assert q.speaker == "Lavrov" and q.rule.startswith("direct:continuation")


def test_french_incise_inside_guillemets_splits_the_quotation() -> None:
    from attribution.parsing import extract

    text = (
        "« Nous tiendrons\u202fles délais, a assuré la ministre Claire Roy sur une radio nationale. "
        "Le chantier sera livré en juin. »\n"
        "« Le budget est bouclé, ajoute-t-elle, et personne ne sera licencié. »"
    )
    found = extract(text, "fr")
    assert [text[q.start : q.end] for q in found] == [
        "Nous tiendrons\u202fles délais,",
        "Le chantier sera livré en juin.",
        "Le budget est bouclé,",
        "et personne ne sera licencié.",
    ]
    assert {q.speaker for q in found} == {"Claire Roy"}


def test_a_short_quoted_sentence_after_an_attributed_one_continues_it() -> None:
    from tests.parsing.helpers import find

    text = "“The scheme works,” says Priya Shah, who took office in 2022. “Numbers are up.”"
    assert find(text, "Numbers are up").speaker == "Priya Shah"


def test_a_live_blog_timestamp_does_not_make_a_quote_mixed() -> None:
    from tests.parsing.helpers import find

    text = "Storm live\n\n11:20: “We are doing everything we can,” a rail spokeswoman said."
    q = find(text, "everything we can")
    assert q.kind == "direct" and text[q.start : q.end] == "We are doing everything we can,"


def test_name_with_an_age_between_the_quote_and_the_cue() -> None:
    from tests.parsing.helpers import find

    text = "Jo Platt scored twice.\n“We started well,” Platt, 29, said. “But we faded badly after the break.”"
    assert find(text, "started well").speaker == "Jo Platt"
    assert find(text, "faded badly").speaker == "Jo Platt"

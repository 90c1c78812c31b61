from __future__ import annotations

from attribution.parsing import extract
from attribution.parsing.quotemarks import scan_paragraph
from tests.parsing.helpers import find, quotes


def pairs(text: str) -> list[str]:
    return [text[p.start : p.end] for p in scan_paragraph(text, 0, len(text))]


def test_curly_straight_guillemet_and_low_quotes_are_paired() -> None:
    text = 'He said “one two”, then "three four", then « cinq six » and „sieben acht“.'
    assert pairs(text) == ["one two", "three four", "cinq six", "sieben acht"]


def test_apostrophes_inside_and_after_words_are_not_quote_marks() -> None:
    text = "Russia’s envoy said it’s the dogs’ dinner, and ‘that is final’ for the ’90s."
    assert pairs(text) == ["that is final"]


def test_single_quotes_nested_in_double_ones_stay_inside() -> None:
    text = "“We call it ‘the plan’ and we will keep it,” the minister said."
    assert pairs(text) == ["We call it ‘the plan’ and we will keep it,"]


def test_a_stray_closing_mark_does_not_swallow_the_paragraph() -> None:
    text = (
        "“We wholly trust the Secretary General,” and that such a meeting should take place soon.”\n"
        "The next paragraph is plain prose with no quotation at all in it."
    )
    found = extract(text)
    assert all(q.end <= text.index("\n") for q in found)


def test_a_stray_opening_mark_mid_paragraph_is_ignored() -> None:
    text = "The plan, he wrote, was “unworkable. Officials disagreed and the debate went on for hours."
    assert pairs(text) == []


def test_quotes_running_over_several_paragraphs_are_one_span() -> None:
    # the gold convention (corpus and blind READMEs): one span from the first opening to the last closing
    text = (
        "The family said in a statement:\n\n"
        "“We cannot find the words to thank the crew who brought our boys home last night.\n\n"
        "“They went out in conditions nobody should have to face, and they did it for strangers.”\n\n"
        "The coastguard confirmed the rescue."
    )
    found = [q for q in extract(text) if q.kind == "direct"]
    assert len(found) == 1
    assert text[found[0].start : found[0].end].startswith("We cannot find")
    assert text[found[0].start : found[0].end].endswith("for strangers.")
    assert found[0].speaker == "The family"


def test_quote_marks_are_outside_the_span() -> None:
    text = "“Prices will keep rising this winter,” the economist Ana Ruiz said."
    q = find(text, "Prices")
    assert text[q.start] == "P" and text[q.end - 1] == ","


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    text = (
        'Russia drew the attention of its "partners" to the plan. The "Mediterranean Dialogues" '
        "conference opened on Monday, and the so-called “new normal” was discussed."
    )
    assert quotes(text) == []


def test_a_quotation_over_several_paragraphs_is_one_span() -> None:
    from tests.parsing.helpers import find

    text = (
        "In a statement released by the club on Monday, the family said:\n\n"
        "“We are overwhelmed by the kindness of strangers.\n\n"
        "“Thank you to everyone who searched through the night.”\n"
    )
    q = find(text, "overwhelmed")
    assert text[q.start : q.end].startswith("We are overwhelmed")
    assert text[q.start : q.end].endswith("through the night.")
    assert q.speaker == "the family"


def test_a_quotation_opened_after_a_colon_runs_over_paragraphs() -> None:
    from tests.parsing.helpers import find

    text = (
        "Giving evidence on Tuesday, Ms Ada Moss said: “He would come into my office. He never shouted.\n\n"
        "“He did not need to.”\n"
    )
    q = find(text, "He would come")
    assert text[q.start : q.end].startswith("He would come") and text[q.start : q.end].endswith("need to.")
    assert q.kind == "direct" and q.speaker == "Ada Moss"


def test_a_quotation_reopened_after_its_attribution_runs_on_over_paragraphs() -> None:
    # '“…,” he said. “When I said …' never closes in its paragraph: the next paragraphs continue it
    text = (
        "The mayor, Sadiq Khan, did not hold back.\n\n"
        "“I have been warning about this for years,” he said. “When I said ‘invest in the network’, "
        "nobody listened.\n\n"
        "“Now we are paying the price. Every delay costs Londoners time and money.\n\n"
        "“I will keep making the case until something changes.”\n"
    )
    q = find(text, "nobody listened", lang="en")
    assert q.kind == "direct" and q.speaker == "Sadiq Khan"
    assert text[q.start : q.end].startswith("When I said") and "something changes" in text[q.start : q.end]

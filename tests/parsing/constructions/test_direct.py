"""Direct quotations (attribution/parsing/constructions/direct.py): a quotation and the cue around it."""

from __future__ import annotations

from attribution.parsing.engine import extract_quotes


def found(text: str, lang: str = "en") -> list[tuple[str, str, str | None, str]]:
    return [(text[q.start : q.end], q.kind, q.speaker, q.rule) for q in extract_quotes(text, lang)]


def test_quote_then_speaker_and_cue():
    text = '"We will not raise taxes," the finance minister said on Tuesday.'
    assert found(text) == [
        ("We will not raise taxes,", "direct", "the finance minister", "direct:quote-X-said")
    ]


def test_inverted_cue_takes_the_name_not_the_appositive():
    text = '"The harbour will stay open all winter," said Tomas Reyes, the port director.'
    assert found(text) == [
        ("The harbour will stay open all winter,", "direct", "Tomas Reyes", "direct:quote-X-said")
    ]


def test_speaker_and_cue_before_the_quote():
    text = 'Maria Okafor said: "The river has never been this low."'
    assert found(text) == [
        ("The river has never been this low.", "direct", "Maria Okafor", "direct:X-said-quote")
    ]


def test_a_second_quote_continues_the_first_speaker():
    text = '"I have no regrets," Okafor told reporters. "None at all."'
    assert found(text) == [
        ("I have no regrets,", "direct", "Okafor", "direct:quote-X-said"),
        ("None at all.", "direct", "Okafor", "direct:continuation"),
    ]


def test_refuses_a_title_in_quotation_marks():
    assert found('The film "Silent River" opens on Friday at the Odeon.') == []
    assert found('The band\'s new song "Long Road Home" reached number one.') == []

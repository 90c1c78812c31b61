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


def test_blank_scan_agrees_with_is_blank():
    from attribution.parsing.constructions.direct import _SPACE_DASHES, _blank
    from attribution.parsing.quotemarks import SPACE
    from attribution.parsing.text import is_blank

    text = "  — \u00a0Ms. Ortiz said:  \u2009 “It works.” -- \n" + " " * 40 + "end —  "
    for chars in (SPACE, _SPACE_DASHES):
        for a in range(len(text) + 1):
            for b in range(max(0, a - 2), len(text) + 1):  # (b < a too: an empty span)
                assert _blank(text, a, b, chars) == is_blank(text, a, b, chars), (a, b, chars)


def test_a_quotation_opening_a_paragraph_after_a_dash_is_not_a_cueless_continuation():
    text = (
        "The mayor spoke at the opening on Monday.\n\n"
        "— “We have waited ten years for this bridge, and it is finally here.”"
    )
    quotes = extract_quotes(text, "en")
    assert [text[q.start : q.end] for q in quotes] == [
        "We have waited ten years for this bridge, and it is finally here."
    ]


def test_complementizer_memo_agrees_with_the_regex():
    from attribution.parsing.languages import get
    from attribution.parsing.mentions.words import _is_complementizer

    words = ["that", "That", "THAT", "than", "thats", "que", "qu'il", "dass", "Dass", "das", "if", "said", ""]
    for code in ("en", "fr", "de", "es"):
        lang = get(code)
        for w in words * 2:  # (the second time from the memo)
            assert _is_complementizer(w, lang) == (lang.complementizer_re.fullmatch(w) is not None), (code, w)


def test_a_quotation_after_said_that_is_a_report_not_a_colon_quote():
    text = "The minister said that “the bridge will open in May, whatever the weather.”"
    assert [(q.rule, q.speaker) for q in extract_quotes(text, "en")] == [
        ("direct:X-said-that-quote", "The minister")
    ]
    text = "The minister said: “The bridge will open in May, whatever the weather.”"
    assert [(q.rule, q.speaker) for q in extract_quotes(text, "en")] == [
        ("direct:X-said-quote", "The minister")
    ]

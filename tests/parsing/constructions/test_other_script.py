"""other_script: the whole-document test for a script's letters (_in_block) answers as the script's regex.

The quotes a paragraph in another script gives are tested in test_newuser_cases.py (section 6).
"""

from __future__ import annotations

from attribution.parsing.constructions.other_script import _SCRIPTS, _in_block

_PROBES = (
    "",
    "The mayor said the bridge would reopen in May.",
    "\t\u2009tab and thin space\u2009\t",  # the bytes 0x09 of UTF-16 outside the block
    "“Curly quotes,” she said — and an emoji 😉 (U+1F609: a surrogate pair ending in 0x09).",
    "Bengali অ (U+0985) is the next block, Gujarati અ (U+0A85) the one after.",
    "सुश्री अनुराधा चतुर्वेदी ने कहा",
    "a name, रमेश, inside an English sentence",
    "ऀ",  # U+0900, the block's first
    "ॿ",  # U+097F, its last
    "\udc09 a lone surrogate",
    "Ø ñ ü ß: Latin-1 letters only",
)


def test_in_block_answers_as_the_regex_on_sentences() -> None:
    for _script, letters, first, last, _code in _SCRIPTS:
        for text in _PROBES:
            assert _in_block(text, first, last) == (letters.search(text) is not None), text


def test_in_block_answers_as_the_regex_on_every_character_near_the_block() -> None:
    for _script, letters, first, last, _code in _SCRIPTS:
        for cp in range(max(0, first - 0x300), last + 0x300):
            for text in (chr(cp), "a" + chr(cp) + " b", "\t" + chr(cp)):
                assert _in_block(text, first, last) == (letters.search(text) is not None), hex(cp)

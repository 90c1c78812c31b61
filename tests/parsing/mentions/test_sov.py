"""The subject of a verb-final language (attribution/parsing/mentions/sov.py): the phrase marked by a
subject postposition (Hindi "ने") before the cue."""

from __future__ import annotations

from attribution.parsing.languages import get
from attribution.parsing.mentions.sov import _subject_sov
from attribution.parsing.text import tokens


def _subject(text: str, cue: str) -> tuple[str, str, str | None] | None:
    m = _subject_sov(text, tokens(text, 0, text.index(cue)), get("hi"))
    return None if m is None else (m.kind, m.text, m.head_class)


def test_a_marked_description():
    assert _subject("स्वास्थ्य मंत्री ने कहा कि अस्पताल खुले रहेंगे।", " कहा") == (
        "descriptor",
        "स्वास्थ्य मंत्री",
        "minister",
    )


def test_a_marked_name():
    assert _subject("राहुल शर्मा ने कहा कि सड़क बनेगी।", " कहा") == ("name", "राहुल शर्मा", None)


def test_a_pronoun_with_the_marker():
    m = _subject("उन्होंने कहा कि काम जारी रहेगा।", " कहा")
    assert m is not None and m[0] == "pronoun"


def test_an_indefinite_description_is_not_definite():
    text = "एक अधिकारी ने बताया कि जांच चल रही है।"
    m = _subject_sov(text, tokens(text, 0, text.index(" बताया")), get("hi"))
    assert m is not None and m.kind == "descriptor" and m.text == "अधिकारी" and not m.definite


def test_no_marker_no_subject():
    assert _subject("बारिश के कारण सड़क बंद रही।", " रही") is None

"""The speed shortcuts of the mention stage give the answers of the plain code they replace: classify's
title look-up for short heads (_head_titles), appositive's region regex (_region_re) and the test that
lets _subject_before skip joining words (_compound_ends)."""

from __future__ import annotations

import re

import pytest

from attribution.parsing.languages import get
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.appositive import _blanked_tag, _region_re
from attribution.parsing.mentions.before_shapes import _compound_ends
from attribution.parsing.mentions.phrase import _head_titles, classify
from attribution.parsing.mentions.word_facts import mention_facts, mention_facts_table
from attribution.parsing.text import find_titles, tokens

_HEADS = [
    "the mayor",
    "Mayor Jane Roe",
    "the prime minister",
    "Prime Minister",
    "spokeswoman",
    "Spokeswoman",
    "the council",
    "Sen. Dana Kerr",
    "chief executive",
    "vice-president",
    "police chief",
    "Jane",
    "O'Neill",
    "the health minister's spokesman",
    "le ministre",
    "la porte-parole",
    "Bürgermeisterin",
]


def _titles_found(text: str, spans: list[tuple[int, int]], code: str) -> list[tuple[int, int, str]]:
    lang = get(code)
    return [(a, b, lang.titles[fold(text[a:b])]) for a, b in spans if lang.titles.get(fold(text[a:b]))]


@pytest.mark.parametrize("code", ["en", "fr", "de", "es"])
@pytest.mark.parametrize("phrase", _HEADS)
def test_head_titles_finds_the_titles_the_trie_finds(code: str, phrase: str) -> None:
    lang = get(code)
    text = f"On Monday, {phrase} said the plan would go ahead."
    start = text.index(phrase)
    toks = tokens(text, start, start + len(phrase))
    for n in range(1, len(toks) + 1):
        head = toks[:n]
        plain = find_titles(text, head[0].start, head[-1].end, lang)
        assert _titles_found(text, _head_titles(text, head, lang), code) == _titles_found(text, plain, code)
        # and from the words' facts, as classify asks it
        facts = [mention_facts(t, lang, mention_facts_table(lang)) for t in head]
        assert _titles_found(text, _head_titles(text, head, lang, facts), code) == _titles_found(
            text, plain, code
        )


def test_a_short_titled_head_is_still_classified_by_its_title() -> None:
    lang = get("en")
    text = "The mayor said the budget was tight."
    m = classify(text, tokens(text, 0, len("The mayor")), lang)
    assert m is not None and m.kind == "descriptor" and m.head_class is not None
    text = "A spokeswoman said the road would stay shut."
    m = classify(text, tokens(text, 0, len("A spokeswoman")), lang)
    assert m is not None and m.kind == "descriptor" and m.head_class is not None


_REGION_TEXTS = [
    "a nurse in Columbus, Ohio, says the shifts are too long",
    "the mill in Hamilton, Ont., will close, the owner said",
    "Trenton, N.J., officials said; a farmer near Fargo, North Dakota, said",
    "She moved to Dayton,Ohio,last year, then to Austin, Texas , and on",
    "He said, Ohio, and then Texas, were next.",
    "in Halifax, Nova Scotia, and in Regina, Sask., people said",
    "The 1999 law, Ohio, was cited; the firm, Texas Instruments, declined",
]


def test_region_regex_matches_like_the_plain_look_behind_pattern() -> None:
    lang = get("en")
    fast = _region_re(lang)
    assert fast is not None
    names = "|".join(re.escape(r) for r in sorted(lang.data.region_tags, key=len, reverse=True))
    plain = re.compile(r"(?<=[a-z]),[ \t\u00a0]*(?:" + names + r")[ \t\u00a0]*,")
    found = 0
    for text in _REGION_TEXTS:
        for a in range(0, len(text), 7):
            for b in (len(text), a + 40, a + 60):
                m1, m2 = plain.search(text, a, b), fast.search(text, a, b)
                assert (m1 and m1.span()) == (m2 and m2.span())
        assert plain.sub(_blanked_tag, text) == fast.sub(_blanked_tag, text)
        found += len(plain.findall(text))
    assert found >= 6  # the texts hold regions, so the comparison is not of two empty answers


def test_compound_ends_hold_the_last_word_of_every_multi_word_speaker_noun() -> None:
    for code in ("en", "fr", "de", "es"):
        lang = get(code)
        ends = _compound_ends(lang)
        compounds = [k for k in lang.speaker_nouns if " " in k]
        assert all(k.split(" ")[-1] in ends for k in compounds)
        assert len(ends) <= len(compounds)


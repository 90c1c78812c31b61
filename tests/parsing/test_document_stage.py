"""The document stage's shortcuts give what the plain scans give (document.py)."""

from __future__ import annotations

import re

import pytest

from attribution.parsing import languages
from attribution.parsing.document import _according_inner_re, _according_inner_spans
from attribution.parsing.text import literal_prefix

EN_TEXT = (
    "In Maria Okafor's view, the council moved too fast. Interior ministers met on Tuesday. "
    'In the view of the board, nothing changed. In Tom\'s words the plan "was never costed." '
    "PlainIn Smith's view it failed; In Lee’s opinion, it worked. Within Dana's view, none."
)
DE_TEXT = (
    "Nach Polizeiangaben wurde niemand verletzt. Danach Brehms Worten zufolge nichts. "
    "Nach Müllers Einschätzung reicht das nicht, nach BKA-Angaben auch nicht. Nachbars Worten "
    "glaubte keiner. Die Lage sei nach Schmidts Ansicht ernst, hieß es nach dem Treffen."
)


@pytest.mark.parametrize(("code", "s"), [("en", EN_TEXT), ("de", DE_TEXT)])
def test_inner_according_spans_are_the_pattern_matches(code, s):
    # the whole pattern runs only where the pattern without its leading \b matches: same spans, in
    # every window (one starting inside a word sees the word's letters before it, as finditer does)
    lang = languages.get(code)
    rx = _according_inner_re(lang)
    assert rx is not None
    for a in range(0, len(s), 7):
        for b in (len(s), a + 40, a + 3):
            assert _according_inner_spans(s, a, b, lang) == [m.span() for m in rx.finditer(s, a, b)]


def test_inner_according_finds_the_phrases_and_not_their_look_alikes():
    lang = languages.get("en")
    found = [EN_TEXT[a:b] for a, b in _according_inner_spans(EN_TEXT, 0, len(EN_TEXT), lang)]
    assert found == ["In Maria Okafor's view", "In Tom's words", "In Lee’s opinion"]
    de = languages.get("de")
    found = [DE_TEXT[a:b] for a, b in _according_inner_spans(DE_TEXT, 0, len(DE_TEXT), de)]
    assert found == [
        "Nach Polizeiangaben",
        "Nach Müllers Einschätzung",
        "nach BKA-Angaben",
        "nach Schmidts Ansicht",
    ]


def test_a_language_without_the_pattern_finds_nothing():
    fr = languages.get("fr")
    assert _according_inner_re(fr) is None
    assert _according_inner_spans("Selon lui, tout va bien.", 0, 24, fr) == []


def test_last_at_or_before_is_bisect_right_minus_one():
    import bisect
    import random

    from attribution.parsing.text import last_at_or_before

    rnd = random.Random(12)
    for _ in range(2000):
        values = sorted(rnd.choices(range(40), k=rnd.randint(0, 20)))  # short and long, with repeats
        x = rnd.randint(-2, 42)
        assert last_at_or_before(values, x) == bisect.bisect_right(values, x) - 1


def test_first_at_or_after_is_bisect_left():
    import bisect
    import random

    from attribution.parsing.text import first_at_or_after

    rnd = random.Random(21)
    for _ in range(2000):
        values = sorted(rnd.choices(range(40), k=rnd.randint(0, 20)))
        x = rnd.randint(-2, 42)
        assert first_at_or_after(values, x) == bisect.bisect_left(values, x)


def test_cue_spans_in_a_window_are_those_a_scan_of_the_window_finds():
    # _cue_spans_in picks a window's cue forms out of the paragraph's list (a binary search on starts)
    from attribution.parsing.cues import _cue_spans, _cue_spans_in

    lang = languages.get("en")
    s = (
        "The minister said on Tuesday that talks would resume, officials told reporters, and the "
        "spokeswoman added that nothing was decided. “We will see,” he said."
    )
    spans = _cue_spans(s, 0, len(s), lang)
    assert [s[a:b] for a, b, _ in spans][:2] == ["said", "told reporters"]
    for a in range(0, len(s), 5):
        for b in range(a, len(s) + 1, 9):
            want = [x for x in spans if x[0] >= a and x[1] <= b]
            assert _cue_spans_in(spans, a, b) == want


def test_token_index_is_bisect_left_on_the_starts():
    import bisect

    from attribution.parsing.text import _tokens, token_index

    s = "« Rien n’est décidé », a déclaré la ministre. उन्होंने कहा, “हम लड़ेंगे।” Then she left."
    toks = _tokens(s, 0, len(s), None)
    starts = [t.start for t in toks]
    for pos in range(-1, len(s) + 2):
        assert token_index(toks, pos) == bisect.bisect_left(starts, pos)
    assert token_index([], 5) == 0


@pytest.mark.parametrize(
    ("pattern", "prefix"),
    [
        (r"In\s+(?P<gen>[A-Z]\w+)['’]s\s+view", "In"),  # English's "In X's view"
        (r"Ins?\s+x", "In"),  # (an optional letter is no part of it)
        (r"In|Im", "I"),  # (sre's parser factors the alternation's first letter)
        (r"[Nn]ach\s+x", ""),  # a set
        (r"(?i)In\s+x", ""),  # "in" and "IN" match too
        (r"(?:In|Im)x", "I"),  # (a non-capturing group is opened by the parser)
        (r"(?P<w>In|Im)x", ""),  # a named group
        (r"[", ""),  # not a pattern
    ],
)
def test_literal_prefix_is_what_every_match_starts_with(pattern, prefix):
    assert literal_prefix(pattern) == prefix
    if prefix:
        rx = re.compile(pattern)
        s = "Die Lage, so sagte In Smiths view Imx, war ernst. In Tom's view …"
        for a in range(0, len(s), 5):
            for b in (len(s), a + 12):
                if s.find(prefix, a, b) < 0:  # what the document stage skips on
                    assert rx.search(s, a, b) is None

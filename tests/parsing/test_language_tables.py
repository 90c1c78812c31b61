"""What the first text of a process pays for: language tables built on first use, words shared by windows."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from attribution.parsing import languages, text
from attribution.parsing.languages.base import word_pattern, word_regex

REPO = Path(__file__).resolve().parents[2]


def test_a_language_is_compiled_once_and_unknown_codes_read_english():
    assert languages.get("fr") is languages.get("FR-ca")
    assert languages.get("xx") is languages.get("en")
    assert languages.get(None) is languages.get("en")


def test_an_english_text_builds_no_other_language():
    script = (
        "from attribution.parsing import extract, languages\n"
        "extract('The mayor said the bridge would reopen in May.', 'en')\n"
        "print(sorted(languages._COMPILED))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=True)
    assert out.stdout.strip() == "['en']"


@pytest.mark.parametrize("code", languages.available())
def test_cue_and_title_lists_match_without_their_regex(code):
    # every form starts with a word character: WordSet finds them by their first word, no regex
    lang = languages.get(code)
    assert word_pattern(lang.data.cues) == lang.cue_re.pattern
    for ws in (lang.cue_set, lang.title_set, lang.according_set, lang.according_post_set):
        ws.spans("x", 0, 1)
        assert not ws._odd


def test_word_pattern_is_the_pattern_of_word_regex():
    words = ["said", "told reporters", "a déclaré", "sagte"]
    assert word_pattern(words) == word_regex(words).pattern
    assert word_pattern([]) == ""


def test_windows_of_a_paragraph_longer_than_the_shared_limit_match_a_scan_of_the_window():
    rng = random.Random(7)
    words = ["said", "that", "the", "minister's", "l’avenir", "U.S.", "Bahnchef", "—", "x"]
    para = " ".join(rng.choice(words) for _ in range(30_000))  # well over 50,000 characters
    doc = "Headline\n" + para
    spans = [(0, 8), (9, len(doc))]
    windows = [(a, a + rng.randint(1, 600)) for a in (rng.randrange(9, len(doc) - 1) for _ in range(400))]
    expected = [text._tokens(doc, a, min(b, len(doc)), None) for a, b in windows]
    text.share_tokens(doc, spans)
    try:
        got = [text.tokens(doc, a, min(b, len(doc))) for a, b in windows]
    finally:
        text.share_tokens(None)
    assert got == expected
    # served from shared words: the long paragraph is cut into pieces short enough to be shared, at spaces
    pieces = text._chunks(doc, spans)
    assert len(pieces) > 2
    assert all(b - a <= text._SHARE_MAX_PARAGRAPH for a, b in pieces)
    assert all(b == a2 and doc[a2] == " " for (_, b), (a2, _) in zip(pieces[1:], pieces[2:], strict=False))
    assert pieces[0] == (0, 8) and pieces[-1][1] == len(doc)


def test_windows_that_cut_words_next_to_apostrophes_match_a_scan_of_the_window():
    # a window's first and last words may be parts of the paragraph's words: "’avenir" starts after
    # the apostrophe, "minister'" ends before it; both are what a scan of the window alone finds
    rng = random.Random(11)
    words = ["l’avenir", "minister's", "d'Ormesson’s", "rock'n'roll", "aujourd’hui", "said", "x", "«", "—"]
    doc = " ".join(rng.choice(words) for _ in range(3000))
    spans = [(0, len(doc))]
    windows = [(a, a + rng.randint(1, 40)) for a in (rng.randrange(0, len(doc) - 1) for _ in range(3000))]
    expected = [text._tokens(doc, a, min(b, len(doc)), None) for a, b in windows]
    text.share_tokens(doc, spans)
    try:
        got = [text.tokens(doc, a, min(b, len(doc))) for a, b in windows]
    finally:
        text.share_tokens(None)
    assert got == expected


def test_window_limits_and_tails_match_a_scan_of_the_window():
    # tokens(…, limit) and tokens_tail(…, n) served from the shared words of short paragraphs: the first
    # `limit` and the last `n` of what a scan of the window finds, whether the window cuts a word at
    # either end (next to an apostrophe too), lies across two paragraphs or holds no word at all
    rng = random.Random(13)
    words = ["l’avenir", "minister's", "said", "x", "«", "—", "U.S.", "rock'n'roll", "aujourd’hui"]
    doc = "\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(0, 40))) for _ in range(40))
    spans = text.paragraphs(doc)
    windows = [(a, a + rng.randint(0, 70)) for a in (rng.randrange(0, len(doc)) for _ in range(2000))]
    windows = [(a, min(b, len(doc))) for a, b in windows]
    expected = [text._tokens(doc, a, b, None) if a < b else [] for a, b in windows]
    text.share_tokens(doc, spans)
    try:
        for (a, b), want in zip(windows, expected, strict=True):
            for limit in (None, 0, 1, 2, 5):
                assert text.tokens(doc, a, b, limit) == (want if limit is None else want[:limit])
            for n in (1, 2, 3, 8):
                assert text.tokens_tail(doc, a, b, n) == want[-n:], (doc[a:b], n)
    finally:
        text.share_tokens(None)

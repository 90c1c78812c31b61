"""WordSet: a lexicon's whole-word matches without compiling its regex, the same spans as that regex.

The engine finds cue forms, titles and "according to" phrases with WordSet.spans; the regex
word_regex(words) it replaces is the reference (hypothesis feeds both news-like strings made of the
characters that matter: apostrophes, white space of several kinds, combining accents, Devanagari
nukta letters, capitals whose case mapping is odd, and the words of the real lexicons)."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution.parsing import languages
from attribution.parsing.languages.base import word_regex
from attribution.parsing.wordset import WordSet

REPO = Path(__file__).resolve().parents[2]
ALPHABET = "ab Zé'’.,;:“”«»\"-—…।\u00a0\u2009\n\tकहाे़ड़ſİıIKΣσςßẞµ\u0301_0"
LANGS = {code: languages.get(code) for code in ("en", "fr", "es", "de", "hi")}
LEXICON = sorted(
    {w for lang in LANGS.values() for w in (*lang.data.cues, *lang.data.titles, *lang.data.according_to)}
)
# small lists with the awkward spellings: NFD accents, both apostrophes, nukta letters, ß, odd cases
SMALL = [
    "said",
    "told reporters",
    "a déclaré",
    "a-t-il dit",
    "d’après",
    "l'élu",
    "sagte",
    "heißt es",
    "gemäß",
    "कहा",
    "ज़ोर दिया",
    "sıfır",
    "µg",
    "σοφία",
    "straſse",
    # shapes no lexicon has today, matched like the regex all the same: a trailing space (any run of
    # white space), two spaces (two or more), a trailing apostrophe
    "dit ",
    "said  so",
    "selon l'",
]


def _spell(w: str, how: int) -> str:
    if how == 1:
        return w.upper()
    if how == 2:
        return unicodedata.normalize("NFD", w)
    if how == 3:
        return w.replace(" ", "  \u00a0").replace("'", "’")
    return w


words_of = st.sampled_from(LEXICON + SMALL)
news = st.lists(
    st.one_of(
        st.text(alphabet=ALPHABET, max_size=5),
        st.tuples(words_of, st.integers(0, 3)).map(lambda t: _spell(*t)),
    ),
    max_size=14,
).map(" ".join)


def _ref(words: list[str], s: str, a: int, b: int) -> list[tuple[int, int]]:
    return [m.span() for m in word_regex(words).finditer(s, a, b)]


@pytest.mark.parametrize("code", sorted(LANGS))
@settings(max_examples=150, deadline=None)
@given(s=news, a=st.integers(0, 40), b=st.integers(0, 200))
def test_spans_are_the_regex_matches_for_each_language_list(code, s, a, b):
    lang = LANGS[code]
    for ws in (lang.cue_set, lang.title_set, lang.according_set):
        assert ws.spans(s, a, b) == [m.span() for m in ws.regex().finditer(s, a, b)]


@settings(max_examples=300, deadline=None)
@given(s=news, a=st.integers(0, 40), b=st.integers(0, 200))
# a form ending in white space before a run of two and a word: the regex backs off to one space
@example(s="a de leur côté dit  a abondé", a=0, b=21)
@example(s="dit \t b", a=0, b=6)
def test_spans_are_the_regex_matches_for_awkward_spellings(s, a, b):
    assert WordSet(SMALL).spans(s, a, b) == _ref(SMALL, s, a, b)


@settings(max_examples=300, deadline=None)
@given(s=news, pos=st.integers(0, 60))
def test_match_end_is_where_the_regex_match_ends(s, pos):
    ws = LANGS["fr"].cue_set
    m = ws.regex().match(s, pos)
    assert ws.match_end(s, pos) == (m.end() if m is not None else -1)
    m = word_regex(SMALL).match(s, pos)
    assert WordSet(SMALL).match_end(s, pos) == (m.end() if m is not None else -1)


def test_news_sentences():
    fr = LANGS["fr"].cue_set
    s = "« Rien n'est décidé », a déclaré la ministre, qui a-t-elle ajouté n’a pas SOUHAITÉ  répondre."
    got = [s[a:b] for a, b in fr.spans(s, 0, len(s))]
    assert got == [m.group() for m in fr.regex().finditer(s)]
    assert "a déclaré" in got
    en = LANGS["en"].cue_set
    s = "The minister said on Tuesday, adding that talks were over; the PRESIDENT TOLD   reporters so."
    got = [s[a:b] for a, b in en.spans(s, 0, len(s))]
    assert got == [m.group() for m in en.regex().finditer(s)]
    assert "said" in got and "TOLD   reporters" in got
    assert en.spans(s, s.index("aid"), len(s))[0][0] > s.index("said")  # never from inside a word


def test_a_form_starting_with_punctuation_is_matched_like_the_regex():
    ws = WordSet(["-said", "said"])
    s = "he-said it, she said, -said"
    assert ws.spans(s, 0, len(s)) == _ref(["-said", "said"], s, 0, len(s))
    assert WordSet([]).spans(s, 0, len(s)) == []
    odd = ["said\nso", "so"]
    s = "he said\nso, so"
    assert WordSet(odd).spans(s, 0, len(s)) == _ref(odd, s, 0, len(s))


def test_the_first_text_of_a_language_builds_no_cue_regex():
    # the French cue list's regex took over a second to compile in every process's first French text
    script = (
        "from attribution.parsing import extract, languages\n"
        "extract('Le maire a affirmé que le pont rouvrirait en mai, a-t-il ajouté.', 'fr')\n"
        "fr = languages.get('fr')\n"
        "print(fr.cue_set._rx is None, fr.title_set._rx is None)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=True)
    assert out.stdout.split() == ["True", "True"]

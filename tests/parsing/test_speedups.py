"""The C loops of the compiled build (attribution/parsing/_speedups.c) against the Python they replace.

Each C function has a one-line Python reference (a regex or a comprehension); hypothesis feeds both
news-like strings made of the characters that matter (quote marks, apostrophes, dashes, white space of
several kinds, Devanagari, capitals, an astral character) and the words of the real lexicons."""

from __future__ import annotations

import gc
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.parsing import languages, native, text, wordset

pytestmark = pytest.mark.skipif(
    native.speedups() is None, reason="compiled parser not built for these sources (run `make native`)"
)

C = native.speedups()
ALPHABET = "ab Zé'’.,;:“”‘’«»\"-—–…।|/\\\u00a0\u2009\u202f\n\tकहाे़ ſİKΣ\U0001f600_0"
EN = languages.get("en")
FR = languages.get("fr")
HI = languages.get("hi")
WORDS = sorted({*EN.data.cues, *EN.data.titles, *FR.data.cues, *FR.data.titles, *HI.data.cues})


def _ref_tokens(s: str, a: int, b: int) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), m.group(), text.fold(m.group())) for m in text.TOKEN_RE.finditer(s, a, b)]


news = st.lists(
    st.one_of(
        st.text(alphabet=ALPHABET, max_size=6), st.sampled_from(WORDS), st.sampled_from(WORDS).map(str.upper)
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(news, st.integers(0, 80), st.integers(0, 90), st.sampled_from([None, 0, 1, 3]))
def test_tokens_are_the_token_regex_matches(s, a, b, limit):
    got = C.tokens(s, a, b, limit, text.Token, {}, text.fold)
    want = _ref_tokens(s, a, b)
    assert [tuple(t) for t in got] == (want if limit is None else want[:limit])
    assert all(type(t) is text.Token for t in got)


def test_tokens_of_a_long_paragraph_and_its_first_words():
    # (the C loop gathers 128 words before it needs more room: a paragraph of some 1,300 words)
    s = " ".join(
        f"Le maire {i} a déclaré: « l’été {i} sera chaud », selon l'AFP." for i in range(120)
    )
    want = _ref_tokens(s, 0, len(s))
    assert len(want) > 1000
    assert [tuple(t) for t in C.tokens(s, 0, len(s), None, text.Token, {}, text.fold)] == want
    for limit in (127, 128, 129, 300):
        got = C.tokens(s, 3, len(s), limit, text.Token, {}, text.fold)
        assert [tuple(t) for t in got] == _ref_tokens(s, 3, len(s))[:limit]


def test_freed_tokens_are_made_again_with_their_new_words():
    # the compiled build keeps freed tokens' memory and makes the next words in it (_speedups_tokens.c):
    # a word made there is the new word, whichever way the freed tokens were made
    first = "Die Ministerin sagte am Montag, sie habe „keine Wahl“ gehabt."
    toks = C.tokens(first, 0, len(first), None, text.Token, {}, text.fold)
    by_python = [text.Token(1, 4, "abc", "abc"), text.Token(*toks[0])]  # (made by Python, GC-tracked)
    del toks, by_python
    gc.collect()
    second = "The mayor’s aide said on Tuesday that the bridge would reopen."
    again = C.tokens(second, 0, len(second), None, text.Token, {}, text.fold)
    assert [tuple(t) for t in again] == _ref_tokens(second, 0, len(second))
    assert all(type(t) is text.Token and t.capitalized == t.text[:1].isupper() for t in again)


def test_tokens_of_a_subclass_are_freed_as_their_type_frees_them():
    class Marked(text.Token):
        __slots__ = ()

    before = sys.getrefcount(Marked)
    made = [Marked(i, i + 1, "x", "x") for i in range(50)]
    assert sys.getrefcount(Marked) == before + 50  # (each instance holds its type)
    del made
    gc.collect()
    assert sys.getrefcount(Marked) == before  # no instance kept: each released its type


@settings(max_examples=400, deadline=None)
@given(
    news,
    st.integers(0, 80),
    st.integers(1, 90),
    st.sampled_from([None, 0, 1, 3]),
    st.sampled_from([None, 1, 2]),
)
def test_window_serves_the_words_a_scan_of_the_window_finds(s, a, n, limit, last):
    # text.tokens()'s fast path: a window of the shared paragraph words, or None for Python to decide
    # (text.py has configured it with text.Token, its key cache and fold)
    b = a + n
    toks = text._tokens(s, 0, len(s), None)
    offsets = C.packed(*C.offsets(toks))
    lim = limit if last is None else None
    got = C.window(C.packed([0], [len(s)]), [toks], [offsets], s, a, b, lim, last)
    if got is None:
        # (the window is not inside the paragraph, or one word holds all of it)
        assert b > len(s) or any(t.start < a and t.end > b for t in toks)
        return
    want = _ref_tokens(s, a, b)
    if last is not None:
        want = want[-last:]
    elif limit is not None:
        want = want[:limit]
    assert [tuple(t) for t in got] == want
    assert all(type(t) is text.Token for t in got)


def test_window_cuts_words_as_a_scan_of_the_window_does():
    s = "The minister’s aide said l’été."
    toks = text._tokens(s, 0, len(s), None)
    bounds, offsets = C.packed([0], [len(s)]), C.packed(*C.offsets(toks))

    def window(a, b, limit=None, last=None):
        got = C.window(bounds, [toks], [offsets], s, a, b, limit, last)
        return None if got is None else [t.text for t in got]

    i = s.index("ister’s")
    assert window(i, i + 12) == ["ister’s", "aide"]  # a cut word: its part inside the window
    assert window(i + 5, s.index("été")) == ["s", "aide", "said", "l"]  # no apostrophe at a cut's edge
    assert window(i, i + 12, last=1) == ["aide"]
    assert window(i, i + 2) is None  # one word holds the whole window: the scan is Python's
    assert C.window(bounds, [None], [None], s, 4, 17, None, None) is None  # not tokenised yet
    assert C.window(bounds, [toks], [b""], s, 4, 17, None, None) is None  # (offsets not made yet)


@settings(max_examples=300, deadline=None)
@given(news, st.integers(0, 80), st.integers(0, 90), st.integers(0, 5))
def test_word_count_counts_the_token_regex_matches(s, a, b, limit):
    assert C.word_count(s, a, b, limit) == min(limit, len(text.TOKEN_RE.findall(s, a, b)))


@settings(max_examples=400, deadline=None)
@given(news, st.integers(0, 80), st.integers(0, 90), st.integers(1, 5))
def test_window_count_counts_what_a_scan_of_the_window_finds(s, a, n, limit):
    # text.word_count()'s fast path: a count from the shared paragraph words' offsets, or -1 for Python
    b = a + n
    toks = text._tokens(s, 0, len(s), None)
    offsets = C.packed(*C.offsets(toks))
    got = C.window_count(C.packed([0], [len(s)]), [offsets], a, b, limit)
    if got < 0:
        # (an empty window, one not inside the paragraph, or one word holding all of it)
        assert n == 0 or b > len(s) or any(t.start < a and t.end > b for t in toks)
        return
    assert got == min(limit, len(text.TOKEN_RE.findall(s, a, b)))


def test_window_count_counts_a_cut_word_once():
    s = "The minister’s aide said l’été."
    toks = text._tokens(s, 0, len(s), None)
    bounds, offsets = C.packed([0], [len(s)]), C.packed(*C.offsets(toks))
    i = s.index("ister’s")
    assert C.window_count(bounds, [offsets], i, i + 12, 64) == 2  # "ister’s", "aide"
    assert C.window_count(bounds, [offsets], i + 5, s.index("été"), 64) == 4  # "s", "aide", "said", "l"
    assert C.window_count(bounds, [offsets], 0, len(s), 3) == 3  # no further than the limit
    assert C.window_count(bounds, [offsets], i, i + 2, 64) == -1  # inside one word: Python counts
    assert C.window_count(bounds, [None], 0, 10, 64) == -1  # not tokenised yet


@settings(max_examples=300, deadline=None)
@given(news)
def test_cap_starts_are_the_capitalised_or_hyphenated_words(s):
    toks = text._tokens(s, 0, len(s), None)
    want = [i for i, t in enumerate(toks) if t.text[:1].isupper() or "-" in t.text]
    assert C.cap_starts(toks) == want
    assert C.offsets(toks) == ([t.start for t in toks], [t.end for t in toks])
    assert C.packed_offsets(toks) == C.packed([t.start for t in toks], [t.end for t in toks])


@pytest.mark.parametrize("lang", [EN, FR, HI], ids=lambda x: x.code)
@settings(max_examples=200, deadline=None)
@given(s=news)
def test_word_spans_are_the_word_regex_matches(lang, s):
    # the trie walked in C on the lower-cased text, confirmed by the regex: what finditer finds
    for rx, words in ((lang.cue_re, lang.data.cues), (lang.title_re, lang.data.titles)):
        assert text.word_spans(rx, words, s, 0, len(s)) == [m.span() for m in rx.finditer(s)]


DE = languages.get("de")


@pytest.mark.parametrize("lang", [EN, FR, HI, DE], ids=lambda x: x.code)
@settings(max_examples=200, deadline=None)
@given(s=news, a=st.integers(0, 30), n=st.integers(0, 120))
def test_one_pass_over_several_word_sets_finds_what_each_finds(lang, s, a, n):
    # wordset.spans_of: the cue forms and both "according to" lists walked in one pass (trie_spans_multi)
    sets = (lang.cue_set, lang.according_set, lang.according_post_set, lang.title_set)
    s = s + " according to the minister, laut Polizei, selon lui, के अनुसार, SAID so"
    b = a + n
    assert wordset.spans_of(sets, s, a, b) == [ws.spans(s, a, b) for ws in sets]
    want = [[m.span() for m in ws.regex().finditer(s, a, b)] for ws in sets]
    assert wordset.spans_of(sets, s, a, b) == want


def test_one_pass_gives_each_set_its_own_matches_where_they_overlap():
    s = "According to police, the officer said, according to the statement, it said."
    sets = (EN.cue_set, EN.according_set, EN.according_post_set)
    cues, pre, post = wordset.spans_of(sets, s, 0, len(s))
    assert [s[x:y] for x, y in pre] == ["According to", "according to"]
    assert post == []
    assert [s[x:y] for x, y in cues] == [m.group() for m in EN.cue_set.regex().finditer(s)]
    # a set whose guard characters the text holds ("ſ" matches "s" for the regex) is left to its spans()
    odd = s.replace("said", "ſaid")
    assert wordset.spans_of(sets, odd, 0, len(odd)) == [ws.spans(odd, 0, len(odd)) for ws in sets]


def test_word_spans_on_real_sentences():
    s = (
        "“We will not back down,” Foreign Minister Sergey Lavrov said on Tuesday, adding that the "
        "talks, according to the ministry's spokeswoman, would go on. « Rien n'est décidé », a déclaré "
        "la ministre. The PRESIDENT SAID   so."
    )
    spans = [s[a:b] for a, b in text.word_spans(EN.cue_re, EN.data.cues, s, 0, len(s))]
    assert spans == [m.group() for m in EN.cue_re.finditer(s)]
    assert "said" in spans and "adding that" in spans or "adding" in spans
    assert [s[a:b] for a, b in text.find_titles(s, 0, len(s), EN)] == [
        m.group() for m in EN.title_re.finditer(s)
    ]
    assert re.search("Foreign Minister", " ".join(s[a:b] for a, b in text.find_titles(s, 0, len(s), EN)))


def test_word_spans_of_a_trie_with_more_branching_nodes_than_dense_rows():
    # _speedups_trie.c gives the shallowest branching nodes a row of ASCII children (1,024 at most); the
    # others, and every non-ASCII letter, take the binary search: both find what the regex finds
    words = [
        f"{a}{b}{c}{d}e{e}" for a in "bcdfgklmnprst" for b in "aeiou" for c in "bdgklmnprst" for d in "aeiou"
        for e in "dr"
    ]  # (some 4,400 branching nodes)
    words += ["café", "cafés", "cafe", "caf", "naïve claim", "déclaré"]
    ws = wordset.WordSet(words)
    s = "Bidaed CAFÉS cafe naïve   claim, a déclaré; the MUTOER and bidet tukoed café-goers — caf."
    want = [m.span() for m in ws.regex().finditer(s)]
    assert ws.spans(s, 0, len(s)) == want
    assert [s[a:b] for a, b in want][:4] == ["Bidaed", "CAFÉS", "cafe", "naïve   claim"]


@settings(max_examples=300, deadline=None)
@given(news, st.integers(0, 80), st.integers(0, 90))
def test_char_positions_are_the_mark_regex_matches(s, a, b):
    from attribution.parsing.quotemarks import MARK_RE, MARKS

    assert C.char_positions(s, a, b, MARKS) == [m.start() for m in MARK_RE.finditer(s, a, b)]


MARK_TEXT = st.lists(
    st.one_of(
        st.sampled_from(list("\"'“”„‟«»‹›‘’‚")),
        st.sampled_from(["a", "Zé", "9", "कहा", " ", "\u00a0", ".", ",", ":", "-", "\n", "_"]),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(MARK_TEXT, st.integers(0, 5), st.integers(0, 40))
def test_mark_pairs_are_the_python_pairing(s, a, b):
    # quotemarks.scan_paragraph pairs the marks in C (mark_pairs): the same pairs and open marks as the
    # Python loop (_mark_pairs), in every mix of marks, words, digits and spaces
    from attribution.parsing import quotemarks

    b = min(b, len(s))  # (a window inside the text, as a paragraph's is)
    assert C.mark_pairs(s, a, b) == quotemarks._mark_pairs(s, a, b)


def test_mark_pairs_on_real_sentences():
    from attribution.parsing import quotemarks

    for s in (
        "“We will not back down,” she said. „Das ist falsch“, sagte er. »Nein«, rief sie.",
        "He called it 'a disaster' in the '90s, the dogs’ home said: \"It’s over.",
        "« Rien n’est décidé », a déclaré la ministre. ‹Gut›, ›schlecht‹ and ‚so‘ too.",
    ):
        assert C.mark_pairs(s, 0, len(s)) == quotemarks._mark_pairs(s, 0, len(s))
        assert C.mark_pairs(s, 3, len(s) - 4) == quotemarks._mark_pairs(s, 3, len(s) - 4)


def _ref_boundaries(s: str, a: int, b: int) -> list[tuple[int, int, int, str | None]]:
    return [(m.start(), m.end(), m.end(1), m.group(3)) for m in text._BOUNDARY_RE.finditer(s, a, b)]


@settings(max_examples=400, deadline=None)
@given(
    news.map(lambda s: s.replace("Z", ". Z").replace("b", "?! b").replace("a", ".)\n")),
    st.integers(0, 20),
    st.integers(0, 90),
)
def test_sentence_boundaries_are_the_boundary_regex_matches(s, a, b):
    # (a window ending inside the text: "$" and "." of the look-ahead see only the window)
    assert C.boundaries(s, a, b) == _ref_boundaries(s, a, b)
    assert text._boundaries(s, a, len(s)) == _ref_boundaries(s, a, len(s))


@pytest.mark.parametrize(
    "s",
    [
        "He left.",
        "He left. She",
        "He left.  ",
        "He left. \n",
        "He left.\n",
        "“Go.” Then",
        "Wait... no",
        "x. \n\n",
    ],
)
def test_sentence_boundaries_at_the_window_end(s):
    for b in range(len(s) + 1):
        assert C.boundaries(s, 0, b) == _ref_boundaries(s, 0, b)


@settings(max_examples=300, deadline=None)
@given(news)
def test_script_counts_are_the_script_regex_counts(s):
    from attribution.parsing import detect

    assert C.script_counts(s) == (len(detect._LATIN_RE.findall(s)), len(detect._DEVANAGARI_RE.findall(s)))


@settings(max_examples=300, deadline=None)
@given(news.map(lambda s: s + " ²½ x'y'z l’été 3rd _a"))
def test_letter_words_are_the_word_regex_matches(s):
    from attribution.parsing import detect

    assert C.letter_words(s) == detect._WORD_RE.findall(s)
    assert sorted(detect._words(s)) == sorted(detect._WORD_RE.findall(s))


# ---------------------------------------------------------------- real-style paragraphs and their edges
# (sentences written for these tests: news in English, French, German and Hindi, with the marks where
# paragraphs open and end)
PARAGRAPHS = [
    "“We will not back down,” Foreign Minister Amara Diallo said on Tuesday.",
    "The mayor’s aide said the plan was “dead on arrival",
    "« Rien n’est décidé », a déclaré la ministre, l’air las, à l’issue du conseil.",
    "„Das ist nicht hinnehmbar“, sagte Müller. »Wir prüfen das«, hieß es aus dem Ministerium.",
    "उन्होंने कहा, “हम पीछे नहीं हटेंगे।” मंत्री के अनुसार बैठक टल गई।",
    'Ms Okafor said: "It’s over." Then she left the room in the ’90s style 😀',
    "'Never,' he replied. 'Not while I’m here.'",
    "He called it ‘a disaster’ — and then: «",
]


def _word_count_ref(s: str, a: int, b: int, limit: int) -> int:
    return min(limit, len(text.TOKEN_RE.findall(s, a, b)))


def test_word_count_from_shared_words_in_real_paragraphs():
    # text.word_count() served by window_count from the document's shared words, in every window of
    # every paragraph (cut words, apostrophes, Devanagari, an emoji), before and after the paragraph's
    # words are made; empty and inverted windows count nothing
    doc = "\n".join(PARAGRAPHS)
    spans = text.paragraphs(doc)
    text.share_tokens(doc, spans)
    try:
        for before in (True, False):
            for a, b in spans:
                if not before:
                    text.tokens(doc, a, b)  # the paragraph's words made: window_count serves from them
                for x in range(a, b + 1, 3):
                    for y in (x, x + 1, x + 7, x + 25, b):
                        for limit in (1, 3, 64):
                            want = _word_count_ref(doc, x, y, limit)
                            assert text.word_count(doc, x, y, limit) == want, (doc[x:y], limit)
            assert text.word_count(doc, len(doc), len(doc)) == 0
            assert text.word_count(doc, 10, 5) == 0
    finally:
        text.share_tokens(None)


def test_window_count_on_an_empty_and_an_unshared_text():
    assert C.window_count(C.packed([], []), [], 0, 5, 64) == -1  # no piece holds the window
    bounds = C.packed([0], [12])
    assert C.window_count(bounds, [C.packed([], [])], 0, 12, 64) == 0  # a piece without words
    assert C.window_count(bounds, [None], 0, 12, 64) == -1
    assert C.window_count(bounds, [b""], 3, 3, 64) == -1  # an empty window: Python's (it says 0)
    assert C.window_count(bounds, [b""], 0, 13, 64) == -1  # beyond the piece


def test_packed_offsets_of_real_words_and_of_none():
    for s in PARAGRAPHS:
        toks = text._tokens(s, 0, len(s), None)
        assert C.packed_offsets(toks) == C.packed([t.start for t in toks], [t.end for t in toks])
    assert C.packed_offsets([]) == b""
    with pytest.raises(TypeError):
        C.packed_offsets([(1,)])
    with pytest.raises(TypeError):
        C.packed_offsets(("not", "a list"))


@pytest.mark.parametrize("lang", [EN, FR, DE, HI], ids=lambda x: x.code)
def test_trie_spans_multi_on_real_paragraphs(lang):
    # one pass over each window of each paragraph finds what each trie's own walk finds; a set whose
    # trie is None is left to the caller (None)
    sets = (lang.cue_set, lang.according_set, lang.according_post_set)
    tries = tuple(ws._c_trie() if ws.words else None for ws in sets)
    guards = tuple(ws._guard for ws in sets)
    assert tries[0] is not None and (tries[1] is not None or tries[2] is not None)

    def each(s, a, b):
        return [
            C.trie_spans(s, a, b, t, g) if t is not None else None for t, g in zip(tries, guards, strict=True)
        ]

    for s in PARAGRAPHS:
        for a in range(0, len(s) + 1, 5):
            for b in (a, a + 1, a + 20, len(s), len(s) + 5):
                got = C.trie_spans_multi(s, a, b, tries, guards)
                assert got == each(s, a, b)
                want = [[m.span() for m in ws.regex().finditer(s, a, b)] for ws in sets]
                assert [g for g in got if g is not None] == [w for w, t in zip(want, tries, strict=True) if t]
        half = C.trie_spans_multi(s, 0, len(s), (tries[0], None), (guards[0], ""))
        assert half == [C.trie_spans(s, 0, len(s), tries[0], guards[0]), None]
    assert C.trie_spans_multi("", 0, 0, tries, guards) == [[] if t is not None else None for t in tries]
    assert C.trie_spans_multi("said", 0, 4, (), ()) == []


def test_trie_spans_multi_refuses_what_is_not_its_arguments():
    with pytest.raises(TypeError):
        C.trie_spans_multi("said", 0, 4, (None,), ())  # one guard per trie
    with pytest.raises(TypeError):
        C.trie_spans_multi("said", 0, 4, (None,) * 9, ("",) * 9)  # at most 8 tries
    with pytest.raises(ValueError):
        C.trie_spans_multi("said", 0, 4, ("not a trie",), ("",))


def test_mark_pairs_at_paragraph_ends():
    # the C pairing and the Python one (quotemarks._mark_pairs) agree on real paragraphs, in every
    # window of them: marks opening and ending the window (where the text beyond reads as a space)
    from attribution.parsing import quotemarks

    for s in [*PARAGRAPHS, "", "“", "”", "'", "’", "«»", '""', "a’", "’a", "“Oui.”"]:
        for a in range(len(s) + 1):
            for b in range(a, len(s) + 1):
                assert C.mark_pairs(s, a, b) == quotemarks._mark_pairs(s, a, b), (s, a, b)
    assert C.mark_pairs("", 0, 0) == ([], [])
    assert C.mark_pairs("x “y", 0, 99) == ([], [2])  # (an end beyond the text: the text's end)


def test_scan_paragraph_keeps_a_quotation_left_open_at_the_paragraph_end():
    # with the C pairing: an opener left open at the paragraph's end runs on to it after a colon or at
    # the paragraph's start (the next paragraph reopens), never from the middle of a sentence
    from attribution.parsing import quotemarks

    def quotes(s):
        return [(s[p.start : p.end], p.closed) for p in quotemarks.scan_paragraph(s, 0, len(s))]

    assert quotes("Ms Markham said: “He would come back, and he did") == [
        ("He would come back, and he did", False)
    ]
    assert quotes("“We will fight on in the courts") == [("We will fight on in the courts", False)]
    assert quotes("„Wir kämpfen weiter“, sagte sie. „Bis zum Ende") == [
        ("Wir kämpfen weiter", True),
        ("Bis zum Ende", False),
    ]
    assert quotes(PARAGRAPHS[1]) == []  # '… the plan was “dead on arrival': a stray opener swallows nothing
    for s in PARAGRAPHS:
        closed, left = quotemarks._mark_pairs(s, 0, len(s))
        assert quotemarks.scan_paragraph(s, 0, len(s)) == quotemarks._outermost(s, 0, len(s), closed, left)


SENTENCE_PARAGRAPHS = [
    "Dr. Amara Diallo arrived at 2 a.m. She said the U.S. plan was “dead. Gone.” Then she left.",
    "He met Gov. J. B. Pritzker at 11 p.m. “That's enough,” Pritzker said. The talks end Friday.",
    "Der Verein spielt gegen den 1. FC Köln. Am 3. Oktober beginnt die Saison. „Das ist gut.“ Laut X.",
    "« C’est fini. » Selon M. Dupont, le vote aura lieu le 12. Ensuite, rien. Mais... non.",
    "Él dijo: “No. Jamás.” en su cuenta de X. “Seguimos”, escribió. Vol. 2 está listo.",
    "प्रधानमंत्री ने कहा। यह सही है। “हम जीतेंगे।” उन्होंने कहा।",
    "A quotation left open at the end: “It is over. It is done.",
    "Wait... what? No! Yes?! (Really.) ‘Fine.’ Done. e.g. this. 5. items",
]


def _pairs(s: str, a: int, b: int) -> list:
    from attribution.parsing import quotemarks

    return quotemarks.scan_paragraph(s, a, b)


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "hi"])
def test_sentences_are_the_python_sentences_on_real_paragraphs(code):
    lang = languages.get(code)
    for s in SENTENCE_PARAGRAPHS:
        for a, b in ((0, len(s)), (3, len(s) - 2), (0, len(s) // 2)):
            pairs = _pairs(s, a, b)
            want = text._sentences_py(s, a, b, pairs, lang)
            assert text.sentences(s, a, b, pairs, lang) == want, (code, s[a:b])
            assert C.sentences(
                s, a, b, [], [], text._period_continues, lang, lang.abbreviations
            ) == text._sentences_py(s, a, b, [], lang)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            news,
            st.sampled_from(["Dr.", "a.m.", "U.S.", "1.", "Mr", "St.", "den 3.", "X.", "e.g.", "Jan."]),
        ),
        max_size=6,
    ).map(" ".join),
    st.integers(0, 10),
    st.integers(0, 12),
    st.sampled_from(["en", "de", "fr"]),
)
def test_sentences_are_the_python_sentences(s, a, cut, code):
    lang = languages.get(code)
    b = max(a, len(s) - cut)
    pairs = _pairs(s, a, b)
    assert text.sentences(s, a, b, pairs, lang) == text._sentences_py(s, a, b, pairs, lang)


def test_sentences_of_what_is_no_span_of_the_text_are_left_to_python():
    en = languages.get("en")
    assert C.sentences("He left.", 0, 99, [], [], text._period_continues, en, en.abbreviations) is None
    assert C.sentences("He left.", 5, 2, [], [], text._period_continues, en, en.abbreviations) is None
    assert text.sentences("He left. She", 0, 12, [], en) == [(0, 8), (9, 12)]
    with pytest.raises(TypeError):
        C.sentences("He left.", 0, 8, [1], [], text._period_continues, en, en.abbreviations)

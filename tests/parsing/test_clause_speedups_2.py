"""The speed shortcuts of the clause rules answer as the code they replace: comma_before (str.endswith
with bounds), trailing._bisect_left (bisect.bisect_left), cue_clause._first_word (str.split), the
complementizer memo's int key, _clause_verb / _finite_verb (the set look-ups asked first) and
complement._mixed_report_end (and_that_split asked once when the end does not move)."""

from __future__ import annotations

import bisect
import itertools

import pytest

from attribution.parsing import kinds, languages
from attribution.parsing.clauses import (
    _clause_verb,
    _complementizer_after,
    _complementizer_after_uncached,
    _contracted_subject,
    _finite_verb,
)
from attribution.parsing.constructions.complement import _mixed_report_end, and_that_split
from attribution.parsing.constructions.cue_clause import _first_word
from attribution.parsing.constructions.trailing import _bisect_left
from attribution.parsing.content import comma_before
from attribution.parsing.text import Token, rstrip_end, tokens

from .constructions.cue_setup import cue_at


def test_comma_before_is_endswith_after_the_trailing_spaces() -> None:
    text = "Rates rose ,  she said,\u00a0and, after a pause,, he added: yes , no,"
    seen = set()
    for a, b in itertools.combinations(range(len(text) + 1), 2):
        expected = text.endswith(",", a, rstrip_end(text, a, b))
        assert comma_before(text, a, b) is expected, (a, b, text[a:b])
        seen.add(expected)
    assert seen == {True, False}
    assert not comma_before(text, 5, 5)  # (an empty window)


@pytest.mark.parametrize("xs", [[], [4], [1, 5, 9, 30], [2, 2, 7, 7, 7, 12]])
def test_bisect_left_is_the_bisect_module_s(xs: list[int]) -> None:
    for x in range(-1, 35):
        assert _bisect_left(xs, x) == bisect.bisect_left(xs, x), (xs, x)


@pytest.mark.parametrize("key", ["said", "and said", "et a assuré", " said", "said ", ""])
def test_first_word_is_the_split_s(key: str) -> None:
    assert _first_word(key) == key.split(" ", 1)[0]


def _clause_verb_reference(t: Token, code: str) -> bool:
    lang = languages.get(code)
    k = t.key
    if k in lang.data.clause_verbs or _contracted_subject(t, lang):
        return True
    return any(k.endswith(suf) and len(k) > len(suf) + 1 for suf in lang.data.contracted_aux if suf[0] != "'")


def _finite_verb_reference(t: Token, code: str) -> bool:
    lang = languages.get(code)
    return t.text[:1].islower() and (
        t.key in lang.data.clause_verbs
        or t.key in lang.data.irregular_past
        or bool(lang.data.past_suffixes and t.key.endswith(lang.data.past_suffixes) and len(t.key) > 4)
    )


_WORDS = {
    "en": "She didn't say it; they'll appeal, it's done and Officials Expected what Rose wanted. "
    "The board hadn't met, won't vote, isn't sure: n't can't WOULDN'T Talked talked went.",
    "fr": "Elle a dit qu'il était parti et qu'ils avaient voté ; Il Sera là, aurait dû venir.",
    "de": "Sie sagte, er habe nicht gewusst, dass Die Regierung wird handeln und hatte Recht.",
}


@pytest.mark.parametrize("code", sorted(_WORDS))
def test_clause_and_finite_verb_answer_as_before(code: str) -> None:
    lang = languages.get(code)
    text = _WORDS[code]
    clause = finite = 0
    for t in tokens(text, 0, len(text)):
        expected = _clause_verb_reference(t, code)
        assert _clause_verb(t, lang) is expected, t.text
        clause += expected
        expected = _finite_verb_reference(t, code)
        assert _finite_verb(t, lang) is expected, t.text
        finite += expected
    assert clause and finite  # (the texts hold verbs: the comparison is not all "no")


_MEMO_TEXTS = [
    ("The minister said that the plan, which officials said was late, would be ready and that "
     "schools would stay open. He told reporters on Monday that nothing had changed.", "en"),
    ("La ministre a assuré que le pont rouvrirait et a ajouté qu'aucune école ne fermerait.", "fr"),
]


@pytest.mark.parametrize(("text", "code"), _MEMO_TEXTS)
def test_the_complementizer_memo_keeps_each_cue_and_sentence_end_apart(text: str, code: str) -> None:
    with cue_at(text, "", code) as c:
        doc, p = c.at.doc, c.p
        ends = sorted({doc.sentence_of(p, cue.start)[1] for cue in p.cues} | {len(text)})
        found = 0
        for _ in range(2):  # (the second round reads the memo)
            for cue in p.cues:
                for s_end in ends:
                    if s_end <= cue.end:
                        continue
                    expected = _complementizer_after_uncached(doc, p, cue, s_end)
                    assert _complementizer_after(doc, p, cue, s_end) == expected, (cue, s_end)
                    found += expected is not None
        assert found


_MIXED = [
    ("The mayor said the closure was “a temporary measure” and that the bridge would reopen in May.", "en"),
    ("The mayor said the plan was “a disgrace to the city” after the council voted it down on Monday.", "en"),
    ("Officials said the delays were “regrettable but unavoidable,” citing the weather.", "en"),
    ("La ministre a dit que la réforme était « nécessaire » et qu'elle serait votée en mai.", "fr"),
]


@pytest.mark.parametrize(("text", "code"), _MIXED)
def test_mixed_report_end_answers_as_the_two_questions_did(text: str, code: str) -> None:
    with cue_at(text, "", code) as c:
        at, p = c.at, c.p
        a = c.cue.end + 1
        for b in sorted({c.s_end, rstrip_end(text, a, c.s_end), len(text)}):
            if b <= a:
                continue
            end = b if and_that_split(at, p, a, b) is not None else kinds.mixed_end(at, p, a, b)
            assert _mixed_report_end(at, p, a, b) == (end, and_that_split(at, p, a, end)), (text, b)


def test_mixed_report_end_cuts_the_reporter_s_circumstance_and_keeps_a_second_report() -> None:
    text, code = _MIXED[1]
    with cue_at(text, "said", code) as c:
        end, second = _mixed_report_end(c.at, c.p, c.cue.end + 1, c.s_end)
        assert second is None and text.index("city") < end <= text.index(" after")  # (the quoted words kept)
    text, code = _MIXED[0]
    with cue_at(text, "said", code) as c:
        end, second = _mixed_report_end(c.at, c.p, c.cue.end + 1, c.s_end)
        assert second is not None and text[second[1] :].startswith("the bridge")


@pytest.mark.parametrize("code", ["en", "fr", "de", "es", "hi"])
def test_is_complementizer_first_letter_filter_answers_as_the_regex(code: str) -> None:
    from attribution.parsing.clauses import facts

    lang = languages.get(code)
    assert facts(lang).comp_first is not None  # (the languages' patterns are alternations of words)
    letters = "tTqQdDaAhHsSß'’ſKkeu"  # (with the letters the regex engine folds oddly: ſ, K)
    words = ["".join(p) for n in (2, 3, 4) for p in itertools.product(letters, repeat=n)]
    words += ["that", "That", "THAT", "this", "que", "Que", "qu'", "qu’", "dass", "Daß", "de que", "कि", "x"]
    found = 0
    for w in words:
        expected = lang.complementizer_re.fullmatch(w) is not None
        assert facts(lang).is_complementizer(w) is expected, w
        found += expected
    assert found


def test_ascii_first_chars_of_a_pattern() -> None:
    import re

    from attribution.parsing.clauses import _ascii_first_chars

    assert _ascii_first_chars(re.compile(r"(?:th(?:at|is)|qu')(?!x)", re.I)) == frozenset("tTqQ")
    assert _ascii_first_chars(re.compile(r"(?:कि)(?!x)", re.I)) == frozenset()
    assert _ascii_first_chars(re.compile(r"\w+that", re.I)) is None  # (no literal first: no filter)
    assert _ascii_first_chars(re.compile(r"(?:a)?that", re.I)) is None


def test_facts_follow_the_language_asked_when_languages_alternate() -> None:
    # (facts() keeps the last LangFacts at hand: a document in another language must get its own)
    from attribution.parsing.clauses import facts

    codes = ["en", "fr", "en", "de", "de", "es", "hi", "en"]
    for code in codes:
        lang = languages.get(code)
        f = facts(lang)
        assert f.data is lang.data and f.rx is lang.complementizer_re
        assert f.coordinators == frozenset(lang.data.coordinators)
        assert f.que == ("que" in lang.data.complementizers)


def test_plain_contracted_suffixes_follow_the_tuple_asked() -> None:
    from attribution.parsing.clause_check import _plain_aux

    english = languages.get("en").data.contracted_aux
    made_up = ("'s", "ll", "n't", "ve")  # (a language whose suffixes need no apostrophe)
    for aux in (english, made_up, english, (), made_up):
        assert _plain_aux(aux) == tuple(s for s in aux if s[0] != "'" and "'" not in s)
    assert _plain_aux(made_up) == ("ll", "ve")

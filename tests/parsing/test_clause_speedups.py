"""The shortcuts of clauses.py give the answers of the regexes they stand in for: is_complementizer
(lang.complementizer_re.fullmatch, skipped for words of another length) and _verbish_word (a scan of
_VERBISH_RE, replaced by set look-ups for ASCII words)."""

from __future__ import annotations

import itertools

import pytest

from attribution.parsing import languages
from attribution.parsing.clauses import _VERBISH_RE, _verbish_word, is_complementizer
from attribution.parsing.languages.base import fold
from attribution.parsing.text import tokens

_TEXTS = {
    "en": "The mayor said that the bridge, closed since May, would reopen; THAT was welcome. Officials "
    "needed time and the well-known co-op's plans worked out, she's sure: 300s of e-mails were sent.",
    "fr": "La ministre a assuré qu'il n'y aurait pas de hausse, que les écoles resteraient ouvertes et "
    "qu’elles recevraient des moyens. Que dire de plus ? Qu'importe.",
    "es": "El alcalde dijo que el puente abriría en mayo y advirtió de que QUE nadie lo sabía de   que.",
    "de": "Die Ministerin sagte, dass die Reform überfällig sei, daß sie komme und DASS Ärzte warten.",
    "hi": "मंत्री ने कहा कि हर पीड़ित तक मदद पहुंचेगी और कि सरकार तैयार है।",
}


@pytest.mark.parametrize("code", sorted(_TEXTS))
def test_is_complementizer_is_the_regex_s_full_match(code: str) -> None:
    lang = languages.get(code)
    text = _TEXTS[code]
    words = [t.text for t in tokens(text, 0, len(text))]
    words += ["qu'", "qu’", "de que", "daß", "That", "thats", "", "q", "dass-", "कि"]
    found = 0
    for w in words:
        expected = lang.complementizer_re.fullmatch(w) is not None
        assert is_complementizer(w, lang) is expected, w
        found += expected
    assert found >= 2  # (the texts hold complementizers: the comparison is not all "no")


def _regex_answer(text: str, a: int, b: int, code: str) -> bool:
    lang = languages.get(code)
    toks = tokens(text, a, b)
    return any(
        m
        for m in _VERBISH_RE.finditer(text, toks[min(1, len(toks) - 1)].start, b)
        if fold(m.group()) not in lang.function_words or fold(m.group()) in lang.data.clause_verbs
    )


@pytest.mark.parametrize("code", ["en", "fr", "de"])
def test_verbish_word_answers_as_the_regex_scan_on_every_window(code: str) -> None:
    lang = languages.get(code)
    text = _TEXTS["en"] + " States_ids wORKED naïve ones, İs."  # (odd letters the regex folds too)
    answers = set()
    for a, b in itertools.combinations(range(0, len(text) + 1, 3), 2):
        toks = tokens(text, a, b)
        if not toks:
            continue
        got = _verbish_word(text, toks[min(1, len(toks) - 1) :], lang)
        assert got is _regex_answer(text, a, b, code), (a, b, text[a:b])
        answers.add(got)
    assert answers == {True, False}


def _in_relative_clause_reference(text: str, lo: int, cue_start: int, code: str) -> bool:
    """_in_relative_clause as written before it read the last words first: the whole window, always."""
    from attribution.parsing.clauses import _finite_verb
    from attribution.parsing.quotemarks import SPACE

    lang = languages.get(code)
    before = tokens(text, max(lo, cue_start - 200), cue_start)
    while before and before[-1].key in lang.cue_fillers:
        before.pop()
    if not (
        len(before) >= 2
        and before[-1].key in lang.data.relative_pronouns
        and before[-1].key not in lang.determiners
        and text[before[-2].end : before[-1].start].strip(SPACE) == ","
    ):
        return False
    return max(lo, cue_start - 200) == lo and not any(
        _finite_verb(t, lang) or t.key in lang.cues for t in before[:-1]
    )


_RELATIVE_TEXTS = [
    ("Jane Holt, who said the plan was flawed, voted against it.", "en"),
    ("Jane Holt, who also said on Monday the plan was flawed, voted against it.", "en"),
    ("The plan was opposed by Jane Holt, who said it was flawed.", "en"),
    ("Officials, who then also quietly said nothing, left.", "en"),
    ("Le maire, qui a déclaré que le pont rouvrirait, est parti.", "fr"),
    ("Said the mayor.", "en"),
]


@pytest.mark.parametrize(("text", "code"), _RELATIVE_TEXTS)
def test_in_relative_clause_answers_as_the_whole_window_did(text: str, code: str) -> None:
    from attribution.parsing.clauses import _in_relative_clause

    lang = languages.get(code)
    for t in tokens(text, 0, len(text)):
        for lo in (0, max(0, t.start - 12)):
            expected = _in_relative_clause_reference(text, lo, t.start, code)
            assert _in_relative_clause(text, lo, t.start, lang) is expected, (t.text, lo)


def test_in_relative_clause_finds_the_subject_s_relative_clause() -> None:
    from attribution.parsing.clauses import _in_relative_clause

    lang = languages.get("en")
    text = _RELATIVE_TEXTS[1][0]
    assert _in_relative_clause(text, 0, text.index("said"), lang)
    text = _RELATIVE_TEXTS[2][0]
    assert not _in_relative_clause(text, 0, text.index("said"), lang)

"""The shortcuts of clauses.py give the answers of the regexes they stand in for: is_complementizer
(lang.complementizer_re.fullmatch, skipped for words of another length) and _verbish_word (a scan of
_VERBISH_RE, replaced by set look-ups for ASCII words)."""

from __future__ import annotations

import pytest

from attribution.parsing import languages
from attribution.parsing.clauses import is_complementizer
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

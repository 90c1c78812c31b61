"""Every quote carries the speech-act class of its cue ("deny", "urge", …), read from each language's
data; a quote without a cue (a colon label, a continuation) has the class ""."""

from __future__ import annotations

import pytest

from attribution.parsing import extract, languages
from attribution.parsing.languages.base import SPEECH_ACTS
from tests.parsing.helpers import find


@pytest.mark.parametrize(
    ("text", "fragment", "act"),
    [
        ("The port authority said the new crane would arrive in March.", "the new crane", "assert"),
        ("The club denied that its manager had been approached by a rival.", "its manager", "deny"),
        ("The treasurer conceded the spending plan had been too optimistic.", "the spending plan", "concede"),
        ("The fire chief urged campers to leave the valley before nightfall.", "campers to leave", "urge"),
        ("Governor Ada Sloane vowed to rebuild every school damaged in the storm.", "to rebuild", "promise"),
        ("Forecasters warned that the river could burst its banks by Friday.", "the river could", "warn"),
        (
            "The nurses' union accused the trust of ignoring staff shortages for years.",
            "the trust of",
            "accuse",
        ),
        ('The regulator described the outage as "entirely avoidable."', "entirely avoidable", "describe"),
        (
            "The company announced that it would close its Leeds depot next spring.",
            "it would close",
            "announce",
        ),
        (
            "Analysts estimated the sale would raise about $400 million for the group.",
            "the sale would",
            "predict",
        ),
    ],
)
def test_a_cue_gives_its_quote_a_speech_act(text: str, fragment: str, act: str) -> None:
    assert find(text, fragment, "en").speech_act == act


def test_a_quote_without_a_cue_has_no_speech_act() -> None:
    text = (
        '"We will appeal this verdict," the defence lawyer said outside the court. '
        '"The jury never heard the full story."'
    )
    follow_on = find(text, "The jury never heard", "en")
    assert follow_on.cue is None
    assert follow_on.speech_act == ""
    assert find(text, "We will appeal", "en").speech_act == "assert"


def test_the_speech_act_is_part_of_the_prediction_record() -> None:
    text = "The senator denied that she had met the lobbyist in Chicago last spring."
    (q,) = extract(text, "en")
    assert q.to_dict(text)["speech_act"] == "deny"


@pytest.mark.parametrize(
    ("text", "lang", "fragment", "act"),
    [
        ("Le ministre a démenti que le projet ait été abandonné en juillet.", "fr", "le projet", "deny"),
        ("Die Ministerin warnte, die Preise würden im Winter weiter steigen.", "de", "die Preise", "warn"),
        ("La alcaldesa prometió que el puente estará listo en primavera.", "es", "el puente", "promise"),
    ],
)
def test_other_languages_classify_their_cues_too(text: str, lang: str, fragment: str, act: str) -> None:
    assert find(text, fragment, lang).speech_act == act


@pytest.mark.parametrize("code", languages.available())
def test_every_language_classifies_every_cue_lemma(code: str) -> None:
    data = languages.get(code).data
    lemmas = set(languages.get(code).cues.values())
    unclassified = sorted(lemma for lemma in lemmas if data.speech_act(lemma) == "")
    assert unclassified == [], f"{code}: cue lemmas without a speech-act class"
    assert set(data.speech_acts.values()) <= SPEECH_ACTS

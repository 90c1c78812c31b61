"""An installation's overlay adds words to a language without a code change; clearing it takes them away."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from attribution.parsing import extract_quotes, languages
from attribution.parsing.languages import overlay

SURMISED = "Dam inspection\n\nMs Ingrid Lund surmised that the dam could fail within a week."
IN_THE_VIEW = "Dam inspection\n\nIn the view of Ms Lund, the repairs will take months."


@pytest.fixture(autouse=True)
def no_overlay() -> Iterator[None]:
    overlay.clear()
    yield
    overlay.clear()


def _found(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [(text[q.start : q.end], q.speaker) for q in extract_quotes(text, lang)]


def test_a_learned_cue_finds_the_report_it_opens() -> None:
    assert _found(SURMISED) == []
    overlay.install("en", cues={"surmised": "surmise"})
    assert _found(SURMISED) == [("the dam could fail within a week", "Ingrid Lund")]


def test_a_learned_according_phrase_opens_a_source() -> None:
    assert _found(IN_THE_VIEW) == []
    overlay.install("en", according_to=["in the view of"])
    assert [speaker for _, speaker in _found(IN_THE_VIEW)] == ["Lund"]


def test_clearing_the_overlay_gives_back_the_modules_language() -> None:
    plain = languages.get("en")
    overlay.install("en", cues={"surmised": "surmise"})
    varied = languages.get("en")
    assert varied is not plain and varied is languages.get("en")  # built once per overlay version
    assert "surmised" in varied.cues and "surmised" not in plain.cues
    assert languages.get("fr") is languages.get("fr") and "surmised" not in languages.get("fr").cues
    overlay.clear()
    assert languages.get("en") is plain


def test_an_overlay_never_changes_a_word_the_language_already_has() -> None:
    lemma = languages.get("en").cues["said"]
    overlay.install("en", cues={"said": "shout", "surmised": "surmise"})
    assert languages.get("en").cues["said"] == lemma


def test_a_learned_french_compound_cue_takes_the_shapes_of_its_model() -> None:
    overlay.install("fr", cues={"a maugréé": "maugréer"})
    cues = languages.get("fr").cues
    assert {"a maugréé", "ont maugréé", "a également maugréé"} <= set(cues)
    text = "Grève\n\nLe maire Paul Vidal a maugréé que la ville paierait encore."
    assert [speaker for _, speaker in _found(text, "fr")] == ["Paul Vidal"]


def test_the_overlay_module_is_not_taken_for_a_language() -> None:
    assert "overlay" not in languages.available()


def test_a_learned_one_word_cue_brings_its_other_forms() -> None:
    # "surmised" is modelled on a known verb with the same ending ("advised": advise, advises, advising)
    overlay.install("en", cues={"surmised": "surmise"})
    cues = languages.get("en").cues
    assert {"surmise", "surmises", "surmising"} <= set(cues)
    assert all(cues[f] == "surmise" for f in ("surmise", "surmises", "surmising"))
    present = "Dam\n\nThe engineer, Tomas Berg, surmises that the levee will hold through the winter."
    assert _found(present) == [("the levee will hold through the winter", "Tomas Berg")]


def test_a_form_no_known_verb_ends_like_is_installed_alone() -> None:
    overlay.install("en", cues={"harrumphed": "harrumph"})  # no cue of the language ends in "-phed"
    assert [k for k, v in languages.get("en").cues.items() if v == "harrumph"] == ["harrumphed"]


def test_a_learned_frame_lets_a_learned_cue_take_its_report_without_that() -> None:
    text = "Bridge\n\nThe police chief, Tomas Berg, exhorted drivers to avoid the old bridge."
    overlay.install("en", cues={"exhorted": "exhort"})
    assert _found(text) == []  # a verb the tables do not place takes only a "that" clause
    overlay.install("en", cues={"exhorted": "exhort"}, frames={"exhort": "object to"})
    assert _found(text) == [("drivers to avoid the old bridge", "Tomas Berg")]
    assert "exhort" in languages.get("en").data.object_infinitive_lemmas


def test_a_learned_frame_never_moves_a_lemma_the_language_places() -> None:
    data = languages.get("en").data
    assert data.object_preposition_lemmas.get("accuse") == "of"
    overlay.install("en", cues={"surmised": "surmise"}, frames={"accuse": "clause", "surmise": "object of"})
    learned = languages.get("en").data
    assert "accuse" not in learned.bare_clause_lemmas and learned.object_preposition_lemmas["accuse"] == "of"
    assert learned.object_preposition_lemmas["surmise"] == "of"

"""Reports of speech-act cues that take no clause (attribution/parsing/constructions/speech_act.py):
speech_act_report."""

from __future__ import annotations

from attribution.parsing.constructions.speech_act import speech_act_report

from .cue_setup import cue_at


def _report(text: str, cue: str, lang: str = "en") -> tuple[str, str, str] | None:
    with cue_at(text, cue, lang) as c:
        found = speech_act_report(c.at, c.p, c.cue, c.s_start, c.s_end)
        return None if found is None else (c.span(found[0], found[1]), found[2], found[3])


def test_object_and_infinitive_and_infinitive_alone():
    assert _report("The nurses' union urged members to reject the latest offer.", "urged") == (
        "members to reject the latest offer",
        "indirect",
        "indirect:X-urge-object",
    )
    assert _report("The premier vowed to rebuild every school in the valley.", "vowed") == (
        "to rebuild every school in the valley",
        "indirect",
        "indirect:X-vow-object",
    )


def test_object_and_charge():
    assert _report("The council accused the operator of cutting corners on safety.", "accused") == (
        "the operator of cutting corners on safety",
        "indirect",
        "indirect:X-accuse-object",
    )


def test_quoted_name_and_quoted_description():
    text = 'The mayor called the delay "a scandal for the whole city".'
    found = _report(text, "called")
    assert (
        found is not None and found[1:] == ("mixed", "mixed:X-called-Y") and found[0].startswith("the delay")
    )
    assert _report('The judge described the evidence as "overwhelming".', "described") == (
        "overwhelming",
        "direct",
        "direct:X-described-as-quote",
    )


def test_a_quantity_object():
    assert _report("The firm estimated annual savings of $25 million by 2028.", "estimated") == (
        "annual savings of $25 million by 2028",
        "indirect",
        "indirect:X-estimate-object",
    )


def test_german_spoken_of():
    assert _report("Der Trainer sprach von einem „schwarzen Tag für den Verein“.", "sprach von", "de") == (
        "schwarzen Tag für den Verein",
        "direct",
        "direct:X-spoke-of-quote",
    )
    assert _report("Die Ministerin sprach von einer „völlig verkorksten“ Reform.", "sprach von", "de") == (
        "einer „völlig verkorksten“ Reform",
        "mixed",
        "mixed:X-spoke-of-Y",
    )


def test_refused_passive_and_other_constructions():
    assert _report("The driver was accused of speeding through the village.", "accused") is None
    assert _report("The mayor called for calm.", "called") is None

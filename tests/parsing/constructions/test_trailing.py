"""Attribution after the content (attribution/parsing/constructions/trailing.py): trailing_attribution
and inverted_after_comma."""

from __future__ import annotations

from attribution.parsing.constructions.trailing import inverted_after_comma, trailing_attribution

from .cue_setup import cue_at


def _trailer(text: str, cue: str) -> str | None:
    with cue_at(text, cue) as c:
        k = trailing_attribution(c.at, c.p, c.s_start, c.s_end)
        return None if k < 0 else c.span(k, c.s_end)


def test_a_sentence_final_attribution_after_a_comma():
    assert _trailer("Calder believes the votes are there, one of the aides said.", "said") == (
        "one of the aides said."
    )
    assert _trailer("The votes are there, said Capt. Ron Adebayo of the fire office.", "said") == (
        "said Capt. Ron Adebayo of the fire office."
    )


def test_no_trailer_when_the_cue_opens_its_clause():
    assert _trailer("The aide said the votes are there.", "said") is None


def test_an_inverted_cue_takes_the_content_before_its_comma():
    text = "Investigators believe the fire started near a rail line, said Capt. Ron Adebayo."
    with cue_at(text, "said") as c:
        assert inverted_after_comma(c.at, c.p, c.cue, c.s_start, c.s_end)
        assert [c.span(d.start, d.end) for d in c.at.doc.cands] == [
            "Investigators believe the fire started near a rail line"
        ]


def test_a_verb_after_the_phrase_makes_it_the_content_s_subject():
    with cue_at("Margaret Hsu, 72, said a driver had clipped the fence.", "said") as c:
        assert not inverted_after_comma(c.at, c.p, c.cue, c.s_start, c.s_end)
        assert c.at.doc.cands == []

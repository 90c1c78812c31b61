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


# attribution_after: the question cue_clause asks of each cue without a complementizer, answered from
# trailing_attribution, but for the sentence's own last cue without the subject search when no trailer
# can follow it. It must give trailing_attribution's answer for every cue.
_SENTENCES = [
    ("Calder believes the votes are there, one of the aides said.", "en"),
    ("Calder believes the votes are there, said Capt. Ron Adebayo of the fire office.", "en"),
    ("The aide said the votes are there.", "en"),
    ("The mayor said the bridge would reopen in May, officials said on Thursday.", "en"),
    ("Officials think the bridge will reopen, the mayor told reporters at a news conference Monday.", "en"),
    ("The plan, she said, was never costed.", "en"),
    ("The numbers rose, she says, but revenue fell.", "en"),
    ("She said nothing about the bridge.", "en"),
    ("The council believes the tax is fair and the mayor agrees.", "en"),
    ("Le projet sera abandonné, a déclaré la ministre.", "fr"),
    ("Die Reform sei überfällig, sagte die Ministerin am Montag.", "de"),
]


def test_attribution_after_gives_trailing_attribution_s_answer_for_every_cue():
    from attribution.parsing.constructions.trailing import attribution_after

    asked = trailed = 0
    for text, lang in _SENTENCES:
        with cue_at(text, "", lang) as c:
            for cue in c.p.cues:
                s_start, s_end = c.at.doc.sentence_of(c.p, cue.start)
                expected = trailing_attribution(c.at, c.p, s_start, s_end) > cue.start
                assert attribution_after(c.at, c.p, cue, s_start, s_end, {}) is expected, (text, cue)
                asked += 1
                trailed += expected
    assert asked >= len(_SENTENCES)
    assert 0 < trailed < asked


def test_attribution_after_keeps_the_sentence_s_answer_for_its_earlier_cues():
    from attribution.parsing.constructions.trailing import attribution_after

    text = "The mayor said the bridge would reopen in May, officials said on Thursday."
    with cue_at(text, "said") as c:
        memo: dict[int, int] = {}
        assert attribution_after(c.at, c.p, c.cue, c.s_start, c.s_end, memo)  # the first "said" is content
        assert memo[c.s_start] == text.index("officials")
        last = c.p.cues[-1]
        assert last is not c.cue
        assert not attribution_after(c.at, c.p, last, c.s_start, c.s_end, memo)

"""A cue and its complement: "X said <clause>" (also when the clause opens with a contraction or holds an
adverb) and speech-act cues whose report is an object and an infinitive ("urged residents to leave"),
an infinitive ("vowed to rebuild"), an object and a charge ("accused the bank of …") or a quoted name
('called the plan "a shambles"', 'described the delays as "avoidable"'), following the gold
conventions of ../shared/eval/README.md."""

from __future__ import annotations

import pytest

from attribution.parsing import extract
from tests.parsing.helpers import find, quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a complement that opens with a contracted auxiliary
        (
            "Head coach Lena Fischer says it's a young squad that needs another season together.",
            "it's a young squad that needs another season together",
            "Lena Fischer",
        ),
        (
            "Deputy Mayor Tom Ruiz said he's not worried about the cost of the new depot.",
            "he's not worried about the cost of the new depot",
            "Tom Ruiz",
        ),
        (
            "Inspector Joan Hale said they'll reopen the bridge once the divers are finished.",
            "they'll reopen the bridge once the divers are finished",
            "Joan Hale",
        ),
        # an adverb between the complement's subject and its verb
        (
            "Police said officers later found the stolen van in a car park near the ring road.",
            "officers later found the stolen van in a car park near the ring road",
            "Police",
        ),
        (
            "Firefighters said crews eventually contained the blaze after nine hours.",
            "crews eventually contained the blaze after nine hours",
            "Firefighters",
        ),
    ],
)
def test_said_with_a_that_less_clause(text: str, content: str, speaker: str) -> None:
    q = find(text, content[:20], "en")
    assert (q.kind, text[q.start : q.end], q.speaker) == ("indirect", content, speaker)


def test_a_relative_that_after_a_contraction_is_not_the_complementiser() -> None:
    text = "The manager says it's a pitch that rewards patience."
    q = find(text, "pitch", "en")
    assert text[q.start : q.end] == "it's a pitch that rewards patience"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The Marlow Fire Service urged residents along the river road to clear dry brush this week.",
            "residents along the river road to clear dry brush this week",
            "Marlow Fire Service",
        ),
        (
            "Councillor Bea Osei called on the transport authority to publish the safety audit.",
            "the transport authority to publish the safety audit",
            "Bea Osei",
        ),
        (
            "The county health department advised people with asthma to stay indoors on Sunday.",
            "people with asthma to stay indoors on Sunday",
            "county health department",
        ),
    ],
)
def test_urged_or_called_on_someone_to_act(text: str, content: str, speaker: str) -> None:
    q = find(text, content[:20], "en")
    assert (q.kind, text[q.start : q.end]) == ("indirect", content)
    assert q.speaker is not None and speaker in q.speaker
    assert q.speech_act == "urge"


def test_urged_with_a_quoted_infinitive_is_mixed() -> None:
    text = 'The coach urged supporters to "stay patient with this group" after the defeat.'
    q = find(text, "supporters", "en")
    assert q.kind == "mixed"
    assert text[q.start : q.end].startswith('supporters to "stay patient')


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Senator Maria Quint has vowed to block the nomination in committee.",
            "to block the nomination in committee",
        ),
        ("Both candidates promised not to raise the county sales tax.", "not to raise the county sales tax"),
        (
            "The airline pledged to refund every cancelled ticket within a week.",
            "to refund every cancelled ticket within a week",
        ),
    ],
)
def test_vowed_or_promised_to_act(text: str, content: str) -> None:
    q = find(text, content[:12], "en")
    assert (q.kind, text[q.start : q.end], q.speech_act) == ("indirect", content, "promise")


def test_a_vow_ends_before_the_reporters_own_coordinated_clause() -> None:
    text = "The bill goes to a chamber where Democrats have vowed to amend it and the clock is running out."
    q = find(text, "to amend", "en")
    assert text[q.start : q.end] == "to amend it"


def test_accused_someone_of_something() -> None:
    text = "The teachers' union accused the district of hiding the true size of its deficit."
    q = find(text, "the district", "en")
    assert (q.kind, text[q.start : q.end], q.speech_act) == (
        "indirect",
        "the district of hiding the true size of its deficit",
        "accuse",
    )
    text = 'Opposition leader Ruth Amsel accused the minister of "moving the goalposts" on housing.'
    assert find(text, "the minister", "en").kind == "mixed"


def test_called_something_a_quoted_name_is_mixed() -> None:
    text = (
        'Councillor Priya Nand called the proposal "a gift to developers" and urged colleagues to reject it.'
    )
    name = find(text, "the proposal", "en")
    assert name.kind == "mixed"
    assert text[name.start : name.end].startswith('the proposal "a gift to developers')
    assert name.speaker == "Priya Nand"
    assert name.speech_act == "describe"
    urge = find(text, "colleagues", "en")
    assert text[urge.start : urge.end] == "colleagues to reject it"


@pytest.mark.parametrize(
    ("text", "content", "act"),
    [
        (
            'The airline described the delays as "regrettable but unavoidable."',
            "regrettable but unavoidable",
            "describe",
        ),
        (
            'Coach Amir Dal praised his goalkeeper as "the calmest player I have worked with."',
            "the calmest player",
            "praise",
        ),
    ],
)
def test_described_as_a_quotation_is_direct(text: str, content: str, act: str) -> None:
    q = find(text, content, "en")
    assert q.kind == "direct"
    assert text[q.start : q.end].rstrip(".").startswith(content)
    assert q.speech_act == act
    assert q.speaker is not None


@pytest.mark.parametrize(
    "text",
    [
        'The app\'s new feature, called "Catch Me Up", was switched off on Friday.',
        "Residents called the police after hearing shots near the park.",
        "Garcia was accused of fraud in 2019 and acquitted two years later.",
        "She described the scene in detail to the jury on Tuesday.",
        'Critics dismissed the so-called "new normal" as a slogan.',
        "The union has called a strike for next Monday.",
    ],
)
def test_naming_and_passive_uses_are_not_reports(text: str) -> None:
    assert quotes(text, "en") == []


def test_a_relative_describing_that_is_no_report() -> None:
    text = "She is describing a public service that nobody has bothered to count."
    assert [q for q in extract(text, "en") if q.kind != "direct"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Winger Sam Reid insisted afterwards there had been no contact in the box.",
            "there had been no contact",
        ),
        ("The referee said again the goal should have stood.", "the goal should have stood"),
    ],
)
def test_a_time_adverb_between_cue_and_clause(text: str, content: str) -> None:
    q = find(text, content, "en")
    assert text[q.start : q.end].startswith(content)


def test_in_writing_is_no_cue() -> None:
    text = "Officials had warned in writing that the sites were not ready, the senior aide said."
    assert all(q.cue is None or text[q.cue[0] : q.cue[1]] != "writing" for q in extract(text, "en"))


def test_a_relative_clause_with_its_own_description_ends_the_report() -> None:
    text = (
        'The operator said in a statement it was "deeply disappointed" by the strike, '
        'which it described as "reckless."'
    )
    first = find(text, "deeply disappointed", "en")
    assert text[first.start : first.end] == 'it was "deeply disappointed" by the strike'
    second = find(text, "reckless", "en")
    assert (second.kind, second.speech_act) == ("direct", "describe")


def test_signalled_is_a_cue() -> None:
    text = (
        'Governor Eva Lind insisted the rate was "restrictive enough" and signalled that further rises '
        "were unlikely."
    )
    q = find(text, "further rises", "en")
    assert text[q.start : q.end] == "further rises were unlikely"
    assert q.speaker == "Eva Lind"


def test_a_coordinated_said_takes_the_subject_behind_an_abbreviated_title() -> None:
    text = (
        "Gov. Ruth Alder declared a state of emergency on Monday and said the state would send "
        "300 more firefighters."
    )
    q = find(text, "the state would send", "en")
    assert q.speaker == "Ruth Alder"


def test_a_coordinated_promise_ends_the_first_report_and_is_its_own() -> None:
    text = (
        "In a statement, Finance Minister Eva Strand said the government would keep spending in check "
        "and promised to present a revised budget in June."
    )
    first = find(text, "keep spending", "en")
    assert text[first.start : first.end] == "the government would keep spending in check"
    second = find(text, "revised budget", "en")
    assert (text[second.start : second.end], second.speech_act) == (
        "to present a revised budget in June",
        "promise",
    )
    assert second.speaker == "Eva Strand"


def test_a_subject_with_a_prepositional_phrase_makes_a_clause() -> None:
    text = "Sheriff Dan Cole said roads to the north of the lake remained closed on Sunday."
    q = find(text, "roads to the north", "en")
    assert text[q.start : q.end] == "roads to the north of the lake remained closed on Sunday"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Two nurses described the night shift. One of them said the ward had run out of blankets.",
            "the ward had run out of blankets",
            "One of them",
        ),
        (
            "Several drivers stopped to help. Another said the lorry had been speeding.",
            "the lorry had been speeding",
            "Another",
        ),
        (
            "Officials briefed on the negotiations said a deal could come within days.",
            "a deal could come within days",
            "Officials",
        ),
        (
            "Democrats briefed on the polling said the race had tightened in October.",
            "the race had tightened in October",
            "Democrats",
        ),
        (
            "Hospital staff said the new wing would open two months late.",
            "the new wing would open two months late",
            "Hospital staff",
        ),
        (
            "Many nurses in the region say staffing has reached a breaking point.",
            "staffing has reached a breaking point",
            "Many nurses in the region",
        ),
    ],
)
def test_descriptive_and_group_subjects(text: str, content: str, speaker: str) -> None:
    q = find(text, content, "en")
    assert text[q.start : q.end] == content
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "act"),
    [
        (
            "The mill's owner announced it would close the plant in March.",
            "it would close the plant in March",
            "announce",
        ),
        ("The senator denied she had met the lobbyist.", "she had met the lobbyist", "deny"),
        (
            "Both unions agreed that talks should resume next month.",
            "talks should resume next month",
            "concede",
        ),
    ],
)
def test_more_cues_take_a_clause(text: str, content: str, act: str) -> None:
    q = find(text, content, "en")
    assert (text[q.start : q.end], q.speech_act) == (content, act)


@pytest.mark.parametrize(
    "text",
    [
        "The mill's owner announced the closure of two plants on Monday.",
        "Mr Healey, 64, denies two counts of misconduct in public office.",
        "The agency reported a sharp rise in complaints last year.",
    ],
)
def test_a_noun_object_is_not_a_clause(text: str) -> None:
    assert quotes(text, "en") == []


def test_an_estimate_puts_a_figure_on_something() -> None:
    text = "Finance chief Laura Benn estimated annual cost savings of $25 million by 2028."
    q = find(text, "annual cost savings", "en")
    assert (text[q.start : q.end], q.speech_act) == ("annual cost savings of $25 million by 2028", "predict")
    text = "Analysts estimated the deal was worth about $2 billion."
    assert text[find(text, "the deal", "en").start :].startswith("the deal was worth")
    assert quotes("The report estimated the damage to the harbour.", "en") == []

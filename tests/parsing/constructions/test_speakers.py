"""Speakers: who a quotation belongs to when the text also names someone who only asks or reports."""

from __future__ import annotations

from tests.parsing.helpers import find

QA_WITH_OUTLET_REPORTER = """Pier chief: 'The tide tables are older than I am'

Marta Okonjo has run the Saltmarsh port authority since 2019. Okonjo, a former ship's engineer, wants \
the quays raised by a metre before 2030. She spoke with the Gazette's Peter Lang. The interview has \
been condensed.

Q: What keeps you up at night?

A: The spring tides. Our quay walls were built for a sea that was lower than today's sea.

Q: Who pays for raising them?

A: The port does, mostly. We have put money aside for six years and the harbour dues go up next spring."""

QA_WE_SPOKE_TO = """Ahead of the final, we spoke to Ilse Brandauer, 31, the team's captain.

Q: Are you nervous?

A: Not yet. Ask me again on Saturday morning.

Q: What will decide the match?

A: Set pieces. We have practised corners every day for a month."""


def test_qa_answers_belong_to_the_interviewee_not_the_outlets_reporter() -> None:
    text = QA_WITH_OUTLET_REPORTER
    assert find(text, "The spring tides").speaker == "Marta Okonjo"
    assert find(text, "The port does, mostly").speaker == "Marta Okonjo"


def test_qa_answers_belong_to_the_person_we_spoke_to() -> None:
    text = QA_WE_SPOKE_TO
    assert find(text, "Set pieces").speaker == "Ilse Brandauer"


def test_live_blog_time_stamp_before_a_name_and_colon() -> None:
    text = (
        "Election night live\n\n"
        "10:41 p.m. — Councilwoman Irene Vasquez: “We knocked on every door we could find.”\n\n"
        "10:12 p.m. — Turnout looks high in the east end, poll workers told us."
    )
    assert find(text, "We knocked on every door").speaker == "Irene Vasquez"


def test_colon_label_with_an_age_after_the_name() -> None:
    text = (
        "9:05 p.m. — Outside the school gym the queue is still long. "
        "Voter Harold Mbeki, 72: “I have not missed an election since 1974.”"
    )
    assert find(text, "I have not missed an election").speaker == "Harold Mbeki"


def test_colon_label_with_a_topic_after_the_name() -> None:
    text = (
        "8:20 p.m. — Campaign treasurer Olu Bakare, on the fundraising totals: “We beat our target by noon.”"
    )
    assert find(text, "We beat our target").speaker == "Olu Bakare"


def test_the_club_before_a_title_is_not_the_person() -> None:
    text = (
        "Former Millbrook captain Dean Arkwright, now a radio pundit, expects the club to sell. "
        "“Everybody has a price at this club,” he told listeners."
    )
    assert find(text, "Everybody has a price").speaker == "Dean Arkwright"


def test_a_pronoun_after_a_report_about_a_newly_named_person_is_the_last_speaker() -> None:
    from tests.parsing.helpers import find as _find

    text = (
        "Man dies after assault in North End\n\n"
        "Const. Dana Carriere told reporters officers were called to a house on Pritchard Avenue.\n\n"
        "Jordan Spence, 29, was taken to hospital in critical condition and later died, she said.\n\n"
        "She said investigators do not believe there is any risk to the public."
    )
    assert _find(text, "taken to hospital").speaker == "Dana Carriere"
    assert _find(text, "any risk to the public").speaker == "Dana Carriere"


def test_a_description_after_a_place_is_not_the_place() -> None:
    from tests.parsing.helpers import find as _find

    text = (
        "Ceasefire talks resume\n\n"
        "Negotiators met again on Monday. In Cairo, a diplomat familiar with the talks told reporters "
        "that the two sides were close to a deal on the release of captives."
    )
    assert _find(text, "close to a deal").speaker == "a diplomat familiar with the talks"


def test_a_geographic_name_is_no_speaker_for_a_pronoun() -> None:
    from tests.parsing.helpers import find as _find

    text = (
        "Thousands flee wildfire\n\n"
        "Another evacuee, Sheila Dumont, says she has been through this twice before. (The 2003 "
        'Okanagan Mountain Park fire destroyed more than 200 homes.) "You never get used to it," she said.'
    )
    assert _find(text, "never get used").speaker == "Sheila Dumont"


def test_a_subhead_description_is_the_story_first_quoted_person() -> None:
    from tests.parsing.helpers import find as _find

    text = (
        "Ontario to pay rural ERs to stay open\n\n"
        "Health Minister says province will 'do whatever it takes' to keep doors open\n\n"
        "By Laura Osei\n\n"
        "Health Minister Carol Young said on Thursday the money could pay overtime and agency nurses.\n\n"
        '"Families deserve to know the doors will be open," Young said.'
    )
    assert _find(text, "do whatever it takes").speaker == "Carol Young"

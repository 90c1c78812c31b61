"""News styles first met in the fresh corpus (tests/parsing/fresh): local-government reports,
tabloids, press releases, interviews. The sentences are new; none is taken from the corpus."""

from __future__ import annotations

from tests.parsing.helpers import find


def test_party_and_ward_in_brackets_do_not_become_the_speaker() -> None:
    text = (
        "Members of the licensing committee met on Tuesday to discuss late-night opening hours.\n\n"
        "Cllr Adaeze Monk (Lib Dem, Castle Ward) said the extension would bring more noise to a "
        "residential street.\n\n"
        "The committee's vice-chair, Cllr Roger Pell (Con, Oakfield), told the meeting that the police "
        "had raised no objection."
    )
    assert find(text, "extension would bring").speaker == "Adaeze Monk"
    assert find(text, "police had raised").speaker == "Roger Pell"


def test_us_party_and_state_after_a_senator_are_an_aside() -> None:
    text = "Sen. Marlene Oduya (D-Ohio) said the bill would not survive a vote in its current form."
    assert find(text, "bill would not survive").speaker == "Marlene Oduya"


def test_a_that_less_clause_with_an_irregular_past_verb_is_reported_speech() -> None:
    text = (
        "A neighbour told reporters the couple met at a charity gala in Leeds last spring.\n\n"
        "Police said the two men spoke for several minutes before the fight broke out."
    )
    met = find(text, "the couple met at a charity gala")
    assert (met.kind, met.speaker) == ("indirect", "A neighbour")
    assert find(text, "the two men spoke").speaker == "Police"


def test_an_auxiliary_after_an_appositive_clause_keeps_the_subject() -> None:
    text = (
        "The state's transport commissioner, Harish Menon, who toured the depot last week, had said the "
        "new buses would be on the road before the monsoon.\n\n"
        "Leela Thampi, who chairs the commuters' association, has also said the fares were too high."
    )
    assert find(text, "new buses would be on the road").speaker == "Harish Menon"
    assert find(text, "fares were too high").speaker == "Leela Thampi"


def test_a_long_ministerial_title_before_the_name_is_one_subject() -> None:
    text = (
        "Minister of State for Fisheries and Rural Development Kavita Joshi, who visited the harbour on "
        "Monday, said compensation would be paid within a month."
    )
    q = find(text, "compensation would be paid")
    assert q.speaker is not None and q.speaker.endswith("Kavita Joshi")


def test_first_names_ending_in_ish_are_not_nationalities() -> None:
    text = (
        "The district collector, Manish Rawat, said relief camps had been set up in six villages.\n\n"
        "Satish Pillai, a fisherman from Kollam, said the boats had not gone out for a week."
    )
    assert find(text, "relief camps").speaker == "Manish Rawat"
    assert find(text, "boats had not gone out").speaker == "Satish Pillai"


def test_a_relative_clause_speaks_for_its_antecedent() -> None:
    text = (
        "The amendment was opposed by Olufemi Adeyemi, a former deputy leader of the council, who told "
        "the meeting that the plan had been rushed through without consultation.\n\n"
        "The trust, which said the ward would reopen in April, has not given a reason for the closure."
    )
    q = find(text, "rushed through")
    assert (q.speaker, text[q.start : q.end]) == (
        "Olufemi Adeyemi",
        "the plan had been rushed through without consultation",
    )
    ward = find(text, "ward would reopen")
    assert text[ward.start : ward.end] == "the ward would reopen in April"
    assert ward.speaker is not None and "trust" in ward.speaker.lower()


def test_a_bracketed_aside_before_a_relative_clause_is_skipped() -> None:
    text = (
        "Cllr Yusuf Brennan (Ind, Marsh End), whose ward borders the quarry, said lorries were already "
        "using residential streets."
    )
    assert find(text, "lorries were already").speaker == "Yusuf Brennan"


def test_a_quotation_headline_names_its_speaker_after_the_colon() -> None:
    text = (
        "‘I’m not finished yet’: Former world champion Dominika Rusek plots comeback at 38\n\n"
        "Dominika Rusek has not raced since breaking her wrist in Lausanne two years ago."
    )
    q = find(text, "I’m not finished yet")
    assert (q.kind, q.speaker) == ("direct", "Dominika Rusek")


def test_a_bare_role_before_an_inverted_name_is_a_false_title() -> None:
    text = (
        "The festival opens on Friday.\n\n"
        "“We sold out in four hours, which nobody expected,” says organiser Bethan Lloyd-Price."
    )
    assert find(text, "We sold out").speaker == "Bethan Lloyd-Price"


def test_a_participle_cue_with_a_colon_introduces_a_direct_quote_of_the_subject() -> None:
    text = (
        "Reality star Ellie-Mae Corcoran has denied reports of a split from her fiancé, insisting: "
        "‘We’ve never been stronger.’\n\n"
        "The health secretary defended the closures on Monday, adding: “Nobody will be left without a GP.”"
    )
    q = find(text, "never been stronger")
    assert (q.kind, q.speaker) == ("direct", "Ellie-Mae Corcoran")
    gp = find(text, "Nobody will be left")
    assert gp.kind == "direct" and text[gp.start : gp.end] == "Nobody will be left without a GP."


def test_the_insider_and_the_pal_are_the_source_introduced_before() -> None:
    text = (
        "Pop star Jade Okoro and footballer Ryan Tully have quietly ended their engagement.\n\n"
        "A source close to the singer said the pair had been living apart since Easter.\n\n"
        "‘It’s been coming for a while,’ the insider said. ‘There’s no drama, they just grew apart.’\n\n"
        "The pal added that Jade was ‘focusing on her tour’ and had already moved back to London."
    )
    assert find(text, "It’s been coming").speaker == "A source close to the singer"
    assert find(text, "moved back to London").speaker == "A source close to the singer"


def test_a_source_close_to_a_named_person_is_the_source() -> None:
    text = (
        "A source close to Tully claimed the footballer had been ‘blindsided’ by the announcement.\n\n"
        "‘He found out with everyone else,’ they said."
    )
    q = find(text, "blindsided")
    assert q.speaker == "A source close to Tully"


INTERVIEW = (
    "Ahead of the final, we spoke to the Rovers captain Niamh Dolan about pressure, injuries and her "
    "plans after football.\n\n"
    "You have lost two finals at this stadium. Does that weigh on you?\n\n"
    "Not really. I remember them, of course, but this is a different team with different players.\n\n"
    "How is the knee?\n\n"
    "Better than it was in March. I can train every day now, which I could not say a month ago.\n\n"
    "What will you do when you stop playing?\n\n"
    "Coaching, probably. My mum says I should open a café, but I cannot cook."
)


def test_an_interview_without_q_and_a_labels_gives_the_answers_to_the_interviewee() -> None:
    for fragment in ("Not really", "Better than it was", "Coaching, probably"):
        q = find(INTERVIEW, fragment)
        assert (q.kind, q.speaker) == ("direct", "Niamh Dolan")
    from attribution.parsing import extract

    spans = [INTERVIEW[q.start : q.end] for q in extract(INTERVIEW)]
    assert "How is the knee?" not in spans


def test_an_article_with_rhetorical_questions_is_not_an_interview() -> None:
    text = (
        "The council wants to close three libraries. Is that the end of the story?\n\n"
        "Not if campaigners have their way. They have collected 4,000 signatures.\n\n"
        "What happens next? The cabinet meets on Thursday to decide."
    )
    from attribution.parsing import extract

    assert not [q for q in extract(text) if q.kind == "direct"]


def test_a_speech_noun_after_a_possessive_is_not_a_cue() -> None:
    text = (
        "United rejected a second bid for the midfielder on Monday.\n\n"
        "A club source said the board had been ‘stunned’ by the player’s comments and that no new offer "
        "would be made."
    )
    q = find(text, "stunned")
    assert q.kind == "mixed" and q.speaker == "A club source"
    assert text[q.start : q.end].startswith("the board had been")


def test_the_statement_speaks_for_its_issuer() -> None:
    text = (
        "Northvale Water said in a statement on Friday that the boil notice would be lifted on Monday. "
        "“Customers should keep boiling their water until then,” the statement added."
    )
    assert find(text, "keep boiling").speaker == find(text, "boil notice would be lifted").speaker


def test_former_at_a_sentence_start_is_not_part_of_a_name() -> None:
    text = (
        "Brackley Town confirmed on Thursday that the offer had been rejected.\n\n"
        "Former Brackley captain Sam Whitlow believes the club will sell. “They always do,” he said."
    )
    assert find(text, "offer had been rejected").speaker == "Brackley Town"
    assert find(text, "They always do").speaker == "Sam Whitlow"


def test_a_quoted_paragraph_after_a_colon_belongs_to_the_subject_before_it() -> None:
    text = (
        "10:42 GMT\n\n"
        "A spokesperson for the ferry operator said all sailings from Oban were cancelled.\n\n"
        "09:58 GMT\n\n"
        "One of our readers, Morag from Tobermory, has emailed us this:\n\n"
        "“The pier is closed and the police have taped off the harbour road. Nobody is going anywhere today.”"
    )
    assert find(text, "The pier is closed").speaker == "Morag"


def test_a_headline_line_with_a_number_and_a_bare_compound_after_says() -> None:
    text = (
        "Storm Bronagh: 14,000 homes still without power, says electricity network\n\n"
        "Engineers worked through the night to restore supplies across Cornwall and Devon."
    )
    q = find(text, "14,000 homes still without power")
    assert text[q.start : q.end] == "14,000 homes still without power"
    assert q.speaker is not None and "network" in q.speaker


def test_a_headline_opened_by_its_source_and_a_colon() -> None:
    text = (
        "Officials: Water main break will close Route 9 until Friday\n\n"
        "A 24-inch water main burst under Route 9 early Tuesday, flooding two businesses."
    )
    q = find(text, "Water main break will close")
    assert (q.kind, text[q.start : q.end]) == ("indirect", "Water main break will close Route 9 until Friday")


def test_sources_in_a_headline_are_the_unnamed_sources_of_the_story() -> None:
    text = (
        "Verdant Health weighs sale of clinics unit, sources say\n\n"
        "Verdant Health Inc. is exploring a sale of its urgent-care clinics, according to people familiar "
        "with the matter."
    )
    assert find(text, "weighs sale").speaker == find(text, "exploring a sale").speaker

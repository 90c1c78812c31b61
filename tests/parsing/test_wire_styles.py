"""News styles first met in the wire_en corpus (tests/parsing/wire_en): US Congress copy, UN meeting
summaries, diplomatic wires, press-conference transcripts, post-match reports. The sentences are new;
none is taken from the corpus."""

from __future__ import annotations

from pathlib import Path

from attribution.parsing import extract
from tests.parsing.helpers import find, load_jsonl, load_scorer, predict


def test_us_party_and_state_tag_after_a_name_is_no_speaker() -> None:
    text = (
        "Senate leaders met behind closed doors on Tuesday.\n\n"
        "“We are close, but we are not there,” Kessler, D-Vt., told reporters.\n\n"
        "Rep. Aileen Ford, R-S.C., a member of the Freedom Caucus, said the package spent too much.\n\n"
        "Sen. Omar Haddad, D-Mich., said the talks would resume on Monday. He warned that a deal was "
        "not guaranteed."
    )
    assert find(text, "We are close").speaker == "Kessler"
    assert find(text, "package spent too much").speaker == "Aileen Ford"
    assert find(text, "talks would resume").speaker == "Omar Haddad"
    assert find(text, "deal was not guaranteed").speaker == "Omar Haddad"


def test_the_state_party_description_is_the_lawmaker_named_before() -> None:
    text = (
        "Gov. Ruth Sandoval vetoed the measure on Friday.\n\n"
        "Sen. Curtis Pike said the veto would be overridden. “We have the votes,” said the Nebraska "
        "Republican, who chairs the budget committee.\n\n"
        "Rep. Lydia Marsh said her caucus would not help. The Oregon Democrat added that the bill was "
        "unconstitutional."
    )
    assert find(text, "We have the votes").speaker == "Curtis Pike"
    assert find(text, "bill was unconstitutional").speaker == "Lydia Marsh"


def test_capitalised_speaker_labels_in_a_transcript_name_who_answers() -> None:
    text = (
        "Fire Chief Dolores Quinn and Police Commissioner Arthur Mbeki briefed reporters on Friday.\n\n"
        "Q: How many homes were evacuated?\n\n"
        "QUINN: About 340. Most families are staying with relatives tonight.\n\n"
        "Q: Were there any arrests?\n\n"
        "MBEKI: Two men were detained near the bridge, but they have not been charged.\n\n"
        "Q: When can people go home?\n\n"
        "CHIEF QUINN: Not before Sunday. The ground is still moving."
    )
    assert find(text, "About 340").speaker == "Dolores Quinn"
    assert find(text, "Two men were detained").speaker == "Arthur Mbeki"
    q = find(text, "Not before Sunday")
    assert q.speaker == "Dolores Quinn" and text[q.start : q.end].startswith("Not before")


def test_un_delegates_described_by_their_country_stay_apart() -> None:
    text = (
        "Briefing the Council, Ilse Vandermeer, Special Representative of the Secretary-General for "
        "Libya, said that militias had clashed in Tripoli twice this month.\n\n"
        "The representative of Norway said his delegation supported an arms embargo.\n\n"
        "The representative of Mexico said that the Council had waited too long. “Every delay costs "
        "lives,” she said.\n\n"
        "The speaker for the United Kingdom said sanctions should target those who finance the "
        "militias.\n\n"
        "Speaking for the African members, the representative of Kenya said that Libyans must lead the "
        "process. “Solutions imposed from outside have failed before,” he said."
    )
    assert find(text, "militias had clashed").speaker == "Ilse Vandermeer"
    assert find(text, "supported an arms embargo").speaker == "The representative of Norway"
    assert find(text, "waited too long").speaker == "The representative of Mexico"
    assert find(text, "Every delay costs").speaker == "The representative of Mexico"
    uk = find(text, "sanctions should target")
    assert uk.speaker == "The speaker for the United Kingdom" and uk.cue_verb == "say"
    assert find(text, "Libyans must lead").speaker == "the representative of Kenya"
    assert find(text, "Solutions imposed").speaker == "the representative of Kenya"


def test_a_delegate_is_a_speaker_and_a_coordinated_said_goes_on_with_the_subject() -> None:
    text = (
        "Brazil's delegate stressed that the mission needed a clear exit strategy, and said troop "
        "contributors had not been consulted.\n\n"
        "The minister, Piet Vos, visited the camp and said that conditions had improved."
    )
    assert find(text, "clear exit strategy").speaker == "Brazil's delegate"
    assert find(text, "troop contributors").speaker == "Brazil's delegate"
    assert find(text, "conditions had improved").speaker == "Piet Vos"


def test_wire_anonymous_sources_keep_their_quotes() -> None:
    text = (
        "Rail merger talks stall over pension deficit -sources\n\n"
        "LONDON, May 3 (Reuters) - Talks to merge two of Britain's largest rail freight operators have "
        "stalled over a 400 million pound pension deficit, three people familiar with the matter said.\n\n"
        "Transport Minister Gavin Rourke said on Monday the government would not intervene.\n\n"
        "The buyer had asked for a price cut to cover the shortfall in the scheme, said one of the "
        "people, who declined to be named because the talks are confidential. “Nobody expected the hole "
        "to be that deep.”\n\n"
        "A senior executive at one of the companies, who asked not to be identified, said a deal was "
        "still possible before the summer. “It is a question of price, not of principle,” the executive "
        "said.\n\n"
        "A second person, a government official briefed on the talks, said the minister had been kept "
        "informed. “He knows exactly where this stands,” the official said."
    )
    head = find(text, "Rail merger talks stall")
    assert head.kind == "indirect" and head.speaker is not None and "people" in head.speaker
    assert find(text, "price cut to cover").speaker == "one of the people"
    assert find(text, "Nobody expected").speaker == "one of the people"
    assert find(text, "deal was still possible").speaker == "A senior executive at one of the companies"
    assert find(text, "question of price").speaker == "A senior executive at one of the companies"
    assert find(text, "kept informed").speaker == "A second person"
    assert find(text, "He knows exactly").speaker == "A second person"


def test_a_title_before_a_preposition_is_not_the_following_name_s() -> None:
    text = (
        "A senior adviser to Prime Minister Clara Veldt said the vote would be held in June.\n\n"
        "A spokesperson in Hollis's office said the senator was recovering at home. “She expects to "
        "be back next week,” the spokesperson said."
    )
    q = find(text, "She expects to be back")
    assert q.speaker is not None and q.speaker != "Hollis"


def test_diplomatic_wire_participles_and_nationalities() -> None:
    text = (
        "ASTANA, June 2 (Wire) -- Uzbek Foreign Minister Bakhodir Yusupov held talks here on Monday with "
        "his Kyrgyz counterpart Azamat Sydykov.\n\n"
        "Pointing out that border trade had doubled in two years, Yusupov said that the two countries "
        "should open a third crossing before winter.\n\n"
        "Water sharing remains the priority, Sydykov said, adding that a joint commission would meet "
        "in August.\n\n"
        "“Our rivers do not stop at the border,” the Uzbek minister said."
    )
    q = find(text, "border trade had doubled")
    assert (q.kind, q.speaker) == ("indirect", "Bakhodir Yusupov")
    assert find(text, "third crossing").speaker == "Bakhodir Yusupov"
    first = find(text, "Water sharing remains")
    assert text[first.start : first.end] == "Water sharing remains the priority"
    assert first.speaker == "Azamat Sydykov"
    assert find(text, "joint commission").speaker == "Azamat Sydykov"
    assert find(text, "Our rivers").speaker == "Bakhodir Yusupov"


def test_post_match_nationality_epithets_and_broadcasters() -> None:
    text = (
        "Kilbride Rovers 1-1 Ayr Harbour\n\n"
        "Rovers boss Jens Kristoffersen praised his side's spirit after a late equaliser at King's "
        "Meadow.\n\n"
        "“We never stopped running, and that is all I can ask,” said the Norwegian.\n\n"
        "Ayr manager Colin Baird was unhappy with the penalty decision but admitted his team had "
        "been poor.\n\n"
        "“We were second to every ball,” the Scot told BBC Radio Scotland.\n\n"
        "Midfielder Ross Dunlop, 22, told Premier Sports the dressing room was flat. “It feels like a "
        "defeat,” he said.\n\n"
        "Kristoffersen said the draw was fair but insisted his side deserved a penalty of their own."
    )
    assert find(text, "never stopped running").speaker == "Jens Kristoffersen"
    assert find(text, "second to every ball").speaker == "Colin Baird"
    assert find(text, "dressing room was flat").speaker == "Ross Dunlop"
    assert find(text, "It feels like a defeat").speaker == "Ross Dunlop"
    fair = find(text, "draw was fair")
    assert text[fair.start : fair.end] == "the draw was fair"
    assert find(text, "deserved a penalty").speaker == "Jens Kristoffersen"


def test_earnings_story_companies_brokers_and_unnamed_investors() -> None:
    text = (
        "Shares of Brightline Motors fell 6% after the carmaker cut its delivery forecast. The company's "
        "Volta Cargo van has been recalled twice this year.\n\n"
        "The company said in a statement that deliveries would be about 210,000 vehicles this year.\n\n"
        "Margins will stay under pressure into next year, analysts at Baxter & Lowe said in a note.\n\n"
        "A longtime shareholder, who declined to be named because the talks were private, said several "
        "funds had written to the board. “We want a plan, not another presentation,” the investor said."
    )
    assert find(text, "deliveries would be about").speaker == "Brightline Motors"
    assert find(text, "Margins will stay").speaker == "analysts at Baxter & Lowe"
    assert find(text, "written to the board").speaker == "A longtime shareholder"
    assert find(text, "We want a plan").speaker == "A longtime shareholder"


def test_an_unnamed_source_given_a_first_name_is_called_by_it() -> None:
    text = (
        "A nurse at the hospital, who asked to be identified only by her first name, Grace, because she "
        "was not authorised to speak, said three wards had closed. “We are exhausted,” she said.\n\n"
        "A second worker, identified only as Tomasz, said staff had not been paid overtime since May."
    )
    assert find(text, "three wards had closed").speaker == "Grace"
    assert find(text, "We are exhausted").speaker == "Grace"
    assert find(text, "paid overtime").speaker == "Tomasz"


def test_the_group_is_the_company_the_story_is_about_not_a_broker_named_in_passing() -> None:
    text = (
        "Harwick Energy will close its Teesside refinery next year, putting 600 jobs at risk.\n\n"
        "Priya Shah, an analyst at Dunmore Securities, said the closure had been expected for years.\n\n"
        "The group said it would offer redeployment to most of the affected staff."
    )
    assert find(text, "offer redeployment").speaker == "Harwick Energy"


def test_an_op_ed_writer_is_no_speaker_and_as_x_put_it_introduces_a_quote() -> None:
    text = (
        "The council's planning chief, Imogen Hart, told a hearing that the tower was \"regrettable but "
        'necessary".\n\n'
        'As the architect Sol Brenner once put it, "A city that only builds upwards forgets its '
        'streets." I have thought about that warning all week.\n\n'
        "I said at the time that the scheme was too big, and I think the council will come to regret it."
    )
    q = find(text, "A city that only builds")
    assert (q.kind, q.speaker) == ("direct", "Sol Brenner")
    found = [x for x in extract(text) if "warning all week" in text[x.start : x.end]]
    assert not found
    assert not [x for x in extract(text) if "scheme was too big" in text[x.start : x.end]]


def test_coordinated_and_participle_reports_of_one_speaker() -> None:
    text = (
        "Dr. Amara Obi said the clinic had seen 40 cases.\n\n"
        "She urged families to stay at home and said the worst was probably over.\n\n"
        "Councillor Lee Marsh argued that the clinic should stay open at weekends, saying staff "
        "had volunteered to cover the shifts.\n\n"
        "Obi declined to say whether the clinic would close."
    )
    assert find(text, "worst was probably over").speaker == "Amara Obi"
    weekend = find(text, "stay open at weekends")
    assert text[weekend.start : weekend.end] == "the clinic should stay open at weekends"
    assert find(text, "staff had volunteered").speaker == "Lee Marsh"
    assert not [x for x in extract(text) if "clinic would close" in text[x.start : x.end]]


def test_lobby_and_ministry_reports() -> None:
    text = (
        "Ministers reject calls for a windfall tax\n\n"
        'A windfall tax was "not on the table", the prime minister\'s official spokesman told reporters '
        "at the morning briefing.\n\n"
        "The Treasury said the talks collapsed.\n\n"
        "The Home Office said rising asylum costs accounted for most of the overspend.\n\n"
        "The regulator said it was reviewing the complaint and declined to comment further."
    )
    q = find(text, "not on the table")
    assert (q.kind, q.speaker) == ("mixed", "the prime minister's official spokesman")
    assert find(text, "talks collapsed").speaker == "The Treasury"
    assert find(text, "asylum costs accounted").speaker in ("Home Office", "The Home Office")
    r = find(text, "reviewing the complaint")
    assert text[r.start : r.end] == "it was reviewing the complaint"


def test_counterparts_and_opening_phrases_in_diplomatic_copy() -> None:
    text = (
        "Greek Foreign Minister Nikos Stavrou met his Cypriot counterpart Elena Charalambous in Athens "
        "on Friday.\n\n"
        "For her part, Charalambous welcomed the talks and said that the island's reunification "
        "remained the goal.\n\n"
        "The Cypriot minister went on to say that new talks could begin in the autumn."
    )
    assert find(text, "reunification remained").speaker == "Elena Charalambous"
    assert find(text, "new talks could begin").speaker == "Elena Charalambous"


def test_box_score_verbs_are_no_reports() -> None:
    text = (
        "Erik Sandoval added 18 points and 11 rebounds for Denver, which has won three straight.\n\n"
        "Coach Mia Larkin said the defence had been the difference."
    )
    assert not [x for x in extract(text) if "18 points" in text[x.start : x.end]]
    assert find(text, "defence had been the difference").speaker == "Mia Larkin"


def test_feature_portraits_and_parentheticals() -> None:
    text = (
        "Rosa Delgado-Finch ran the village post office for 41 years.\n\n"
        "Now 86 and living with her son in Truro, Delgado-Finch says the shop was \"the village's front "
        'room" for most of her life.\n\n'
        "It was a job, she says, that nobody else in the family wanted."
    )
    q = find(text, "front room")
    assert (q.kind, q.speaker) == ("mixed", "Rosa Delgado-Finch")
    p = find(text, "nobody else in the family")
    assert text[p.start : p.end] == "It was a job, she says, that nobody else in the family wanted"
    assert p.speaker == "Rosa Delgado-Finch"


def test_an_elliptical_quantifier_after_a_group_is_a_speaker() -> None:
    text = "Economists had expected a rate cut, and several said the decision would hurt exporters."
    q = find(text, "hurt exporters")
    assert q.kind == "indirect" and q.speaker is not None


def test_long_fronted_report_then_name_and_appositive_then_told() -> None:
    text = (
        "Floods hit the north.\n\n"
        "The water rose by two metres in an hour and swept away cars parked along the river before "
        "reaching the market, Halima Bako, the deputy governor of the region, told AFP by telephone.\n\n"
        "Tomas Reyna, a hydrologist at the university who was not involved in the relief effort, "
        "praised the rescuers and said the dams had held."
    )
    q = find(text, "water rose by two metres")
    assert q.speaker == "Halima Bako"
    assert find(text, "dams had held").speaker == "Tomas Reyna"


def test_an_object_name_before_a_comma_and_cue_is_no_subject() -> None:
    text = (
        "Teacher sues Larchmont Academy, says she was dismissed for union work\n\n"
        "The academy was ordered to pay damages last year, Judge Ana Petrov said."
    )
    assert not [q for q in extract(text) if q.speaker == "Larchmont Academy"]
    assert find(text, "ordered to pay damages").speaker == "Ana Petrov"


def test_an_age_description_is_the_named_person_not_the_unnamed_speaker_before() -> None:
    text = (
        "Carl Brenner, 67, was pulled from the water by two fishermen on Sunday.\n\n"
        "A coastguard officer said the tide had turned unusually fast.\n\n"
        "“I thought that was it for me,” the 67-year-old said."
    )
    assert find(text, "I thought that was it").speaker == "Carl Brenner"


def test_a_headline_attribution_with_a_modifier_before_the_description() -> None:
    text = (
        "Ferry strike set to end on Friday, senior union official says\n\n"
        "The strike will end on Friday, union official Dara Quinn said on Tuesday.\n\n"
        "Budget cuts will hit rural schools hardest, former minister says\n\n"
    )
    q = find(text, "Ferry strike set to end")
    assert q.kind == "indirect" and q.speaker is not None
    assert find(text, "rural schools hardest").kind == "indirect"


def test_no_10_is_a_speaker() -> None:
    text = "The cabinet will meet on Thursday to discuss the strikes, No 10 said."
    q = find(text, "cabinet will meet")
    assert q.kind == "indirect" and q.speaker == "No 10"


def test_a_modified_group_description_is_not_any_name_before_it() -> None:
    text = (
        "The comet Halvard-3 passed close to Mars on Sunday.\n\n"
        "The lander is healthy and has power for another year, according to the mission team.\n\n"
        "Shares in Orbis Corp fell 4% after the company said launch costs had doubled."
    )
    q = find(text, "has power for another year")
    assert q.speaker == "the mission team"
    assert find(text, "launch costs had doubled").speaker == "Orbis Corp"


def test_casualty_counts_and_post_modified_diplomats() -> None:
    text = (
        "Shelling continued overnight.\n\n"
        "At least 12 people were killed in the strikes on the port, the regional governor said.\n\n"
        "A diplomat close to the negotiations told reporters that a draft text was ready."
    )
    q = find(text, "At least 12 people")
    assert text[q.start : q.end].startswith("At least 12") and q.speaker == "the regional governor"
    assert find(text, "draft text was ready").speaker == "A diplomat close to the negotiations"


# --------------------------------------------------------------------------------------- corpus floor

WIRE = Path(__file__).resolve().parent / "wire_en" / "wire_en.gold.jsonl"


def test_wire_en_corpus_floor() -> None:
    gold = load_jsonl(WIRE)
    res = load_scorer().score(gold, predict(gold))
    assert res["quote_f1"] >= 0.985, res
    assert res["speaker_acc"] >= 0.99, res
    assert res["e2e_f1"] >= 0.98, res

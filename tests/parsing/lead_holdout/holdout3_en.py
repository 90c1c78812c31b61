# ruff: noqa: E501  (article prose: one paragraph a line)
# English articles of the lead's third holdout batch (twelfth session). Original, invented prose; every
# person and company is fictional (real cities and institutions only as setting). Written and annotated
# before the parser was run on them, and kept from every helper: measured at the session's start and end.
from build_holdout3 import article

article(
    "hold3_en_01_uk_waiting_lists", "holdout3/uk-health", "en",
    {"hale": ["Imogen Hale"],
     "pritchard": ["Rhys Pritchard"],
     "nhse": ["NHS England"],
     "okafor": ["Amara Okafor"],
     "brereton": ["Tom Brereton"],
     "source": ["senior government source", "government source", "source"]},
    """
Ministers accused of fiddling hospital waiting figures as year-long waits fall

LONDON — {{q:indirect:hale:m1:c1|The number of patients in England waiting more than a year for planned hospital treatment will fall below 100,000 by the spring}}, {{m:m1|the health secretary, Imogen Hale}}, has {{c:c1|insisted}}.

Giving evidence to MPs on Wednesday, {{m:m2|Hale}} {{c:c2|said}} {{q:mixed:hale:m2:c2|the latest monthly figures, which showed the list shrinking for a fourth month in a row, were "proof that the plan is working"}}.

"{{q:direct:hale:m3:c3|We said we would get the longest waits down, and we are getting them down. I am not going to apologise for that,}}" {{m:m3|she}} {{c:c3|told}} the health and social care committee.

{{m:m4|Rhys Pritchard}}, the shadow health secretary, {{c:c4|questioned whether}} {{q:indirect?:pritchard:m4:c4|the improvement would survive the winter}} and {{c:c4b|accused}} {{q:mixed:pritchard:m4:c4b|ministers of "fiddling the figures" by taking thousands of patients off the list without treating them}}.

"{{q:direct:pritchard:m5:c5|If you write to people and ask whether they still want their operation, of course the list gets shorter. That is not the same as treating them,}}" {{m:m5|he}} {{c:c5|said}}.

{{c:c6|According to}} {{m:m6|NHS England}}, {{q:indirect:nhse:m6:c6|about 38,000 patients were removed from waiting lists between April and September after a review of whether they still needed treatment}}. {{m:m7|The organisation}} {{c:c7|said}} {{q:indirect:nhse:m7:c7|every patient had been contacted at least twice}} and that {{q:indirect:nhse:m7:c7|anyone removed could return to the list without a new referral}}.

Clinicians were more cautious. {{m:m8|Dr Amara Okafor}}, a consultant orthopaedic surgeon in Leeds, {{c:c8|said}} {{q:indirect:okafor:m8:c8|operations at her hospital were still being cancelled at short notice because there were not enough beds on the wards}}. {{q:indirect:okafor:m9:c9|Some of her patients, {{m:m9|she}} {{c:c9|said}}, had now waited almost two years for a new hip}}.

"{{q:direct:okafor:m10:c10|They ring my secretary every week, and she has nothing to tell them,}}" {{c:c10|said}} {{m:m10|Okafor}}, who chairs the hospital's surgical division.

Figures published by the Carefield Institute, a health think tank, show that waits for cancer treatment have barely moved in a year. {{m:m11|Its chief economist, Tom Brereton}}, {{c:c11|warned}} that {{q:mixed:brereton:m11:c11|the government risked "hitting the target and missing the point"}} if it concentrated on the longest waits alone.

{{m:m12|A senior government source}}, who asked not to be named because the plans had not been announced, {{c:c12|said}} {{q:indirect:source:m12:c12|an extra £1.2bn for community diagnostic centres would be confirmed in next month's budget}}. The Treasury declined to comment.

Asked whether she would publish the number of patients removed from the lists each month, {{m:m13|Hale}} {{c:c13|said}} {{q:mixed:hale:m13:c13|she would "look at it"}}. {{q:indirect:hale:m14:c14|The figures are checked by the statistics watchdog and nobody has suggested that they are wrong}}, {{m:m14|she}} {{c:c14|added}}.
""",
)

article(
    "hold3_en_02_airline_profit_warning", "holdout3/au-business", "en",
    {"raman": ["Priya Raman"],
     "aldren": ["Aldren Aero"],
     "lum": ["Gareth Lum"],
     "ellery": ["Morgan Ellery"],
     "corrigan": ["Dale Corrigan"],
     "airline": ["Harbourline Airways", "Harbourline"]},
    """
Harbourline shares slide after airline cuts profit forecast

SYDNEY — Shares in Harbourline Airways fell 9 per cent on Thursday after {{m:m0|the carrier}} cut its full-year profit forecast, {{c:c0|blaming}} {{q:indirect?:airline:m0:c0|higher fuel prices and delays to engine repairs that have grounded part of its fleet}}.

{{m:m1|Chief executive Priya Raman}} {{c:c1|told}} analysts on a conference call that {{q:indirect:raman:m1:c1|underlying pre-tax profit would now be between A$410 million and A$440 million, down from the A$520 million the company had forecast in August}}.

"{{q:direct:raman:m2:c2|We are not happy with this result, and I am not going to hide behind the engine problem,}}" {{m:m2|Raman}} {{c:c2|said}}. "{{q:direct:raman:m2:c2|Some of this is on us.}}"

{{q:indirect:raman:m3:c3|Eleven of the airline's 74 narrow-body jets were on the ground awaiting engine inspections, and that number was unlikely to fall before March}}, {{m:m3|she}} {{c:c3|said}}.

{{m:m4|Aldren Aero}}, which makes the engines, {{c:c4|said}} in a statement that {{q:indirect:aldren:m4:c4|it was adding inspection capacity in Singapore and expected turnaround times to improve from the second quarter}}.

{{m:m5|Finance chief Gareth Lum}} {{c:c5|said}} {{q:indirect:lum:m5:c5|the airline would still pay an interim dividend}}, but declined to say how large it would be. {{q:indirect:lum:m6:c6|Fuel, which makes up about a third of the airline's costs, had cost A$60 million more than budgeted in the first four months of the financial year}}, {{m:m6|Lum}} {{c:c6|said}}.

{{m:m7|Morgan Ellery, an analyst at Brightwater Securities}}, {{c:c7|said}} {{q:mixed:ellery:m7:c7|the downgrade was "worse than feared" but the balance sheet remained strong}}.

"{{q:direct:ellery:m8:c8|The question is whether this is a one-off or the new normal for a fleet that depends on a single engine type,}}" {{m:m8|he}} {{c:c8|wrote}} in a note to clients.

The Transport Workers Union seized on the result. {{q:indirect:corrigan:m9:c9|Management had spent two years cutting ground staff and was now paying for it in delays and lost bags}}, {{m:m9|the union's national secretary, Dale Corrigan}}, {{c:c9|said}}.

{{m:m10|Raman}} {{c:c10|rejected}} suggestions that {{q:indirect?:raman:m10:c10|staff cuts had hurt reliability}}. {{q:indirect:raman:m11:c11|On-time performance had improved in each of the past three months}}, {{m:m11|she}} {{c:c11|noted}}, {{c:c11b|adding}} that {{q:indirect:raman:m11:c11b|the airline would hire 300 more baggage handlers before Christmas}}.

Data from the Bureau of Infrastructure and Transport Research Economics shows Harbourline ran 71 per cent of its flights on time in October, behind both of its main rivals.

The airline will hold its annual meeting in Sydney on November 28.
""",
)

article(
    "hold3_en_03_hockey_injury", "holdout3/us-sports", "en",
    {"whitfield": ["Dana Whitfield"],
     "okonjo": ["Malik Okonjo"],
     "brandt": ["Erik Brandt"],
     "team": ["Thunderbirds", "Seattle Thunderbirds"]},
    """
Thunderbirds lose Okonjo for six weeks with broken wrist

SEATTLE — {{q:indirect:whitfield:m1:c1|The Seattle Thunderbirds will be without leading scorer Malik Okonjo for about six weeks after he broke his left wrist in Saturday's win over Portland}}, {{m:m1|coach Dana Whitfield}} {{c:c1|said}} Monday.

"{{q:direct:whitfield:m2:c2|It's a gut punch, there's no other way to say it,}}" {{m:m2|Whitfield}} {{c:c2|said}} after practice. "{{q:direct:whitfield:m2:c2|But nobody in this league is going to feel sorry for us, and we're not going to feel sorry for ourselves.}}"

Okonjo, who has 14 goals in 22 games, was hurt when he blocked a shot late in the third period. {{m:m3|He}} finished the game and {{c:c3|told}} reporters afterward that {{q:mixed:okonjo:m3:c3|his hand was "a little sore"}}; an X-ray on Sunday showed the fracture.

The 19-year-old had surgery Monday morning. In a post on Instagram, {{m:m4|he}} thanked the team's medical staff and {{c:c4b|promised}} {{q:mixed:okonjo:m4:c4b|to be "back before the playoffs, whatever it takes"}}.

Asked who would replace Okonjo on the top line, {{m:m5|Whitfield}} {{c:c5|said}} {{q:indirect:whitfield:m5:c5|he would try several players over the next few games}}. {{q:indirect:whitfield:m6:c6|Erik Brandt, who has played mostly on the third line, has earned a look}}, {{m:m6|the coach}} {{c:c6|said}}.

"{{q:direct:brandt:m7:c7|I'm not Malik. Nobody is. I just have to play my game and go to the net,}}" {{c:c7|said}} {{m:m7|Brandt}}, who scored twice against Portland.

{{m:m8|Whitfield}} also {{c:c8|defended}} {{q:indirect?:whitfield:m8:c8|the decision to keep Okonjo on the ice after the block}}. {{q:indirect:whitfield:m9:c9|The trainers checked the hand on the bench and Okonjo told them he was fine}}, {{m:m9|he}} {{c:c9|said}}. "{{q:direct:whitfield:m10:c10|If a player tells me he's fine and the trainer agrees, he plays. That's hockey,}}" {{m:m10|Whitfield}} {{c:c10|said}}.

{{m:m11|The Thunderbirds}} {{c:c11|said}} in a release that {{q:indirect:team:m11:c11|they had recalled forward Jonas Lindqvist from their affiliate in Everett}}. Seattle plays at Spokane on Wednesday and hosts Kamloops on Friday.

The team has won six of its past seven games and sits second in the U.S. Division, two points behind Portland. "We'll find out what we're made of," read a banner a fan held up at Monday's open practice.
""",
)

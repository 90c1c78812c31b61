# ruff: noqa: E501  (article prose: one paragraph a line)
# English articles of the lead's second holdout batch (eleventh session). Original, invented prose; every
# person is fictional (real cities, provinces and institutions only as setting). Written and annotated
# before the parser was run on them, and kept from every helper: measured at the session's start and end.
from build_holdout2 import article

article(
    "hold2_en_01_cp_flood", "holdout2/ca-cp-flood", "en",
    {"harnois": ["Denise Harnois", "Premier Denise Harnois"],
     "quill": ["Raymond Quill", "Chief Raymond Quill"],
     "baptiste": ["Marc Baptiste", "Marc Baptiste"],
     "forecast": ["Manitoba's flood forecast centre", "the flood forecast centre", "the forecast centre"],
     "rcmp": ["Manitoba RCMP", "RCMP"],
     "kowal": ["Janice Kowal"],
     "residents": ["residents"]},
    """
Manitoba orders evacuation of First Nation as Red River crest nears

WINNIPEG — {{q:indirect:harnois:m1:c1|Manitoba will fly about 1,200 people out of Peguis First Nation over the next two days as the Red River and its tributaries rise toward levels not seen since 2011}}, {{m:m1|Premier Denise Harnois}} {{c:c1|said}} Tuesday.

{{q:indirect:harnois:m2:c2|The province has already moved pumps, sandbags and 40 soldiers into the area and will keep the airport at Gimli open around the clock}}, {{m:m2|Harnois}} {{c:c2|told}} reporters at the legislature.

"{{q:direct:harnois:m3:c3|Nobody should have to watch the water come up to their front step and wonder whether help is coming. Help is coming,}}" {{m:m3|she}} {{c:c3|said}}.

{{m:m4|Chief Raymond Quill}} {{c:c4|said}} {{q:indirect:quill:m4:c4|elders and families with young children would leave first}}, and {{c:c4b|urged}} {{q:indirect:quill:m4:c4b|anyone with a truck and a trailer to register with the band office so that livestock could be moved}}.

{{m:m5|He}} {{c:c5|added}} that {{q:indirect:quill:m5:c5|many homes in the community still had not been repaired from the last flood}}. "{{q:direct:quill:m6:c6|We were promised new dikes in 2012. We are still waiting,}}" {{m:m6|Quill}} {{c:c6|said}}.

{{c:c7|According to}} {{m:m7|the flood forecast centre}}, {{q:indirect:forecast:m7:c7|the river at Emerson is expected to crest on Friday, about half a metre below the 2011 record}}. {{m:m8|The centre}} {{c:c8|warned}} {{q:indirect:forecast:m8:c8|that heavy rain forecast for the weekend could push levels higher}}.

Sandbagging volunteers in St. Adolphe worked through the night. {{m:m9|Marc Baptiste}}, who has lived beside the river for 30 years, {{c:c9|said}} {{q:indirect:baptiste:m9:c9|this spring felt different}}. "{{q:direct:baptiste:m10:c10|In 1997 you could see it coming for weeks. This time it came in four days,}}" {{m:m10|he}} {{c:c10|said}}.

{{m:m11|Manitoba RCMP}} {{c:c11|said}} {{q:indirect:rcmp:m11:c11|officers had closed Highway 75 south of Morris}} and {{c:c11b|asked}} {{q:indirect:rcmp:m11:c11b|drivers to avoid the area}}. {{q:indirect:rcmp:m12:c12|Two vehicles were pulled from the water on Monday night and no one was hurt}}, {{m:m12|police}} {{c:c12|said}}.

Opposition critic {{m:m13|Janice Kowal}} {{c:c13|accused}} {{q:indirect:kowal:m13:c13|the government of waiting too long to call in the military}}. {{q:indirect:kowal:m14:c14|The province knew in March that the snowpack was far above normal, {{m:m14|she}} {{c:c14|argued}}, and should have started moving people last week}}.

{{m:m15|Harnois}} rejected that criticism, {{c:c15b|saying}} {{q:indirect:harnois:m15:c15b|the province had followed the forecasters' advice at every step}}.

Peguis has been evacuated four times since 2009. {{m:m16|Residents}} {{c:c16|say}} {{q:indirect:residents:m16:c16|the repeated moves have taken a toll on children, who lose weeks of school each time}}.
""",
)

article(
    "hold2_en_02_ap_hearing", "holdout2/us-ap-hearing", "en",
    {"haldane": ["Victor Haldane", "Victor Haldane"],
     "marsh": ["Carla Marsh", "Sen. Carla Marsh"],
     "teague": ["Owen Teague", "Sen. Owen Teague"],
     "northway": ["Northway Airlines"],
     "union": ["Air Line Pilots Association"],
     "reyes": ["Luis Reyes", "Luis Reyes"],
     "faa": ["Federal Aviation Administration", "FAA"]},
    """
FAA chief admits inspectors missed warning signs before Denver engine failure

WASHINGTON (AP) — {{m:m1|The head of the Federal Aviation Administration}} {{c:c1|acknowledged}} on Wednesday that {{q:indirect:haldane:m1:c1|inspectors had missed repeated warnings about cracked engine blades at a regional airline whose plane lost an engine over Denver in March}}.

"{{q:direct:haldane:m2:c2|We did not do our job as well as the public has a right to expect,}}" {{m:m2|Administrator Victor Haldane}} {{c:c2|told}} the Senate Commerce Committee. "{{q:direct:haldane:m2:c2|I own that.}}"

{{m:m3|Haldane}} {{c:c3|said}} {{q:indirect:haldane:m3:c3|the agency had since doubled the number of inspectors assigned to Northway Airlines and ordered ultrasound checks of every engine of the same type}}.

{{m:m4|Sen. Carla Marsh}}, a Washington Democrat who chairs the committee, {{c:c4|said}} {{q:indirect:marsh:m4:c4|the apology was overdue}}. {{q:indirect:marsh:m5:c5|The agency's own records show that mechanics reported cracks three times in the year before the failure, {{m:m5|she}} {{c:c5|noted}}, and each report was closed without a follow-up inspection}}.

"{{q:direct:marsh:m6:c6|Three times. Three chances to ground that airplane,}}" {{m:m6|Marsh}} {{c:c6|said}}.

{{m:m7|Sen. Owen Teague}}, the committee's top Republican, {{c:c7|questioned}} {{q:indirect:teague:m7:c7|whether the FAA had enough money to hire the inspectors it needs}} and {{c:c7b|pressed}} {{q:mixed:teague:m7:c7b|Haldane to say how many positions were "sitting empty right now" at the agency}}.

{{m:m8|Haldane}} {{c:c8|put}} {{q:indirect?:haldane:m8:c8|the number at about 600}}.

No one was hurt when the Northway jet's left engine came apart at 14,000 feet, but debris punctured the fuselage and the plane made an emergency landing at Denver International Airport.

{{m:m9|Northway}} {{c:c9|said}} in a statement that {{q:indirect:northway:m9:c9|it had complied with every inspection the FAA required and had grounded its remaining jets of the type voluntarily}}.

{{m:m10|The Air Line Pilots Association}}, which represents Northway's pilots, {{c:c10|said}} {{q:indirect:union:m10:c10|the hearing showed that safety reports from the hangar floor were too easily ignored}}. "{{q:direct:reyes:m11:c11|Mechanics flagged this. Pilots flagged this. The system heard nothing,}}" {{c:c11|said}} {{m:m11|Luis Reyes}}, a Northway captain and union safety chair.

The committee expects to vote next month on a bill that would require the FAA to answer every mechanic's safety report within 30 days.
""",
)

article(
    "hold2_en_03_local_council", "holdout2/ca-local-council", "en",
    {"tremblay": ["Sheila Tremblay", "Coun. Sheila Tremblay"],
     "ng": ["Arthur Ng", "Mayor Arthur Ng"],
     "staff": ["city staff", "staff"],
     "macisaac": ["Donna MacIsaac"],
     "landlords": ["Investment Property Owners Association"],
     "duguay": ["Paul Duguay"]},
    """
Halifax council backs limits on short-term rentals after heated debate

HALIFAX — Regional council voted 11-5 on Tuesday to ban short-term rentals of homes that are not the owner's primary residence, a move meant to return hundreds of units to the long-term market.

{{m:m1|Coun. Sheila Tremblay}}, who brought the motion, {{c:c1|said}} {{q:indirect:tremblay:m1:c1|the city could not ask families to wait years for new apartments while existing ones sat empty most of the week}}.

"{{q:direct:tremblay:m2:c2|These are homes. They were built as homes, and I want them to be homes again,}}" {{m:m2|she}} {{c:c2|said}}.

{{m:m3|A staff report presented to council}} {{c:c3|estimated}} that {{q:indirect?:staff:m3:c3|about 900 units in the municipality are rented only to visitors}}. {{q:indirect:staff:m4:c4|Enforcement would cost about $400,000 a year, mostly for two new inspectors}}, {{m:m4|staff}} {{c:c4|said}}.

Mayor Arthur Ng voted against the motion. {{m:m6|He}} {{c:c6|said}} {{q:indirect:ng:m6:c6|he supported the goal but worried the rules would hurt people who rent out a basement suite to pay their mortgage}}, {{c:c6b|adding}} that {{q:indirect:ng:m6:c6b|council should have waited for a province-wide registry}}.

{{q:indirect:ng:m7:c7|The rules, {{m:m7|Ng}} {{c:c7|warned}}, could push some owners to sell}}.

{{m:m8|The Investment Property Owners Association}} {{c:c8|called}} {{q:mixed:landlords:m8:c8|the decision "a blunt instrument"}} and {{c:c8b|said}} {{q:indirect:landlords:m8:c8b|its members would consider a court challenge}}.

{{m:m9|Donna MacIsaac}}, who rents out two units in a north-end building, {{c:c9|told}} council during the public hearing that {{q:indirect:macisaac:m9:c9|tourist rentals were the only way she could afford the repairs the building needs}}. "{{q:direct:macisaac:m10:c10|If I can't rent to visitors in the summer, the roof doesn't get fixed,}}" {{m:m10|she}} {{c:c10|said}}.

Tenant organizer Paul Duguay disagreed. {{q:indirect:duguay:m12:c12|Every unit that goes back on the market means one less family sleeping in a car}}, {{m:m12|he}} {{c:c12|said}}.

The bylaw takes effect Sept. 1. Owners who break it face fines of up to $10,000 a day.
""",
)

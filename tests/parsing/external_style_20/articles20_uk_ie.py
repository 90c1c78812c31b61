# ruff: noqa: E501  (article prose: one paragraph a line)
# British and Irish articles of the twentieth external-style batch. Original, invented prose; every person is fictional
# (real cities, courts, parliaments, parties and institutions only as setting). Written and annotated before the parser was run on them.
from build_external20 import article

article(
    "ext20_uk_01_regional_crown_court_care_fraud", "external/uk-regional-court", "en",
    {"judge": ["Judge", "Judge Rosalind Okafor", "Rosalind Okafor", "The judge"],
     "court": ["Leeds Crown Court"],
     "prosecutor": ["Fiona Marsh", "Ms Marsh"],
     "daughter": ["Janet Whitworth", "the woman's daughter"],
     "defence": ["Simon Adeyemi", "Mr Adeyemi"],
     "detective": ["Detective Sergeant Liam Crowther", "Liam Crowther"],
     "cqc": ["The Care Quality Commission"],
     "operator": ["A spokesperson for the new operator, Brambling Care Group", "Brambling Care Group"],
     "police": ["North Yorkshire Police"],
     "pollard": ["Gareth Pollard"],
     "son": ["the son of another victim", "the man"]},
    """
Care home boss who stole £380,000 from residents jailed for six years

{{m:m0|Judge}} {{c:c0|says}} {{q:mixed:judge:m0:c0|Gareth Pollard treated pensioners' savings 'like a personal bank account'}}

By Hannah Lister, Crime Reporter

Published 14:32, 3 MAR

A care home manager who stole more than £380,000 from elderly residents over seven years has been jailed for six years.

{{q:indirect?:court:m1:c1|Gareth Pollard, 52, of Knaresborough, used the bank cards and online banking details of 14 residents at Ashdale House in Harrogate to pay for holidays, a caravan and his gambling debts}}, {{m:m1|Leeds Crown Court}} {{c:c1|heard}}.

{{m:m1b|He}} {{c:c1b|admitted}} {{q:indirect?:pollard:m1b:c1b|18 counts of fraud by abuse of position}} at an earlier hearing.

Passing sentence on Friday, {{m:m2|Judge Rosalind Okafor}} {{c:c2|told}} him: '{{q:direct:judge:m2:c2|You were trusted with the care of people who could no longer look after their own affairs. You betrayed every one of them.}}'

{{m:m3|She}} {{c:c3|said}} {{q:mixed:judge:m3:c3|the thefts had been 'calculated, persistent and cruel'}}, and {{c:c3b|that}} {{q:indirect:judge:m3:c3b|Pollard had only stopped when an auditor noticed irregularities in the home's accounts}}.

Prosecuting, {{m:m4|Fiona Marsh}} {{c:c4|told}} the court that {{q:mixed:prosecutor:m4:c4|Pollard had taken control of residents' finances after persuading families it would 'save them the paperwork'}}.

{{q:indirect:prosecutor:m5:c5|One resident, a retired headteacher with dementia, had more than £90,000 taken from her account in the final two years of her life}}, {{m:m5|Ms Marsh}} {{c:c5|said}}.

'{{q:direct:prosecutor:m6:c6|He would sit with her in the lounge and hold her hand,}}' {{m:m6|she}} {{c:c6|said}}. '{{q:direct:prosecutor:m6:c6|All the while he was emptying her savings.}}'

In a victim personal statement read to the court, {{m:m7|the woman's daughter, Janet Whitworth}}, {{c:c7|said}} {{q:mixed:daughter:m7:c7|her family had been 'robbed twice – once of the money and once of the chance to say goodbye properly'}}.

'{{q:direct:daughter:m8:c8|I spent the last months of Mum's life trusting the man who was stealing from her,}}' {{m:m8|she}} {{c:c8|said}}. '{{q:direct:daughter:m8:c8|I can't forgive that and I won't try.}}'

Defending, {{m:m9|Simon Adeyemi}} {{c:c9|said}} {{q:mixed:defence:m9:c9|his client had developed a serious gambling addiction after the collapse of his marriage in 2016 and was 'deeply ashamed'}}.

{{q:indirect:defence:m10:c10|He had repaid £41,000 by selling his house and had not gambled since his arrest}}, {{m:m10|Mr Adeyemi}} {{c:c10|added}}.

{{m:m11|The judge}} {{c:c11|said}} {{q:indirect:judge:m11:c11|she accepted that Pollard was remorseful}} but {{c:c11b|that}} {{q:mixed:judge:m11:c11b|the harm he had caused 'cannot be measured in pounds'}}.

{{m:m16|North Yorkshire Police}} {{c:c16|said}} {{q:indirect:police:m16:c16|its investigation had begun in 2023 after the home's new owners reported discrepancies in residents' accounts}}.

Outside court, {{m:m17|the son of another victim}} {{c:c17|said}} {{q:mixed:son:m17:c17|the sentence was 'nowhere near long enough'}}.

'{{q:direct:son:m18:c18|Six years, and he'll be out in three. My dad lost everything he'd worked for,}}' {{c:c18|said}} {{m:m18|the man}}, who asked not to be named.

Pollard, who wore a grey suit and showed no emotion as he was led down, will serve half of his sentence in custody before being released on licence. A confiscation hearing will be held in September.

Companies House records show he was also a director of two other firms, both since dissolved.

After the case, {{m:m12|Detective Sergeant Liam Crowther}}, of North Yorkshire Police's economic crime unit, {{c:c12|said}}: '{{q:direct:detective:m12:c12|Pollard hid behind a position of trust for years. I hope today's sentence gives some comfort to the families who have been through so much.}}'

{{m:m13|He}} {{c:c13|urged}} {{q:indirect:detective:m13:c13|anyone with concerns about how a relative's money was being handled to contact the force or Action Fraud}}.

Ashdale House is now run by a different provider. {{m:m14|The Care Quality Commission}}, which rated the home 'requires improvement' in 2022, {{c:c14|said}} {{q:indirect:cqc:m14:c14|it had carried out an unannounced inspection in January and found no ongoing concerns}}.

{{m:m15|A spokesperson for the new operator, Brambling Care Group}}, {{c:c15|said}}: '{{q:direct:operator:m15:c15|The safety and wellbeing of our residents is our first priority. We have introduced new controls so that no single member of staff can access a resident's finances.}}'

Families of two other residents are understood to be considering civil claims against the home's former owners.

READ MORE: Harrogate care worker struck off after missing medication doses

Gareth Pollard was jailed at Leeds Crown Court (Image: North Yorkshire Police)
""",
)

article(
    "ext20_uk_02_bbc_scotland_fmqs_ferries", "external/uk-bbc-holyrood", "en",
    {"fm": ["FM", "Scotland's first minister", "First Minister Morag Kinnear", "Morag Kinnear", "Ms Kinnear", "The first minister"],
     "cmal": ["Caledonian Maritime Assets Ltd (CMAL)", "CMAL"],
     "tory": ["Scottish Conservative leader Douglas Fairlie", "Douglas Fairlie"],
     "labour": ["Eilidh Munro"],
     "islanders": ["hoteliers and fish farmers on the islands"],
     "guesthouse": ["Anne MacLeod"],
     "partnership": ["The Outer Hebrides Community Planning Partnership"],
     "govt": ["A Scottish government spokesperson"],
     "board": ["the CalMac Community Board", "The body representing ferry users"],
     "chair": ["Roddy Nicolson"],
     "cmal_ceo": ["The man in charge of procuring Scotland's ferries", "Kenneth Rae"],
     "calmac": ["CalMac"]},
    """
{{m:m0|FM}} '{{q:direct?:fm:m0:-|sorry}}' for ferry delays as islanders face summer without new vessel

By Calum Reid, BBC Scotland political correspondent

Scotland's first minister has apologised to island communities after it emerged that a new ferry for the Western Isles will not enter service until next spring.

{{m:m2|First Minister Morag Kinnear}} {{c:c2|told}} MSPs {{q:mixed:fm:m2:c2|the delay was "unacceptable"}} and {{c:c2b|that}} {{q:mixed:fm:m2:c2b|she understood the "anger and exhaustion" felt by people in Uist and Harris}}.

But {{m:m3|she}} {{c:c3|said}} {{q:mixed:fm:m3:c3|the government would not "throw good money after bad" by changing contractors at this stage}}.

The vessel, being built at a yard in Turkey, was due to arrive in Stornoway in May. {{m:m4|Caledonian Maritime Assets Ltd (CMAL)}}, the government-owned company that procures ferries, {{c:c4|said}} last week that {{q:indirect:cmal:m4:c4|sea trials had been pushed back after faults were found in the vessel's propulsion system}}.

At First Minister's Questions, {{m:m5|Scottish Conservative leader Douglas Fairlie}} {{c:c5|asked}} {{q:mixed?:tory:m5:c5|how many more summers islanders would have to "plan their lives around a ferry that isn't there"}}.

"{{q:direct:tory:m6:c6|This is not a delay, it is a pattern,}}" {{m:m6|he}} {{c:c6|said}}. "{{q:direct:tory:m6:c6|Every promise this government makes about ferries comes with small print that nobody reads until the boat fails to turn up.}}"

{{m:m6b|Mr Fairlie}} later {{c:c6b|told}} reporters that {{q:mixed:tory:m6b:c6b|the first minister had "no credibility left" on the issue}}.

{{m:m7|Ms Kinnear}} {{c:c7|replied}} that {{q:indirect:fm:m7:c7|the government had spent £1.2bn on ferries and harbours since 2021}} and {{c:c7b|that}} {{q:indirect:fm:m7:c7b|two further vessels were on schedule}}.

{{m:m8|Scottish Labour's transport spokeswoman, Eilidh Munro}}, {{c:c8|pressed}} the first minister to say {{q:indirect?:labour:m8:c8|whether compensation would be paid to island businesses}}.

{{m:m8b|Ms Munro}} {{c:c8b|told}} the chamber {{q:mixed:labour:m8b:c8b|the delays were "costing livelihoods, not just causing inconvenience"}}.

{{m:m9|The first minister}} did not answer directly but {{c:c9|said}} {{q:mixed:fm:m9:c9|a resilience fund for affected businesses would be "looked at again"}}.

Outside the chamber, {{m:m10|hoteliers and fish farmers on the islands}} {{c:c10|described}} another summer of cancellations as "{{q:direct:islanders:m10:c10|devastating}}".

{{m:m11|Anne MacLeod}}, who runs a guest house in Lochmaddy, {{c:c11|told}} BBC Radio Scotland's Good Morning Scotland programme that {{q:indirect:guesthouse:m11:c11|she had already refunded most of her bookings for June}}.

"{{q:direct:guesthouse:m12:c12|People phone me and ask, 'Will I actually get there?' And I honestly can't tell them,}}" {{m:m12|she}} {{c:c12|said}}.

{{m:m13|The Outer Hebrides Community Planning Partnership}} {{c:c13|estimated}} last year that {{q:indirect?:partnership:m13:c13|ferry disruption cost the islands' economy about £1m a week during the peak season}}.

{{m:m18|The man in charge of procuring Scotland's ferries}} {{c:c18|admitted}} to MSPs in January that {{q:mixed:cmal_ceo:m18:c18|the Turkish contract had been awarded "at pace"}}. {{m:m19|Kenneth Rae}}, CMAL's chief executive, {{c:c19|told}} Holyrood's net zero committee that {{q:indirect:cmal_ceo:m19:c19|the yard had a strong track record}} and {{c:c19b|that}} {{q:mixed:cmal_ceo:m19:c19b|the faults were "not unusual" for the first vessel of a new class}}.

Figures published by CalMac show that almost one in five sailings on the Lochboisdale route was cancelled last summer, most of them because of breakdowns on older vessels.

{{m:m14|A Scottish government spokesperson}} {{c:c14|said}}:

"{{q:direct:govt:m14:c14|We recognise the frustration of island communities. The new vessels will transform services, and we are working closely with CMAL and the yard to bring the first into service as soon as it is safe to do so.}}"

{{m:m15|The body representing ferry users, the CalMac Community Board}}, {{c:c15|said}} {{q:indirect:board:m15:c15|it would be writing to the transport secretary to demand a meeting}}.

Its chairman, {{m:m16|Roddy Nicolson}}, {{c:c16|said}} {{q:mixed:chair:m16:c16|islanders had "heard every excuse going"}}.

"{{q:direct:chair:m17:c17|We are not engineers and we don't pretend to be. What we need now is a date we can believe in,}}" {{m:m17|he}} {{c:c17|added}}.

The MV Loch Seaforth, the largest vessel on the Stornoway route, was itself out of service for three weeks in April for repairs to its engines. {{m:m20|CalMac}} {{c:c20|said}} on Wednesday that {{q:indirect:calmac:m20:c20|it had chartered a catamaran to run additional sailings between Uig and Lochmaddy from June}}.

Related topics: Scottish Parliament, Western Isles, Ferries
""",
)

article(
    "ext20_ie_01_irish_times_dail_housing", "external/ie-broadsheet-dail", "en",
    {"taoiseach": ["The Taoiseach", "Taoiseach Ciarán Moloney", "Ciarán Moloney", "Mr Moloney"],
     "opposition": ["Opposition"],
     "rtb": ["The Residential Tenancies Board (RTB)"],
     "sf": ["Sinn Féin housing spokeswoman Aoife Brennan", "Aoife Brennan", "Ms Brennan"],
     "labour": ["Labour leader Declan Furlong", "Declan Furlong"],
     "minister": ["The Minister for Housing, Pádraig Ó Súilleabháin", "Pádraig Ó Súilleabháin"],
     "icsh": ["the Irish Council for Social Housing", "the council"],
     "ceo": ["Gráinne Tierney"],
     "esri": ["Economists at the Economic and Social Research Institute (ESRI)"],
     "dept": ["A Department of Housing spokesman"],
     "source": ["a senior Government source", "the source"],
     "builder": ["The chief executive of one of the country's largest housebuilders", "Colm Rafferty"],
     "threshold": ["Tenants' rights group Threshold", "Threshold"]},
    """
Taoiseach defends housing targets as rents hit new record

{{m:m0|Opposition}} {{c:c0|says}} {{q:mixed:opposition:m0:c0|Government 'has run out of road' on housing crisis}}

Orla Keating
Political Correspondent

{{m:m1|The Taoiseach}} has {{c:c1|insisted}} {{q:indirect:taoiseach:m1:c1|the Government will meet its target of 50,000 new homes this year}}, despite new figures showing that average rents have risen above €2,000 a month for the first time.

Speaking during Leaders' Questions in the Dáil, {{m:m2|Ciarán Moloney}} {{c:c2|said}} {{q:mixed:taoiseach:m2:c2|completions were "running ahead of last year"}} and {{c:c2b|that}} {{q:mixed:taoiseach:m2:c2b|the State was building "at a pace not seen since the 1970s"}}.

{{m:m3|The Residential Tenancies Board (RTB)}} report, published on Tuesday, {{c:c3|found}} that {{q:indirect?:rtb:m3:c3|the average rent for new tenancies nationally rose by 6.4 per cent in the year to the end of June}}.

{{m:m4|Sinn Féin housing spokeswoman Aoife Brennan}} TD {{c:c4|said}} {{q:mixed:sf:m4:c4|the figures were "a damning verdict" on the Government's record}}.

{{m:m4b|Ms Brennan}} later {{c:c4b|told}} The Irish Times {{q:mixed:sf:m4b:c4b|the Government was "in denial"}}.

"{{q:direct:sf:m5:c5|Young people are not leaving this country because they want an adventure. They are leaving because they cannot find anywhere to live,}}" {{m:m5|Ms Brennan}} {{c:c5|told}} the Dáil.

{{m:m6|She}} {{c:c6|questioned}} {{q:mixed?:sf:m6:c6|whether the Taoiseach had "any idea" what it was like to hand over half a pay packet in rent every month}}.

{{m:m7|Mr Moloney}} {{c:c7|accused}} {{q:mixed:taoiseach:m7:c7|Sinn Féin of opposing "almost every" large housing development in Dublin}}, and {{c:c7b|said}} {{q:mixed:taoiseach:m7:c7b|the party had "no plan other than to complain"}}.

{{m:m8|Labour leader Declan Furlong}} {{c:c8|said}} {{q:indirect:labour:m8:c8|the Government should introduce a three-year rent freeze and ban no-fault evictions}}.

{{m:m8b|Mr Furlong}} {{c:c8b|said}} {{q:mixed:labour:m8b:c8b|it was "simply not credible" for the Government to claim that rents were stabilising}}.

{{m:m9|The Minister for Housing, Pádraig Ó Súilleabháin}}, later {{c:c9|told}} reporters at Government Buildings that {{q:mixed:minister:m9:c9|a rent freeze would "choke off" investment in new rental homes}}.

"{{q:direct:minister:m10:c10|We have seen what happens in other cities when you do that. Supply dries up and the people you're trying to help end up worse off,}}" {{m:m10|he}} {{c:c10|said}}.

{{m:m11|He}} {{c:c11|said}} that {{q:indirect:minister:m11:c11|legislation to extend rent pressure zones would be brought to Cabinet before the summer recess}}.

Separately, {{m:m12|the Irish Council for Social Housing}} has {{c:c12|called}} on {{q:indirect:icsh:m12:c12|the Government to ring-fence funding for cost-rental homes in the budget}}.

In a pre-budget submission, {{m:m13|the council}} {{c:c13|said}} {{q:mixed:icsh:m13:c13|approved housing bodies could deliver 4,000 additional homes a year "if the funding model was fixed"}}.

Its chief executive, {{m:m14|Gráinne Tierney}}, {{c:c14|said}} {{q:mixed:ceo:m14:c14|the sector was "ready to build tomorrow"}} but {{c:c14b|that}} {{q:indirect:ceo:m14:c14b|construction inflation had wiped out the value of last year's increase in capital grants}}.

{{m:m15|Economists at the Economic and Social Research Institute (ESRI)}} have {{c:c15|estimated}} that {{q:indirect?:esri:m15:c15|the State needs up to 53,000 homes a year to meet demand}}.

{{m:m19|The chief executive of one of the country's largest housebuilders}} {{c:c19|warned}} on Tuesday that {{q:indirect:builder:m19:c19|judicial reviews were adding up to two years to large schemes}}. Speaking at an industry conference in Dublin, {{m:m20|Colm Rafferty}} of Corrib Homes {{c:c20|said}} {{q:mixed:builder:m20:c20|the company had 3,000 homes "stuck in the courts"}}.

{{m:m21|Tenants' rights group Threshold}} {{c:c21|said}} {{q:indirect:threshold:m21:c21|calls to its helpline about rent increases were up 40 per cent on last year}}.

Figures from the Central Statistics Office show that 33,430 homes were completed last year, an increase of 10 per cent on the year before.

{{m:m16|A Department of Housing spokesman}} {{c:c16|said}} {{q:mixed:dept:m16:c16|the Minister would "not be drawn" on the contents of the budget}}.

Meanwhile, {{m:m17|a senior Government source}} {{c:c17|said}} {{q:mixed:source:m17:c17|there was "real frustration" in Fine Gael at the pace of planning reform}}.

"{{q:direct:source:m18:c18|The Taoiseach has to own this now. He can't keep blaming the planning system,}}" {{m:m18|the source}} {{c:c18|said}}.

The Dáil will debate a Sinn Féin motion on rent controls on Wednesday evening. The Government is expected to table a countermotion.

Taoiseach Ciarán Moloney in the Dáil on Tuesday. Photograph: Cian Dunne/The Irish Times
""",
)

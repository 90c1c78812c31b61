# ruff: noqa: E501  (article prose: one paragraph a line)
# Australian and Indian articles of the twentieth external-style batch. Original, invented prose; every person is fictional
# (real towns, rivers, courts and institutions only as setting). Written and annotated before the parser was run on them.
from build_external20 import article

article(
    "ext20_au_01_abc_northern_rivers_flood_live", "external/au-abc-live", "en",
    {"ses": ["SES", "NSW SES Commissioner Rebecca Tanaka", "Rebecca Tanaka"],
     "bom": ["Senior meteorologist Dean Sharma", "Dean Sharma", "Mr Sharma"],
     "premier": ["Premier", "NSW Premier Lachlan Whitby", "Lachlan Whitby", "Mr Whitby", "the Premier"],
     "mayor": ["Lismore mayor", "Lismore City Council mayor Greg Atherton", "Greg Atherton"],
     "groups": ["Community groups"],
     "redcross": ["The Red Cross"],
     "education": ["The Department of Education"],
     "transport": ["Transport for NSW"],
     "resident": ["Nicole Farrugia"],
     "tweed": ["Tweed Shire Council"],
     "tweed_spox": ["A council spokeswoman"]},
    """
Live: Evacuation orders for Lismore as Wilsons River expected to peak above 12 metres

By Jessie Morland and Tom Grady

Key events

10:05am
{{m:m0|SES}}: '{{q:direct:ses:m0:-|If you are told to leave, leave now}}'

{{m:m1|NSW SES Commissioner Rebecca Tanaka}} {{c:c1|says}} {{q:indirect:ses:m1:c1|crews carried out 140 flood rescues overnight, most of them in the Northern Rivers}}.

"{{q:direct:ses:m2:c2|Please, if you are told to leave, leave now. Do not wait to see how high the water gets, because by then it may be too late for us to reach you,}}" {{m:m2|she}} {{c:c2|told}} ABC Radio Sydney.

{{m:m3|She}} {{c:c3|says}} {{q:indirect:ses:m3:c3|about 23,000 people are now under evacuation orders in Lismore, Coraki and Woodburn}}.

Share

9:42am
Bureau warns of flash flooding

The Bureau of Meteorology has issued a severe weather warning for heavy rainfall that may lead to life-threatening flash flooding between Grafton and the Queensland border.

{{m:m4|Senior meteorologist Dean Sharma}} {{c:c4|says}} {{q:indirect:bom:m4:c4|the Wilsons River at Lismore is expected to peak at about 12.3 metres this afternoon, slightly below the record set in 2022}}.

"{{q:direct:bom:m5:c5|The ground is completely saturated, so any rain that falls now is going straight into the rivers,}}" {{m:m5|Mr Sharma}} {{c:c5|says}}.

Share

9:10am
Tweed Shire warns of isolation

{{m:m21|Tweed Shire Council}} {{c:c21|says}} {{q:indirect:tweed:m21:c21|the towns of Murwillumbah, Uki and Tumbulgum could be cut off for up to three days}}.

{{m:m22|A council spokeswoman}} {{c:c22|told}} the ABC {{q:mixed:tweed_spox:m22:c22|residents should prepare to be without power and "have enough food and medication for at least 72 hours"}}.

Share

8:15am
{{m:m6|Premier}} {{c:c6|says}} {{q:indirect:premier:m6:c6|ADF on standby}}

{{m:m7|NSW Premier Lachlan Whitby}} {{c:c7|says}} {{q:indirect:premier:m7:c7|he has asked the federal government for Australian Defence Force support}} and {{c:c7b|that}} {{q:indirect:premier:m7:c7b|helicopters are on standby at RAAF Base Amberley}}.

Speaking at a press conference in Sydney, {{m:m8|Mr Whitby}} {{c:c8|said}} {{q:mixed:premier:m8:c8|the state had learned "hard lessons" from the 2022 floods}}.

"{{q:direct:premier:m9:c9|We will not have people stranded on rooftops waiting for help that doesn't come,}}" {{m:m9|he}} {{c:c9|said}}.

Asked whether the government had done enough to buy back flood-prone homes, {{m:m10|the Premier}} {{c:c10|said}} {{q:indirect:premier:m10:c10|1,100 properties had been bought or were under offer}}.

Share

7:30am
{{m:m11|Lismore mayor}}: '{{q:direct:mayor:m11:-|We've done this before}}'

{{m:m12|Lismore City Council mayor Greg Atherton}} {{c:c12|says}} {{q:indirect:mayor:m12:c12|residents in the CBD and North and South Lismore should have moved their belongings to higher ground overnight}}.

{{m:m13|He}} {{c:c13|told}} ABC North Coast that {{q:mixed:mayor:m13:c13|the mood in town was "anxious but organised"}}.

"{{q:direct:mayor:m14:c14|We've done this before, unfortunately, and people know the drill. But there's a lot of trauma still sitting under the surface from last time,}}" {{m:m14|he}} {{c:c14|said}}.

{{m:m15|Community groups}} {{c:c15|say}} {{q:indirect:groups:m15:c15|evacuation centres at Southern Cross University and Kyogle are filling quickly}}.

{{m:m16|The Red Cross}} {{c:c16|says}} {{q:indirect:redcross:m16:c16|it has sent 60 volunteers to the region, with more on the way from Brisbane}}.

Share

7:05am
What we know so far

Rainfall totals of more than 300 millimetres were recorded in parts of the Tweed and Richmond valleys in the 24 hours to 9am, bureau data shows.

Schools: {{m:m17|The Department of Education}} {{c:c17|says}} {{q:indirect:education:m17:c17|74 schools are closed across the Northern Rivers today}}.

Roads: {{m:m18|Transport for NSW}} {{c:c18|says}} {{q:indirect:transport:m18:c18|the Pacific Highway is closed between Woodburn and Broadwater}}.

Residents: {{m:m19|Nicole Farrugia}}, who has lived in South Lismore for 30 years, {{c:c19|told}} the ABC {{q:indirect:resident:m19:c19|she had spent the night moving furniture into the roof space}}.

"{{q:direct:resident:m20:c20|I said after last time I'd never do this again, and here I am. My neighbours are doing the same thing,}}" {{m:m20|she}} {{c:c20|said}}.

Share

6:50am
Welcome to our live coverage

Good morning and welcome to our live coverage of the flood emergency in northern NSW. We'll bring you the latest warnings, evacuation orders and road closures throughout the day.

If you are in an affected area, you can find the latest warnings on the Hazards Near Me app or by calling the SES on 132 500.

Posted 6h ago, updated 3m ago
""",
)

article(
    "ext20_in_01_pti_supreme_court_air_pollution", "external/in-pti-court", "en",
    {"sc": ["SC", "The Supreme Court", "A bench of Justices Arvind Mehra and Kavita Rao", "the bench", "The apex court", "The bench"],
     "mehra": ["Justice Arvind Mehra", "Justice Mehra"],
     "asg": ["Additional Solicitor General Rajiv Bhandari", "Rajiv Bhandari"],
     "punjab": ["Senior advocate Vikram Sodhi", "Vikram Sodhi"],
     "delhi_counsel": ["The counsel for the Delhi government"],
     "amicus": ["Amicus curiae Neelam Joshi", "Neelam Joshi"],
     "minister": ["Delhi Environment Minister Sunil Kashyap", "Sunil Kashyap"],
     "officials": ["Officials"],
     "doctors": ["Doctors at AIIMS"],
     "doctor": ["Dr Ritu Malhotra", "Ritu Malhotra"],
     "greens": ["Environmental groups"],
     "sources": ["Sources in the Union environment ministry"]},
    """
{{m:m0|SC}} pulls up Delhi, Punjab over stubble burning; {{c:c0|says}} '{{q:direct:sc:m0:c0|people cannot be left to choke}}'

New Delhi, Nov 6 (PTI)

{{m:m1|The Supreme Court}} on Wednesday came down heavily on the Delhi and Punjab governments over the worsening air quality in the national capital, {{c:c1|observing}} that {{q:mixed:sc:m1:c1|"people cannot be left to choke" while authorities pass the buck}}.

{{m:m2|A bench of Justices Arvind Mehra and Kavita Rao}} {{c:c2|said}} {{q:indirect:sc:m2:c2|the governments had failed to implement measures to curb stubble burning despite repeated directions}}.

"{{q:direct:sc:m3:c3|Every year we hear the same story. Every year the same affidavits. What has changed on the ground?}}" {{m:m3|the bench}} {{c:c3|asked}}.

{{m:m4|The apex court}} {{c:c4|directed}} {{q:indirect:sc:m4:c4|the chief secretaries of Punjab and Haryana to appear before it on November 13 and explain what steps had been taken to stop farm fires}}.

{{m:m5|Additional Solicitor General Rajiv Bhandari}}, appearing for the Centre, {{c:c5|submitted}} that {{q:indirect:asg:m5:c5|the Commission for Air Quality Management (CAQM) had issued directions to thermal plants and industries in the NCR}}.

{{m:m6|He}} {{c:c6|informed}} the court that {{q:indirect:asg:m6:c6|satellite data showed a 27 per cent drop in farm fire incidents in Punjab compared to last year}}.

The bench, however, was not convinced.

"{{q:direct:mehra:m7:c7|Figures on paper do not clean the air. The AQI in Delhi is above 400 today,}}" {{m:m7|Justice Mehra}} {{c:c7|remarked}}.

{{m:m8|Senior advocate Vikram Sodhi}}, appearing for Punjab, {{c:c8|contended}} that {{q:indirect:punjab:m8:c8|the state had distributed over 1.2 lakh crop residue management machines to farmers}} and {{c:c8b|that}} {{q:indirect:punjab:m8:c8b|fires had come down sharply in districts like Sangrur and Bathinda}}.

{{m:m9|He}} {{c:c9|said}} {{q:indirect:punjab:m9:c9|the state needed financial support from the Centre to pay farmers an incentive of Rs 2,500 per acre for not burning paddy straw}}.

{{m:m10|The counsel for the Delhi government}} {{c:c10|told}} the bench that {{q:indirect:delhi_counsel:m10:c10|the city's smog towers were operational}} and {{c:c10b|that}} {{q:indirect:delhi_counsel:m10:c10b|water sprinklers had been deployed at 80 pollution hotspots}}.

{{m:m11|Amicus curiae Neelam Joshi}}, assisting the court in the matter, {{c:c11|said}} {{q:mixed:amicus:m11:c11|the graded response plan was being invoked "too late, every single year"}}.

{{m:m12|The bench}} also {{c:c12|opined}} that {{q:indirect:sc:m12:c12|the CAQM should consider a ban on the entry of diesel trucks into Delhi if the situation did not improve within a week}}.

Meanwhile, {{m:m12b|The bench}} also {{c:c12b|questioned}} {{q:indirect?:sc:m12b:c12b|why the CAQM had not invoked Stage III curbs earlier despite forecasts of adverse weather}}.

{{m:m12c|Environmental groups}} {{c:c12c|said}} {{q:indirect:greens:m12c:c12c|the court's intervention should have come in September, before the paddy harvest began}}.

{{m:m13|Delhi Environment Minister Sunil Kashyap}} {{c:c13|told}} PTI that {{q:indirect:minister:m13:c13|the city government had written to the Centre three times seeking a meeting on stubble burning but had received no reply}}.

"{{q:direct:minister:m14:c14|We are doing everything within our power in Delhi. But the smoke does not need a visa to cross the border,}}" {{m:m14|he}} {{c:c14|said}}.

{{m:m15|He}} {{c:c15|added}} that {{q:indirect:minister:m15:c15|construction work on all government projects in the city had been halted till further orders}}.

{{m:m16|Officials}} {{c:c16|said}} {{q:indirect:officials:m16:c16|the city's overall AQI stood at 418 at 4 pm, in the 'severe' category}}.

Data from the Central Pollution Control Board (CPCB) showed that 31 of the city's 38 monitoring stations recorded 'severe' air quality, with Anand Vihar and Wazirpur among the worst affected.

{{m:m17|Doctors at AIIMS}} {{c:c17|said}} {{q:indirect:doctors:m17:c17|there had been a sharp rise in the number of patients with breathing complaints over the past week}}.

"{{q:direct:doctor:m18:c18|Most of them are children and elderly people. Many come back two or three times in a week,}}" {{c:c18|said}} {{m:m18|Dr Ritu Malhotra}}, a pulmonologist at the hospital.

{{m:m19|Sources in the Union environment ministry}} {{c:c19|said}} {{q:indirect:sources:m19:c19|a high-level meeting with the chief ministers of Punjab, Haryana and Delhi was likely to be convened next week}}.

The matter will next be heard on November 13. PTI AB RK

(This story has not been edited by our staff and is auto-generated from a syndicated feed.)
""",
)

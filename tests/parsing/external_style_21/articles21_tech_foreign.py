# ruff: noqa: E501  (article prose: one paragraph a line)
# Technology and foreign-desk articles of the twenty-first external-style batch. Original, invented prose; every
# person and company is fictional (real cities, countries, regulators and ministries only as setting). Written and
# annotated before the parser was run on them.
from build_external21 import article

article(
    "ext21_uk_02_techcrunch_parcel_breach", "external/uk-tech-security", "en",
    {"shipnest": ["ShipNest", "the company", "The company"],
     "oduya": ["ShipNest spokesperson Hannah Oduya", "Hannah Oduya", "Oduya"],
     "group": ["A group calling itself NightCourier"],
     "customers": ["several customers", "Customers contacted by TechCrunch"],
     "cto": ["The executive in charge of ShipNest's technology, chief technology officer Raj Malhotra", "Raj Malhotra", "Malhotra"],
     "ico": ["The ICO", "Information Commissioner's Office"],
     "ferreira": ["Tomás Ferreira", "Ferreira"],
     "customer": ["one customer in Leeds"],
     "loom": ["One of them, Loom & Thread", "Loom & Thread"],
     "greig": ["Emma Greig", "Greig"],
     "actionfraud": ["A spokesperson for Action Fraud"]},
    """
{{m:mh|Parcel startup ShipNest}} {{c:ch|confirms}} {{q:indirect:shipnest:mh:ch|data breach exposed 2.3 million customers' home addresses}}

Zack Whitmore

10:14 AM GMT · March 6

{{m:m0|ShipNest}}, a London-based parcel delivery startup, has {{c:c0|confirmed}} that {{q:indirect:shipnest:m0:c0|hackers stole the names, home addresses and phone numbers of about 2.3 million customers}}.

In a statement posted to its website on Tuesday, {{m:m1|the company}} {{c:c1|said}} {{q:mixed:shipnest:m1:c1|it had detected "unusual activity" on a customer database on March 3 and had "immediately taken steps to contain it"}}. {{m:m2|The company}} {{c:c2|said}} {{q:indirect:shipnest:m2:c2|no payment card details or passwords were accessed}}.

{{m:m3|ShipNest spokesperson Hannah Oduya}} {{c:c3|told}} TechCrunch that {{q:mixed:oduya:m3:c3|the company had notified the Information Commissioner's Office (ICO) and was working with "a leading third-party cybersecurity firm"}}, which she declined to name.

Oduya would not say how the attackers gained access to the database, or whether the company had received a ransom demand.

{{m:m4|A group calling itself NightCourier}} posted a sample of the data on a cybercrime forum last week, {{c:c4|claiming}} {{q:mixed?:group:m4:c4|to have stolen the records of "every customer since 2019"}}. TechCrunch verified part of the sample by contacting {{m:m5|several customers}}, who {{c:c5|confirmed}} {{q:indirect:customers:m5:c5|their details were accurate}}.

{{m:m6|The executive in charge of ShipNest's technology, chief technology officer Raj Malhotra}}, {{c:c6|wrote}} in a LinkedIn post on Wednesday that {{q:indirect:cto:m6:c6|the breach stemmed from a misconfigured server run by one of the company's suppliers}}.

"{{q:direct:cto:m7:c7|We let our customers down, and I'm sorry. We will publish a full account of what happened once the investigation is complete,}}" {{m:m7|Malhotra}} {{c:c7|wrote}}.

{{m:m8|The ICO}} {{c:c8|said}} {{q:mixed:ico:m8:c8|it had received a report from ShipNest and was "making enquiries"}}.

{{m:m9|Tomás Ferreira}}, a security researcher who tracks data leaks, {{c:c9|said}} {{q:mixed:ferreira:m9:c9|the exposed addresses could be used for "highly convincing" delivery scams}}.

"{{q:direct:ferreira:m10:c10|A fake text saying your parcel is held up is already one of the most common scams in the UK. Now imagine it arrives with your real name and your real address,}}" {{m:m10|Ferreira}} {{c:c10|said}}.

{{m:m10b|Emma Greig}}, head of threat intelligence at security firm Harbour Cyber, {{c:c10b|said}} {{q:indirect:greig:m10b:c10b|NightCourier had previously claimed responsibility for attacks on two European logistics firms}}.

"{{q:direct:greig:m10c:c10c|They go after companies that hold a lot of personal data but don't think of themselves as data companies,}}" {{m:m10c|Greig}} {{c:c10c|said}}.

Ofcom figures show that more than four in ten UK adults received a suspicious text message about a parcel delivery in the past year.

{{m:m11|ShipNest}}, which raised £40 million in a funding round last year, {{c:c11|said}} {{q:indirect:shipnest:m11:c11|it would offer affected customers 12 months of free identity monitoring}}.

{{m:m12|Customers contacted by TechCrunch}} {{c:c12|said}} {{q:indirect:customers:m12:c12|they had not yet received any notification from the company}}.

"{{q:direct:customer:m13:c13|I found out from a news story. That's not how you should hear that your home address is on a hacking forum,}}" {{c:c13|said}} {{m:m13|one customer in Leeds}}, who asked that we not publish her name.

ShipNest's retail partners include several online fashion brands. {{m:m14|One of them, Loom & Thread}}, {{c:c14|said}} in an email to customers that {{q:mixed:loom:m14:c14|it had "paused" sending orders through ShipNest while the investigation continued}}.

{{m:m15|A spokesperson for Action Fraud}} {{c:c15|urged}} {{q:indirect:actionfraud:m15:c15|customers to be wary of unexpected messages asking them to pay a redelivery fee}}.

Under UK data protection law, companies must report serious breaches to the ICO within 72 hours of becoming aware of them. The company has not said how many of the affected customers live outside the UK.

ShipNest did not respond to a follow-up request for comment on Thursday.

{{m:m16|The company}}, founded in 2018, {{c:c16|says}} {{q:indirect:shipnest:m16:c16|it delivers more than 400,000 parcels a week for online retailers across the UK}}.

Update, March 7: This story has been updated with comment from the ICO.

Do you have more information about the ShipNest breach? You can contact this reporter securely on Signal.
""",
)

article(
    "ext21_kr_01_reuters_seoul_steel_tariffs", "external/kr-reuters-foreign-desk", "en",
    {"yoon": ["South Korea's trade minister", "Trade Minister Yoon Ji-ho", "Yoon Ji-ho", "Yoon"],
     "yonhap": ["Yonhap news agency", "a government official"],
     "hanseong": ["Hanseong Steel"],
     "exec": ["An executive at another steelmaker"],
     "kang": ["A spokesperson for the presidential office, Kang Min-seo", "Kang Min-seo", "Kang"],
     "arakawa": ["Japan's top government spokesperson, Chief Cabinet Secretary Kenji Arakawa", "Kenji Arakawa", "Arakawa"],
     "mofcom": ["China's commerce ministry"],
     "park": ["Park Soo-yeon"],
     "ellery": ["the U.S. ambassador, Mark Ellery", "Mark Ellery", "Ellery"],
     "union": ["The Korean Metal Workers' Union"],
     "media": ["South Korean media"],
     "mof": ["The finance ministry"],
     "people": ["two people familiar with the discussions"],
     "analysts": ["Analysts"],
     "usdata": ["U.S. government data"]},
    """
South Korea seeks exemption as U.S. steel tariff deadline looms

By Kim Dae-sung and Jiwon Han

SEOUL, May 12 (Reuters) - {{m:m0|South Korea's trade minister}} {{c:c0|said}} on Monday {{q:indirect:yoon:m0:c0|he would travel to Washington this week to seek an exemption from new U.S. tariffs on steel}}, {{c:c0b|warning}} that {{q:indirect:yoon:m0:c0b|the levies could cost Korean producers up to $2 billion a year}}.

"{{q:direct:yoon:m1:c1|We will explain our position clearly and ask for fair treatment. Korea is an ally, not a competitor to be punished,}}" {{m:m1|Trade Minister Yoon Ji-ho}} {{c:c1|told}} reporters at a briefing in Seoul, speaking in Korean.

{{m:m2|He}} {{c:c2|said}} {{q:mixed:yoon:m2:c2|Seoul was "not considering" retaliatory measures "at this stage"}}.

{{q:indirect:people:m2c:c2c|Officials in Seoul have privately expressed frustration that the tariffs were announced without consultation}}, {{c:c2c|according to}} {{m:m2c|two people familiar with the discussions}}.

{{m:m2b|Yoon}} {{c:c2b|said}} {{q:indirect:yoon:m2b:c2b|he would also raise U.S. tariffs on Korean-made car parts, which took effect in April}}.

The U.S. Commerce Department did not immediately respond to a request for comment.

{{m:m3|Yonhap news agency}}, citing a government official, {{c:c3|reported}} that {{q:indirect:yonhap:m3:c3|Yoon would meet the U.S. commerce secretary on Thursday}}.

The 25% tariffs, announced last month, are due to take effect on June 1. {{q:indirect?:usdata:m3d:c3d|South Korea shipped about 2.6 million tonnes of steel to the United States last year, making it the fourth-largest foreign supplier}}, {{c:c3d|according to}} {{m:m3d|U.S. government data}}.

{{m:m4|Hanseong Steel}}, the country's second-largest steelmaker, {{c:c4|said}} in a regulatory filing that {{q:indirect:hanseong:m4:c4|it was reviewing its U.S. export plans}}.

{{m:m4c|The finance ministry}} {{c:c4c|said}} separately {{q:indirect:mof:m4c:c4c|it would hold an emergency meeting with steelmakers and banks on Wednesday to discuss financial support for exporters}}. It did not say how much support it was considering.

{{m:m4b|South Korean media}} {{c:c4b|reported}} that {{q:indirect:media:m4b:c4b|Hanseong was considering cutting production at its plant in Dangjin}}.

{{m:m5|An executive at another steelmaker}}, who declined to be identified because he was not authorised to speak to the media, {{c:c5|said}} {{q:mixed:exec:m5:c5|orders from U.S. customers had "all but stopped" since the tariffs were announced}}.

{{m:m6|A spokesperson for the presidential office, Kang Min-seo}}, {{c:c6|said}} {{q:mixed:kang:m6:c6|the president had instructed officials to "leave no stone unturned" in talks with Washington}}.

At a business forum in Seoul on Monday, {{m:m6b|the U.S. ambassador, Mark Ellery}}, {{c:c6b|said}} {{q:mixed:ellery:m6b:c6b|Washington valued its alliance with South Korea "enormously"}} but {{c:c6c|that}} {{q:mixed:ellery:m6b:c6c|the tariffs were "about fairness, not about any one country"}}. Ellery did not take questions from reporters.

{{m:m6d|The Korean Metal Workers' Union}} {{c:c6d|said}} in a statement that {{q:indirect:union:m6d:c6d|thousands of jobs at steel plants in Pohang and Dangjin were at risk}} and {{c:c6e|urged}} {{q:mixed:union:m6d:c6e|the government to "stand firm"}}.

The tariffs have also rattled Japan, the second-largest supplier of steel to the United States after Canada.

{{m:m7|Japan's top government spokesperson, Chief Cabinet Secretary Kenji Arakawa}}, {{c:c7|told}} a regular news conference in Tokyo that {{q:mixed:arakawa:m7:c7|the government would "respond appropriately" after studying the details}}.

"{{q:direct:arakawa:m8:c8|We are watching the situation very closely,}}" {{m:m8|Arakawa}} {{c:c8|said}}, according to a translation provided by his office.

{{m:m9|China's commerce ministry}} {{c:c9|said}} in a statement {{q:mixed:mofcom:m9:c9|it "firmly opposes" the measures and would "take necessary steps to safeguard its legitimate rights and interests"}}.

{{m:m9b|Analysts}} {{c:c9b|said}} {{q:indirect?:analysts:m9b:c9b|the impact on the broader Korean economy was likely to be limited}}.

{{m:m10|Park Soo-yeon}}, an economist at Hana Securities in Seoul, {{c:c10|said}} {{q:indirect:park:m10:c10|Korean exports to the U.S. had held up better than expected in the first quarter}} but {{c:c10b|that}} {{q:mixed:park:m10:c10b|steel was "a clear weak spot"}}.

Data from the Korea International Trade Association showed steel exports to the United States fell 11% in April from a year earlier.

The won weakened 0.4% against the dollar on Monday, while shares in steelmakers fell between 2% and 5%.

(Reporting by Kim Dae-sung and Jiwon Han in Seoul; Additional reporting by Yuka Obayashi in Tokyo; Editing by Ed Davies)
""",
)

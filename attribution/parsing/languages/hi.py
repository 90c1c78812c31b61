"""Hindi (Devanagari): SOV reporting clauses marked with ने, complementiser कि."""

from __future__ import annotations

from attribution.parsing.languages.base import LanguageData

_CUES = {
    "कहा": "say", "कहते": "say", "कहती": "say", "कहता": "say", "कहना है": "say", "कह": "say",
    "आगे कहा": "add", "साथ ही कहा": "add", "यह भी कहा": "add", "जोड़ा": "add", "आगे जोड़ा": "add",
    "ज़ोर देकर कहा": "stress", "जोर देकर कहा": "stress", "ज़ोर दिया": "stress", "जोर दिया": "stress",
    "बताया": "tell", "दोहराया": "reiterate", "स्पष्ट किया": "clarify", "रेखांकित किया": "underline",
    "चेतावनी दी": "warn", "दावा किया": "claim", "घोषणा की": "announce", "तर्क दिया": "argue",
    "उल्लेख किया": "note", "कहा था": "say", "बताया था": "tell", "माना": "acknowledge",
    "स्वीकार किया": "acknowledge", "इनकार किया": "deny", "आरोप लगाया": "allege", "लिखा": "write",
    "ट्वीट किया": "tweet", "जवाब दिया": "reply", "पुष्टि की": "confirm", "कहना था": "say",
}

LANGUAGE = LanguageData(
    code="hi",
    name="Hindi",
    script="Devanagari",
    stopwords=frozenset("के है में की और को से का ने कि पर यह भी लिए एक हैं था इस".split()),
    cues=_CUES,
    complementizers=("कि",),
    according_to_post=("के अनुसार", "के मुताबिक", "के मुताबिक़"),
    pronouns={
        "उन्होंने": "?", "उसने": "?", "इन्होंने": "?", "वह": "?", "वे": "p", "उन्हों": "?",
        "उनका": "?", "उनकी": "?", "उसका": "?", "हमने": "p", "मैंने": "?",
    },
    honorifics={"श्री": "m", "श्रीमती": "f", "सुश्री": "f", "डॉ.": "?", "डॉ": "?"},
    titles={
        "विदेश मंत्री": "foreign_minister", "मंत्री": "minister", "प्रधानमंत्री": "head_of_government",
        "प्रधान मंत्री": "head_of_government", "राष्ट्रपति": "head_of_state", "महासचिव": "secretary_general",
        "राजनयिक": "diplomat", "राजदूत": "ambassador", "दूत": "envoy", "प्रवक्ता": "spokesperson",
        "प्रमुख": "chief", "अध्यक्ष": "chair", "मुख्यमंत्री": "head_of_government", "नेता": "leader",
        "सचिव": "minister", "प्रतिनिधि": "representative", "अधिकारी": "official", "न्यायाधीश": "judge",
        "जज": "judge", "कप्तान": "player", "कोच": "coach", "विशेषज्ञ": "expert", "सांसद": "legislator",
        "विधायक": "legislator", "राज्यपाल": "governor", "महापौर": "mayor", "निदेशक": "executive",
        "समकक्ष": "counterpart",
    },
    speaker_nouns={
        "मंत्रालय": "organisation", "सरकार": "organisation", "पुलिस": "organisation", "अदालत": "organisation",
        "सूत्रों": "source", "सूत्र": "source", "बयान": "document", "रिपोर्ट": "document",
    },
    demonyms={"रूसी": "रूस", "अमेरिकी": "अमेरिका", "भारतीय": "भारत", "चीनी": "चीन", "फ्रांसीसी": "फ्रांस"},
    determiners=frozenset({"इस", "उस", "यह", "वह", "एक"}),
    function_words=frozenset(
        "के की का को से में पर ने और या तो कि भी ही तक लिए साथ बाद पहले इस उस यह वह एक जो जब तब "
        "है हैं था थी थे हो गया गई गए किया की कर करने द्वारा सहित बीच बारे तरह रूप साथ ओर अपने अपनी "
        "आगे फिर यहां वहां नहीं न संबंध दौरान बुधवार गुरुवार शुक्रवार शनिवार रविवार सोमवार मंगलवार "
        "कहा कहते बताया".split()
    ),
    cue_fillers=frozenset({"यह", "भी", "आगे", "फिर", "साथ", "ही", "स्पष्ट", "रूप", "से", "देकर"}),
    subject_markers=("ने",),
    coordinators=("और", "तथा", "एवं"),
    sentence_end=".!?।",
    naming_words=frozenset({"नामक", "तथाकथित"}),
    relative_pronouns=frozenset({"जिसमें", "जिसके", "जिसे", "जिनमें", "जिसका", "जिसकी", "जिन्हें", "जिनके", "जो"}),
    clause_final=frozenset({"है", "हैं", "था", "थी", "थे", "होगा", "होगी", "होंगे", "चाहिए"}),
    word_order="sov",
)

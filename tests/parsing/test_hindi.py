from __future__ import annotations

from attribution.parsing import extract
from tests.parsing.helpers import find

TEXT = (
    "संयुक्त राष्ट्र के महासचिव एंटोनियो गुटेरेस ने मॉस्को का दौरा किया और विदेश मंत्री सर्गेई लावरोव के साथ बातचीत की।\n"
    "लावरोव ने रूस के समर्थन की पुष्टि की और कहा कि दोनों पक्षों ने सहयोग पर चर्चा की। "
    "उन्होंने आगे कहा कि यह दृष्टिकोण संयुक्त राष्ट्र की भूमिका को कमज़ोर करता है। "
    "मंत्री ने कहा कि रूस संकट को हल करने के प्रयासों का समर्थन करता है और ज़ोर देकर कहा कि रूस हर संभव तरीके से मदद करेगा।\n"
)


def test_subject_with_ne_and_kaha_ki() -> None:
    q = find(TEXT, "दोनों पक्षों")
    assert q.kind == "indirect" and q.speaker == "सर्गेई लावरोव"
    assert TEXT[q.cue[0] : q.cue[1]] == "कहा"


def test_pronoun_unhone_resolves_to_the_last_speaker() -> None:
    assert find(TEXT, "यह दृष्टिकोण").speaker == "सर्गेई लावरोव"


def test_title_alone_resolves_to_the_minister() -> None:
    assert find(TEXT, "प्रयासों का समर्थन").speaker == "सर्गेई लावरोव"


def test_coordinated_second_cue_is_a_second_quote_of_the_same_speaker() -> None:
    q = find(TEXT, "हर संभव तरीके")
    assert q.speaker == "सर्गेई लावरोव"
    assert TEXT[q.start : q.end] == "रूस हर संभव तरीके से मदद करेगा"


def test_direct_quote_after_kaha() -> None:
    text = "प्रधानमंत्री राजेश वर्मा ने कहा, “हर पीड़ित तक मदद पहुंचेगी और कोई भी पीछे नहीं छूटेगा।”"
    q = find(text, "हर पीड़ित")
    assert q.kind == "direct" and q.speaker == "राजेश वर्मा"


def test_hindi_is_detected_without_a_language_code() -> None:
    assert extract(TEXT) == extract(TEXT, "hi")


def test_bole_headline_and_genitive_subject_of_kahna_hai() -> None:
    text = (
        "बाढ़ पर मंत्री बोले – हर गांव तक राहत पहुंचेगी\n\n"
        "राज्य के राहत मंत्री सुरेश पांडे ने कहा कि शिविरों की संख्या बढ़ाई जाएगी।\n\n"
        "गांव के किसान मोहन लाल का कहना है कि उनकी पूरी फसल डूब गई है।"
    )
    assert find(text, "हर गांव तक राहत", "hi").speaker == "सुरेश पांडे"
    assert find(text, "उनकी पूरी फसल", "hi").speaker == "मोहन लाल"


def test_a_relative_participle_is_not_part_of_the_name() -> None:
    text = "आख़िरी गेंद पर छक्का लगाने वाले राहुल ने कहा कि उन्होंने बस गेंद को देखा।"
    assert find(text, "बस गेंद", "hi").speaker == "राहुल"


def test_cue_before_a_danda_and_after_a_straight_quote() -> None:
    text = 'रेल मंत्री अनिल शर्मा ने दौरा किया। "हम हर स्टेशन को आधुनिक बनाएंगे," शर्मा ने कहा।'
    q = find(text, "आधुनिक बनाएंगे", "hi")
    assert q.rule == "direct:quote-X-said" and q.speaker == "अनिल शर्मा"


def test_manna_hai_and_ke_hawale_se() -> None:
    text = "विशेषज्ञ रमा सिंह का मानना है कि बाढ़ से नुकसान बढ़ेगा। पुलिस के हवाले से बताया गया कि दो लोग घायल हुए हैं।"
    assert find(text, "नुकसान बढ़ेगा", "hi").speaker == "रमा सिंह"
    q = find(text, "दो लोग", "hi")
    assert text[q.start : q.end] == "दो लोग घायल हुए हैं" and q.speaker == "पुलिस"


def test_a_fully_quoted_ki_clause_is_direct() -> None:
    text = "मंत्री सुरेश पांडे ने कहा कि “हम हर गांव तक पहुंचेंगे।”"
    q = find(text, "हर गांव", "hi")
    assert q.kind == "direct" and text[q.start : q.end] == "हम हर गांव तक पहुंचेंगे।"


def test_a_governor_title_is_not_part_of_the_name() -> None:
    text = "रिज़र्व बैंक के गवर्नर शक्तिकांत दास ने कहा कि मुद्रास्फीति अब नियंत्रण में है।\n"
    q = find(text, "मुद्रास्फीति", lang="hi")
    assert q.speaker == "शक्तिकांत दास"


def test_headline_cue_with_a_hyphen_before_the_quotation() -> None:
    text = (
        "बाढ़ के बाद लौटे ग्रामीण, सरपंच बोलीं- ‘हर घर तक राशन पहुंचाएंगे’\n\n"
        "बहराइच। घाघरा नदी का पानी उतरने के बाद ग्रामीण अपने घरों को लौटने लगे हैं।"
    )
    q = find(text, "हर घर तक राशन", "hi")
    assert q.kind == "direct"


def test_a_kin_word_before_a_name_and_a_converb_before_the_subject() -> None:
    text = (
        "अमन के पिता सुरेश यादव तीन बीघा ज़मीन पर खेती करते हैं। उन्होंने बताया कि बेटे की कोचिंग के लिए "
        "उन्होंने ट्रैक्टर बेच दिया था।\n\n"
        "मुस्कुराते हुए सुरेश यादव ने कहा, ‘आज वह फ़ैसला सही साबित हुआ।’"
    )
    q = find(text, "ट्रैक्टर बेच दिया", "hi")
    assert q.speaker == "सुरेश यादव"
    q2 = find(text, "फ़ैसला सही साबित", "hi")
    assert q2.speaker == "सुरेश यादव"


def test_genitive_claims_and_allegations_and_police_abbreviations() -> None:
    text = (
        "अस्पताल में लापरवाही का आरोप, प्रशासन का दावा- जांच के बाद होगी कार्रवाई\n\n"
        "कानपुर। ज़िला अस्पताल में इलाज के दौरान एक बुज़ुर्ग की मौत हो गई। परिजनों का आरोप है कि डॉक्टर "
        "तीन घंटे तक वार्ड में नहीं आए। मरीज़ के बेटे सुनील ने कहा कि उन्होंने कई बार नर्स को बुलाया था।\n\n"
        "एसडीएम प्रीति वर्मा ने अस्पताल पहुंचकर जानकारी ली। उन्होंने कहा कि मामले की जांच तीन दिन में पूरी होगी।"
    )
    assert find(text, "जांच के बाद होगी कार्रवाई", "hi").kind == "indirect"
    assert find(text, "डॉक्टर तीन घंटे तक", "hi").speaker == "परिजनों"
    assert find(text, "जांच तीन दिन में", "hi").speaker == "प्रीति वर्मा"

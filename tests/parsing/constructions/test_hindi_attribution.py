"""Hindi: "X के अनुसार", "X ने कहा कि", a report fronted before "…, X ने बताया", and a noun of speech after
an oblique infinitive ("… करने की अपील की")."""

from __future__ import annotations

from attribution.parsing import extract
from tests.parsing.helpers import quotes


def test_ke_anusar_names_the_source() -> None:
    text = "मौसम विभाग के अनुसार, अगले तीन दिनों तक भारी बारिश हो सकती है।"
    kind, quoted, speaker = quotes(text, "hi")[0]
    assert quoted == "अगले तीन दिनों तक भारी बारिश हो सकती है"
    assert speaker is not None and "मौसम विभाग" in speaker


def test_ne_kaha_ki() -> None:
    text = "जिलाधिकारी रमेश चंद्र ने कहा कि सभी स्कूल सोमवार तक बंद रहेंगे।"
    assert quotes(text, "hi") == [("indirect", "सभी स्कूल सोमवार तक बंद रहेंगे", "रमेश चंद्र")]


def test_fronted_report_before_an_indefinite_subject() -> None:
    text = "पुल की मरम्मत में दो महीने और लग सकते हैं, एक वरिष्ठ इंजीनियर ने बताया।"
    kind, quoted, _ = quotes(text, "hi")[0]
    assert (kind, quoted) == ("indirect", "पुल की मरम्मत में दो महीने और लग सकते हैं")


def test_appeal_with_an_oblique_infinitive_is_reported() -> None:
    text = "पुलिस अधीक्षक अंजलि राव ने लोगों से अफवाहों पर ध्यान न देने की अपील की।"
    assert quotes(text, "hi") == [("indirect", "लोगों से अफवाहों पर ध्यान न देने", "अंजलि राव")]


def test_a_demand_for_a_noun_is_no_report() -> None:
    assert extract("पीड़ित परिवार ने निष्पक्ष जांच की मांग की।", "hi") == []


def test_a_demand_with_ki_is_the_clause_rule() -> None:
    text = "विपक्ष ने मांग की कि सरकार तुरंत श्वेत पत्र जारी करे।"
    assert [t for _, t, _ in quotes(text, "hi")] == ["सरकार तुरंत श्वेत पत्र जारी करे"]

"""German news constructions the fourteenth blind batch (tests/parsing/de_external_style_14) showed missing:
split separable cues ("stellte … in Aussicht, … zu", "…, führte die Ministerin aus", "hielt … fest"), the
perfect "hatte … mitteilen lassen, …", reaction verbs before a quotation ("haderte", "schwärmte",
"winkt ab"), a headline's label after a spaced dash and a bare title as a headline label, a "-ten"
continuation made safe by an adverb that looks ahead, and a capitalised adverb or preposition read as a
subject. Own sentences only, with near-misses that must not fire."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import assert_one_report, quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q, s) for _, q, s in quotes(text, "de")]


def _contents(text: str) -> list[str]:
    return [q for _, q, _ in quotes(text, "de")]


# ------------------------------------------------------------------ split separable cues


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Verkehrsminister Jonas Albers stellte am Montag in Aussicht, die Brücke bis zum Herbst "
            "wieder freizugeben.",
            "die Brücke bis zum Herbst wieder freizugeben",
            "Jonas Albers",
        ),
        (
            "Die Bahn stellt den Pendlern in Aussicht, die Verbindung ab Dezember stündlich anzubieten.",
            "die Verbindung ab Dezember stündlich anzubieten",
            "Die Bahn",
        ),
        (
            "Der Bürgermeister Karl Weiden stellte in Aussicht, dass die Gebühren nicht steigen.",
            "die Gebühren nicht steigen",
            "Karl Weiden",
        ),
    ],
)
def test_stellte_in_aussicht_reports_its_promise(text: str, content: str, speaker: str) -> None:
    assert_one_report(text, content, speaker, "de")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Förderung reiche nicht aus, führte Ministerin Hanna Vogel im Ausschuss aus.",
            "Die Förderung reiche nicht aus",
            "Hanna Vogel",
        ),
        (
            "Landrat Tobias Ecker führte aus, der Kreis habe keine freien Flächen mehr.",
            "der Kreis habe keine freien Flächen mehr",
            "Tobias Ecker",
        ),
        (
            "Die Tat sei von langer Hand geplant gewesen, hielt Richterin Sabine Lorenz in der "
            "Urteilsbegründung fest.",
            "Die Tat sei von langer Hand geplant gewesen",
            "Sabine Lorenz",
        ),
        (
            "Der Vorsitzende Richter Paul Amann hielt fest, der Angeklagte habe aus Habgier gehandelt.",
            "der Angeklagte habe aus Habgier gehandelt",
            "Paul Amann",
        ),
        (
            "Der Angeklagte Leon Hartwig hatte über seinen Anwalt mitteilen lassen, er bereue die Tat.",
            "er bereue die Tat",
            "Leon Hartwig",
        ),
        (
            "Die Sängerin Mara Lenz hat über ihr Management ausrichten lassen, sie sei wieder gesund.",
            "sie sei wieder gesund",
            "Mara Lenz",
        ),
    ],
)
def test_split_separable_cues_report(text: str, content: str, speaker: str) -> None:
    assert_one_report(text, content, speaker, "de")


def test_a_fronted_split_cue_is_followed_by_its_continuation() -> None:
    text = (
        "Das Amt habe zu lange gewartet, führte Ministerin Hanna Vogel aus. Künftig gelte eine Frist von "
        "drei Monaten. Wer bauen wolle, dürfe nicht an Formularen scheitern."
    )
    got = _contents(text)
    assert got == [
        "Das Amt habe zu lange gewartet",
        "Künftig gelte eine Frist von drei Monaten",
        "Wer bauen wolle, dürfe nicht an Formularen scheitern",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Handwerker führten die Arbeiten im Sommer aus, als die Schule geschlossen war.",
        "Seit 22 Jahren führt sie die Bäckerei, die schon ihr Großvater gegründet hat.",
        "Die Polizei hielt den Mann fest, bis die Streife eintraf.",
        "Er hielt sich am Geländer fest, während der Zug bremste.",
        "Die Stadt stellte neue Stellen in Aussicht.",
        "Sie hatte die Küche neu streichen lassen, bevor die Gäste kamen.",
    ],
)
def test_the_same_verbs_without_a_report_give_nothing(text: str) -> None:
    assert quotes(text, "de") == []


# ------------------------------------------------------------------ reaction verbs before a quotation


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "„Das war einfach zu wenig“, haderte Trainer Jens Mahler.",
            "Das war einfach zu wenig",
            "Jens Mahler",
        ),
        (
            "Stürmerin Lisa Brandt schwärmte von ihrem Team: „So eine Moral habe ich selten erlebt.“",
            "So eine Moral habe ich selten erlebt.",
            "Lisa Brandt",
        ),
        (
            "„Die Stimmung war unglaublich“, schwärmte Kapitän Ole Berger.",
            "Die Stimmung war unglaublich",
            "Ole Berger",
        ),
        (
            "Wirt Anton Huber denkt nicht ans Aufhören. Er winkt ab: „Ich mache weiter, solange ich kann.“",
            "Ich mache weiter, solange ich kann.",
            "Anton Huber",
        ),
    ],
)
def test_reaction_verbs_attribute_their_quotation(text: str, content: str, speaker: str) -> None:
    got = _pairs(text)
    assert (content, got[0][1]) == got[0] and len(got) == 1, got
    assert got[0][1] is not None and speaker in got[0][1]


def test_swarming_out_is_no_speech() -> None:
    assert quotes("Die Beamten schwärmten aus, um die Gegend abzusuchen.", "de") == []


# ------------------------------------------------------------------ headline labels


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Werder verliert 0:3 gegen Mainz – Petersen: „Wir waren nicht bereit“\n\nBremen. Trainer Ole "
            "Petersen hat nach der Niederlage die Einstellung kritisiert.",
            "Wir waren nicht bereit",
            "Ole Petersen",
        ),
        (
            "Winzerin: „Der Frost hat uns die halbe Ernte gekostet“\n\nWürzburg. Winzerin Eva Brandl "
            "steht zwischen ihren Reben. „Solche Nächte vergisst man nicht“, sagt sie.",
            "Der Frost hat uns die halbe Ernte gekostet",
            "Eva Brandl",
        ),
        (
            "Gründerin: „Ich wollte nie Chefin sein“\n\nBerlin. Gründerin Lena Albrecht hat ihr Start-up "
            "verkauft.",
            "Ich wollte nie Chefin sein",
            "Lena Albrecht",
        ),
    ],
)
def test_a_headline_label_after_a_dash_or_a_bare_title_speaks(text: str, content: str, speaker: str) -> None:
    got = dict(_pairs(text))
    assert content in got, got
    assert got[content] is not None and speaker in got[content]


@pytest.mark.parametrize(
    "text",
    [
        # two people with the one title: the label names neither
        "Bäcker: „Das Brot wird teurer“\n\nKöln. Bäcker Jan Roth und Bäcker Uwe Kunz sorgen sich um "
        "die Preise. Beide haben ihre Preise erhöht.",
        # a topic, no person of that word
        "Hochwasser: „Das Wasser kam in Minuten“\n\nPassau. Die Stadt räumt auf. Anwohnerin Ute Kern "
        "hat ihren Keller verloren.",
    ],
)
def test_a_bare_label_without_one_such_person_names_no_one(text: str) -> None:
    got = _pairs(text)
    headline_speakers = [s for q, s in got if q.startswith(("Das Brot", "Das Wasser"))]
    assert all(s is None for s in headline_speakers), got


# ------------------------------------------------------------------ continuations


@pytest.mark.parametrize(
    ("text", "continuation"),
    [
        (
            "Die Straße müsse auf 200 Metern erneuert werden, teilte die Stadt mit. Die Arbeiten dauerten "
            "voraussichtlich bis Freitag.",
            "Die Arbeiten dauerten voraussichtlich bis Freitag",
        ),
        (
            "Der Versorger kündigte an, die Preise würden im Januar sinken. Die Kunden erhielten künftig "
            "eine Rechnung pro Quartal.",
            "Die Kunden erhielten künftig eine Rechnung pro Quartal",
        ),
        (
            "Das Gutachten liege vor, sagte der Sprecher. Die Gespräche starteten voraussichtlich im März.",
            "Die Gespräche starteten voraussichtlich im März",
        ),
    ],
)
def test_a_ten_form_with_an_adverb_that_looks_ahead_goes_on_reporting(text: str, continuation: str) -> None:
    assert continuation in _contents(text)


@pytest.mark.parametrize(
    "text",
    [
        # the narrative past without such an adverb, an indicative sentence after it
        "Die Straße müsse erneuert werden, teilte die Stadt mit. Die Arbeiten dauerten bis in die Nacht. "
        "Danach war die Straße wieder frei.",
        # such an adverb with an indicative verb
        "Die Straße müsse erneuert werden, teilte die Stadt mit. Die Arbeiten sind voraussichtlich im "
        "Mai beendet.",
        # a new paragraph: no report just before in it
        "Die Straße müsse erneuert werden, teilte die Stadt mit.\n\nDie Anwohner warteten voraussichtlich "
        "vergeblich auf eine Antwort.",
    ],
)
def test_no_continuation_without_the_safe_signal(text: str) -> None:
    assert len(quotes(text, "de")) == 1, quotes(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "„Wir teilen uns sogar die Fahrer“, sagt Metzgerin Carla Weiß. Für andere kam die Hilfe zu spät.",
        "Das Land habe zu lange gewartet, sagte die Ministerin. Auch digitale Anträge sollen bald möglich "
        "werden.",
        "Der Kreis habe kein Geld, sagte der Landrat. Nur wenige Gemeinden bekommen Zuschüsse.",
    ],
)
def test_a_capitalised_adverb_or_preposition_is_no_subject(text: str) -> None:
    assert len(quotes(text, "de")) == 1, quotes(text, "de")


def test_a_continuation_after_such_an_opener_still_reports() -> None:
    text = "Das Land habe zu lange gewartet, sagte die Ministerin. Auch die Kosten seien gestiegen."
    assert "Auch die Kosten seien gestiegen" in _contents(text)

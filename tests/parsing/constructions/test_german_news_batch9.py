"""German news constructions the ninth blind batch (tests/parsing/de_external_style_9) showed missing: a
name whose surname is withheld to an initial ("Der Angeklagte Jonas K. sagte, …"); a German decimal
comma inside a zu-infinitive report ("räumte ein, 1,8 Millionen Euro … zu haben"); the cues "bezweifelte,
dass", "hielt … vor, …", "begründete … damit, dass" and "ließ … erklären/mitteilen" (the particle at the
clause's end picks the verb); the particle is no part of an inverted subject ("…, machte der Verband
klar"); "die Rote Karte" is no person; a plural cue form after a modal is an infinitive ("… könne man
nicht sagen" goes on reporting); the report goes on after "Das bestätigte X."; a body's one-word label
before a quotation speaks ("Polizei: „…“", also after a ticker's time stamp); "des Ministers" is the
minister named before. Own sentences only."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _contents(text: str) -> list[str]:
    return [q for _, q, _ in quotes(text, "de")]


def _speakers(text: str) -> list[str | None]:
    return [s for _, _, s in quotes(text, "de")]


# ------------------------------------------------------------------ a surname withheld to its initial


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Der Angeklagte Jonas K. sagte, er habe von den Drogen im Kofferraum nichts gewusst.",
            "er habe von den Drogen im Kofferraum nichts gewusst",
            "Jonas K",
        ),
        (
            "Die 34 Jahre alte Melanie S. räumte ein, die Rechnungen selbst ausgestellt zu haben.",
            "die Rechnungen selbst ausgestellt zu haben",
            "Melanie S",
        ),
        (
            "Der Zeuge Ahmet D. schilderte, dass der Wagen mit hoher Geschwindigkeit gekommen sei.",
            "der Wagen mit hoher Geschwindigkeit gekommen sei",
            "Ahmet D",
        ),
    ],
)
def test_a_name_with_its_surname_withheld_speaks(text: str, content: str, speaker: str) -> None:
    got = quotes(text, "de")
    assert [(q, s) for _, q, s in got] == [(content, speaker)], got


def test_an_initial_that_ends_a_sentence_still_ends_it() -> None:
    # "Block C." closes its sentence: the next one is a report of its own speaker
    text = "Die Polizei räumte das Gebäude in Block C. Ein Sprecher sagte, niemand sei verletzt worden."
    got = quotes(text, "de")
    assert [(q, s) for _, q, s in got] == [("niemand sei verletzt worden", "Ein Sprecher")], got


# ------------------------------------------------------------------ a decimal comma in a zu-infinitive


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Der frühere Kassenwart gab zu, über Jahre hinweg rund 1,8 Millionen Euro aus der Vereinskasse "
            "auf eigene Konten überwiesen zu haben.",
            "über Jahre hinweg rund 1,8 Millionen Euro aus der Vereinskasse auf eigene Konten "
            "überwiesen zu haben",
        ),
        (
            "Die Gewerkschaft forderte die Arbeitgeber auf, die Löhne in allen Betrieben der Branche um "
            "6,5 Prozent anzuheben.",
            "die Löhne in allen Betrieben der Branche um 6,5 Prozent anzuheben",
        ),
    ],
)
def test_a_decimal_comma_does_not_end_an_infinitive_report(text: str, content: str) -> None:
    assert _contents(text) == [content]


# ------------------------------------------------ bezweifelte, hielt vor, begründete damit, ließ erklären


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Linken-Abgeordnete Petra Scholl bezweifelte, dass das Geld bis zum Jahresende fließt.",
            "das Geld bis zum Jahresende fließt",
            "Petra Scholl",
        ),
        (
            "Der Staatsanwalt Tobias Renner hielt dem Angeklagten vor, er habe die Opfer gezielt "
            "ausgesucht.",
            "er habe die Opfer gezielt ausgesucht",
            "Tobias Renner",
        ),
        (
            "Die Richterin Hanna Wolf hielt dem Zeugen vor, seine Aussage bei der Polizei verschwiegen zu "
            "haben.",
            "seine Aussage bei der Polizei verschwiegen zu haben",
            "Hanna Wolf",
        ),
        (
            "Die Geschäftsführerin Ines Baum begründete die Schließung damit, dass die Mieten in der "
            "Innenstadt zu stark gestiegen seien.",
            "die Mieten in der Innenstadt zu stark gestiegen seien",
            "Ines Baum",
        ),
        (
            "Der Verband ließ am Abend mitteilen, man werde gegen die Entscheidung Einspruch einlegen.",
            "man werde gegen die Entscheidung Einspruch einlegen",
            "Der Verband",
        ),
    ],
)
def test_more_cues_of_german_reports(text: str, content: str, speaker: str) -> None:
    got = quotes(text, "de")
    assert [(q, s) for _, q, s in got] == [(content, speaker)], got


def test_a_fronted_report_with_lie_erklaeren_belongs_to_the_pronoun_subject() -> None:
    text = (
        "Der frühere Bürgermeister Klaus Berger schweigt vor Gericht. Er habe von den Absprachen nichts "
        "gewusst, ließ er über seine Anwältin erklären. Die Vorwürfe seien haltlos."
    )
    got = quotes(text, "de")
    assert [(q, s) for _, q, s in got] == [
        ("Er habe von den Absprachen nichts gewusst", "Klaus Berger"),
        ("Die Vorwürfe seien haltlos", "Klaus Berger"),
    ], got


@pytest.mark.parametrize(
    "text",
    [
        "Der Bürgermeister hielt eine Rede vor den Gästen, die ihm lange applaudierten.",
        "Der Verein begründete die Entscheidung mit der schwachen Kassenlage.",
        "Die Ministerin ließ sich die Pläne von einem Ingenieur erklären. Danach fuhr sie nach Berlin.",
        "Viele Ökonomen bezweifeln das.",
        "Der Trainer hielt sich nicht lange mit der Analyse auf.",
    ],
)
def test_the_same_verbs_without_a_report_are_no_quote(text: str) -> None:
    assert quotes(text, "de") == []


def test_hielt_dagegen_still_replies() -> None:
    got = quotes("„Das ist schlicht falsch“, hielt die Abgeordnete Nina Vogt dagegen.", "de")
    assert [(q, s) for _, q, s in got] == [("Das ist schlicht falsch", "Nina Vogt")], got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir prüfen alle Optionen“, machte der Verband klar.", "der Verband"),
        ("„Die Anlage bleibt geschlossen“, ließ der Betreiber mitteilen.", "der Betreiber"),
        ("„Der Zeitplan war zu knapp“, räumte der Bauleiter ein.", "der Bauleiter"),
    ],
)
def test_the_particle_is_no_part_of_the_inverted_subject(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# ------------------------------------------------------------------ colour noun phrases are no persons


def test_die_rote_karte_is_no_speaker() -> None:
    text = (
        "„Wir hatten das Spiel im Griff“, sagte Trainer Ralf Gerlach. Die Rote Karte gegen den "
        "Verteidiger sei ein Witz gewesen, schimpfte der 49-Jährige. Der Verein teilte mit, man prüfe "
        "einen Einspruch gegen die Rote Karte."
    )
    got = quotes(text, "de")
    assert [s for _, _, s in got] == ["Ralf Gerlach", "Ralf Gerlach", "Der Verein"], got


def test_an_uninflected_colour_surname_is_still_a_name() -> None:
    got = quotes("„Wir bleiben bei der Schwarzen Null“, sagte Finanzministerin Petra Blau.", "de")
    assert [s for _, _, s in got] == ["Petra Blau"], got


# ------------------------------------------------------------------ a cue form after a modal


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Die Brücke sei vorerst gesperrt, teilte die Stadt mit. Wie lange die Reparatur dauere, könne "
            "man noch nicht sagen.",
            "Wie lange die Reparatur dauere, könne man noch nicht sagen",
        ),
        (
            "Der Impfstoff sei knapp, sagte ein Sprecher des Landkreises. Ob die Lieferung am Montag komme, "
            "wolle er nicht vorhersagen.",
            "Ob die Lieferung am Montag komme, wolle er nicht vorhersagen",
        ),
    ],
)
def test_a_cue_form_after_a_modal_lets_the_report_go_on(text: str, second: str) -> None:
    got = _contents(text)
    assert len(got) == 2 and got[1] == second, got


def test_a_plural_cue_without_a_modal_still_speaks() -> None:
    got = quotes("Die Forscher sagen, das Eis schmelze schneller als gedacht.", "de")
    assert [(q, s) for _, q, s in got] == [("das Eis schmelze schneller als gedacht", "Die Forscher")], got


# ------------------------------------------------------------------ "Das bestätigte X." and what follows


def test_the_report_goes_on_after_das_bestaetigte() -> None:
    text = (
        "In der Nacht ist ein Lagerhaus am Hafen abgebrannt. Das bestätigte eine Sprecherin der Feuerwehr "
        "am Morgen. Die Brandursache sei noch völlig unklar."
    )
    got = quotes(text, "de")
    assert [s for _, _, s in got] == ["eine Sprecherin der Feuerwehr"] * 2, got
    assert got[1][1] == "Die Brandursache sei noch völlig unklar", got


def test_an_indicative_sentence_after_das_teilte_mit_is_the_writers() -> None:
    text = (
        "Der Konzern schließt sein Werk in Kassel. Das teilte das Unternehmen am Montag mit. Die Aktie "
        "legte daraufhin um drei Prozent zu."
    )
    assert _contents(text) == ["Der Konzern schließt sein Werk in Kassel"]


# ------------------------------------------------------------------ a body's one-word label


@pytest.mark.parametrize(
    ("label", "speaker"),
    [("Polizei", "Polizei"), ("+++ 21:40 Uhr: Feuerwehr", "Feuerwehr")],
)
def test_a_bodys_one_word_label_speaks(label: str, speaker: str) -> None:
    text = f"Sturm über Hamburg\n\n{label}: „Bitte bleiben Sie zu Hause“\n\nDie Helfer sind im Einsatz.\n"
    got = quotes(text, "de")
    assert [(q, s) for _, q, s in got] == [("Bitte bleiben Sie zu Hause", speaker)], got


@pytest.mark.parametrize("label", ["Krankenhausreform", "Studie", "+++ 21:40 Uhr: Umfrage"])
def test_a_topic_label_before_a_quotation_does_not_speak(label: str) -> None:
    text = f"Neue Zahlen\n\n{label}: „Kaum noch Betten frei“\n\nDie Lage bleibt angespannt.\n"
    assert [s for _, _, s in quotes(text, "de")] in ([], [None]), quotes(text, "de")


# ------------------------------------------------------------------ "des Ministers"


def test_des_ministers_is_the_minister_named_before() -> None:
    text = (
        "Verkehrsminister Stefan Lorenz stellte den Plan am Dienstag vor. Nach Worten des Ministers "
        "sollen bis 2030 rund 900 Bahnhöfe saniert werden."
    )
    assert _speakers(text) == ["Stefan Lorenz"]


def test_des_ministers_is_the_man_when_a_woman_minister_is_named_too() -> None:
    text = (
        "Innenminister Paul Gerber und Justizministerin Anna Holt stellten das Paket vor. Nach Angaben "
        "des Ministers soll es im Mai in Kraft treten."
    )
    assert _speakers(text) == ["Paul Gerber"]


# ------------------------------------------------------------------ a plural "klagen" and a pensioner


def test_residents_complaining_in_the_plural_speak() -> None:
    text = (
        "Ein Händler sagte: „Die Kunden bleiben weg.“ Anwohner klagen seit Wochen, dass der Lärm der "
        "Baustelle schon um sechs Uhr beginne."
    )
    got = quotes(text, "de")
    second = ("der Lärm der Baustelle schon um sechs Uhr beginne", "Anwohner")
    assert [(q, s) for _, q, s in got][1] == second, got


def test_a_pensioner_from_a_town_is_the_speaker_not_the_town() -> None:
    text = "Eine Rentnerin aus Gießen schilderte vor Gericht, dass der Mann sich als Polizist ausgab."
    assert _speakers(text) == ["Eine Rentnerin aus Gießen"]


def test_klagen_before_a_court_is_no_report() -> None:
    assert quotes("Mehrere Familien klagen gegen den Bescheid vor dem Verwaltungsgericht.", "de") == []


# ------------------------------------------------------------------ "sagte die Frau", "der Mann"


def test_die_frau_is_the_woman_just_described() -> None:
    text = (
        "Eine Rentnerin aus Gießen schilderte vor Gericht, dass der Mann sich als Polizist ausgab. "
        "„Ich habe ihm jedes Wort geglaubt“, sagte die Frau mit leiser Stimme."
    )
    assert _speakers(text) == ["Eine Rentnerin aus Gießen"] * 2


def test_der_mann_is_the_man_named_before() -> None:
    text = (
        "Der Angeklagte Jonas K. schwieg lange. „Ich wollte niemandem schaden“, sagte der Mann schließlich."
    )
    assert _speakers(text) == ["Jonas K"]


def test_frau_before_a_surname_stays_an_honorific() -> None:
    text = "Die Bürgermeisterin Claudia Hartmann lachte. „Wir schaffen das“, sagte Frau Hartmann."
    assert _speakers(text) == ["Claudia Hartmann"]

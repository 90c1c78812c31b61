"""Reported speech that runs on over following sentences, marked only by the verb's mood (German
Konjunktiv I, and the Konjunktiv II that stands in for it): each such sentence is an indirect quote of
the speaker just quoted, with no cue of its own."""

from __future__ import annotations

from attribution.parsing import extract
from tests.parsing.helpers import find, quotes


def test_konjunktiv_sentences_after_an_indirect_report_keep_its_speaker() -> None:
    text = (
        "Die Stadtwerke Lindenau erhöhen die Preise. Geschäftsführer Arno Falk sagte am Montag, die "
        "Beschaffungskosten hätten sich verdoppelt. Eine Entlastung sei frühestens im Herbst zu erwarten. "
        "Man prüfe aber Härtefallregeln für Haushalte mit geringem Einkommen."
    )
    for fragment in ("Eine Entlastung sei", "Man prüfe aber"):
        q = find(text, fragment, "de")
        assert q.kind == "indirect"
        assert q.speaker == "Arno Falk"
        assert q.cue is None
        assert text[q.end] == "."  # the final stop stays outside


def test_konjunktiv_after_a_direct_quote_and_so_x() -> None:
    text = (
        "„Wir arbeiten rund um die Uhr“, so Einsatzleiterin Mareike Brandes. Die Pumpen seien seit "
        "Donnerstag ohne Pause im Einsatz. Hilfe komme inzwischen auch aus dem Nachbarkreis."
    )
    q = find(text, "Hilfe komme inzwischen", "de")
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Mareike Brandes", None)


def test_indicative_sentence_after_a_quote_is_the_reporters() -> None:
    text = (
        "Bürgermeister Tilo Hansen sagte, die Brücke werde bis Juni gesperrt. Die Umleitung führt über "
        "die Bahnhofstraße. Pendler müssen mit längeren Fahrzeiten rechnen."
    )
    found = quotes(text, "de")
    assert [t for _, t, _ in found] == ["die Brücke werde bis Juni gesperrt"]


def test_konjunktiv_with_no_quotation_before_it_is_not_reported_speech() -> None:
    text = "Der Stadtrat tagt am Donnerstag. Eine Entscheidung sei dort aber nicht zu erwarten."
    assert extract(text, "de") == []


def test_set_phrases_in_that_mood_report_nobody() -> None:
    text = (
        "Bürgermeister Tilo Hansen sagte, die Brücke werde im Juni gesperrt. Der Verkehr fließt dann über "
        "die Umleitung, es sei denn, der Fluss tritt über die Ufer."
    )
    assert [t for _, t, _ in quotes(text, "de")] == ["die Brücke werde im Juni gesperrt"]


def test_first_person_indicative_is_not_konjunktiv() -> None:
    # "ich habe" has the form of Konjunktiv I but is the indicative of the first person
    text = (
        "„Das war knapp“, sagte die Fahrerin Lea Sommer. Ich habe so etwas noch nie erlebt, schreibt "
        "unsere Reporterin über die Fahrt."
    )
    assert all("noch nie erlebt" not in t for _, t, _ in quotes(text, "de"))


def test_a_regular_verb_next_to_its_pronoun_is_recognised() -> None:
    # "beobachte" is in no list: it is Konjunktiv I because "man" stands next to it
    text = (
        "Ein Sprecher des Landratsamts sagte, die Deiche hielten bisher. Man beobachte vor allem den "
        "Abschnitt bei Oberau sehr genau."
    )
    q = find(text, "Man beobachte", "de")
    assert q.speaker is not None and "Sprecher" in q.speaker


def test_the_chain_stops_at_the_first_indicative_sentence() -> None:
    text = (
        "Die Ministerin Hanna Roth erklärte, das Gesetz sei verfassungsgemäß. Es gebe keinen Grund zur "
        "Sorge. Die Opposition will dennoch klagen. Ein Urteil sei nicht vor dem Sommer zu erwarten."
    )
    found = [t for _, t, _ in quotes(text, "de")]
    assert "Es gebe keinen Grund zur Sorge" in found
    assert not any("Urteil" in t for t in found)  # the chain broke at "Die Opposition will …"


def test_continuation_carries_over_into_the_next_paragraph() -> None:
    text = (
        "Der Vorstandschef Jonas Brück sagte, der Umsatz sei um zwölf Prozent gestiegen.\n\n"
        "Für das kommende Jahr rechne das Unternehmen mit einem weiteren Wachstum."
    )
    q = find(text, "rechne das Unternehmen", "de")
    assert q.speaker == "Jonas Brück"


def test_a_mixed_continuation_keeps_its_quoted_words() -> None:
    text = (
        "Finanzministerin Vera Lang sagte, für neue Schulden gebe es keinen Spielraum. Sie sei aber "
        "„offen für Gespräche“."
    )
    q = find(text, "Sie sei aber", "de")
    assert q.kind == "mixed"
    assert q.speaker == "Vera Lang"


def test_demnach_names_the_source_just_quoted() -> None:
    text = (
        "„Die Lage bleibt angespannt“, sagte Landrat Olaf Henke der Zeitung. Der Pegel stieg demnach "
        "bis zum Abend auf 5,80 Meter."
    )
    q = find(text, "Der Pegel stieg demnach", "de")
    assert q.speaker == "Olaf Henke"

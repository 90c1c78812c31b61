"""German: „…“ / »…« / «…» quotes, verb-second cues, Konjunktiv reports, laut / zufolge, er / sie."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution.parsing import detect_language, extract
from tests.parsing.helpers import SHARED, find, load_scorer, predict, quotes

DE_GOLD = Path(__file__).resolve().parent / "de" / "de.gold.jsonl"


# ------------------------------------------------------------------ detection


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung will die Stromsteuer für Betriebe senken, sagte die Ministerin am Dienstag.",
        "Der Bundesrat will das Budget der Armee bis 2032 erhöhen. Das hat er am Freitag entschieden.",
        "Das Landgericht hat den Angeklagten zu acht Jahren Haft verurteilt. Das Urteil ist rechtskräftig.",
    ],
)
def test_german_is_detected(text: str) -> None:
    assert detect_language(text) == "de"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The minister said on Thursday that the talks would resume next week in Geneva.", "en"),
        ("Die Hard star Bruce Willis was seen in Berlin, where he said the film was over.", "en"),
        ("Le ministre a déclaré jeudi que les négociations reprendraient la semaine prochaine.", "fr"),
        ("Des manifestants se sont rassemblés devant la mairie de Strasbourg dimanche.", "fr"),
    ],
)
def test_english_and_french_stay_what_they_are(text: str, code: str) -> None:
    assert detect_language(text) == code


# ------------------------------------------------------------------ quotation marks and cues

DPA = (
    "Berlin (dpa) - Die Bundesregierung will die Stromsteuer für Betriebe senken. Das kündigte "
    "Bundeswirtschaftsministerin Katrin Albers (SPD) am Dienstag an.\n\n"
    "„Viele Handwerksbetriebe zahlen heute mehr für Strom als für ihre Miete“, sagte die SPD-Politikerin. "
    "Sie betonte, dass die Senkung zunächst auf zwei Jahre befristet sei.\n\n"
    "„Wer nur die Betriebe entlastet, vergisst die Familien“, so Verbandspräsident Rainer Holzapfel. "
    "„Das ist zu wenig“, fügte er hinzu.\n"
)


def test_low_high_quotes_with_sagte_and_a_title_description() -> None:
    q = find(DPA, "Viele Handwerksbetriebe", "de")
    assert q.kind == "direct" and q.speaker == "Katrin Albers" and q.cue_verb == "say"
    assert DPA[q.start - 1] == "„" and DPA[q.end] == "“"  # the marks and the comma are outside


def test_so_x_after_a_quotation() -> None:
    assert find(DPA, "vergisst die Familien", "de").speaker == "Rainer Holzapfel"


def test_separable_cue_with_its_pronoun_inside() -> None:
    assert find(DPA, "Das ist zu wenig", "de").speaker == "Rainer Holzapfel"


def test_dass_clause_with_a_pronoun() -> None:
    q = find(DPA, "auf zwei Jahre befristet", "de")
    assert q.kind == "indirect" and q.speaker == "Katrin Albers"
    assert DPA[q.start : q.end] == "die Senkung zunächst auf zwei Jahre befristet sei"


def test_guillemets_pointing_inwards() -> None:
    text = "»Wir müssen investieren, und zwar jetzt«, sagt der SPD-Abgeordnete Jonas Kuhn aus Dortmund."
    q = find(text, "Wir müssen investieren", "de")
    assert q.kind == "direct" and q.speaker == "Jonas Kuhn"
    assert text[q.start - 1] == "»" and text[q.end] == "«"


def test_swiss_guillemets_and_gemaess() -> None:
    text = (
        "«Die Sicherheitslage hat sich grundlegend verändert», sagte Verteidigungsministerin Regula Gerber "
        "in Bern. Gemäss dem Eidgenössischen Finanzdepartement sollen die Mehrausgaben ohne "
        "Steuererhöhungen finanziert werden."
    )
    assert find(text, "Sicherheitslage", "de").speaker == "Regula Gerber"
    q = find(text, "Mehrausgaben", "de")
    assert q.kind == "indirect" and text[q.start : q.end].startswith("sollen die Mehrausgaben")


def test_verb_second_cue_with_the_subject_after_it() -> None:
    text = (
        "Am Montag sagte Regierungssprecherin Miriam Olbrich, der Kanzler halte an der Schuldenbremse fest."
    )
    q = find(text, "halte an der Schuldenbremse", "de")
    assert q.kind == "indirect" and q.speaker == "Miriam Olbrich"


def test_wie_x_mitteilte() -> None:
    text = "Wie die Polizei mitteilte, wurde der Fahrer bei dem Unfall leicht verletzt."
    q = find(text, "Fahrer", "de")
    assert text[q.start : q.end] == "wurde der Fahrer bei dem Unfall leicht verletzt"
    assert q.speaker is not None and "Polizei" in q.speaker


# ------------------------------------------------------------------ reported speech in Konjunktiv I


def test_konjunktiv_report_without_dass() -> None:
    text = (
        "Finanzminister Jörg Wenzel sagte, die Regierung werde die Steuern im kommenden Jahr nicht erhöhen."
    )
    q = find(text, "Regierung werde", "de")
    assert q.kind == "indirect" and q.speaker == "Jörg Wenzel"
    assert text[q.start : q.end] == "die Regierung werde die Steuern im kommenden Jahr nicht erhöhen"


def test_words_between_the_cue_and_the_comma() -> None:
    text = (
        "Ein Sprecher des Ministeriums erklärte auf Anfrage, man stehe mit dem Kanzleramt in engem Austausch."
    )
    q = find(text, "man stehe", "de")
    assert q.kind == "indirect" and "Sprecher des Ministeriums" in (q.speaker or "")


def test_a_participle_cue_takes_the_subject_before_the_auxiliary() -> None:
    text = (
        "Oberstaatsanwältin Birgit Sommer hatte in ihrem Plädoyer erklärt, es handle sich um einen der "
        "größten Betrugsfälle der vergangenen Jahre."
    )
    q = find(text, "es handle sich", "de")
    assert q.speaker == "Birgit Sommer"


def test_warn_with_a_noun_object_is_no_report() -> None:
    text = "Branchenverbände warnen seit Langem vor einem schleichenden Verlust industrieller Wertschöpfung."
    assert quotes(text, "de") == []


def test_an_indirect_question_is_no_report() -> None:
    text = "Im Gespräch erklärt die Virologin, warum sie die Vorsorge für unzureichend hält."
    assert quotes(text, "de") == []


# ------------------------------------------------------------------ laut, nach Angaben, zufolge


def test_laut_without_a_comma_ends_the_source_at_the_verb() -> None:
    text = "Laut Verbandspräsident Rainer Holzapfel greift der Plan der Regierung deutlich zu kurz."
    q = find(text, "greift", "de")
    assert text[q.start : q.end] == "greift der Plan der Regierung deutlich zu kurz"
    assert q.speaker == "Rainer Holzapfel"


def test_nach_angaben_der_polizei() -> None:
    text = "Nach Angaben der Polizei wurden bei dem Unfall auf der A7 drei Menschen schwer verletzt."
    q = find(text, "drei Menschen", "de")
    assert text[q.start : q.end].startswith("wurden bei dem Unfall")
    assert q.speaker is not None and "Polizei" in q.speaker


def test_zufolge_postposition() -> None:
    text = "Dem Statistischen Bundesamt zufolge stiegen die Verbraucherpreise im Mai um 2,4 Prozent."
    q = find(text, "Verbraucherpreise", "de")
    assert text[q.start : q.end].startswith("stiegen die Verbraucherpreise")
    assert q.speaker is not None and "Bundesamt" in q.speaker


# ------------------------------------------------------------------ pronouns and descriptions


def test_er_and_sie_follow_gender() -> None:
    text = (
        "„Wir haben aus den Fehlern gelernt“, sagte Verteidigungsministerin Regula Gerber. "
        "„Das reicht nicht“, entgegnete der SVP-Politiker Beat Imhof.\n\n"
        "Sie betonte, die Armee müsse ihre Beschaffung verbessern. "
        "Er sagte, der Schritt komme viel zu spät."
    )
    assert find(text, "Beschaffung", "de").speaker == "Regula Gerber"
    assert find(text, "viel zu spät", "de").speaker == "Beat Imhof"


def test_sie_with_a_plural_verb_is_they() -> None:
    text = (
        "„Seit Jahren warnen wir vor dem Bach“, sagen zwei Nachbarn, die ihre Namen nicht nennen wollen. "
        "Sie sagen, die Gemeinde habe den Hochwasserschutz verschleppt."
    )
    q = find(text, "Hochwasserschutz", "de")
    assert q.speaker is None or "Nachbarn" in q.speaker


def test_age_description_resolves_to_the_person() -> None:
    text = (
        "„Nach der Pause haben wir den Faden verloren“, sagte Bochums Trainer Dirk Krüger. "
        "Der 52-Jährige kritisierte, seine Mannschaft habe viel zu einfach verteidigt."
    )
    assert find(text, "viel zu einfach", "de").speaker == "Dirk Krüger"


def test_capitalised_nouns_are_not_speakers() -> None:
    text = (
        "Achteinhalb Jahre Haft für Anlagebetrüger\n\n"
        "Das Landgericht hat einen Finanzberater zu achteinhalb Jahren Haft verurteilt. "
        "Sein Verteidiger kündigte Revision an. "
        "Oberstaatsanwältin Birgit Sommer hatte neun Jahre gefordert. "
        "„Das Geschäftsmodell bestand von Anfang an aus Lügen“, sagte sie."
    )
    assert find(text, "Geschäftsmodell", "de").speaker == "Birgit Sommer"


def test_named_interview_labels() -> None:
    text = (
        "Die Virologin Hanna Seidel leitet ein Institut in Greifswald.\n\n"
        "ZEITUNG: Frau Seidel, hat Deutschland seine Lektion gelernt?\n\n"
        "Seidel: Nur zum Teil. Wir haben heute bessere Labore.\n\n"
        "ZEITUNG: Wie wahrscheinlich ist eine neue Pandemie?\n\n"
        "Seidel: Sie wird kommen, die Frage ist nur, wann.\n"
    )
    answers = [q for q in extract(text, "de") if q.rule == "direct:interview-answer"]
    assert len(answers) == 2 and all(q.speaker == "Hanna Seidel" for q in answers)


def test_never_raises_on_odd_german_text() -> None:
    for text in ["„", "»«", "laut", "zufolge", "Laut", "Wie X mitteilte,", "sagte er, ", "„a“, so"]:
        extract(text, "de")
        extract(text)


# ------------------------------------------------------------------ the German corpus


@pytest.mark.skipif(not DE_GOLD.exists(), reason="no German corpus in tests/parsing/de")
@pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(), reason="scorer ../shared/eval/score.py absent"
)
def test_german_corpus_stays_above_the_floor() -> None:
    gold = {}
    for line in DE_GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            gold[d["id"]] = d
    res = load_scorer().score(gold, predict(gold))
    assert res["quote_f1"] >= 0.96, res
    assert res["speaker_acc"] >= 0.93, res
    assert res["e2e_f1"] >= 0.92, res


@pytest.mark.skipif(not DE_GOLD.exists(), reason="no German corpus in tests/parsing/de")
def test_german_corpus_is_detected_as_german() -> None:
    for line in DE_GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            assert detect_language(d["text"]) == "de", d["id"]


def test_fronted_report_with_the_subject_after_the_cue() -> None:
    text = "Man werde die Lage genau beobachten, sagte eine Sprecherin des Auswärtigen Amts am Montag."
    q = find(text, "Lage genau beobachten", "de")
    assert q.kind == "indirect" and text[q.start : q.end] == "Man werde die Lage genau beobachten"
    assert q.speaker is not None and "Sprecherin des Auswärtigen Amts" in q.speaker


def test_colon_intro_and_a_nested_low_single_quote() -> None:
    text = (
        "Kapitän Jonas Weber sagte: „Ich habe ihm gesagt: ‚Bleib ruhig, das wird schon.‘ "
        "Und er ist ruhig geblieben.“"
    )
    q = find(text, "Bleib ruhig", "de")
    assert q.kind == "direct" and q.speaker == "Jonas Weber" and text[q.start : q.start + 4] == "Ich "


def test_impersonal_hiess_es_takes_the_source_before_it() -> None:
    text = "Aus Regierungskreisen hieß es am Abend, man sei offen für Änderungen am Entwurf."
    q = find(text, "offen für Änderungen", "de")
    assert q.speaker is not None and "Regierungskreisen" in q.speaker


def test_fronted_report_with_an_inverted_pronoun_cue() -> None:
    text = (
        "„Wir müssen das schnell abhaken“, sagte Bayern-Torwart Manuel Neuer. "
        "Es sei nicht die Zeit für Panik, betonte er."
    )
    assert find(text, "schnell abhaken", "de").speaker == "Manuel Neuer"
    q = find(text, "Zeit für Panik", "de")
    assert q.kind == "indirect" and q.speaker == "Manuel Neuer"
    assert text[q.start : q.end] == "Es sei nicht die Zeit für Panik"


def test_separable_cue_split_by_its_adverbials() -> None:
    text = (
        "Das Bundesinnenministerium teilte am Montag mit, die Zahl der Asylanträge sei um ein Viertel "
        "gesunken. Innenministerin Nancy Faeser räumte in einem Interview ein, dass die Verfahren noch "
        "immer zu lange dauerten."
    )
    q = find(text, "Zahl der Asylanträge", "de")
    assert text[q.start : q.end] == "die Zahl der Asylanträge sei um ein Viertel gesunken"
    assert q.speaker is not None and "Bundesinnenministerium" in q.speaker
    assert find(text, "Verfahren noch", "de").speaker == "Nancy Faeser"


def test_frage_antwort_interview() -> None:
    text = (
        "Die Forscherin Petra Bendel im Gespräch mit der Zeitung.\n\n"
        "Frage: Frau Bendel, sind die Zahlen ein Erfolg der Politik?\n\n"
        "Antwort: Nur bedingt. Viele Faktoren spielen eine Rolle.\n\n"
        "Frage: Was müsste sich ändern?\n\n"
        "Antwort: Wir brauchen schnellere Verfahren.\n"
    )
    answers = [q for q in extract(text, "de") if q.rule == "direct:interview-answer"]
    assert [text[q.start : q.end] for q in answers] == [
        "Nur bedingt. Viele Faktoren spielen eine Rolle.",
        "Wir brauchen schnellere Verfahren.",
    ]
    assert all(q.speaker == "Petra Bendel" for q in answers)


def test_trailing_wie_x_mitteilte_and_fuegte_er_hinzu() -> None:
    text = (
        "Die Verbraucherpreise lagen um 2,2 Prozent über dem Niveau des Vorjahresmonats, wie das "
        "Statistische Bundesamt am Mittwoch mitteilte. „Die Kauflaune kehrt langsam zurück“, sagte "
        "HDE-Hauptgeschäftsführer Stefan Genth. Sie sei aber noch fragil, fügte er hinzu."
    )
    q = find(text, "Verbraucherpreise", "de")
    assert (
        text[q.start : q.end]
        == "Die Verbraucherpreise lagen um 2,2 Prozent über dem Niveau des Vorjahresmonats"
    )
    assert q.speaker is not None and "Bundesamt" in q.speaker
    q = find(text, "noch fragil", "de")
    assert text[q.start : q.end] == "Sie sei aber noch fragil" and q.speaker == "Stefan Genth"


def test_das_sagte_x_after_the_quotation() -> None:
    text = "„Wir sind mit dem Ergebnis sehr zufrieden.“ Das sagte Bahnchef Richard Lutz am Montag in Berlin."
    q = find(text, "sehr zufrieden", "de")
    assert q.kind == "direct" and q.speaker == "Richard Lutz"


def test_heisst_es_in_einer_mitteilung() -> None:
    text = "„Die Preiserhöhung ist leider unvermeidlich“, heißt es in einer Mitteilung der Deutschen Bahn."
    q = find(text, "unvermeidlich", "de")
    assert q.speaker is not None and q.speaker.endswith("Deutschen Bahn")


def test_a_quoted_newspaper_between_cue_and_quotation() -> None:
    text = (
        "Der Fahrgastverband ist empört. Verbandschef Detlef Neuß sagte der „Rheinischen Post“: "
        "„Die Kunden zahlen die Zeche für das Missmanagement.“"
    )
    q = find(text, "Zeche", "de")
    assert q.speaker == "Detlef Neuß"
    assert not any(text[x.start : x.end] == "Rheinischen Post" for x in extract(text, "de"))


def test_plural_sie_takes_the_group_not_the_last_speaker() -> None:
    text = (
        "„Wir sind froh über die Einigung“, sagte Kanzlerin Maria Stein. Die Ärzte warnten dagegen vor "
        "einer neuen Welle. Sie sagten, die Krankenhäuser seien schon jetzt voll."
    )
    q = find(text, "Krankenhäuser", "de")
    assert q.speaker == "Die Ärzte"


def test_so_sagte_and_a_sentence_after_a_closing_low_high_quote() -> None:
    text = (
        "So sagte der Finanzminister Jörg Wenzel am Dienstag, die Lage sei ernst. "
        "Maier sagte der Zeitung: „Diese Regierung ist am Ende.“ Laut Maier müsse es Neuwahlen geben."
    )
    assert find(text, "Lage sei ernst", "de").speaker == "Jörg Wenzel"
    q = find(text, "Neuwahlen", "de")
    assert text[q.start : q.end] == "müsse es Neuwahlen geben" and q.speaker == "Maier"


def test_von_der_particle_names_and_a_place_of_work() -> None:
    text = (
        "„Europa muss jetzt handeln“, sagte EU-Kommissionspräsidentin Ursula von der Leyen in Brüssel. "
        "Sie fügte hinzu, man werde die Ukraine weiter unterstützen. Der Sicherheitsexperte Urs Keller "
        "von der ETH Zürich hält das für richtig. „Das reicht aber nicht“, sagte er."
    )
    assert find(text, "Europa muss", "de").speaker == "Ursula von der Leyen"
    assert find(text, "weiter unterstützen", "de").speaker == "Ursula von der Leyen"
    assert find(text, "reicht aber nicht", "de").speaker == "Urs Keller"

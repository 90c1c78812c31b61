"""German online-news constructions the third blind batch (tests/parsing/de_external_style_3) showed
missing: a sentence reported by the "Das teilte X mit." after it, a fronted report with its own
subordinate clause ("…, weil …, sagte X"), an adverb after the inverted subject ("betonte sie
zugleich"), "keinen/keinem …" as a determiner (no name), "Nach Auskunft des …", "würdigte X als „Y“".
Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import quotes


def _one(text: str) -> tuple[str, str, str | None]:
    found = quotes(text, "de")
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Olpe. Der Pumpenhersteller Kerst hat beim Amtsgericht Insolvenz beantragt. "
            "Das teilte das Unternehmen am Dienstag mit.",
            "Der Pumpenhersteller Kerst hat beim Amtsgericht Insolvenz beantragt",
            "Kerst",  # "das Unternehmen" is the firm just named
        ),
        (
            "Die Polizei hat in der Nacht drei Wohnungen in Gera durchsucht. "
            "Das teilten Polizei und Staatsanwaltschaft am Morgen mit.",
            "Die Polizei hat in der Nacht drei Wohnungen in Gera durchsucht",
            "Staatsanwaltschaft",
        ),
        (
            "Die Brücke bleibt bis Ende Mai gesperrt. Dies sagte Bürgermeisterin Anna Roth im Stadtrat.",
            "Die Brücke bleibt bis Ende Mai gesperrt",
            "Anna Roth",
        ),
        (
            "Der Verein trennt sich von seinem Trainer. Das bestätigte ein Sprecher des Klubs.",
            "Der Verein trennt sich von seinem Trainer",
            "ein Sprecher des Klubs",
        ),
    ],
)
def test_sentence_reported_by_the_next_one(text: str, content: str, speaker: str) -> None:
    kind, quoted, who = _one(text)
    assert quoted == content
    assert kind == "indirect"
    assert who is not None and speaker in who


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister trat am Montag zurück. Das erklärt den plötzlichen Abgang.",
        "Die Anleger hielten sich zurück. Das erklärt die Zurückhaltung an den Märkten.",
        "Die Preise stiegen im Mai um zwei Prozent. Das zeigt eine Auswertung des Landesamts.",
        "Der Zug fiel am Morgen aus. Das sagt viel über den Zustand der Strecke.",
    ],
)
def test_das_with_an_object_or_no_speech_verb_is_no_report(text: str) -> None:
    assert quotes(text, "de") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Viele Pflegekräfte arbeiteten in Teilzeit, weil sie die Belastung nicht aushielten, "
            "sagte Verdi-Sprecherin Jana Kolb im Interview mit dem MDR.",
            "Viele Pflegekräfte arbeiteten in Teilzeit, weil sie die Belastung nicht aushielten",
            "Jana Kolb",
        ),
        (
            "Die Straße werde erst saniert, wenn der Bund das Geld freigebe, sagte Landrat Ulf Behrens.",
            "Die Straße werde erst saniert, wenn der Bund das Geld freigebe",
            "Ulf Behrens",
        ),
        (
            "Der Bau verzögere sich, obwohl alle Genehmigungen vorlägen, kritisierte der Architekt.",
            "Der Bau verzögere sich, obwohl alle Genehmigungen vorlägen",
            "der Architekt",
        ),
    ],
)
def test_fronted_report_with_its_own_subordinate_clause(text: str, content: str, speaker: str) -> None:
    kind, quoted, who = _one(text)
    assert quoted == content
    assert kind == "indirect"
    assert who is not None and speaker in who


def test_a_relative_clause_after_the_subject_is_still_an_appositive() -> None:
    kind, quoted, who = _one(
        "Eine Nachbarin, die den Brand vom Fenster aus gesehen hatte, erzählte, es sei sehr schnell gegangen."
    )
    assert quoted == "es sei sehr schnell gegangen"
    assert who == "Eine Nachbarin"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Die Stadt trage nur einen Teil der Schuld, betonte sie zugleich.", "Die Stadt trage nur"),
        ("Das Angebot sei zu niedrig, kritisierte der Betriebsrat zudem.", "Das Angebot sei zu niedrig"),
        ("Man werde die Lage genau beobachten, warnte er weiter.", "Man werde die Lage genau beobachten"),
    ],
)
def test_adverb_after_the_inverted_subject(text: str, content: str) -> None:
    kind, quoted, _ = _one(text)
    assert quoted.startswith(content)
    assert kind == "indirect"


def test_adverb_then_dass_clause_takes_the_clause() -> None:
    kind, quoted, _ = _one("Die Lage sei schwierig, warnte sie zugleich, dass die Kosten weiter steigen.")
    assert quoted == "die Kosten weiter steigen"


@pytest.mark.parametrize(
    "text",
    [
        "Er habe keinen Zweifel, sagte der Minister.",
        "Die Kammer habe keinen Zweifel an der Schuld, sagte der Minister.",
        "Man sehe in keinem Fall Handlungsbedarf, sagte der Minister.",
    ],
)
def test_noun_after_kein_is_no_name(text: str) -> None:
    _, _, who = _one(text)
    assert who == "der Minister"


def test_nach_auskunft_names_the_source() -> None:
    found = quotes(
        "Nach Auskunft des Wasserverbands ist das Leitungswasser wieder trinkbar. "
        "Die Proben seien am Morgen unauffällig gewesen.",
        "de",
    )
    assert [q[1] for q in found] == [
        "ist das Leitungswasser wieder trinkbar",
        "Die Proben seien am Morgen unauffällig gewesen",
    ]
    assert all(q[2] is not None and "Wasserverband" in q[2] for q in found)


def test_nach_ansicht_of_things_is_no_source() -> None:
    text = "Der Schiedsrichter entschied nach Ansicht der Fernsehbilder auf Elfmeter."
    assert quotes(text, "de") == []


def test_wuerdigte_als_quotes_the_description() -> None:
    kind, quoted, who = _one("Die Rektorin würdigte den Verstorbenen als „großen Lehrer und Freund“.")
    assert (kind, quoted) == ("direct", "großen Lehrer und Freund")
    assert who == "Die Rektorin"


def test_wuerdigte_with_a_plain_object_is_nothing() -> None:
    assert quotes("Die Ministerin würdigte die Arbeit der vielen Helfer.", "de") == []


# ------------------------------------------------------------------ names: particles, -ung surnames
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Unionsfraktionschef Karl-Heinz von Stetten sagte, die Regierung sei am Ende.",
            "die Regierung sei am Ende",
            "Karl-Heinz von Stetten",
        ),
        (
            "Laut Bahnchefin Marie von Salm ist die Strecke ab Montag wieder frei.",
            "ist die Strecke ab Montag wieder frei",
            "Marie von Salm",
        ),
        (
            "Ursula von der Brelie ist Kommissarin. Von der Brelie sagte, die EU sei zu Hilfen bereit.",
            "die EU sei zu Hilfen bereit",
            "Ursula von der Brelie",
        ),
        (
            "Friedrich von Arnsdorf führt die Fraktion. Die Koalition sei am Ende, sagte von Arnsdorf.",
            "Die Koalition sei am Ende",
            "Friedrich von Arnsdorf",
        ),
        (
            "Friedrich von Arnsdorf führt die Fraktion. Am Montag sagte von Arnsdorf, man sei bereit.",
            "man sei bereit",
            "Friedrich von Arnsdorf",
        ),
    ],
)
def test_surname_with_its_particle(text: str, content: str, speaker: str) -> None:
    kind, quoted, who = _one(text)
    assert quoted == content
    assert who == speaker


def test_a_particle_phrase_that_is_no_name_stays_a_phrase() -> None:
    kind, quoted, who = _one("Von Anfang an sagte der Bürgermeister, das Projekt sei zu teuer.")
    assert quoted == "das Projekt sei zu teuer"
    assert who == "der Bürgermeister"
    kind, quoted, who = _one("Sandra Keppler von der Beratungsstelle sagte, es gebe Hilfe.")
    assert who == "Sandra Keppler"


def test_surname_ending_in_ung_after_a_title_is_a_name() -> None:
    found = quotes(
        "Berlin. Finanzminister Thomas Hartung (FDP) hat den Ton verschärft. Er werde keinem Entwurf "
        "zustimmen, sagte der FDP-Politiker am Dienstag.",
        "de",
    )
    assert [(q[1], q[2]) for q in found] == [("Er werde keinem Entwurf zustimmen", "Thomas Hartung")]


def test_adjective_opening_a_sentence_is_no_given_name() -> None:
    # "Zusätzliche Kredite" is no person the descriptor could be resolved to
    found = quotes(
        "Zusätzliche Kredite lehnt Finanzministerin Anna Hartung ab. Neue Schulden seien falsch, "
        "sagte die Ministerin.",
        "de",
    )
    assert [q[2] for q in found] == ["Anna Hartung"]


# ------------------------------------------------------------------ "der CDU-Politiker": the party
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Erfurt. Landtagspräsident Jonas Brehmer (CDU) eröffnete die Sitzung. "
            "Finanzministerin Ute Sandau (SPD) verteidigte den Etat. "
            "Der Etat sei solide, sagte die SPD-Politikerin.",
            "Ute Sandau",
        ),
        (
            "Erfurt. Fraktionschef Jonas Brehmer (CDU) forderte Neuwahlen. Finanzminister Ulf Sandau (SPD) "
            "verteidigte den Etat. Die Regierung müsse gehen, sagte der CDU-Politiker.",
            "Jonas Brehmer",
        ),
        (
            "Kiel. Umweltministerin Lena Ohm (Grüne) und Innenministerin Ute Kahl (SPD) "
            "stellten den Plan vor. "
            "Das Gesetz komme zu spät, räumte die Grünen-Politikerin ein.",
            "Lena Ohm",
        ),
    ],
)
def test_a_party_description_is_someone_of_that_party(text: str, speaker: str) -> None:
    found = quotes(text, "de")
    assert len(found) == 1, found
    assert found[0][2] == speaker


# ------------------------------------------------------------------ separable cues after a noun subject
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Das Gesetz komme zu spät, räumte die Ministerin ein.",
            "Das Gesetz komme zu spät",
            "die Ministerin",
        ),
        (
            "Die Zahlen seien geschönt, räumte der Sprecher am Montag ein.",
            "Die Zahlen seien geschönt",
            "der Sprecher",
        ),
        ("Die Kosten seien viel zu hoch, rechnete er vor.", "Die Kosten seien viel zu hoch", None),
    ],
)
def test_separable_cue_after_the_subject(text: str, content: str, speaker: str | None) -> None:
    kind, quoted, who = _one(text)
    assert quoted == content
    if speaker is not None:
        assert who == speaker


def test_an_article_after_the_subject_is_no_particle() -> None:
    # "ein Jahr später" is a circumstance, not the particle of "räumte … ein"
    assert (
        quotes("Die Lage sei ernst, sagte die Ministerin ein Jahr später im Landtag vor allen.", "de") != []
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Der Jurist Jan Brede gab zu bedenken, dass solche Urteile selten seien.",
            "solche Urteile selten seien",
        ),
        ("Stadtrat Ole Kamp hielt dagegen: „Das ist zu teuer.“", "Das ist zu teuer."),
    ],
)
def test_phrases_of_objection(text: str, content: str) -> None:
    _, quoted, who = _one(text)
    assert quoted == content
    assert who is not None


def test_party_noun_description() -> None:
    found = quotes(
        "Berlin. Fraktionsvize Jens Mäurer (SPD) ist wütend. Minister Ole Brandt (CDU) schwieg. "
        "Der Sozialdemokrat warf dem Minister vor, das Parlament getäuscht zu haben.",
        "de",
    )
    assert [q[1] for q in found] == ["das Parlament getäuscht zu haben"]
    assert found[0][2] is not None and "Jens Mäurer" in found[0][2]


def test_der_coach_is_the_trainer_named_before() -> None:
    found = quotes(
        "Unions Trainer Dirk Assmann war zufrieden. Die Mannschaft hat Moral gezeigt, lobte der Coach.", "de"
    )
    assert [(q[1], q[2]) for q in found] == [("Die Mannschaft hat Moral gezeigt", "Dirk Assmann")]


# ------------------------------------------------------------------ "Die Reform, so die Ministerin, sei …"
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Reform, so die Ministerin, sei überfällig.", "die Ministerin"),
        ("Das Ziel, so der Kanzler, bleibe eine Einigung.", "der Kanzler"),
        ("Die Reform, so Ministerin Anna Berg, sei überfällig.", "Anna Berg"),
        ("Der Plan, sagte die Landrätin, werde nicht geändert.", "die Landrätin"),
    ],
)
def test_parenthetical_cue_inside_a_short_report(text: str, speaker: str) -> None:
    kind, quoted, who = _one(text)
    assert quoted == text[:-1]  # one span with the cue inside
    assert kind == "indirect"
    assert who == speaker  # not the report's first noun ("Reform") made a titled person


def test_title_apposition_is_still_read() -> None:
    _, quoted, who = _one("Anna Berg, die Ministerin, sagte, die Reform sei überfällig.")
    assert (quoted, who) == ("die Reform sei überfällig", "Anna Berg")


# ------------------------------------------------------------------ "X vom Institut der deutschen Wirtschaft"
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Ökonom Paul Treder vom Institut der deutschen Wirtschaft warnte, andere könnten folgen.",
            "Paul Treder",
        ),
        ("Anna Roth vom Bund der deutschen Steuerzahler sagte, das Projekt sei viel zu teuer.", "Anna Roth"),
        ("Jana Ott von der Universität zu Köln sagte, die Studie sei noch nicht abgeschlossen.", "Jana Ott"),
    ],
)
def test_affiliation_after_the_name_is_no_speaker(text: str, speaker: str) -> None:
    _, _, who = _one(text)
    assert who is not None and speaker in who


def test_an_adjective_noun_subject_is_kept() -> None:
    _, _, who = _one("Die Sprecherin der deutschen Botschaft sagte, das Visum sei abgelaufen.")
    assert who == "Die Sprecherin der deutschen Botschaft"


# ------------------------------------------------------------------ periphrastic tenses with fronted content
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Der Angeklagte habe aus Habgier gehandelt, hatte die Staatsanwältin im Plädoyer argumentiert.",
            "Der Angeklagte habe aus Habgier gehandelt",
            "die Staatsanwältin",
        ),
        (
            "Das Gesetz sei verfassungswidrig, hat die Ministerin erklärt.",
            "Das Gesetz sei verfassungswidrig",
            "die Ministerin",
        ),
        (
            "Die Brücke sei marode, hatte Landrat Uwe Kern im Januar betont.",
            "Die Brücke sei marode",
            "Uwe Kern",
        ),
    ],
)
def test_fronted_report_before_a_perfect_tense_cue(text: str, content: str, speaker: str) -> None:
    kind, quoted, who = _one(text)
    assert (kind, quoted) == ("indirect", content)
    assert who is not None and speaker in who


def test_fronted_clause_then_auxiliary_then_subject() -> None:
    _, quoted, who = _one(
        "Nachdem der Zug entgleist war, hatte ein Sprecher der Bahn erklärt, man prüfe die Ursache."
    )
    assert (quoted, who) == ("man prüfe die Ursache", "ein Sprecher der Bahn")


# ------------------------------------------------------------------ "Ein Sprecher … Man prüfe …, sagte er."
def test_pronoun_after_an_unnamed_subject_is_that_person() -> None:
    found = quotes(
        "Berlin. Minister Jan Ott (SPD) schwieg. Ein Sprecher des Ministeriums wollte das auf Anfrage "
        "nicht kommentieren. Man führe vertrauliche Gespräche, erklärte er.",
        "de",
    )
    assert [(q[1], q[2]) for q in found] == [
        ("Man führe vertrauliche Gespräche", "Ein Sprecher des Ministeriums")
    ]


def test_pronoun_after_a_named_person_stays_with_the_name() -> None:
    found = quotes(
        "Minister Jan Ott schwieg. Ein Sprecher des Ministeriums wollte das nicht kommentieren. Minister Ott "
        "sagte später, man führe Gespräche. Man sei zuversichtlich, erklärte er.",
        "de",
    )
    assert [q[2] for q in found] == ["Jan Ott", "Jan Ott"]


def test_pronoun_of_the_other_gender_is_not_the_unnamed_one() -> None:
    found = quotes(
        "Ministerin Jana Ott (SPD) schwieg. Ein Sprecher des Ministeriums wollte das nicht kommentieren. "
        "Man führe vertrauliche Gespräche, erklärte sie.",
        "de",
    )
    assert [q[2] for q in found] == ["Jana Ott"]


# ------------------------------------------------------------------ reported mood in a subordinate clause
@pytest.mark.parametrize(
    "after",
    [
        "Einen Bericht der „Lokalzeitung“, wonach ein Investor Interesse habe, wollte er nicht kommentieren.",
        "Es ist unklar, ob der Käufer noch komme.",
        "Die Meldung, dass der Standort schließe, war falsch.",
    ],
)
def test_mood_inside_a_subordinate_clause_continues_nothing(after: str) -> None:
    found = quotes("Es gebe erste Gespräche, sagte der Verwalter. " + after, "de")
    assert [q[1] for q in found] == ["Es gebe erste Gespräche"]


@pytest.mark.parametrize(
    "after",
    [
        "Ob es eine Einigung gebe, sei offen.",
        "Die Firma, die Geld verloren habe, sei in Not.",
    ],
)
def test_mood_in_the_main_clause_still_continues(after: str) -> None:
    found = quotes("Es gebe erste Gespräche, sagte der Verwalter. " + after, "de")
    assert [q[1] for q in found] == ["Es gebe erste Gespräche", after[:-1]]


# ------------------------------------------------------------------ "X reagierte gelassen: „…“"
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Kanzlerin Anna Wiegand reagierte gelassen: „Wir werden uns einigen.“",
            "Wir werden uns einigen.",
            "Anna Wiegand",
        ),
        (
            "Der Trainer haderte: „Das war nie und nimmer ein Elfmeter.“",
            "Das war nie und nimmer ein Elfmeter.",
            "Der Trainer",
        ),
        (
            "Berlin. Jan Roth zeigte sich dennoch zuversichtlich: „Am Ende gibt es einen Haushalt.“",
            "Am Ende gibt es einen Haushalt.",
            "Jan Roth",
        ),
    ],
)
def test_clause_without_speech_verb_before_a_colon(text: str, content: str, speaker: str) -> None:
    kind, quoted, who = _one(text)
    assert (kind, quoted) == ("direct", content)
    assert who is not None and speaker in who


@pytest.mark.parametrize(
    "text",
    [
        "Auf den Plakaten der Demonstranten stand: „Freiheit statt Kameras“.",
        "Das Motto des Festes lautet: „Gemeinsam stark in die Zukunft“.",
        "Die Antwort kam prompt: „Das machen wir nicht mit.“",
        "Der Titel des neuen Buches lautet: „Wir schaffen das“.",
    ],
)
def test_no_person_before_the_colon_no_speaker(text: str) -> None:
    assert all(who is None for _, _, who in quotes(text, "de"))


# ------------------------------------------------------------------ a speech act, then the reported mood
@pytest.mark.parametrize(
    ("text", "reports", "speaker"),
    [
        (
            "Der Minister wies die Vorwürfe zurück: Man habe alle Regeln eingehalten.",
            ["Man habe alle Regeln eingehalten"],
            "Der Minister",
        ),
        (
            "Der Landrat wies die Kritik zurück. Man habe alle Regeln beachtet. Das Verfahren sei korrekt.",
            ["Man habe alle Regeln beachtet", "Das Verfahren sei korrekt"],
            "Der Landrat",
        ),
        (
            "Der CSU-Chef lehnte das ab. Eine Steuererhöhung komme nicht infrage.",
            ["Eine Steuererhöhung komme nicht infrage"],
            "Der CSU-Chef",
        ),
        (
            "Die Polizei warnt vor falschen Handwerkern. Diese würden oft ältere Menschen ansprechen.",
            ["Diese würden oft ältere Menschen ansprechen"],
            "Die Polizei",
        ),
    ],
)
def test_reported_mood_after_a_speech_act_without_report(text: str, reports: list[str], speaker: str) -> None:
    found = quotes(text, "de")
    assert [q[1] for q in found] == reports
    assert all(q[2] == speaker for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin lobte die Helfer. Das Wetter war am Abend gut.",
        "Der Minister wies die Vorwürfe zurück. Die Sitzung dauerte bis in den Abend.",
        "Er lehnte sich zurück und lachte.",
        "Die Polizei warnt vor falschen Handwerkern.\n\nDie Täter seien meist zu zweit unterwegs.",
    ],
)
def test_no_reported_mood_after_the_speech_act_no_report(text: str) -> None:
    assert quotes(text, "de") == []


# ------------------------------------------------------------------ "Dem SPIEGEL sagte der Minister, …"
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Dem Magazin sagte der Minister, er plane keine Steuererhöhung.",
            "er plane keine Steuererhöhung",
            "der Minister",
        ),
        (
            "Den Reportern erklärte die Ministerin, sie trete nicht zurück.",
            "sie trete nicht zurück",
            "die Ministerin",
        ),
        (
            "Unserer Zeitung sagte Landrat Jan Ott, die Straße bleibe gesperrt.",
            "die Straße bleibe gesperrt",
            "Jan Ott",
        ),
    ],
)
def test_hearer_before_the_cue_is_no_subject(text: str, content: str, speaker: str) -> None:
    _, quoted, who = _one(text)
    assert quoted == content
    assert who is not None and speaker in who


# ------------------------------------------------------------------ "laut X" inside the clause
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Stadt plant laut Oberbürgermeister Dieter Rainer keine Fahrverbote.", "Dieter Rainer"),
        ("Die Stadt plant nach Worten von Bürgermeisterin Ute Kahl keine neuen Schulden.", "Ute Kahl"),
        ("Die Steuer steigt laut dem Bund der Steuerzahler um zwei Prozent.", "dem Bund der Steuerzahler"),
    ],
)
def test_mid_clause_source_ends_before_the_clause_object(text: str, speaker: str) -> None:
    _, quoted, who = _one(text)
    assert quoted == text[:-1]
    assert who == speaker


# ------------------------------------------ batch 3b: "zu" as a preposition, times, "und versprach"
def test_zu_with_an_article_is_no_infinitive_report() -> None:
    assert quotes("Der Minister rief beide Seiten zu einer schnellen Einigung auf.", "de") == []
    assert quotes("Die Kanzlerin rief die Länder zu Gesprächen auf.", "de") == []
    _, quoted, _ = _one("Der Angeklagte räumte ein, das Geld genommen zu haben.")
    assert quoted == "das Geld genommen zu haben"


def test_time_after_the_inverted_subject_is_no_part_of_it() -> None:
    _, _, who = _one("Die Kosten seien hoch, sagte ein Sprecher am Vormittag.")
    assert who == "ein Sprecher"
    _, _, who = _one("Die Kosten seien hoch, sagte ein Sprecher am Landgericht.")
    assert who == "ein Sprecher am Landgericht"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Der Bürgermeister dankte den Helfern und sagte, die Stadt werde die Kosten tragen.",
            "die Stadt werde die Kosten tragen",
            "Der Bürgermeister",
        ),
        (
            "Landrätin Eva Kühn (CDU) besuchte die Halle. Sie dankte den Helfern und versprach, "
            "die Schäden rasch zu beheben.",
            "die Schäden rasch zu beheben",
            "Eva Kühn",
        ),
    ],
)
def test_second_verb_of_the_sentence_shares_its_subject(text: str, content: str, speaker: str) -> None:
    _, quoted, who = _one(text)
    assert (quoted, who) == (content, speaker)


# ------------------------------------------ "die Gewerkschaft" after "…gewerkschaft (EVG)"
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Berlin. Die Lokführer- und Zugbegleitergewerkschaft (LZG) ruft zum Streik auf. "
            "Der Ausstand solle um 3 Uhr beginnen, teilte die Gewerkschaft mit.",
            "LZG",
        ),
        (
            "Die Industriegewerkschaft hat gestreikt. Das Angebot sei zu niedrig, sagte die Gewerkschaft.",
            "Industriegewerkschaft",
        ),
    ],
)
def test_short_description_of_a_compound_named_body(text: str, speaker: str) -> None:
    _, _, who = _one(text)
    assert who == speaker


def test_a_plain_noun_before_is_no_body_name() -> None:
    # "Gewerkschaft" alone earlier names nobody in particular
    found = quotes(
        "Jede Gewerkschaft kämpft für ihre Leute. Das Angebot sei viel zu niedrig, sagte die Gewerkschaft.",
        "de",
    )
    assert [q[2] for q in found] == ["die Gewerkschaft"]


def test_pronoun_after_the_defendant_is_the_defendant_not_the_prosecutor() -> None:
    text = (
        "Staatsanwalt Henrik Baumann forderte drei Jahre Haft.\n\nDer Angeklagte hatte die Taten eingeräumt. "
        "In seinem letzten Wort sagte er: „Es tut mir leid.“"
    )
    assert [(q[1], q[2]) for q in quotes(text, "de")] == [("Es tut mir leid.", "Der Angeklagte")]


def test_pronoun_after_a_definite_office_stays_with_the_named() -> None:
    # "der Minister" may be someone named: the definite office is no unnamed speaker
    text = "Minister Jan Roth (SPD) kam spät. Der Minister wirkte müde. Das tue ihm leid, sagte er."
    assert [q[2] for q in quotes(text, "de")] == ["Jan Roth"]


# ------------------------------------------------------------------ "der 27-Jährige" of an unnamed person
def test_age_of_an_unnamed_person_is_not_the_last_named() -> None:
    text = (
        "Mönchengladbach. Das Landgericht hat einen 27-Jährigen zu elf Jahren Haft verurteilt. "
        "Verteidiger Kai Brenner nannte das Urteil falsch. "
        "In seinem letzten Wort sagte der 27-Jährige nur: „Es tut mir leid.“"
    )
    found = quotes(text, "de")
    assert ("Es tut mir leid.", "der 27-Jährige") in [(q[1], q[2]) for q in found]


@pytest.mark.parametrize(
    "text",
    [
        "Der 49-jährige Trainer Marco Kessler war enttäuscht. Das Team sei schwach, sagte der 49-Jährige.",
        "Trainer Marco Kessler ist 49 Jahre alt. Der 49-Jährige sagte, die Mannschaft habe gut gespielt.",
    ],
)
def test_age_of_a_named_person_is_that_person(text: str) -> None:
    assert [q[2] for q in quotes(text, "de")] == ["Marco Kessler"]


# ------------------------------------------ "machte … deutlich, dass": split separable cues
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Bürgermeister Rolf Amsel machte zu Beginn der Sitzung deutlich, dass die Gemeinde sparen müsse.",
            "die Gemeinde sparen müsse",
        ),
        ("Die Ministerin stellte am Montag im Landtag klar, dass sie im Amt bleibe.", "sie im Amt bleibe"),
        ("Der Konzern gab am Montag bekannt, dass 500 Stellen wegfallen.", "500 Stellen wegfallen"),
        ("Die Kosten seien viel zu hoch, rechnete die Fraktion vor.", "Die Kosten seien viel zu hoch"),
        ("Das Gesetz komme zu spät, wandte die Ministerin ein.", "Das Gesetz komme zu spät"),
    ],
)
def test_split_separable_cue_with_its_particle(text: str, content: str) -> None:
    _, quoted, who = _one(text)
    assert quoted == content
    assert who is not None


@pytest.mark.parametrize(
    "text",
    [
        "Die Opposition machte Druck, dass das Gesetz schnell kommt.",
        "Sie stellte einen Antrag, dass die Sitzung vertagt werde.",
        "Er gab ihm das Buch, das er lange gesucht hatte.",
        "Der Trainer machte Urlaub in Italien. Das Wetter war gut.",
    ],
)
def test_the_same_verbs_without_their_particle_are_no_cues(text: str) -> None:
    assert quotes(text, "de") == []


# ------------------------------------------------------------------ "A, wie X mitteilte, B": one span
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Halle bleibt, wie ein Sprecher der Stadt mitteilte, bis Freitag geschlossen.",
            "ein Sprecher der Stadt",
        ),
        (
            "Konstanze Berg geht. Die Jahre in Kiel seien, wie sie selbst sagt, die schönsten gewesen.",
            "Konstanze Berg",
        ),
    ],
)
def test_as_clause_inside_the_report(text: str, speaker: str) -> None:
    found = quotes(text, "de")
    span = text[text.rfind(". ") + 2 if text.count(". ") else 0 : -1]
    assert [(q[1], q[2]) for q in found] == [(span, speaker)]


def test_as_phrase_without_a_cue_is_nothing() -> None:
    assert quotes("Er kam, wie so oft, viel zu spät zur Sitzung.", "de") == []

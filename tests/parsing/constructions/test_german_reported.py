"""German reported speech as online news writes it: sources inside the according-to phrase ("Nach
Polizeiangaben", "Nach Müllers Worten"), 'sprach von „…“' and 'nannte X „Y“', Konjunktiv runs through
sentences whose verb could be either mood, a fronted adverbial before "sagte X", a one-word opener
before a parenthetical cue, quoted titles that are no quotations, and passive participles that are no
cues. Every sentence here is written for this module."""

from __future__ import annotations

from attribution.parsing import extract
from tests.parsing.helpers import find, quotes


def texts(text: str) -> list[str]:
    return [t for _, t, _ in quotes(text, "de")]


# ------------------------------------------------------------------ according-to with the source inside


def test_nach_polizeiangaben_names_the_police() -> None:
    text = (
        "Auf der A 7 bei Hildesheim hat sich am Morgen ein schwerer Unfall ereignet. Nach Polizeiangaben "
        "fuhr ein Lastwagen auf ein Stauende auf."
    )
    q = find(text, "fuhr ein Lastwagen", "de")
    assert text[q.start : q.end] == "fuhr ein Lastwagen auf ein Stauende auf"
    assert q.kind == "indirect" and q.speaker == "Polizei"


def test_nach_un_angaben_and_nach_feuerwehrangaben() -> None:
    text = "Nach UN-Angaben sind mehr als 40.000 Menschen auf der Flucht. Die Lage an der Grenze ist unklar."
    q = find(text, "auf der Flucht", "de")
    assert q.speaker == "UN"
    text = "Nach Feuerwehrangaben brannte der Dachstuhl vollständig aus. Verletzt wurde niemand."
    q = find(text, "Dachstuhl", "de")
    assert q.speaker == "Feuerwehr"


def test_nach_x_s_worten_names_the_person() -> None:
    text = (
        "Landrätin Petra Hollmann (CDU) besuchte am Dienstag die Baustelle. Nach Hollmanns Worten wird die "
        "Brücke im Herbst wieder freigegeben."
    )
    q = find(text, "Brücke im Herbst", "de")
    assert q.kind == "indirect" and q.speaker == "Petra Hollmann"


def test_plain_nach_angaben_still_reads_its_source_after_it() -> None:
    text = "Nach Angaben der Stadtwerke waren rund 3000 Haushalte ohne Strom."
    q = find(text, "3000 Haushalte", "de")
    assert q.speaker is not None and "Stadtwerke" in q.speaker


def test_nach_with_a_time_or_a_place_is_no_source() -> None:
    assert extract("Nach Ostern beginnen die Bauarbeiten am Bahnhof in Celle.", "de") == []
    text = "Nach Jahren des Streits einigten sich die beiden Gemeinden auf einen Vertrag."
    assert extract(text, "de") == []


# ------------------------------------------------------------------ sprach von / nannte


def test_sprach_von_a_quoted_phrase_is_direct() -> None:
    text = (
        "Die Gewerkschaft reagierte empört. Landeschefin Maren Voß sprach von einem „Verrat an den "
        "Beschäftigten“."
    )
    q = find(text, "Verrat an den", "de")
    assert q.kind == "direct" and text[q.start : q.end] == "Verrat an den Beschäftigten"
    assert q.speaker == "Maren Voß"


def test_sprach_von_a_quoted_adjective_inside_a_noun_phrase_is_mixed() -> None:
    text = "Der Bürgermeister Jan Ebeling sprach von einer „komplett überzogenen“ Forderung des Landes."
    q = find(text, "überzogenen", "de")
    assert q.kind == "mixed" and q.speaker == "Jan Ebeling"
    assert text[q.start : q.end].startswith("einer „komplett") and text[q.start : q.end].endswith("Landes")


def test_sprach_von_without_a_quotation_or_with_one_quoted_word_is_no_quote() -> None:
    assert extract("Der Trainer Uwe Rapp sprach von einem verdienten Sieg seiner Mannschaft.", "de") == []
    text = "Die Opposition spricht von „Wahlkampfgetöse“ und will im Ausschuss nachhaken."
    assert [t for t in texts(text) if "Wahlkampfgetöse" in t] == []


def test_nannte_x_quoted_y_is_mixed() -> None:
    text = "Der Naturschutzbund nannte den Beschluss des Kreistags „kurzsichtig und teuer“."
    q = find(text, "kurzsichtig", "de")
    assert q.kind == "mixed" and text[q.start : q.end].startswith("den Beschluss")


def test_nannte_without_a_quotation_is_no_quote() -> None:
    assert extract("Die Eltern nannten ihre Tochter Marlene, nach der Großmutter.", "de") == []


# ------------------------------------------------------------------ Konjunktiv runs


def test_a_sentence_in_either_mood_goes_on_when_the_next_is_surely_reported() -> None:
    text = (
        "Die Bäckerei-Innung warnt vor höheren Brotpreisen. Klaus Wendel, Obermeister der Innung, sagte, "
        "die Betriebe zahlten inzwischen doppelt so viel für Energie. Die Kunden spürten das an der Theke. "
        "Viele Bäckereien müssten ihre Öffnungszeiten kürzen."
    )
    for fragment in ("Die Kunden spürten", "Viele Bäckereien müssten"):
        q = find(text, fragment, "de")
        assert (q.kind, q.speaker, q.cue) == ("indirect", "Klaus Wendel", None)


def test_a_sentence_in_either_mood_before_an_indicative_one_is_the_reporters() -> None:
    text = (
        "Klaus Wendel, Obermeister der Innung, sagte, die Betriebe zahlten doppelt so viel für Energie. "
        "Die Preise stiegen im vergangenen Jahr um elf Prozent. Die Innung hat rund 300 Mitglieder."
    )
    assert texts(text) == ["die Betriebe zahlten doppelt so viel für Energie"]


def test_an_adjective_in_ten_is_no_verb_of_either_mood() -> None:
    text = (
        "Ortsvorsteher Bernd Kahl sagte, die Straße werde im Mai saniert. In den letzten Wochen gab es "
        "viele Beschwerden. Die Anwohner seien verärgert."
    )
    assert "In den letzten Wochen gab es viele Beschwerden" not in texts(text)


def test_a_weak_past_tense_after_a_pronoun_is_not_the_mood() -> None:
    text = (
        "„Ich habe den Wagen zu spät gesehen“, sagte der Fahrer. Er bremste noch und wurde dennoch gegen "
        "einen Baum geschleudert."
    )
    assert texts(text) == ["Ich habe den Wagen zu spät gesehen"]


def test_a_passive_participle_neither_cues_nor_stops_the_run() -> None:
    text = (
        "Die Polizei warnte am Freitag davor, dass falsche Handwerker an Haustüren klingeln. Allein in "
        "dieser Woche seien sechs Fälle gemeldet worden. Die Täter gäben sich als Mitarbeiter der "
        "Stadtwerke aus."
    )
    for fragment in ("sechs Fälle gemeldet worden", "Die Täter gäben"):
        q = find(text, fragment, "de")
        assert q.cue is None and q.speaker is not None and "Polizei" in q.speaker


def test_sei_es_after_an_opener_is_the_verb_but_the_set_phrase_stays_none() -> None:
    text = (
        "Kapitänin Lea Brandt sagte, die Mannschaft habe gekämpft. Im Training sei es zuletzt sehr ruhig "
        "gewesen. Die Halle ist ab Montag gesperrt."
    )
    q = find(text, "Im Training sei es", "de")
    assert q.speaker == "Lea Brandt" and q.cue is None
    text = (
        "Kapitänin Lea Brandt sagte, die Mannschaft habe gekämpft. Gespielt wird trotzdem, sei es in der "
        "Halle oder draußen."
    )
    assert texts(text) == ["die Mannschaft habe gekämpft"]


# ------------------------------------------------------------------ word order, titles, parentheticals


def test_a_fronted_adverbial_phrase_is_no_subject() -> None:
    text = (
        "Der Prozess wurde am Nachmittag vertagt. Nach der Verhandlung sagte Verteidigerin Nina Roth vor "
        "Journalisten, ihr Mandant sei unschuldig."
    )
    q = find(text, "ihr Mandant sei unschuldig", "de")
    assert q.speaker == "Nina Roth"


def test_a_one_word_opener_before_a_parenthetical_cue() -> None:
    text = (
        "Anke Lohmann führt ihre Herde über den Deich. Damals, erzählt Lohmann, habe es im "
        "Dorf noch zwölf Schäfer gegeben."
    )
    q = find(text, "zwölf Schäfer", "de")
    assert text[q.start : q.end].startswith("Damals, erzählt Lohmann, habe")
    assert q.speaker == "Anke Lohmann"


def test_a_quoted_newspaper_title_before_the_verb_is_no_quotation() -> None:
    text = (
        "Ministerin Karla Ebert stellt die Reform infrage. Im Interview mit der „Nordsee-Rundschau“ "
        "kündigt die SPD-Politikerin eine neue Kommission an."
    )
    assert [t for t in texts(text) if "Rundschau" in t] == []


def test_a_quoted_newspaper_as_hearer_before_the_report() -> None:
    text = "Ministerin Karla Ebert sagte der „Nordsee-Rundschau“, die Reform komme frühestens 2028."
    q = find(text, "die Reform komme", "de")
    assert q.speaker == "Karla Ebert" and text[q.start : q.end] == "die Reform komme frühestens 2028"


def test_quote_comma_cue_still_attributes() -> None:
    text = "„Wir geben nicht auf“, sagte Trainerin Sabine Ott nach dem Spiel."
    q = find(text, "Wir geben nicht auf", "de")
    assert q.speaker == "Sabine Ott"


# ------------------------------------------------------------------ "so X" and its look-alikes


def test_so_x_after_a_comma_names_the_speaker() -> None:
    text = (
        "Die Tafel in Goslar gibt seit Montag weniger Lebensmittel aus. Die Spenden der Supermärkte seien "
        "um ein Drittel zurückgegangen, so Tafel-Leiterin Gisela Horn."
    )
    q = find(text, "Spenden der Supermärkte", "de")
    assert q.kind == "indirect" and q.speaker == "Gisela Horn"
    text = "„Wir mussten erstmals Kunden wegschicken“, so Horn."
    assert find(text, "erstmals Kunden", "de").speaker == "Horn"


def test_so_dass_so_viel_and_a_sentence_initial_so_are_no_cues() -> None:
    for text in (
        "Der Fluss trat über die Ufer, so dass mehrere Keller vollliefen.",
        "Es regnete die ganze Nacht, so daß die Feuerwehr ausrücken musste.",
        "Die Stadtwerke verlangen inzwischen doppelt so viel für Fernwärme wie vor zwei Jahren.",
        "Die Eintrittspreise steigen, so genannte Familienkarten fallen weg.",
        "So deutlich hatte sich die Ministerin bisher nie geäußert.",
    ):
        assert extract(text, "de") == [], text


def test_sprach_with_an_adverbial_before_von() -> None:
    text = "Verteidigerin Nina Roth sprach in ihrem Schlussvortrag von einem „Prozess ohne Beweise“."
    q = find(text, "Prozess ohne Beweise", "de")
    assert q.kind == "direct" and q.speaker == "Nina Roth"
    text = "Die Ministerin Karla Ebert sprach am Abend mit Journalisten über „die Lage im Hafen“."
    assert [t for t in texts(text) if "Hafen" in t] == []


# ------------------------------------------------------------------ speakers


def test_a_feminine_description_is_no_man_named_before() -> None:
    text = (
        "Innenminister Peter Lorenz (SPD) verteidigte den Entwurf. Auch die Grünen sind skeptisch. "
        "Fraktionschefin Mira Engel hält das Gesetz für verfassungswidrig. „Das werden wir in Karlsruhe "
        "prüfen lassen“, sagte die Grünen-Politikerin."
    )
    assert find(text, "Karlsruhe", "de").speaker == "Mira Engel"


def test_von_after_a_full_name_is_an_affiliation_not_a_particle() -> None:
    text = "„Die Zahl der Fälle steigt“, sagte Kriminalhauptkommissar Jens Ulrich vom Landeskriminalamt."
    assert find(text, "Zahl der Fälle", "de").speaker == "Jens Ulrich"
    text = "„Wir beobachten das genau“, sagte Carola Brink von der Verbraucherzentrale Hamburg."
    assert find(text, "beobachten das genau", "de").speaker == "Carola Brink"
    text = "„Europa muss handeln“, sagte EU-Kommissionspräsidentin Ursula von der Leyen in Brüssel."
    assert find(text, "Europa muss handeln", "de").speaker == "Ursula von der Leyen"


def test_a_separable_particle_and_an_adverbial_stay_out_of_the_speaker() -> None:
    text = "„Mehr ist nicht drin“, fügte Kämmerer Tobias Rahn hinzu."
    assert find(text, "Mehr ist nicht drin", "de").speaker == "Tobias Rahn"
    text = "„Er hat mir sehr geholfen“, sagte die Nachbarin unter Tränen."
    assert find(text, "sehr geholfen", "de").speaker == "die Nachbarin"


# ------------------------------------------------------------------ fronted clauses


def test_a_purpose_clause_inside_fronted_content_is_no_apposition() -> None:
    text = (
        "Die Hilfe des Landes reiche nicht aus, um alle Schäden zu beheben, sagte Landrat Otto Keil der "
        "Lokalzeitung."
    )
    q = find(text, "Hilfe des Landes", "de")
    assert q.speaker == "Otto Keil" and text[q.start : q.end].endswith("zu beheben")


def test_a_fronted_temporal_clause_is_no_report_but_one_in_the_mood_is() -> None:
    text = "Als die Feuerwehr eintraf, sagte der Hausmeister, der Keller sei schon voll Wasser gewesen."
    q = find(text, "Keller sei", "de")
    assert text[q.start : q.end] == "der Keller sei schon voll Wasser gewesen"
    text = "Wenn der Pegel weiter steige, sagte Einsatzleiter Tim Haas, müsse der Ortsteil geräumt werden."
    q = find(text, "Ortsteil", "de")
    assert text[q.start : q.end].startswith("Wenn der Pegel weiter steige")


def test_an_adverbial_clause_then_a_main_clause_in_the_mood_before_the_cue() -> None:
    text = (
        "Als sie nach ihrem Lohn gefragt habe, sei sie sofort entlassen worden, erzählte Ines Wolf, "
        "die zwölf Jahre an der Kasse saß."
    )
    q = find(text, "sofort entlassen", "de")
    assert text[q.start : q.end].startswith("Als sie nach ihrem Lohn") and q.speaker == "Ines Wolf"


def test_heisst_es_darin_takes_the_clause_before_it() -> None:
    text = (
        "Der Konzern veröffentlichte am Abend eine Stellungnahme. Ein Verkauf der Sparte sei derzeit kein "
        "Thema, heißt es darin."
    )
    q = find(text, "Verkauf der Sparte", "de")
    assert text[q.start : q.end] == "Ein Verkauf der Sparte sei derzeit kein Thema"


# ------------------------------------------------------------------ more speech phrases of German news


def test_phrases_of_saying_with_dass() -> None:
    cases = [
        ("Die Landrätin machte deutlich, dass der Kreis kein weiteres Geld habe.", "der Kreis kein"),
        ("Der Pfarrer erinnerte daran, dass die Kirche seit 1780 im Dorf stehe.", "die Kirche seit"),
        ("Die Trainerin zeigte sich zuversichtlich, dass ihr Team die Klasse halte.", "ihr Team die"),
        ("Der Kämmerer deutete an, dass die Grundsteuer steigen könnte.", "die Grundsteuer"),
        ("Die Ministerin äußerte die Hoffnung, dass die Tarifparteien sich bald einigten.", "Tarifparteien"),
    ]
    for text, fragment in cases:
        q = find(text, fragment, "de")
        assert q.kind == "indirect" and q.cue is not None, text


def test_liess_mitteilen() -> None:
    text = "Der Landrat ließ mitteilen, er werde an der Sitzung nicht teilnehmen."
    assert find(text, "nicht teilnehmen", "de").speaker == "Der Landrat"


def test_a_quoted_newspaper_name_inside_a_compound_hearer() -> None:
    text = "Der Mieterbund sagte der „Abendpost“-Redaktion, die Mieten würden weiter steigen."
    q = find(text, "Mieten würden", "de")
    assert text[q.start : q.end] == "die Mieten würden weiter steigen"


def test_sentence_adverbs_at_the_start_are_no_names() -> None:
    text = (
        "Die Koalition streitet über den Haushalt. Künftig, sagte Finanzministerin Eva Brock, müsse "
        "jedes Ressort sparen. Nun sagte die Ministerin, es gebe keine Ausnahmen."
    )
    for q in extract(text, "de"):
        assert q.speaker == "Eva Brock", (text[q.start : q.end], q.speaker)


def test_a_live_ticker_entry_with_a_name_and_a_colon() -> None:
    text = (
        "Sturmtief über Norddeutschland: alle Entwicklungen im Liveticker\n\n"
        "+++ 14.05 Uhr: Umweltminister Ole Brandt: „Wir sind vorbereitet“ +++\n\n"
        "Der Minister hat am Mittag den Krisenstab besucht."
    )
    q = find(text, "Wir sind vorbereitet", "de")
    assert q.kind == "direct" and q.speaker == "Ole Brandt"


# ------------------------------------------------------------------ according-to inside the clause


def test_laut_and_nach_angaben_after_the_finite_verb() -> None:
    text = "Die Wahlbeteiligung lag laut Landeswahlleiterin bei knapp 61 Prozent."
    q = find(text, "Wahlbeteiligung", "de")
    assert q.kind == "indirect" and q.speaker == "Landeswahlleiterin"
    text = "Beim Umzug blieb es nach Angaben der Polizei weitgehend friedlich."
    q = find(text, "weitgehend friedlich", "de")
    assert q.speaker is not None and "Polizei" in q.speaker
    text = "Der Prozess dauert laut Gerichtssprecherin Ina Fuchs voraussichtlich bis März."
    assert find(text, "Prozess dauert", "de").speaker == "Ina Fuchs"


def test_laut_inside_a_clause_without_a_source() -> None:
    for text in (
        "Der Bus fuhr laut Fahrplan um 7.12 Uhr ab.",
        "Die Kinder riefen laut nach ihrer Mutter.",
        "Die Aufräumarbeiten dauern nach Einschätzung der Feuerwehr noch Wochen.",  # an estimate
    ):
        assert extract(text, "de") == [], text


# ------------------------------------------------------------------ hearers and the reporter's own modal


def test_unserer_zeitung_is_the_hearer() -> None:
    text = "„Das Dorf hält zusammen“, sagte Ortsvorsteherin Gerda Lutz unserer Zeitung."
    assert find(text, "Dorf hält zusammen", "de").speaker == "Gerda Lutz"


def test_a_quoted_magazine_before_an_inverted_cue_is_no_quotation() -> None:
    text = (
        "Die Sängerin Mara Lind hat schon früher über Stress gesprochen. In einem Interview mit dem "
        "„Stern“ erzählte sie, sie habe jahrelang kaum geschlafen."
    )
    assert [t for t in texts(text) if "Stern" in t] == []
    assert find(text, "kaum geschlafen", "de").kind == "indirect"


def test_duerften_is_the_reporters_estimate_not_a_continuation() -> None:
    text = (
        "Der Wahlleiter sagte, das Ergebnis sei knapp. Bis zum Endergebnis dürften noch mehrere Tage "
        "vergehen."
    )
    assert texts(text) == ["das Ergebnis sei knapp"]


def test_a_regular_verb_in_the_mood_right_after_its_subject() -> None:
    text = (
        "Schulleiterin Maria Kern sagte, die Schule suche dringend Lehrkräfte. Der Mangel an Bewerbern "
        "erschwere jede Planung."
    )
    q = find(text, "Mangel an Bewerbern", "de")
    assert q.cue is None and q.speaker == "Maria Kern"


def test_adverbs_in_e_after_a_noun_are_no_verbs() -> None:
    text = (
        "Schulleiterin Maria Kern sagte, die Schule suche dringend Lehrkräfte. Die Aktie fiel am Montag "
        "zeitweise um vier Prozent. Das Kollegium arbeitet gerne hier."
    )
    assert texts(text) == ["die Schule suche dringend Lehrkräfte"]


def test_zitiert_mit_den_worten() -> None:
    text = (
        "Bürgermeisterin Jana Roth steht unter Druck. Das „Tageblatt“ zitierte sie am Freitag mit den "
        "Worten: „Ich trete nicht zurück.“"
    )
    q = find(text, "trete nicht zurück", "de")
    assert q.kind == "direct" and q.speaker == "Jana Roth"
    text = "Landrat Uwe Beck wird in dem Bericht mit den Worten zitiert: „Wir haben keine Wahl.“"
    assert find(text, "keine Wahl", "de").speaker == "Uwe Beck"
    assert extract("Der Sieger bedankte sich mit den Worten eines alten Liedes.", "de") == []


def test_a_fronted_phrase_before_the_auxiliary_is_no_subject() -> None:
    text = (
        "Stadtrat Ole Pieper kandidiert erneut. Im Wahlkampf hatte er gesagt, er wolle die Kita-Gebühren "
        "abschaffen."
    )
    q = find(text, "Kita-Gebühren", "de")
    assert q.speaker == "Ole Pieper"

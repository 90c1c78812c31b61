"""Spanish: language detection, cues in every tense, dash incises, según, pro-drop subjects, pronouns,
and a floor for the Spanish blind corpus (tests/parsing/es)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution.parsing import extract
from attribution.parsing.detect import detect_language
from tests.parsing.helpers import SHARED, find, load_jsonl, load_scorer, predict, quotes

HERE = Path(__file__).resolve().parent
ES_GOLD = HERE / "es" / "es.gold.jsonl"


# ------------------------------------------------------------------------------------ detection

ES_TEXT = (
    "El consejero de Sanidad de la Junta, Tomás Gil, anunció este lunes que los centros de salud "
    "abrirán también por la tarde a partir de enero. «Es una medida que los vecinos llevan años "
    "pidiendo», dijo Gil, que reconoció que faltan médicos en las zonas rurales."
)


def test_spanish_text_is_detected_as_spanish() -> None:
    assert detect_language(ES_TEXT) == "es"


def test_french_and_english_are_not_taken_for_spanish() -> None:
    fr = (
        "Le ministre de l'Intérieur a affirmé mardi que les effectifs de police seraient renforcés "
        "dans les quartiers sensibles. « Nous ne laisserons rien passer », a-t-il déclaré."
    )
    en = (
        "The minister said on Tuesday that police numbers would rise in the worst-hit areas. "
        "“We will not let anything slide,” he told reporters in London."
    )
    assert detect_language(fr) == "fr"
    assert detect_language(en) == "en"


GOLD_FILES = [
    SHARED / "eval" / "seeds.gold.jsonl",
    HERE / "corpus" / "heldout.gold.jsonl",
    HERE / "blind" / "blind.gold.jsonl",
    HERE / "fresh" / "fresh.gold.jsonl",
    ES_GOLD,
]


@pytest.mark.parametrize("path", [p for p in GOLD_FILES if p.exists()], ids=lambda p: p.name)
def test_every_gold_document_is_detected_in_its_own_language(path: Path) -> None:
    # adding Spanish must not move any English, French or Hindi article to another language
    with path.open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    wrong = [(d["id"], d["lang"], detect_language(d["text"])) for d in docs]
    assert [w for w in wrong if w[1] != w[2]] == []


# ------------------------------------------------------------------------------------ cues


def test_guillemets_with_an_inverted_preterite_cue_and_a_titled_name() -> None:
    text = "«No vamos a cerrar ninguna planta», afirmó la ministra de Industria, Elena Ruiz."
    q = find(text, "No vamos a cerrar", "es")
    assert q.kind == "direct" and q.speaker == "Elena Ruiz"
    assert text[q.start] == "N" and text[q.end - 1] == "a"


def test_perfect_tense_cue_with_que_is_reported_speech() -> None:
    text = (
        "La portavoz del Ayuntamiento, Marta Ibáñez, ha asegurado este jueves que las obras del "
        "tranvía terminarán antes del verano."
    )
    q = find(text, "las obras del tranvía", "es")
    assert q.kind == "indirect" and q.speaker == "Marta Ibáñez"
    assert text[q.start : q.end] == "las obras del tranvía terminarán antes del verano"


def test_advertir_de_que_and_a_name_after_the_cue() -> None:
    text = (
        "«La situación es crítica», explicó el director del hospital, Raúl Sanz, quien advirtió de "
        "que las urgencias están al 120 % de su capacidad."
    )
    assert find(text, "La situación es crítica", "es").speaker == "Raúl Sanz"
    q = find(text, "las urgencias están", "es")
    assert q.kind == "indirect" and q.speaker == "Raúl Sanz"


def test_straight_quotes_with_dijo_and_a_descriptor_resolved_to_the_name() -> None:
    text = (
        "El alcalde de Sevilla, Manuel Ortega, presentó ayer el plan de movilidad.\n\n"
        '"Queremos una ciudad para caminar", dijo el alcalde durante la presentación.'
    )
    assert find(text, "Queremos una ciudad", "es").speaker == "Manuel Ortega"


def test_the_place_after_a_title_is_not_the_speaker() -> None:
    text = (
        "El alcalde de Sevilla, Manuel Ortega, dijo que el plan costará 40 millones.\n\n"
        "El alcalde añadió que las obras empezarán en marzo."
    )
    assert find(text, "las obras empezarán", "es").speaker == "Manuel Ortega"


# ------------------------------------------------------------------------------------ incises


def test_a_dash_incise_splits_the_quotation_in_two() -> None:
    text = "«No pienso dimitir —aseguró el concejal Jorge Vidal—, porque no he hecho nada ilegal»."
    got = quotes(text, "es")
    assert ("direct", "No pienso dimitir", "Jorge Vidal") in got
    assert ("direct", "porque no he hecho nada ilegal", "Jorge Vidal") in got


def test_a_dash_incise_ending_with_a_full_stop() -> None:
    text = (
        "La jueza Carmen Ortiz visitó el juzgado inundado. “No tenemos dónde trabajar —lamentó la "
        "magistrada—. Los expedientes están en el suelo”."
    )
    got = quotes(text, "es")
    assert ("direct", "No tenemos dónde trabajar", "Carmen Ortiz") in got
    assert ("direct", "Los expedientes están en el suelo", "Carmen Ortiz") in got


# ------------------------------------------------------------------------------------ según


def test_segun_with_a_descriptor_and_a_name_in_apposition() -> None:
    text = "Según la alcaldesa de Cádiz, Rocío Benítez, el puerto recibirá tres cruceros más cada semana."
    q = find(text, "el puerto recibirá", "es")
    assert q.kind == "indirect" and q.speaker == "Rocío Benítez"


def test_de_acuerdo_con_counts_as_according_to() -> None:
    text = "De acuerdo con la Guardia Civil, el conductor circulaba a 180 kilómetros por hora."
    q = find(text, "el conductor circulaba", "es")
    assert q.kind == "indirect" and "Guardia Civil" in (q.speaker or "")


def test_segun_followed_by_a_speech_verb_takes_its_subject() -> None:
    text = (
        "La Junta contratará a 300 enfermeras este invierno, según ha explicado este lunes el "
        "consejero de Sanidad, Tomás Gil."
    )
    q = find(text, "contratará a 300 enfermeras", "es")
    assert q.kind == "indirect" and q.speaker == "Tomás Gil"


def test_segun_ha_explicado_without_a_subject_is_the_last_speaker() -> None:
    text = (
        "«Hemos cumplido con lo prometido», afirmó la rectora, Lucía Prieto. Según ha explicado, la "
        "universidad ha contratado a 45 profesores nuevos este curso."
    )
    q = find(text, "la universidad ha contratado", "es")
    assert q.speaker == "Lucía Prieto"


# ------------------------------------------------------------------------------------ subjects


def test_a_subjectless_anadio_que_continues_the_last_speaker() -> None:
    text = (
        "El presidente de la patronal, Ignacio Varela, aseguró que la reforma laboral ha funcionado. "
        "Añadió que las empresas necesitan ahora una rebaja de las cotizaciones."
    )
    q = find(text, "las empresas necesitan", "es")
    assert q.kind == "indirect" and q.speaker == "Ignacio Varela"


def test_ella_resolves_to_the_woman_named_before() -> None:
    text = (
        "La fiscal Beatriz Solano pidió ocho años de cárcel para el acusado. Ella sostuvo que el "
        "empresario sabía que los contratos eran falsos."
    )
    q = find(text, "el empresario sabía", "es")
    assert q.kind == "indirect" and q.speaker == "Beatriz Solano"


def test_el_skips_a_woman_and_resolves_to_the_man_named_before() -> None:
    text = (
        "La jueza Pilar Lobo escuchó ayer al exalcalde Ramón Gil. Él aseguró que nunca firmó las "
        "adjudicaciones investigadas."
    )
    assert find(text, "nunca firmó", "es").speaker == "Ramón Gil"


def test_ellos_with_a_plural_group() -> None:
    text = (
        "Los vecinos de Triana denuncian que llevan semanas sin agua caliente. Ellos aseguran "
        "que la comunidad de propietarios no ha hecho nada."
    )
    q = find(text, "la comunidad de propietarios", "es")
    assert q.kind == "indirect" and "vecinos" in (q.speaker or "").casefold()


def test_a_street_name_is_not_the_speaker() -> None:
    text = "Los vecinos de la calle Mayor denuncian que llevan tres semanas sin agua caliente."
    q = find(text, "llevan tres semanas", "es")
    assert (q.speaker or "").casefold().startswith("los vecinos")


def test_a_source_post_modified_by_a_passive_participle() -> None:
    text = (
        "Fuentes sindicales consultadas por Europa Press indicaron que la huelga se mantendrá "
        "mientras no haya una nueva oferta."
    )
    q = find(text, "la huelga se mantendrá", "es")
    assert (q.speaker or "").casefold().startswith("fuentes")  # not the agency that consulted them


def test_the_report_ends_where_the_subject_makes_a_new_claim() -> None:
    text = (
        "La presidenta de la asociación de vecinos, Pilar Romero, ha denunciado que el barrio lleva "
        "un mes sin alumbrado y ha pedido que el Ayuntamiento actúe de inmediato."
    )
    q = find(text, "el barrio lleva", "es")
    assert text[q.start : q.end] == "el barrio lleva un mes sin alumbrado"


def test_the_reporters_own_source_is_not_a_quote() -> None:
    text = (
        "Según pudo saber este diario, la directiva se reunirá el martes para decidir el futuro del técnico."
    )
    assert quotes(text, "es") == []


def test_a_list_of_departments_before_the_name_in_apposition() -> None:
    text = (
        "La ministra de Trabajo, Economía Social y Empleo, Rosa Gil, afirmó que el salario mínimo "
        "subirá un 4 % en enero.\n\nLa ministra añadió que la subida beneficiará a dos millones de personas."
    )
    assert find(text, "el salario mínimo", "es").speaker == "Rosa Gil"
    assert find(text, "la subida beneficiará", "es").speaker == "Rosa Gil"


def test_an_unnamed_speaker_with_prepositional_phrases() -> None:
    text = "Un agricultor con cuarenta años en el oficio lamentó que la cosecha de este año se ha perdido."
    q = find(text, "la cosecha de este año", "es")
    assert q.kind == "indirect" and "agricultor" in (q.speaker or "")


def test_a_demonstrative_points_back_to_the_unnamed_witness() -> None:
    text = (
        "Una testigo relató que el coche iba a mucha velocidad. «Solo oí el frenazo y el golpe», "
        "explicó esta mujer, que vive en el portal de enfrente."
    )
    q = find(text, "Solo oí el frenazo", "es")
    assert "testigo" in (q.speaker or "").casefold()


def test_a_colon_quote_after_a_sentence_with_a_named_subject() -> None:
    text = (
        "«Hay que ganar el domingo», dijo el portero Iván Soto.\n\n"
        "El seleccionador, Luis Ortega, salió al paso de las críticas en la rueda de prensa: «El equipo "
        "está bien y confío plenamente en estos jugadores»."
    )
    assert find(text, "confío plenamente", "es").speaker == "Luis Ortega"


def test_the_judgment_speaks_for_the_court() -> None:
    text = (
        "El Tribunal Supremo considera probado que el exconsejero cobró comisiones ilegales. "
        "La sentencia añade que el acusado ocultó el dinero en cuentas de Andorra."
    )
    q = find(text, "ocultó el dinero", "es")
    assert "Tribunal Supremo" in (q.speaker or "")


def test_a_clitic_between_the_subject_and_the_cue() -> None:
    text = (
        "La directora del museo, Clara Méndez, presentó ayer la exposición. Méndez lo explicó así: "
        "«Queríamos que el público viera las obras como las vio el pintor»."
    )
    assert find(text, "Queríamos que el público", "es").speaker == "Clara Méndez"


def test_dialogue_dashes_with_a_speech_verb_incise() -> None:
    text = (
        "El consejero de Hacienda, Pablo Marín, compareció ante la prensa tras el pleno.\n\n"
        "—¿Habrá recortes en sanidad? —le preguntó un periodista.\n\n"
        "—Ni uno solo —respondió el consejero—. La sanidad es intocable."
    )
    got = quotes(text, "es")
    assert ("direct", "Ni uno solo", "Pablo Marín") in got
    assert ("direct", "La sanidad es intocable", "Pablo Marín") in got


def test_descarto_que_and_a_contrast_with_someone_else_ends_the_report() -> None:
    text = (
        "La alcaldesa, Teresa Vila, descartó que el Ayuntamiento vaya a subir el IBI, mientras que el "
        "portavoz de la oposición, Jaume Roig, aseguró que la subida ya está decidida."
    )
    q = find(text, "el Ayuntamiento vaya a subir", "es")
    assert q.speaker == "Teresa Vila" and text[q.start : q.end].endswith("el IBI")
    assert find(text, "la subida ya está decidida", "es").speaker == "Jaume Roig"


def test_a_title_with_a_lower_case_complement_before_the_name() -> None:
    text = (
        "La senadora de oposición Lilia Campos presentó una queja formal. La legisladora sostuvo que el "
        "presupuesto de salud es insuficiente."
    )
    assert find(text, "el presupuesto de salud", "es").speaker == "Lilia Campos"


def test_a_described_speaker_in_the_standfirst_is_named_in_the_body() -> None:
    text = (
        "El Gobierno congelará el precio del transporte público en 2026\n\n"
        "La ministra aseguró que la medida costará 600 millones de euros\n\n"
        "La ministra de Transportes, Sara Nieto, presentó este martes el plan en el Congreso. «Es una "
        "medida para las familias que más lo necesitan», dijo Nieto."
    )
    assert find(text, "la medida costará", "es").speaker == "Sara Nieto"


def test_a_dash_incise_with_no_subject_continues_the_speaker() -> None:
    text = (
        "«He jugado con dolor toda la semana», confesó la tenista Irene Soler. «No podía ni sacar "
        "—reconoció—. Pero quería acabar el partido»."
    )
    got = quotes(text, "es")
    assert ("direct", "No podía ni sacar", "Irene Soler") in got
    assert ("direct", "Pero quería acabar el partido", "Irene Soler") in got


def test_desde_an_organisation_with_an_impersonal_verb() -> None:
    text = (
        "Desde la Federación de Vecinos valoraron la medida, pero advirtieron que el plan llega con "
        "diez años de retraso."
    )
    q = find(text, "el plan llega", "es")
    assert "Federación de Vecinos" in (q.speaker or "")


def test_a_demonstrative_points_back_to_the_person_just_introduced() -> None:
    text = (
        "«Las ayudas no llegan», dijo el alcalde, Pedro Gil.\n\n"
        "Carmen Ortega, de 58 años, perdió su casa en la riada. «No nos ha llamado nadie», ha "
        "lamentado esta vecina de Paiporta."
    )
    assert find(text, "No nos ha llamado nadie", "es").speaker == "Carmen Ortega"


def test_ha_trasladado_que_is_a_reporting_verb() -> None:
    text = (
        "El portavoz del sindicato de enfermería, Raúl Ibarra, ha trasladado a Europa Press que "
        "faltan 300 profesionales en los centros de salud."
    )
    q = find(text, "faltan 300 profesionales", "es")
    assert q.kind == "indirect" and q.speaker == "Raúl Ibarra"


def test_segun_after_a_connective_and_a_comma() -> None:
    text = (
        "El portavoz del PP, Andrés Vela, votó a favor porque, según él, el Ayuntamiento no tenía otra "
        "opción legal."
    )
    q = find(text, "el Ayuntamiento no tenía", "es")
    assert q.speaker == "Andrés Vela" and text[q.start : q.end].startswith("el Ayuntamiento")


def test_an_unnamed_source_with_an_adjective_and_a_relative_clause() -> None:
    text = (
        "«No habrá acuerdo esta semana», dijo la ministra, Ana Soto. Un diplomático francés que pidió "
        "el anonimato explicó que las negociaciones se reanudarán en enero."
    )
    q = find(text, "las negociaciones se reanudarán", "es")
    assert q.speaker != "Ana Soto" and "diplomático" in (q.speaker or "")


def test_a_headline_name_with_a_topic_before_the_colon() -> None:
    text = (
        "Robles, sobre la huelga de médicos: «Nadie va a quedarse sin atención»\n\n"
        "La consejera de Sanidad, Isabel Robles, compareció ayer en el Parlamento."
    )
    q = find(text, "Nadie va a quedarse", "es")
    assert q.kind == "direct" and q.speaker == "Isabel Robles"


# ------------------------------------------------------------------------------------ robustness


@pytest.mark.parametrize(
    "text",
    ["", "—", "«", "»—dijo—«", "Según", "según ,", "Añadió que", "—¿Por qué?\n—Porque sí.", "“—”" * 50],
)
def test_odd_spanish_strings_never_raise(text: str) -> None:
    extract(text, "es")


# ------------------------------------------------------------------------------------ corpus floor


@pytest.mark.skipif(not ES_GOLD.exists(), reason="no Spanish corpus in tests/parsing/es")
@pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(), reason="scorer ../shared/eval/score.py absent"
)
def test_spanish_corpus_stays_above_the_floor() -> None:
    gold = load_jsonl(ES_GOLD)
    res = load_scorer().score(gold, predict(gold))
    # floors we actually reach; raise them as the parser improves
    assert res["quote_f1"] >= 0.97, res
    assert res["speaker_acc"] >= 0.97, res
    assert res["e2e_f1"] >= 0.95, res

"""Spanish reported speech: the constructions Spanish news uses everywhere, each with its own sentences
(written for these tests) and near-misses that must not fire.

- a hearer between an inverted cue and its subject ("declaró a esta agencia el portavoz");
- the inverted subject before "quien afirmó que …";
- speech acts with their own construction: "prometió seguir …" (a bare infinitive), "acusó al
  Gobierno de …" (object and charge), "calificó de «…» la medida" (the name put on the object);
- "Para X, …" (a person's view), "fuentes de X";
- pro-drop cues with no subject: "…, precisó." and "La medida, añadió, …".
"""

from __future__ import annotations

import pytest

from attribution.parsing import extract
from tests.parsing.helpers import find, quotes


def _only(text: str) -> tuple[str, str, str | None]:
    found = quotes(text, "es")
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ a hearer inside an inverted subject


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«No habrá más recortes en sanidad», declaró a esta agencia el portavoz del sindicato "
            "médico, Rubén Castaño.",
            "Rubén Castaño",
        ),
        (
            "«La obra estará lista en marzo», explicó a los periodistas la alcaldesa de Toledo, Pilar Navas.",
            "Pilar Navas",
        ),
        (
            "«No hay agua para todos», declaró a esta agencia el portavoz de la Unión de Regantes del "
            "Júcar, Pedro Lara.",
            "Pedro Lara",
        ),
        (
            "«No es el momento», ha declarado a Europa Press el secretario general del sindicato, "
            "Rafael Gómez.",
            "Rafael Gómez",
        ),
    ],
)
def test_the_listener_after_an_inverted_cue_is_not_the_speaker(text: str, speaker: str) -> None:
    kind, _, who = _only(text)
    assert kind == "direct" and who == speaker


def test_fronted_content_with_a_listener_before_the_inverted_subject() -> None:
    text = "El Gobierno no subirá el IVA, dijo a Efe el ministro de Hacienda, Jorge Lamas."
    assert _only(text) == ("indirect", "El Gobierno no subirá el IVA", "Jorge Lamas")


def test_an_object_after_the_cue_is_no_hearer_phrase_subject() -> None:
    # "a los vecinos que …": the hearer, then the clause; the subject stays before the cue
    text = "La concejala de Urbanismo, Laura Peña, explicó a los vecinos que las obras acabarán en junio."
    assert _only(text) == ("indirect", "las obras acabarán en junio", "Laura Peña")


# ------------------------------------------------------------------ "…, Name, quien afirmó que …"


def test_the_relative_quien_takes_the_inverted_subject_of_the_cue_before_it() -> None:
    text = (
        "SEVILLA, 4 may (EFE) - Veinte pueblos de la sierra tendrán cortes de luz a partir del martes, "
        "anunció este jueves la ministra para la Transición Ecológica, Inés Roca, quien afirmó que la "
        "situación es «crítica»."
    )
    found = quotes(text, "es")
    assert ("mixed", "la situación es «crítica", "Inés Roca") in found or (
        "mixed",
        "la situación es «crítica»",
        "Inés Roca",
    ) in found
    assert all(who == "Inés Roca" for _, _, who in found)


# ------------------------------------------------------------------ speech acts with a construction


def test_a_promise_with_a_bare_infinitive_and_a_quoted_fragment_is_mixed() -> None:
    text = "Hugo Ledesma marcó en el último minuto. Ledesma prometió seguir luchando «hasta el último día»."
    q = find(text, "seguir luchando", "es")
    assert q.kind == "mixed" and q.speaker == "Hugo Ledesma"
    assert text[q.start :].startswith("seguir luchando «hasta el último día")


def test_a_negated_promise_without_marks_is_indirect() -> None:
    text = "El Gobierno regional prometió no subir los impuestos en 2027."
    q = find(text, "subir los impuestos", "es")
    assert q.kind == "indirect" and text[q.start : q.end] == "no subir los impuestos en 2027"


def test_a_promise_of_a_thing_is_no_report() -> None:
    assert quotes("El club prometió la renovación del estadio.", "es") == []


def test_accused_object_and_charge_with_a_fragment() -> None:
    text = (
        "El portavoz de los regantes, Pedro Lara, acusó a la Confederación de haber «mirado hacia otro lado»."
    )
    q = find(text, "Confederación", "es")
    assert q.kind == "mixed" and q.speaker == "Pedro Lara"
    assert text[q.start :].startswith("a la Confederación de haber")


def test_accused_in_a_relative_clause_after_the_speakers_name() -> None:
    text = (
        "«Con estas ayudas no se salva ni una cosecha», declaró a esta agencia el portavoz de la Unión "
        "de Regantes, Pedro Lara, que acusó al Gobierno de haber «llegado tarde» a la crisis."
    )
    q = find(text, "llegado tarde", "es")
    assert q.kind == "mixed" and q.speaker == "Pedro Lara"
    assert text[q.start :].startswith("al Gobierno de haber")


def test_a_passive_accused_is_no_report() -> None:
    assert quotes("El acusado fue acusado de robo por la fiscal.", "es") == []


def test_calificar_de_with_the_object_after_the_name_is_mixed() -> None:
    text = "La portavoz, Ana Ruiz, tildó de «irresponsable» la decisión del Ejecutivo."
    assert _only(text) == ("mixed", "«irresponsable» la decisión del Ejecutivo", "Ana Ruiz")


def test_calificar_with_the_object_first_is_mixed() -> None:
    text = "El alcalde calificó la huelga de «chantaje»."
    kind, span, _ = _only(text)
    assert kind == "mixed" and span.startswith("la huelga de «chantaje")


def test_calificar_with_a_clitic_object_is_the_quoted_name_only() -> None:
    assert _only("La oposición lo calificó de «chapuza».") == ("direct", "chapuza", "La oposición")


def test_a_name_put_on_an_object_ends_before_the_next_verb() -> None:
    text = "El juez calificó de «gravísimos» los hechos y pidió prisión para los acusados."
    assert _only(text)[:2] == ("mixed", "«gravísimos» los hechos")


def test_calificar_without_quotation_marks_is_no_report() -> None:
    assert quotes("La ministra calificó de histórica la reforma.", "es") == []


def test_a_coordinated_naming_cue_starts_its_own_report() -> None:
    text = "El expresidente negó que hubiera recibido dinero y calificó de «burda mentira» la acusación."
    found = quotes(text, "es")
    assert ("indirect", "hubiera recibido dinero", "El expresidente") in found
    assert ("mixed", "«burda mentira» la acusación", "El expresidente") in found


def test_a_coordinated_promise_starts_its_own_report() -> None:
    text = "La alcaldesa negó que hubiera irregularidades y prometió investigar «hasta el final»."
    found = quotes(text, "es")
    assert ("indirect", "hubiera irregularidades", "La alcaldesa") in found
    assert any(k == "mixed" and s.startswith("investigar «hasta el final") for k, s, _ in found)


# ------------------------------------------------------------------ "Para X, …"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Para la ministra de Sanidad, Ana Gómez, la reforma llega tarde.",
            "la reforma llega tarde",
            "Ana Gómez",
        ),
        (
            "Para Marta Ríos, la decisión del club es un error.",
            "la decisión del club es un error",
            "Marta Ríos",
        ),
        (
            "Luis Prado habló con los alumnos. Para el economista, el problema es estructural.",
            "el problema es estructural",
            "Luis Prado",
        ),
    ],
)
def test_para_before_a_person_is_their_view(text: str, content: str, speaker: str) -> None:
    q = find(text, content, "es")
    assert q.kind == "indirect" and text[q.start : q.end] == content and q.speaker == speaker


def test_para_with_an_affiliation_and_a_quotation_is_direct() -> None:
    text = "Para el economista Luis Prado, de la Universidad de Sevilla, «el problema es estructural»."
    assert _only(text) == ("direct", "el problema es estructural", "Luis Prado")


@pytest.mark.parametrize(
    "text",
    [
        "Para mañana se esperan lluvias en el norte.",
        "Para evitar retrasos, el Ayuntamiento abrirá dos carriles.",
        "Para los vecinos, la obra supone un alivio.",
        "Para el próximo curso, el colegio tendrá dos aulas más.",
        "Para Madrid, la decisión llega tarde.",
        "El plan es bueno para la ministra y para el sector.",
    ],
)
def test_para_before_a_time_a_purpose_a_group_or_a_place_is_no_source(text: str) -> None:
    assert quotes(text, "es") == []


# ------------------------------------------------------------------ sources


def test_sources_at_a_sentence_start_are_no_man_called_fuentes() -> None:
    text = "Fuentes de la Consejería de Educación aseguraron que no habrá recortes."
    assert _only(text) == ("indirect", "no habrá recortes", "Fuentes de la Consejería de Educación")


def test_a_man_called_fuentes_is_still_a_name() -> None:
    text = (
        "El alcalde, Pedro Fuentes, dijo que no habrá recortes. Fuentes aseguró que el presupuesto "
        "está cerrado."
    )
    q = find(text, "el presupuesto está cerrado", "es")
    assert q.speaker == "Pedro Fuentes"


# ------------------------------------------------------------------ pro-drop cues with no subject


def test_fronted_content_with_a_bare_cue_goes_to_the_last_speaker() -> None:
    text = (
        "El ministro de Hacienda, Jorge Lamas, defendió los presupuestos. El déficit bajará al 2 % en "
        "2027, explicó."
    )
    assert ("indirect", "El déficit bajará al 2 % en 2027", "Jorge Lamas") in quotes(text, "es")


def test_a_bare_parenthetical_cue_keeps_both_halves() -> None:
    text = (
        "La alcaldesa de Cádiz, Sonia Ríos, anunció que el puerto cerrará dos días. La medida, añadió, "
        "afectará a unos 3.000 trabajadores."
    )
    q = find(text, "afectará", "es")
    assert q.kind == "indirect" and q.speaker == "Sonia Ríos"
    assert text[q.start : q.end] == "La medida, añadió, afectará a unos 3.000 trabajadores"


def test_a_bare_parenthetical_cue_after_a_person_is_left_alone() -> None:
    # "La portavoz, añadió, …": the phrase before the cue could be its subject; no guess
    text = (
        "El ministro de Hacienda, Jorge Lamas, defendió los presupuestos. La portavoz, añadió, dará "
        "más detalles."
    )
    assert not any("dará más detalles" in s for _, s, _ in quotes(text, "es"))


def test_commas_around_an_adjective_are_no_parenthetical_cue() -> None:
    assert quotes("Los vecinos, indignados, cortaron la carretera.", "es") == []


def test_the_extracted_quotes_carry_their_speech_act() -> None:
    text = "La fiscal acusó al exalcalde de haber cobrado comisiones durante años."
    (q,) = extract(text, "es")
    assert q.speech_act == "accuse"


# ------------------------------------------------------------------ "Así lo anunció X"


def test_asi_lo_makes_the_sentence_before_the_report() -> None:
    text = (
        "La reforma llegará al Congreso en junio. Así lo anunció este martes la ministra de Trabajo, "
        "Elena Ruiz, en rueda de prensa."
    )
    assert _only(text) == ("indirect", "La reforma llegará al Congreso en junio", "Elena Ruiz")


def test_lo_with_a_listener_and_an_inverted_subject() -> None:
    text = "El tren llegó con dos horas de retraso. Lo contó a este diario una pasajera, María Díaz."
    assert _only(text) == ("indirect", "El tren llegó con dos horas de retraso", "María Díaz")


def test_asi_lo_gives_a_cueless_quotation_its_speaker() -> None:
    text = (
        "«No habrá recortes en la sanidad pública». Así lo aseguró ayer el consejero de Sanidad, Pablo Cano."
    )
    assert _only(text) == ("direct", "No habrá recortes en la sanidad pública", "Pablo Cano")


def test_asi_lo_across_a_paragraph_break() -> None:
    text = (
        "El metro abrirá dos nuevas estaciones antes de Navidad.\n\n"
        "Así lo ha explicado a Europa Press el consejero de Transportes, Javier Nieto."
    )
    q = find(text, "dos nuevas estaciones", "es")
    assert q.kind == "indirect" and q.speaker == "Javier Nieto"


@pytest.mark.parametrize(
    "text",
    [
        "La reforma llegará al Congreso en junio. Así lo anunció.",
        "La reforma llegará al Congreso en junio. Así lo vieron también los socios del Gobierno.",
    ],
)
def test_asi_lo_without_a_speaker_or_a_speech_verb_is_left_alone(text: str) -> None:
    assert quotes(text, "es") == []


def test_a_sentence_adverb_at_the_start_is_no_speaker() -> None:
    text = "Así, el ministro anunció que la reforma llegará en junio."
    assert _only(text) == ("indirect", "la reforma llegará en junio", "el ministro")


# ------------------------------------------------------------------ a hearer before "que"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("El exministro reconoció ante el juez que cobró comisiones.", "cobró comisiones"),
        ("El ministro dijo a Efe que dimitirá mañana.", "dimitirá mañana"),
    ],
)
def test_que_after_a_hearer_opens_the_report(text: str, content: str) -> None:
    assert _only(text)[:2] == ("indirect", content)


def test_que_after_an_object_of_a_complaint_is_a_relative_clause() -> None:
    assert quotes("El alcalde denunció a la empresa que contaminó el río.", "es") == []


# ------------------------------------------------------------------ players by position


def test_a_position_falls_back_to_the_player_named_just_before() -> None:
    text = (
        "Un gol de Hugo Ledesma en el último minuto dio la victoria al Racing. «Nunca dejamos de "
        "creer», dijo el delantero de 25 años tras el partido."
    )
    assert _only(text) == ("direct", "Nunca dejamos de creer", "Hugo Ledesma")


def test_a_forward_is_not_the_full_back_or_the_president_named_later() -> None:
    text = (
        "Hugo Ledesma marcó en el último minuto. «Nunca dejamos de creer», dijo. El entrenador, Mario "
        "Sanz, elogió al equipo. Según Sanz, el lateral Pablo Ríos se perderá el próximo partido. El "
        "presidente, Luis Vera, se reunió con la plantilla.\n\n"
        "El delantero, apodado «el Halcón» por la afición, prometió seguir luchando «hasta el último día»."
    )
    q = find(text, "seguir luchando", "es")
    assert q.kind == "mixed" and q.speaker == "Hugo Ledesma"


def test_the_player_may_be_any_position() -> None:
    text = (
        "El centrocampista del Betis, Raúl Gil, fue el mejor del partido. «Estamos vivos», dijo el jugador."
    )
    assert _only(text) == ("direct", "Estamos vivos", "Raúl Gil")


# ------------------------------------------------------------------ a subject-less dash incise


def test_a_subjectless_dash_incise_inside_a_quotation_is_the_person_just_introduced() -> None:
    text = (
        "El alcalde, Juan Prieto, visitó la zona inundada. «Hemos venido a ayudar —explicó—, nadie se va "
        "a quedar solo»."
    )
    found = quotes(text, "es")
    assert ("direct", "Hemos venido a ayudar", "Juan Prieto") in found
    assert ("direct", "nadie se va a quedar solo", "Juan Prieto") in found


# ------------------------------------------------------------------ continuation in the conditional


def test_a_next_sentence_in_the_reported_conditional_goes_on_with_the_report() -> None:
    text = (
        "El ministro de Hacienda, Jorge Lamas, aseguró que el plan costaría 200 millones. La medida "
        "entraría en vigor en enero y beneficiaría a 30.000 familias."
    )
    q = find(text, "entraría en vigor", "es")
    assert q.kind == "indirect" and q.speaker == "Jorge Lamas" and q.cue is None


@pytest.mark.parametrize(
    "text",
    [
        # the future: the writer's own statement
        "El ministro de Hacienda, Jorge Lamas, aseguró que el plan costará 200 millones. La medida "
        "entrará en vigor en enero.",
        # no report before it
        "El ministro presentó el plan en Sevilla. El coste sería de 200 millones.",
        # another speech act in between ends the report
        "El ministro aseguró que el plan costaría 200 millones. La oposición criticó la medida. El "
        "coste real sería mayor.",
        # a question is asked, not reported
        "La candidata, Irene Mata, aseguró que ganaría. ¿Cuál sería su primera medida como alcaldesa?",
    ],
)
def test_no_continuation_without_a_report_just_before_or_in_the_indicative(text: str) -> None:
    assert [s for _, s, _ in quotes(text, "es") if "sería" in s or "entrará" in s] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Fuentes del Ministerio de Economía señalaron que el impacto será limitado. La subida, "
            "añadieron, se aplicará con carácter retroactivo desde el 1 de enero.",
            "La subida, añadieron, se aplicará con carácter retroactivo desde el 1 de enero",
        ),
        (
            "El ministro señaló que el impacto será limitado. La subida, añadió, no se aplicará hasta marzo.",
            "La subida, añadió, no se aplicará hasta marzo",
        ),
    ],
)
def test_a_bare_parenthetical_cue_before_a_clitic_or_a_negation(text: str, content: str) -> None:
    q = find(text, "La subida", "es")
    assert text[q.start : q.end] == content and q.kind == "indirect"


def test_a_possessive_title_with_an_adjective_is_the_subject_not_the_content() -> None:
    text = (
        "El partido pidió que se compense a los autónomos. Su portavoz económico, Juan Bravo, calificó "
        "de «improvisada» la medida."
    )
    q = find(text, "improvisada", "es")
    assert q.kind == "mixed" and q.speaker == "Juan Bravo"
    assert not any(s.startswith("Su portavoz") for _, s, _ in quotes(text, "es"))


# ------------------------------------------------------------------ infinitive reports, circumstances


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Durante el juicio, el exalcalde negó haber recibido comisiones.", "haber recibido comisiones"),
        ("El detenido aseguró estar arrepentido de lo ocurrido.", "estar arrepentido de lo ocurrido"),
        ("La empresa dijo desconocer los detalles del contrato.", "desconocer los detalles del contrato"),
    ],
)
def test_an_infinitive_report_right_after_the_cue(text: str, content: str) -> None:
    assert _only(text)[:2] == ("indirect", content)


def test_the_infinitive_of_a_restrictive_relative_is_no_report() -> None:
    text = (
        "Un conductor que pidió no ser identificado relató a este diario que lo asaltaron dos veces en "
        "la misma carretera."
    )
    kind, span, _ = _only(text)
    assert (kind, span) == ("indirect", "lo asaltaron dos veces en la misma carretera")


def test_an_infinitive_report_stops_before_a_colon_and_its_quotation() -> None:
    text = "Ledesma descarta subir los impuestos en 2027: «No habrá reforma fiscal»"
    found = quotes(text, "es")
    assert ("direct", "No habrá reforma fiscal", "Ledesma") in found


def test_a_court_rejecting_a_claim_reports_it() -> None:
    text = "El tribunal rechaza que el acusado actuara por desconocimiento."
    assert _only(text) == ("indirect", "el acusado actuara por desconocimiento", "El tribunal")


def test_rejecting_a_thing_is_no_report() -> None:
    assert quotes("El pleno rechazó la propuesta de la oposición.", "es") == []


def test_a_subjectless_cue_after_an_opening_circumstance_is_the_person_just_introduced() -> None:
    text = (
        "El abogado defensor, Vicente Roig, anunció que recurrirá. La fiscal del caso, Laura Beltrán, "
        "había pedido diez años de cárcel. En su informe final, sostuvo que el exalcalde diseñó "
        "«un sistema para saquear las arcas públicas»."
    )
    q = find(text, "diseñó", "es")
    assert q.kind == "mixed" and q.speaker == "Laura Beltrán"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("La ministra describió la situación como «dramática».", "dramática", "La ministra"),
        ("El alcalde lo definió como «un éxito sin precedentes».", "un éxito sin precedentes", "El alcalde"),
        ("La jueza calificó los hechos como «muy graves».", "muy graves", "La jueza"),
    ],
)
def test_a_quoted_description_after_como_is_the_whole_report(text: str, content: str, speaker: str) -> None:
    assert _only(text) == ("direct", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "El informe describe la evolución del empleo en la región.",
        "El documento define como prioridad la sanidad.",
    ],
)
def test_describing_without_a_quotation_is_no_report(text: str) -> None:
    assert quotes(text, "es") == []


def test_a_description_in_a_free_relative_takes_the_sentence_subject() -> None:
    text = (
        "El presidente, Julián Ferreyra, anunció el lunes el despido de 20.000 empleados públicos, en lo "
        "que calificó como «el mayor ajuste de la historia»."
    )
    assert _only(text) == ("direct", "el mayor ajuste de la historia", "Julián Ferreyra")


def test_segun_han_explicado_desde_a_body() -> None:
    text = "Según han explicado desde el Ayuntamiento, las obras comenzarán la próxima semana."
    assert _only(text) == ("indirect", "las obras comenzarán la próxima semana", "el Ayuntamiento")


def test_a_coordinated_speech_act_ends_the_report_before_it() -> None:
    text = (
        "El presidente de la Federación, Luis Rubio, ha manifestado que «no hay nada que esconder» y ha "
        "pedido respeto para los árbitros."
    )
    found = quotes(text, "es")
    assert ("direct", "no hay nada que esconder", "Luis Rubio") in found
    assert not any("pedido" in s for _, s, _ in found)


def test_a_coordinated_verb_inside_a_quotation_stays_in_the_report() -> None:
    text = "La jueza concluyó que el acusado «mintió y ocultó pruebas» durante la instrucción."
    kind, span, who = _only(text)
    assert kind == "mixed" and who == "La jueza"
    assert span.startswith("el acusado «mintió y ocultó pruebas")


# ------------------------------------------------------------------ titles, coreference, pro-drop


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "El presidente de Chile, Gabriel Soto, llegó a Lima. El mandatario dijo que el acuerdo está "
            "cerca.",
            "el acuerdo está cerca",
            "Gabriel Soto",
        ),
        (
            "La edil de Urbanismo, Carla Vega, presentó el plan. La edil aseguró que las obras empezarán "
            "en mayo.",
            "las obras empezarán en mayo",
            "Carla Vega",
        ),
        (
            "La ministra Clara Soler visitó la zona. «Hemos venido a escuchar», dijo la titular de "
            "Agricultura.",
            "Hemos venido a escuchar",
            "Clara Soler",
        ),
        (
            "La alcaldesa de Cádiz, Sonia Ríos, anunció el cierre del puerto. Afirmó que la medida durará "
            "dos días.",
            "la medida durará dos días",
            "Sonia Ríos",
        ),
        (
            "El entrenador del Betis, Óscar Luna, considera que el equipo necesita refuerzos.",
            "el equipo necesita refuerzos",
            "Óscar Luna",
        ),
        (
            "La jueza rechazó el recurso. El abogado de la familia, Mario Gil, advierte que recurrirá al "
            "Supremo.",
            "recurrirá al Supremo",
            "Mario Gil",
        ),
    ],
)
def test_titles_coreference_and_dropped_subjects(text: str, content: str, speaker: str) -> None:
    q = find(text, content, "es")
    assert text[q.start : q.end] == content and q.speaker == speaker


# ------------------------------------------------------- descriptions that take up a chair or a court


def test_a_commission_chair_is_the_legislator_a_description_takes_up() -> None:
    """'presidenta' also chairs a commission, a club or a board: it does not rule out 'la legisladora'."""
    text = (
        "El Congreso debatió ayer la ley de vivienda.\n\n"
        "La presidenta de la Comisión de Hacienda, Marta Ríos, sostuvo que el plan era viable. "
        "«No vamos a subir ningún impuesto este año», enfatizó la legisladora."
    )
    assert find(text, "No vamos a subir", "es").speaker == "Marta Ríos"


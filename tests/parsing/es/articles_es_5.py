# Batch 5 of the Spanish blind corpus: written after the fourth round of parser fixes, scored blind
# before any further change.  Original, invented prose; every person is fictional.
from build_es import article

article(
    "es_18_cl_vocera_pensiones", "es/cl-diario-politica", "es",
    {"vocera": "Francisca Undurraga", "diputado": "Cristóbal Errázuriz", "ministro": "Tomás Bascuñán",
     "cut": "la Central Unitaria de Trabajadores", "jubilada": "Marta Hidalgo"},
    """
Gobierno chileno pone urgencia a la reforma de pensiones y la oposición acusa "apuro electoral"

Santiago. {{m:m1|La vocera de Gobierno, Francisca Undurraga}}, {{c:c1|informó}} este miércoles que {{q:indirect:vocera:m1:c1|el Ejecutivo pondrá discusión inmediata al proyecto de reforma de pensiones}}, lo que obliga al Senado a votarlo en un plazo de seis días. "{{q:direct:vocera:m2:c2|Los jubilados no pueden seguir esperando. Llevamos tres años discutiendo esto}}", {{c:c2|señaló}} {{m:m2|la secretaria de Estado}} en La Moneda.

{{m:m3|El ministro del Trabajo, Tomás Bascuñán}}, {{c:c3|precisó}} que {{q:indirect:ministro:m3:c3|la pensión mínima subirá de 214.000 a 250.000 pesos a partir de enero}}. {{m:m4|Él}} mismo {{c:c4|reconoció}}, sin embargo, que {{q:indirect:ministro:m4:c4|el financiamiento de la medida todavía depende de un acuerdo con los empleadores}}.

En la oposición, las críticas no tardaron. {{m:m5|El diputado Cristóbal Errázuriz}} {{c:c5|escribió}} en su cuenta de X que {{q:mixed:diputado:m5:c5|la urgencia responde a un "apuro electoral" y no a una preocupación real por los adultos mayores}}. "{{q:direct:diputado:m6:c6|Quieren sacar la reforma a matacaballo antes de las primarias}}", {{c:c6|agregó}} {{m:m6|el parlamentario}} en conversación con este medio.

Desde {{m:m7|la Central Unitaria de Trabajadores (CUT)}} valoraron el alza de la pensión mínima, pero {{c:c9|advirtieron}} que {{q:indirect:cut:m7:c9|la reforma mantiene intacto el sistema de las AFP}}. {{c:c10|A juicio de}} {{m:m10|la multisindical}}, {{q:indirect:cut:m10:c10|sin un pilar solidario fuerte las pensiones seguirán siendo bajas}}.

A las afueras del Congreso, en Valparaíso, {{m:m11|Marta Hidalgo}}, jubilada de 74 años, {{c:c11|contó}} que {{q:indirect:jubilada:m11:c11|recibe una pensión de 180.000 pesos}} y que {{q:indirect:jubilada:m11:c11|con eso no le alcanza ni para los remedios}}. "{{q:direct:jubilada:m12:c12|Yo trabajé cuarenta años. No puede ser que ahora tenga que pedirle plata a mis hijos}}", {{c:c12|dijo}} {{m:m12|la mujer}}, con un cartel en la mano.

{{m:m13|Undurraga}} {{c:c13|insistió}} en que {{q:indirect:vocera:m13:c13|el Gobierno está abierto a mejorar el proyecto durante su tramitación}}.
""")

article(
    "es_19_tenis_rueda_prensa", "es/es-diario-deportivo-tenis", "es",
    {"molina": "Álex Molina", "rival": "Jannik Varga", "entrenador": "Sergi Bruguera Soler",
     "madre": "la madre de Álex Molina"},
    """
Molina cae en semifinales de Roland Garros tras cinco horas de batalla

El murciano, de 21 años, perdió ante Varga por 6-4, 3-6, 7-6, 4-6 y 7-5

Álex Molina se despidió de Roland Garros con la cabeza alta y las piernas destrozadas. El murciano cayó en semifinales ante el italiano Jannik Varga en un partido de cinco horas y doce minutos, el más largo del torneo.

«{{q:direct:molina:m1:c1|Lo he dado todo. Hoy no tengo nada que reprocharme, él ha sido un poquito mejor en los momentos importantes}}», {{c:c1|confesó}} {{m:m1|Molina}} en la rueda de prensa posterior, todavía con hielo en el muslo derecho. {{m:m2|El tenista}} {{c:c2|reconoció}} que {{q:indirect:molina:m2:c2|los calambres en el quinto set le impidieron moverse con normalidad}}. «{{q:direct:molina:-:c3|En el 5-5 ya no sentía la pierna}} —{{c:c3|admitió}}—. {{q:direct:molina:-:c3|Pero no me iba a retirar en una semifinal de un Grand Slam}}».

Preguntado por su futuro inmediato, {{m:m4|el murciano}} {{c:c4|bromeó}}: «{{q:direct:molina:m4:c4|Ahora mismo solo pienso en dormir dos días seguidos}}».

{{m:m5|Varga}}, por su parte, {{c:c5|elogió}} {{q:mixed?:rival:m5:c5|a su rival, al que definió como "el futuro del tenis"}}. «{{q:direct:rival:m6:c6|Con veintiún años juega como un veterano. Va a ganar muchos torneos como este}}», {{c:c6|aseguró}} {{m:m6|el italiano}}, que disputará el domingo su segunda final de Grand Slam.

{{m:m7|El entrenador de Molina, Sergi Bruguera Soler}}, {{c:c7|explicó}} a este diario que {{q:indirect:entrenador:m7:c7|el equipo había preparado el partido para que fuera largo}}. «{{q:direct:entrenador:m8:c8|Sabíamos que Jannik iba a sacar muy bien. El plan era aguantar y llevarlo al quinto}}», {{c:c8|detalló}} {{m:m8|el técnico}}, que {{c:c9|avanzó}} que {{q:indirect?:entrenador:m8:c9|Molina no jugará en Queen's para recuperarse}}.

En la grada, su madre siguió el partido sin apenas moverse del asiento. «{{q:direct:madre:-:c10|Estoy orgullosísima de él, gane o pierda}}», {{c:c10|dijo}} a la salida, entre lágrimas.
""")

article(
    "es_20_ep_sanidad_listas", "es/es-agencia-europa-press-sanidad", "es",
    {"consejera": ["Mónica García Alonso", "Sanidad"], "sindicato": "el Sindicato Médico", "portavoz": "Luis Cámara",
     "paciente": "Antonia Ruiz", "defensor": "el Defensor del Paciente"},
    """
{{m:h1|Sanidad}} {{c:hc1|reconoce}} que {{q:indirect:consejera:h1:hc1|las listas de espera quirúrgicas han crecido un 12% en el último año}}

SEVILLA, 3 (EUROPA PRESS)

{{m:m1|La consejera de Salud y Consumo de la Junta de Andalucía, Mónica García Alonso}}, {{c:c1|ha reconocido}} este martes que {{q:indirect:consejera:m1:c1|las listas de espera quirúrgicas han crecido un 12% en el último año}}, aunque {{c:c2|ha defendido}} que {{q:indirect:consejera:m1:c2|el tiempo medio de espera se ha reducido en nueve días}}.

En declaraciones a Europa Press tras visitar el Hospital Virgen del Rocío, {{m:m3|García Alonso}} {{c:c3|ha detallado}} que {{q:indirect:consejera:m3:c3|el aumento se debe sobre todo a la incorporación de nuevas prestaciones a la cartera de servicios}}. "{{q:direct:consejera:-:c4|Estamos operando más que nunca. Lo que pasa es que también entran más pacientes que nunca}}", {{c:c4|ha subrayado}}.

{{m:m5|La consejera}} {{c:c5|ha anunciado}} además que {{q:indirect?:consejera:m5:c5|el Servicio Andaluz de Salud abrirá los quirófanos por la tarde en doce hospitales a partir de octubre}}.

{{m:m6|El Sindicato Médico}} {{c:c6|ha calificado}} {{q:mixed?:sindicato:m6:c6|estas cifras de "maquillaje"}}. {{m:m7|Su portavoz, Luis Cámara}}, {{c:c7|ha trasladado}} a Europa Press que {{q:indirect:portavoz:m7:c7|faltan más de 400 facultativos en los hospitales andaluces}} y que {{q:mixed:portavoz:m7:c7|las peonadas de tarde "son un parche que quema a los profesionales"}}. "{{q:direct:portavoz:m8:c8|Sin médicos no hay plan que valga}}", {{c:c8|ha sentenciado}} {{m:m8|Cámara}}.

Antonia Ruiz, de 67 años, lleva catorce meses esperando una prótesis de rodilla. "{{q:direct:paciente:m10:c10|Me dijeron que serían seis meses. Ya ni llamo, porque siempre me dicen lo mismo}}", {{c:c10|ha relatado}} {{m:m10|esta vecina de Dos Hermanas}}, {{m:m11|que}} {{c:c11|ha asegurado}} que {{q:indirect:paciente:m11:c11|apenas puede salir de casa}}.

{{c:c12|Según}} {{m:m12|el Defensor del Paciente}}, {{q:indirect:defensor:m12:c12|las reclamaciones por demoras quirúrgicas se han duplicado en Andalucía desde 2022}}.
""")

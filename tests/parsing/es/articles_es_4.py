# Batch 4 of the Spanish blind corpus: written after the third round of parser fixes, scored blind
# before any further change.  Original, invented prose; every person is fictional.
from build_es import article

article(
    "es_15_entrevista_pr", "es/es-qa-interview-politica", "es",
    {"arteaga": "Irene Arteaga", "interviewer": "the interviewer", "padre": "el padre de Irene Arteaga"},
    """
{{m:h1|Irene Arteaga}}: “{{q:direct:arteaga:h1:-|No voy a pactar con quien niega la violencia machista}}”

La candidata socialista a la alcaldía de Zaragoza repasa sus prioridades a seis meses de las elecciones municipales

{{m:m1|Irene Arteaga}} (Zaragoza, 1981) recibe a este periódico en la sede del partido, en el paseo de Sagasta. Abogada laboralista y concejala durante dos mandatos, aspira a recuperar una alcaldía que los socialistas perdieron hace ocho años.

P. {{q:direct?:interviewer:-:-|¿Por qué cree que esta vez los zaragozanos le van a dar su confianza?}}

R. {{q:direct:arteaga:m1:-|Porque la ciudad se ha quedado parada. Llevamos ocho años sin un solo proyecto grande, con el tranvía a medio ampliar y con los barrios del sur olvidados. La gente lo nota cuando sale a la calle.}}

P. {{q:direct?:interviewer:-:-|Las encuestas le dan un empate técnico con el actual alcalde. ¿Pactaría con Vox para gobernar?}}

R. {{q:direct:arteaga:m1:-|No. Lo he dicho muchas veces y lo repito: no voy a pactar con quien niega la violencia machista. Prefiero estar en la oposición.}}

P. {{q:direct?:interviewer:-:-|¿Y con Zaragoza en Común?}}

R. {{q:direct:arteaga:m1:-|Con ellos hemos gobernado antes y no fue fácil, pero hablaremos con todos los que defiendan lo público. Mi padre, que fue sindicalista en la General Motors, me decía siempre: “{{q:direct?:padre:-:-|Hija, en política se habla con todo el mundo, pero no se firma con cualquiera}}”. Sigo pensando lo mismo.}}

P. {{q:direct?:interviewer:-:-|¿Cuál sería su primera medida como alcaldesa?}}

R. {{q:direct:arteaga:m1:-|Un plan de vivienda pública en alquiler. Zaragoza tiene suelo municipal para construir 3.000 pisos y no se ha puesto ni un ladrillo. Eso es lo primero que cambiaría.}}

P. {{q:direct?:interviewer:-:-|Su partido a nivel nacional atraviesa un momento delicado. ¿Le perjudica?}}

R. {{q:direct:arteaga:m1:-|En unas municipales la gente vota a personas, no a siglas. Yo me presento con mi nombre y con mi trabajo en los barrios.}}
""")

article(
    "es_16_mx_manianera", "es/mx-diario-nacional-politica", "es",
    {"presidenta": "Claudia Ledezma Robles", "secretario": "Raúl Cienfuegos", "reportera": "una reportera",
     "coparmex": "la Confederación Patronal de la República Mexicana", "senadora": "Lilia Téllez Garza"},
    """
{{m:h1|Ledezma}} descarta aumentar impuestos en 2026: “{{q:direct:presidenta:h1:-|no habrá reforma fiscal}}”

{{m:s1|La Presidenta}} {{c:sc1|aseguró}} que {{q:indirect:presidenta:s1:sc1|los ingresos crecerán gracias a la lucha contra la evasión}}

Ciudad de México. La discusión del Paquete Económico 2026 arrancará en la Cámara de Diputados el próximo 8 de septiembre, y los legisladores tendrán hasta el 20 de octubre para aprobar la Ley de Ingresos. {{m:m1|La presidenta Claudia Ledezma Robles}} {{c:c1|descartó}} este jueves que {{q:indirect:presidenta:m1:c1|su gobierno vaya a presentar una reforma fiscal el próximo año}}. “{{q:direct:presidenta:m2:c2|No habrá reforma fiscal. No vamos a subir impuestos ni a crear nuevos}}”, {{c:c2|afirmó}} {{m:m2|la mandataria}} en su conferencia matutina en Palacio Nacional.

Al ser cuestionada sobre el déficit, {{m:m3|Ledezma Robles}} {{c:c3|respondió}} que {{q:indirect:presidenta:m3:c3|los ingresos tributarios crecieron 8 por ciento en el primer semestre}} y {{c:c4|atribuyó}} {{q:indirect?:presidenta:m3:c4|el aumento a la fiscalización de los grandes contribuyentes}}.

En la misma conferencia, {{m:m5|el secretario de Hacienda, Raúl Cienfuegos}}, {{c:c5|expuso}} que {{q:indirect:secretario:m5:c5|la deuda pública cerrará el año por debajo del 50 por ciento del PIB}}. “{{q:direct:secretario:m6:c6|Las finanzas públicas están sanas y los mercados lo saben}}”, {{c:c6|aseveró}} {{m:m6|el funcionario}}.

—{{q:direct?:reportera:m7:c7|¿Y si la economía estadounidense entra en recesión?}} —{{c:c7|le preguntó}} {{m:m7|una reportera}}.

—{{q:direct:presidenta:m8:c8|Tenemos un margen que antes no teníamos. Estamos preparados}} —{{c:c8|contestó}} {{m:m8|la Presidenta}}.

{{m:m9|La Confederación Patronal de la República Mexicana (Coparmex)}} {{c:c9|consideró}} en un posicionamiento que {{q:mixed:coparmex:m9:c9|las proyecciones de Hacienda son “optimistas”}}, mientras que {{m:m10|la senadora de oposición Lilia Téllez Garza}} {{c:c10|acusó}} {{q:mixed?:senadora:m10:c10|al gobierno de “maquillar las cifras”}}. {{m:m11|La legisladora}} {{c:c11|sostuvo}} que {{q:indirect:senadora:m11:c11|el recorte al gasto en salud demuestra que no hay dinero suficiente}}.

“{{q:direct:senadora:m12:c12|Si las finanzas están tan sanas, que nos expliquen por qué faltan medicamentos en los hospitales}}”, {{c:c12|escribió}} {{m:m12|Téllez}} en su cuenta de X.
""")

article(
    "es_17_radio_ministra_vivienda", "es/es-diario-digital-politica", "es",
    {"ministra": "Carolina Peris", "pp": "Alberto Llorente", "inquilinas": "las portavoces del Sindicato de Inquilinas",
     "fuentes": "fuentes del Ministerio de Vivienda"},
    """
{{m:h1|Peris}} {{c:hc1|admite}} que {{q:mixed:ministra:h1:hc1|la ley de vivienda "no ha funcionado" en las grandes ciudades}}

La ministra de Vivienda anuncia cambios para limitar los alquileres de temporada

{{m:m1|La ministra de Vivienda y Agenda Urbana, Carolina Peris}}, {{c:c1|ha reconocido}} este lunes que {{q:mixed:ministra:m1:c1|la ley de vivienda "no ha funcionado como esperábamos" en las grandes ciudades}}, donde los precios del alquiler siguen subiendo. En una entrevista en la Cadena SER, {{m:m2|Peris}} {{c:c2|ha explicado}} que {{q:indirect:ministra:m2:c2|muchos propietarios han trasladado sus pisos al alquiler de temporada para esquivar la limitación de precios}}.

"{{q:direct:ministra:m3:c3|Hay que cerrar esa puerta cuanto antes. El alquiler de temporada se ha convertido en un coladero}}", {{c:c3|ha insistido}} {{m:m3|la ministra}}, {{m:m4|que}} {{c:c4|ha avanzado}} que {{q:indirect:ministra:m4:c4|el Gobierno llevará al Consejo de Ministros una reforma antes de final de año}}.

{{c:c5|Según}} {{m:m5|fuentes del Ministerio}}, {{q:indirect:fuentes:m5:c5|la reforma obligará a justificar con un contrato de trabajo o de estudios cualquier alquiler de menos de un año}}.

El Ministerio calcula que en Madrid y Barcelona uno de cada tres anuncios de alquiler ya es de temporada, frente a uno de cada diez hace dos años. La oposición ha reaccionado con dureza. {{m:m6|El vicesecretario de Vivienda del PP, Alberto Llorente}}, {{c:c6|ha asegurado}} en redes sociales que {{q:mixed:pp:m6:c6|la ministra "confiesa por fin su fracaso"}}. "{{q:direct:pp:m7:c7|Llevan dos años interviniendo el mercado y hoy hay menos pisos en alquiler que nunca}}", {{c:c7|ha escrito}} {{m:m7|Llorente}}.

El Sindicato de Inquilinas, por su parte, ha pedido ir más lejos. {{m:m8|Sus portavoces}} {{c:c8|han criticado}} que {{q:indirect?:inquilinas:m8:c8|la reforma llegue tarde}} y {{m:m9|ellas}} mismas {{c:c9|han recordado}} que {{q:indirect:inquilinas:m9:c9|llevan más de un año denunciando el fraude de los contratos de temporada}}. "{{q:direct:inquilinas:-:c10|No queremos parches, queremos que se baje el precio de los alquileres}}", {{c:c10|han reclamado}}.
""")

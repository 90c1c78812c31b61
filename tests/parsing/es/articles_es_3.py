# Batch 3 of the Spanish blind corpus: written after the second round of parser fixes, scored blind
# before any further change.  Original, invented prose; every person is fictional.
from build_es import article

article(
    "es_12_pe_congreso", "es/pe-agencia-politica", "es",
    {"valdivia": "Rosa María Valdivia", "quispe": "Wilber Quispe", "premier": "Gonzalo Salazar",
     "defensoria": "la Defensoría del Pueblo", "analista": "Fernando Tuesta Ríos"},
    """
Congreso aprueba en primera votación la reforma del sistema electoral

Lima, 9 de octubre (Andina). El Pleno del Congreso aprobó en primera votación la reforma que restablece la bicameralidad y modifica el sistema de elección de los congresistas. El texto obtuvo 87 votos a favor, 24 en contra y 6 abstenciones.

{{m:m1|La presidenta de la Comisión de Constitución, Rosa María Valdivia}}, {{c:c1|sostuvo}} durante el debate que {{q:indirect:valdivia:m1:c1|la reforma permitirá una mejor representación de las regiones}}. “{{q:direct:valdivia:m2:c2|No estamos legislando para este Congreso, estamos legislando para los próximos veinte años}}”, {{c:c2|enfatizó}} {{m:m2|la legisladora}}.

Desde la bancada opositora, {{m:m3|el congresista Wilber Quispe}} {{c:c3|remarcó}} que {{q:indirect:quispe:m3:c3|la propuesta no fue consultada con la ciudadanía}}. “{{q:direct:quispe:m4:c4|Nos quieren meter un Senado por la puerta de atrás, sin referéndum y sin debate}}”, {{c:c4|criticó}} {{m:m4|el parlamentario}}, {{m:m5|quien}} {{c:c5|anunció}} que {{q:indirect?:quispe:m5:c5|su bancada presentará una acción de inconstitucionalidad}}.

{{m:m6|El presidente del Consejo de Ministros, Gonzalo Salazar}}, {{c:c6|saludó}} {{q:mixed?:premier:m6:c6|la aprobación de lo que calificó como “una reforma histórica”}}. En declaraciones a la prensa en Palacio de Gobierno, {{m:m7|el premier}} {{c:c7|indicó}} que {{q:indirect:premier:m7:c7|el Ejecutivo respetará la decisión del Parlamento}}.

{{c:c8|Según}} {{m:m8|la Defensoría del Pueblo}}, {{q:indirect:defensoria:m8:c8|la reforma debe ser ratificada en una segunda legislatura para entrar en vigor}}. {{m:m9|La institución}} {{c:c9|advirtió}} además que {{q:indirect:defensoria:m9:c9|los plazos son muy ajustados si se quiere aplicar en las elecciones de 2026}}.

Para el politólogo Fernando Tuesta Ríos, en cambio, el problema es otro. “{{q:direct:analista:m11:c11|El Senado no va a resolver la crisis de representación. Lo que necesitamos son partidos de verdad}}”, {{c:c11|afirmó}} {{m:m11|el analista}} a esta agencia. {{m:m12|Tuesta}} {{c:c12|recordó}} que {{q:indirect:analista:m12:c12|el Perú ya tuvo un Congreso bicameral hasta 1992}} y que {{q:indirect:analista:m12:c12|nadie lo echó de menos}}.

La segunda votación está prevista para marzo, en la siguiente legislatura ordinaria.
""")

article(
    "es_13_empresa_comunicado", "es/es-diario-economico-empresas", "es",
    {"compania": "Iberlac", "larrea": "Beatriz Larrea", "ugt": "UGT", "ccoo": "Jon Etxeberria",
     "consejera": "Nerea Aranburu", "trabajador": "un trabajador"},
    """
Iberlac cerrará su planta de Vitoria y despedirá a 230 trabajadores

La láctea traslada la producción a Lugo y alega pérdidas de 18 millones en los dos últimos años

{{m:m1|La compañía láctea Iberlac}} {{c:c1|ha comunicado}} este martes a la plantilla de su fábrica de Vitoria que {{q:indirect:compania:m1:c1|cerrará la planta el próximo 31 de marzo}}. {{m:m2|La empresa}} {{c:c2|explica}} en un comunicado que {{q:indirect:compania:m2:c2|la decisión responde a las pérdidas acumuladas y a la caída del consumo de leche envasada}}. {{m:m3|El comunicado}} {{c:c3|añade}} que {{q:indirect:compania:m3:c3|la producción se concentrará en la planta de Lugo, que será ampliada}}.

{{m:m4|La consejera delegada de Iberlac, Beatriz Larrea}}, {{c:c4|ha defendido}} que {{q:mixed:larrea:m4:c4|se trata de una medida “dolorosa pero imprescindible” para garantizar la viabilidad del grupo}}. “{{q:direct:larrea:m5:c5|Hemos intentado todas las alternativas durante dos años. No había otra salida}}”, {{c:c5|ha señalado}} {{m:m5|la directiva}} en una entrevista con este diario.

Los sindicatos han reaccionado con dureza. {{m:m6|UGT}} {{c:c6|ha calificado}} {{q:mixed?:ugt:m6:c6|el cierre de “traición” a una plantilla que aceptó congelar sus salarios en 2023}}. {{m:m7|El secretario general de CCOO en la fábrica, Jon Etxeberria}}, {{c:c7|ha avanzado}} que {{q:indirect:ccoo:m7:c7|los trabajadores se concentrarán el jueves frente a la sede de la compañía en Madrid}}. “{{q:direct:ccoo:-:c8|No vamos a permitir que se lleven la fábrica sin pelear}}”, {{c:c8|ha advertido}}.

{{m:m9|La consejera de Desarrollo Económico del Gobierno Vasco, Nerea Aranburu}}, {{c:c9|ha asegurado}} que {{q:indirect:consejera:m9:c9|el Ejecutivo autonómico no tenía constancia de la decisión}} y {{c:c10|ha pedido}} a {{q:indirect?:consejera:m9:c10|la empresa que se siente a negociar}}. {{c:c11|En palabras de}} {{m:m11|Aranburu}}, “{{q:direct:consejera:m11:c11|una empresa que ha recibido ayudas públicas no puede cerrar de un día para otro}}”.

A la salida del turno de mañana, el ambiente era de resignación. {{m:m12|Un trabajador con 22 años de antigüedad}} {{c:c12|confesaba}} que {{q:indirect:trabajador:m12:c12|se lo esperaban desde el verano}}. “{{q:direct:trabajador:-:c13|Veíamos que no entraban pedidos. Pero una cosa es intuirlo y otra que te lo digan}}”, {{c:c13|decía}}.
""")

article(
    "es_14_ar_futbol_dt", "es/ar-diario-deportivo", "es",
    {"dt": "Martín Echeverría", "capitan": "Lautaro Gaitán", "presidente": "Hugo Ferraro",
     "hinchas": "los hinchas"},
    """
Racing perdió el clásico y Echeverría puso su cargo a disposición

La Academia cayó 2-0 ante Independiente en el Cilindro y suma cinco partidos sin ganar

El Rojo golpeó dos veces en el segundo tiempo, con goles de Benítez a los 12 minutos y de Correa de penal a los 31. Racing apenas inquietó con un cabezazo en el primer tiempo que se estrelló en el travesaño, y terminó el partido con diez jugadores por la expulsión de su lateral izquierdo.

Después de la derrota, el director técnico de Racing, Martín Echeverría, habló en la conferencia de prensa con la cara desencajada. “{{q:direct:dt:m1:c1|Mi cargo está a disposición de la dirigencia. Si creen que otro puede sacar esto adelante, me voy mañana}}”, {{c:c1|disparó}} {{m:m1|el DT}}.

{{m:m2|Echeverría}} {{c:c2|admitió}} que {{q:indirect:dt:m2:c2|el equipo no supo reaccionar después del primer gol}} y {{c:c3|reconoció}} que {{q:indirect:dt:m2:c3|los cambios no dieron resultado}}. “{{q:direct:dt:m4:c4|Me equivoqué yo, no los jugadores}} —{{c:c4|se sinceró}} {{m:m4|el entrenador}}—. {{q:direct:dt:m4:c4|Hay que poner la cara en las malas}}”.

El capitán Lautaro Gaitán salió a respaldar al técnico. “{{q:direct:capitan:m5:c5|Acá nadie se baja del barco. El Martín tiene todo nuestro apoyo}}”, {{c:c5|aseguró}} {{m:m5|el mediocampista}} en zona mixta. {{m:m6|Gaitán}} {{c:c6|dijo}} además que {{q:indirect:capitan:m6:c6|el plantel va a hablar durante la semana para buscar soluciones}}.

Según pudo saber este diario, la comisión directiva se reunirá el martes para analizar la continuidad del cuerpo técnico. {{m:m8|El presidente del club, Hugo Ferraro}}, evitó confirmar nada: “{{q:direct:presidente:m8:-|Ahora no es momento de hablar en caliente. Vamos a evaluar todo con tranquilidad}}”.

{{m:m9|Los hinchas}}, que despidieron al equipo con silbidos, {{c:c9|cantaron}} “{{q:direct?:hinchas:m9:c9|que se vayan todos}}” cuando los jugadores se retiraban al vestuario. {{m:m10|Ellos}} {{c:c10|reclaman}} que {{q:indirect?:hinchas:m10:c10|el club vuelva a apostar por los juveniles}}.

Racing visitará el domingo a Banfield con la obligación de cortar la mala racha.
""")

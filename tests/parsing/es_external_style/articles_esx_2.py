# Spanish external-style held-apart set, batch 2: original, invented news articles (every person,
# company and place detail is fictional), written and annotated after the batch-1 fixes and before the
# parser was run on them (a check of those fixes on text they were not made for).
from build_esx import article

article(
    "esx2_01_efe_cancilleria", "es/efe-internacional", "es",
    {"cancilleria": ["la Cancillería peruana", "Cancillería", "la cancillería"], "ortega": "Mariela Ortega",
     "diplomatico": ["un diplomático", "diplomático"], "embajada": ["la Embajada de Bolivia", "Embajada de Bolivia"],
     "analista": "Gustavo Paredes"},
    """
Perú convoca al embajador de Bolivia tras un incidente fronterizo

Lima, 3 dic (EFE).- {{m:m1|La Cancillería peruana}} {{c:c1|informó}} este miércoles en un comunicado que {{q:indirect:cancilleria:m1:c1|convocó al embajador de Bolivia para pedir explicaciones por la detención de cuatro pescadores en el lago Titicaca}}.

{{q:indirect:cancilleria:m2:c2|Los pescadores se encontraban en aguas peruanas en el momento de la detención}}, {{c:c2|sostiene}} {{m:m2|la nota}}, que {{c:c2b|califica}} {{q:mixed?:cancilleria:m2:c2b|el hecho de "inaceptable"}}.

"{{q:direct:ortega:m3:c3|Esperamos una respuesta clara y rápida del Gobierno boliviano}}", {{c:c3|declaró}} a la prensa {{m:m3|la canciller, Mariela Ortega}}, quien {{c:c4|descartó}} por ahora {{q:indirect?:ortega:m3:c4|la ruptura de relaciones}}.

{{c:c5|De acuerdo con}} {{m:m5|un diplomático}} que participó en la reunión, {{q:mixed:diplomatico:m5:c5|el encuentro fue "tenso pero cordial"}}. {{q:indirect:diplomatico:-:-|Ambas partes habrían acordado crear una comisión técnica}}.

{{m:m6|La Embajada de Bolivia}}, por su parte, {{c:c6|aseguró}} que {{q:indirect:embajada:m6:c6|los pescadores fueron detenidos en territorio boliviano}} y que {{q:indirect:embajada:m6:c6|recibirán asistencia consular}}.

{{c:c7|Para}} {{m:m7|el analista internacional Gustavo Paredes}}, {{q:indirect:analista:m7:c7|el incidente no pasará a mayores}}.
""")

article(
    "esx2_02_abc_juzgado", "es/abc-tribunales", "es",
    {"auto": ["el auto", "la jueza", "el juzgado"], "guardia": ["la Guardia Civil", "Guardia Civil"],
     "defensa": ["la defensa", "la abogada", "Pilar Sanjuán"], "sanjuan": "Pilar Sanjuán", "vecino": ["un vecino", "vecino"]},
    """
La jueza envía a prisión al dueño del taller de Écija investigado por estafa

La jueza de instrucción número 2 de Écija (Sevilla) ha decretado prisión provisional sin fianza para el propietario de un taller mecánico investigado por cobrar reparaciones que nunca hizo. {{c:c1|Según}} consta en {{m:m1b|el auto}}, {{q:mixed:auto:m1b:c1|existe "riesgo evidente de fuga", ya que el investigado tiene una vivienda en Portugal}}.

{{c:c2|Según}} {{m:m2|la Guardia Civil}}, {{q:indirect:guardia:m2:c2|al menos 43 clientes habrían pagado por piezas que no se llegaron a cambiar}}. {{q:indirect:guardia:-:-|El perjuicio superaría los 60.000 euros}}.

{{m:m3|Su abogada, Pilar Sanjuán}}, {{c:c3|ha anunciado}} que {{q:indirect?:sanjuan:m3:c3|recurrirá la medida}}. "{{q:direct:sanjuan:m4:c4|Mi cliente no ha huido nunca de nada}} —{{c:c4|ha declarado}} {{m:m4|la letrada}} a las puertas del juzgado—. {{q:direct:sanjuan:m4:c4|Se presentará ante el tribunal cuantas veces haga falta}}".

{{m:m5|Un vecino}} que llevó allí su coche durante años {{c:c5|asegura}} que {{q:indirect:vecino:m5:c5|nunca sospechó nada}}. "{{q:direct:vecino:-:c6|Era amable, te invitaba a un café}}", {{c:c6|recuerda}}.
""")

article(
    "esx2_03_ole_superclasico", "es/ole-deportes", "es",
    {"dt": ["el DT", "Hernán Quiroga"], "quiroga": "Hernán Quiroga", "capitan": "Facundo Aranda",
     "hinchas": ["los hinchas", "hinchas"], "club": ["el club", "River"]},
    """
{{m:h1|Quiroga}}, tras el Superclásico: "{{q:direct:quiroga:h1:-|No merecimos perder}}"

Hernán Quiroga no ocultó su bronca tras la derrota 1-0 en la Bombonera. "{{q:direct:quiroga:m1b:c1|No merecimos perder. Hicimos el gasto, tuvimos las más claras y nos fuimos con las manos vacías}}", {{c:c1|disparó}} {{m:m1b|el DT}} en la conferencia.

{{m:m2|El entrenador}} {{c:c2|admitió}} que {{q:indirect:quiroga:m2:c2|al equipo le faltó contundencia en el área}}, pero {{c:c3|defendió}} {{q:indirect?:quiroga:m2:c3|a sus delanteros}}. {{c:c4|Según}} {{m:m4|él}}, {{q:mixed:quiroga:m4:c4|el gol de Boca llegó "en la única que tuvieron"}}.

"{{q:direct:capitan:m5:c5|Duele, pero hay que levantar la cabeza}} —{{c:c5|dijo}} {{m:m5|el capitán, Facundo Aranda}}—. {{q:direct:capitan:m5:c5|Quedan tres finales y vamos a pelear hasta el final}}".

{{c:c6|De acuerdo con}} {{m:m6|el club}}, {{q:indirect:club:m6:c6|el defensor Tomás Leiva sufrió un desgarro y estará afuera un mes}}.
""")

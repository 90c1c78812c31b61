# Spanish articles of the Spanish blind corpus.  Original, invented prose; every person is fictional.
from build_es import article

article(
    "es_01_efe_sequia", "es/es-agencia-efe", "es",
    {"villalba": "Andrés Villalba", "roldan": "Miguel Ángel Roldán", "lozano": "Carmen Lozano",
     "hacienda": "fuentes del Ministerio de Hacienda", "aemet": "la Agencia Estatal de Meteorología"},
    """
El Gobierno aprobará 450 millones en ayudas para los agricultores afectados por la sequía

Madrid, 12 mar (EFE).- {{q:indirect:villalba:m1:c1|El Gobierno aprobará la próxima semana un paquete de ayudas de 450 millones de euros para los agricultores y ganaderos afectados por la sequía}}, {{c:c1|según ha anunciado}} este martes {{m:m1|el ministro de Agricultura, Pesca y Alimentación, Andrés Villalba}}.

En una rueda de prensa tras la reunión del Consejo de Ministros, {{m:m2|Villalba}} {{c:c2|ha explicado}} que {{q:mixed:villalba:m2:c2|las ayudas se repartirán "en función de las pérdidas reales de cada explotación" y no por hectárea, como reclamaban algunas comunidades autónomas}}.

"{{q:direct:villalba:m3:c3|No vamos a dejar a nadie atrás. El campo español está sufriendo la peor sequía en tres décadas y el Estado tiene que estar a la altura}}", {{c:c3|ha asegurado}} {{m:m3|el ministro}}, {{m:m4|quien}} {{c:c4|ha añadido}} que {{q:mixed:villalba:m4:c4|los primeros pagos llegarán "antes del verano"}}.

Las organizaciones agrarias han recibido el anuncio con cautela. {{m:m5|El secretario general de la Coordinadora de Organizaciones de Agricultores y Ganaderos (COAG), Miguel Ángel Roldán}}, {{c:c5|ha señalado}} a EFE que {{q:mixed:roldan:m5:c5|la cifra "se queda corta"}} y {{c:c6|ha reclamado}} que {{q:indirect?:roldan:m5:c6|las ayudas lleguen también a los ganaderos de extensivo, que no tienen seguro}}.

"{{q:direct:roldan:m7:c7|Llevamos dos años pidiendo medidas y ahora nos dan la mitad de lo que hace falta}}", {{c:c7|ha lamentado}} {{m:m7|Roldán}}.

Por su parte, {{m:m8|la presidenta de Asaja en Andalucía, Carmen Lozano}}, ha valorado el esfuerzo del ministerio, aunque {{c:c8|ha advertido}} de que {{q:mixed:lozano:m8:c8|el agua "sigue siendo el problema de fondo" y de que sin nuevas infraestructuras de regadío la situación se repetirá cada pocos años}}.

"{{q:direct:lozano:m9:c9|Las ayudas son un alivio, pero no resuelven nada a largo plazo. Necesitamos un pacto nacional del agua}}", {{c:c9|ha subrayado}} {{m:m9|Lozano}} en declaraciones a esta agencia.

{{m:m10|Fuentes del Ministerio de Hacienda}} consultadas por EFE {{c:c10|indicaron}} que {{q:indirect:hacienda:m10:c10|el coste del paquete se financiará con cargo al fondo de contingencia y no obligará a modificar el techo de gasto}}.

{{c:c11|Según}} {{m:m11|los últimos datos de la Agencia Estatal de Meteorología (Aemet)}}, {{q:indirect?:aemet:m11:c11|las reservas de agua de la cuenca del Guadalquivir se encuentran al 21 % de su capacidad, el nivel más bajo desde 1995}}.

{{m:m12|Villalba}} {{c:c12|ha precisado}} además que {{q:indirect:villalba:m12:c12|el real decreto incluirá una rebaja del 25 % en el rendimiento neto del IRPF para los agricultores de las zonas más castigadas}}.

{{m:m13|El ministro}} {{c:c13|ha insistido}}: "{{q:direct:villalba:m13:c13|Esto no es un parche. Es la primera parte de un plan que vamos a desarrollar durante toda la legislatura}}". EFE
""")

article(
    "es_02_elpais_presupuestos", "es/es-diario-politica", "es",
    {"medina": "Álvaro Medina", "soler": "Ignacio Soler", "ferrer": "Lucía Ferrer",
     "junts": "fuentes de Junts", "vilaro": "Marta Vilaró", "barrios": "Julián Barrios"},
    """
El Gobierno y Junts cierran un acuerdo para desbloquear los Presupuestos

El pacto incluye nuevas competencias para la Generalitat y una partida extraordinaria para Rodalies

El presidente del Gobierno, Álvaro Medina, defendió este miércoles en el Congreso el acuerdo alcanzado con Junts para tramitar los Presupuestos Generales del Estado. “{{q:direct:medina:m2:c2|Es un acuerdo bueno para Cataluña y bueno para España, y lo digo sin ningún complejo}}”, {{c:c2|afirmó}} {{m:m2|Medina}} durante la sesión de control.

{{m:m3|El líder de la oposición, Ignacio Soler}}, le {{c:c3|acusó}} de {{q:mixed?:soler:m3:c3|“comprar votos” con el dinero de todos los españoles}}. “{{q:direct:soler:m4:c4|Usted no tiene un proyecto de país, tiene un proyecto de supervivencia}}”, le {{c:c4|espetó}} {{m:m4|Soler}} desde la tribuna, entre los aplausos de su bancada.

{{m:m5|Medina}} {{c:c5|replicó}} que {{q:mixed:medina:m5:c5|el Partido Popular “no está en condiciones de dar lecciones” después de haber gobernado con los votos de los nacionalistas en 1996}}.

Tras el Consejo de Ministros, {{m:m6|la portavoz del Gobierno, Lucía Ferrer}}, {{c:c6|aseguró}} que {{q:indirect:ferrer:m6:c6|el Ejecutivo presentará el proyecto de ley en el Congreso antes de que acabe el mes}}. {{c:c7|Añadió}} que {{q:indirect:ferrer:-:c7|las cuentas incluirán una subida del 9 % en la partida de vivienda y 300 millones para la red de Cercanías de Cataluña}}. “{{q:direct:ferrer:m8:c8|No hay ninguna cesión que no quepa en la Constitución}}”, {{c:c8|subrayó}} {{m:m8|la portavoz}}.

{{m:m9|Fuentes de Junts}}, por su parte, {{c:c9|confirmaron}} que {{q:indirect:junts:m9:c9|el acuerdo incluye el traspaso de la gestión de las becas universitarias}}, algo que el Gobierno no ha querido detallar.

{{m:m10|La secretaria general del partido, Marta Vilaró}}, fue más lejos en una entrevista en Catalunya Ràdio: “{{q:direct:vilaro:m10:-|Hemos arrancado más en dos semanas que otros en cuatro años}}”. {{m:m11|Ella}} misma {{c:c11|reconoció}}, sin embargo, que {{q:mixed:vilaro:m11:c11|quedan “flecos” por cerrar en materia de financiación}}.

En el PSOE no todos están satisfechos. {{m:m12|El presidente de Castilla-La Mancha, Julián Barrios}}, {{c:c12|dijo}} a los periodistas en Toledo que {{q:mixed:barrios:m12:c12|él “no va a aplaudir” un pacto que, a su juicio, “rompe la igualdad entre territorios”}}. “{{q:direct:barrios:-:c13|Yo soy socialista antes que cualquier otra cosa, pero que no me pidan que me calle}}”, {{c:c13|añadió}}.

La votación de las enmiendas a la totalidad está prevista para la segunda semana de diciembre. Hasta entonces, {{c:c14|según}} {{m:m14|fuentes de Junts}}, {{q:indirect:junts:m14:c14|la formación no dará por cerrado el apoyo a las cuentas}}.
""")

article(
    "es_03_mx_carreteras", "es/mx-diario-regional", "es",
    {"esparza": "Rodrigo Esparza Villaseñor", "luna": "Héctor Luna Cárdenas", "canacar":
     "la Cámara Nacional del Autotransporte de Carga", "operador": "un operador",
     "gutierrez": "Ana Laura Gutiérrez", "sesnsp": "el Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública"},
    """
Jalisco desplegará mil 200 elementos en carreteras tras ola de asaltos a transportistas

Guadalajara, Jal.— El gobernador de Jalisco, Rodrigo Esparza Villaseñor, anunció este lunes el despliegue de mil 200 elementos de la Guardia Estatal en las principales carreteras del estado, luego de que se registraran 43 asaltos a transportistas en lo que va del año.

"{{q:direct:esparza:m1:c1|No vamos a permitir que los delincuentes se apoderen de nuestras carreteras. Vamos a estar presentes las 24 horas, los siete días de la semana}}", {{c:c1|dijo}} {{m:m1|el mandatario}} en conferencia de prensa en Casa Jalisco.

{{c:c2|De acuerdo con}} {{m:m2|el secretario de Seguridad estatal, Héctor Luna Cárdenas}}, {{q:indirect:luna:m2:c2|la mayoría de los robos ocurren de noche en el tramo entre Lagos de Moreno y Encarnación de Díaz}}. {{m:m3|El funcionario}} {{c:c3|refirió}} que {{q:indirect:luna:m3:c3|en las últimas tres semanas se detuvo a 17 personas presuntamente vinculadas con una célula delictiva que opera en los Altos}}.

"{{q:direct:luna:-:c4|Son grupos pequeños, muy móviles, que conocen bien la zona y que tienen halcones en las gasolineras}}", {{c:c4|puntualizó}}.

{{m:m5|La Cámara Nacional del Autotransporte de Carga (Canacar)}} {{c:c5|sostuvo}} en un comunicado que {{q:mixed:canacar:m5:c5|las medidas "llegan tarde"}} y exigió que los operativos se mantengan de manera permanente.

{{m:m6|Un operador que pidió no ser identificado por temor a represalias}} {{c:c6|relató}} a este diario que {{q:indirect:operador:m6:c6|lo asaltaron dos veces en menos de un mes en el mismo punto de la carretera}}. "{{q:direct:operador:-:c7|Te cierran el paso con una camioneta y te apuntan con un arma. Ya no sabes si vas a regresar a tu casa}}", {{c:c7|contó}}.

{{m:m8|La presidenta municipal de Lagos de Moreno, Ana Laura Gutiérrez}}, {{c:c8|aseveró}} que {{q:indirect:gutierrez:m8:c8|el municipio no cuenta con patrullas suficientes para vigilar los más de 80 kilómetros de carretera federal que lo atraviesan}}.

"{{q:direct:gutierrez:-:c9|Tenemos 30 policías para 170 mil habitantes. Así no se puede}}", {{c:c9|lamentó}} la alcaldesa, quien pidió a la Federación enviar a la Guardia Nacional.

{{c:c10|Según}} {{m:m10|cifras del Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública}}, {{q:indirect?:sesnsp:m10:c10|el robo a transportista creció 12 por ciento en Jalisco durante 2024}}.

Al cierre de la conferencia, {{m:m11|Esparza Villaseñor}} {{c:c11|mencionó}} que {{q:indirect:esparza:m11:c11|su administración invertirá 85 millones de pesos en arcos de videovigilancia}}. "{{q:direct:esparza:m12:c12|Esto no se resuelve solo con policías, se resuelve con inteligencia}}", {{c:c12|señaló}} {{m:m12|el gobernador}}.
""")

article(
    "es_04_deportes_betis", "es/es-diario-deportivo", "es",
    {"arrieta": "Íñigo Arrieta", "pereyra": "Facundo Pereyra", "benitez": "Claudio Benítez",
     "canizares": "Sergio Cañizares", "castellanos": "Rubén Castellanos"},
    """
El Betis cae en Balaídos y se complica la Champions

El Real Betis perdió 2-1 en Vigo y deja la cuarta plaza a cinco puntos a falta de nueve jornadas. Un gol de Pereyra en el minuto 88 condenó a los verdiblancos, que habían empatado en la segunda parte.

Tras el partido, su entrenador, Íñigo Arrieta, no buscó excusas. «{{q:direct:arrieta:m1:c1|Hemos hecho una primera parte muy mala, sin intensidad y sin ideas. Eso no puede pasar en un partido así}}», {{c:c1|admitió}} {{m:m1|el técnico vasco}} en la sala de prensa. «{{q:direct:arrieta:m2:c2|Estamos dolidos}} —{{c:c2|reconoció}} {{m:m2|Arrieta}}—, {{q:direct:arrieta:m2:c2|pero esto no se ha acabado. Quedan nueve jornadas y dependemos de nosotros mismos}}».

El entrenador también se refirió a la lesión de su central Marc Roura, que se retiró en el minuto 30 con molestias en el isquiotibial. {{c:c3|Según}} {{m:m3|el técnico}}, {{q:mixed:arrieta:m3:c3|la primera exploración «no es buena» y el jugador se someterá a pruebas este lunes}}.

En el vestuario celeste, en cambio, todo eran sonrisas. El autor del gol de la victoria, el delantero uruguayo Facundo Pereyra, dedicó el tanto a su hija recién nacida. «{{q:direct:pereyra:m4:c4|Es el gol más importante de mi vida, y no por el partido}}», {{c:c4|dijo}} {{m:m4|el delantero}}, emocionado, ante los micrófonos de Movistar Plus+.

{{m:m5|Su entrenador, Claudio Benítez}}, destacó el trabajo defensivo del equipo y {{c:c5|aseguró}} que {{q:indirect:benitez:m5:c5|el objetivo sigue siendo la permanencia}}. «{{q:direct:benitez:-:c6|No nos volvemos locos. Con cuarenta puntos hablamos}}», {{c:c6|zanjó}}.

En el Betis, el enfado era evidente. {{m:m7|El capitán, Sergio Cañizares}}, fue el más crítico: «{{q:direct:canizares:m7:-|Hay que mirarse al espejo. Así no vamos a ningún sitio y la afición no se lo merece}}». {{m:m8|El centrocampista}} {{c:c8|reconoció}} que {{q:indirect:canizares:m8:c8|el equipo se ha relajado tras la eliminación en la Copa}}.

{{m:m9|El director deportivo, Rubén Castellanos}}, salió en defensa del entrenador en declaraciones a la Cadena SER: «{{q:direct:castellanos:m9:-|Íñigo tiene toda nuestra confianza. No hay nada que debatir}}». {{m:m10|Castellanos}} {{c:c10|explicó}} que {{q:indirect:castellanos:m10:c10|el club no contempla fichajes de urgencia}} y que {{q:indirect:castellanos:m10:c10|confía en recuperar a Roura para el tramo final}}.

El Betis recibe el domingo al Villarreal en un partido que ya nadie en Heliópolis se atreve a llamar de trámite.
""")

article(
    "es_05_tribunales_valencia", "es/es-agencia-europa-press-tribunales", "es",
    {"audiencia": ["la Audiencia Provincial de Valencia", "el tribunal"], "sanchis": "Elena Sanchis",
     "molla": "Joaquín Mollà", "ferrandis": "Ramón Ferrandis", "bolufer": "Pilar Bolufer"},
    """
Condenado a seis años de prisión el exalcalde de Benitatxell por malversación

VALENCIA, 14 (EUROPA PRESS)

La Audiencia Provincial de Valencia ha condenado a seis años de prisión y a diez de inhabilitación al exalcalde de Benitatxell Ramón Ferrandis por los delitos de malversación de caudales públicos y prevaricación, según la sentencia, a la que ha tenido acceso Europa Press.

{{m:m1|El tribunal}} {{c:c1|considera probado}} que {{q:indirect:audiencia:m1:c1|Ferrandis adjudicó entre 2015 y 2019 contratos por valor de 1,2 millones de euros a empresas de su entorno familiar sin ningún procedimiento de concurrencia}}. {{m:m2|La sentencia}} {{c:c2|señala}} que {{q:mixed:audiencia:m2:c2|el acusado actuó "con pleno conocimiento" de la ilegalidad de esas adjudicaciones}}.

Durante el juicio, {{m:m3|la fiscal Anticorrupción, Elena Sanchis}}, {{c:c3|sostuvo}} que {{q:mixed:sanchis:m3:c3|Ferrandis había convertido el Ayuntamiento en "su cortijo particular"}}. "{{q:direct:sanchis:m4:c4|No estamos ante un error administrativo, sino ante un sistema pensado para que el dinero público acabara siempre en las mismas manos}}", {{c:c4|afirmó}} {{m:m4|la fiscal}} en su informe final.

{{m:m5|El abogado defensor, Joaquín Mollà}}, {{c:c5|ha asegurado}} a Europa Press que {{q:indirect:molla:m5:c5|recurrirá la sentencia ante el Tribunal Supremo}}. "{{q:direct:molla:m6:c6|Mi cliente no se ha llevado ni un euro. Todos los contratos pasaron por los técnicos municipales y ninguno puso reparos}}", {{c:c6|ha declarado}} {{m:m6|el letrado}} a las puertas de la Ciudad de la Justicia.

En su turno de última palabra, Ferrandis defendió su gestión. "{{q:direct:ferrandis:m7:c7|He sido alcalde durante dieciséis años y siempre he actuado pensando en mi pueblo}}", {{c:c7|afirmó}} {{m:m7|el exregidor}} ante el tribunal, visiblemente emocionado.

La actual alcaldesa, Pilar Bolufer, ha celebrado la sentencia. {{c:c9|Según ha explicado}}, {{q:mixed:bolufer:-:c9|el consistorio se personó como acusación particular para "recuperar lo que es de todos los vecinos"}}. "{{q:direct:bolufer:m10:c10|Ha sido un proceso muy largo y muy duro para el pueblo, pero al final se ha hecho justicia}}", {{c:c10|ha manifestado}} {{m:m10|Bolufer}}, {{m:m11|que}} {{c:c11|ha recordado}} que {{q:indirect:bolufer:m11:c11|el Ayuntamiento todavía tiene pendiente recuperar más de 400.000 euros}}.

La sentencia obliga además a Ferrandis a indemnizar al Ayuntamiento con 640.000 euros. {{m:m12|El tribunal}} {{c:c12|rechaza}}, por otro lado, que {{q:indirect?:audiencia:m12:c12|los dos técnicos municipales que también estaban acusados tuvieran conocimiento de las irregularidades}}, por lo que los absuelve.

Contra la resolución cabe recurso de casación ante el Tribunal Supremo en el plazo de cinco días.
""")

article(
    "es_06_economia_previsiones", "es/es-diario-economico", "es",
    {"ortuno": "Fernando Ortuño", "bde": "el Banco de España", "ibarra": "Sonia Ibarra",
     "ine": "el Instituto Nacional de Estadística", "funcas": "los analistas de Funcas",
     "montoya": "Raúl Montoya", "ceoe": "la patronal CEOE", "garmendia": "Ane Garmendia"},
    """
El Banco de España eleva al 2,4 % su previsión de crecimiento para este año

El consumo de los hogares y el turismo compensan el frenazo de la zona euro

El Banco de España ha elevado en tres décimas su previsión de crecimiento del PIB para este año, hasta el 2,4 %, gracias al buen comportamiento del consumo y al nuevo récord de llegadas de turistas. {{m:m1|El gobernador, Fernando Ortuño}}, {{c:c1|explicó}} ayer en la presentación del informe trimestral que {{q:mixed:ortuno:m1:c1|la economía española “sigue mostrando una notable resistencia” pese a la desaceleración de sus principales socios comerciales}}.

“{{q:direct:ortuno:m2:c2|No vemos señales de recesión en el horizonte, aunque los riesgos a la baja se han intensificado en los últimos meses}}”, {{c:c2|indicó}} {{m:m2|Ortuño}}, que citó expresamente las tensiones comerciales con Estados Unidos.

{{c:c3|Según}} {{m:m3|el organismo}}, {{q:indirect:bde:m3:c3|la inflación cerrará el año en el 2,7 % y bajará al 2,1 % en 2026}}. {{m:m4|La directora general de Economía y Estadística, Sonia Ibarra}}, {{c:c4|advirtió}} de que {{q:mixed:ibarra:m4:c4|la vivienda sigue siendo “el principal foco de preocupación” para los hogares}}. {{m:m5|Ella}} misma {{c:c5|señaló}} que {{q:indirect:ibarra:m5:c5|los precios del alquiler han subido un 11 % en el último año en las grandes ciudades}}.

{{c:c6|De acuerdo con}} {{m:m6|los datos publicados la semana pasada por el Instituto Nacional de Estadística (INE)}}, {{q:indirect?:ine:m6:c6|el paro registró en el tercer trimestre su nivel más bajo desde 2008}}.

{{c:c7|Para}} {{m:m7|los analistas de Funcas}}, en cambio, {{q:indirect?:funcas:m7:c7|el crecimiento se moderará con claridad a partir de la primavera}}. “{{q:direct:montoya:m8:c8|El efecto del turismo ya está descontado. Lo que viene ahora es un crecimiento más normal, en torno al 1,8 %}}”, {{c:c8|explicó}} {{m:m8|su director de Coyuntura, Raúl Montoya}}, en declaraciones a este periódico.

{{m:m9|Montoya}} {{c:c9|considera}} que {{q:indirect:montoya:m9:c9|el mayor riesgo para la economía española es la falta de vivienda asequible, que frena la movilidad de los trabajadores}}.

{{m:m10|La patronal CEOE}}, por su parte, {{c:c10|pidió}} al Gobierno que {{q:mixed?:ceoe:m10:c10|“no desaproveche” el buen momento para reducir el déficit}}. {{m:m11|La vicepresidenta de la organización, Ane Garmendia}}, {{c:c11|criticó}} que {{q:indirect?:garmendia:m11:c11|el Ejecutivo siga sin presentar un plan fiscal a medio plazo}}. “{{q:direct:garmendia:m12:c12|Cuando las cosas van bien es cuando hay que hacer los deberes}}”, {{c:c12|afirmó}} {{m:m12|Garmendia}}.

Los mercados reaccionaron con indiferencia a la revisión. El Ibex 35 cerró la sesión con una subida del 0,3 % y la prima de riesgo se mantuvo estable en los 62 puntos básicos.
""")

article(
    "es_07_entrevista_escritora", "es/es-qa-interview-cultura", "es",
    {"olazabal": "Nerea Olazábal", "interviewer": "the interviewer", "editor": "su editor"},
    """
{{m:h1|Nerea Olazábal}}: “{{q:direct:olazabal:h1:-|Escribir sobre mi madre ha sido lo más difícil que he hecho}}”

La escritora vasca publica “La casa de los mirlos”, una novela sobre la enfermedad y la memoria que le ha llevado diez años terminar

{{m:m1|Nerea Olazábal}} (Tolosa, 1978) llega puntual a la cita en una cafetería del centro de San Sebastián. Acaba de publicar “La casa de los mirlos” (Anagrama), su cuarta novela, la historia de una hija que cuida a su madre enferma de alzhéimer en un caserío de Gipuzkoa. La crítica ya habla de su mejor libro.

—{{q:direct?:interviewer:-:-|¿Por qué ha tardado diez años en escribir esta novela?}}

—{{q:direct:olazabal:m1:-|Porque no estaba preparada. Empecé a escribirla el mismo año en que murió mi madre y la dejé a las tres semanas. Cada frase me costaba un mundo. Volví a ella muchas veces, y muchas veces la abandoné.}}

—{{q:direct?:interviewer:-:-|¿Qué cambió para poder terminarla?}}

—{{q:direct:olazabal:m1:-|Creo que el tiempo. Y también algo que me dijo mi editor hace dos años. {{m:m2|Él}} me {{c:c2|dijo}}: “{{q:direct?:editor:m2:c2|O la terminas o la olvidas, pero no puedes seguir cargando con ella}}”. Tenía razón. Esa misma noche me senté a escribir y ya no paré.}}

—{{q:direct?:interviewer:-:-|¿Cuánto hay de autobiografía en el libro?}}

—{{q:direct:olazabal:m1:-|Mucho y nada. Los hechos no son los míos, pero las emociones sí. Yo no cuidé a mi madre en un caserío, la cuidé en un piso de Tolosa con ascensor. Pero el miedo, la culpa y el cansancio son exactamente los mismos.}}

—{{q:direct?:interviewer:-:-|La novela está escrita en castellano. ¿Nunca pensó en hacerlo en euskera?}}

—{{q:direct:olazabal:m1:-|Lo pensé, claro. Mi madre hablaba en euskera y muchos diálogos los escribí primero en euskera. Pero mi lengua literaria es el castellano, y no quise forzarlo. Ahora estoy trabajando con una traductora para la versión en euskera, y me hace mucha ilusión.}}

—{{q:direct?:interviewer:-:-|¿Qué le gustaría que sintiera el lector al cerrar el libro?}}

—{{q:direct:olazabal:m1:-|Que no está solo. Hay miles de personas cuidando ahora mismo a un padre o a una madre que ya no los reconoce, y casi nadie habla de eso. Si el libro sirve para que alguien se sienta un poco acompañado, ya habrá merecido la pena.}}
""")

article(
    "es_08_ar_temporal", "es/ar-diario-nacional", "es",
    {"ledesma": "Gustavo Ledesma", "quiroga": "Mariana Quiroga", "smn": "el Servicio Meteorológico Nacional",
     "vecina": "Rosa Benítez", "vecinos": "los vecinos", "policia": "fuentes policiales"},
    """
Temporal en el conurbano: más de 2.000 evacuados en La Matanza y Merlo

En apenas tres horas cayeron 140 milímetros de lluvia. Hay barrios enteros bajo el agua y el municipio pidió ayuda a la Nación.

El intendente de La Matanza, Gustavo Ledesma, recorrió este martes los barrios más afectados por el temporal. “{{q:direct:ledesma:m1:c1|Estamos desbordados}} —{{c:c1|admitió}} {{m:m1|el jefe comunal}}—. {{q:direct:ledesma:m1:c1|Llovió en tres horas lo que llueve en un mes entero y el sistema de desagües no da abasto}}”.

{{c:c2|Según}} {{m:m2|el municipio}}, {{q:indirect:ledesma:m2:c2|más de 1.500 personas tuvieron que dejar sus casas en los barrios de González Catán y Virrey del Pino}}. {{m:m3|Ledesma}} {{c:c3|sostuvo}} que {{q:indirect:ledesma:m3:c3|las obras del arroyo Morales, paralizadas desde hace dos años, habrían evitado buena parte de las inundaciones}} y {{c:c4|agregó}} que {{q:mixed:ledesma:m3:c4|la Provincia “tiene que dar respuestas ya”}}.

{{m:m5|La ministra de Desarrollo de la Comunidad bonaerense, Mariana Quiroga}}, {{c:c5|aseguró}} a Clarín que {{q:indirect:quiroga:m5:c5|ya se enviaron colchones, agua potable y alimentos a los centros de evacuados}}. “{{q:direct:quiroga:m6:c6|Nadie va a quedar solo. Vamos a estar acá el tiempo que haga falta}}”, {{c:c6|afirmó}} {{m:m6|la funcionaria}}. {{m:m7|Ella}} también {{c:c7|indicó}} que {{q:indirect:quiroga:m7:c7|el gobierno provincial gestionará un subsidio para las familias que perdieron todo}}.

En el barrio San Alberto, el agua llegó al metro de altura. Rosa Benítez, de 67 años, vive sola y pasó la noche arriba de la mesa del comedor. “{{q:direct:vecina:m9:c9|Cuando me desperté el agua ya estaba entrando por debajo de la puerta. No me dio tiempo a sacar nada}}”, {{c:c9|contó}} {{m:m9|la mujer}}, mientras sus vecinos la ayudaban a sacar los muebles a la vereda. {{c:c10|Dijo}} que {{q:indirect:vecina:-:c10|es la tercera vez en cinco años que se le inunda la casa}}.

{{m:m11|Los vecinos}} {{c:c11|denuncian}} que {{q:indirect:vecinos:m11:c11|los zanjones no se limpian desde el verano}}. “{{q:direct:vecinos:-:c12|Se acuerdan de nosotros solo cuando hay elecciones}}”, {{c:c12|se quejaron}}.

{{c:c13|De acuerdo con}} {{m:m13|fuentes policiales}}, {{q:indirect:policia:m13:c13|un hombre de 54 años murió electrocutado en Merlo al tocar un cable caído}}. El caso está en manos de la fiscalía de turno.

{{m:m14|El Servicio Meteorológico Nacional (SMN)}} {{c:c14|advirtió}} que {{q:indirect:smn:m14:c14|las lluvias continuarán hasta el jueves}} y mantuvo el alerta amarilla para el Gran Buenos Aires. {{c:c15|Según}} {{m:m15|el pronóstico}}, {{q:indirect?:smn:m15:c15|el tiempo mejorará recién el fin de semana}}.
""")

# Spanish external-style held-apart set, third series: original, invented news articles (every person,
# company and detail is fictional; real cities only as setting), written and annotated after the second
# series' fixes and before the parser was run on them. Many role nouns and groups speak.
from build_esx3 import article

article(
    "es3x_01_heraldo_zbe", "es/heraldo-aragon", "es",
    {"vecina": ["una vecina", "vecina"], "lasheras": "Javier Lasheras", "vecinos": ["los vecinos", "vecinos", "la asociación vecinal", "los residentes"],
     "comerciantes": ["los comerciantes", "comerciantes"], "galvez": "Pilar Gálvez", "oposicion": ["el PSOE", "PSOE"],
     "ayuntamiento": ["el Ayuntamiento", "Ayuntamiento", "fuentes municipales"], "tendero": ["un tendero", "tendero"]},
    """
"{{q:direct:vecina:h1:hc1|Nos han convertido el barrio en un aparcamiento}}", {{c:hc1|lamenta}} {{m:h1|una vecina}} de Delicias

{{m:s1|Los residentes}} {{c:s1c|denuncian}} que {{q:indirect:vecinos:s1:s1c|la zona de bajas emisiones ha desplazado el tráfico a sus calles}}. El alcalde defiende la medida y promete ajustes en primavera.

ZARAGOZA | 9 de diciembre de 2026, 06:30

Tres meses después de la entrada en vigor de la zona de bajas emisiones (ZBE), el barrio de Delicias se ha convertido en el aparcamiento de quienes ya no pueden entrar en el centro. Eso denuncian sus vecinos, que el lunes llenaron el salón de actos del centro cívico.

{{m:m1|El alcalde, Javier Lasheras}}, {{c:c1|defendió}} este martes que {{q:indirect:lasheras:m1:c1|la medida ha reducido un 14 % el dióxido de nitrógeno en el primer cinturón}}. "{{q:direct:lasheras:m2:c2|No vamos a dar marcha atrás. Pero escuchamos a los barrios y habrá ajustes}}", {{c:c2|afirmó}} {{m:m2|el regidor}} en la sesión de control del pleno.

{{m:m3|La asociación vecinal Delicias Unida}} {{c:c3|sostiene}} que {{q:indirect:vecinos:m3:c3|cada mañana llegan al barrio unos 1.200 coches más que antes}}. "{{q:direct:vecinos:m4:c4|Nadie nos preguntó nada. Ahora no encontramos sitio ni para descargar la compra}}", {{c:c4|aseguraron}} {{m:m4|sus portavoces}} en un comunicado. {{c:c5|Reclamaron}} además que {{q:indirect:vecinos:-:c5|el barrio tenga su propia zona de aparcamiento regulado para residentes}}.

{{m:m6|Una vecina de la calle Unceta}}, que pidió no ser identificada, {{c:c6|contó}} que {{q:indirect:vecina:m6:c6|tarda veinte minutos en aparcar cada tarde}}. "{{q:direct:vecina:m7:c7|Nos han convertido el barrio en un aparcamiento}}", {{c:c7|lamentó}} {{m:m7|la mujer}}, jubilada.

{{c:c8|Para}} {{m:m8|los comerciantes de la zona}}, {{q:indirect:comerciantes:m8:c8|el problema es el contrario: sus clientes del centro han dejado de venir}}. "{{q:direct:tendero:m9:c9|Hemos perdido un 20 % de la caja desde septiembre}}", {{c:c9|explicó}} {{m:m9|un tendero de la avenida de Madrid}} que pidió omitir su nombre.

{{m:m10|La portavoz socialista, Pilar Gálvez}}, {{c:c10|acusó}} al gobierno municipal de "{{q:direct:galvez:m10:c10|improvisar con los barrios obreros}}". {{m:m11|La concejala}} {{c:c11|recordó}} que {{q:indirect:galvez:m11:c11|su grupo pidió en junio un estudio de movilidad que nunca se hizo}}.

Los datos de la estación de medición de Renovales confirman que la calidad del aire ha mejorado en el centro, aunque no existen mediciones en Delicias.

{{c:c12|Según}} {{m:m12|fuentes municipales}}, {{q:indirect:ayuntamiento:m12:c12|el Ayuntamiento estudia ampliar el horario de carga y descarga en el barrio}}. {{q:indirect:ayuntamiento:-:-|La propuesta podría llegar al pleno de febrero}}.

Lasheras cerró su intervención con una promesa. {{q:indirect:lasheras:m13:c13|Habrá una mesa de seguimiento con los vecinos antes de Navidad}}, {{c:c13|dijo}} {{m:m13|el alcalde}}.
""")

article(
    "es3x_02_lavozdegalicia_juicio", "es/la-voz-de-galicia-tribunales", "es",
    {"fiscalia": ["Marta Rey", "la fiscal", "la Fiscalía", "Fiscalía"], "souto": "Ramón Souto", "castro": "Iria Castro",
     "leiro": "Xosé Leiro", "guardia": ["la Guardia Civil", "Guardia Civil"], "perito": ["el perito", "perito"],
     "familia": ["la familia del marinero fallecido", "la familia", "la familia de la víctima"]},
    """
La Fiscalía pide cuatro años para el patrón del Nova Estrela por el naufragio de Burela

{{m:s1|El acusado}} {{c:s1c|niega}} que {{q:indirect:souto:s1:s1c|el pesquero saliera con sobrecarga}}. La defensa atribuye el hundimiento a un fallo del casco.

LUGO / LA VOZ
10/12/2026 05:00 h

El patrón del pesquero Nova Estrela, Ramón Souto, se sentó este miércoles en el banquillo de la Audiencia Provincial de Lugo, casi tres años después del naufragio en el que murió un marinero de 23 años frente a Burela.

{{m:m1|La fiscal del caso, Marta Rey}}, {{c:c1|mantuvo}} que {{q:indirect:fiscalia:m1:c1|el barco zarpó con once toneladas de carga por encima de lo permitido}}. "{{q:direct:fiscalia:m2:c2|El acusado sabía que el barco iba al límite y aun así decidió salir con mar de fondo}}", {{c:c2|afirmó}} {{m:m2|la representante del ministerio público}}, que pide cuatro años de prisión por homicidio imprudente.

{{c:c3|Según}} {{m:m3|la Guardia Civil}}, {{q:indirect:guardia:m3:c3|la balsa salvavidas no se desplegó porque el mecanismo de zafa estaba oxidado}}. {{q:indirect:guardia:-:-|La última revisión se habría hecho en 2021}}.

{{m:m4|El acusado}} {{c:c4|negó}} que {{q:indirect:souto:m4:c4|el Nova Estrela llevara sobrecarga}}. "{{q:direct:souto:m5:c5|Llevo treinta años en el mar. Nunca pondría en peligro a mis hombres}}", {{c:c5|dijo}} {{m:m5|el patrón}}, visiblemente emocionado, ante el tribunal.

—{{q:direct:castro:m6:c6|¿Comprobó usted el estado de la balsa antes de salir?}} —{{c:c6|le preguntó}} {{m:m6|la presidenta del tribunal, Iria Castro}}.
—{{q:direct:souto:m7:c7|Eso lo hacía la empresa}} —{{c:c7|respondió}} {{m:m7|Souto}}.

{{m:m8|Su abogado, Xosé Leiro}}, {{c:c8|sostuvo}} que {{q:indirect:leiro:m8:c8|el casco tenía una fisura que ningún informe detectó}}. {{m:m9|El letrado}} {{c:c9|pidió}} {{q:indirect?:leiro:m9:c9|la libre absolución de su cliente}} y {{c:c10|aseguró}} que {{q:mixed:leiro:m9:c10|la armadora "escatimó en mantenimiento"}}.

{{m:m11|El perito naval}} que declaró a propuesta de la defensa {{c:c11|coincidió}} en que {{q:indirect:perito:m11:c11|la fisura pudo abrirse con el golpe de una ola}}. "{{q:direct:perito:m12:c12|Con esa grieta, el barco se habría hundido con o sin carga}}", {{c:c12|explicó}} {{m:m12|el experto}}.

Los informes de Salvamento Marítimo indican que la alerta se recibió a las 4.12 horas y que el helicóptero llegó cuarenta minutos después.

{{m:m13|La familia del marinero fallecido}}, personada como acusación particular, {{c:c13|considera}} que {{q:indirect:familia:m13:c13|la responsabilidad es compartida entre el patrón y la armadora}}. "{{q:direct:familia:m14:c14|Solo queremos que nadie más salga a faenar en esas condiciones}}", {{c:c14|declararon}} {{m:m14|sus padres}} a las puertas de la Audiencia.

El juicio continuará el jueves con la declaración del armador.
""")

article(
    "es3x_03_biobio_huelga", "es/biobio-chile", "es",
    {"sindicato": ["el sindicato", "sindicato", "los trabajadores", "el Sindicato N°1"], "carrasco": "Luis Carrasco",
     "empresa": ["la empresa", "Minera Cordillera Sur", "la minera"], "valdivia": "Andrea Valdivia",
     "seremi": "Cristián Ulloa", "trabajador": ["un trabajador", "trabajador"], "economista": "Paula Henríquez"},
    """
Trabajadores de Minera Cordillera Sur inician huelga indefinida tras rechazar última oferta

Publicado el miércoles 9 diciembre de 2026 | 12:41
Por Felipe Contreras

Cerca de 900 trabajadores del Sindicato N°1 de Minera Cordillera Sur iniciaron este miércoles una huelga indefinida en la faena de Andacollo, región de Coquimbo, luego de rechazar la última oferta de la compañía en la negociación colectiva.

{{m:m1|Los trabajadores}} {{c:c1|afirman}} que {{q:indirect:sindicato:m1:c1|el bono de término de conflicto ofrecido es un 40 % inferior al de 2023}}. "{{q:direct:sindicato:m2:c2|La empresa tuvo utilidades récord y nos ofrece menos que hace tres años}}", {{c:c2|señalaron}} {{m:m2|ellos}} en una declaración pública leída frente a la faena.

{{m:m3|El presidente del sindicato, Luis Carrasco}}, {{c:c3|aseguró}} a BioBioChile que {{q:mixed:carrasco:m3:c3|la votación fue "casi unánime", con un 94 % a favor de la huelga}}. "{{q:direct:carrasco:m4:c4|No queríamos llegar a esto. Pero la gente está cansada de que le digan que no hay plata}}", {{c:c4|agregó}} {{m:m4|el dirigente}}.

{{m:m5|La empresa}}, en tanto, {{c:c5|lamentó}} {{q:indirect?:empresa:m5:c5|la decisión}} en un comunicado. {{m:m6|La minera}} {{c:c6|sostuvo}} que {{q:mixed:empresa:m6:c6|su propuesta "supera ampliamente" el promedio de la industria}} y {{c:c7|advirtió}} que {{q:indirect:empresa:m6:c7|la paralización pone en riesgo los contratos de exportación del primer trimestre}}.

{{m:m8|La gerenta de personas de la compañía, Andrea Valdivia}}, {{c:c8|explicó}} que {{q:indirect:valdivia:m8:c8|la mesa seguirá abierta durante los cinco días de buenos oficios que contempla la ley}}. "{{q:direct:valdivia:m9:c9|Nuestra disposición al diálogo está intacta}}", {{c:c9|dijo}} {{m:m9|la ejecutiva}}.

{{m:m10|Un trabajador de la planta de chancado}}, que pidió reserva de su identidad, {{c:c10|relató}} que {{q:indirect:trabajador:m10:c10|los turnos de doce horas se han vuelto habituales desde la pandemia}}. "{{q:direct:trabajador:m11:c11|Uno llega a la casa solo a dormir}}", {{c:c11|contó}} {{m:m11|el operador}}.

En la entrada de la faena, los huelguistas instalaron lienzos con la frase "Sin cobre no hay Chile" y una olla común.

{{m:m12|El seremi del Trabajo, Cristián Ulloa}}, {{c:c12|hizo un llamado}} a las partes a {{q:indirect?:seremi:m12:c12|retomar el diálogo}}. {{m:m13|La autoridad regional}} {{c:c13|precisó}} que {{q:indirect:seremi:m13:c13|la Inspección del Trabajo ya ofreció su mediación}}.

Las cifras de Cochilco muestran que la faena aporta cerca del 3 % de la producción de cobre de la región.

{{c:c14|Para}} {{m:m14|la economista de la Universidad de La Serena Paula Henríquez}}, {{q:indirect:economista:m14:c14|una huelga prolongada afectaría sobre todo a los contratistas y al comercio de Andacollo}}. {{q:indirect:economista:m15:c15|La comuna depende casi por completo de la mina}}, {{c:c15|advirtió}} {{m:m15|la académica}}.

{{c:c16|De acuerdo con}} {{m:m16|el sindicato}}, {{q:indirect:sindicato:m16:c16|la próxima reunión con la empresa está fijada para el viernes}}.
""")

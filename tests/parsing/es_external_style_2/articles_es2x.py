# Spanish external-style held-apart set, second series: original, invented news articles (every person,
# company and place detail is fictional; real cities only as setting), written and annotated before the
# parser was run on them.
from build_esx2 import article

article(
    "es2x_01_eltiempo_metro", "es/el-tiempo-bogota", "es",
    {"rincon": "Claudia Marcela Rincón", "fuentes": ["fuentes de la Alcaldía", "la Alcaldía"],
     "cortes": "Andrés Felipe Cortés", "morales": "Luz Dary Morales", "veeduria": ["la Veeduría Distrital", "Veeduría Distrital"],
     "consorcio": ["el consorcio", "consorcio constructor"], "pineda": "Hernando Pineda", "comerciantes": ["los comerciantes del sector", "comerciantes"], "metro": ["la Empresa Metro", "Empresa Metro"]},
    """
Metro de Bogotá: las obras en la avenida Caracas tendrán seis meses más de retraso

{{m:h1|La Empresa Metro}} {{c:hc1|reconoció}} que {{q:indirect:metro:h1:hc1|el cierre del tramo entre las calles 26 y 45 se extenderá hasta agosto}}.

REDACCIÓN BOGOTÁ
5 de diciembre de 2026, 07:40 a. m.

Los bogotanos tendrán que convivir con el cierre de la avenida Caracas durante más tiempo del previsto. {{m:m1|La gerente de la Empresa Metro, Claudia Marcela Rincón}}, {{c:c1|reconoció}} este jueves que {{q:indirect:rincon:m1:c1|los trabajos de traslado de redes entre las calles 26 y 45 no terminarán antes de agosto}}.

"{{q:direct:rincon:m2:c2|Encontramos tuberías de la década de los cincuenta que no aparecían en ningún plano. No podíamos seguir excavando sin reubicarlas}}", {{c:c2|explicó}} {{m:m2|la funcionaria}} en rueda de prensa. {{m:m3|Rincón}} {{c:c3|aseguró}} que {{q:indirect:rincon:m3:c3|el retraso no afectará la fecha de entrada en operación de la primera línea}}.

Las cifras de la Secretaría de Movilidad muestran que el tiempo de viaje en los buses que cruzan el sector aumentó un 18 % desde el inicio de las obras.

{{c:c4|De acuerdo con}} {{m:m4|fuentes de la Alcaldía}}, {{q:indirect:fuentes:m4:c4|el consorcio constructor habría pedido una adición presupuestal de 90.000 millones de pesos}}. {{q:indirect:fuentes:-:-|La solicitud estaría en estudio desde octubre}}.

{{m:m5|El consorcio}}, por su parte, {{c:c5|negó}} que {{q:indirect:consorcio:m5:c5|haya presentado una reclamación formal}}. "{{q:direct:consorcio:-:c6|Hemos cumplido con cada uno de los hitos del contrato}}", {{c:c6|señaló}} en un comunicado.

Le puede interesar: ¿Qué pasará con las rutas alimentadoras durante el cierre?

En el Concejo, las críticas no se hicieron esperar. {{c:c7|A juicio de}} {{m:m7|el concejal Andrés Felipe Cortés}}, {{q:indirect:cortes:m7:c7|la administración sabía del problema desde hace un año y lo ocultó}}. "{{q:direct:cortes:m8:c8|Aquí nadie le dijo la verdad a la ciudadanía}} —{{c:c8|manifestó}} {{m:m8|el cabildante}}—. {{q:direct:cortes:m8:c8|Vamos a citar a la gerente a un debate de control político}}".

{{m:m9|La Veeduría Distrital}} {{c:c9|advirtió}} que {{q:mixed:veeduria:m9:c9|los sobrecostos podrían superar "ampliamente" el 10 % del valor inicial}}.

{{c:c9b|Para}} {{m:m9b|los comerciantes del sector}}, {{q:indirect:comerciantes:m9b:c9b|el panorama es desolador}}. "{{q:direct:morales:m10:c10|Llevo treinta años vendiendo calzado en la Caracas y nunca había visto la cuadra así de vacía. Este diciembre no vamos a vender ni la mitad}}", {{c:c10|contó}} a EL TIEMPO {{m:m10|Luz Dary Morales}}, propietaria de un local cerca de la calle 39.

{{m:m11|Hernando Pineda}}, presidente de la asociación de comerciantes de Chapinero, {{c:c11|indicó}} que {{q:indirect:pineda:m11:c11|al menos 40 negocios han cerrado desde marzo}} y {{c:c12|pidió}} {{q:indirect?:pineda:m11:c12|alivios tributarios para los que siguen abiertos}}.

{{m:m13|La Empresa Metro}} {{c:c13|anunció}} que {{q:indirect?:metro:m13:c13|instalará nuevos pasos peatonales iluminados antes de Navidad}}.

Foto: Archivo EL TIEMPO
""")

article(
    "es2x_02_lajornada_maquila", "es/la-jornada-mexico", "es",
    {"sitm": ["el Sindicato Independiente de Trabajadores de la Maquila", "el sindicato", "SITM"],
     "ledesma": "Rosa Elvira Ledesma", "empresa": ["Norteck Componentes", "la empresa"],
     "stps": ["la Secretaría del Trabajo", "Secretaría del Trabajo"], "trabajadora": ["una trabajadora", "trabajadora"],
     "villalobos": "Ernesto Villalobos"},
    """
{{c:hc0|Denuncian}} {{q:indirect?:sitm:-:hc0|despidos masivos en maquiladora de Ciudad Juárez}}

{{q:indirect:sitm:h1:hc1|Más de 300 obreros fueron dados de baja sin liquidación}}, {{c:hc1|acusa}} {{m:h1|el sindicato independiente}}

Corresponsal
Ciudad Juárez, Chih.

{{m:m1|El Sindicato Independiente de Trabajadores de la Maquila (SITM)}} {{c:c1|denunció}} que {{q:indirect:sitm:m1:c1|la empresa Norteck Componentes despidió a 312 trabajadores en las últimas dos semanas sin pagarles la liquidación que marca la ley}}.

En entrevista con La Jornada, {{m:m2|la secretaria general del SITM, Rosa Elvira Ledesma}}, {{c:c2|afirmó}} que {{q:indirect:ledesma:m2:c2|los despidos comenzaron días después de que los trabajadores votaron por afiliarse al sindicato}}. "{{q:direct:ledesma:-:c3|Es una represalia, así de claro. Quieren dar un escarmiento para que nadie más se organice}}", {{c:c3|aseveró}}.

{{m:m4|La dirigente}} {{c:c4|refirió}} que {{q:indirect:ledesma:m4:c4|entre los despedidos hay al menos 40 mujeres embarazadas}} y que {{q:indirect:ledesma:m4:c4|el sindicato presentará una queja ante el Centro Federal de Conciliación}}.

{{m:m5|Norteck Componentes}} {{c:c5|negó}} {{q:indirect:empresa:m5:c5|haber despedido a personal por motivos sindicales}}. En un comunicado, {{m:m6|la empresa}} {{c:c6|sostuvo}} que {{q:mixed:empresa:m6:c6|la reducción de plantilla obedece a "la caída de pedidos de la industria automotriz estadunidense"}} y {{c:c7|aseguró}} que {{q:indirect:empresa:m6:c7|todos los trabajadores recibirán su finiquito conforme a derecho}}.

A las puertas de la planta, en el parque industrial Antonio J. Bermúdez, decenas de obreros se concentraron el lunes con pancartas que decían "Sin sindicato no hay justicia". {{m:m7|Una trabajadora}} con 11 años de antigüedad, que pidió omitir su nombre por temor a no ser contratada en otra maquiladora, {{c:c7b|relató}} que {{q:indirect:trabajadora:m7:c7b|le ofrecieron 8 mil pesos a cambio de firmar su renuncia}}. "{{q:direct:trabajadora:-:c8|Me dijeron: o firmas hoy o no te damos nada. ¿Qué iba a hacer?}}", {{c:c8|dijo}}.

{{c:c9|Según}} {{m:m9|la Secretaría del Trabajo}} estatal, {{q:indirect:stps:m9:c9|inspectores acudirán a la planta esta semana para verificar los pagos}}.

{{m:m10|El investigador de El Colegio de la Frontera Norte Ernesto Villalobos}} {{c:c10|explicó}} que {{q:indirect:villalobos:m10:c10|los despidos tras un proceso de afiliación son una práctica extendida en la industria maquiladora de la frontera}}. {{q:indirect:villalobos:-:c11|Desde la reforma laboral de 2019, las empresas ya no pueden imponer sindicatos de protección, pero siguen castigando a quienes se organizan}}, {{c:c11|apuntó}}.

Los datos del Instituto Mexicano del Seguro Social indican que el empleo en la industria manufacturera de Juárez cayó 4 por ciento en el último año.

El SITM convocó a una marcha para el próximo viernes hacia las oficinas del gobierno estatal.
""")

article(
    "es2x_03_elcomercio_derrame", "es/el-comercio-peru", "es",
    {"apu": "Wilmer Sandi Ahuanari", "empresa": ["Petroamazonía", "la empresa"],
     "fuentes": ["fuentes del sector Energía", "fuentes del Ministerio de Energía y Minas"],
     "defensoria": ["la Defensoría del Pueblo", "Defensoría del Pueblo"], "huaman": "Pilar Huamán",
     "salazar": "Óscar Salazar", "comunidades": ["comunidades del río Marañón", "las comunidades"], "medico": ["un médico del centro de salud", "médico del centro de salud"]},
    """
Loreto: {{m:h0|comunidades del río Marañón}} {{c:hc0|denuncian}} {{q:indirect?:comunidades:h0:hc0|nuevo derrame de crudo}}

Un tramo del oleoducto habría fallado el domingo. {{m:h1|La empresa operadora}} {{c:hc1|asegura}} que {{q:indirect:empresa:h1:hc1|la fuga está controlada}}.

Redacción EC
Lima

Un nuevo derrame de petróleo ha llegado a las quebradas donde pescan las comunidades indígenas de la cuenca baja del río Marañón, en Loreto. «{{q:direct:apu:m1:c1|El agua baja negra y los peces aparecen muertos en la orilla. Nuestros niños no tienen qué comer}}», {{c:c1|señaló}} a El Comercio {{m:m1|el apu de la comunidad de Nueva Esperanza, Wilmer Sandi Ahuanari}}.

{{m:m2|Petroamazonía}}, operadora del tramo, {{c:c2|reconoció}} en un comunicado que {{q:indirect:empresa:m2:c2|se produjo una fuga en el kilómetro 243 del ducto}}, pero {{c:c3|aseguró}} que {{q:indirect:empresa:m2:c3|esta fue contenida en menos de seis horas}}. {{m:m4|La compañía}} {{c:c4|atribuyó}} {{q:indirect?:empresa:m4:c4|el incidente a un corte intencional de la tubería}}.

{{c:c5|Según}} {{m:m5|fuentes del sector Energía}}, {{q:indirect:fuentes:m5:c5|el volumen derramado sería de al menos 2.000 barriles, muy por encima de lo que informó la empresa}}. {{q:indirect:fuentes:-:-|El Organismo de Evaluación y Fiscalización Ambiental habría detectado crudo a 15 kilómetros del punto de la fuga}}.

{{m:m6|La Defensoría del Pueblo}} {{c:c6|advirtió}} que {{q:indirect:defensoria:m6:c6|al menos cinco comunidades se han quedado sin acceso a agua segura}}. {{m:m7|La jefa de su oficina en Loreto, Pilar Huamán}}, {{c:c7|subrayó}} que {{q:mixed:huaman:m7:c7|la entrega de agua embotellada por parte de la empresa ha sido "tardía e insuficiente"}}.

Lee también: Oleoducto Norperuano: diez derrames en cinco años

{{m:m8|El gerente de operaciones de Petroamazonía, Óscar Salazar}}, {{c:c8|negó}} que {{q:indirect:salazar:m8:c8|la empresa haya demorado la respuesta}}. «{{q:direct:salazar:-:c9|Nuestro equipo llegó al punto el mismo domingo por la tarde}} —{{c:c9|explicó}}—. {{q:direct:salazar:-:c9|Hemos desplegado barreras de contención y 80 trabajadores están limpiando la zona}}».

En Nueva Esperanza, el centro de salud ha atendido a una veintena de personas con erupciones en la piel y dolor de cabeza. {{q:indirect:medico:m10:c10|No se puede descartar que los síntomas estén relacionados con el contacto con el crudo}}, {{c:c10|indicó}} {{m:m10|un médico del centro de salud}} que prefirió no ser identificado.

Los registros del Ministerio del Ambiente reflejan que la cuenca del Marañón ha sufrido al menos diez derrames desde 2021.

{{m:m11|Sandi}} {{c:c11|manifestó}} que {{q:indirect:apu:m11:c11|las comunidades no permitirán el reinicio del bombeo hasta que se firme un acta de compensación}}. «{{q:direct:apu:-:c12|Ya nos engañaron antes}}», {{c:c12|zanjó}}.
""")

article(
    "es2x_04_lavanguardia_hoteles", "es/la-vanguardia-economia", "es",
    {"gremi": ["el Gremi d'Hotels de Barcelona", "el Gremi", "Gremi d'Hotels"], "bosch": "Marta Bosch i Ferrer",
     "govern": ["fuentes del Govern", "el Govern"], "roig": "Albert Roig", "vecinos": ["la Federació d'Associacions Veïnals", "la federación vecinal"],
     "sanz": "Jordi Sanz", "camps": "Núria Camps", "hoteleros": ["los hoteleros de Barcelona", "el Gremi d'Hotels de Barcelona"], "exceltur": ["el lobby turístico", "lobby turístico"]},
    """
{{m:h0|Los hoteleros de Barcelona}} {{c:hc0|alertan}} de que {{q:indirect:hoteleros:h0:hc0|la nueva tasa turística frenará las reservas}}

El Govern duplicará el recargo por pernoctación a partir de abril

JOAN PUIG
Barcelona

La subida de la tasa turística aprobada por el Govern ha encendido las alarmas del sector hotelero barcelonés. {{m:m1|El Gremi d'Hotels de Barcelona}} {{c:c1|alertó}} ayer de que {{q:indirect:gremi:m1:c1|las reservas para la próxima temporada alta ya muestran una desaceleración}}.

«{{q:direct:bosch:m2:c2|No estamos en contra de que el turismo contribuya, pero duplicar la tasa de golpe es un error que pagaremos todos}}», {{c:c2|subrayó}} {{m:m2|la presidenta del Gremi, Marta Bosch i Ferrer}}, en un encuentro con periodistas. {{m:m3|Bosch}} {{c:c3|apuntó}} que {{q:indirect:bosch:m3:c3|Barcelona se convertirá en la ciudad europea con el recargo más alto por noche, por delante de Ámsterdam}}.

Los datos del INE reflejan que las pernoctaciones hoteleras en la capital catalana crecieron un 2,1 % hasta octubre, la cifra más baja desde la pandemia.

{{q:indirect:govern:m4:c4|La recaudación adicional, unos 120 millones de euros anuales, se destinará íntegramente a vivienda y a transporte público}}, {{c:c4|según}} {{m:m4|fuentes del Govern}}. {{m:m5|El conseller d'Economia, Albert Roig}}, {{c:c5|defendió}} en el Parlament que {{q:mixed:roig:m5:c5|la medida es «justa y necesaria»}}. «{{q:direct:roig:-:c6|Quien visita Barcelona tiene que ayudar a mantenerla}} —{{c:c6|dijo}}—. {{q:direct:roig:-:c6|Los vecinos no pueden cargar solos con el coste del éxito turístico}}».

{{c:c7|A juicio de}} {{m:m7|la Federació d'Associacions Veïnals}}, {{q:indirect:vecinos:m7:c7|el aumento se queda corto}}. {{m:m8|Su portavoz, Jordi Sanz}}, {{c:c8|explicó}} a La Vanguardia que {{q:mixed:sanz:m8:c8|los barrios del centro sufren una «presión insoportable»}} y que {{q:indirect:sanz:m8:c8|la tasa debería aplicarse también a los cruceristas}}.

El sector teme, además, el efecto dominó. {{c:c9|Para}} {{m:m9|el lobby turístico}}, {{q:indirect:exceltur:m9:c9|otras ciudades españolas podrían seguir el ejemplo de Barcelona}}. {{q:indirect:exceltur:-:-|Valencia y Málaga estudiarían ya medidas similares}}.

Lea también: Airbnb retira 3.000 anuncios de Barcelona tras la nueva normativa

En el Eixample, {{m:m9c|la propietaria de un hotel familiar de 40 habitaciones, Núria Camps}}, {{c:c9c|explicó}} que {{q:indirect:camps:m9c:c9c|la mitad de sus clientes son familias europeas que comparan precios hasta el último euro}}. «{{q:direct:camps:-:c9d|Si la noche nos sale diez euros más cara que en Lisboa, se van a Lisboa}}», {{c:c9d|resumió}}.

{{m:m10|Bosch}} {{c:c10|reconoció}}, no obstante, que {{q:indirect:bosch:m10:c10|el turismo de lujo no notará el cambio}}. «{{q:direct:bosch:-:c11|El cliente de cinco estrellas no mira diez euros. El problema es la familia que viene tres noches}}», {{c:c11|añadió}}.

La tasa entrará en vigor el 1 de abril si el Parlament la ratifica este mes.
""")

article(
    "es2x_05_efe_ciclismo", "es/efe-deportes", "es",
    {"arriaga": "Iñaki Arriaga", "equipo": ["el equipo", "Bizkaia Racing"], "medico": ["el médico del equipo", "médico del equipo"],
     "ferreira": "Tomás Ferreira", "etxeberria": "Unai Etxeberria", "organizacion": ["la organización", "organización"]},
    """
{{m:h1|Arriaga}}: «{{q:direct:arriaga:h1:-|No me voy a retirar, esto no ha terminado}}»

Vitoria, 4 dic (EFE).- {{m:m0|El ciclista vasco Iñaki Arriaga}}, que sufrió una fractura de clavícula en la última etapa de la Vuelta a Burgos, {{c:c0a|descartó}} este jueves {{q:indirect?:arriaga:m0:c0a|su retirada}} y {{c:c0|aseguró}} que {{q:indirect:arriaga:m0:c0|volverá a competir en la próxima temporada}}.

«{{q:direct:arriaga:m1:c1|No me voy a retirar. Tengo 34 años y todavía me quedan un par de temporadas buenas}}», {{c:c1|afirmó}} {{m:m1|Arriaga}} en una rueda de prensa en la sede de su equipo, el Bizkaia Racing. {{m:m2|El corredor}} {{c:c2|reconoció}} que {{q:indirect:arriaga:m2:c2|los primeros días tras la caída pensó en dejarlo}}. «{{q:direct:arriaga:-:c3|Fueron semanas muy duras}} —{{c:c3|admitió}}—. {{q:direct:arriaga:-:c3|Pero mi familia y el equipo me han ayudado mucho, y ahora solo pienso en volver}}».

{{c:c4|Según}} {{m:m4|el médico del equipo}}, {{q:indirect:medico:m4:c4|la consolidación de la fractura avanza según lo previsto y Arriaga podrá empezar a entrenar en carretera en enero}}.

{{m:m5|El ciclista}} {{c:c5|negó}} {{q:indirect:arriaga:m5:c5|haber recibido ofertas de otros equipos}} y {{c:c6|subrayó}} que {{q:indirect:arriaga:m5:c6|su intención es terminar su carrera en el Bizkaia}}. «{{q:direct:arriaga:-:c7|Aquí empecé y aquí quiero acabar}}», {{c:c7|zanjó}}.

{{m:m8|El director deportivo, Tomás Ferreira}}, {{c:c8|indicó}} que {{q:indirect:ferreira:m8:c8|el equipo no tiene prisa}}. «{{q:direct:ferreira:m9:c9|Iñaki es muy importante para el grupo, dentro y fuera de la carretera. No vamos a arriesgar nada}}», {{c:c9|explicó}} {{m:m9|el técnico portugués}}, que {{c:c10|avanzó}} {{q:indirect?:ferreira:m9:c10|la presentación del equipo para el 20 de enero en Bilbao}}.

{{c:c11|De acuerdo con}} {{m:m11|la organización}} de la Vuelta a Burgos, {{q:indirect:organizacion:m11:c11|la caída se produjo por una mancha de gasóleo en la calzada que no había sido señalizada}}. {{q:indirect:organizacion:m12:c12|Se han revisado los protocolos de inspección del recorrido}}, {{c:c12|añadió}} {{m:m12|la organización}} en una nota.

{{m:m13|Su compañero de equipo Unai Etxeberria}}, que rodaba a su lado cuando se produjo la caída, {{c:c13|relató}} que {{q:indirect:etxeberria:m13:c13|el pelotón circulaba a más de 60 kilómetros por hora al entrar en la curva}}. «{{q:direct:etxeberria:m14:c14|No hubo tiempo para reaccionar. Cuando me giré, Iñaki ya estaba en el suelo y no se movía}}», {{c:c14|recordó}} {{m:m14|el navarro}}.

{{c:c15|Según}} {{m:m15|Ferreira}}, {{q:indirect:ferreira:m15:c15|Arriaga seguirá siendo el jefe de filas del equipo en las clásicas de primavera}}. {{q:indirect:ferreira:-:-|El corredor podría incluso adelantar su regreso a la Vuelta al País Vasco}}.

Las estadísticas de la Unión Ciclista Internacional muestran que las fracturas de clavícula son la lesión más frecuente del pelotón profesional.

Arriaga, que ha ganado dos etapas de la Vuelta a España, cerró la comparecencia con una broma sobre su bicicleta nueva.

Foto: EFE/Miguel Ortiz
""")

# Spanish external-style held-apart set: original, invented news articles (every person, company and
# place detail is fictional), written and annotated before the parser was run on them.
from build_esx import article

article(
    "esx_01_efe_vivienda", "es/efe-politica", "es",
    {"ferrandiz": "Lucía Ferrándiz", "hacienda": ["fuentes del Ministerio de Hacienda", "Ministerio de Hacienda"],
     "santamarina": "Borja Santamarina", "sumar": ["Sumar"], "urquiza": "Ernesto Urquiza",
     "parlamentarias": ["fuentes parlamentarias", "fuentes parlamentarias consultadas por EFE"]},
    """
El Gobierno aprueba el plan de vivienda entre críticas de la oposición y de sus socios

Madrid, 1 dic (EFE).- El Consejo de Ministros aprobó este martes el Plan Estatal de Vivienda 2027-2030, dotado con 7.200 millones de euros. {{c:c1|Según}} {{m:m1|la ministra de Vivienda, Lucía Ferrándiz}}, {{q:indirect:ferrandiz:m1:c1|el plan permitirá construir 180.000 pisos de alquiler asequible en cuatro años}}.

“{{q:direct:ferrandiz:m2:c2|Es el mayor esfuerzo público en vivienda de toda la democracia}}”, {{c:c2|dijo}} {{m:m2|Ferrándiz}} en la rueda de prensa posterior al Consejo. {{m:m3|La ministra}} {{c:c3|aseguró}} que {{q:mixed:ferrandiz:m3:c3|las comunidades autónomas recibirán los fondos “antes del verano”}} y {{c:c4|afirmó}} que {{q:mixed:ferrandiz:m3:c4|el Gobierno no tolerará “ni un euro” desviado a otros fines}}.

{{c:c5|De acuerdo con}} {{m:m5|fuentes del Ministerio de Hacienda}}, {{q:indirect:hacienda:m5:c5|la partida se financiará en parte con fondos europeos que no llegaron a ejecutarse}}.

{{m:m6|El vicesecretario de Política Autonómica del PP, Borja Santamarina}}, {{c:c6|afirmó}} que {{q:mixed:santamarina:m6:c6|el plan “llega tarde y mal”}}. “{{q:direct:santamarina:-:c7|Llevan siete años anunciando viviendas que nunca se construyen}}”, {{c:c7|añadió}} en declaraciones a los periodistas en el Congreso.

{{c:c8|Para}} {{m:m8|Sumar}}, socio minoritario de la coalición, {{q:indirect:sumar:m8:c8|el texto se queda corto porque no limita el precio del alquiler de temporada}}. {{c:c9|En palabras de}} {{m:m9|su portavoz, Ernesto Urquiza}}, “{{q:direct:urquiza:m9:c9|sin intervenir el mercado, las ayudas acaban en el bolsillo de los caseros}}”.

{{c:c10|Según}} {{m:m10|fuentes parlamentarias}} consultadas por EFE, {{q:indirect:parlamentarias:m10:c10|Junts habría condicionado su apoyo a que Cataluña gestione una cuarta parte de los fondos}}. {{q:indirect:parlamentarias:-:-|La formación exigiría además una comisión bilateral de seguimiento}}.

El plan se publicará en el Boletín Oficial del Estado en los próximos días.
""")

article(
    "esx_02_elpais_supremo", "es/el-pais-tribunales", "es",
    {"supremo": ["Tribunal Supremo", "el Supremo", "la sentencia", "el alto tribunal", "la Sala"],
     "escartin": "Luis Miguel Escartín", "fiscalia": ["fuentes de la Fiscalía Anticorrupción", "Fiscalía Anticorrupción"],
     "benjumea": "Rocío Benjumea", "exconcejal": ["un exconcejal", "exconcejal"]},
    """
El Supremo confirma seis años de cárcel para el exalcalde de Santa Olalla de Mar

El Tribunal Supremo ha confirmado la condena de seis años de prisión al exalcalde de Santa Olalla de Mar (Cádiz) Francisco Javier Roldán por adjudicar los contratos de limpieza viaria a una empresa de su cuñado entre 2015 y 2019.

{{m:m1|La sentencia}}, de la que ha sido ponente la magistrada Carmen Lasheras, {{c:c1|sostiene}} que {{q:mixed:supremo:m1:c1|el exregidor actuó “con plena conciencia” de que favorecía a su familia}}. {{c:c2|Según}} {{m:m2|el alto tribunal}}, {{q:mixed:supremo:m2:c2|no existe “ninguna duda razonable” sobre la autoría de los hechos}}. {{c:c3|Para}} {{m:m3|la Sala}}, {{q:indirect:supremo:m3:c3|las conversaciones intervenidas demuestran que Roldán conocía cada una de las adjudicaciones}}.

{{m:m4|El abogado de Roldán, Luis Miguel Escartín}}, {{c:c4|ha anunciado}} que {{q:indirect?:escartin:m4:c4|recurrirá en amparo ante el Tribunal Constitucional}}. “{{q:direct:escartin:m5:c5|Mi cliente ha sido condenado por un juicio mediático, no por las pruebas}}”, {{c:c5|ha declarado}} {{m:m5|Escartín}} a este periódico.

{{c:c6|De acuerdo con}} {{m:m6|fuentes de la Fiscalía Anticorrupción}}, {{q:mixed:fiscalia:m6:c6|la resolución “marca un antes y un después” en la persecución de la corrupción municipal}}.

{{m:m7|La actual alcaldesa, Rocío Benjumea}}, {{c:c7|ha asegurado}} que {{q:indirect:benjumea:m7:c7|el Ayuntamiento reclamará los 1,3 millones de euros defraudados}}. “{{q:direct:benjumea:m8:c8|No es una victoria de nadie}} —{{c:c8|ha matizado}} {{m:m8|la regidora}}—. {{q:direct:benjumea:m8:c8|Es un día triste para el pueblo, pero los vecinos merecen recuperar hasta el último céntimo}}”.

{{m:m9|Un exconcejal}} que pidió no ser identificado {{c:c9|ha relatado}} a EL PAÍS que {{q:mixed:exconcejal:m9:c9|en el Ayuntamiento “todo el mundo sabía” quién se quedaba los contratos}}. {{q:indirect:exconcejal:-:c10|Nadie se atrevía a denunciarlo por miedo a perder el empleo}}, {{c:c10|añadió}}.

Roldán, que permanece en libertad, deberá ingresar en prisión en los próximos días.
""")

article(
    "esx_03_clarin_agua", "es/clarin-ciudades", "es",
    {"vecinos": ["Vecinos de Lanús", "vecinos"], "medina": "Graciela Medina", "ortiz": "Ramón Ortiz",
     "aysa": ["AySA", "la empresa AySA", "la compañía"], "ferraro": "Julián Ferraro",
     "tecnico": ["un técnico de AySA", "técnico"], "vou": ["Villa Obrera Unida", "la organización barrial Villa Obrera Unida"]},
    """
{{m:h1|Vecinos de Lanús}} {{c:h1c|denuncian}} que {{q:indirect:vecinos:h1:h1c|llevan tres semanas sin agua}}

Desde hace tres semanas, unas 400 familias del barrio Villa Obrera, en Lanús Oeste, reciben apenas un hilo de agua por la canilla. Este lunes cortaron la avenida Rivadavia durante cuatro horas para reclamar una solución.

“{{q:direct:medina:m1:c1|Tenemos que comprar bidones para cocinar y para bañar a los chicos. No podemos seguir así}}”, {{c:c1|contó}} a Clarín {{m:m1|Graciela Medina}}, de 58 años, que vive en la calle Pasco desde hace tres décadas. “{{q:direct:ortiz:m2:c2|Nos dicen que es un problema de presión}} —{{c:c2|agregó}} {{m:m2|su vecino Ramón Ortiz}}—. {{q:direct:ortiz:m2:c2|Pero en las torres de enfrente tienen agua todo el día}}”.

{{c:c3|Según}} {{m:m3|la empresa AySA}}, {{q:indirect:aysa:m3:c3|la falta de suministro se debe a la rotura de un caño maestro de 1,2 metros de diámetro}}. {{m:m4|La compañía}} {{c:c4|aseguró}} en un comunicado que {{q:mixed:aysa:m4:c4|las obras de reparación terminarán “en los próximos diez días”}}.

{{m:m5|Un técnico de AySA}} que pidió reserva de su nombre {{c:c5|reconoció}} que {{q:mixed:tecnico:m5:c5|la red del barrio “tiene más de sesenta años”}}. {{q:indirect:tecnico:-:c6|La cañería, {{c:c6|admitió}}, debió reemplazarse hace al menos una década}}.

{{m:m7|El intendente, Julián Ferraro}}, {{c:c7|dijo}} que {{q:indirect:ferraro:m7:c7|el Municipio enviará camiones cisterna a partir del martes}}. “{{q:direct:ferraro:-:c8|No es nuestra responsabilidad, pero no vamos a dejar solos a los vecinos}}”, {{c:c8|sostuvo}}.

Desde {{m:m9|la organización barrial Villa Obrera Unida}} {{c:c9|advirtieron}} que {{q:indirect:vou:m9:c9|si el jueves no hay respuesta volverán a cortar la avenida}}.
""")

article(
    "esx_04_lanacion_inflacion", "es/la-nacion-economia", "es",
    {"indec": ["el Indec", "Indec"], "anchorena": "Federico Anchorena", "villalba": "Marcos Villalba",
     "gaitan": "Florencia Gaitán", "came": ["la Confederación Argentina de la Mediana Empresa", "CAME"],
     "cgt": ["la CGT", "CGT"], "bcra": ["un alto funcionario del Banco Central", "alto funcionario del Banco Central"]},
    """
La inflación de noviembre fue de 2,1% y el Gobierno celebra la desaceleración

{{q:indirect?:indec:m1:c1|El índice de precios al consumidor (IPC) subió 2,1% en noviembre}}, {{c:c1|según informó}} ayer {{m:m1|el Indec}}, la cifra mensual más baja en catorce meses.

El ministro de Economía, Federico Anchorena, celebró el dato en su cuenta de X. “{{q:direct:anchorena:m3:c3|Seguimos bajando la inflación mes a mes, sin emisión y con superávit}}”, {{c:c3|escribió}} {{m:m3|el funcionario}}.

En conferencia de prensa, {{m:m4|el vocero presidencial, Marcos Villalba}}, {{c:c4|afirmó}} que {{q:mixed:villalba:m4:c4|la meta de un dígito anual “está al alcance” para fines de 2027}}.

{{c:c5|Para}} {{m:m5|la economista jefa de la consultora Ecolatina, Florencia Gaitán}}, {{q:indirect:gaitan:m5:c5|la baja responde sobre todo al atraso del tipo de cambio}}. “{{q:direct:gaitan:-:c6|El problema es que esa ancla no es sostenible por mucho tiempo}}”, {{c:c6|advirtió}} en diálogo con LA NACION. {{c:c7|De acuerdo con}} {{m:m7|Gaitán}}, {{q:indirect:gaitan:m7:c7|los precios regulados, como la luz y el gas, volverán a presionar durante el verano}}.

{{q:indirect:came:m8:c8|Las ventas minoristas todavía no muestran señales de recuperación}}, {{c:c8|sostuvo}} por su parte {{m:m8|la Confederación Argentina de la Mediana Empresa}} (CAME). {{m:m9|La CGT}}, en cambio, {{c:c9|aseguró}} que {{q:mixed:cgt:m9:c9|los salarios “siguen perdiendo” frente a los precios}} y reclamó la reapertura de las paritarias.

{{m:m10|Un alto funcionario del Banco Central}}, que habló bajo condición de anonimato, {{c:c10|dijo}} a este diario que {{q:indirect:bcra:m10:c10|la entidad no prevé bajar la tasa de interés antes de marzo}}. {{q:indirect:bcra:-:-|El directorio preferiría esperar los datos de enero antes de mover las tasas}}.
""")

article(
    "esx_05_marca_celta", "es/diario-deportivo", "es",
    {"vidaurre": "Marcelo Vidaurre", "otero": "Brais Otero", "peralta": "Joaquín Peralta", "lemos": "Thiago Lemos"},
    """
El Celta remonta ante el Sevilla en el último minuto

El Celta de Vigo remontó este domingo en Balaídos (2-1) ante un Sevilla que dominó durante una hora, con un gol de Brais Otero en el minuto 91.

«{{q:direct:vidaurre:m1:c1|El equipo nunca dejó de creer. Eso no se entrena: se tiene o no se tiene}}», {{c:c1|afirmó}} {{m:m1|el técnico celeste, Marcelo Vidaurre}}, en la sala de prensa. {{m:m2|El argentino}} {{c:c2|reconoció}} que {{q:mixed:vidaurre:m2:c2|el primer tiempo fue «muy flojo»}} y {{c:c3|admitió}} que {{q:indirect:vidaurre:m2:c3|tuvo que cambiar el sistema en el descanso}}. {{c:c4|Según}} {{m:m4|Vidaurre}}, {{q:mixed:vidaurre:m4:c4|Otero «está para la selección»}}.

«{{q:direct:otero:m5:c5|Lo soñé anoche, de verdad}} —{{c:c5|confesó}} {{m:m5|Otero}} en zona mixta—. {{q:direct:otero:m5:c5|Le dije a mi padre que iba a marcar y se rió de mí}}».

{{q:indirect:peralta:m6:c6|El penalti sobre Lemos fue clarísimo}}, {{c:c6|protestó}} {{m:m6|el entrenador sevillista, Joaquín Peralta}}, que no quiso extenderse sobre el arbitraje. «{{q:direct:peralta:-:c7|No voy a decir nada más porque luego me sancionan}}», {{c:c7|zanjó}}.

{{m:m8|El capitán sevillista, Thiago Lemos}}, {{c:c8|aseguró}} que {{q:mixed:lemos:m8:c8|el vestuario está «tocado»}}. {{q:indirect:lemos:-:c9|Hay que levantarse ya el jueves en Europa}}, {{c:c9|añadió}}.

La grada de Balaídos despidió a los suyos al grito de «¡Así, así, así gana el Celta!». El Celta es ahora séptimo, a dos puntos de los puestos europeos.
""")

article(
    "esx_06_entrevista_alcaldesa", "es/el-pais-entrevista", "es",
    {"olivares": "Carmen Olivares", "interviewer": ["el periodista", "periodista"],
     "consejeria": ["la Consejería de Sanidad de Castilla y León", "Consejería de Sanidad"],
     "portavoz": ["un portavoz del departamento", "portavoz"]},
    """
{{m:h1|Carmen Olivares}}: “{{q:direct:olivares:h1:-|El campo se vacía porque nadie quiere vivir sin médico}}”

La alcaldesa de Villanueva de Arriba (Soria), 312 habitantes, lleva doce años peleando por mantener abierto el consultorio del pueblo. Este diario habló con ella en la plaza, frente al edificio, cerrado desde octubre.

—{{q:direct?:interviewer:-:-|¿Por qué cerró el consultorio?}}

—{{q:direct:olivares:-:-|Porque la Junta dice que no encuentra médicos. Venía uno dos días a la semana; ahora no viene nadie. La gente mayor tiene que ir a Almazán, a 30 kilómetros, y muchos ya no conducen.}}

—{{q:direct?:interviewer:-:-|¿Qué le ha dicho la Consejería?}}

—{{q:direct:olivares:-:-|Que es algo temporal. Llevan diciendo eso desde octubre.}}

{{m:m1|La Consejería de Sanidad de Castilla y León}}, por su parte, {{c:c1|aseguró}} a este periódico que {{q:mixed:consejeria:m1:c1|el servicio se restablecerá “en el primer trimestre”}}. {{c:c2|Según}} {{m:m2|un portavoz del departamento}}, {{q:indirect:portavoz:m2:c2|faltan 140 médicos de familia en el medio rural de la comunidad}}.

—{{q:direct?:interviewer:-:-|¿Se ha planteado dimitir?}}

—{{q:direct:olivares:-:-|Ni hablar. Si me voy yo, aquí no queda nadie que dé la lata en Valladolid.}}

—{{q:direct?:interviewer:-:-|¿Y qué pide?}}

—{{q:direct:olivares:-:-|Lo mismo que en la ciudad: un médico que venga, aunque sea un día. No pedimos un hospital.}}
""")

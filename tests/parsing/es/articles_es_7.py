# Batch 7 of the Spanish blind corpus: written after the sixth round of parser fixes, scored blind
# before any further change.  Original, invented prose; every person is fictional.
from build_es import article

article(
    "es_23_tv_entrevista_ministro", "es/es-television-web", "es",
    {"ministro": "Javier Olmedo", "presentadora": "the interviewer", "feijoo": "Marta Cuadrado",
     "fuentes": "fuentes de Moncloa"},
    """
{{m:h1|Olmedo}}, sobre el adelanto electoral: "{{q:direct:ministro:h1:-|El presidente no lo contempla}}"

{{m:s1|El ministro de la Presidencia}} descarta en TVE unas elecciones antes de 2027 y {{c:sc1|pide}} {{q:mixed?:ministro:s1:sc1|a la oposición "altura de miras"}}

{{m:m1|El ministro de la Presidencia, Javier Olmedo}}, {{c:c1|ha descartado}} este lunes que {{q:indirect:ministro:m1:c1|el presidente del Gobierno vaya a adelantar las elecciones generales}}. "{{q:direct:ministro:m2:c2|El presidente no lo contempla. La legislatura acaba en 2027 y vamos a agotarla}}", {{c:c2|ha afirmado}} {{m:m2|Olmedo}} en una entrevista en el programa "La Mañana de La 1".

Preguntado por la falta de presupuestos, {{m:m3|el ministro}} {{c:c3|ha admitido}} que {{q:mixed:ministro:m3:c3|gobernar con las cuentas prorrogadas "no es lo ideal"}}, pero {{c:c4|ha recordado}} que {{q:indirect:ministro:m3:c4|otros gobiernos lo hicieron durante años}}. "{{q:direct:ministro:-:c5|Lo importante es que las políticas lleguen a la gente, y están llegando}}", {{c:c5|ha añadido}}.

{{m:m6|Olmedo}} también {{c:c6|ha pedido}} {{q:mixed?:ministro:m6:c6|a la oposición "altura de miras" para renovar los órganos constitucionales pendientes}}.

La entrevista llega tres días después de que el Congreso rechazara por segunda vez la senda de déficit, lo que impide al Gobierno presentar las cuentas de este año. La respuesta no se ha hecho esperar. {{m:m7|La secretaria general del PP, Marta Cuadrado}}, {{c:c7|ha replicado}} en un acto en Valencia que {{q:mixed:feijoo:m7:c7|el Gobierno "está agotado"}} y que {{q:indirect:feijoo:m7:c7|los españoles merecen votar cuanto antes}}. "{{q:direct:feijoo:m8:c8|Un Gobierno sin presupuestos es un Gobierno sin rumbo}}", {{c:c8|ha sentenciado}} {{m:m8|la dirigente popular}}.

{{c:c9|Según}} {{m:m9|fuentes de Moncloa}} consultadas por este medio, {{q:indirect:fuentes:m9:c9|el Ejecutivo presentará un nuevo proyecto de presupuestos en otoño}}, aunque nadie se atreve a dar por hecho que saldrá adelante. Ni siquiera el propio Olmedo, {{m:m11|que}} {{c:c11|ha reconocido}} que {{q:mixed:ministro:m11:c11|los apoyos "hoy por hoy" no están garantizados}}.
""")

article(
    "es_24_uy_inflacion", "es/uy-diario-economia", "es",
    {"bcu": "el Banco Central del Uruguay", "presidente": "Diego Ferrés", "economista": "Laura Pereyra",
     "comerciante": "Washington Silva", "ine": "el Instituto Nacional de Estadística", "cnd": "la Cámara Nacional de Comercio y Servicios"},
    """
La inflación se ubicó en 4,2% y quedó dentro del rango meta por décimo mes consecutivo

Montevideo. {{q:indirect?:ine:l1:lc1|La inflación interanual se ubicó en 4,2% en agosto}}, {{c:lc1|según}} {{m:l1|datos del Instituto Nacional de Estadística}} difundidos este martes, y se mantiene dentro del rango meta fijado por el Banco Central del Uruguay, que va de 3% a 6%.

{{m:m1|El presidente del Banco Central, Diego Ferrés}}, {{c:c1|expresó}} en conferencia de prensa que {{q:mixed:presidente:m1:c1|la desinflación "se consolidó"}} y que {{q:indirect:presidente:m1:c1|no se prevén cambios en la tasa de política monetaria en el corto plazo}}. "{{q:direct:presidente:m2:c2|Estamos en un escenario muy distinto al de hace dos años. Las expectativas de los empresarios también bajaron}}", {{c:c2|sostuvo}} {{m:m2|el jerarca}}.

{{c:c3|De acuerdo a}} {{m:m3|la economista Laura Pereyra}}, {{q:indirect:economista:m3:c3|la caída de los precios de los alimentos explica buena parte del descenso}}. "{{q:direct:economista:m4:c4|Hay que ver qué pasa cuando se termine el efecto de la zafra. Yo no descartaría un repunte a fin de año}}", {{c:c4|advirtió}} {{m:m4|Pereyra}} en diálogo con este diario.

Consultado por este medio, {{m:m5|Washington Silva}}, que tiene un almacén en el barrio Cerro desde hace treinta años, {{c:c5|manifestó}} que {{q:indirect:comerciante:m5:c5|las ventas no repuntaron pese a la baja de la inflación}}. "{{q:direct:comerciante:m6:c6|La gente sigue comprando lo justo. Antes llevaban el surtido para toda la semana, ahora vienen todos los días a comprar lo del día}}", {{c:c6|explicó}} {{m:m6|el comerciante}}.

{{m:m7|La Cámara Nacional de Comercio y Servicios}} {{c:c7|señaló}} en un comunicado que {{q:mixed:cnd:m7:c7|la baja de la inflación "es una buena noticia" pero no alcanza para recuperar el consumo}}. {{m:m8|La gremial}} {{c:c8|reclamó}} {{q:indirect?:cnd:m8:c8|una rebaja de las tarifas públicas para aliviar los costos de las pequeñas empresas}}.
""")

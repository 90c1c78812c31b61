# Batch 2 of the Spanish blind corpus: written after the first round of parser fixes, scored blind
# before any further change.  Original, invented prose; every person is fictional.
from build_es import article

article(
    "es_09_co_radio_paro", "es/co-radio-noticias", "es",
    {"ramirez": "Luz Dary Ramírez", "ospina": "Andrés Felipe Ospina", "ministerio": "el Ministerio de Educación",
     "docente": "una docente", "madre": "Yolanda Cárdenas"},
    """
Maestros de Antioquia completan una semana en paro y el Gobierno llama al diálogo

Más de 30.000 docentes del departamento siguen sin dictar clase. El sindicato exige el pago de las primas atrasadas.

Medellín. {{m:m1|La presidenta del sindicato de maestros de Antioquia, Luz Dary Ramírez}}, {{c:c1|señaló}} a esta emisora que {{q:indirect:ramirez:m1:c1|el paro se mantendrá hasta que el Gobierno pague las primas de junio y de diciembre}}. "{{q:direct:ramirez:m2:c2|Nosotros no queremos estar en la calle, queremos estar en el aula. Pero nos deben dos primas y nadie da la cara}}", {{c:c2|expresó}} {{m:m2|la líder sindical}} en diálogo con Noticias Caracol.

{{m:m3|Ramírez}} {{c:c3|aseguró}} además que {{q:indirect:ramirez:m3:c3|en los municipios del Urabá hay maestros que llevan tres meses sin recibir salario}}.

Desde Bogotá, {{m:m4|el viceministro de Educación Preescolar, Básica y Media, Andrés Felipe Ospina}}, {{c:c4|manifestó}} que {{q:indirect:ospina:m4:c4|los recursos ya fueron girados a la Gobernación}} y que {{q:indirect:ospina:m4:c4|el retraso es responsabilidad del departamento}}. "{{q:direct:ospina:m5:c5|La plata está. Lo que falta es que se haga el pago a cada uno de los docentes}}", {{c:c5|puntualizó}} {{m:m5|el funcionario}}, {{m:m6|quien}} {{c:c6|invitó}} a {{q:indirect?:ospina:m6:c6|los maestros a una mesa de diálogo el próximo lunes}}.

{{c:c7|De acuerdo con}} {{m:m7|el Ministerio de Educación}}, {{q:indirect:ministerio:m7:c7|cerca de 600.000 estudiantes de colegios públicos están afectados por el cese de actividades}}.

En el colegio Santa Rosa, de Bello, la incertidumbre es total. {{m:m8|Una docente de matemáticas que pidió reserva de su nombre}} {{c:c8|contó}} que {{q:indirect:docente:m8:c8|tiene que pagar el arriendo con la tarjeta de crédito}}. "{{q:direct:docente:-:c9|Uno aguanta un mes, dos meses, pero ya no más}}", {{c:c9|dijo}}.

Los padres de familia también están preocupados. {{m:m10|Yolanda Cárdenas}}, madre de dos niños de primaria, {{c:c10|relató}} que {{q:indirect:madre:m10:c10|sus hijos llevan una semana en la casa sin tareas}}. "{{q:direct:madre:m11:c11|Los niños son los que pierden. Ojalá se pongan de acuerdo pronto}}", {{c:c11|sostuvo}} {{m:m11|la mujer}}.

{{m:m12|Ramírez}} {{c:c12|insistió}} en que {{q:indirect:ramirez:m12:c12|el magisterio no levantará el paro con promesas}}. "{{q:direct:ramirez:-:c13|Ya nos firmaron actas en marzo y no cumplieron. Esta vez queremos ver la plata en la cuenta}}", {{c:c13|agregó}}.
""")

article(
    "es_10_sucesos_guardia_civil", "es/es-diario-regional-sucesos", "es",
    {"gc": "fuentes de la Guardia Civil", "testigo": "un testigo", "vecina": "una vecina",
     "alcalde": "Francisco Javier Lorente", "subdelegada": "Inmaculada Serrano", "112": "el Centro de Emergencias 112"},
    """
Muere un hombre de 71 años al ser arrollado por un tractor en Caravaca

El conductor del vehículo agrícola, un vecino de la pedanía, dio negativo en la prueba de alcoholemia

Un hombre de 71 años murió en la mañana de este sábado tras ser arrollado por un tractor en una finca de la pedanía de Archivel, en Caravaca de la Cruz. {{c:c1|Según han informado}} {{m:m1|fuentes de la Guardia Civil}}, {{q:indirect:gc:m1:c1|el accidente se produjo hacia las 9.30 horas, cuando la víctima ayudaba a enganchar un remolque}}.

{{m:m2|El Centro de Coordinación de Emergencias 112}} {{c:c2|ha precisado}} que {{q:indirect:112:m2:c2|la llamada de aviso se recibió a las 9.42}} y que {{q:indirect:112:m2:c2|hasta el lugar se desplazó una ambulancia con médico}}, cuyo equipo solo pudo confirmar el fallecimiento.

{{m:m3|Un testigo}} que trabajaba en la finca de al lado {{c:c3|relató}} a este periódico que {{q:indirect:testigo:m3:c3|el tractor se fue hacia atrás de golpe}}. «{{q:direct:testigo:m4:c4|Oímos un grito y salimos corriendo. Cuando llegamos ya no se podía hacer nada}}», {{c:c4|explicó}} {{m:m4|este hombre}}, todavía afectado.

{{m:m5|Una vecina}}, que prefiere no dar su nombre, {{c:c5|asegura}} que {{q:indirect:vecina:m5:c5|el fallecido era muy conocido en Archivel porque había regentado durante años el único bar de la pedanía}}. «{{q:direct:vecina:-:c6|Era un hombre bueno, de los de antes. Aquí le queríamos todos}}», {{c:c6|lamenta}}.

El alcalde de Caravaca de la Cruz, Francisco Javier Lorente, se desplazó hasta la pedanía a mediodía. «{{q:direct:alcalde:m8:c8|Es un día muy triste para Archivel y para todo el municipio}} —{{c:c8|declaró}} {{m:m8|el regidor}}—. {{q:direct:alcalde:m8:c8|Nos ponemos a disposición de la familia para todo lo que necesite}}». {{m:m9|Lorente}} {{c:c9|anunció}} que {{q:indirect?:alcalde:m9:c9|el Ayuntamiento decretará un día de luto oficial}}.

El conductor del tractor, un vecino de 45 años, dio negativo en las pruebas de alcohol y drogas. {{c:c10|Según}} {{m:m10|la Guardia Civil}}, {{q:indirect:gc:m10:c10|no se descarta un fallo mecánico en el sistema de frenos}}, por lo que el vehículo ha quedado inmovilizado.

{{m:m11|La subdelegada del Gobierno en Murcia, Inmaculada Serrano}}, {{c:c11|recordó}} que {{q:indirect:subdelegada:m11:c11|en lo que va de año ya han muerto siete personas en accidentes con maquinaria agrícola en la Región}}. «{{q:direct:subdelegada:m12:c12|Hay que extremar las precauciones, sobre todo con los tractores antiguos que no tienen cabina de seguridad}}», {{c:c12|advirtió}} {{m:m12|Serrano}}.
""")

article(
    "es_11_ciencia_suenio", "es/es-diario-ciencia", "es",
    {"iglesias": "Paula Iglesias", "herrero": "Tomás Herrero", "estudio": "el estudio",
     "oms": "la Organización Mundial de la Salud", "gutierrez": "Elisa Gutiérrez"},
    """
{{q:indirect?:estudio:h1:hc1|Dormir menos de seis horas en la adolescencia multiplica el riesgo de ansiedad}}, {{c:hc1|según}} {{m:h1|un estudio español}}

Investigadores de la Universidad de Granada han seguido durante cinco años a 2.300 jóvenes de entre 12 y 17 años

Los adolescentes que duermen menos de seis horas de forma habitual tienen el doble de probabilidades de sufrir un trastorno de ansiedad al llegar a la edad adulta. Es la principal conclusión de un estudio de la Universidad de Granada que publica esta semana la revista "Sleep Medicine".

«{{q:direct:iglesias:m1:c1|Sabíamos que dormir poco afecta al rendimiento escolar, pero no esperábamos un efecto tan claro en la salud mental}}», {{c:c1|explica}} {{m:m1|la investigadora principal del trabajo, Paula Iglesias}}. {{c:c2|Según}} {{m:m2|la psicóloga}}, {{q:indirect:iglesias:m2:c2|el uso del móvil en la cama es el factor que más horas de sueño roba a los jóvenes}}.

{{m:m3|El estudio}} {{c:c3|concluye}} que {{q:indirect?:estudio:m3:c3|cada hora de sueño perdida aumenta un 14 % el riesgo de ansiedad}}. {{m:m4|Iglesias}} {{c:c4|matiza}}, no obstante, que {{q:indirect:iglesias:m4:c4|se trata de una asociación estadística}} y que {{q:indirect:iglesias:m4:c4|harán falta más investigaciones para demostrar una relación de causa y efecto}}.

{{m:m5|Tomás Herrero}}, catedrático de Psiquiatría de la Universidad Complutense, que no ha participado en la investigación, {{c:c5|considera}} que {{q:mixed:herrero:m5:c5|los resultados son «sólidos» porque la muestra es amplia y el seguimiento es largo}}. «{{q:direct:herrero:m6:c6|Lo interesante es que el efecto aparece incluso cuando se tienen en cuenta otros factores, como el nivel socioeconómico de las familias}}», {{c:c6|apunta}} {{m:m6|el experto}}.

{{c:c7|De acuerdo con}} {{m:m7|la Organización Mundial de la Salud (OMS)}}, {{q:indirect?:oms:m7:c7|los adolescentes necesitan entre ocho y diez horas de sueño al día}}, una cifra que solo alcanza uno de cada cuatro jóvenes españoles.

{{m:m8|Elisa Gutiérrez}}, madre de una de las participantes, {{c:c8|cuenta}} que {{q:indirect:gutierrez:m8:c8|en su casa los móviles se quedan en la cocina a partir de las diez de la noche}}. «{{q:direct:gutierrez:-:c9|Al principio hubo guerra, no te voy a engañar. Ahora ella misma reconoce que duerme mejor}}», {{c:c9|dice}} entre risas.

Los autores recomiendan a los centros educativos retrasar la hora de entrada, una medida que ya se ha probado en varios países. {{m:m11|Iglesias}} {{c:c11|lo resume}} así: «{{q:direct:iglesias:m11:c11|Un adolescente que entra a clase a las ocho de la mañana está, biológicamente, en mitad de la noche}}».
""")

# Batch 6 of the Spanish blind corpus: written after the fifth round of parser fixes, scored blind
# before any further change.  Original, invented prose; every person is fictional.
from build_es import article

article(
    "es_21_afp_internacional", "es/afp-internacional", "es",
    {"kremlin": "el Kremlin", "portavoz": "Dmitri Pravdin", "ue": "Kaja Lindqvist", "diplomatico": "un diplomático europeo",
     "zelenski": "Oleh Marchenko", "casa_blanca": "la Casa Blanca", "nsc": "un portavoz del Consejo de Seguridad Nacional"},
    """
El Kremlin rechaza la propuesta europea de alto el fuego en el mar Negro

MOSCÚ (AFP) — La Unión Europea presentó el lunes un plan de cinco puntos que incluía el fin de los ataques contra infraestructuras portuarias y un mecanismo de verificación internacional. {{m:m1|El Kremlin}} {{c:c1|rechazó}} este viernes {{q:mixed?:kremlin:m1:c1|la propuesta de la Unión Europea para un alto el fuego en el mar Negro, al considerarla "una maniobra para ganar tiempo"}}. "{{q:direct:portavoz:m2:c2|No vemos en esta iniciativa nada nuevo. Es una repetición de ideas que ya fueron rechazadas}}", {{c:c2|declaró}} {{m:m2|el portavoz presidencial, Dmitri Pravdin}}, en su rueda de prensa diaria.

{{m:m3|Pravdin}} {{c:c3|aseguró}} que {{q:mixed:portavoz:m3:c3|Moscú sigue "abierto al diálogo"}}, pero {{c:c4|insistió}} en que {{q:mixed:portavoz:m3:c4|cualquier acuerdo debe tener en cuenta "las nuevas realidades territoriales"}}.

En Bruselas, la jefa de la diplomacia europea, Kaja Lindqvist, lamentó la respuesta rusa. "{{q:direct:ue:m6:c6|La puerta sigue abierta, pero no vamos a negociar con nosotros mismos}}", {{c:c6|dijo}} {{m:m6|Lindqvist}} a la AFP al margen de una reunión de ministros.

{{m:m7|Un diplomático europeo que pidió el anonimato}} {{c:c7|explicó}} a la AFP que {{q:indirect:diplomatico:m7:c7|la propuesta fue redactada en coordinación con Turquía}}. "{{q:direct:diplomatico:-:c8|Sin Ankara, nada de esto funciona}}", {{c:c8|resumió}}.

{{m:m9|El presidente ucraniano, Oleh Marchenko}}, {{c:c9|afirmó}} en un mensaje en redes sociales que {{q:mixed:zelenski:m9:c9|la negativa rusa "demuestra quién quiere la paz y quién no"}}. {{m:m10|El mandatario}} {{c:c10|pidió}} a {{q:indirect?:zelenski:m10:c10|sus aliados más defensa antiaérea para proteger los puertos de Odesa}}.

{{c:c11|Según}} {{m:m11|la Casa Blanca}}, {{q:indirect:casa_blanca:m11:c11|Washington estudiará la propuesta con sus socios europeos antes de pronunciarse}}. {{m:m12|Un portavoz del Consejo de Seguridad Nacional}} {{c:c12|indicó}} que {{q:mixed:nsc:m12:c12|Estados Unidos apoya "cualquier esfuerzo serio" para reducir la tensión en la región}}.
""")

article(
    "es_22_pleno_municipal", "es/es-diario-local", "es",
    {"alcalde": "José Manuel Rebollo", "concejala": "Ainhoa Santamaría", "vox": "Gonzalo Pemán",
     "psoe": "Elena Calvo", "vecinos": "la Asociación de Vecinos de San Lorenzo"},
    """
El pleno aprueba la nueva zona de bajas emisiones con los votos de PP y Vox

{{m:s1|La oposición socialista}} {{c:sc1|anuncia}} que {{q:indirect?:psoe:s1:sc1|recurrirá la ordenanza ante los tribunales}}

El pleno del Ayuntamiento de Burgos aprobó este jueves la ordenanza de la zona de bajas emisiones, que limitará el acceso de los vehículos más contaminantes al centro histórico a partir de 2026. La medida salió adelante con los votos del PP y Vox y el rechazo del PSOE.

{{m:m1|La concejala de Medio Ambiente, Ainhoa Santamaría}}, {{c:c1|defendió}} que {{q:mixed:concejala:m1:c1|la ordenanza es "la más flexible de España"}} y {{c:c2|recordó}} que {{q:indirect:concejala:m1:c2|los vecinos empadronados en el centro quedarán exentos}}. "{{q:direct:concejala:m3:c3|No se trata de castigar a nadie, sino de cumplir la ley y mejorar la calidad del aire}}", {{c:c3|argumentó}} {{m:m3|la edil}}.

El portavoz de Vox, Gonzalo Pemán, justificó el apoyo de su grupo porque, {{c:c5|según}} {{m:m5|él}}, {{q:indirect:vox:m5:c5|la alternativa era perder 14 millones de euros en fondos europeos}}. "{{q:direct:vox:m6:c6|Votamos a favor con la nariz tapada}}", {{c:c6|admitió}} {{m:m6|Pemán}}.

Desde la bancada socialista, {{m:m7|su portavoz, Elena Calvo}}, {{c:c7|acusó}} {{q:mixed?:psoe:m7:c7|al equipo de gobierno de aprobar "una ordenanza de cartón piedra"}}. {{m:m8|Calvo}} {{c:c8|anunció}} que {{q:indirect?:psoe:m8:c8|su grupo recurrirá la norma ante el Tribunal Superior de Justicia de Castilla y León}}. "{{q:direct:psoe:-:c9|Han hecho una zona de bajas emisiones en la que no se prohíbe nada}}", {{c:c9|ironizó}}.

El alcalde, José Manuel Rebollo, cerró el debate con un mensaje a los comerciantes del centro, que temen perder clientes. "{{q:direct:alcalde:m11:c11|Nadie va a dejar de venir al centro por esta ordenanza. Al contrario}}", {{c:c11|zanjó}} {{m:m11|el regidor}}.

{{m:m12|La Asociación de Vecinos de San Lorenzo}}, que asistió al pleno, {{c:c12|considera}} que {{q:indirect:vecinos:m12:c12|la medida se queda corta}}. {{m:m13|Sus representantes}} {{c:c13|reclaman}} que {{q:indirect?:vecinos:m13:c13|se peatonalice también la calle Santander}}.
""")

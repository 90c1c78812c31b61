"""German Konjunktiv I (and the Konjunktiv II that replaces it): the mood of reported speech.

News reports a speaker's words over several sentences by the verb's mood alone: "…, sagte Berger. Die
Deiche seien stabil. Man beobachte aber den Abschnitt bei Kleinwerda." Only the forms that differ from
the indicative carry the mark, so the list holds
- the 3rd person singular of Konjunktiv I (stem + "e": "komme", indicative "kommt"), made from the
  infinitives below; it coincides with the 1st person indicative ("ich komme"), which the engine rules
  out by `reported_mood_blockers`;
- "sei"/"seien" and the modals ("könne", "müsse"), whose forms are irregular;
- Konjunktiv II forms that are not also past indicative ("hätten", "wären", "würden", "gebe" → "gäbe"),
  which reported speech takes wherever Konjunktiv I is the indicative ("sie hätten keine Wahl").
Regular verbs missing here are still recognised next to a subject pronoun ("Man beobachte …") through
the suffix rule of the engine.
"""

from __future__ import annotations

_IRREGULAR = (
    "sei",
    "seiest",
    "seien",
    "habe",
    "werde",
    "könne",
    "müsse",
    "solle",
    "wolle",
    "dürfe",
    "möge",
    "wisse",
    "wüsste",  # (Konjunktiv II with an umlaut: the past is "wusste")
    "wüssten",
    # Konjunktiv II standing in for Konjunktiv I
    "hätte",
    "hätten",
    "wäre",
    "wären",
    "würde",
    "würden",
    "gäbe",
    "gäben",
    "käme",
    "kämen",
    "ginge",
    "gingen",
    "stünde",
    "stünden",
    "läge",
    "lägen",
    "bliebe",
    "blieben",
    "müssten",
    "könnten",
    "bräuchten",
    # strong verbs whose Konjunktiv II takes an umlaut and so never reads as the past ("zogen" /
    # "zögen"): "Junge Familien zögen dann weg"
    *("zöge", "zögen", "fände", "fänden", "nähme", "nähmen", "bekäme", "bekämen", "spräche", "sprächen"),
    *("träfe", "träfen", "trüge", "trügen", "verlöre", "verlören", "sänke", "sänken", "täte", "täten"),
    *("schlüge", "schlügen", "hülfe", "stürbe", "würfe", "würfen", "flöge", "flögen", "böte", "böten"),
    # "Die Einnahmen flössen in die Sanierung": strong verbs in -o- of the past ("floss", "schloss")
    *("flösse", "flössen", "schlösse", "schlössen", "genösse", "genössen", "gösse", "gössen"),
)

# Infinitives of verbs frequent in reported news speech; prefixed verbs are listed whole because the
# prefix stays on the finite verb in a main clause only when it is inseparable ("bestehe", "erwarte").
_INFINITIVES = (
    "geben",
    "kommen",
    "gehen",
    "stehen",
    "liegen",
    "bleiben",
    "fehlen",
    "brauchen",
    "drohen",
    "gelten",
    "zeigen",
    "laufen",
    "reichen",
    "planen",
    "arbeiten",
    "beobachten",
    "erwarten",
    "rechnen",
    "setzen",
    "sehen",
    "lassen",
    "tragen",
    "halten",
    "fallen",
    "spielen",
    "bestehen",
    "entstehen",
    "betragen",
    "steigen",
    "sinken",
    "wachsen",
    "treffen",
    "helfen",
    "nehmen",
    "bringen",
    "denken",
    "kennen",
    "führen",
    "folgen",
    "hoffen",
    "glauben",
    "suchen",
    "prüfen",
    "bemühen",
    "reagieren",
    "investieren",
    "funktionieren",
    "profitieren",
    "existieren",
    "informieren",
    "kosten",
    "leben",
    "leiden",
    "lohnen",
    "machen",
    "finden",
    "stimmen",
    "tun",
    "wollen",
    "bedeuten",
    "betreffen",
    "bekommen",
    "erhalten",
    "entscheiden",
    "verfügen",
    "verlieren",
    "verlangen",
    "versuchen",
    "verhandeln",
    "verstehen",
    "vertrauen",
    "benötigen",
    "beginnen",
    "handeln",
    "ändern",
    "fordern",
    "sichern",
    "verbessern",
    "verzögern",
    "sorgen",
    "schaffen",
    "schützen",
    "sprechen",
    "warten",
    "wissen",
    "zahlen",
    "gehören",
    "hängen",
    "herrschen",
    "leisten",
    "melden",
    "passen",
    "richten",
    "scheitern",
    "sparen",
    "streben",
    "teilen",
    "unterstützen",
    "wirken",
    "ziehen",
    "zählen",
    "erfolgen",
    "ermitteln",
    "ergeben",
    "erleben",
    "gewinnen",
    "gefährden",
    "akzeptieren",
    "ablehnen",
    "befinden",
    "belaufen",
    "bestätigen",
    "betonen",
    "darstellen",
    "dienen",
    "dauern",
    "eignen",
    "wünschen",
    # "Stattdessen verweise die Partei nur auf den Bund", "Man berufe sich auf …", "Die Firma
    # verzeichne mehr Aufträge", "Die Kosten überstiegen … nicht": common in reports of statements
    *("verweisen", "berufen", "verzeichnen", "übersteigen", "belasten", "stammen", "gelingen"),
    # t-stems, whose Konjunktiv I ends in "-te" like a past ("verwalte", past "verwaltete"): the suffix
    # rule leaves "-te" out, so they are listed
    "verwalten",
    "gestalten",
    "bieten",
    "leiten",
    "bewerten",
    "betrachten",
    "verzichten",
    "fürchten",
    "beachten",
    "verpflichten",
)


def _third_singular(infinitive: str) -> str:
    """'kommen' -> 'komme', 'handeln' -> 'handle', 'ändern' -> 'ändere', 'tun' -> 'tue'."""
    if infinitive.endswith("eln"):
        return infinitive[:-3] + "le"
    if infinitive.endswith("ern"):
        return infinitive[:-1] + "e"
    if infinitive.endswith("en"):
        return infinitive[:-1]
    return infinitive[:-1] + "e"


REPORTED_MOOD_FORMS = (
    frozenset(_IRREGULAR)
    | frozenset(_third_singular(v) for v in _INFINITIVES)
    | {
        "handele",  # both spellings of the -eln verbs are in use
    }
)

# "Gott sei Dank", "es sei denn": set phrases; "sei es … oder …": "whether … or …"
REPORTED_MOOD_IDIOMS = ("es sei denn", "sei es", "gott sei dank", "wie dem auch sei", "koste es")

# finite forms that are indicative whatever follows: a sentence holding one is the reporter's
INDICATIVE_FORMS = frozenset(
    [
        *["ist", "sind", "war", "waren", "hat", "hatte", "hatten", "wird", "wurde", "wurden"],
        *["kann", "konnte", "konnten", "muss", "musste", "mussten", "will", "wollte", "darf", "durfte"],
        *["gibt", "gab", "geht", "ging", "kommt", "kam", "kamen", "steht", "stand", "liegt", "lag"],
        *["bleibt", "blieb", "zeigt", "sagt", "sagte", "sagten", "soll"],
    ]
)

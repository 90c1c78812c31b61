"""German: „Anführungszeichen“, »Guillemets« (and Swiss «…»), sagte X / „…“, so X, laut, zufolge, dass.

German nouns are all capitalised, so a capital letter alone never makes a name: most of the work here
is in the word lists (titles, function words, organisation words) that tell nouns from names.
"""

from __future__ import annotations

from attribution.parsing.languages._de_mood import INDICATIVE_FORMS, REPORTED_MOOD_FORMS, REPORTED_MOOD_IDIOMS
from attribution.parsing.languages.base import LanguageData

# "Eine Abgeordnete formuliert es so: »…«", "Er bringt es auf den Punkt: „…“": cues only before a colon
_COLON_ONLY = (
    *("formuliert es so", "formulierte es so", "formulieren es so", "drückt es so aus", "drückte es so aus"),
    *("bringt es auf den punkt", "brachte es auf den punkt"),
)
# "der Niederländer", "die Französin": country -> the nouns of its people (masculine, feminine)
_NATIONALITY_NOUNS = {
    noun.lower(): country
    for country, nouns in {
        "niederlande": ("Niederländer", "Niederländerin", "Holländer", "Holländerin"),
        "österreich": ("Österreicher", "Österreicherin"),
        "schweiz": ("Schweizerin",),
        "frankreich": ("Franzose", "Französin"),
        "italien": ("Italiener", "Italienerin"),
        "spanien": ("Spanier", "Spanierin"),
        "portugal": ("Portugiese", "Portugiesin"),
        "großbritannien": ("Brite", "Britin", "Engländer", "Engländerin", "Schotte", "Schottin"),
        "irland": ("Ire", "Irin"),
        "belgien": ("Belgier", "Belgierin"),
        "dänemark": ("Däne", "Dänin"),
        "schweden": ("Schwede", "Schwedin"),
        "norwegen": ("Norweger", "Norwegerin"),
        "finnland": ("Finne", "Finnin"),
        "polen": ("Pole", "Polin"),
        "tschechien": ("Tscheche", "Tschechin"),
        "kroatien": ("Kroate", "Kroatin"),
        "serbien": ("Serbe", "Serbin"),
        "griechenland": ("Grieche", "Griechin"),
        "türkei": ("Türke", "Türkin"),
        "russland": ("Russe", "Russin"),
        "ukraine": ("Ukrainer", "Ukrainerin"),
        "usa": ("Amerikaner", "Amerikanerin", "US-Amerikaner", "US-Amerikanerin"),
        "kanada": ("Kanadier", "Kanadierin"),
        "brasilien": ("Brasilianer", "Brasilianerin"),
        "argentinien": ("Argentinier", "Argentinierin"),
        "japan": ("Japaner", "Japanerin"),
        "australien": ("Australier", "Australierin"),
        "island": ("Isländer", "Isländerin"),
        "ungarn": ("Ungar", "Ungarin"),
        "slowenien": ("Slowene", "Slowenin"),
        "slowakei": ("Slowake", "Slowakin"),
        "rumänien": ("Rumäne", "Rumänin"),
        "bulgarien": ("Bulgare", "Bulgarin"),
        "bosnien": ("Bosnier", "Bosnierin"),
        "albanien": ("Albaner", "Albanerin"),
        "georgien": ("Georgier", "Georgierin"),
        "luxemburg": ("Luxemburger", "Luxemburgerin"),
        "mexiko": ("Mexikaner", "Mexikanerin"),
        "kolumbien": ("Kolumbianer", "Kolumbianerin"),
        "marokko": ("Marokkaner", "Marokkanerin"),
        "ghana": ("Ghanaer", "Ghanaerin"),
        "senegal": ("Senegalese", "Senegalesin"),
        "südkorea": ("Südkoreaner", "Südkoreanerin"),
    }.items()
    for noun in nouns
}
# lemma (English gloss, the normalised cue verb) -> forms: present 3sg, present 3pl, past 3sg,
# past 3pl, participle (separable verbs are written as they stand in a main clause: "fügte hinzu")
_VERBS: dict[str, tuple[str, ...]] = {
    "say": (
        *("sagt", "sagen", "sagte", "sagten", "gesagt", "gemeint", "meint", "meinen", "meinte", "meinten"),
        # "Eine Abgeordnete formuliert es so: »…«", "Er bringt es auf den Punkt: „…“"
        *_COLON_ONLY,
    ),
    "explain": (
        *("erklärt", "erklären", "erklärte", "erklärten", "erläutert", "erläuterte", "erläuterten"),
        # "…, führte die Ministerin aus" (the split "führte … aus" only with its particle before the comma)
        *("führte aus", "führt aus", "führten aus"),
    ),
    "stress": (
        "betont",
        "betonen",
        "betonte",
        "betonten",
        "unterstreicht",
        "unterstrich",
        "unterstrichen",
        "hob hervor",
        "hebt hervor",
        "hervorgehoben",
    ),
    "add": ("ergänzt", "ergänzen", "ergänzte", "ergänzten", "fügte hinzu", "fügt hinzu", "hinzugefügt"),
    "warn": (
        *("warnt", "warnen", "warnte", "warnten", "gewarnt", "mahnt", "mahnte", "mahnten"),
        *("gab zu bedenken", "gibt zu bedenken", "gaben zu bedenken"),
        # "…, gab Städtetagspräsident X zu bedenken" (the split form: "bedenken" closes the clause)
        *("gab bedenken", "gibt bedenken"),
    ),
    "criticise": (
        "kritisiert",
        "kritisieren",
        "kritisierte",
        "kritisierten",
        "moniert",
        "monierte",
        "bemängelte",
    ),
    "recount": (
        "berichtet",
        "berichten",
        "berichtete",
        "berichteten",
        "erzählt",
        "erzählen",
        "erzählte",
        "erzählten",
        "schildert",
        "schilderte",
        "schilderten",
        "geschildert",
        "meldet",
        "meldete",
        "meldeten",
        "gemeldet",
        *("verrät", "verriet", "verrieten"),  # "…, verriet der Trainer"
    ),
    "write": ("schreibt", "schreiben", "schrieb", "schrieben", "geschrieben", "twitterte", "postete"),
    "assure": ("versichert", "versicherte", "versicherten", "beteuert", "beteuerte", "beteuerten"),
    "reaffirm": ("bekräftigt", "bekräftigte", "bekräftigten"),
    "claim": ("behauptet", "behauptete", "behaupteten"),
    "confirm": ("bestätigt", "bestätigte", "bestätigten"),
    "reply": (
        *("antwortet", "antwortete", "entgegnet", "entgegnete", "erwidert", "erwiderte"),
        *("hielt dagegen", "hält dagegen", "hielten dagegen", "wandte ein", "wendet ein", "eingewandt"),
        *("konterte", "kontert"),
    ),
    "believe": ("glaubt", "glaubte", "glauben", "vermutet", "vermutete"),
    "argue": (
        *("argumentiert", "argumentierte", "urteilt", "urteilte"),
        *("rechnete vor", "rechnet vor", "vorgerechnet"),
    ),
    "admit": (
        "räumt ein",
        "räumte ein",
        "räumten ein",
        "eingeräumt",
        "gibt zu",
        "gab zu",
        "zugegeben",
        "gesteht",
        "gestand",
    ),
    "state": (
        "teilt mit",
        "teilte mit",
        "teilten mit",
        "mitgeteilt",
        "gab an",
        "gibt an",
        "angegeben",
        "stellte klar",
        "stellt klar",
        "klargestellt",
        "sagte voraus",
        *["machte deutlich", "macht deutlich", "machten deutlich", "deutlich gemacht"],
        *["machte klar", "macht klar", "machten klar", "klargemacht"],
        *["gab bekannt", "gibt bekannt", "gaben bekannt", "bekanntgegeben", "bekannt gegeben"],
        *["deutete an", "deutet an", "deuteten an", "angedeutet"],
        *["äußerte", "äußert", "äußerten", "geäußert"],
        *["ließ mitteilen", "lässt mitteilen", "ließen mitteilen", "ließ erklären", "ließ verlauten"],
        # the perfect with its two infinitives: "hatte über ihre Anwältin mitteilen lassen, …"
        *["mitteilen lassen", "erklären lassen", "ausrichten lassen", "verlauten lassen"],
        # "hielt in der Urteilsbegründung fest, …" (the split "hielt … fest" only with its particle
        # before the comma)
        *["hielt fest", "hält fest", "hielten fest"],
    ),
    "point out": (
        *["wies darauf hin", "weist darauf hin", "verweist darauf", "verwies darauf"],
        *["erinnerte daran", "erinnert daran", "erinnerten daran"],
    ),
    # "…, wie die Bergrettung am Montag bilanzierte", "…, resümierte der Trainer": a report's summing up
    "sum up": ("bilanziert", "bilanzierte", "bilanzierten", "resümiert", "resümierte", "resümierten"),
    # "…, erinnert sich ihr Nachfolger": a memory told to the reporter (only with "sich" after the verb:
    # "erinnert an" reminds of something)
    "recall": ("erinnert sich", "erinnerte sich", "erinnern sich", "erinnerten sich"),
    "announce": ("kündigt an", "kündigte an", "kündigten an", "angekündigt", "verkündete", "verkündet"),
    "call for": ("fordert", "forderte", "forderten", "gefordert", "verlangte", "verlangten"),
    "lament": (
        *("klagt", "klagte", "klagen", "klagten", "beklagt", "beklagte", "beklagen", "beklagten"),
        *("seufzt", "seufzte", "bedauert", "bedauerte"),
        *("hadert", "haderte", "haderten"),  # "„…“, haderte der Trainer"
    ),
    # "beschwerten sich, dass …", "beschwerte sich in einem Brief, dass …"
    "complain": ("beschwert sich", "beschwerte sich", "beschwerten sich", "beschweren sich"),
    "quip": ("spottet", "spottete", "scherzt", "scherzte", "witzelte"),
    "exclaim": ("jubelt", "jubelte", "schimpft", "schimpfte", "strahlt", "strahlte", "lacht", "lachte"),
    "welcome": (
        *("freut sich", "freute sich", "freuten sich", "lobt", "lobte"),
        *("begrüßt", "begrüßte", "begrüßten"),  # "begrüßte, dass …", 'begrüßte das Urteil als „…“'
        *("schwärmt", "schwärmte", "schwärmten"),  # "„…“, schwärmte der Stürmer"; "schwärmte von …: „…“"
    ),
    "ask": (
        *("fragt", "fragte", "fragten", "bittet", "bat", "baten"),
        *("wollte wissen", "wollten wissen", "will wissen", "wollen wissen"),  # "wollte wissen, ob …"
    ),
    "deny": (
        *("bestreitet", "bestritt", "dementiert", "dementierte", "weist zurück", "wies zurück"),
        "bestritten",  # "hatte bestritten, das Feuer gelegt zu haben" (also the past plural)
        *("winkt ab", "winkte ab", "winken ab", "winkten ab"),  # "Er winkt ab: „…“"
    ),
    # "bezweifelte, dass die Einnahmen kommen": a doubt voiced in the debate, a report
    "dispute": ("bezweifelt", "bezweifelte", "bezweifelten"),
    "reject": ("lehnt ab", "lehnte ab", "lehnten ab", "abgelehnt"),
    # "hält nichts davon, … zu …": a rejection in words, its infinitive (or "dass" clause) the report
    "disapprove": ("hält nichts davon", "hielt nichts davon", "halten nichts davon", "hielten nichts davon"),
    "insist": ("beharrt", "beharrte", "bekräftigt"),
    "predict": ("prognostiziert", "prognostizierte"),
    "estimate": ("schätzt", "schätzte"),
    "promise": (
        *("verspricht", "versprach", "versprachen", "versprochen", "sagte zu", "sagt zu"),
        # "stellte in Aussicht, … zu …" (the split "stellte … in Aussicht" only with "Aussicht" before
        # the comma; keys folded)
        *("stellte aussicht", "stellt aussicht", "stellten aussicht"),
    ),
    # with a comma and a zu-infinitive as the report: "warf der Regierung vor, … verschlafen zu haben",
    # "rief die Anwohner auf, … nicht zu betreten", "Die Polizei rät, … nie … zu beauftragen"
    # "hielt dem Angeklagten vor, er habe …" (the split "hielt … vor" only with its particle before the
    # comma: LanguageData.split_particles)
    "accuse": (
        *("wirft vor", "warf vor", "warfen vor", "werfen vor", "vorgeworfen"),
        *("hält vor", "hielt vor", "hielten vor"),
    ),
    # "sprach sich dafür aus, … zu …": a stance taken in words, its infinitive the report
    "advocate": (
        *("sprach sich dafür aus", "spricht sich dafür aus", "sprachen sich dafür aus"),
        # "plädierte (im Bundestag) dafür, … zu …" (the split "plädierte … dafür" only with "dafür" before
        # the comma)
        *("plädierte dafür", "plädiert dafür", "plädierten dafür"),
    ),
    # "schlug vor, … zu …", "schlug am Montag vor, dass …"
    "propose": ("schlug vor", "schlägt vor", "schlugen vor", "vorgeschlagen"),
    # "schloss nicht aus, dass …" (the split "schloss … aus" only with its particle before the comma)
    "rule out": ("schloss aus", "schließt aus", "schlossen aus", "ausgeschlossen"),
    "urge": (
        "ruft auf",
        "rief auf",
        "riefen auf",
        "aufgerufen",
        "fordert auf",
        "forderte auf",
        "forderten auf",
        "aufgefordert",
        "appelliert",
        "appellierte",
        "appellierten",
        "drängt",
        "drängte",
        "drängten",
    ),
    # a noun phrase of judgement with "dass": "kam zu dem Schluss, dass …", "ist der Meinung, dass …"
    "conclude": (
        "kam zu dem schluss",
        "kommt zu dem schluss",
        "kamen zu dem schluss",
        "kommen zu dem schluss",
        "kam zu dem ergebnis",
        "kommt zu dem ergebnis",
    ),
    "opine": (
        "ist der meinung",
        "ist der ansicht",
        "ist der auffassung",
        "sind der meinung",
        "sind der ansicht",
        "sind der auffassung",
        "war der meinung",
        "war der ansicht",
        "war der auffassung",
        "zeigte sich überzeugt",
        "zeigt sich überzeugt",
        *["zeigte sich zuversichtlich", "zeigt sich zuversichtlich", "zeigten sich zuversichtlich"],
        *["zeigte sich optimistisch", "zeigt sich optimistisch"],
        # the phrase split by "nach eigenen Worten": "ist nach eigenen Worten der Ansicht, dass …"
        *[
            f"{v} nach eigenen worten der {n}"
            for v in ("ist", "sind", "war")
            for n in ("meinung", "ansicht", "auffassung")
        ],
    ),
    "advise": ("rät", "riet", "rieten", "empfiehlt", "empfahl", "empfahlen"),
    # reports only through their own construction (naming_report): 'nannte die Pläne „…“' (mixed),
    # 'bezeichnete die Pläne als „…“' (direct), 'sprach von einem „…“' (direct, or mixed when the
    # quoted words sit inside a longer noun phrase: 'sprach von einer „völlig verkorksten“ Reform')
    "call": ("nennt", "nannte", "nannten"),
    "describe": ("bezeichnet", "bezeichnete", "bezeichneten", "würdigt", "würdigte", "würdigten"),
    "speak of": (
        *["sprach von", "spricht von", "sprachen von", "sprechen von"],
        *["sprach", "spricht", "sprachen"],  # "sprach im Plädoyer von …"
    ),
}
# verb-final forms in a subordinate clause ("wie die Armee mitteilte, …", "wie er hinzufügte")
_SUBORDINATE = {
    "mitteilte": "state",
    "mitteilten": "state",
    "hinzufügte": "add",
    "einräumte": "admit",
    "ankündigte": "announce",
    "angab": "state",
    "zugab": "admit",
    "mitteilt": "state",
    "einräumt": "admit",
    "hinzufügt": "add",
    "zugibt": "admit",
    "angibt": "state",
}
_CUES: dict[str, str] = {}
for _lemma, _forms in _VERBS.items():
    for _f in _forms:
        _CUES.setdefault(_f, _lemma)
# "Es fehle an Personal, lautet die Begründung der Verwaltung", "…, lautete die Antwort des
# Ministeriums": the noun of saying names the act, its genitive the speaker
for _v in ("lautet", "lautete"):
    for _n in ("begründung", "antwort", "erklärung", "botschaft"):
        _CUES.setdefault(f"{_v} die {_n}", "explain")
_CUES.update(_SUBORDINATE)
# the finite half of a separable cue whose particle comes later: "teilte am Montag mit, …",
# "räumte in einem Interview ein, dass …", "fügte nach der Sitzung hinzu, …"
for _f, _lemma in {
    "teilte": "state",
    "teilt": "state",
    "teilten": "state",
    "räumte": "admit",
    "räumt": "admit",
    "räumten": "admit",
    "fügte": "add",
    "fügt": "add",
    "kündigte": "announce",
    "kündigt": "announce",
    "wirft": "accuse",
    "warf": "accuse",
    "warfen": "accuse",
    "werfen": "accuse",
    "ruft": "urge",
    "rief": "urge",
    "riefen": "urge",
    "wies": "deny",  # "wies das zurück: „…“"
    "lehnte": "reject",  # "lehnte das ab. Eine Steuererhöhung komme nicht infrage."
    # only with their particle before the clause's comma (LanguageData.split_particles)
    **dict.fromkeys(["machte", "macht", "machten", "stellte", "stellt", "stellten", "gab", "gibt"], "state"),
    **dict.fromkeys(["rechnete", "rechnet"], "argue"),
    **dict.fromkeys(["wandte", "wendet"], "reply"),
    # "…, zeigte sich der Trainer überzeugt": the phrase split by its subject
    **dict.fromkeys(["zeigte", "zeigt", "zeigten"], "opine"),
    "lehnt": "reject",
    **dict.fromkeys(["hielt", "hält", "hielten"], "accuse"),
    **dict.fromkeys(["schloss", "schliesst", "schlossen"], "rule out"),
    **dict.fromkeys(["schlug", "schlägt", "schlugen"], "propose"),
    # "…, ließ er über seinen Anwalt erklären", "ließ der Verein mitteilen, …" (only with the infinitive
    # before the comma or stop)
    **dict.fromkeys(["ließ", "ließen", "lässt"], "state"),
    # "begründete den Schritt damit, dass …" (only with "damit" before the comma)
    **dict.fromkeys(["begründete", "begründet", "begründeten"], "explain"),
}.items():
    _CUES.setdefault(_f, _lemma)
# perfect tenses: "hat gesagt", "hatte erklärt" (the participle may also stand alone at the clause end)
_PARTICIPLES = (
    "gesagt",
    "gemeint",
    "erklärt",
    "erläutert",
    "betont",
    "unterstrichen",
    "hervorgehoben",
    "ergänzt",
    "hinzugefügt",
    "gewarnt",
    "kritisiert",
    "moniert",
    "berichtet",
    "erzählt",
    "geschrieben",
    "versichert",
    "bekräftigt",
    "behauptet",
    "bestätigt",
    "geantwortet",
    "entgegnet",
    "erwidert",
    "eingeräumt",
    "zugegeben",
    "mitgeteilt",
    "angegeben",
    "klargestellt",
    "angekündigt",
    "gefordert",
    "beklagt",
    "gewarnt",
    "bestritten",
)
_CUES["geantwortet"] = "reply"
for _f in _PARTICIPLES:
    _CUES.setdefault(_f, "say")
    for _aux in ("hat", "hatte", "haben", "hatten"):
        _CUES.setdefault(f"{_aux} {_f}", _CUES[_f])
# "„…“, fügte er hinzu": a separable verb with its pronoun subject inside
_INVERTED: dict[str, str] = {}
for _form, _lemma in list(_CUES.items()):
    parts = _form.split(" ")
    if len(parts) == 2 and parts[0] not in ("hat", "hatte", "haben", "hatten"):
        for _pron in ("er", "sie"):
            _inv = f"{parts[0]} {_pron} {parts[1]}"
            _CUES[_inv] = _lemma
            _INVERTED[_inv] = _pron
# "„…“, sagte sie", "Am Montag sagte er, …": a finite cue with its pronoun subject after it
_FINITE = [f for f in list(_CUES) if " " not in f and f not in _PARTICIPLES and f not in _SUBORDINATE]
# participles without "ge-" are also the present tense: "…, erzählt sie", "…, erklärt er", "betont sie"
_FINITE += [
    f
    for f in _PARTICIPLES
    if f in _CUES and f.endswith("t") and not f.startswith("ge") and ("ge" not in f or f == "entgegnet")
]
for _f in _FINITE:
    for _pron in ("er", "sie"):
        _CUES[f"{_f} {_pron}"] = _CUES[_f]
        _INVERTED[f"{_f} {_pron}"] = _pron
# "…, führte die Ministerin aus": the finite half of "führte … aus" only with its particle before the
# comma (LanguageData.split_particles); added after the pronoun forms above, so that "führt sie die
# Bäckerei" is no cue ("führte sie aus" is one of the separable forms)
for _f in ("führte", "führt", "führten"):
    _CUES.setdefault(_f, "explain")
for _f in ("plädierte", "plädiert", "plädierten"):
    _CUES.setdefault(_f, "advocate")
for _f in ("verweist", "verwies", "verwiesen"):
    _CUES.setdefault(_f, "point out")  # only with "darauf" before the comma (split_particles)
# finite forms with a plural subject (3rd person plural: "sagen", "sagten", "räumten ein")
_PLURAL_FORMS = frozenset(
    f.split(" ")[0] for f in _CUES if f.split(" ")[0].endswith("en") and f.split(" ")[0] not in _PARTICIPLES
)
# "Aus Regierungskreisen hieß es, …", "Aus ihrem Umfeld ist zu hören, …": no subject, the source
# stands before the cue
_IMPERSONAL = (
    *("hieß es", "heißt es", "hiess es", "heisst es"),
    *("ist zu hören", "war zu hören", "ist zu vernehmen", "war zu vernehmen", "hört man", "hörte man"),
    *("verlautete", "verlautet"),  # "Aus Koalitionskreisen verlautete am Abend, …"
    *("erfuhr", "erfuhren"),  # "Aus Verhandlungskreisen erfuhr die dpa, …"
)
# the same with the cue closing its own clause after the report (LanguageData.clause_final_cues):
# "…, wie es (in der Fraktion) hieß", "…, ist (aus dem Umfeld) zu hören", "…, wie aus X verlautete"
_CLAUSE_FINAL = {
    **dict.fromkeys(["hieß", "heißt", "hiess", "heisst"], (("wie", "es"),)),
    **dict.fromkeys(["zu hören", "zu vernehmen"], (("ist",), ("war",), ("wie",))),
    **dict.fromkeys(["verlautete", "verlautet"], (("wie",),)),
    # "Aus Verhandlungskreisen erfuhr die Deutsche Presse-Agentur, dass …": the source before the verb,
    # the agency that learned it after; never clause-final ("wie die dpa erfuhr" names no source)
    **dict.fromkeys(["erfuhr", "erfuhren"], ()),
}
for _f in _IMPERSONAL:
    _CUES[_f] = "say"
for _f in _CLAUSE_FINAL:
    _CUES.setdefault(_f, "say")
# "Die Zeitung zitierte ihn mit den Worten: „…“", "Sie wird mit den Worten zitiert: „…“"
_CUES["mit den worten"] = "say"
# "„…“, so Holzapfel": "so" after a quotation names its speaker
_CUES["so"] = "say"

# "Nach Polizeiangaben …", "nach UN-Angaben", "Nach Brehms Worten …", "nach Ansicht Brehms" is the
# plain list's: the source inside the phrase (a compound's first part, a genitive name before the noun)
_ACCORDING_INNER = (
    r"\b[Nn]ach\s+(?:"
    r"(?P<src>[A-ZÄÖÜ][a-zäöüß]+|[A-ZÄÖÜ]{2,5})-?(?:angaben|Angaben)"
    r"|(?P<gen>[A-ZÄÖÜ][a-zäöüß]+)s\s+(?:Worten|Angaben|Ansicht|Einschätzung|Auffassung|Darstellung|Aussage)"
    # "Nach ihren Angaben …", "Nach seiner Darstellung …": the possessive's referent (possessive_genders)
    r"|(?P<pos>[Ss]ein(?:en|er)|[Ii]hr(?:en|er))\s+(?:Worten|Angaben|Einschätzung|Darstellung|Aussage)"
    # "Nach eigenen Worten hat sie …", "Nach eigenen Angaben verkaufte die Firma …": the clause's subject
    r"|(?P<own>[Ee]igenen)\s+(?:Worten|Angaben)"
    r")\b"
)

WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend")
MONTHS = (
    "januar",
    "jänner",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
)
CALENDAR_WORDS = frozenset(
    [*WEEKDAYS, *MONTHS, *(d + "s" for d in WEEKDAYS), "montagabend", "sonntagabend"]
    # parts of the day: "sagte ein Sprecher am Vormittag"
    + ["vormittag", "nachmittag", "mittag", "abend", "morgen", "vormittags", "nachmittags", "abends"]
)

# title heads: word -> (concept class, gender); compounds are made from them below
_TITLE_HEADS: dict[str, tuple[str, str]] = {
    "minister": ("minister", "m"),
    "ministerin": ("minister", "f"),
    "kanzler": ("head_of_government", "m"),
    "kanzlerin": ("head_of_government", "f"),
    "präsident": ("head_of_state", "m"),
    "präsidentin": ("head_of_state", "f"),
    "sprecher": ("spokesperson", "m"),
    "sprecherin": ("spokesperson", "f"),
    "chef": ("chief", "m"),
    "chefin": ("chief", "f"),
    "leiter": ("chief", "m"),
    "leiterin": ("chief", "f"),
    "vorsitzende": ("leader", "?"),
    "vorsitzender": ("leader", "m"),
    "politiker": ("politician", "m"),
    "politikerin": ("politician", "f"),
    "abgeordnete": ("legislator", "?"),
    "abgeordneter": ("legislator", "m"),
    "bürgermeister": ("mayor", "m"),
    "bürgermeisterin": ("mayor", "f"),
    "trainer": ("coach", "m"),
    "trainerin": ("coach", "f"),
    "coach": ("coach", "?"),
    "sozialdemokrat": ("politician", "m"),
    "sozialdemokratin": ("politician", "f"),
    "christdemokrat": ("politician", "m"),
    "christdemokratin": ("politician", "f"),
    "direktor": ("executive", "m"),
    "direktorin": ("executive", "f"),
    "vorstand": ("executive", "?"),
    "vorständin": ("executive", "f"),  # "Personalvorständin Anja Seidel"
    "manager": ("executive", "m"),
    "managerin": ("executive", "f"),
    "experte": ("expert", "m"),
    "expertin": ("expert", "f"),
    "analyst": ("expert", "m"),
    "analystin": ("expert", "f"),
    "ökonom": ("expert", "m"),
    "ökonomin": ("expert", "f"),
    "forscher": ("expert", "m"),
    "forscherin": ("expert", "f"),
    "wissenschaftler": ("expert", "m"),
    "wissenschaftlerin": ("expert", "f"),
    "richter": ("judge", "m"),
    "richterin": ("judge", "f"),
    "staatsanwalt": ("prosecutor", "m"),
    "staatsanwältin": ("prosecutor", "f"),
    "anwalt": ("lawyer", "m"),
    "anwältin": ("lawyer", "f"),
    "rechtsanwalt": ("lawyer", "m"),
    "rechtsanwältin": ("lawyer", "f"),
    "verteidiger": ("lawyer", "m"),
    "verteidigerin": ("lawyer", "f"),
    "botschafter": ("ambassador", "m"),
    "botschafterin": ("ambassador", "f"),
    "diplomat": ("diplomat", "m"),
    "diplomatin": ("diplomat", "f"),
    "gesandte": ("envoy", "?"),
    "gesandter": ("envoy", "m"),
    "generalsekretär": ("secretary_general", "m"),
    "generalsekretärin": ("secretary_general", "f"),
    "sekretär": ("official", "m"),
    "sekretärin": ("official", "f"),
    "senator": ("politician", "m"),
    "senatorin": ("politician", "f"),
    "landrat": ("governor", "m"),
    "landrätin": ("governor", "f"),
    "landeshauptmann": ("governor", "m"),
    "landeshauptfrau": ("governor", "f"),
    "ministerpräsident": ("head_of_government", "m"),
    "ministerpräsidentin": ("head_of_government", "f"),
    "regierungschef": ("head_of_government", "m"),
    "regierungschefin": ("head_of_government", "f"),
    "bundesrat": ("minister", "m"),
    "bundesrätin": ("minister", "f"),
    "nationalrat": ("legislator", "m"),
    "nationalrätin": ("legislator", "f"),
    "ständerat": ("legislator", "m"),
    "ständerätin": ("legislator", "f"),
    "stadtrat": ("politician", "m"),
    "stadträtin": ("politician", "f"),
    "kapitän": ("player", "m"),
    "kapitänin": ("player", "f"),
    "spieler": ("player", "m"),
    "spielerin": ("player", "f"),
    "stürmer": ("player", "m"),
    "stürmerin": ("player", "f"),
    # a team's defenders ("der Innenverteidiger"): not the court's "Verteidiger", whose compounds they
    # would otherwise be read as
    # (keys as folded: "ß" is "ss")
    **{
        f"{w}{e}": ("player", g)
        for w in (
            *("innenverteidiger", "aussenverteidiger", "linksverteidiger", "rechtsverteidiger"),
            *("abwehrspieler", "mittelfeldspieler"),
        )
        for e, g in (("", "m"), ("in", "f"))
    },
    "torhüter": ("player", "m"),
    "torhüterin": ("player", "f"),
    "torwart": ("player", "m"),
    "berater": ("expert", "m"),
    "beraterin": ("expert", "f"),
    "torschütze": ("player", "m"),
    "torschützin": ("player", "f"),
    "sportdirektor": ("executive", "m"),
    "geschäftsführer": ("executive", "m"),
    "geschäftsführerin": ("executive", "f"),
    "beauftragte": ("official", "?"),
    "beauftragter": ("official", "m"),
    "polizist": ("police", "m"),
    "polizistin": ("police", "f"),
    "kommissar": ("police", "m"),
    "kommissarin": ("police", "f"),
    "offizier": ("officer", "m"),
    "general": ("military", "m"),
    "oberst": ("military", "m"),
    "arzt": ("medic", "m"),
    "ärztin": ("medic", "f"),
    "virologe": ("expert", "m"),
    "virologin": ("expert", "f"),
    "meteorologe": ("expert", "m"),
    "meteorologin": ("expert", "f"),
    "professor": ("expert", "m"),
    "professorin": ("expert", "f"),
    "aktivist": ("activist", "m"),
    "aktivistin": ("activist", "f"),
    "gewerkschafter": ("activist", "m"),
    "gewerkschafterin": ("activist", "f"),
    "funktionär": ("official", "m"),
    "funktionärin": ("official", "f"),
    "vertreter": ("representative", "m"),
    "vertreterin": ("representative", "f"),
    "unternehmer": ("executive", "m"),
    "unternehmerin": ("executive", "f"),
    "zeuge": ("witness", "m"),
    "zeugin": ("witness", "f"),
    "angeklagte": ("defendant", "?"),
    "angeklagter": ("defendant", "m"),
    "schützer": ("activist", "m"),
    "schützerin": ("activist", "f"),
    "kritiker": ("activist", "m"),
    "kritikerin": ("activist", "f"),
    "gegner": ("activist", "m"),
    "gegnerin": ("activist", "f"),
    "befürworter": ("activist", "m"),
    "befürworterin": ("activist", "f"),
    "schauspieler": ("artist", "m"),
    "schauspielerin": ("artist", "f"),
    "sänger": ("artist", "m"),
    "sängerin": ("artist", "f"),
    "musiker": ("artist", "m"),
    "musikerin": ("artist", "f"),
    "künstler": ("artist", "m"),
    "künstlerin": ("artist", "f"),
    "autor": ("artist", "m"),
    "autorin": ("artist", "f"),
    "schriftsteller": ("artist", "m"),
    "schriftstellerin": ("artist", "f"),
    "regisseur": ("artist", "m"),
    "regisseurin": ("artist", "f"),
    "moderator": ("artist", "m"),
    "moderatorin": ("artist", "f"),
    # local and regional news: town treasurers, district heads, department heads, parish priests
    "kämmerer": ("official", "m"),
    "kämmerin": ("official", "f"),
    "ortsvorsteher": ("mayor", "m"),
    "ortsvorsteherin": ("mayor", "f"),
    "dezernent": ("official", "m"),
    "dezernentin": ("official", "f"),
    "obermeister": ("chief", "m"),
    "obermeisterin": ("chief", "f"),
    "rektor": ("executive", "m"),
    "rektorin": ("executive", "f"),
    "pfarrer": ("leader", "m"),
    "pfarrerin": ("leader", "f"),
    "bischof": ("leader", "m"),
    "bischöfin": ("leader", "f"),
}
# first parts of compound titles ("Außen|ministerin", "Regierungs|sprecher", "Vorstands|chef"), by head:
# a short list per kind of head keeps the title table (and its regex) small. Hyphenated compounds
# ("SPD-Politikerin", "Bayern-Torwart") need no entry: the engine reads the part after the hyphen.
_DOMAINS = (
    "außen",
    "aussen",
    "innen",
    "finanz",
    "wirtschafts",
    "verteidigungs",
    "justiz",
    "gesundheits",
    "umwelt",
    "verkehrs",
    "bildungs",
    "arbeits",
    "sozial",
    "familien",
    "landwirtschafts",
    "agrar",
    "klima",
    "energie",
    "entwicklungs",
    "kultur",
    "bau",
    "digital",
    "forschungs",
    "europa",
    "haushalts",
    "sicherheits",
    "rechts",
    "renten",
    "steuer",
    "migrations",
    "wohnungsbau",
)
_ORGS = (
    "partei",
    "fraktions",
    "konzern",
    "vorstands",
    "regierungs",
    "bundes",
    "landes",
    "polizei",
    "verbands",
    "gewerkschafts",
    "klub",
    "vereins",
    "unternehmens",
    "firmen",
    "bank",
    "notenbank",
    "zentralbank",
    "kommissions",
    "amts",
    "bezirks",
    "kreis",
    "stadt",
    "gemeinde",
    "einsatz",
    "feuerwehr",
    "gerichts",
    "aufsichtsrats",
    "betriebsrats",
    "landtags",
    "bundestags",
    "staats",
    "vize",
    "ober",
    "co",
    "ex",
    "general",
    "sport",
    "geschäfts",
    "personal",
    "presse",
    "medien",
    "branchen",
    "abteilungs",
    "instituts",
    "behörden",
    "kanzleramts",
    "wahlkampf",
    "verhandlungs",
    "ministeriums",
    "ministerial",
    "museums",
    "konzern",
    "kreml",
    "schul",
    "klinik",
    "revier",
    "dienststellen",
)
_EXPERTS = (
    "finanz",
    "wirtschafts",
    "sicherheits",
    "energie",
    "klima",
    "umwelt",
    "gesundheits",
    "rechts",
    "verkehrs",
    "renten",
    "steuer",
    "militär",
    "nahost",
    "russland",
    "china",
    "migrations",
    "arbeitsmarkt",
    "börsen",
    "branchen",
    "bank",
    "markt",
    "konjunktur",
    "agrar",
    "bildungs",
    "sozial",
    "cyber",
    "terror",
    "extremismus",
    "partei",
    "wahl",
    "meinungs",
    "immobilien",
    "auto",
    "rüstungs",
    "verfassungs",
    "finanzmarkt",
    "polit",
    "kommunikations",
    "daten",
    "verbraucher",
)
_HEAD_PREFIXES: dict[str, tuple[str, ...]] = {
    "minister": (*_DOMAINS, "bundes", "landes", "staats", "vize", "ex", "chef", "premier", "regierungs"),
    "sprecher": (*_ORGS, *_DOMAINS, "kreml", "staatsanwaltschafts", "verteidigungs"),
    "chef": _ORGS + _DOMAINS,
    "leiter": _ORGS + _DOMAINS,
    "vorsitzende": _ORGS,
    "vorsitzender": _ORGS,
    "präsident": _ORGS + ("minister", "bundestags", "landtags", "ehren", "bundes"),
    "direktor": _ORGS + ("sport", "museums", "theater", "opern", "schul", "polizei", "kriminal"),
    "vorstand": ("finanz", "personal", "technik", "entwicklungs", "vertriebs", "marketing"),
    "vorständin": ("finanz", "personal", "technik", "entwicklungs", "vertriebs", "marketing"),
    "manager": ("team", "fonds", "sport", "konzern", "top", "spitzen", "krisen"),
    "politiker": (
        *_DOMAINS,
        "kommunal",
        "spitzen",
        "oppositions",
        "partei",
        "regierungs",
        "fraktions",
        "lokal",
        "kreis",
        "stadt",
        "landes",
        "bundes",
    ),
    "experte": _EXPERTS,
    "analyst": _EXPERTS,
    "forscher": _EXPERTS + ("klima", "sozial", "konflikt", "friedens", "zukunfts", "renten"),
    "wissenschaftler": _EXPERTS + ("polit", "sozial", "kommunikations", "medien"),
    "ökonom": ("chef", "wirtschafts", "finanz", "bank"),
    "trainer": ("chef", "co", "bundes", "national", "torwart", "athletik", "interims", "ex", "erfolgs"),
    "richter": (
        "bundes",
        "verfassungs",
        "amts",
        "land",
        "ober",
        "straf",
        "jugend",
        "arbeits",
        "sozial",
        "verwaltungs",
        "familien",
        "haft",
        "ermittlungs",
    ),
    "anwalt": ("rechts", "staats", "ober", "opfer", "straf", "star", "promi", "fach"),
    "staatsanwalt": ("ober", "general", "bundes", "general-", "leitender"),
    "abgeordnete": ("bundestags", "landtags", "europa", "oppositions", "spd-", "cdu-"),
    "abgeordneter": ("bundestags", "landtags", "europa", "oppositions"),
    "sekretär": ("general", "staats", "partei", "bundes"),
    "beauftragte": (
        "regierungs",
        "bundes",
        "landes",
        "datenschutz",
        "migrations",
        "wehr",
        "antisemitismus",
        "opfer",
        "sonder",
        "sucht",
    ),
    "schützer": ("umwelt", "natur", "daten", "verbraucher", "tier", "klima", "menschenrechts", "denkmal"),
    "kritiker": ("regierungs", "kreml", "partei", "atomkraft", "system", "kapitalismus", "film", "kunst"),
    "aktivist": ("klima", "umwelt", "menschenrechts", "tier", "friedens", "bürgerrechts", "oppositions"),
    "vertreter": (
        "gewerkschafts",
        "arbeitgeber",
        "arbeitnehmer",
        "verbands",
        "branchen",
        "regierungs",
        "partei",
        "industrie",
        "wirtschafts",
        "eltern",
        "opposition",
    ),
    "funktionär": ("partei", "verbands", "gewerkschafts", "sport", "fußball", "fussball"),
    "bürgermeister": ("ober", "ex", "vize", "erste"),
    "kanzler": ("bundes", "vize", "ex", "alt"),
    "spieler": (
        "national",
        "fußball",
        "fussball",
        "tennis",
        "basketball",
        "handball",
        "eishockey",
        "mittelfeld",
        "ersatz",
        "stamm",
    ),
    "stürmer": ("national", "mittel", "sturm"),
    "torhüter": ("national", "ersatz", "stamm"),
    "kapitän": ("mannschafts", "team", "ex", "vize"),
    "botschafter": ("us", "uno", "un", "eu"),
    "offizier": ("polizei", "stabs", "verbindungs", "presse"),
    "arzt": ("chef", "ober", "not", "haus", "kinder", "amts", "kassen", "land", "tier", "zahn", "fach"),
    # ("ärztin" does not end on "-in" after "arzt": its compounds listed by their own head)
    "ärztin": ("chef", "ober", "not", "haus", "kinder", "amts", "kassen", "land", "tier", "zahn", "fach"),
    "polizist": ("bundes",),
    "kommissar": (
        *["kriminal", "kriminalhaupt", "kriminalober", "haupt", "polizeihaupt", "polizeiober", "ober", "eu"],
    ),
    "gewerkschafter": ("verdi", "metall"),
    "berater": (
        "regierungs",
        "sicherheits",
        "finanz",
        "unternehmens",
        "wirtschafts",
        "politik",
        "steuer",
        "anlage",
        "wahlkampf",
        "medien",
        "kommunikations",
    ),
    "unternehmer": ("bau", "groß", "gross", "start-up", "internet", "tech", "auto", "medien"),
}
_DEFAULT_PREFIXES = (
    "ex",
    "vize",
    "ober",
    "co",
    "chef",
    "bundes",
    "landes",
    "stellvertretende",
    "haupt",
    "general",
)


def _prefixes(head: str) -> tuple[str, ...]:
    for base in (
        head,
        head[:-2] if head.endswith("in") else head,
        head[:-3] if head.endswith("rin") else head,
    ):
        if base in _HEAD_PREFIXES:
            return _HEAD_PREFIXES[base]
    if head.endswith("in") and head[:-2] + "e" in _HEAD_PREFIXES:
        return _HEAD_PREFIXES[head[:-2] + "e"]  # "expertin" <- "experte"
    return _DEFAULT_PREFIXES


_TITLES: dict[str, str] = {head: cls for head, (cls, _g) in _TITLE_HEADS.items()}
_GENDERED: dict[str, str] = {head: g for head, (_c, g) in _TITLE_HEADS.items() if g != "?"}
for _head, (_cls, _g) in _TITLE_HEADS.items():
    for _p in _prefixes(_head):
        _compound = _p + _head
        _TITLES.setdefault(_compound, _cls)
        if _g != "?":
            _GENDERED.setdefault(_compound, _g)
# "Bundeswirtschaftsministerin", "Landesinnenminister": a level before the ministry
# (the domains that have a ministry of their own: not "Haushalt", "Sicherheit", "Rente" …)
_MINISTRIES = tuple(
    d
    for d in _DOMAINS
    if d not in ("aussen", "haushalts", "sicherheits", "rechts", "renten", "steuer", "migrations")
)
for _level in ("bundes", "landes", "ex-bundes", "ex-"):
    for _min in _MINISTRIES:
        for _head in ("minister", "ministerin"):
            _TITLES.setdefault(
                f"{_level}{_min}{_head}", "foreign_minister" if _min == "außen" else "minister"
            )
            _GENDERED.setdefault(f"{_level}{_min}{_head}", "f" if _head.endswith("in") else "m")
for _form, _cls in {
    "außenminister": "foreign_minister",
    "außenministerin": "foreign_minister",
    "aussenminister": "foreign_minister",
    "aussenministerin": "foreign_minister",
    "bundeskanzler": "head_of_government",
    "bundeskanzlerin": "head_of_government",
    "bundespräsident": "head_of_state",
    "bundespräsidentin": "head_of_state",
    "vorsitzende richter": "judge",
    "vorsitzender richter": "judge",
    "vorsitzende richterin": "judge",
    "generalsekretär": "secretary_general",
    "generalsekretärin": "secretary_general",
    "regierungssprecher": "spokesperson",
    "regierungssprecherin": "spokesperson",
    "oppositionsführer": "leader",
    "oppositionsführerin": "leader",
    "fraktionsführer": "leader",
    "fraktionsführerin": "leader",
}.items():
    _TITLES[_form] = _cls

ORG_WORDS = frozenset(
    [
        "ag",
        "gmbh",
        "se",
        "kg",
        "agentur",
        "amt",
        "armee",
        "bank",
        "bund",
        "bundesamt",
        "bundesregierung",
        "bundestag",
        "bundesrat",
        "bundeswehr",
        "bundesheer",
        "bundesliga",
        "dpa",
        "apa",
        "sda",
        "afp",
        "reuters",
        "fc",
        "sc",
        "vfl",
        "vfb",
        "tsv",
        "sv",
        "eintracht",
        "borussia",
        "fraktion",
        "gericht",
        "landgericht",
        "amtsgericht",
        "bundesgerichtshof",
        "gewerkschaft",
        "ig",
        "institut",
        "kommission",
        "konzern",
        "ministerium",
        "partei",
        "polizei",
        "regierung",
        "staatsanwaltschaft",
        "stiftung",
        "universität",
        "verband",
        "verein",
        "zentralverband",
        "zentrum",
        "center",
        "kanzleramt",
        "landtag",
        "senat",
        "stadt",
        "gemeinde",
        "feuerwehr",
        "landesfeuerwehrkommando",
        "kommando",
        "departement",
        "rat",
        "union",
        "nato",
        "eth",
        "zeitung",
        "radio",
        "orf",
        "srf",
        "zdf",
        "ard",
        "spiegel",
        "automotive",
        "holding",
        "group",
        "werke",
        "landesbank",
        "sparkasse",
        "gruppe",
        "allianz",
    ]
)

_DETERMINERS = [
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "eines",
    "dieser",
    "diese",
    "dieses",
    "diesem",
    "diesen",
    "sein",
    "seine",
    "seinem",
    "seinen",
    "seiner",
    "seines",
    "ihr",
    "ihre",
    "ihrem",
    "ihren",
    "ihrer",
    "ihres",
    "jener",
    "jene",
    "kein",
    "keine",
    *["keinen", "keinem", "keiner", "keines"],  # "Er habe keinen Zweifel, sagte X": no name
    *["jenen", "jenem", "jenes"],
    "zwei",
    "drei",
    "mehrere",
    "einige",
    "viele",
]
_PREPOSITIONS = [
    "in",
    "im",
    "an",
    "am",
    "auf",
    "aus",
    "bei",
    "beim",
    "mit",
    "nach",
    "seit",
    "von",
    "vom",
    "zu",
    "zum",
    "zur",
    "für",
    "über",
    "unter",
    "vor",
    "hinter",
    "neben",
    "zwischen",
    "gegen",
    "ohne",
    "um",
    "durch",
    "bis",
    "ins",
    "ans",
    "aufs",
    "gegenüber",
    "wegen",
    "trotz",
    "während",
]
_PRONOUNS = [
    "er",
    "sie",
    "es",
    "wir",
    "ihr",
    "ich",
    "du",
    "man",
    "sich",
    "ihm",
    "ihn",
    "ihnen",
    "uns",
    "mir",
    "mich",
]
_CLAUSE_VERBS = [
    "ist",
    "sind",
    "war",
    "waren",
    "sei",
    "seien",
    "wäre",
    "wären",
    "hat",
    "haben",
    "hatte",
    "hatten",
    "habe",
    "hätte",
    "hätten",
    "wird",
    "werden",
    "wurde",
    "wurden",
    "werde",
    "würde",
    "würden",
    "kann",
    "können",
    "könne",
    "könnte",
    "könnten",
    "muss",
    "müssen",
    "müsse",
    "müsste",
    "soll",
    "sollen",
    "solle",
    "sollte",
    "sollten",
    "will",
    "wollen",
    "wolle",
    "wollte",
    "darf",
    "dürfe",
    "dürfte",
    "dürften",
    "gebe",
    "gibt",
    "gab",
    "gehe",
    "geht",
    "komme",
    "kommt",
    "stehe",
    "steht",
]

LANGUAGE = LanguageData(
    code="de",
    name="German",
    script="Latin",
    # titles kept in the name of a holder known by one name ("Pope Francis")
    genitive_endings=("es", "s"),
    regnal_titles=frozenset(
        ["papst", "könig", "königin", "prinz", "prinzessin", "kaiser", "kaiserin", "sultan", "emir"]
    ),
    verb_second=True,
    as_openers=frozenset(["wie"]),
    impersonal_cues=frozenset(_IMPERSONAL),
    demonstrative_reports=frozenset(["das", "dies"]),
    # "Die Firma hat Insolvenz beantragt. Das teilte das Unternehmen mit.": the sentence before is the
    # report (constructions/so_said.py; a pronoun subject, "Das sagte er", is left alone)
    previous_sentence_reports=frozenset(["das", "dies"]),
    interview_labels=frozenset(["frage", "antwort", "f", "a"]),
    age_words=frozenset(["jährige", "jähriger", "jährigen", "jährigem"]),
    age_phrase="Jahre alt",
    plural_cue_forms=_PLURAL_FORMS,
    modal_verbs=frozenset(
        [
            *("kann", "können", "könne", "könnte", "könnten", "konnte", "konnten"),
            *("muss", "müssen", "müsse", "müsste", "müssten", "musste", "mussten"),
            *("soll", "sollen", "solle", "sollte", "sollten", "will", "wollen", "wolle", "wollte", "wollten"),
            *("darf", "dürfen", "dürfe", "dürfte", "dürften", "durfte", "möchte", "möchten", "mag", "mochte"),
        ]
    ),
    plural_verb_forms=frozenset(
        [
            *["sind", "waren", "seien", "wären", "haben", "hatten", "hätten", "werden", "wurden", "würden"],
            *["können", "konnten", "könnten", "müssen", "mussten", "müssten", "sollen", "sollten"],
            *["wollen", "wollten", "dürfen", "durften", "dürften"],
        ]
    ),
    title_suffixes=(
        "ministerin",
        "minister",
        "präsidentin",
        "präsident",
        "sprecherin",
        "sprecher",
        "politikerin",
        "politiker",
        "chefin",
        "chef",
        "leiterin",
        "leiter",
        "direktorin",
        "direktor",
        "trainerin",
        "trainer",
        "expertin",
        "experte",
        "vorsitzende",
        "vorsitzender",
        "managerin",
        "manager",
        "funktionärin",
        "funktionär",
    ),
    follow_connectors=frozenset(["der", "den"]),
    genitive_articles=frozenset(["des", "der", "eines", "einer"]),
    singular_genitive_articles=frozenset(["des", "eines"]),
    place_of_title_connectors=frozenset(["von"]),
    anaphoric_report_nouns=frozenset(["angaben", "informationen", "aussagen", "worten", "darstellung"]),
    furniture_labels=frozenset(
        ["foto", "fotos", "bild", "bilder", "interview", "text", "quelle", "grafik", "video", "mitarbeit"]
    ),
    perfect_aux=frozenset(["hat", "hatte", "haben", "hatten", "habe", "hätte"]),
    noun_suffixes=(
        "ung",
        "ungen",
        "heit",
        "heiten",
        "keit",
        "keiten",
        "schaft",
        "schaften",
        "tion",
        "tionen",
        "sion",
        "tät",
        "ismus",
        "tum",
        "ium",
    ),
    # (not the "-er" forms: "Fischer", "Geiger" are surnames)
    clause_final_cues=_CLAUSE_FINAL,
    colon_only_cues=frozenset(_COLON_ONLY),
    # "…, zeigte sich der Trainer zuversichtlich", "…, beschwerte sich die Mieterin": the reflexive
    # pronoun before an inverted speaker
    inversion_fillers=(("sich",),),
    split_particles={
        **dict.fromkeys(["machte", "macht", "machten"], ("deutlich", "klar")),
        **dict.fromkeys(["stellte", "stellt", "stellten"], ("klar", "aussicht")),
        **dict.fromkeys(["führte", "führt", "führten"], ("aus",)),
        **dict.fromkeys(["gab", "gibt"], ("an", "bekannt", "zu", "bedenken")),
        **dict.fromkeys(["plädierte", "plädiert", "plädierten"], ("dafür",)),
        **dict.fromkeys(["rechnete", "rechnet"], ("vor",)),
        **dict.fromkeys(["wandte", "wendet"], ("ein",)),
        **dict.fromkeys(["hielt", "hält", "hielten"], ("vor", "dagegen", "fest")),
        **dict.fromkeys(["schloss", "schliesst", "schlossen"], ("aus",)),
        **dict.fromkeys(["schlug", "schlägt", "schlugen"], ("vor",)),
        # (keys as folded: "ß" is "ss")
        **dict.fromkeys(["liess", "liessen", "lässt"], ("erklären", "mitteilen", "verlauten", "ausrichten")),
        **dict.fromkeys(["begründete", "begründet", "begründeten"], ("damit",)),
        **dict.fromkeys(["zeigte", "zeigt", "zeigten"], ("überzeugt", "zuversichtlich", "optimistisch")),
        # "Der Verband verweist auf Anfrage darauf, dass …": "darauf" closes the clause before the comma
        **dict.fromkeys(["verweist", "verwies", "verwiesen"], ("darauf",)),
    },
    object_openers=frozenset(["dem", "den", "gegenüber", "unserer", "unserem", "einem"]),
    separable_particles=frozenset(["ein", "an", "hinzu", "zu", "vor", "zurück", "mit", "fest", "dagegen"]),
    parties={
        **{p: p for p in ("cdu", "csu", "spd", "fdp", "afd", "bsw", "grüne", "linke", "övp", "spö", "fpö")},
        **{p: p for p in ("neos", "svp", "ödp", "npd", "piraten")},
        **{"grünen": "grüne", "linken": "linke", "die linke": "linke", "bündnis 90/die grünen": "grüne"},
        # a party's member named by a noun of its own: "der Sozialdemokrat", "die Christdemokratin"
        **{"sozialdemokrat": "spd", "sozialdemokratin": "spd"},
        **{"christdemokrat": "cdu", "christdemokratin": "cdu"},
    },
    adjective_suffixes=(
        *("liche", "lichen", "lichem", "ische", "ischen", "ischem"),
        *("ige", "igen", "igem", "bare", "baren", "same", "samen"),
    ),
    common_nouns=frozenset(
        [
            "jahr",
            "jahre",
            "jahren",
            "jahres",
            "monat",
            "monate",
            "monaten",
            "woche",
            "wochen",
            "tag",
            "tage",
            "tagen",
            "stunde",
            "stunden",
            "minute",
            "minuten",
            "uhr",
            "haft",
            "euro",
            "franken",
            "dollar",
            "prozent",
            "millionen",
            "milliarden",
            "menschen",
            "kunden",
            "leute",
            "kinder",
            "frauen",
            "männer",
            "geld",
            "land",
            "welt",
            "stadt",
            "punkte",
            "punkten",
            "tore",
            "spiel",
            "spiele",
            "sieg",
            "niederlage",
            "pause",
            "kritik",
            "angaben",
            "ende",
            "anfang",
            # sport's cards and the colours that open fixed noun phrases ("die Rote Karte", "der Gelben
            # Karte", "die Schwarze Null", "im Weißen Haus"): inflected, never a person's name (folded:
            # "ß" is "ss")
            *("karte", "karten"),
            *(f"{c}{e}" for c in ("rot", "gelb", "schwarz", "weiss", "blau") for e in ("e", "en", "er")),
            *("rotes", "gelbes", "schwarzes", "weisses", "blaues"),
        ]
    ),
    calendar_words=CALENDAR_WORDS,
    org_words=ORG_WORDS,
    name_prepositions=frozenset(["von", "vom", "für", "der", "des"]),
    possessive_determiners=frozenset(
        ["sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer"]
    ),
    date_prepositions=frozenset(["am"]),
    phrase_stops=frozenset(["bei", "nach", "vor", "während", "in", "im", "am", "gegenüber", "auf"]),
    head_prepositions=frozenset(["des", "der", "von", "vom"]),
    quantifiers=frozenset(["ein", "eine", "einer", "eines", "mehrere", "zwei", "drei"]),
    subordinators=frozenset(["und", "aber", "doch", "als", "wenn", "weil", "nachdem", "während", "denn"]),
    clause_conjunctions=frozenset(
        ["weil", "wenn", "obwohl", "obgleich", "nachdem", "bevor", "da", "dass", "daß", "ob", "damit"]
        + ["falls", "sofern", "zumal", "sodass", "indem", "seitdem", "solange", "wobei", "weshalb", "wodurch"]
        + ["wonach", "womit", "worauf", "worüber", "weswegen"]
    ),
    issued_documents=frozenset(
        ["mitteilung", "pressemitteilung", "erklärung", "schreiben", "stellungnahme", "brief", "beitrag"]
        + ["bericht", "lagebild", "gutachten", "papier"]
    ),
    company_suffixes=frozenset(["ag", "gmbh", "se", "kg", "kgaa", "holding", "group", "automotive", "co"]),
    stopwords=frozenset(
        [
            "der",
            "die",
            "und",
            "den",
            "von",
            "zu",
            "das",
            "mit",
            "sich",
            "des",
            "auf",
            "für",
            "ist",
            "im",
            "dem",
            "nicht",
            "ein",
            "eine",
            "als",
            "auch",
            "er",
            "sie",
            "nach",
            "bei",
            "einer",
            "um",
            "noch",
            "wie",
            "einem",
            "über",
            "einen",
            "oder",
            "aber",
            "vor",
            "zur",
            "bis",
            "mehr",
            "durch",
            "sagte",
            "dass",
            "wird",
            "werden",
            "wurde",
            "sind",
            "hat",
            "haben",
            "hatte",
            "sei",
            "seine",
            "ihre",
            "nur",
            "schon",
            "zum",
            "vom",
            "sagt",
            "gegen",
            "laut",
            "wir",
            "ich",
        ]
    ),
    cues=_CUES,
    bare_clause_lemmas=frozenset(
        {
            "say",
            "explain",
            "stress",
            "add",
            "warn",
            "criticise",
            "recount",
            "write",
            "assure",
            "reaffirm",
            "claim",
            "confirm",
            "reply",
            "believe",
            "argue",
            "admit",
            "state",
            "point out",
            "lament",
            "insist",
            "deny",
            "predict",
            "estimate",
            "tell",
            "promise",
            "announce",
            "call for",
            "accuse",
            "urge",
            "advise",
            "ask",
            *("advocate", "propose", "dispute", "complain", "rule out", "disapprove"),
        }
    ),
    inverted_pronoun_cues=_INVERTED,
    complementizers=("dass", "daß"),
    according_to=(
        "laut",
        "gemäß",
        "gemäss",
        "nach angaben",
        "nach angaben von",
        "nach ansicht",
        "nach ansicht von",
        "nach einschätzung",
        "nach einschätzung von",
        "nach auffassung",
        "nach auffassung von",
        "nach darstellung",
        "nach darstellung von",
        "nach auskunft",
        "nach auskunft von",
        # the police's or investigators' findings as they report them, only with their source: "Nach
        # ersten Erkenntnissen der Polizei brach das Feuer …" (not the bare hedge "Nach bisherigen
        # Erkenntnissen ist niemand verletzt", which the speaker quoted before says)
        *[
            f"nach {adj}erkenntnissen {art}"
            for adj in ("", "ersten ", "bisherigen ")
            for art in ("der", "des", "von")
        ],
        "nach informationen",
        "nach informationen von",
        "nach worten",
        "nach worten von",
        "nach den worten",
        "nach aussage",
        "nach aussage von",
        "nach aussagen",
        "nach aussagen von",
        "nach meinung",
        "nach meinung von",
        "nach überzeugung",
        "nach überzeugung von",
    ),
    according_to_post=("zufolge",),
    pronouns={"er": "m", "sie": "f"},
    # the possessives of "Nach ihren Angaben", "Nach seiner Darstellung" (_ACCORDING_INNER)
    possessive_genders={"seinen": "m", "seiner": "m", "ihren": "f", "ihrer": "f"},
    honorifics={"herr": "m", "herrn": "m", "frau": "f", "dr": "?", "dr.": "?", "prof": "?", "prof.": "?"},
    titles=_TITLES,
    speaker_nouns={
        "ministerium": "organisation",
        "regierung": "organisation",
        "bundesregierung": "organisation",
        "kanzleramt": "organisation",
        "polizei": "organisation",
        "staatsanwaltschaft": "prosecutor",
        "gericht": "organisation",
        "unternehmen": "organisation",
        "konzern": "organisation",
        "firma": "organisation",
        "verband": "organisation",
        "gewerkschaft": "organisation",
        "partei": "organisation",
        "verein": "organisation",
        "klub": "organisation",
        "club": "organisation",
        "feuerwehr": "organisation",
        "armee": "organisation",
        "behörde": "organisation",
        "stadt": "organisation",
        "gemeinde": "organisation",
        "landesfeuerwehrkommando": "organisation",
        "mitteilung": "document",
        "erklärung": "document",
        "bericht": "document",
        "studie": "document",
        "quelle": "source",
        "quellen": "source",
        "kreise": "source",
        "insider": "source",
        "vertraute": "source",
        "vertrauter": "source",
        "sprecher": "spokesperson",
        "sprecherin": "spokesperson",
        "anwohner": "witness",
        "anwohnerin": "witness",
        "bewohner": "witness",
        "bewohnerin": "witness",
        "nachbar": "relation",
        "nachbarin": "relation",
        "nachbarn": "relation",
        "familie": "relation",
        "eltern": "relation",  # "schreiben Eltern des Ortsteils": the parents, not the village
        "mutter": "relation",
        "vater": "relation",
        "geschädigte": "person",
        "opfer": "person",
        # "Eine Rentnerin aus Offenbach schilderte …": a person, not the town after her
        "rentner": "person",
        "rentnerin": "person",
        "passant": "person",
        "passantin": "person",
        # travellers in police reports: "Ein Fahrgast, der …, schilderte …" (no company)
        "fahrgast": "person",
        "fahrgästin": "person",
        "reisende": "person",
        "reisender": "person",
        # "sagte die Frau", "Der Mann gab an, …": the person just described (police and court reports)
        "mann": "person",
        "frau": "person",
        "augenzeuge": "witness",
        "augenzeugin": "witness",
        "mitarbeiter": "person",
        "mitarbeiterin": "person",
        "beamte": "official",
        "beamter": "official",
        "beamtin": "official",
        "verteidigung": "lawyer",
        "anklage": "prosecutor",
    },
    demonyms={
        "deutsche": "deutschland",
        "deutscher": "deutschland",
        "deutschen": "deutschland",
        "französische": "frankreich",
        "französischen": "frankreich",
        "russische": "russland",
        "russischen": "russland",
        "amerikanische": "usa",
        "amerikanischen": "usa",
        "britische": "großbritannien",
        "britischen": "großbritannien",
        "chinesische": "china",
        "chinesischen": "china",
        "österreichische": "österreich",
        "österreichischen": "österreich",
        "schweizer": "schweiz",
        "italienische": "italien",
        "italienischen": "italien",
        "ukrainische": "ukraine",
        "ukrainischen": "ukraine",
        # nouns of nationality: "sagte der Niederländer", "die Österreicherin" (a person, resolved like
        # "der 31-Jährige" to the one the text is about)
        **_NATIONALITY_NOUNS,
    },
    determiners=frozenset(_DETERMINERS),
    function_words=frozenset(
        [
            # first and second person possessives are part of no name or speaker phrase: "„Meine
            # Mitarbeiterin ist …“, sagte X", "…, schreibt unsere Reporterin" (the paper's own)
            *["mein", "meine", "meinem", "meinen", "meiner", "meines"],
            *["unser", "unsere", "unserem", "unseren", "unserer", "unseres"],
            *["dein", "deine", "deinem", "deinen", "deiner", "euer", "eure", "eurem", "euren", "eurer"],
            # "jedes Mal", "jeden Tag", "jede Woche": a time phrase after the speaker, never part of it
            # ("…, lautet die Begründung der Verwaltung jedes Mal")
            *["jede", "jeden", "jedes", "jeder", "jedem"],
            *_DETERMINERS,
            *_PREPOSITIONS,
            *_PRONOUNS,
            *_CLAUSE_VERBS,
            "und",
            "oder",
            "aber",
            "sondern",
            "denn",
            "doch",
            "dass",
            "daß",
            "ob",
            "wenn",
            "weil",
            "als",
            "wie",
            "so",
            "auch",
            "noch",
            "nur",
            "schon",
            "sehr",
            "nicht",
            "nichts",
            "dabei",
            "dazu",
            "hinzu",
            "zurück",
            "damit",
            "darauf",
            "daran",
            "dann",
            "jetzt",
            "heute",
            "gestern",
            "morgen",
            "zudem",
            "außerdem",
            "aussenm",
            "allerdings",
            "jedoch",
            "bereits",
            "erst",
            "immer",
            "wieder",
            "laut",
            "zufolge",
            "gemäß",
            "gemäss",
            "dort",
            "hier",
            "da",
            "wo",
            "was",
            "wer",
            "welche",
            "welcher",
            "alle",
            "mehr",
            "selbst",
            *WEEKDAYS,
        ]
    ),
    # (not "vom": "Benedikt Krauß vom Institut für …" is a person and the body he works for)
    name_connectors=frozenset(["von", "van", "de", "ter", "ten", "al", "el", "bin"]),
    cue_fillers=frozenset(
        [
            "auch",
            "zudem",
            "außerdem",
            "ausserdem",
            "dazu",
            "daraufhin",
            "später",
            "noch",
            "allerdings",
            "jedoch",
            "aber",
            "bereits",
            "schon",
            "zuletzt",
            "zuvor",
            "selbst",
            "hingegen",
            "dagegen",
            # sentence adverbs that open a verb-second clause before the cue: "Nun sagte X, …",
            # "Künftig, sagte X, …" (never a speaker of their own)
            "nun",
            "jetzt",
            "künftig",
            "bislang",
            "bisher",
            "inzwischen",
            "mittlerweile",
            "derzeit",
            "zunächst",
            "dennoch",
            "trotzdem",
            "deshalb",
            "daher",
            "damals",
            "anschließend",
            "erneut",
            "ebenfalls",
            "gleichzeitig",
            "zugleich",
            "schließlich",
            "immerhin",
            "offenbar",
            "abschließend",
            "stattdessen",
            "weiter",  # "sagte er weiter", "heißt es weiter"
            "selbst",  # "wie sie selbst sagt", "sagte er selbst"
            *["früher", "danach", "dann", "vielmehr", "tatsächlich", "vermutlich", "wahrscheinlich"],
            *["womöglich", "eigentlich", "insgesamt", "lediglich", "vorerst", "weiterhin", "ohnehin"],
            *["seitdem", "seither", "kürzlich", "jüngst", "einst", "vorher", "bald", "sofort", "zwar"],
            "darin",  # "…, heißt es darin": the document just named
            "gestern",
            "heute",
            "am",
            "hat",
            "hatte",
            "haben",
            "hatten",
            *WEEKDAYS,
        ]
    ),
    coordinators=("und", "aber", "doch"),
    contrast_words=frozenset(["aber", "doch", "allerdings", "jedoch", "denn"]),
    clause_trailers=frozenset(["ohne", "nachdem"]),
    oblique_markers=frozenset(
        ["in", "im", "nach", "aus", "von", "vom", "bei", "beim", "zum", "zur", "am", "an"]
    ),
    gendered_words={
        **_GENDERED,
        "frau": "f",
        "herr": "m",
        "die": "f",
        "eine": "f",
        "der": "m",
        "mutter": "f",
        "vater": "m",
        "tochter": "f",
        "sohn": "m",
        "anwohnerin": "f",
        "anwohner": "m",
        "nachbarin": "f",
        "bewohnerin": "f",
        "geschädigte": "?",
        "mitarbeiterin": "f",
        "rentnerin": "f",
        "rentner": "m",
        "passantin": "f",
        "passant": "m",
        "fahrgästin": "f",
        "fahrgast": "m",
        "reisender": "m",
    },
    anaphoric_org_nouns=frozenset(
        ["unternehmen", "konzern", "firma", "verein", "klub", "club", "verband", "gruppe"]
    ),
    non_sources=frozenset(
        [
            "statistik",
            "zahlen",
            "daten",
            "schätzungen",
            "berechnungen",
            "umfrage",
            "prognose",
            "bilanz",
            "tabelle",
            # rules and schedules: "laut Plan", "laut Fahrplan", "laut Gesetz" name no speaker
            *["plan", "fahrplan", "zeitplan", "gesetz", "vertrag", "satzung", "verordnung", "programm"],
            # hopes and reckonings: "…, so die Hoffnung in Berlin, …", "so das Kalkül der Partei"
            *["hoffnung", "kalkül", "devise", "überlegung", "rechnung", "idee", "motto", "erwartung"],
        ]
    ),
    definite_articles=frozenset(["der", "die", "das", "dem", "den", "des"]),
    object_pronouns={"ihm": "m", "ihr": "f", "ihnen": "p"},
    hearer_markers=frozenset(["dem", "der", "den", "gegenüber", "unserer", "unserem"]),
    clause_verbs=frozenset(_CLAUSE_VERBS),
    relative_pronouns=frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher"}),
    prepositions=frozenset(_PREPOSITIONS),
    sentence_end=".!?",
    abbreviations=frozenset(
        ["dr", "prof", "st", "nr", "bzw", "ca", "etc", "vgl", "z", "u", "sog", "inkl", "mio", "mrd"]
    ),
    # "gegen den 1. FC Kaiserslautern", "am 3. Oktober", "zum 10. Mal": an article or a contracted
    # preposition before the number makes its full stop an ordinal's
    ordinal_openers=frozenset(
        ["der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "beim", "vom", "ins"]
        + ["seinem", "seinen", "seiner", "ihrem", "ihren", "ihrer"]
    ),
    adverbial_openers=frozenset(
        [
            "als",
            "wenn",
            "nachdem",
            "während",
            "bevor",
            "obwohl",
            "weil",
            "angesprochen",
            "gefragt",
            "warum",
            "weshalb",
            "wieso",
            "ob",
            "wann",
            "wo",
            "was",
            "wer",
        ]
    ),
    naming_words=frozenset(
        [
            "titel",
            "motto",
            "slogan",
            "buch",
            "film",
            "projekt",
            "operation",
            "namens",
            "genannt",
            "sogenannte",
            "sogenannten",
        ]
    ),
    time_words=frozenset(["gestern", "heute", "später", *WEEKDAYS]),
    clause_openers=frozenset(
        [
            "es",
            "man",
            "er",
            "sie",
            "wir",
            "das",
            "dies",
            "dieser",
            "diese",
            "kein",
            "keine",
            "niemand",
            "nichts",
        ]
    ),
    infinitive_markers=frozenset(["zu"]),
    number_words=frozenset(["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"]),
    indefinites=frozenset(["ein", "eine", "einer", "eines", "einem", "einen"]),
    title_modifiers=frozenset(
        [
            "ehemalige",
            "ehemaliger",
            "frühere",
            "früherer",
            "neue",
            "neuer",
            "stellvertretende",
            "stellvertretender",
            "scheidende",
            "scheidender",
        ]
    ),
    non_name_openers=frozenset(["ehemalige", "frühere", "neue", "auch", "doch", "dann", "nun", "so"]),
    hearer_pronouns=frozenset(["ihm", "ihr", "ihnen", "uns", "mir"]),
    reported_mood_forms=REPORTED_MOOD_FORMS,
    reported_mood_suffix="e",
    reported_mood_pronouns=frozenset(["man", "er", "sie", "es"]),
    reported_mood_blockers=frozenset(["ich"]),
    reported_mood_idioms=REPORTED_MOOD_IDIOMS,
    reported_mood_not_suffixes=("te", "weise"),  # ("zeitweise", "teilweise": adverbs)
    mood_lookalikes=frozenset(
        ["gerne", "alleine", "lange", "ohne", "bitte", "ferne", "eine", "keine", "meine", "deine", "seine"]
    ),
    ambiguous_mood_suffix="ten",
    prospective_adverbs=frozenset(
        ["voraussichtlich", "künftig", "zukünftig", "demnächst", "morgen", "übermorgen", "schnellstmöglich"]
    ),
    learning_cues=frozenset(["erfuhr", "erfuhren"]),
    clock_nouns=frozenset(["uhr"]),
    country_names=frozenset(_NATIONALITY_NOUNS.values()),
    origin_prepositions=frozenset(["aus"]),
    noun_quantifiers=frozenset(
        [
            *["beide", "beiden", "beider", "alle", "allen", "aller", "viele", "vielen", "vieler"],
            *["mehreren", "mehrerer", "einige", "einigen", "einiger", "etliche", "etlichen"],
            *["zahlreiche", "zahlreichen", "sämtliche", "sämtlichen", "wenige", "wenigen"],
            *["manche", "manchen"],
            # (capitalised as numerals of their own: "Dort liefen Dutzende Keller voll")
            *["dutzende", "dutzenden", "hunderte", "hunderten", "tausende", "tausenden", "zehntausende"],
        ]
    ),
    learner_pronouns=frozenset(["ich", "du", "er", "sie", "es", "wir", "ihr", "man"]),
    vorfeld_adverbs=frozenset(
        [
            *["damit", "dadurch", "dabei", "dafür", "daher", "deshalb", "deswegen", "darum", "zudem"],
            *["außerdem", "ausserdem", "allerdings", "trotzdem", "dennoch", "jedoch", "insofern"],
            *["derzeit", "inzwischen", "mittlerweile", "bislang", "bisher", "künftig", "danach"],
            *["andernfalls", "ansonsten", "folglich", "schließlich", "schliesslich", "stattdessen"],
        ]
    ),
    indicative_forms=INDICATIVE_FORMS,
    anaphoric_sources=frozenset(["demnach"]),
    passive_auxiliaries=frozenset(["worden", "werden", "wurde", "wurden", "wird"]),
    according_inner=_ACCORDING_INNER,
    comma_cues=frozenset(["so"]),
    comma_split_cues=frozenset(["begründete", "begründet", "begründeten"]),
    object_trailer_lemmas=frozenset(["explain"]),
    quoted_with_cues=frozenset(["mit den worten"]),
    quoting_verbs=frozenset(["zitiert", "zitierte", "zitierten"]),
    accusative_pronouns={"ihn": "m", "sie": "f"},
    mid_clause_according=frozenset(
        [
            *["laut", "gemäß", "gemäss", "nach angaben", "nach angaben von", "nach informationen"],
            *["nach informationen von", "nach worten", "nach worten von", "nach aussage", "nach aussagen"],
            *["nach darstellung", "nach darstellung von", "nach auskunft", "nach auskunft von"],
        ]
    ),
    adverbial_prepositions=frozenset(["unter", "mit", "ohne", "seit", "während", "nach", "gegenüber", "vor"]),
    naming_lemmas=frozenset(["call"]),
    # 'bezeichnete die Pläne als „…“'; also 'schilderte die Jahre als „…“', 'begrüßte das Urteil als „…“'
    description_lemmas={"describe": "als", "recount": "als", "welcome": "als"},
    quoted_reason_prepositions={"welcome": "für"},
    object_phrase_lemmas={"speak of": "von"},
    construction_cues=frozenset(["call", "describe", "speak of"]),
    question_openers=frozenset(["ob"]),
    asked_question_words=frozenset(
        ["ob", "warum", "wieso", "weshalb", "weswegen", "wie", "wann", "wo", "wohin", "woher", "wer"]
        + ["wen", "wem", "was", "welche", "welcher", "welches", "welchen", "inwiefern", "inwieweit"]
        + ["wofür", "womit"]
    ),
    according_to_adverbs=frozenset(["laut"]),
    split_coordinated_reports=True,
    infinitive_infix="zu",
    purpose_infinitive_openers=frozenset(["um", "ohne", "statt", "anstatt"]),
    # "kämpfen um", "werben um": "versprach, um jeden Job zu kämpfen" is the promise, not a purpose
    opener_governing_infinitives=frozenset(
        ["kämpfen", "ringen", "werben", "kümmern", "bemühen", "streiten", "buhlen", "feilschen", "bangen"]
    ),
)

# The speech-act class of each cue lemma (the lemmas are the English canonical verbs this file maps its
# cues to; LanguageData.speech_act): what editors sort quotes by. Plain reporting verbs assert.
SPEECH_ACTS_DE = {
    **dict.fromkeys(
        [
            *["say", "tell", "state", "note", "add", "stress", "argue", "claim", "reaffirm"],
            *["affirm", "reply", "respond", "conclude", "insist", "explain", "confirm"],
            *["reiterate", "declare", "assert", "comment", "continue", "recall", "reveal"],
            *["testify", "write", "tweet", "believe", "think", "underline", "clarify", "indicate"],
            *["report", "quip", "retort", "recount", "answer", "assure", "point out", "sum up"],
            *["exclaim", "remark", "observe", "mention", "find", "suggest", "hope", "according to"],
            "opine",
        ],
        "assert",
    ),
    **dict.fromkeys(["deny", "dispute", "reject", "rule out", "disapprove"], "deny"),
    **dict.fromkeys(["admit", "concede", "acknowledge", "agree", "apologise"], "concede"),
    **dict.fromkeys(
        ["urge", "call on", "call for", "demand", "appeal", "advise", "advocate", "propose"], "urge"
    ),
    **dict.fromkeys(["promise", "vow", "pledge"], "promise"),
    **dict.fromkeys(["warn", "caution"], "warn"),
    **dict.fromkeys(["allege", "accuse"], "accuse"),
    **dict.fromkeys(["ask", "wonder", "question"], "ask"),
    **dict.fromkeys(["describe", "qualify", "call", "speak of"], "describe"),
    **dict.fromkeys(["praise", "welcome", "hail"], "praise"),
    **dict.fromkeys(["criticise", "denounce", "complain", "lament", "protest", "condemn"], "criticise"),
    **dict.fromkeys(["announce"], "announce"),
    **dict.fromkeys(["predict", "estimate", "forecast", "expect"], "predict"),
}
LANGUAGE = LANGUAGE.with_speech_acts(SPEECH_ACTS_DE)

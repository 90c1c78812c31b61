"""French: « guillemets », a déclaré / a-t-il dit, selon, que."""

from __future__ import annotations

from attribution.parsing.languages.base import LanguageData

_VERBS = {
    # participle, present 3sg, lemma (English gloss used as the normalised cue verb)
    "déclaré": ("déclare", "say"), "dit": ("dit", "say"), "affirmé": ("affirme", "state"),
    "ajouté": ("ajoute", "add"), "souligné": ("souligne", "stress"), "estimé": ("estime", "argue"),
    "expliqué": ("explique", "explain"), "indiqué": ("indique", "state"), "précisé": ("précise", "clarify"),
    "assuré": ("assure", "assure"), "averti": ("avertit", "warn"), "insisté": ("insiste", "insist"),
    "rappelé": ("rappelle", "recall"), "annoncé": ("annonce", "announce"), "confirmé": ("confirme", "confirm"),
    "reconnu": ("reconnaît", "acknowledge"), "nié": ("nie", "deny"), "démenti": ("dément", "deny"),
    "répondu": ("répond", "reply"), "martelé": ("martèle", "stress"), "lancé": ("lance", "say"),
    "déploré": ("déplore", "lament"), "dénoncé": ("dénonce", "denounce"), "jugé": ("juge", "argue"),
    "poursuivi": ("poursuit", "continue"), "conclu": ("conclut", "conclude"), "admis": ("admet", "admit"),
    "prévenu": ("prévient", "warn"), "plaidé": ("plaide", "argue"), "confié": ("confie", "tell"),
    "raconté": ("raconte", "recount"), "noté": ("note", "note"), "observé": ("observe", "observe"),
    "relevé": ("relève", "note"), "promis": ("promet", "promise"), "écrit": ("écrit", "write"),
    "tweeté": ("tweete", "tweet"), "déclaré à": ("déclare à", "tell"), "réaffirmé": ("réaffirme", "reaffirm"),
    "répété": ("répète", "reiterate"), "soutenu": ("soutient", "argue"), "ironisé": ("ironise", "quip"),
    "commenté": ("commente", "comment"), "résumé": ("résume", "sum up"), "fait valoir": ("fait valoir", "argue"),
    "fait savoir": ("fait savoir", "state"), "prédit": ("prédit", "predict"), "accusé": ("accuse", "allege"),
    "regretté": ("regrette", "lament"), "rétorqué": ("rétorque", "retort"), "tranché": ("tranche", "state"),
}
_AUX = ("a", "avait", "ont", "avaient", "aura")
_CUES: dict[str, str] = {}
_INVERTED: dict[str, str] = {}
for _pp, (_present, _lemma) in _VERBS.items():
    _CUES[_present] = _lemma
    for _aux in _AUX:
        _CUES[f"{_aux} {_pp}"] = _lemma
        _CUES[f"{_aux} également {_pp}"] = _lemma
        _CUES[f"{_aux} encore {_pp}"] = _lemma
        _CUES[f"{_aux} aussi {_pp}"] = _lemma
    for _pron in ("il", "elle", "ils", "elles", "on"):
        _aux = "ont" if _pron in ("ils", "elles") else "a"
        for _form in (f"{_aux}-t-{_pron} {_pp}", f"{_aux}-{_pron} {_pp}", f"{_present}-t-{_pron}",
                      f"{_present}-{_pron}", f"{_aux}-t-{_pron} encore {_pp}", f"{_aux}-t-{_pron} ajouté"):
            _CUES[_form] = _lemma
            _INVERTED[_form] = _pron
for _form in ("selon", "d'après", "d’après"):
    _CUES.pop(_form, None)

LANGUAGE = LanguageData(
    code="fr",
    name="French",
    script="Latin",
    stopwords=frozenset(
        "le la les de des du un une et est en que qui dans pour pas sur au aux par avec il elle ce cette "
        "ont été sont a selon mais ne plus son sa ses leur".split()
    ),
    cues=_CUES,
    bare_clause_lemmas=frozenset(),
    inverted_pronoun_cues=_INVERTED,
    complementizers=("que", "qu'", "qu’"),
    according_to=("selon", "d'après", "d’après", "aux yeux de"),
    pronouns={"il": "m", "elle": "f", "ils": "p", "elles": "p", "on": "?"},
    honorifics={"m.": "m", "m": "m", "mme": "f", "mme.": "f", "mlle": "f", "me": "?", "dr": "?", "pr": "?"},
    titles={
        "ministre des affaires étrangères": "foreign_minister", "chef de la diplomatie": "foreign_minister",
        "premier ministre": "head_of_government", "première ministre": "head_of_government",
        "ministre": "minister", "président": "head_of_state", "présidente": "head_of_state",
        "ambassadeur": "ambassador", "ambassadrice": "ambassador", "diplomate": "diplomat",
        "porte-parole": "spokesperson", "secrétaire général": "secretary_general",
        "secrétaire générale": "secretary_general", "maire": "mayor", "député": "legislator",
        "députée": "legislator", "sénateur": "legislator", "sénatrice": "legislator", "juge": "judge",
        "procureur": "prosecutor", "procureure": "prosecutor", "avocat": "lawyer", "avocate": "lawyer",
        "directeur": "executive", "directrice": "executive", "patron": "executive", "patronne": "executive",
        "entraîneur": "coach", "sélectionneur": "coach", "capitaine": "player", "joueur": "player",
        "chef": "chief", "dirigeant": "leader", "dirigeante": "leader", "responsable": "official",
        "représentant": "representative", "représentante": "representative", "envoyé": "envoy",
        "envoyée": "envoy", "homologue": "counterpart", "syndicaliste": "activist", "préfet": "governor",
        "préfète": "governor", "commissaire": "police", "expert": "expert", "experte": "expert",
        "économiste": "expert", "chercheur": "expert", "chercheuse": "expert", "élu": "legislator",
        "élue": "legislator", "conseiller": "official", "conseillère": "official",
    },
    speaker_nouns={
        "ministère": "organisation", "gouvernement": "organisation", "élysée": "organisation",
        "communiqué": "document", "source": "source", "sources": "source", "entourage": "source",
        "police": "organisation", "parquet": "prosecutor", "syndicat": "organisation",
        "entreprise": "organisation", "groupe": "organisation", "tribunal": "organisation",
        "responsable": "official", "responsables": "official", "diplomate": "diplomat",
    },
    demonyms={
        "français": "france", "française": "france", "russe": "russie", "allemand": "allemagne",
        "allemande": "allemagne", "britannique": "royaume-uni", "américain": "états-unis",
        "américaine": "états-unis", "chinois": "chine", "chinoise": "chine", "italien": "italie",
        "italienne": "italie", "espagnol": "espagne", "espagnole": "espagne", "belge": "belgique",
        "suisse": "suisse", "canadien": "canada", "canadienne": "canada", "marocain": "maroc",
        "algérien": "algérie", "tunisien": "tunisie", "sénégalais": "sénégal", "ivoirien": "côte d'ivoire",
    },
    determiners=frozenset("le la les l' l’ un une des du ce cette ces son sa ses leur leurs".split()),
    function_words=frozenset(
        "le la les l' l’ un une des du de d' d’ et ou mais que qu' qu’ qui dont où ce cette ces son sa ses "
        "leur leurs il elle ils elles on nous vous je tu à au aux en dans par pour sur avec sans sous "
        "entre vers chez est sont était a ont avait été être ne pas plus aussi également encore puis "
        "alors lors après avant depuis pendant selon mardi lundi mercredi jeudi vendredi samedi dimanche "
        "hier aujourd'hui demain".split()
    ),
    name_connectors=frozenset("de du des la le van von d' d’ ben ibn al el".split()),
    cue_fillers=frozenset("également encore aussi ensuite alors déjà pourtant lundi mardi mercredi jeudi "
                          "vendredi samedi dimanche hier".split()),
    coordinators=("et", "mais"),
    relative_pronouns=frozenset({"qui", "dont", "lequel", "laquelle"}),
    prepositions=frozenset("de du des à au aux en pour chez".split()),
    sentence_end=".!?",
    abbreviations=frozenset("m mme mlle dr pr st me etc av apr".split()),
    adverbial_openers=frozenset(
        "quand lorsque alors comme après avant si bien parce interrogé interrogée interrogés interrogées "
        "interviewé interviewée s'exprimant invité invitée lors dans en".split()
    ),
    naming_words=frozenset("appelé appelée intitulé intitulée baptisé baptisée dit dite surnommé "
                           "surnommée livre film slogan opération projet".split()),
)

"""French: « guillemets », a déclaré / a-t-il dit, selon, que."""

from __future__ import annotations

from attribution.parsing.languages.base import LanguageData

_VERBS = {
    # participle, present 3sg, lemma (English gloss used as the normalised cue verb)
    "déclaré": ("déclare", "say"),
    "dit": ("dit", "say"),
    "affirmé": ("affirme", "state"),
    "ajouté": ("ajoute", "add"),
    "souligné": ("souligne", "stress"),
    "estimé": ("estime", "argue"),
    "expliqué": ("explique", "explain"),
    "indiqué": ("indique", "state"),
    "précisé": ("précise", "clarify"),
    "assuré": ("assure", "assure"),
    "averti": ("avertit", "warn"),
    "insisté": ("insiste", "insist"),
    "rappelé": ("rappelle", "recall"),
    "annoncé": ("annonce", "announce"),
    "confirmé": ("confirme", "confirm"),
    "reconnu": ("reconnaît", "acknowledge"),
    "nié": ("nie", "deny"),
    "démenti": ("dément", "deny"),
    "répondu": ("répond", "reply"),
    "martelé": ("martèle", "stress"),
    "lancé": ("lance", "say"),
    "déploré": ("déplore", "lament"),
    "dénoncé": ("dénonce", "denounce"),
    # 'a jugé cette prévision « optimiste »': a naming cue as well as a clause one ("a jugé que")
    "jugé": ("juge", "judge"),
    "poursuivi": ("poursuit", "continue"),
    "conclu": ("conclut", "conclude"),
    "admis": ("admet", "admit"),
    "prévenu": ("prévient", "warn"),
    "plaidé": ("plaide", "argue"),
    "confié": ("confie", "tell"),
    "raconté": ("raconte", "recount"),
    "noté": ("note", "note"),
    "observé": ("observe", "observe"),
    "relevé": ("relève", "note"),
    "promis": ("promet", "promise"),
    "écrit": ("écrit", "write"),
    "tweeté": ("tweete", "tweet"),
    "déclaré à": ("déclare à", "tell"),
    "réaffirmé": ("réaffirme", "reaffirm"),
    "répété": ("répète", "reiterate"),
    "soutenu": ("soutient", "argue"),
    "ironisé": ("ironise", "quip"),
    "commenté": ("commente", "comment"),
    "résumé": ("résume", "sum up"),
    "fait valoir": ("fait valoir", "argue"),
    "fait savoir": ("fait savoir", "state"),
    "prédit": ("prédit", "predict"),
    "accusé": ("accuse", "allege"),
    "regretté": ("regrette", "lament"),
    "rétorqué": ("rétorque", "retort"),
    "corrigé": ("corrige", "retort"),  # "— …, corrige la magistrate" (never "corrige sa copie": no report)
    "tranché": ("tranche", "state"),
    # 'un projet qu'il a qualifié d'« effort partagé »': the quoted words are the whole complement
    "qualifié": ("qualifie", "describe"),
    # 'a appelé les deux parties à « reprendre le dialogue »', 'a exhorté les élus à voter'
    "appelé": ("appelle", "call on"),
    "exhorté": ("exhorte", "urge"),
    "salué": ("salue", "welcome"),
    # Quebec and wire French: "a mentionné que", "a laissé entendre que", "a convenu que"
    "mentionné": ("mentionne", "mention"),
    "laissé entendre": ("laisse entendre", "suggest"),
    "convenu": ("convient", "agree"),
    "garanti": ("garantit", "assure"),
    "réclamé": ("réclame", "demand"),
    "exigé": ("exige", "demand"),
    "enjoint": ("enjoint", "urge"),
    "juré": ("jure", "vow"),
}
_VERBS.update(
    {
        # present-tense incises of French reporting ("…, souffle-t-il", "…, s'indigne Julie Petit")
        "soufflé": ("souffle", "say"),
        "soupiré": ("soupire", "lament"),
        "souri": ("sourit", "say"),
        "lâché": ("lâche", "say"),
        "glissé": ("glisse", "say"),
        "tempêté": ("tempête", "say"),
        "pesté": ("peste", "say"),
        "avoué": ("avoue", "admit"),
        "témoigné": ("témoigne", "testify"),
        "asséné": ("assène", "stress"),
        "analysé": ("analyse", "argue"),
        "abondé": ("abonde", "agree"),
        "nuancé": ("nuance", "qualify"),
        "complété": ("complète", "add"),
        "renchéri": ("renchérit", "add"),
        "plaisanté": ("plaisante", "quip"),
        "détaillé": ("détaille", "explain"),
        "signalé": ("signale", "state"),
        "révélé": ("révèle", "reveal"),
        "reconnu": ("reconnaît", "acknowledge"),
        # more wire and political-press verbs ("a réagi X", "a concédé l'entraîneur", "a taclé le député")
        "réagi": ("réagit", "say"),
        "concédé": ("concède", "admit"),
        "répliqué": ("réplique", "retort"),
        "objecté": ("objecte", "retort"),
        "protesté": ("proteste", "protest"),
        "tempéré": ("tempère", "qualify"),
        "relativisé": ("relativise", "qualify"),
        "tonné": ("tonne", "say"),
        "fustigé": ("fustige", "denounce"),
        "taclé": ("tacle", "denounce"),
        "raillé": ("raille", "quip"),
        "grincé": ("grince", "say"),
        "fait remarquer": ("fait remarquer", "note"),
        "fait observer": ("fait observer", "note"),
        "mis en garde": ("met en garde", "warn"),
        "rapporté": ("rapporte", "recount"),
        "considéré": ("considère", "argue"),
        "requis": ("requiert", "argue"),
        "avancé": ("avance", "argue"),
        "enchaîné": ("enchaîne", "continue"),
    }
)
_REFLEXIVE = {
    "s'indigne": "lament",
    "s'insurge": "protest",
    "s'inquiète": "warn",
    "s'étonne": "say",
    "s'agace": "say",
    "se félicite": "welcome",
    "se réjouit": "welcome",
    "se désole": "lament",
    "s'emporte": "say",
    "s'exclame": "exclaim",
    "s'interroge": "ask",
    "se souvient": "recall",
    "s'amuse": "quip",
    "se défend": "deny",
    "s'énerve": "say",
    "s'engage": "vow",
}
_REFLEXIVE_PP = {
    "s'indigne": "indigné",
    "s'insurge": "insurgé",
    "s'inquiète": "inquiété",
    "s'étonne": "étonné",
    "s'agace": "agacé",
    "se félicite": "félicité",
    "se réjouit": "réjoui",
    "se désole": "désolé",
    "s'emporte": "emporté",
    "s'exclame": "exclamé",
    "s'interroge": "interrogé",
    "se souvient": "souvenu",
    "s'amuse": "amusé",
    "se défend": "défendu",
    "s'énerve": "énervé",
    "s'engage": "engagé",
}
_ADVERBIALS = (
    "pour sa part",
    "pour leur part",
    "de son côté",
    "de leur côté",
    "quant à lui",
    "quant à elle",
    "toutefois",
    "cependant",
    "néanmoins",
    "pourtant",
    "ensuite",
    "enfin",
    "déjà",
    "d'ailleurs",
    "d’ailleurs",
    "par ailleurs",
    "notamment",
)
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
        for _adv in _ADVERBIALS:  # "a pour sa part assuré", "a de son côté estimé"
            _CUES[f"{_aux} {_adv} {_pp}"] = _lemma
    # the stressed pronoun set off between auxiliary and participle: "Le maire a, lui, assuré que …",
    # "Les syndicats ont, eux, dénoncé « … »"
    for _aux, _stressed in (("a", "lui"), ("a", "elle"), ("ont", "eux"), ("ont", "elles")):
        _CUES[f"{_aux}, {_stressed}, {_pp}"] = _lemma
    for _pron in ("il", "elle", "ils", "elles", "on"):
        _aux = "ont" if _pron in ("ils", "elles") else "a"
        for _form in (
            f"{_aux}-t-{_pron} {_pp}",
            f"{_aux}-{_pron} {_pp}",
            f"{_present}-t-{_pron}",
            f"{_present}-{_pron}",
            f"{_aux}-t-{_pron} encore {_pp}",
            f"{_aux}-t-{_pron} ajouté",
        ):
            _CUES[_form] = _lemma
            _INVERTED[_form] = _pron
# the third person plural of the present: "Les syndicats affirment que …", "…, estiment-ils"
# (regular verbs add -nt to the singular; the few others are listed)
_PLURAL_PRESENT = {
    *["dit:disent", "reconnaît:reconnaissent", "avertit:avertissent", "dément:démentent"],
    *["promet:promettent", "prévient:préviennent", "admet:admettent"],
}
_PLURAL_OF = dict(pair.split(":") for pair in _PLURAL_PRESENT)
for _pp, (_present, _lemma) in _VERBS.items():
    _plural = _PLURAL_OF.get(_present) or (_present + "nt" if _present.endswith("e") else "")
    if not _plural:
        continue
    _CUES.setdefault(_plural, _lemma)
    for _pron in ("ils", "elles"):
        _CUES[f"{_plural}-{_pron}"] = _lemma
        _INVERTED[f"{_plural}-{_pron}"] = _pron
for _refl, _lemma in _REFLEXIVE.items():
    _CUES[_refl] = _lemma
    # the perfect: "…, s'est agacée la ministre"
    _pp = _REFLEXIVE_PP[_refl]
    for _aux_form in ("s'est", "s’est"):
        for _end in ("", "e"):
            _CUES[f"{_aux_form} {_pp}{_end}"] = _lemma
    _stem = _refl.split("'")[-1].split(" ")[-1]
    for _pron in ("il", "elle"):
        # "s'agace-t-il" after a vowel, "se souvient-il" / "se défend-elle" after t or d
        _inv = f"{_stem}-{_pron}" if _stem.endswith(("t", "d")) else f"{_stem}-t-{_pron}"
        for _form in (_inv, f"{_refl[:-len(_stem)]}{_inv}"):  # "agace-t-il", "s'agace-t-il"
            _CUES[_form] = _lemma
            _INVERTED[_form] = _pron
    if _stem.endswith("e"):
        # the plural: "Les parents s'interrogent …", "« … ? », s'interrogent-elles"
        _prefix = _refl[: -len(_stem)]
        _CUES.setdefault(f"{_prefix}{_stem}nt", _lemma)
        for _pron in ("ils", "elles"):
            for _form in (f"{_stem}nt-{_pron}", f"{_prefix}{_stem}nt-{_pron}"):
                _CUES[_form] = _lemma
                _INVERTED[_form] = _pron
# "X s'est dit convaincu que …", "elle se dit persuadée que …": a stance declared, with its clause
for _m, _f, _lemma in (
    ("convaincu", "convaincue", "say"),
    ("persuadé", "persuadée", "say"),
    ("certain", "certaine", "say"),
    ("sûr", "sûre", "say"),
    ("confiant", "confiante", "say"),
    ("inquiet", "inquiète", "warn"),
    ("favorable", "favorable", "say"),
    ("opposé", "opposée", "say"),
):
    for _ap in ("'", "’"):
        for _form in (
            f"s{_ap}est dit {_m}",
            f"s{_ap}est dite {_f}",
            f"se dit {_m}",
            f"se dit {_f}",
            f"se disent {_m}s",
            f"se sont dits {_m}s",
            f"se sont dites {_f}s",
        ):
            _CUES[_form] = _lemma
# "…, a-t-on appris auprès de la gendarmerie": learning is speech only for the impersonal reporter
for _form in ("a-t-on appris", "apprend-on", "a-t-on encore appris"):
    _CUES[_form] = "report"
    _INVERTED[_form] = "on"
# 'X s'est dit « très fier » du groupe': the declared state is the quotation
for _ap in ("'", "’"):
    for _form in (f"s{_ap}est dit", f"s{_ap}est dite", "se sont dits", "se sont dites"):
        _CUES[_form] = "say"
# "…, a communiqué le club": only with its auxiliary (the bare word is the noun "un communiqué")
for _aux in _AUX:
    _CUES[f"{_aux} communiqué"] = "state"
for _form in ("selon", "d'après", "d’après"):
    _CUES.pop(_form, None)
# present participles that go on with the sentence's speaker: "…, assurant que les classes moyennes
# seraient « épargnées »" (the subject is the main clause's)
_CONTINUATION = {
    "ajoutant": "add",
    "assurant": "assure",
    "affirmant": "state",
    "estimant": "argue",
    "soulignant": "stress",
    "précisant": "clarify",
    "expliquant": "explain",
    "indiquant": "state",
    "rappelant": "recall",
    "jugeant": "argue",
    "promettant": "promise",
    "annonçant": "announce",
    "dénonçant": "denounce",
    "martelant": "stress",
    "reconnaissant": "acknowledge",
    "prévenant": "warn",
    # "…, appelant les salariés à « se mobiliser »": the object and its infinitive
    "appelant": "call on",
    "exhortant": "urge",
}
# a second participle after "et" shares the first one's auxiliary and subject: "La CGT a qualifié le
# projet de « … » et promis de poursuivre le mouvement", "a dénoncé l'accord et estimé que …"
for _pp in (
    *["ajouté", "estimé", "affirmé", "assuré", "promis", "précisé", "indiqué", "souligné", "expliqué"],
    *["jugé", "rappelé", "reconnu", "annoncé", "dénoncé", "déclaré", "averti", "prévenu", "martelé"],
):
    _CONTINUATION[f"et {_pp}"] = _VERBS[_pp][1]
_CUES.update(_CONTINUATION)

# les jours : noms du calendrier, mots de fonction et remplissage avant un verbe (« a déclaré lundi »)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# noms des mois et des jours (jamais le début d'un nom)
CALENDAR_WORDS = frozenset(
    [
        *WEEKDAYS,
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
)

# un nom qui contient l'un de ces mots est une organisation, pas une personne
ORG_WORDS = frozenset(
    [
        "afp",
        "agence",
        "ambassade",
        "armée",
        "assemblée",
        "association",
        "autorité",
        "aéroport",
        "banque",
        "bureau",
        "club",
        "comité",
        "commission",
        "compagnie",
        "conférence",
        "conseil",
        "cour",
        "fc",
        "fondation",
        "fonds",
        "forces",
        "fédération",
        "gendarmerie",
        "gouvernement",
        "groupe",
        "hôpital",
        "institut",
        "kremlin",
        "ligue",
        "mairie",
        "marine",
        "matignon",
        "ministère",
        "nations",
        "organisation",
        "parlement",
        "parti",
        "police",
        "préfecture",
        "quartet",
        "régie",
        "municipalité",
        "collectif",
        "rectorat",
        "mutuelle",
        "reuters",
        "royaume",
        "république",
        "société",
        "sommet",
        "syndicat",
        "sénat",
        "tass",
        "tribunal",
        "union",
        "université",
        "école",
        "élysée",
    ]
)


LANGUAGE = LanguageData(
    code="fr",
    name="French",
    script="Latin",
    # titles kept in the name of a holder known by one name ("Pope Francis")
    regnal_titles=frozenset(
        ["pape", "roi", "reine", "prince", "princesse", "empereur", "impératrice", "sultan", "émir"]
    ),
    calendar_words=CALENDAR_WORDS,
    org_words=ORG_WORDS,
    name_prepositions=frozenset(["de"]),
    possessive_determiners=frozenset(["son", "sa", "ses", "leur", "leurs"]),
    date_prepositions=frozenset(["le"]),
    phrase_stops=frozenset(["lors", "après", "avant", "pendant", "dans", "devant", "à", "auprès"]),
    head_prepositions=frozenset(["de", "du", "des"]),
    quantifiers=frozenset(
        ["un", "une", "l'un", "l’un", "l'une", "l’une", "plusieurs", "certains", "certaines"]
    ),
    subordinators=frozenset(["et", "mais", "alors", "quand", "lorsque", "tandis", "car", "puis"]),
    company_suffixes=frozenset(["sa", "sas", "sarl", "group", "groupe", "holding"]),
    stopwords=frozenset(
        [
            "le",
            "la",
            "les",
            "de",
            "des",
            "du",
            "un",
            "une",
            "et",
            "est",
            "en",
            "que",
            "qui",
            "dans",
            "pour",
            "pas",
            "sur",
            "au",
            "aux",
            "par",
            "avec",
            "il",
            "elle",
            "ce",
            "cette",
            "ont",
            "été",
            "sont",
            "a",
            "selon",
            "mais",
            "ne",
            "plus",
            "son",
            "sa",
            "ses",
            "leur",
        ]
    ),
    cues=_CUES,
    bare_clause_lemmas=frozenset(),
    continuation_forms=frozenset(_CONTINUATION),
    split_coordinated_reports=True,
    description_markers=frozenset(["d'", "d’", "de"]),
    inverted_pronoun_cues=_INVERTED,
    complementizers=("que", "qu'", "qu’"),
    according_to=(
        *["selon", "d'après", "d’après", "aux yeux de", "pour", "à en croire", "aux dires de"],
        *["à l'en croire", "à l’en croire", "à les en croire"],
    ),
    according_to_anaphoric=frozenset(["à l'en croire", "à l’en croire", "à les en croire"]),
    latter_phrases=frozenset(["ce dernier", "cette dernière", "ces derniers", "ces dernières"]),
    appositive_breakers=frozenset(["mais", "pourtant", "donc"]),
    free_relative_heads=frozenset(["ce", "celui", "celle", "ceux", "celles"]),
    # "Les données de l'Insee indiquent que …", "les chiffres révèlent que …": evidence, no speaker
    evidence_lemmas=frozenset(["state", "reveal", "stress"]),
    evidence_nouns=frozenset(
        [
            *["données", "chiffres", "statistiques", "relevés", "indicateurs", "comptes"],
            *["sondage", "sondages", "enquête", "étude", "études"],
        ]
    ),
    # "Le syndicat a fait savoir …" right after "Pour la FIQ, …": the body that spoke last
    anaphoric_body_nouns=frozenset(
        ["syndicat", "ministère", "agence", "association", "fédération", "organisation", "collectif"]
    ),
    according_to_persons=("pour",),
    # the conditional of unconfirmed, reported claims ("Selon des sources parlementaires, le ministre
    # aurait menacé de démissionner. Il aurait obtenu …"): a next sentence with one of these and no cue
    # of its own goes on with the report; only the auxiliary "avoir", never "serait" ("Une telle mesure
    # serait une première": the writer's own hedge, as are "pourrait" and "devrait")
    reported_mood_forms=frozenset(["aurait", "auraient"]),
    # the conditional's endings on other verbs ("Le consortium réclamerait déjà des indemnités"), not
    # "-rait" alone ("pourrait", "devrait", "faudrait": the writer's own hedges)
    reported_mood_endings=("erait", "eraient", "irait", "iraient"),
    reported_mood_auxiliaries=frozenset(["serait", "seraient"]),
    reported_mood_aux_prepositions=frozenset(
        ["sur", "dans", "en", "à", "au", "aux", "sous", "chez", "parmi"]
    ),
    hedge_subjects=frozenset(["ce", "c'", "c’", "cela", "ça", "il"]),
    mood_ending_clitics=frozenset(["le", "la", "les", "l'", "l’"]),
    # "Le projet, explique le maire, appartient / reste / coûtera / va …": a third person's endings
    tail_verb_suffixes=("e", "t", "a"),
    # ("ne", "n'", "y", "en", "se": the clitics before a finite verb)
    verb_clitics=frozenset(["ne", "n'", "n’", "y", "en", "se", "s'", "s’", "lui", "leur"]),
    mixed_tail_clause_only=True,
    dialogue_comma_incise=True,
    gerund_markers=frozenset(["en"]),
    present_participle_suffix="ant",
    dialogue_incise_verbs=frozenset(
        [
            *["demande", "interroge", "questionne", "reprend", "coupe"],
            # (the participle after an auxiliary: "— …, a demandé le président")
            *["demandé", "interrogé", "questionné", "repris", "coupé"],
        ]
    ),
    opinion_orgs=frozenset(
        [
            *["syndicat", "syndicats", "parquet", "cour", "tribunal", "patronat", "opposition", "parti"],
            *["gouvernement", "exécutif", "ministère", "défense", "accusation", "intersyndicale"],
            # trade bodies and lobbies: "Pour la fédération, …", "Pour le lobby agricole, …"
            *["lobby", "fédération", "association", "confédération", "collectif"],
            # a party's members: "Pour les écologistes, …"
            *["écologistes", "socialistes", "communistes", "insoumis", "centristes", "macronistes"],
        ]
    ),
    # articles and possessives only ever before a noun ("une réponse", "son constat"); not "le", "la",
    # "les", "l'", "leur": also clitics before a verb ("le confie", "leur a dit")
    noun_determiners=frozenset(
        ["un", "une", "du", "au", "aux", "son", "sa", "ses", "ce", "cet", "cette", "ces", "mon", "ma"]
    ),
    inversion_fillers=(
        *[("pour", "sa", "part"), ("pour", "leur", "part"), ("de", "son", "côté"), ("de", "leur", "côté")],
        *[("à", "son", "tour"), ("quant", "à", "lui"), ("quant", "à", "elle")],
    ),
    pronouns={"il": "m", "elle": "f", "ils": "p", "elles": "p", "on": "?"},
    honorifics={"m.": "m", "m": "m", "mme": "f", "mme.": "f", "mlle": "f", "me": "?", "dr": "?", "pr": "?"},
    titles={
        "ministre des affaires étrangères": "foreign_minister",
        "chef de la diplomatie": "foreign_minister",
        "premier ministre": "head_of_government",
        "chef du gouvernement": "head_of_government",
        "cheffe du gouvernement": "head_of_government",
        "chef de l'état": "head_of_state",
        "cheffe de l'état": "head_of_state",
        "chef de l'exécutif": "head_of_government",
        "première ministre": "head_of_government",
        "ministre": "minister",
        "président": "head_of_state",
        "présidente": "head_of_state",
        "ambassadeur": "ambassador",
        "ambassadrice": "ambassador",
        "diplomate": "diplomat",
        "porte-parole": "spokesperson",
        "secrétaire général": "secretary_general",
        "secrétaire générale": "secretary_general",
        "maire": "mayor",
        "adjoint": "politician",  # "l'adjointe aux travaux", "l'adjoint au maire"
        "adjointe": "politician",
        "député": "legislator",
        "députée": "legislator",
        "sénateur": "legislator",
        "sénatrice": "legislator",
        "juge": "judge",
        "procureur": "prosecutor",
        "procureure": "prosecutor",
        "avocat": "lawyer",
        "avocate": "lawyer",
        "directeur": "executive",
        "directrice": "executive",
        "patron": "executive",
        "patronne": "executive",
        "entraîneur": "coach",
        "sélectionneur": "coach",
        "capitaine": "player",
        "joueur": "player",
        "chef": "chief",
        "dirigeant": "leader",
        "dirigeante": "leader",
        "responsable": "official",
        "représentant": "representative",
        "représentante": "representative",
        "envoyé": "envoy",
        "envoyée": "envoy",
        "homologue": "counterpart",
        "syndicaliste": "activist",
        "préfet": "governor",
        "préfète": "governor",
        "commissaire": "police",
        "expert": "expert",
        "experte": "expert",
        "économiste": "expert",
        "chercheur": "expert",
        "chercheuse": "expert",
        "élu": "politician",
        "élue": "politician",
        "conseiller": "official",
        "conseillère": "official",
        "magistrat": "magistrate",
        "magistrate": "magistrate",
        "prévenu": "defendant",
        "prévenue": "defendant",
        "accusé": "defendant",  # "l'accusé" of a cour d'assises (the verb "a accusé" is a cue apart)
        "accusée": "defendant",
        "technicien": "coach",
        "manager": "coach",
        "témoin": "witness",
        "habitant": "witness",
        "habitante": "witness",
        "militant": "activist",
        "militante": "activist",
        "officier": "officer",
        "lieutenant": "military",
        "commandant": "military",
        "colonel": "military",
        "général": "military",
        "adjudant": "military",
        "brigadier": "police",
        "pompier": "worker",
        "policier": "police",
        "enquêteur": "police",  # "Selon les enquêteurs, …"
        "enquêtrice": "police",
        "policière": "police",
        "gendarme": "police",
        "médecin": "medic",
        "infirmier": "medic",
        "infirmière": "medic",
        "agriculteur": "worker",
        "agricultrice": "worker",
        "demi d'ouverture": "player",
        "ailier": "player",
        "attaquant": "player",
        "gardien": "player",
        # company and money people ("estime la PDG et cofondatrice de X", "l'ancien gérant du bar")
        "pdg": "executive",
        "p-dg": "executive",
        "directeur général": "executive",
        "directrice générale": "executive",
        "fondateur": "executive",
        "fondatrice": "executive",
        "cofondateur": "executive",
        "cofondatrice": "executive",
        "gérant": "executive",
        "gérante": "executive",
        "banquier": "executive",
        "banquière": "executive",
        "investisseur": "executive",
        "investisseuse": "executive",
        "analyste": "expert",
        "professeur": "expert",
        "professeure": "expert",
        "universitaire": "expert",
        "politologue": "expert",
        "sociologue": "expert",
        "historien": "expert",
        "historienne": "expert",
        "juriste": "expert",
        "spécialiste": "expert",
        "urbaniste": "expert",
        "mairesse": "mayor",
        "chef de l'opposition": "leader",
        "associé": "executive",
        "associée": "executive",
        "avocat général": "prosecutor",
        "avocate générale": "prosecutor",
        "substitut": "prosecutor",
        "bâtonnier": "lawyer",
        "bâtonnière": "lawyer",
        "ministre de la justice": "minister",
        "porte-parole du gouvernement": "spokesperson",
        "syndic": "official",
        # the bench: "le président du tribunal, X", "la présidente de la cour d'assises"
        "président du tribunal": "magistrate",
        "présidente du tribunal": "magistrate",
        "président de la cour": "magistrate",
        "présidente de la cour": "magistrate",
        "juge d'instruction": "judge",
        "juge des enfants": "judge",
        # "l'édile" is the sports pages' and local papers' word for the mayor
        "édile": "mayor",
        "bourgmestre": "mayor",
        # players by position, the way sports pages name them a second time ("le troisième-ligne a
        # confié", "le milieu de terrain a estimé", "a souri l'ailier")
        **dict.fromkeys(
            [
                *["troisième-ligne", "deuxième-ligne", "pilier", "talonneur", "demi de mêlée", "ouvreur"],
                *["arrière", "buteur", "buteuse", "milieu de terrain", "défenseur", "défenseure"],
                *["avant-centre", "latéral", "meneur de jeu", "meneuse de jeu", "joueuse", "gardienne"],
                *["attaquante", "footballeur", "footballeuse", "rugbyman", "basketteur", "basketteuse"],
                *["handballeur", "handballeuse", "tennisman", "tenniswoman", "nageur", "nageuse"],
                *["cycliste", "coureur", "coureuse", "skieur", "skieuse", "pilote", "boxeur", "boxeuse"],
                *["athlète", "sprinteur", "sprinteuse", "judoka", "internationale", "recrue"],
            ],
            "player",
        ),
        **dict.fromkeys(["entraîneuse", "sélectionneuse", "technicienne", "coach"], "coach"),
    },
    speaker_nouns={
        "ministère": "organisation",
        "gouvernement": "organisation",
        "élysée": "organisation",
        "communiqué": "document",
        "source": "source",
        "sources": "source",
        "entourage": "source",
        "police": "organisation",
        "parquet": "prosecutor",
        "syndicat": "organisation",
        "union": "organisation",  # "estime l'union des commerçants"
        "entreprise": "organisation",
        "groupe": "organisation",
        "tribunal": "organisation",
        "responsable": "official",
        "responsables": "official",
        "diplomate": "diplomat",
        "salarié": "person",
        "salariée": "person",
        "employé": "person",
        "employée": "person",
        "défense": "lawyer",
        "accusation": "prosecutor",
        "proche": "source",
        "proches": "source",
        "préfecture": "organisation",
        "mairie": "organisation",
        "gendarmerie": "organisation",
        "société": "organisation",
        "club": "organisation",
        "fédération": "organisation",
        "association": "organisation",
        "commune": "organisation",
        "région": "organisation",
        "ville": "organisation",
        "conseil": "organisation",
        "direction": "organisation",
        "hôpital": "organisation",
        "agence": "organisation",
        "institut": "organisation",
        "rapport": "document",
        "étude": "document",
        "enquête": "document",
        "famille": "relation",
        "voisin": "relation",
        "voisine": "relation",
        # what a ministry or a company issues, and bodies that speak: "précise le texte", "le cabinet de
        # la ministre précise que", "rappelle l'établissement", "a estimé la cour"
        "texte": "document",
        "déclaration": "document",
        "lettre": "document",
        "courrier": "document",
        "note": "document",
        "cabinet": "organisation",
        "établissement": "organisation",
        "présidence": "organisation",
        "chancellerie": "organisation",
        "cour": "organisation",
        "régulateur": "organisation",
        "opérateur": "organisation",
        "palais": "organisation",
        "exécutif": "organisation",
        "institution": "organisation",
        # a person by age, sports and local papers' second reference ("a martelé le septuagénaire")
        **dict.fromkeys(
            [
                *["trentenaire", "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire"],
                *["octogénaire", "nonagénaire", "centenaire", "quadra", "quinqua", "sexa", "septua"],
            ],
            "person",
        ),
        # people in the street, named once with what they do ("Lucas, étudiant en droit, …")
        **dict.fromkeys(
            [
                *["étudiant", "étudiante", "lycéen", "lycéenne", "retraité", "retraitée", "riverain"],
                *["riveraine", "passant", "passante", "usager", "usagère", "commerçant", "commerçante"],
                *["enseignant", "enseignante", "aide-soignant", "aide-soignante", "chauffeur", "ouvrier"],
                *["ouvrière", "artisan", "artisane", "éleveur", "éleveuse", "vigneron", "vigneronne"],
                *["bénévole", "électeur", "électrice", "manifestant", "manifestante"],
                *["gréviste", "supporter", "supportrice", "commerçants", "mère", "père", "client"],
                *["cliente", "patient", "patiente", "victime", "rescapé", "rescapée", "conducteur"],
                *["conductrice", "serveuse", "serveur", "cheminot", "cheminote", "fonctionnaire"],
            ],
            "person",
        ),
        # bodies named again by their kind ("la régie a précisé", "la municipalité assure")
        **dict.fromkeys(
            [
                *["régie", "municipalité", "collectivité", "métropole", "intercommunalité", "ligue"],
                *["collectif", "ong", "assureur", "banque", "transporteur", "fabricant", "laboratoire"],
                *["compagnie", "firme", "enseigne", "constructeur", "parti", "formation", "rectorat"],
                *["office", "autorité", "organisation", "mutuelle", "caisse", "syndicats"],
                # political camps ("l'opposition a dénoncé", "Dans la majorité, on assure que …")
                *["opposition", "majorité", "camp"],
            ],
            "organisation",
        ),
    },
    demonyms={
        "français": "france",
        "française": "france",
        "russe": "russie",
        "allemand": "allemagne",
        "allemande": "allemagne",
        "britannique": "royaume-uni",
        "américain": "états-unis",
        "américaine": "états-unis",
        "chinois": "chine",
        "chinoise": "chine",
        "italien": "italie",
        "italienne": "italie",
        "espagnol": "espagne",
        "espagnole": "espagne",
        "belge": "belgique",
        "suisse": "suisse",
        "canadien": "canada",
        "canadienne": "canada",
        "marocain": "maroc",
        "algérien": "algérie",
        "tunisien": "tunisie",
        "sénégalais": "sénégal",
        "ivoirien": "côte d'ivoire",
    },
    determiners=frozenset(
        [
            "le",
            "la",
            "les",
            "l'",
            "l’",
            "un",
            "une",
            "des",
            "du",
            "ce",
            "cette",
            "ces",
            "son",
            "sa",
            "ses",
            "leur",
            "leurs",
        ]
    ),
    function_words=frozenset(
        [
            "côté",  # "Côté Rochebrune, l'entraîneur …": "on Rochebrune's side", never part of a name
            "le",
            "la",
            "les",
            "l'",
            "l’",
            "un",
            "une",
            "des",
            "du",
            "de",
            "d'",
            "d’",
            "et",
            "ou",
            "mais",
            "que",
            "qu'",
            "qu’",
            "qui",
            "dont",
            "où",
            "ce",
            "cette",
            "ces",
            "son",
            "sa",
            "ses",
            "leur",
            "leurs",
            "il",
            "elle",
            "ils",
            "elles",
            "on",
            "nous",
            "vous",
            "je",
            "tu",
            "à",
            "au",
            "aux",
            "en",
            "dans",
            "par",
            "pour",
            "sur",
            "avec",
            "sans",
            "sous",
            "entre",
            "vers",
            "chez",
            "est",
            "sont",
            "était",
            "a",
            "ont",
            "avait",
            "été",
            "être",
            "ne",
            "pas",
            "plus",
            "aussi",
            "également",
            "encore",
            "puis",
            "alors",
            "lors",
            "après",
            "avant",
            "depuis",
            "pendant",
            "selon",
            "d'après",
            "d’après",
            *WEEKDAYS,
            "hier",
            "aujourd'hui",
            "demain",
        ]
    ),
    name_connectors=frozenset(
        ["de", "du", "des", "la", "le", "van", "von", "d'", "d’", "ben", "ibn", "al", "el"]
    ),
    cue_fillers=frozenset(
        [
            "également",
            "encore",
            "aussi",
            "ensuite",
            "alors",
            "déjà",
            "pourtant",
            *WEEKDAYS,
            "hier",
        ]
    ),
    elided_articles=True,
    # "l'ancien maire", "la nouvelle directrice", "l'ex-ministre": before a title, after its article
    title_modifiers=frozenset(
        ["ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "futur", "future", "actuel", "actuelle", "ex"]
    ),
    honorific_titles={"me": "lawyer", "maître": "lawyer"},
    impersonal_pronouns=frozenset(["on"]),
    participle_suffixes=("é", "ée", "és", "ées"),
    # "a appelé les syndicats à reprendre …", "a promis de « … »", "a jugé le texte « bâclé »"
    infinitive_to=frozenset(["à", "de", "d'"]),
    object_infinitive_lemmas=frozenset(["call on", "urge"]),
    infinitive_lemmas=frozenset(["promise", "vow"]),
    object_preposition_lemmas={"allege": "de", "accuse": "de"},
    naming_lemmas=frozenset(["call", "judge"]),
    # 'a qualifié le texte de « brouillon »', 'qu'il a qualifié d'« effort partagé »': the words only
    description_lemmas={"describe": "de"},
    vocatives=frozenset(["monsieur", "madame", "mademoiselle", "maître"]),
    impersonal_openers=frozenset(["dans", "chez", "du", "côté", "au", "auprès", "à", "parmi"]),
    # French first names shaped like "-ian"/"-ean" nationalities: never guessed to be demonyms
    demonym_like_names=frozenset(
        ["christian", "florian", "killian", "kylian", "dorian", "adrian", "julian", "réjean", "sébastian"]
        + ["maximilian", "damian", "marian", "cyprian", "gatian", "lilian", "vivian", "jordan"]
    ),
    article_genders={"le": "m", "un": "m", "la": "f", "une": "f", "l'": "?", "l’": "?"},
    # "le Vaudois", "la Lyonnaise", "le Valaisan", "l'Ivoirien", "la Québécoise", "le Guadeloupéen"
    demonym_noun_suffixes=(
        *["ois", "oise", "ais", "aise", "ien", "ienne", "éen", "éenne", "ain", "aine", "isan", "isanne"],
    ),
    postnominal_adjectives=True,
    infinitive_suffixes=("er", "ir", "re", "oir"),
    infinitive_markers=frozenset(["avoir", "être"]),
    infinitive_negations=frozenset(["ne", "n'", "n’", "pas", "jamais", "plus", "rien", "guère"]),
    clause_trailers=frozenset(["sans", "au lendemain", "à la veille", "en marge", "citant"]),
    coordinators=("et", "mais"),
    contrast_words=frozenset(["même", "pourtant", "donc", "car"]),
    oblique_markers=frozenset(
        [
            "par",  # "interrogé par Jeune Afrique": the agent of a passive is no speaker here
            "le",
            "la",
            "les",
            "l'",
            "l’",
            "dans",
            "vers",
            "sur",
            "à",
            "en",
            "au",
            "aux",
        ]
    ),
    gendered_words={
        "la": "f",
        "une": "f",
        "présidente": "f",
        "président": "m",
        "directrice": "f",
        "directeur": "m",
        "ambassadrice": "f",
        "ambassadeur": "m",
        "sénatrice": "f",
        "sénateur": "m",
        "députée": "f",
        "député": "m",
        "avocate": "f",
        "avocat": "m",
        "procureure": "f",
        "procureur": "m",
        "chercheuse": "f",
        "chercheur": "m",
        "conseillère": "f",
        "conseiller": "m",
        "élue": "f",
        "élu": "m",
        "représentante": "f",
        "représentant": "m",
        "envoyée": "f",
        "envoyé": "m",
        "dirigeante": "f",
        "dirigeant": "m",
        "patronne": "f",
        "patron": "m",
        "experte": "f",
        "préfète": "f",
        "préfet": "m",
        "magistrate": "f",
        "magistrat": "m",
        "salariée": "f",
        "salarié": "m",
        "joueuse": "f",
        "joueur": "m",
        "entraîneuse": "f",
        "entraîneur": "m",
        "mme": "f",
        "m.": "m",
        "madame": "f",
        "monsieur": "m",
        "mère": "f",
        "père": "m",
        "femme": "f",
        "homme": "m",
        "fille": "f",
        "fils": "m",
        "veuve": "f",
        "habitante": "f",
        "habitant": "m",
        "militante": "f",
        "militant": "m",
        "prévenue": "f",
        "prévenu": "m",
        "accusée": "f",
        "accusé": "m",
        "agricultrice": "f",
        "agriculteur": "m",
        "infirmière": "f",
        "infirmier": "m",
        "fondatrice": "f",
        "mairesse": "f",
        "professeure": "f",
        "historienne": "f",
        "fondateur": "m",
        "cofondatrice": "f",
        "cofondateur": "m",
        "gérante": "f",
        "gérant": "m",
        "banquière": "f",
        "banquier": "m",
        "investisseuse": "f",
        "investisseur": "m",
        "avocate générale": "f",
        "jeune femme": "f",
        "bâtonnière": "f",
    },
    anaphoric_org_nouns=frozenset(
        [
            "société",
            "entreprise",
            "groupe",
            "club",
            "firme",
            "enseigne",
            "constructeur",
            "opérateur",
            "compagnie",
            "équipe",
            "établissement",
            "cabinet",
            "exécutif",
            "régulateur",
            "institution",
            *["régie", "municipalité", "collectivité", "métropole", "intercommunalité"],
            *["assureur", "banque", "transporteur", "fabricant", "laboratoire"],
        ]
    ),
    issued_documents=frozenset(
        ["communiqué", "texte", "déclaration", "lettre", "courrier", "note", "message", "publication"]
    ),
    non_sources=frozenset(
        [
            "chiffre",
            "donnée",
            "statistique",
            "estimation",
            "calcul",
            "décompte",
            "bilan",
            "prévision",
            "classement",
            "indice",
            "information",  # "selon nos informations": the newspaper's own reporting
        ]
    ),
    definite_articles=frozenset(["le", "la", "l'", "l’"]),
    object_pronouns={"lui": "m", "elle": "f", "eux": "p", "elles": "p"},
    lowercase_unnamed_subjects=True,
    cue_circumstance_prepositions=frozenset(["dans", "lors", "devant"]),
    anonymity_infinitive_words=frozenset(
        ["nommé", "nommée", "identifié", "identifiée", "nom", "identité", "anonymat"]
    ),
    plural_group_determiners=frozenset(["les"]),
    indefinites=frozenset(["un", "une"]),
    hearer_markers=frozenset(["à", "au", "aux", "auprès"]),
    clause_verbs=frozenset(
        [
            "est",
            "sont",
            "était",
            "étaient",
            "sera",
            "seront",
            "serait",
            "seraient",
            "a",
            "ont",
            "avait",
            "avaient",
            "aura",
            "aurait",
            "auraient",
            "pourrait",
            "pourraient",
            "doit",
            "doivent",
            "devrait",
        ]
    ),
    relative_pronouns=frozenset({"qui", "dont", "lequel", "laquelle"}),
    prepositions=frozenset(["de", "du", "des", "à", "au", "aux", "en", "pour", "chez"]),
    sentence_end=".!?",
    abbreviations=frozenset(["m", "mme", "mlle", "dr", "pr", "st", "me", "etc", "av", "apr"]),
    adverbial_openers=frozenset(
        [
            "quand",
            "lorsque",
            "alors",
            "comme",
            "après",
            "avant",
            "si",
            "bien",
            "parce",
            "interrogé",
            "interrogée",
            "interrogés",
            "interrogées",
            "interviewé",
            "interviewée",
            "s'exprimant",
            "invité",
            "invitée",
            "lors",
            "dans",
            "en",
        ]
    ),
    naming_words=frozenset(
        [
            "appelé",
            "appelée",
            "intitulé",
            "intitulée",
            "baptisé",
            "baptisée",
            "dit",
            "dite",
            "surnommé",
            "surnommée",
            "livre",
            "film",
            "slogan",
            "opération",
            "projet",
        ]
    ),
)

# The speech-act class of each cue lemma (the lemmas are the English canonical verbs this file maps its
# cues to; LanguageData.speech_act): what editors sort quotes by. Plain reporting verbs assert.
SPEECH_ACTS_FR = {
    **dict.fromkeys(
        [
            *["say", "tell", "state", "note", "add", "stress", "argue", "claim", "reaffirm", "judge"],
            *["affirm", "reply", "respond", "conclude", "insist", "explain", "confirm"],
            *["reiterate", "declare", "assert", "comment", "continue", "recall", "reveal"],
            *["testify", "write", "tweet", "believe", "think", "underline", "clarify", "indicate"],
            *["report", "quip", "retort", "recount", "answer", "assure", "point out", "sum up"],
            *["exclaim", "remark", "observe", "mention", "find", "suggest", "hope", "according to"],
        ],
        "assert",
    ),
    **dict.fromkeys(["deny", "dispute", "reject"], "deny"),
    **dict.fromkeys(["admit", "concede", "acknowledge", "agree", "apologise"], "concede"),
    **dict.fromkeys(["urge", "call on", "call for", "demand", "appeal"], "urge"),
    **dict.fromkeys(["promise", "vow", "pledge"], "promise"),
    **dict.fromkeys(["warn", "caution"], "warn"),
    **dict.fromkeys(["allege", "accuse"], "accuse"),
    **dict.fromkeys(["ask", "wonder", "question"], "ask"),
    **dict.fromkeys(["describe", "qualify", "call"], "describe"),
    **dict.fromkeys(["praise", "welcome", "hail"], "praise"),
    **dict.fromkeys(["criticise", "denounce", "complain", "lament", "protest", "condemn"], "criticise"),
    **dict.fromkeys(["announce"], "announce"),
    **dict.fromkeys(["predict", "estimate", "forecast", "expect"], "predict"),
}
LANGUAGE = LANGUAGE.with_speech_acts(SPEECH_ACTS_FR)

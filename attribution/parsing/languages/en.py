"""English: speech cues, titles, pronouns and reporting phrases."""

from __future__ import annotations

from attribution.parsing.languages.base import LanguageData, forms_en

_IRREGULAR = {
    "say": dict(past="said", third="says"),
    "tell": dict(past="told"),
    "write": dict(past="wrote", ing="writing"),
    "tweet": {},
    "admit": dict(past="admitted", ing="admitting"),
    "insist": {},
    "warn": {},
    "think": dict(past="thought"),
    "reply": {},
    "deny": {},
    "quip": dict(past="quipped", ing="quipping"),
    "retort": {},
}
# lemma -> canonical lemma (synonyms collapse to one reviewer-facing verb only where identical)
_LEMMAS = [
    "say", "tell", "state", "note", "add", "stress", "emphasize", "emphasise", "warn", "argue", "claim",
    "reaffirm", "affirm", "reply", "respond", "conclude", "insist", "explain", "announce", "acknowledge",
    "deny", "confirm", "urge", "reiterate", "declare", "assert", "contend", "maintain", "observe", "remark",
    "comment", "continue", "caution", "predict", "suggest", "admit", "concede", "complain", "recall",
    "reveal", "disclose", "testify", "write", "tweet", "promise", "vow", "pledge", "believe",
    "think", "estimate", "underline", "underscore", "highlight", "clarify", "indicate", "allege",
    "report", "quip", "retort", "joke", "boast", "lament", "recount", "answer", "tell",
    "inform", "assure", "stipulate", "hint", "signal", "counter", "rule",
]
_CUES: dict[str, str] = {}
for _lemma in _LEMMAS:
    _extra = _IRREGULAR.get(_lemma, {})
    for _form in forms_en(_lemma, **_extra):
        _CUES.setdefault(_form, _lemma)
for _phrase, _lemma in {
    "point out": "point out", "points out": "point out", "pointed out": "point out", "pointing out": "point out",
    "went on to say": "say", "goes on to say": "say", "go on to say": "say",
    "made clear": "make clear", "makes clear": "make clear", "making clear": "make clear",
    "made it clear": "make clear", "makes it clear": "make clear",
    "spelled out": "spell out", "summed up": "sum up",
    "told reporters": "tell", "said in a statement": "say", "wrote on x": "write",
}.items():
    _CUES[_phrase] = _lemma
# Other lemmas ('rule', 'report', 'continue', ...) are speech cues only with "that" or a quotation.
_BARE = frozenset({
    "say", "tell", "add", "claim", "insist", "warn", "argue", "believe", "think", "write", "tweet",
    "predict", "estimate", "quip", "concede", "admit", "reply", "respond", "answer", "note", "stress",
    "explain", "acknowledge", "assert", "contend", "maintain", "suggest", "complain", "allege",
})

LANGUAGE = LanguageData(
    code="en",
    name="English",
    script="Latin",
    stopwords=frozenset(
        "the of and to in is that for on with was as by at from it are be has have said which this "
        "an not but were will their they its he she his her who would been had".split()
    ),
    cues=_CUES,
    bare_clause_lemmas=_BARE,
    continuation_forms=frozenset(f for f, lem in _CUES.items() if f.endswith("ing") and lem != "continue"),
    complementizers=("that",),
    according_to=("according to", "in the words of", "as quoted by"),
    pronouns={"he": "m", "she": "f", "they": "p", "it": "n", "we": "p", "i": "?"},
    honorifics={
        "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "sir": "m",
        "dame": "f", "lord": "m", "lady": "f", "dr": "?", "dr.": "?", "prof": "?", "prof.": "?",
        "madam": "f", "sheikh": "m",
    },
    titles={
        "foreign minister": "foreign_minister", "minister of foreign affairs": "foreign_minister",
        "foreign secretary": "foreign_minister", "secretary of state": "foreign_minister",
        "prime minister": "head_of_government", "premier": "head_of_government",
        "chancellor": "head_of_government",
        "minister": "minister", "secretary": "minister", "deputy": "official",
        "president": "head_of_state", "king": "head_of_state", "queen": "head_of_state",
        "emir": "head_of_state", "vice president": "head_of_state",
        "ambassador": "ambassador", "envoy": "envoy", "diplomat": "diplomat", "consul": "diplomat",
        "representative": "representative", "permanent representative": "representative",
        "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
        "secretary general": "secretary_general", "secretary-general": "secretary_general",
        "general": "military", "commander": "military", "colonel": "military", "admiral": "military",
        "senator": "legislator", "congressman": "legislator", "congresswoman": "legislator",
        "lawmaker": "legislator", "mp": "legislator", "legislator": "legislator", "speaker": "legislator",
        "governor": "governor", "mayor": "mayor", "chairman": "chair", "chairwoman": "chair", "chair": "chair",
        "chief executive": "executive", "ceo": "executive", "executive": "executive", "director": "executive",
        "chief": "chief", "head": "chief", "leader": "leader", "coach": "coach", "manager": "coach",
        "captain": "player", "striker": "player", "midfielder": "player", "defender": "player",
        "goalkeeper": "player", "forward": "player", "player": "player",
        "judge": "judge", "justice": "judge", "prosecutor": "prosecutor", "attorney": "lawyer",
        "lawyer": "lawyer", "barrister": "lawyer", "solicitor": "lawyer", "counsel": "lawyer",
        "defence lawyer": "lawyer", "defense attorney": "lawyer",
        "officer": "official", "official": "official", "adviser": "official", "advisor": "official",
        "aide": "official", "analyst": "expert", "economist": "expert", "professor": "expert",
        "expert": "expert", "researcher": "expert", "scientist": "expert",
        "counterpart": "counterpart", "founder": "executive", "officer in charge": "official",
        "superintendent": "police", "inspector": "police", "detective": "police", "sheriff": "police",
        "police chief": "police", "chief constable": "police", "constable": "police",
        "mediator": "mediator", "negotiator": "mediator", "chancellor of the exchequer": "minister",
        "cfo": "executive", "chief financial officer": "executive", "chief executive officer": "executive",
        "pope": "head_of_state", "cardinal": "cleric", "bishop": "cleric", "rabbi": "cleric", "imam": "cleric",
        "author": "author", "novelist": "author", "director general": "executive", "boss": "coach",
        "forecaster": "expert", "meteorologist": "expert", "commissioner": "official",
        "resident": "witness", "witness": "witness", "survivor": "witness",
        "defendant": "defendant", "plaintiff": "party", "victim": "witness", "candidate": "politician",
        "politician": "politician", "activist": "activist", "campaigner": "activist",
    },
    speaker_nouns={
        "ministry": "organisation", "government": "organisation", "kremlin": "organisation",
        "white house": "organisation", "department": "organisation", "office": "organisation",
        "agency": "organisation", "company": "organisation", "firm": "organisation", "group": "organisation",
        "statement": "document", "report": "document", "website": "organisation", "police": "organisation",
        "court": "organisation", "council": "organisation", "committee": "organisation",
        "military": "organisation", "army": "organisation", "union": "organisation", "club": "organisation",
        "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
        "source": "source", "sources": "source", "official": "official", "officials": "official",
        "diplomat": "diplomat", "diplomats": "diplomat", "minister": "minister", "ministers": "minister",
        "people": "source", "person": "source", "insider": "source", "aide": "official",
        "regulator": "organisation", "bank": "organisation", "board": "organisation", "team": "organisation",
        "prosecutors": "prosecutor", "investigators": "police", "authorities": "organisation",
        "lawyers": "lawyer", "residents": "witness", "analysts": "expert", "experts": "expert",
        "woman": "person", "man": "person", "spokesperson for": "spokesperson",
    },
    demonyms={
        "french": "france", "british": "britain", "english": "england", "dutch": "netherlands",
        "swiss": "switzerland", "chinese": "china", "japanese": "japan", "german": "germany",
        "greek": "greece", "turkish": "turkey", "american": "us", "u.s.": "us", "us": "us",
        "israeli": "israel", "iraqi": "iraq", "saudi": "saudi", "egyptian": "egypt", "welsh": "wales",
        "scottish": "scotland", "irish": "ireland", "spanish": "spain", "polish": "poland",
        "danish": "denmark", "swedish": "sweden", "finnish": "finland", "portuguese": "portugal",
        "emirati": "uae", "qatari": "qatar", "yemeni": "yemen", "pakistani": "pakistan",
        "bangladeshi": "bangladesh", "afghan": "afghanistan", "kuwaiti": "kuwait", "omani": "oman",
        "filipino": "philippines", "thai": "thailand", "vietnamese": "vietnam", "lebanese": "lebanon",
        "sudanese": "sudan", "belgian": "belgium",
    },
    determiners=frozenset(
        "the a an this that these those his her their its our my one two three several many some "
        "another any each every both".split()
    ),
    function_words=frozenset(
        "the a an and or but of to in on at by for from with as that which who whom whose this these those "
        "is are was were be been being has have had do does did will would shall should can could may "
        "might must not no it its he she they we i you his her their our my your also then there here "
        "when where while after before since until because if though although however meanwhile "
        "separately afterward afterwards later earlier today yesterday tomorrow now so than into over "
        "under about against between through during without within upon via per".split()
    ),
    name_connectors=frozenset(
        "al el bin ibn bint abu abd de da di del della der den van von la le du dos das ter".split()
    ),
    cue_fillers=frozenset(
        "has have had also further later then again once previously earlier reportedly repeatedly "
        "publicly privately separately recently just already had since quickly firmly flatly simply "
        "once more last week yesterday today on monday tuesday wednesday thursday friday saturday sunday "
        "has also".split()
    ),
    coordinators=("and", "but"),
    relative_pronouns=frozenset({"who", "which", "whose"}),
    prepositions=frozenset("of to for at in from with on by".split()),
    sentence_end=".!?",
    abbreviations=frozenset(
        "mr mrs ms dr prof st gen lt col sgt capt cmdr adm gov sen rep rev hon jr sr no vs etc inc co corp "
        "ltd jan feb mar apr jun jul aug sep sept oct nov dec mt ft u.s u.n u.k e.g i.e approx est dept "
        "univ assn bros messrs fig op vol".split()
    ),
    adverbial_openers=frozenset(
        "when while as after before if although though because since speaking asked responding "
        "commenting referring addressing answering writing talking during in on at".split()
    ),
    naming_words=frozenset(
        "called so-called dubbed titled entitled named nicknamed term terms word words phrase slogan "
        "motto label labelled labeled branded known book film movie song album novel play show series "
        "campaign programme program operation project report initiative brand".split()
    ),
)

"""The speaker phrase of one cue (subjects.mention_for's work, before its memo): the cue's own pronoun
("fügte er hinzu", "indique-t-on"), the quoted person of a verb of quoting ("zitierte ihn mit den
Worten"), the agent of a passive cue ("had been told by Ward"), the subject before a perfect auxiliary
("Die Ministerin hatte … erklärt"), a relative pronoun's antecedent ("…, Lucía Ferrer, quien afirmó"),
then the subject before appositives or right before the cue, with the verb-second and impersonal
("on assure") corrections. Built on mentions/; nothing here asks subjects.py, which imports it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.after import subject_after
from attribution.parsing.mentions.appositive import appositive_subject
from attribution.parsing.mentions.before import subject_before
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.mentions.sov import _subject_sov
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import is_blank, rstrip_end, tokens, tokens_tail

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue, Para


def mention_for_uncached(at: Attributor, p: Para, cue: Cue, lo: int) -> Mention | None:
    if cue.key in at.lang.data.quoted_with_cues:
        return quoted_with(at, p, cue)
    if cue.key in at.lang.inverted:
        if at.lang.inverted[cue.key] in at.lang.data.impersonal_pronouns:
            src = impersonal_source(at, p, cue)
            if src is not None:
                return src
        return pronoun_from_cue(at, cue)
    data = at.lang.data
    if data.word_order == "sov":
        gen = data.genitive_subject_cues.get(cue.key)
        if gen:  # "सिंह का कहना है कि", a headline's "पुलिस का दावा- …"
            toks = tokens(at.text, max(lo, cue.start - 120), cue.start)
            if toks and toks[-1].key in gen:
                return _subject_sov(at.text, toks, at.lang, gen)
        if cue.key in data.unmarked_subject_cues:  # "कप्तान बोले"
            return _subject_sov(at.text, tokens(at.text, max(lo, cue.start - 120), cue.start), at.lang, ())
    if data.passive_aux:
        prev = tokens_tail(at.text, max(lo, cue.start - 24), cue.start, 1)
        if prev and prev[0].key in data.passive_aux and is_blank(at.text, prev[0].end, cue.start):
            # "had been told by Ward: …": the agent speaks, not the subject
            nxt = tokens(at.text, cue.end, min(len(at.text), cue.end + 120), 2)
            if len(nxt) == 2 and nxt[0].key == data.passive_agent:
                return subject_after(at.text, nxt[1].start, min(len(at.text), nxt[1].start + 100), at.lang)
            return None
    if data.perfect_aux:
        m = perfect_subject(at, cue, lo)
        if m is not None:
            return m
    s_start = at.doc.sentence_of(p, cue.start)[0]
    m = relative_antecedent(at, cue, s_start)
    if m is None:
        # ("Residents: Nicole Farrugia, who has lived there for 30 years, told …": a live blog's label
        # and its colon open the sentence; the appositive chain starts after them)
        colon = at.text.rfind(":", lo, cue.start)
        a_lo = colon + 1 if colon > lo and _colon_outside_score(at.text, colon - 1, colon + 2) else lo
        m = appositive_subject(at.text, a_lo, cue.start, at.lang)
        if m is not None and data.verb_second:
            gap = tokens(at.text, m.end, cue.start, limit=1)
            if gap and gap[0].key in data.purpose_infinitive_openers:
                m = None  # "Das reiche nicht aus, um … zu stemmen, sagte X": a purpose clause, no apposition
    if m is None:
        m = subject_before(at.text, lo, cue.start, at.lang)
        if m is not None and data.verb_second and "," in at.text[m.end : cue.start]:
            # "Die Regierung werde die Lage beobachten, sagte X": a comma never parts a verb-second
            # cue from its subject; the subject follows the cue
            m = None
        if (
            m is not None
            and data.verb_second
            # ("Von Arnim sagte, …": the particle opens the surname, not a prepositional phrase)
            and not (m.kind == "name" and m.name_tokens and fold(m.name_tokens[0]) in data.name_connectors)
            and fronted_phrase(at, s_start, cue)
        ):
            m = None  # "Nach der Sitzung sagte Behrendt, …": "der Sitzung" is no subject
    if m is not None and m.kind == "pronoun" and fold(m.text) in data.impersonal_pronouns:
        # "Dans l'entourage du ministre, on assure que …", "on indique de source proche que …"
        src = impersonal_source(at, p, cue) or impersonal_opener(at, p, m)
        if src is not None:
            return src
    if (
        m is not None
        and m.kind == "pronoun"
        and data.plural_cue_forms
        and cue.key.split(" ")[0] in data.plural_cue_forms
        and is_blank(at.text, m.end, cue.start)
    ):
        # "Sie sagen, …": the verb is plural, so "sie" is "they"
        m = Mention(m.start, m.end, "pronoun", m.text, gender="p", plural=True)
    return m


def impersonal_source(at: Attributor, p: Para, cue: Cue) -> Mention | None:
    """ "…, a-t-on appris de source diplomatique", "indique-t-on à Matignon", "assure-t-on dans
    l'entourage du ministre": the impersonal pronoun's source is the phrase after the cue."""
    text, data = at.text, at.lang.data
    toks = tokens(text, cue.end, min(p.end, cue.end + 80), 4)
    k = 0
    while (
        k < len(toks)
        and k < 3
        and (
            toks[k].key in data.prepositions
            or toks[k].key in data.hearer_markers
            or toks[k].key in data.phrase_stops
        )
    ):
        k += 1
    if k == 0 or k >= len(toks) or not is_blank(text, cue.end, toks[0].start):
        return None
    m = subject_after(text, toks[k].start, min(p.end, toks[k].start + 120), at.lang)
    return m if m is not None and m.kind in ("descriptor", "org", "name") else None


def impersonal_opener(at: Attributor, p: Para, m: Mention) -> Mention | None:
    """'Dans l'entourage du Premier ministre, on assure que …', 'Chez le constructeur, on indique
    que …': the phrase that opens the sentence before an impersonal subject and its comma names the
    source."""
    text, lang = at.text, at.lang
    openers = lang.data.impersonal_openers
    if not openers or not text.endswith(",", 0, rstrip_end(text, 0, m.start)):
        return None
    s_start = at.doc.sentence_of(p, m.start)[0]
    toks = tokens(text, s_start, m.start)
    k = 0
    while k < len(toks) and k < 4 and (toks[k].key in openers or toks[k].key in lang.data.prepositions):
        k += 1
    if k == 0 or k >= len(toks) or len(toks) - k > 10:
        return None
    if any("," in text[toks[j - 1].end : toks[j].start] for j in range(k + 1, len(toks))):
        return None  # "À Paris, lundi, on …": more than one phrase
    src = classify(text, toks[k:], lang)
    if src is None or src.kind == "pronoun" or not (src.kind in ("org", "name") or src.head_class):
        return None
    return src


def pronoun_from_cue(at: Attributor, cue: Cue) -> Mention:
    pron = at.lang.inverted[cue.key]
    k = at.text.lower().find(pron, cue.start, cue.end) if False else find_word(at, cue, pron)
    g = at.lang.pronouns.get(pron, "?")
    if at.lang.data.plural_cue_forms and cue.key.split(" ")[0] in at.lang.data.plural_cue_forms:
        g = "p"  # "„…“, sagten sie"
    return Mention(k, k + len(pron), "pronoun", pron, gender=g, plural=g == "p")


def find_word(at: Attributor, cue: Cue, word: str) -> int:
    seg = at.text[cue.start : cue.end].casefold()
    k = seg.find("-" + word)
    if k < 0:
        k = seg.find(" " + word)  # "fügte er hinzu", "sagte sie"
    return cue.start + (k + 1 if k >= 0 else 0)


def quoted_with(at: Attributor, p: Para, cue: Cue) -> Mention | None:
    """'Die Zeitung zitierte ihn am Montag mit den Worten: „…“' (the object of the verb of quoting) and
    'Der Minister wurde mit den Worten zitiert: „…“' (the passive's subject)."""
    text, lang = at.text, at.lang
    s_start = at.doc.sentence_of(p, cue.start)[0]
    head = tokens(text, s_start, cue.start, limit=16)
    verb = [i for i, t in enumerate(head) if t.key in lang.data.quoting_verbs]
    if verb:
        obj = [t for t in head[verb[-1] + 1 :] if t.key not in lang.cue_fillers]
        obj = [t for t in obj if t.key not in lang.calendar_words]
        if len(obj) == 1 and obj[0].key in lang.data.accusative_pronouns:
            t = obj[0]
            return Mention(t.start, t.end, "pronoun", t.text, gender=lang.data.accusative_pronouns[t.key])
        return classify(text, obj, lang) if 0 < len(obj) <= 6 else None
    # the passive: the subject that opens the sentence, before its auxiliary
    aux = [t for t in head[1:6] if t.key in lang.data.clause_verbs]
    return subject_before(text, s_start, aux[0].start, lang) if aux else None


def fronted_phrase(at: Attributor, s_start: int, cue: Cue) -> bool:
    """Verb-second: the cue comes right after a short prepositional phrase that opens the sentence
    ("Nach der Sitzung sagte …", "Im Gemeinderat erklärte …"), so its subject follows it."""
    lang = at.lang
    head = tokens(at.text, s_start, cue.start, limit=7)
    if (
        1 < len(head) <= 6
        and head[0].key in lang.data.object_openers
        and not any(t.key in lang.cues or t.key in lang.data.clause_verbs for t in head)
        and not any(ch in at.text[s_start : cue.start] for ch in ",:;")
    ):
        return True  # "Dem SPIEGEL sagte der Minister", "Gegenüber der „Bild“ sagte X": the hearer first
    return (
        1 < len(head) <= 6
        and head[0].key in lang.data.prepositions
        and not any(t.key in lang.cues or t.key in lang.data.clause_verbs for t in head)
        and not any(ch in at.text[s_start : cue.start] for ch in ',:;„“"»«')
    )


def relative_antecedent(at: Attributor, cue: Cue, lo: int) -> Mention | None:
    """'…, la ministra para la Transición Ecológica, Lucía Ferrer, quien afirmó que …': the subject of
    a cue opened by a relative pronoun after a comma is the appositive chain before that comma."""
    text, lang = at.text, at.lang
    # (no search for a comma first: from the sentence start it is a scan of the whole sentence per cue,
    # quadratic in a sentence that never ends; the one word before the cue is read first instead)
    prev = tokens_tail(text, max(lo, cue.start - 40), cue.start, 1)
    if (
        not prev
        or prev[0].key not in lang.data.relative_pronouns
        or prev[0].key in lang.determiners
        or not is_blank(text, prev[0].end, cue.start)
        or not text.endswith(",", lo, rstrip_end(text, lo, prev[0].start))
    ):
        return None
    comma = rstrip_end(text, lo, prev[0].start) - 1
    # "…, anunció este viernes la ministra para la Transición Ecológica, Lucía Ferrer, quien afirmó …":
    # the inverted subject of the cue before the relative pronoun, when it runs up to its comma
    spans = lang.cue_set.spans(text, max(lo, comma - 200), comma)
    if spans and lang.data.word_order == "svo":
        inv = subject_after(text, spans[-1][1], comma, lang)
        if inv is not None and inv.kind == "name" and text[inv.end : comma].strip(SPACE) == "":
            return inv
    m = appositive_subject(text, lo, prev[0].start, lang)
    return m if m is not None and m.kind == "name" else None


def _colon_outside_score(text: str, a: int, b: int) -> bool:
    """Is there a colon in text[a:b] other than one between digits (a score, "0:2", or a time)?"""
    i = text.find(":", a, b)
    while i >= 0:
        if not (i > a and i + 1 < b and text[i - 1].isdigit() and text[i + 1].isdigit()):
            return True
        i = text.find(":", i + 1, b)
    return False


def perfect_subject(at: Attributor, cue: Cue, lo: int) -> Mention | None:
    """'Die Oberstaatsanwältin hatte in ihrem Plädoyer erklärt, …': in a verb-second clause the
    subject of a participle cue stands before the auxiliary (or right after it), not before the cue."""
    text, lang = at.text, at.lang
    if " " in cue.key and cue.key.split(" ")[0] in lang.data.perfect_aux:
        return None  # "hat gesagt": the auxiliary is part of the cue, the subject comes before it
    s_start = max(lo, cue.start - 240)
    toks = tokens(text, s_start, cue.start)
    for k in range(len(toks) - 1, 0, -1):
        t = toks[k]
        if t.key not in lang.data.perfect_aux:
            continue
        if k == len(toks) - 1:
            return None  # right before the cue: the normal search finds the subject
        if any(ch in text[t.end : cue.start] for ch in ',;:“”"«»„'):
            return None
        opener = tokens(text, lo, t.start, limit=13)
        if (
            lang.data.verb_second
            # (a long phrase too: "Nach dem 0:2 gegen den 1. FC Köln hat Trainer X eingeräumt, …")
            and 1 < len(opener) <= 12
            and opener[0].key in lang.data.prepositions
            and not any(ch in text[lo : t.start] for ch in ",;")
            and not _colon_outside_score(text, lo, t.start)  # ("Nach dem 0:2 hat X eingeräumt")
        ):
            # "Im Wahlkampf hatte er angekündigt, …": a fronted phrase, the subject after the auxiliary
            return subject_after(text, t.end, cue.start, lang)
        if (
            lang.data.verb_second
            and opener
            and opener[0].key in lang.adverbial_openers
            and text.endswith(",", lo, rstrip_end(text, lo, t.start))
        ):
            # "Als das Gesetz kam, hatte die Ministerin gesagt, …": a fronted clause, then the subject
            return subject_after(text, t.end, cue.start, lang)
        m = subject_before(text, s_start, t.start, lang)
        if m is not None and m.start >= s_start:
            return m
        return subject_after(text, t.end, cue.start, lang)
    return None

"""The speaker phrase of a cue: the subject before it, after it (inverted), or a pronoun in it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, cast

from attribution.parsing.clauses import _finite_verb, _infinitive_after
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.after import plain_subject_after, subject_after
from attribution.parsing.mentions.appositive import _clause_opening, appositive_subject
from attribution.parsing.mentions.before import subject_before
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.mentions.sov import _subject_sov
from attribution.parsing.mentions.words import (
    _head_key,
    _is_cap,
    _is_complementizer,
    _is_title_word,
    _lower0,
    _possessive,
)
from attribution.parsing.quotemarks import SPACE, QuotePair
from attribution.parsing.text import Token, is_blank, rstrip_end, tokens, tokens_tail, word_count

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue, Para


_LEAD_MARKS: Final = SPACE + ",—–-"  # what may stand between a quotation and its cue
_MAX_PRE: Final = 400
_MAX_POST: Final = 300
# what the mention memo's look-up answers for a key it does not hold (None is a remembered answer)
_UNKNOWN: Final = Mention(-1, -1, "unknown", "")


def is_name_like(at: Attributor, p: Para, q: QuotePair) -> bool:
    """Book titles, event names, "so-called" terms: quoted names, not speech."""
    text, lang = at.text, at.lang
    before = tokens_tail(text, max(p.start, q.open_pos - 40), q.open_pos, 1)
    if before and text[before[-1].end : q.open_pos].strip(SPACE) == "":
        k = before[-1].key
        if (
            k in lang.naming_words
            or k in lang.determiners
            or k in lang.data.prepositions
            or (_possessive(before[-1]))
        ):
            return True
    # the cheap tests first: most quotations end with a stop or a comma, and a title has at most 12
    # words (so no more than 13 are tokenised of a long quotation)
    if not lang.data.cased or q.end <= q.start or text[q.end - 1] in ".,!?":
        return False
    toks = tokens(text, q.start, q.end, 13)
    return 0 < len(toks) <= 12 and all(_is_cap(t) or t.key in lang.function_words for t in toks)


def pre_cue(at: Attributor, p: Para, q: QuotePair, lo: int) -> tuple[Mention | None, Cue] | str | None:
    text, lang = at.text, at.lang
    cands = [c for c in p.cues_in(lo, q.open_pos) if c.end <= q.open_pos and c.lemma != "according to"]
    if not cands:
        return None
    cue = cands[-1]
    if len(cands) >= 2 and cue.lemma in lang.data.question_cue_lemmas and text[cue.end : q.open_pos].rstrip(
        SPACE
    ).endswith(":"):
        first_after = tokens(text, cue.end, q.open_pos, 1)
        if (
            first_after
            and first_after[0].key in lang.data.question_openers
            and any(t.key in lang.data.answer_clause_openers for t in tokens(text, cands[-2].end, cue.start))
        ):
            # 'Lowry put it bluntly when a reporter asked whether …: "…"': the question asked in a
            # clause of its own; the quotation after the colon is the answer, the earlier cue's
            cue = cands[-2]
    if cue.lemma in lang.data.construction_cues:
        return None  # 'The feature, called "Catch Me Up"': a name (its report is _naming_report's)
    between = text[cue.end : q.open_pos]
    tail = between.rstrip(SPACE)
    if tail == "" and cue.lemma in lang.data.hearer_first_lemmas:
        return None  # 'keep the community informed "at every step"': no hearer, so no report
    btoks = tokens(text, cue.end, q.open_pos)
    if any(_is_complementizer(t.text, lang) for t in btoks[-3:]):
        return "clause"
    infinitive = not tail.endswith(":") and _infinitive_after(text, cue.end, q.open_pos + 1, lang) is not None
    if btoks and infinitive:
        return "clause"  # "Il dit comprendre les chauffeurs, « mais … »": the quotation is inside a report
    if cue.key in lang.continuation_forms:
        if btoks or tail != ":" or lang.data.word_order != "svo":
            return None
        # "…, adding: “…”", "… — insisting: ‘…’": the participle's subject is the sentence's
        s_start, _ = at.doc.sentence_of(p, cue.start)
        subject = sentence_subject(at, s_start, cue.start)
        return (subject, cue) if subject is not None else None
    described = (
        0 < len(btoks) <= 4
        and cue.lemma == "describe"
        and fold(text[btoks[-1].start : q.open_pos].strip(SPACE)) in lang.data.description_markers
    )  # 'un projet qu'il a qualifié d'« effort partagé »': the quoted words are the complement
    # a hyphen typed for a dash: Hindi headlines "पूजा बोलीं- ‘…’"
    plain = tail == "" or tail.endswith((":", ",", "—", "–", "-")) and len(btoks) <= 20
    if not described and not plain:
        return None
    if any(ch in between for ch in ".;!?"):
        return None
    mention = mention_for(at, p, cue, lo)
    if mention is None and lang.data.word_order == "svo":
        mention = inverted_subject(at, cue.end, q.open_pos)
    return mention, cue


def post_cue(at: Attributor, p: Para, q: QuotePair, lo: int, hi: int) -> tuple[Mention | None, Cue] | None:
    text, lang = at.text, at.lang
    a = lo
    while a < hi and text[a] in _LEAD_MARKS:
        a += 1
    cands = [
        c
        for c in p.cues_in(a, hi)[:3]
        if c.lemma != "according to" and c.lemma not in lang.data.construction_cues
    ]
    if not cands:
        return None
    for c in cands:
        if c.key in lang.continuation_forms:
            quoted = quoted_as(at, a, c)  # '“…,” the state news agency quoted X as saying'
            if quoted is not None:
                return quoted, c
    cue = cands[0]
    if cue.key in lang.continuation_forms:
        return None
    if introduces_next_quote(at, p, cue):
        return None  # "„…“ Ein Sprecher wies das zurück: „…“": the cue belongs to the quotation after it
    if (
        cue.start == a
        and lang.data.verb_second
        and text[q.outer_end : a].strip(SPACE) == ""
        and text[q.end - 1 : q.end] not in ("?", "!", "…")
    ):
        return None  # "Im Interview mit dem „Morgenkurier“ kündigt er an": no comma, no attribution
    if cue.key in lang.inverted:
        if cue.start == a:
            return pronoun_from_cue(at, cue), cue
        return None
    if cue.start == a:
        if lang.data.word_order == "sov":
            return None
        if cue.key in lang.data.impersonal_cues:
            # "„…“, heißt es in einer Mitteilung der Deutschen Bahn": the source after a preposition
            after = tokens(text, cue.end, min(hi, cue.end + 120), limit=10)
            if len(after) >= 2 and after[0].key in lang.data.prepositions:
                np = [t for t in after[1:] if t.key not in lang.cue_fillers]
                for g in range(2, min(len(np), 5)):
                    if np[g].key in lang.data.genitive_articles and any(
                        t.key in lang.data.issued_documents for t in np[:g]
                    ):
                        # "hieß es in einer Erklärung des Vereins": the document's issuer speaks
                        np = np[g:]
                        break
                m = classify(text, np, lang) if np else None
                return (m, cue) if m else None
            return None
        m = inverted_subject(at, cue.end, hi) or plain_subject_after(text, cue.end, hi, lang)
        if m is None:
            # "…, a expliqué à l'AFP sa porte-parole", "…, said to reporters the minister"
            after = tokens(text, cue.end, min(hi, cue.end + 60), 5)
            if after and after[0].key in lang.data.hearer_markers:
                for k in range(1, len(after)):
                    m = subject_after(text, after[k].start, hi, lang)
                    if m is not None and m.kind in ("name", "descriptor"):
                        break
                    m = None
        return (m, cue) if m else None
    m = appositive_subject(text, a, cue.start, lang)
    if m is not None and any(t.key in lang.data.subordinators for t in tokens(text, a, m.start)):
        return None  # 'warned of “dangerous consequences” if the escalation continued'
    if m is not None and (m.start - a <= 3 or word_count(text, a, cue.start, 15) <= 14):
        return m, cue  # "“…,” Smith’s lawyer, Ann Vance, told reporters
    if word_count(text, a, cue.start, 13) > 12:
        return None
    m = subject_before(text, a, cue.start, lang)
    if m is None:
        return None
    lead = tokens(text, a, m.start)
    # '“…,” president and CEO Grant Hutchinson said': a pair of titles, joined by "and"
    # ('“…,” Coun. Amara Diaz said': an honorific the name phrase left out counts as a title)
    titled = (
        0 < len(lead) <= 3
        and (lead[0].key in lang.title_words or lead[0].key in lang.honorifics)
        and all(
            t.key in lang.title_words or t.key in lang.honorifics or t.key in lang.data.coordinators
            for t in lead
        )
    )
    if not titled and any(t.key in lang.data.subordinators for t in lead):
        return None
    if lang.data.word_order == "svo" and m.start - a > 3 and not titled:
        # '“…,” press secretary Karine Jean-Pierre said': only title words may come before the phrase
        return None
    return m, cue


def introduces_next_quote(at: Attributor, p: Para, cue: Cue) -> bool:
    """Does a colon and an opening quotation mark follow `cue` within a few words ("wies das
    zurück: „…“")?"""
    text = at.text
    colon = text.find(":", cue.end, min(p.end, cue.end + 60))
    if colon < 0 or any(ch in text[cue.end : colon] for ch in '.!?“”„"«»'):
        return False
    nxt = p.pairs_in(colon, colon + 4)
    return bool(nxt) and is_blank(text, colon + 1, nxt[0].open_pos)


def quoted_as(at: Attributor, lo: int, cue: Cue) -> Mention | None:
    """'The agency quoted Houthi official Mohammed al-Bukhaiti as saying …': the words are the
    quoted person's, not the quoting agency's."""
    lang = at.lang
    if not lang.data.quoting_as:
        return None
    before = tokens_tail(at.text, max(lo, cue.start - 160), cue.start, 12)
    if len(before) < 3 or before[-1].key != lang.data.quoting_as:
        return None
    for k in range(len(before) - 2, 0, -1):
        if before[k - 1].key in lang.data.quoting_verbs:
            return classify(at.text, before[k:-1], lang)
    return None


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


def mention_for(at: Attributor, p: Para, cue: Cue, lo: int) -> Mention | None:
    """The speaker phrase of `cue` after `lo`, memoised: a sentence's last cue is asked once for the
    trailing attribution and again for its own clause, usually with the same bound."""
    # (the key is made one object once, and looked up once: a tuple[int, int] variable is a C struct in
    # the compiled build, boxed into a new tuple at each dict operation)
    key: object = (cue.start, lo)
    memo = cast("dict[object, Mention | None]", at.mention_memo)
    found = memo.get(key, _UNKNOWN)
    if found is not _UNKNOWN:
        return found
    found = memo[key] = mention_for_uncached(at, p, cue, lo)
    return found


def inverted_subject(at: Attributor, a: int, hi: int) -> Mention | None:
    """subject_after(at.text, a, hi, at.lang), remembered for the document: a sentence's last cue is
    asked for it by the trailing attribution, by the inverted cue, by the cue's own clause and after a
    quotation. (Kept in the mention memo under negative keys, apart from mention_for's (cue start,
    bound) ones.)"""
    key: object = (-1 - a, hi)  # (one object, looked up once: see mention_for)
    memo = cast("dict[object, Mention | None]", at.mention_memo)
    found = memo.get(key, _UNKNOWN)
    if found is not _UNKNOWN:
        return found
    found = memo[key] = subject_after(at.text, a, hi, at.lang)
    return found


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
        m = appositive_subject(at.text, lo, cue.start, at.lang)
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


def sentence_subject(at: Attributor, s_start: int, hi: int, pronoun_ok: bool = False) -> Mention | None:
    """The subject of the sentence's first verb (before `hi`), appositives skipped."""
    text, lang = at.text, at.lang
    toks = tokens(text, s_start, min(hi, s_start + 300))
    for j in range(1, min(len(toks), 40)):  # (an index loop: enumerate with a start is a generic call)
        t = toks[j]
        k = t.key
        if not _lower0(t.text):
            continue
        if (
            any(u.key in lang.data.relative_pronouns for u in toks[max(0, j - 4) : j])
            and text.find(",", t.end, hi) > 0
        ):
            continue  # "X, a scientist who was not involved, called …": the relative clause's verb
        if (
            k in lang.data.clause_verbs
            or (k in lang.cues and k not in lang.title_words)
            or (k.endswith("ed") and len(k) > 4)
            or k in lang.data.irregular_past  # "The bank held rates, saying …"
            # "The firm cut its outlook and said …", "… forecast a loss and said …"
            or (
                k in lang.data.ambiguous_past
                and j + 1 < len(toks)
                and toks[j + 1].key in lang.data.noun_determiners
            )
            # a regular past of the language: "salió en defensa del entrenador: «…»"
            or (bool(lang.data.past_suffixes) and k.endswith(lang.data.past_suffixes) and len(k) > 4)
            # verb-second: the first lower-case word after the opening noun phrase ("Er dankte den
            # Helfern und versprach, …", "Der Bürgermeister dankte …")
            or (
                lang.data.verb_second
                and k not in lang.function_words
                and all(_is_cap(u) or u.key in lang.determiners for u in toks[:j])
            )
        ):
            m = appositive_subject(text, s_start, t.start, lang)
            if m is not None and m.kind != "pronoun":
                return m
            m = subject_before(text, s_start, t.start, lang)
            if (
                m is not None
                # "She urged … and said …" (not "She declined to say whether …")
                and (m.kind != "pronoun" or (pronoun_ok and m.start - s_start <= 3))
                and (
                    m.start - s_start <= 3
                    or premodifiers_only(at, s_start, m.start)
                    # "For his part, Rahimi thanked … and said …": an opening phrase and its comma
                    or (m.kind == "name" and _clause_opening(text, s_start, m.start, lang))
                )
            ):
                return m
            if text.endswith(",", s_start, rstrip_end(text, s_start, t.start)):
                continue  # a verb inside an appositive: keep looking
            return None
    return None


def premodifiers_only(at: Attributor, a: int, b: int) -> bool:
    """Only a few modifier words before a name ("Soap star", "CORONATION Close star", "Labour MP")."""
    lead = tokens(at.text, a, b)
    seg = at.text[a:b]
    for t in lead:
        if (t.key in at.lang.abbreviations or t.key in at.lang.honorifics) and at.text.startswith(".", t.end):
            seg = seg.replace(t.text + ".", t.text, 1)  # "Gov. Elaine Marsh": an abbreviated title
    return (
        0 < len(lead) <= 4
        and not any(ch in seg for ch in ',;:.()—–"“”‘’«»')
        and not any(
            t.key in at.lang.function_words or t.key in at.lang.cues or t.key in at.lang.data.clause_verbs
            for t in lead
        )
    )


def attribution_left(at: Attributor, s_start: int, left: int) -> int:
    """Where a sentence-final attribution starts when words the speaker phrase left out stand before
    it: "…, top mediator says", "…, fire officials said", "…, Sgt. Alicia Moreno said", "…, Chief
    Financial Officer Laura Benning told analysts". Modifiers and titles only (at most four words):
    "…, and officials said" keeps its coordinator outside."""
    text, lang = at.text, at.lang
    mods = tokens_tail(text, max(s_start, left - 60), left, 4)
    while mods:
        t = mods[-1]
        gap = text[t.end : left]
        if not (
            is_blank(text, t.end, left)
            or (gap.startswith(".") and t.key in lang.abbreviations and is_blank(text, t.end + 1, left))
        ):
            break
        if t.key in lang.data.indefinites:  # "…, एक वरिष्ठ अधिकारी ने बताया": the article left out
            ok = True
        elif _lower0(t.text):
            ok = (
                t.key in lang.data.title_modifiers
                or _is_title_word(t.key, lang)
                or (
                    t.key.isalpha()
                    and t.key not in lang.function_words
                    and t.key not in lang.determiners
                    and t.key not in lang.cues
                    and t.key not in lang.data.clause_verbs
                    and t.key not in lang.data.coordinators
                    and t.key not in lang.adverbial_openers
                    and not _finite_verb(t, lang)
                )
            )
        else:  # "Sgt.", "Chief Financial Officer": a title before the name
            ok = _is_title_word(t.key, lang) or t.key in lang.abbreviations
        if not ok:
            break
        left = mods.pop().start
    return left


def _head_word(s: str, lang: CompiledLanguage) -> str:
    """The last word of a description's head: 'A senior administration official, who …' -> 'official'."""
    toks = tokens(s, 0, len(s))
    if len(toks) > 2 and toks[1].key in lang.data.prepositions and toks[0].key in lang.determiners:
        toks = toks[2:]  # "one of the aides"
    head: list[Token] = []
    for t in toks:
        if head and (t.key in lang.data.prepositions or t.key in lang.data.relative_pronouns):
            break
        head.append(t)
    # "a source close to the couple" -> "source": the last speaker noun, not a post-modifier
    nouns = [t for t in head if _head_key(t, lang)]
    k = nouns[-1].key if nouns else head[-1].key if head else ""
    return k[:-1] if k.endswith("s") else k

"""Verb-second reports (German word order): the cue before its subject.

Handles:
    Wie der Sprecher mitteilte, bleibt die Brücke bis Freitag gesperrt. (indirect:as-X-said)
    Aus Regierungskreisen hieß es, eine Einigung sei nahe.              (indirect:it-was-said)
    Am Montag sagte der Minister, die Lage sei ernst.                   (indirect:X-said-inverted)
Refuses:
    Der Minister sagte nichts.                                          (no reported clause)
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from attribution.parsing import kinds, subjects
from attribution.parsing.clauses import _is_clause
from attribution.parsing.constructions import continuation
from attribution.parsing.content import _clause_end, _trim_content
from attribution.parsing.document import Cand
from attribution.parsing.infinitives import (
    _comma_infinitive_clause,
    is_purpose_clause,
    reported_after_infinitive_vorfeld,
)
from attribution.parsing.mentions.after import subject_after
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.mentions.words import (
    _ends_with,
    _is_cap,
    _is_complementizer,
    document_issuer,
    relative_clause_start,
)
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token, rstrip_end, tokens, tokens_tail, word_count

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue, Para
    from attribution.parsing.languages import CompiledLanguage


def find(at: Attributor, p: Para, cue: Cue, mention: Mention | None, s_start: int, s_end: int) -> Cand | None:
    """Reports that a verb-second language builds around the cue (German):
    "Wie die Armee mitteilte, fehlen …" (the report follows the "as"-clause) and
    "Am Montag sagte X, (dass) …" (the subject after the cue, the report after its comma)."""
    text, lang = at.text, at.lang
    head = tokens(text, s_start, cue.start, limit=12)  # a bounded look: long sentences stay linear
    if len(head) >= 12:
        head = []  # not a short phrase before the cue: neither an "as"-clause nor a source phrase
    if cue.key in lang.data.clause_final_cues:
        final = clause_final(at, p, cue, s_start, s_end)
        if final is not None or cue.key not in lang.data.impersonal_cues:
            return final
        # "Aus Koalitionskreisen verlautete, …": the same verb opening its clause, the source before it
    if cue.key in lang.data.impersonal_cues:
        if cue.key in lang.data.learning_cues:
            learner = tokens(text, cue.end, min(s_end, cue.end + 30), 1)
            if not learner or learner[0].key in lang.data.learner_pronouns:
                return None  # "Aus der Zeitung erfuhr sie, dass …": what she learned, nobody's report
        # "Aus Unternehmenskreisen hieß es, …": the source is the phrase before the cue ("In einem
        # Lagebild des LKA, das am Montag erschien, heißt es, …": a relative clause on it left out)
        rel = relative_clause_start(text, s_start, cue.start, lang)
        phrase = tokens(text, s_start, rel, limit=7) if rel > 0 else []
        if 2 <= len(phrase) <= 6 and phrase[0].key in lang.data.prepositions:
            head = phrase
        elif _ends_with(text, s_start, rstrip_end(text, s_start, cue.start), ",—–"):
            return impersonal_fronted(at, p, cue, s_start, s_end)
        if len(head) < 2 or head[0].key not in lang.data.prepositions:
            return None
        np = document_issuer(head[1:], lang)
        if len(head) > 6 and len(np) >= len(head) - 1:
            # a long phrase only when it is a document with its issuer: "In einem Beitrag der Fanhilfe
            # in den sozialen Netzwerken hieß es" (the issuer, not the place of the post)
            return None
        src = classify(text, np, lang) or Mention(
            np[0].start, np[-1].end, "descriptor", text[np[0].start : np[-1].end]
        )
        comma = comma_after(at, cue.end, s_end, 8)
        if comma < 0:
            return None
        return v2_clause(at, p, cue, src, comma + 1, s_end, "it-was-said")
    if lang.data.as_openers:
        # "Die Preise lagen um 2,2 Prozent höher, wie das Statistische Bundesamt mitteilte.": the
        # report is the main clause before ", wie X mitteilte"
        comma = text.rfind(",", max(s_start, cue.start - 120), cue.start)
        if comma > s_start:
            opener = tokens(text, comma + 1, cue.start, limit=1)
            rest = text[cue.end : rstrip_end(text, cue.end, s_end)].strip(SPACE + ".!?")
            # ("…, wie die Organisation bilanzierte – so viele wie nie": the writer's dash aside after it)
            if opener and opener[0].key in lang.data.as_openers and (rest == "" or rest[:1] in "–—"):
                m = as_subject(at, opener[0].end, cue.start)
                if m is not None:
                    a, b = _trim_content(text, s_start, comma)
                    if word_count(text, a, b, 3) >= 3:
                        kind = kinds.kind_for(at, p, a, b)
                        rule = f"{kind}:clause-as-X-said"
                        return Cand(a, b, kind, rule, 0.75, p.index, mention=m, cue=cue)
            elif opener and opener[0].key in lang.data.as_openers and rest.startswith(","):
                # "Die Halle bleibt, wie ein Sprecher mitteilte, bis Freitag geschlossen": the report
                # runs on both sides of the "as"-clause, one span with the attribution inside
                m = as_subject(at, opener[0].end, cue.start)
                a, b = _trim_content(text, s_start, s_end)
                if (
                    m is not None
                    and word_count(text, a, comma, 2) >= 2
                    and word_count(text, cue.end, b, 2) >= 2
                ):
                    kind = kinds.kind_for(at, p, a, b)
                    rule = f"{kind}:clause-as-X-said-clause"
                    return Cand(a, b, kind, rule, 0.75, p.index, mention=m, cue=cue)
    if head and head[0].key in lang.data.as_openers and len(head) >= 2:
        after = cue.end
        while after < s_end and text[after] in SPACE:
            after += 1
        if after >= s_end or text[after] != ",":
            return None
        m = as_subject(at, head[0].end, cue.start)
        if m is None:
            return None
        return v2_clause(at, p, cue, m, after + 1, s_end, "as-X-said")
    if mention is None:
        coordinated = coordinated_cue(at, p, cue, s_start, s_end)
        if coordinated is not None:
            return coordinated
    if mention is not None and mention.start >= s_start:
        # "X erklärte auf Anfrage, …", "Er betonte allerdings, …": words between the cue and the comma
        comma = comma_after(at, cue.end, s_end, 8)
        nxt = tokens(text, comma + 1, min(s_end, comma + 40), 1) if comma > cue.end else []
        if nxt and nxt[0].key in lang.cues and not _is_cap(nxt[0]):
            return None  # "X lobte das Paket, forderte aber, …": the subject's second verb, not the report
        if comma > cue.end and text[cue.end : comma].strip(SPACE):
            return v2_clause(at, p, cue, mention, comma + 1, s_end, "X-said-clause")
        return None
    if _ends_with(text, s_start, rstrip_end(text, s_start, cue.start), ",—–") and not (
        # "Als der Zug kam, sagte der Mann, er sei müde": a fronted adverbial clause, not the report
        head
        and head[0].key in lang.adverbial_openers
        and "," not in text[s_start : head[-1].end]
        and not continuation.continues_report(at, p, s_start, head[-1].end)
    ):
        return None  # "Die Aktie sei überbewertet, sagte Kraft": the report came before
    last = tokens_tail(text, max(s_start, cue.start - 60), cue.start, 1)
    if (
        any(t.key in lang.determiners or _is_cap(t) for t in last)
        and last[0].key not in lang.cue_fillers
        and not (last[0].start == s_start and last[0].key in lang.function_words)  # "So sagte X, …"
        and not subjects.fronted_phrase(at, s_start, cue)  # "Nach der Sitzung sagte X, …"
    ):
        return None  # the cue is no finite verb after a fronted phrase
    inv = subject_after(text, cue.end, s_end, lang)
    if inv is None:
        return None
    comma = comma_after(at, inv.end, s_end, 7)
    if comma < 0:
        return None
    return v2_clause(at, p, cue, inv, comma + 1, s_end, "X-said-inverted")


def coordinated_cue(at: Attributor, p: Para, cue: Cue, s_start: int, s_end: int) -> Cand | None:
    """A cue coordinated after a comma with the sentence's first verb, sharing its subject: "Die
    Präsidentin begrüßte das Paket, mahnte aber an, auch … anzuheben". The cue follows a comma, no
    subject of its own comes after it (only particles before its comma), and the sentence opens with
    a subject and its verb; the report follows the cue's comma."""
    text, lang = at.text, at.lang
    gap_end = rstrip_end(text, s_start, cue.start)
    if gap_end <= s_start or text[gap_end - 1] != ",":
        return None
    comma = text.find(",", cue.end, min(s_end, cue.end + 40))
    between = tokens(text, cue.end, comma) if comma > 0 else []
    if comma < 0 or len(between) > 3 or any(ch in text[cue.end : comma] for ch in ';:“”"«»„'):
        return None
    if any(
        _is_cap(t) or (t.key not in lang.cue_fillers and t.key not in lang.data.separable_particles)
        for t in between
    ):
        return None  # "…, sagte der Minister, …": the cue's own subject (or an object) after it
    if "," in text[s_start : gap_end - 1]:
        return None  # only the first clause of the sentence: "Als …, sagte …, …" stays the other rules'
    m = subjects.sentence_subject(at, s_start, gap_end - 1, True)
    if m is None or m.start != s_start or m.kind == "pronoun" and m.end >= gap_end - 1:
        return None
    return v2_clause(at, p, cue, m, comma + 1, s_end, "X-said-clause-coordinated")


def as_clause_cue(text: str, s_start: int, cue: Cue, lang: CompiledLanguage) -> bool:
    """Is `cue` the verb closing a sentence-opening "as"-clause ("Wie Brandl betonte, lehnt …"), a
    comma right after it? Its report is the main clause that follows, whatever verb that has."""
    if not lang.data.as_openers:
        return False
    head = tokens(text, s_start, cue.start, limit=10)
    return (
        2 <= len(head) < 10
        and head[0].key in lang.data.as_openers
        and "," not in text[s_start : cue.start]
        and text[cue.end : cue.end + 3].lstrip(SPACE)[:1] == ","
    )


def impersonal_fronted(at: Attributor, p: Para, cue: Cue, s_start: int, s_end: int) -> Cand | None:
    """'Die Ministerin habe bereits zugestimmt, heißt es in dem Schreiben.', 'Örtlich seien bis zu 60
    Liter möglich, hieß es.': the report is the clause before the agentless cue; its source is the
    phrase after a preposition, else the subject of the sentence before when that one has a cue
    ("Der Wetterdienst warnte vor Starkregen."), else nobody. Refused: a clause that has an
    attribution of its own."""
    text, lang = at.text, at.lang
    a, b = _trim_content(text, s_start, text.rfind(",", s_start, cue.start))
    if word_count(text, a, b, 3) < 3 or p.cues_in(a, b):
        return None
    rest = [t for t in tokens(text, cue.end, s_end, limit=10) if t.key not in lang.cue_fillers]
    if rest and rest[0].key not in lang.data.prepositions:
        return None  # "…, heißt es weiter aus dem Ministerium" is fine; other words make a clause
    mention: Mention | None = None
    if len(rest) >= 2:
        # ("…, hieß es in der Mitteilung der Familie": the document's issuer speaks)
        np = document_issuer([t for t in rest[1:] if t.key not in lang.cue_fillers], lang)
        mention = classify(text, np, lang) if np else None
    if mention is None and not rest:
        prev = p.sents[max(0, bisect.bisect_right(p.sent_starts, s_start) - 2)]
        if prev[1] <= s_start:
            for c in p.cues_in(prev[0], prev[1])[:1]:
                mention = subjects.mention_for(at, p, c, prev[0])
    link: Cand | None = None
    if mention is None and not rest:
        # "Dem Unternehmen zufolge sind … unterwegs. Ein Notfahrplan sei nicht möglich, hieß es.",
        # "…, sagte ein Sprecher. Man setze auf …, hieß es weiter.": the source of the report in the
        # sentence before
        prev = p.sents[max(0, bisect.bisect_right(p.sent_starts, s_start) - 2)]
        before = [d for d in at.doc.cands if d.para == p.index and prev[0] <= d.start < s_start]
        if prev[1] <= s_start and before and before[-1].mention is not None:
            link = before[-1]
    kind = kinds.kind_for(at, p, a, b)
    return Cand(a, b, kind, f"{kind}:clause-it-was-said", 0.6, p.index, mention=mention, cue=cue, link=link)


def clause_final(at: Attributor, p: Para, cue: Cue, s_start: int, s_end: int) -> Cand | None:
    """'Mehrere Abgeordnete hätten einen Sonderparteitag verlangt, wie es in der Fraktion hieß.', 'Sie
    denke nicht an Rückzug, ist aus ihrem Umfeld zu hören.', 'Die Halle bleibt, wie es hieß, bis
    Freitag zu': the report is the clause before the agentless cue's clause (both sides when the
    sentence goes on after it); the source is the prepositional phrase inside that clause, else
    nobody. (Document._clause_final has checked the opener.)"""
    text, lang = at.text, at.lang
    comma = text.rfind(",", s_start, cue.start)
    fronted = comma < s_start  # "Wie es aus Regierungskreisen hieß, soll …": the report follows
    head: list[Token] = []
    dated = False  # "wie es am Abend hieß": a time phrase says nothing of the source
    for t in tokens(text, s_start if fronted else comma + 1, cue.start, limit=9):
        if not dated and t.key not in lang.cue_fillers and t.key not in lang.calendar_words:
            head.append(t)
        dated = t.key in lang.data.date_prepositions
    opener = max(
        (len(o) for o in lang.data.clause_final_cues[cue.key] if tuple(t.key for t in head[: len(o)]) == o),
        default=0,
    )
    src = head[opener:]
    mention: Mention | None = None
    if src:
        if len(src) < 2 or src[0].key not in lang.data.prepositions:
            return None  # "…, wie es der Zufall wollte": no source phrase
        mention = classify(text, src[1:], lang) or Mention(
            src[1].start, src[-1].end, "descriptor", text[src[1].start : src[-1].end]
        )
    rest = text[cue.end : rstrip_end(text, cue.end, s_end)].strip(SPACE + ".!?")
    if fronted:
        if not opener or not rest.startswith(","):
            return None
        a0 = cue.end + text[cue.end : s_end].index(",") + 1
        while a0 < s_end and text[a0] in SPACE:
            a0 += 1
        if not _is_clause(text, a0, s_end, lang):
            return None
        a, b = _trim_content(text, a0, _clause_end(at.doc, p, a0, s_end)[0])
        if word_count(text, a, b, 3) < 3:
            return None
        kind = kinds.kind_for(at, p, a, b)
        return Cand(a, b, kind, f"{kind}:as-it-was-said-clause", 0.6, p.index, mention=mention, cue=cue)
    if rest == "":
        a, b = _trim_content(text, s_start, comma)
    elif rest.startswith(","):
        a, b = _trim_content(text, s_start, s_end)  # one span with the attribution inside
    else:
        return None
    if word_count(text, a, comma, 3) < 3 or p.cues_in(s_start, comma):
        return None
    kind = kinds.kind_for(at, p, a, b)
    return Cand(a, b, kind, f"{kind}:clause-as-it-was-said", 0.6, p.index, mention=mention, cue=cue)


def comma_after(at: Attributor, a: int, s_end: int, limit: int) -> int:
    """The comma within `limit` words after `a` (no other cue, conjunction, "that" or quotation
    mark before it), or -1."""
    text, lang = at.text, at.lang
    toks = tokens(text, a, min(s_end, a + 160), limit + 1)  # (no word after toks[limit] is looked at)
    prev_end = a
    in_title = False  # inside a quoted title opened after an article: 'der „Bild“-Zeitung'
    for t in toks[:limit]:
        gap = text[prev_end : t.start]
        if "," in gap:
            return prev_end + gap.index(",")
        if any(ch in gap for ch in ';:“”"«»„'):
            if in_title and gap.strip(SPACE + "-") in ("“", "«", "»", '"'):
                in_title = False
            elif _title_after_article(at, toks, t, gap):
                in_title = True
            else:
                return -1
        if t.key in lang.cues or t.key in lang.data.coordinators or _is_complementizer(t.text, lang):
            return -1
        prev_end = t.end
    gap = text[prev_end : min(s_end, prev_end + 3)]
    if "," in gap and len(toks) <= limit:
        return prev_end + gap.index(",")
    if toks[limit : limit + 1] and "," in text[prev_end : toks[limit].start]:
        return prev_end + text[prev_end : toks[limit].start].index(",")
    return -1


def _title_after_article(at: Attributor, toks: list[Token], t: Token, gap: str) -> bool:
    """'sagte dem „Morgenkurier“, …', 'sagte der »Süddeutschen Zeitung«, …': a quoted title opened right
    after an article (the hearer), not a quotation that ends the search for the comma."""
    k = toks.index(t)
    if k == 0 or toks[k - 1].key not in at.lang.data.definite_articles or not _is_cap(t):
        return False
    return gap.strip(SPACE) in ("„", "»", "«", '"', "“")


def as_subject(at: Attributor, a: int, b: int) -> Mention | None:
    """The subject of an "as"-clause: the phrase after "wie" up to its first preposition or filler
    ("wie die Nachrichtenagentur Reuters unter Berufung auf … berichtete")."""
    text, lang = at.text, at.lang
    toks = tokens(text, a, b, limit=12)
    np: list[Token] = []
    for t in toks:
        if np and (
            (t.key in lang.data.prepositions and t.key not in lang.data.genitive_articles)
            or t.key in lang.cue_fillers
            or t.key in lang.calendar_words
        ):
            break
        np.append(t)
    if not np or len(np) > 8:
        return None
    if len(np) == 1 and np[0].key in lang.pronouns:
        # "…, wie sie selbst sagt, …": the pronoun is the clause's subject
        g = lang.pronouns[np[0].key]
        return Mention(np[0].start, np[0].end, "pronoun", np[0].text, gender=g, plural=g == "p")
    return classify(text, np, lang)


def v2_clause(
    at: Attributor, p: Para, cue: Cue, mention: Mention, a0: int, s_end: int, rule: str
) -> Cand | None:
    text, lang = at.text, at.lang
    while a0 < s_end and text[a0] in SPACE:
        a0 += 1
    first = tokens(text, a0, min(s_end, a0 + 40), 1)
    if first and _is_complementizer(first[0].text, lang):
        a0 = first[0].end
    elif cue.lemma == "ask" and first and first[0].key in lang.data.asked_question_words:
        pass  # "Er fragte zudem, warum …": the question is the report (see complement.find)
    elif not _is_clause(text, a0, s_end, lang) and not _comma_infinitive_clause(text, a0, s_end, lang):
        return None
    if first and first[0].key in lang.data.purpose_infinitive_openers:
        head = tokens(text, a0, min(s_end, a0 + 200))[:16]
        if is_purpose_clause(head, lang) and not reported_after_infinitive_vorfeld(
            text, head, lang, strict=True
        ):
            return None  # "Die Beamten schwärmten aus, um die Gegend abzusuchen": the reporter's purpose
    end, _ = _clause_end(at.doc, p, a0, s_end)
    a, b = _trim_content(text, a0, end)
    if word_count(text, a, b, 2) < 2:
        return None
    kind = kinds.kind_for(at, p, a, b)
    if kind == "mixed":
        b = kinds.mixed_end(at, p, a, b)
    return Cand(a, b, kind, f"{kind}:{rule}", 0.75, p.index, mention=mention, cue=cue)

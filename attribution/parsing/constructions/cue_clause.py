"""Reported speech: a cue followed by its content clause, without quotation marks.

Content before the cue goes to fronted.py, "according to X" to according.py, verb-second word order
to verb_second.py.
Handles:
    The mayor said the bridge would reopen in May.                      (indirect:X-said-clause)
    Ms. Duarte told reporters that the talks had stalled.               (indirect:X-said-that)
Refuses:
    The mayor said nothing about the bridge.                            (no clause after the cue)
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from attribution.parsing import subjects
from attribution.parsing.clauses import _complementizer_after, _finite_verb, _in_relative_clause, _is_clause
from attribution.parsing.constructions import (
    according,
    headline,
    pro_drop,
    relative_report,
    so_said,
    verb_second,
)
from attribution.parsing.constructions import fronted as fronted_content
from attribution.parsing.constructions.complement import (
    bare_clause_report,
    dash_report,
    that_clause_report,
    verbal_report,
)
from attribution.parsing.constructions.speech_act import nominal_infinitive_report, speech_act_report
from attribution.parsing.constructions.trailing import attribution_after, inverted_after_comma
from attribution.parsing.content import _dash_after, _relative_clause_end, _trim_content, comma_before
from attribution.parsing.document import Cand
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.subjects import _MAX_POST, _MAX_PRE
from attribution.parsing.text import Token, is_blank, rstrip_end, tokens

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue, Para


# ------------------------------------------------------------------ reported speech
def find(at: Attributor, p: Para) -> None:
    text, lang = at.text, at.lang
    last_in_sentence: dict[int, Cand] = {}
    trailing: dict[int, int] = {}
    fronted: list[tuple[Cand, int]] = []
    for cue in p.cues:
        s_start, s_end = at.doc.sentence_of(p, cue.start)
        if cue.lemma == "according to":
            according.find(at, p, cue, s_start, s_end)
            continue
        if not cue.used and so_said.find(at, p, cue, s_start, s_end):
            cue.used = True  # "… Así lo anunció la ministra": the sentence before is the report
            continue
        comp = (
            None
            if cue.lemma in lang.data.construction_cues or cue.lemma in lang.data.no_complement_cues
            else _complementizer_after(at.doc, p, cue, s_end)
        )
        if comp is not None and nested_in_report(at, last_in_sentence.get(s_start), cue):
            continue  # "said the plan had failed and that officials had warned that …": nested
        if comp is None and cue.used:
            continue
        # (where the cue's subject is looked for, known before the trailing attribution is: see
        # attribution_after)
        prev = last_in_sentence.get(s_start)
        # (max of two at a time: mypyc compiles a two-argument max to a comparison, three to a call)
        lo = max(max(s_start, prev.end if prev else s_start), cue.start - _MAX_PRE)
        for q in p.pairs_in(lo - _MAX_POST, cue.start) if p.pairs else []:  # (no call without quotes)
            # (a quoted title inside the subject's appositive does not end the subject's search:
            # 'Miriam Castell, whose book "The Disconnected Life" sold …, argues that …')
            if lo < q.outer_end <= cue.start and not subjects.is_name_like(at, p, q):
                lo = q.outer_end
        if comp is None:
            # (the sentence's trailing attribution is looked for only when a cue without a complementizer
            # asks: a sentence of quotations or of "said that" never needs it)
            if not (
                lang.data.verb_second and verb_second.as_clause_cue(text, s_start, cue, lang)
            ) and attribution_after(at, p, cue, s_start, s_end, trailing, lo):
                continue  # "Calder believes the votes are there, one of the aides said."
            gap = relative_report.find(at, p, cue, s_start, s_end)
            if gap is not None:
                # "winds that officials say could last into Monday": the relative clause's verb opens it
                cue.used = True
                at.doc.cands.append(gap)
                last_in_sentence[s_start] = gap
                continue
        # "Michigan governor signs road bill, says gas tax hike is off the table": a headline's
        # second predicate; its subject opens the headline
        mention = (
            headline.coordinated_subject(at, p, s_start, cue.start, cue.key)
            if prev is None and p.index <= 2
            else None
        )
        if mention is None:
            mention = subjects.mention_for(at, p, cue, lo)
        if (
            mention is None
            and prev is not None
            and lang.data.word_order == "svo"
            and text[prev.end : cue.start].strip(SPACE) == ","
            and prev.cue is not None
            and prev.cue.start < prev.start
        ):
            # "X, a nurse who says she voted for him, said she had not decided": the sentence's verb
            # after a report inside the subject's relative clause; its subject is the whole phrase
            whole = subjects.mention_for(at, p, cue, s_start)
            if whole is not None and whole.end <= prev.cue.start:
                mention = whole
        if lo > s_start and (prev is None or prev.end <= lo) and (mention is None or mention.start >= lo):
            # 'The regulator, which rated the school "outstanding" in 2022, said it would …': a quotation
            # inside the subject's relative clause does not end the search for the subject (nor is "two
            # years ago" after it the subject)
            mention = _subject_over_quoted_relative(at, p, cue, s_start, lo) or mention
        if mention is not None and mention.kind == "pronoun" and fold(mention.text) in lang.data.first_person:
            continue  # the writer's own "I said", "I think": no quotation of the article's
        if (
            mention is not None
            and lang.data.pro_drop
            and pro_drop.thing_before_incise(at, mention, cue, s_end)
        ):
            mention = None  # "La medida, añadió, afectará a …": the cue's subject is dropped
        quoted_as = subjects.quoted_as(at, lo, cue) if cue.key in lang.continuation_forms else None
        if quoted_as is not None:
            mention = quoted_as  # "The statement quoted Sisi as saying that …"
        elif (
            mention is not None
            and prev is None
            and cue.key in lang.continuation_forms
            and lang.data.word_order == "svo"
            and mention.start > s_start
            and comma_before(text, mention.end, cue.start)
        ):
            # "The Kremlin rejected the plan, saying it …": the phrase before the comma is the
            # object of the main verb; the participle's subject is the sentence's
            mention = None
        elif mention is not None and prev is None and _first_word(cue.key) in lang.data.coordinators:
            # "La ministre a reconnu des erreurs et assuré que …": a cue that carries its own "et"
            # shares the sentence's subject; the phrase before it is the first verb's object
            mention = None
        if (
            mention is not None
            and comp is None
            and not cue.used
            and inverted_after_comma(at, p, cue, s_start, s_end)
        ):
            continue  # "Investigators believe it started near a rail line, said Capt. Ron Adebayo."
        if (
            mention is not None
            and comp is None  # "ने मांग की कि …" is the clause rule's
            and cue.key in lang.data.nominal_report_cues
            and not cue.used
        ):
            nominal = nominal_infinitive_report(at, p, cue, mention)
            if nominal is not None:
                cue.used = True
                at.doc.cands.append(nominal)
                last_in_sentence[s_start] = nominal
            continue
        if lang.data.verb_second and not cue.used:
            v2 = verb_second.find(at, p, cue, mention, s_start, s_end)
            if v2 is not None:
                cue.used = True
                at.doc.cands.append(v2)
                last_in_sentence[s_start] = v2
                continue
        link = None
        inherit = False
        by_cue = cue_before(at, p, cue) if cue.key in lang.continuation_forms else None
        if by_cue is None and mention is None and lang.data.source_openers:
            mention = source_opener(at, s_start, cue.start)
        if by_cue is not None:
            # "…, he said, adding that …": the participle goes on with the cue right before it
            mention, link = None, by_cue
        elif mention is None:
            # only the last two words before the cue (after its fillers) are read: a short window first,
            # the whole span when the fillers fill it (its first word may be cut, so three are kept)
            w0 = max(lo, cue.start - 80)
            before = tokens(text, w0, cue.start)
            while before and before[-1].key in lang.cue_fillers:
                before.pop()
            if w0 > lo and len(before) < 3:
                before = tokens(text, lo, cue.start)
                while before and before[-1].key in lang.cue_fillers:
                    before.pop()
            continuing = cue.key in lang.continuation_forms or (
                before and before[-1].key in lang.data.coordinators
            )
            to_inf = bool(before) and before[-1].key in lang.data.infinitive_to
            # "…, en lo que calificó como «…»": a free relative whose dropped subject is the sentence's
            lo_que = (
                lang.data.pro_drop
                and len(before) >= 2
                and before[-1].key in lang.data.relative_pronouns
                and before[-2].key in lang.cue_fillers
                and before[-2].key in lang.function_words
                and cue.lemma in lang.data.description_lemmas
            )
            if (continuing or to_inf or lo_que) and prev is None and lang.data.word_order == "svo":
                # "X, the envoy, declined to comment but said …", "X has emailed to say …"
                mention = subjects.sentence_subject(at, s_start, cue.start, bool(continuing) and not to_inf)
            if mention is not None:
                pass
            elif continuing and prev is not None:
                link = prev
            elif (
                lang.data.pro_drop
                and comp is not None
                and prev is None
                and (
                    opens_sentence(at, s_start, cue.start)
                    or pro_drop.opening_circumstance(at, s_start, cue.start)
                )
            ):
                inherit = True  # "Añadió que …": the subject is the last speaker
            elif lang.data.word_order == "sov" and comp is not None:
                link = prev  # Hindi drops a repeated subject: "… और ज़ोर देकर कहा कि …"
            elif lang.data.word_order == "svo" and comp is None:
                inv = subjects.inverted_subject(at, cue.end, s_end)
                if inv is None and lang.data.pro_drop and prev is None:
                    # "También habrá cortes, precisó.", "La medida, añadió, afectará a …": a
                    # pro-drop cue with no subject at all speaks for the last speaker
                    inv = pro_drop.dropped_subject(at, cue, s_end)
                if inv is not None and fronted_content.find(at, p, cue, inv, s_start, s_end, inverted=True):
                    continue
                continue
            elif not continuing:
                continue
        if comp is not None:
            clause = that_clause_report(at, p, cue, comp, s_end, mention, link, inherit)
            if clause is None:
                continue
            a, b, kind, rule, conf = clause
        else:
            # "X stressed that A, and said B": a coordinated cue goes on with the same speaker
            coordinated = mention is None and link is not None and lang.data.word_order == "svo"
            if mention is None and not coordinated:
                continue
            dash = lang.data.word_order == "sov" and _dash_after(text, cue.end, s_end)
            if (
                mention is not None
                and not dash
                and fronted_content.find(
                    at,
                    p,
                    cue,
                    mention,
                    s_start,
                    s_end,
                    # (or a subject after the cue: "…, anunció este viernes la ministra, X, quien …")
                    inverted=(lang.data.verb_second and cue.key in lang.inverted) or mention.start >= cue.end,
                )
            ):
                continue  # "Es sei nicht die Zeit für Panik, betonte er."
            if mention is not None and (cue.key in lang.data.unmarked_subject_cues or dash) and not cue.used:
                dashed = dash_report(at, p, cue, mention, s_end)
                if dashed is not None:
                    cue.used = True
                    at.doc.cands.append(dashed)
                    last_in_sentence[s_start] = dashed
                continue
            verbal = verbal_report(at, p, cue, mention, link, s_start, s_end)
            if verbal is not None:
                cue.used = True
                at.doc.cands.append(verbal)
                last_in_sentence[s_start] = verbal
                continue
            act = None if cue.used else speech_act_report(at, p, cue, s_start, s_end)
            if act is not None:
                a, b, kind, rule = act
                c = Cand(a, b, kind, rule, 0.75, p.index, mention=mention, cue=cue, link=link)
                cue.used = True
                at.doc.cands.append(c)
                last_in_sentence[s_start] = c
                continue
            clause = bare_clause_report(at, p, cue, mention, link, inherit, s_start, s_end)
            if clause is None:
                continue
            a, b, kind, rule, conf = clause
        if mention is not None and _in_relative_clause(text, s_start, cue.start, lang):
            # "Jane Holt, who said the plan was flawed, voted against it": the relative clause
            # (and the report) ends before the main verb
            a, b = _trim_content(text, a, _relative_clause_end(text, a, b, lang))
            if comp is None and not _is_clause(text, a, b, lang):
                continue  # "X, who wrote the bill, bristled at …": no clause left in the relative clause
        c = Cand(
            a,
            b,
            kind,
            rule if kind == "indirect" else rule.replace("indirect", "mixed"),
            conf,
            p.index,
            mention=mention,
            cue=cue,
            link=link,
            inherit=inherit,
        )
        cue.used = True
        at.doc.cands.append(c)
        last_in_sentence[s_start] = c
        if (
            mention is None
            and link is None
            and cue.key in lang.continuation_forms
            and is_blank(text, s_start, cue.start)
        ):
            fronted.append((c, len(at.doc.cands)))
    # "Noting that ties are 33 years old, Wen said that …": a participle opening the sentence goes
    # on with the sentence's own speaker, found after it
    for c, after in fronted:
        s_start = at.doc.sentence_of(p, c.start)[0]
        c.link = next(
            (
                d
                for d in at.doc.cands[after : after + 6]  # the next few made (bounded)
                if d.para == p.index
                and d.start > c.end
                and d.cue is not None
                and (d.mention is not None or d.link is not None)
                and at.doc.sentence_of(p, d.cue.start)[0] == s_start
            ),
            None,
        )


def _subject_over_quoted_relative(at: Attributor, p: Para, cue: Cue, s_start: int, lo: int) -> Mention | None:
    """The subject of a cue set off after a non-restrictive relative clause that holds a quotation
    ('Ofsted, which rated the school "outstanding" two years ago, said …', 'Dunn, who was "furious"
    last week, said …'): the phrase before the relative pronoun, when the clause's comma closes right
    before the cue. None for anything else."""
    text, lang = at.text, at.lang
    if lang.data.word_order != "svo" or lang.data.verb_second:
        return None
    if not text.endswith(",", s_start, rstrip_end(text, s_start, cue.start)):
        return None
    comma = text.find(",", s_start, lo)
    if comma < 0:
        return None
    after = tokens(text, comma + 1, min(lo, comma + 30), 1)
    if not after or after[0].key not in lang.data.relative_pronouns or after[0].key in lang.determiners:
        return None
    prev = at.doc.cands[-1] if at.doc.cands else None
    if prev is not None and prev.para == p.index and s_start <= prev.start < comma:
        return None  # (a report before the relative clause: its own subject was found there)
    whole = subjects.mention_for(at, p, cue, s_start)
    if whole is None or whole.end > comma or whole.kind == "pronoun":
        return None
    return whole


def _first_word(key: str) -> str:
    """key.split(" ", 1)[0], without the list (a cue's key is one word or a few)."""
    sp = key.find(" ")
    return key if sp < 0 else key[:sp]


def nested_in_report(at: Attributor, prev: Cand | None, cue: Cue) -> bool:
    """The cue stands inside the reported clause of the sentence's previous report ("… said the
    plan had failed and that officials had warned that the sites were not ready"): a report
    nested in a report, which is not annotated on its own."""
    if prev is None or prev.kind == "direct" or prev.cue is None or prev.start < prev.cue.end:
        return False
    # (the report itself, or a claim split off it: at most the few candidates made last)
    return any(d.start < cue.start < d.end for d in at.doc.cands[-6:] if d is prev or d.link is prev)


def cue_before(at: Attributor, p: Para, cue: Cue) -> Cand | None:
    """The candidate of the cue that ends right before `cue` and its comma ("he said, adding")."""
    k = bisect.bisect_left(p.cue_starts, cue.start) - 1
    if k < 0:
        return None
    prev = p.cues[k]
    adjacent = at.text[prev.end : cue.start].strip(SPACE) == ","
    cands = at.doc.cands
    for c in cands[-1 : max(-len(cands) - 1, -9) : -1]:  # made just before: the last few (bounded)
        if c.cue is prev:
            m = c.mention
            # "« … », a déclaré la ministre, ajoutant que …": the subject after the cue, then the comma
            after_subject = (
                m is not None and m.start >= prev.end and at.text[m.end : cue.start].strip(SPACE) == ","
            )
            return c if adjacent or after_subject else None
    return None


def source_opener(at: Attributor, s_start: int, pos: int) -> Mention | None:
    """'Desde la Central Unitaria de Trabajadores (CUT) valoraron …, pero advirtieron que …': the
    body after the opening preposition speaks through an impersonal plural verb."""
    text, lang = at.text, at.lang
    toks = tokens(text, s_start, min(pos, s_start + 200))
    if len(toks) < 3 or toks[0].key not in lang.data.source_openers:
        return None
    np: list[Token] = []
    for t in toks[1:]:
        if t.text[:1].islower() and (t.key in lang.cues or _finite_verb(t, lang)):
            break
        if np and "," in text[np[-1].end : t.start]:
            return None  # "Desde Bogotá, el viceministro …": a place, then the subject
        np.append(t)
    if not np or len(np) > 10:
        return None
    while np and np[-1].text.isupper() and len(np) > 1 and "(" in text[np[-2].end : np[-1].start]:
        np.pop()  # "(CUT)"
    m = classify(text, np, lang)
    if m is None or m.kind == "pronoun" or not (m.kind in ("org", "name") or m.head_class):
        return None
    return m


def opens_sentence(at: Attributor, s_start: int, pos: int) -> bool:
    """Only fillers and connectives before `pos` in its sentence ("Añadió", "Además, indicó")."""
    lang = at.lang
    if pos - s_start > 80:
        return False  # a few fillers at most: the bound keeps long sentences linear
    for t in tokens(at.text, s_start, pos):
        k = t.key
        if not (
            k in lang.cue_fillers
            or k in lang.data.contrast_words
            or k in lang.data.coordinators
            or k in lang.calendar_words
        ):
            return False
    return True



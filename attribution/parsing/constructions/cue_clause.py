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

from attribution.parsing import kinds, subjects
from attribution.parsing.clauses import (
    _complementizer_after,
    _finite_verb,
    _gerund_after,
    _in_relative_clause,
    _infinitive_after,
    _is_clause,
    _skip_circumstance,
    _skip_object,
)
from attribution.parsing.constructions import according, verb_second
from attribution.parsing.constructions import fronted as fronted_content
from attribution.parsing.content import (
    _clause_end,
    _dash_after,
    _relative_clause_end,
    _trailer_ok,
    _trim_content,
)
from attribution.parsing.document import OPEN_QUOTES, Cand
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions import Mention, classify, subject_after
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.subjects import _MAX_POST, _MAX_PRE
from attribution.parsing.text import Token, is_blank, rstrip_end, tokens, word_count

if TYPE_CHECKING:
    from attribution.parsing.document import Cue, Para
    from attribution.parsing.engine import Attributor


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
        comp = _complementizer_after(at.doc, p, cue, s_end)
        if s_start not in trailing:
            trailing[s_start] = trailing_attribution(at, p, s_start, s_end)
        if comp is None and trailing[s_start] > cue.start:
            continue  # "Calder believes the votes are there, one of the aides said."
        if cue.used and comp is None:
            continue
        prev = last_in_sentence.get(s_start)
        lo = max(s_start, prev.end if prev else s_start, cue.start - _MAX_PRE)
        for q in p.pairs_in(lo - _MAX_POST, cue.start):
            # (a quoted title inside the subject's appositive does not end the subject's search:
            # 'Miriam Castell, whose book "The Disconnected Life" sold …, argues that …')
            if lo < q.outer_end <= cue.start and not subjects.is_name_like(at, p, q):
                lo = q.outer_end
        mention = subjects.mention_for(at, p, cue, lo)
        if mention is not None and mention.kind == "pronoun" and fold(mention.text) in lang.data.first_person:
            continue  # the writer's own "I said", "I think": no quotation of the article's
        quoted_as = subjects.quoted_as(at, lo, cue) if cue.key in lang.continuation_forms else None
        if quoted_as is not None:
            mention = quoted_as  # "The statement quoted Sisi as saying that …"
        elif (
            mention is not None
            and prev is None
            and cue.key in lang.continuation_forms
            and lang.data.word_order == "svo"
            and mention.start > s_start
            and text.endswith(",", mention.end, rstrip_end(text, mention.end, cue.start))
        ):
            # "The Kremlin rejected the plan, saying it …": the phrase before the comma is the
            # object of the main verb; the participle's subject is the sentence's
            mention = None
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
            before = tokens(text, lo, cue.start)
            while before and before[-1].key in lang.cue_fillers:
                before.pop()
            continuing = cue.key in lang.continuation_forms or (
                before and before[-1].key in lang.data.coordinators
            )
            to_inf = bool(before) and before[-1].key in lang.data.infinitive_to
            if (continuing or to_inf) and prev is None and lang.data.word_order == "svo":
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
                and opens_sentence(at, s_start, cue.start)
            ):
                inherit = True  # "Añadió que …": the subject is the last speaker
            elif lang.data.word_order == "sov" and comp is not None:
                link = prev  # Hindi drops a repeated subject: "… और ज़ोर देकर कहा कि …"
            elif lang.data.word_order == "svo" and comp is None:
                inv = subject_after(text, cue.end, s_end, lang)
                if inv is not None and fronted_content.find(at, p, cue, inv, s_start, s_end, inverted=True):
                    continue
                continue
            elif not continuing:
                continue
        if comp is not None:
            end, _ = _clause_end(at.doc, p, comp, s_end)
            a, b = _trim_content(text, comp, end)
            if word_count(text, a, b) < 2:
                continue
            kind, rule = kinds.kind_for(at, p, a, b), "indirect:X-said-that"
            whole = [q for q in p.pairs_in(a - 2, a + 2) if q.open_pos <= a + 1 and q.outer_end >= b - 1]
            if whole and whole[0].closed:
                # "ने कहा कि “हम हर गांव तक पहुंचेंगे।”": the whole clause is quoted, so direct
                kind, rule, a, b = "direct", "direct:X-said-that-quote", whole[0].start, whole[0].end
            elif kind == "mixed":
                b = kinds.mixed_end(at, p, a, b)
            conf = 0.85
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
                    inverted=lang.data.verb_second and cue.key in lang.inverted,
                )
            ):
                continue  # "Es sei nicht die Zeit für Panik, betonte er."
            if mention is not None and (cue.key in lang.data.unmarked_subject_cues or dash) and not cue.used:
                # "मंत्री बोले – हर पीड़ित तक पहुंचेगी मदद", "सरकार ने कहा- …": the words after the dash
                a0 = cue.end
                while a0 < s_end and text[a0] in SPACE + ",:—–-":
                    a0 += 1
                if a0 > cue.end and a0 < s_end and text[a0] not in OPEN_QUOTES:
                    a, b = _trim_content(text, a0, s_end)
                    for nxt in p.cues_in(a + 1, b)[:12]:  # (capped: linear on run-on text)
                        # "X बोला- A, Y ने कहा- B": a second attribution ends the first report
                        comma = text.rfind(",", a, nxt.start)
                        if comma > a and _dash_after(text, nxt.end, s_end):
                            a, b = _trim_content(text, a, comma)
                            break
                    if word_count(text, a, b) >= 2:
                        c = Cand(
                            a,
                            b,
                            "indirect",
                            "indirect:X-said-dash",
                            0.7,
                            p.index,
                            mention=mention,
                            cue=cue,
                        )
                        cue.used = True
                        at.doc.cands.append(c)
                        last_in_sentence[s_start] = c
                continue
            # "a reconnu (toutefois) avoir eu « un peu peur »": an infinitive report;
            # "recalled coming home from school to find …", "denied taking the money": a gerund one
            report_start, report = _infinitive_after(text, cue.end, s_end, lang), "infinitive"
            if report_start is None:
                report_start, report = _gerund_after(text, cue, s_end, lang), "gerund"
            if report_start is not None and not cue.used:
                end, _ = _clause_end(at.doc, p, report_start, s_end)
                a, b = _trim_content(text, report_start, end)
                if _in_relative_clause(text, s_start, cue.start, lang):
                    a, b = _trim_content(text, a, _relative_clause_end(text, a, b, lang))
                kind = kinds.kind_for(at, p, a, b)
                c = Cand(
                    a,
                    b,
                    kind,
                    f"{kind}:X-said-{report}",
                    0.7,
                    p.index,
                    mention=mention,
                    cue=cue,
                    link=link,
                )
                cue.used = True
                at.doc.cands.append(c)
                last_in_sentence[s_start] = c
                continue
            if cue.lemma not in lang.data.bare_clause_lemmas or cue.used:
                continue
            if (
                mention is not None
                and mention.start - s_start > 0
                and text.endswith(",", s_start, rstrip_end(text, s_start, mention.start))
                and word_count(text, s_start, mention.start) > 4
                # "Asked about the talks on Tuesday, X said he …": an opening circumstance is fine
                and not any(
                    t.key in lang.adverbial_openers
                    or (lang.data.cased and t.key.endswith("ing"))
                    or (t.key in lang.determiners and mention.kind == "name")
                    for t in tokens(text, s_start, s_start + 40)[:1]
                )  # "Opening the case last week, X told …", "Her main opponent, Cllr X, said …"
            ):
                continue
            prev_tok = (
                tokens(text, max(s_start, mention.start - 30), mention.start)[-1:]
                if mention is not None
                else []
            )
            if (
                mention is not None
                and prev_tok
                and text[prev_tok[0].end : mention.start].strip(SPACE) == ""
                and prev_tok[0].text[:1].islower()
                and prev_tok[0].key not in lang.function_words
                and prev_tok[0].key not in lang.cue_fillers
                and prev_tok[0].key not in lang.adverbial_openers
                and prev_tok[0].key not in lang.data.contrast_words
                and prev_tok[0].key not in lang.data.prepositions
                and mention.kind != "name"
            ):
                continue  # "a phrase the author admits she …": a relative clause, not a report
            a0 = cue.end
            while a0 < s_end and text[a0] in SPACE + ",:":
                a0 += 1
            if lang.data.verb_second and not any(ch in text[cue.end : a0] for ch in ",:"):
                continue  # German puts a comma before a that-less report: "warnen vor einem …" is none
            if cue.lemma == "tell":
                a0 = _skip_object(text, a0, s_end, lang)
            a0 = _skip_circumstance(text, a0, s_end, lang)
            if not _is_clause(text, a0, s_end, lang):
                continue
            first = tokens(text, a0, min(s_end, a0 + 20))[:1]
            if first and first[0].key in lang.data.question_openers:
                continue  # "declined to say whether …": a question, not a claim
            if first and cue.lemma == "add" and first[0].text[:1].isdigit():
                continue  # "added 22 points and 14 rebounds": a quantity, not a report
            end, _ = _clause_end(at.doc, p, a0, s_end)
            a, b = _trim_content(text, a0, end)
            kind, rule, conf = kinds.kind_for(at, p, a, b), "indirect:X-said-clause", 0.7
            if kind == "mixed":
                b = kinds.mixed_end(at, p, a, b)
        if mention is not None and _in_relative_clause(text, s_start, cue.start, lang):
            # "Jane Holt, who said the plan was flawed, voted against it": the relative clause
            # (and the report) ends before the main verb
            a, b = _trim_content(text, a, _relative_clause_end(text, a, b, lang))
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


def cue_before(at: Attributor, p: Para, cue: Cue) -> Cand | None:
    """The candidate of the cue that ends right before `cue` and its comma ("he said, adding")."""
    k = bisect.bisect_left(p.cue_starts, cue.start) - 1
    if k < 0:
        return None
    prev = p.cues[k]
    if at.text[prev.end : cue.start].strip(SPACE) != ",":
        return None
    cands = at.doc.cands
    for c in cands[-1 : max(-len(cands) - 1, -9) : -1]:  # made just before: the last few (bounded)
        if c.cue is prev:
            return c
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


def trailing_attribution(at: Attributor, p: Para, s_start: int, s_end: int) -> int:
    """Where a sentence-final ', X said.' starts (-1 if none): cues before it are part of the content
    it attributes. Computed once per sentence, looking only at the sentence's last cue."""
    if at.lang.data.word_order != "svo":
        return -1
    i = bisect.bisect_left(p.cue_starts, s_end) - 1
    while i >= 0 and p.cues[i].lemma == "according to":
        i -= 1
    if i < 0 or p.cues[i].start < s_start:
        return -1
    last = p.cues[i]
    text = at.text
    if _complementizer_after(at.doc, p, last, s_end) is not None:
        return -1
    m = subjects.mention_for(at, p, last, max(s_start, last.start - 200))
    if m is not None:
        left, right = m.start, last.end
    else:
        m = subject_after(text, last.end, s_end, at.lang)
        if m is None:
            return -1
        left, right = last.start, m.end
    if not text[max(s_start, left - 10) : left].rstrip(SPACE).endswith(","):
        return -1
    return left if _trailer_ok(at.doc, right, s_end, last.lemma) else -1

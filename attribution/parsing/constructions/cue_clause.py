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
import itertools
from typing import TYPE_CHECKING

from attribution.parsing import kinds, subjects
from attribution.parsing.clauses import (
    _clause_verb,
    _comma_infinitive_clause,
    _complementizer_after,
    _finite_verb,
    _gerund_after,
    _in_relative_clause,
    _infinitive_after,
    _is_clause,
    _past_form,
    _skip_circumstance,
    _skip_object,
)
from attribution.parsing.constructions import according, pro_drop, relative_report, so_said, verb_second
from attribution.parsing.constructions import fronted as fronted_content
from attribution.parsing.content import (
    _clause_end,
    _dash_after,
    _infinitive_report,
    _infinitive_verb,
    _object_before,
    _relative_clause_end,
    _trailer_ok,
    _trim_content,
)
from attribution.parsing.document import OPEN_QUOTES, Cand
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.after import subject_after
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.subjects import _MAX_POST, _MAX_PRE
from attribution.parsing.text import Token, is_blank, rstrip_end, tokens, word_count

if TYPE_CHECKING:
    from attribution.parsing.document import Cue, Para
    from attribution.parsing.engine import Attributor
    from attribution.parsing.quotemarks import QuotePair


def _coordinated_clause_end(text: str, a: int, b: int, lang: CompiledLanguage) -> int:
    """End of an infinitive or object report before a coordinated clause of the reporter's: "vowed to
    change it | and the clock is running out" (a coordinator, then a subject and its verb)."""
    toks = tokens(text, a, b)[:80]  # (bounded: a report's first words)
    for i in range(1, len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if t.key not in lang.data.coordinators or not t.text[:1].islower():
            continue
        if (nxt.key in lang.determiners or nxt.key in lang.pronouns) and _is_clause(text, nxt.start, b, lang):
            return rstrip_end(text, a, t.start, SPACE + ",")
    return b


def _quantity_object(text: str, a: int, b: int, lang: CompiledLanguage) -> int | None:
    """Start of the quantity a cue puts on something ("estimated annual cost savings of $25 million by
    2028"): a noun phrase right after the cue with a figure among its first words, and no clause (the
    clause is the that-less report: "estimated the deal was worth $2 billion")."""
    toks = tokens(text, a, min(b, a + 120))[:10]
    if len(toks) < 3 or not is_blank(text, a, toks[0].start):
        return None
    first = toks[0]
    if first.key in lang.pronouns or first.key in lang.data.prepositions or first.key in lang.cues:
        return None
    if not any(t.text[:1].isdigit() or t.key in lang.data.number_words for t in toks):
        return None
    if _is_clause(text, first.start, b, lang) and _has_finite_verb(text, first.start, b, lang):
        return None
    return first.start


def _has_finite_verb(text: str, a: int, b: int, lang: CompiledLanguage) -> bool:
    """A clear finite verb among a clause's first words: an auxiliary or modal (also contracted) or a
    past-tense form ("announced it would close", "denied he took"), not a plural noun's -s."""
    toks = tokens(text, a, min(b, a + 160))[:12]
    for i, t in enumerate(toks):
        if i > 0 and (t.key in lang.data.relative_pronouns or t.key in lang.data.complementizers):
            # a relative clause on a noun object: "promised new housing for every family that lost a
            # home", "pledged money for schools that serve the evacuated towns" (optional in the
            # annotation guide, and no report)
            return False
        if _clause_verb(t, lang) or _past_form(t, lang):
            return True
    return False


def _np_opening(text: str, s_start: int, m_start: int, lang: CompiledLanguage) -> bool:
    """Are the words before a speaker phrase, from the sentence start or a colon, just an
    article and a noun, or one noun ("The county clerk's office says", "Turnout update: The county
    clerk's office says")? Then they are the phrase's own first words, not a relative clause's head."""
    lo = s_start
    k = text.rfind(":", s_start, m_start)  # (not a dash: "– a phrase the author admits she …")
    if k >= 0:
        lo = k + 1
    before = tokens(text, lo, m_start)
    return len(before) == 1 or (len(before) == 2 and before[0].key in lang.determiners)


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
        if s_start not in trailing:
            trailing[s_start] = trailing_attribution(at, p, s_start, s_end)
        if comp is None and trailing[s_start] > cue.start:
            continue  # "Calder believes the votes are there, one of the aides said."
        if cue.used and comp is None:
            continue
        if comp is None and not cue.used:
            gap = relative_report.find(at, p, cue, s_start, s_end)
            if gap is not None:
                # "winds that officials say could last into Monday": the relative clause's verb opens it
                cue.used = True
                at.doc.cands.append(gap)
                last_in_sentence[s_start] = gap
                continue
        prev = last_in_sentence.get(s_start)
        lo = max(s_start, prev.end if prev else s_start, cue.start - _MAX_PRE)
        for q in p.pairs_in(lo - _MAX_POST, cue.start):
            # (a quoted title inside the subject's appositive does not end the subject's search:
            # 'Miriam Castell, whose book "The Disconnected Life" sold …, argues that …')
            if lo < q.outer_end <= cue.start and not subjects.is_name_like(at, p, q):
                lo = q.outer_end
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
            and text.endswith(",", mention.end, rstrip_end(text, mention.end, cue.start))
        ):
            # "The Kremlin rejected the plan, saying it …": the phrase before the comma is the
            # object of the main verb; the participle's subject is the sentence's
            mention = None
        elif mention is not None and prev is None and cue.key.split(" ", 1)[0] in lang.data.coordinators:
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
                inv = subject_after(text, cue.end, s_end, lang)
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
            end, _ = _clause_end(at.doc, p, comp, s_end)
            a, b = _trim_content(text, comp, end)
            if word_count(text, a, b) < 2:
                continue
            kind, rule = kinds.kind_for(at, p, a, b), "indirect:X-said-that"
            enclosing = [q for q in p.pairs_in(a - 2, a + 2) if q.open_pos <= a + 1 and q.outer_end >= b - 1]
            if enclosing and enclosing[0].closed:
                # "ने कहा कि “हम हर गांव तक पहुंचेंगे।”": the whole clause is quoted, so direct
                kind, rule, a, b = "direct", "direct:X-said-that-quote", enclosing[0].start, enclosing[0].end
            elif kind == "mixed" and and_that_split(at, p, a, b) is None:
                b = kinds.mixed_end(at, p, a, b)  # (a second report after "but that" is kept)
            conf = 0.85
            second = and_that_split(at, p, a, b)
            if second is not None and rule == "indirect:X-said-that":
                # "a expliqué qu'il faisait confiance à ses services et qu'il ne lisait pas …": two
                # reports of one cue, each its own quote
                b = _trim_content(text, a, second[0])[1]
                kind = kinds.kind_for(at, p, a, b)
                a2, b2 = second[1], second[2]
                kind2 = kinds.kind_for(at, p, a2, b2)
                at.doc.cands.append(
                    Cand(
                        a2,
                        b2,
                        kind2,
                        f"{kind2}:X-said-that-and-that",
                        conf,
                        p.index,
                        mention=mention,
                        cue=cue,
                        link=link,
                        inherit=inherit,
                    )
                )
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
            if report_start is not None and pro_drop.restrictive_relative(text, s_start, cue, lang):
                report_start = None  # "Un operador que pidió no ser identificado relató …": the subject's
            if report_start is not None and not cue.used:
                end, _ = _clause_end(at.doc, p, report_start, s_end)
                colon = text.find(":", report_start, end)
                if colon > 0 and text[colon + 1 : colon + 3].strip(SPACE)[:1] in OPEN_QUOTES:
                    end = colon  # "X descarta subir impuestos: «…»": the quotation is its own
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
            act = None if cue.used else speech_act_report(at, p, cue, s_start, s_end)
            if act is not None:
                a, b, kind, rule = act
                c = Cand(a, b, kind, rule, 0.75, p.index, mention=mention, cue=cue, link=link)
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
                    # "Reached by phone on Monday, X said", "Pressed on the question, he told …"
                    or (lang.data.cased and _past_form(t, lang) and t.text[:1].isupper())
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
                and not cue.start <= mention.start < cue.end  # "erzählte sie, …": the cue's own pronoun
                and text[prev_tok[0].end : mention.start].strip(SPACE) == ""
                and prev_tok[0].text[:1].islower()
                and prev_tok[0].key not in lang.function_words
                and prev_tok[0].key not in lang.cue_fillers
                and prev_tok[0].key not in lang.adverbial_openers
                and prev_tok[0].key not in lang.data.contrast_words
                and prev_tok[0].key not in lang.data.prepositions
                and mention.kind != "name"
                # ("The county clerk's office says …": an article and a noun before the subject at the
                # sentence start are its own first words, no relative clause's head)
                and not _np_opening(text, s_start, mention.start, lang)
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
            if not _is_clause(text, a0, s_end, lang) and not (
                lang.data.verb_second and _comma_infinitive_clause(text, a0, s_end, lang)
            ):
                continue
            strict = cue.lemma in lang.data.strict_clause_lemmas
            if strict and not _has_finite_verb(text, a0, s_end, lang):
                continue  # "announced the closure of two plants": a noun object
            first = tokens(text, a0, min(s_end, a0 + 20))[:1]
            if (first and first[0].key in lang.data.question_openers) or any(
                t.key in lang.data.question_openers for t in tokens(text, cue.end, a0)[:6]
            ):
                continue  # "declined to say whether …", "told reporters how …": a question, not a claim
            if first and first[0].key in lang.data.purpose_infinitive_openers:
                continue  # "rief, um Hilfe zu holen, …": the reporter's purpose clause
            if first and cue.lemma == "add" and first[0].text[:1].isdigit():
                continue  # "added 22 points and 14 rebounds": a quantity, not a report
            end, _ = _clause_end(at.doc, p, a0, s_end)
            a, b = _trim_content(text, a0, end)
            kind, rule, conf = kinds.kind_for(at, p, a, b), "indirect:X-said-clause", 0.7
            if kind == "mixed" and and_that_split(at, p, a, b) is None:
                b = kinds.mixed_end(at, p, a, b)  # (a second report after "but that" is kept)
            second = and_that_split(at, p, a, b)
            if second is not None:
                # "said the budget was balanced and that no jobs would be cut": as after "said
                # that …", two reports of one cue, each its own quote
                b = _trim_content(text, a, second[0])[1]
                kind = kinds.kind_for(at, p, a, b)
                kind2 = kinds.kind_for(at, p, second[1], second[2])
                at.doc.cands.append(
                    Cand(
                        second[1],
                        second[2],
                        kind2,
                        f"{kind2}:X-said-clause-and-that",
                        conf,
                        p.index,
                        mention=mention,
                        cue=cue,
                        link=link,
                        inherit=inherit,
                    )
                )
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


def inverted_after_comma(at: Attributor, p: Para, cue: Cue, s_start: int, s_end: int) -> bool:
    """'…, said Capt. Ron Adebayo of the fire marshal's office.': a cue right after the comma that
    ends the content, with its subject after it, takes the content before it (even when a phrase
    before the comma looked like its subject). True when it made the candidate."""
    text, lang = at.text, at.lang
    if (
        lang.data.word_order != "svo"
        or lang.data.verb_second
        or cue.key in lang.continuation_forms
        or cue.lemma in lang.data.object_cue_lemmas
    ):
        return False
    if not text.endswith(",", s_start, rstrip_end(text, s_start, cue.start)):
        return False
    inv = subject_after(text, cue.end, s_end, lang)
    if inv is None:
        return False
    # "Margaret Hsu, 72, said a driver had clipped …": a verb after the phrase makes it the
    # content's subject, not the cue's (a relative clause about the speaker may have one)
    for t in tokens(text, inv.end, min(s_end, inv.end + 200)):
        if t.key in lang.data.relative_pronouns and text.endswith(
            ",", inv.end, rstrip_end(text, inv.end, t.start)
        ):
            break
        if _finite_verb(t, lang):
            return False
    return fronted_content.find(at, p, cue, inv, s_start, s_end, inverted=True)


def nested_in_report(at: Attributor, prev: Cand | None, cue: Cue) -> bool:
    """The cue stands inside the reported clause of the sentence's previous report ("… said the
    plan had failed and that officials had warned that the sites were not ready"): a report
    nested in a report, which is not annotated on its own."""
    if prev is None or prev.kind == "direct" or prev.cue is None or prev.start < prev.cue.end:
        return False
    # (the report itself, or a claim split off it: at most the few candidates made last)
    return any(d.start < cue.start < d.end for d in at.doc.cands[-6:] if d is prev or d.link is prev)


def nominal_infinitive_report(at: Attributor, p: Para, cue: Cue, mention: Mention) -> Cand | None:
    """'महापौर सुनीता अग्रवाल ने लोगों से पानी का सोच-समझकर इस्तेमाल करने की अपील की': the report is the
    oblique infinitive phrase between the subject's marker and the genitive before the noun cue.
    Refused: 'परिवार ने न्याय की मांग की' (a noun object, no infinitive)."""
    text, data = at.text, at.lang.data
    toks = tokens(text, mention.end, cue.start, 60)
    if len(toks) < 4 or toks[0].key not in data.subject_markers:
        return None
    gen, verb = toks[-1], toks[-2]
    if (
        gen.key not in data.nominal_report_genitives
        or not is_blank(text, gen.end, cue.start)
        or not verb.key.endswith(data.oblique_infinitive_suffix)
        or len(verb.key) <= len(data.oblique_infinitive_suffix) + 1
    ):
        return None
    a, b = _trim_content(text, toks[1].start, verb.end)
    if word_count(text, a, b) < 3:
        return None
    kind = kinds.kind_for(at, p, a, b)
    return Cand(a, b, kind, f"{kind}:X-urged-infinitive", 0.7, p.index, mention=mention, cue=cue)


def and_that_split(at: Attributor, p: Para, a: int, b: int) -> tuple[int, int, int] | None:
    """In a report text[a:b], a coordinator right before a second complementizer outside quotation
    marks ("… et qu'il ne lisait pas …", "… and that the plan …"): (coordinator start, start and end
    of the second report), or None."""
    text, lang = at.text, at.lang
    if not lang.data.split_coordinated_reports or not lang.data.coordinators:
        return None
    quoted = [(q.open_pos, q.outer_end) for q in p.pairs_in(a, b)]
    toks = tokens(text, a, b, 200)
    for i in range(1, len(toks) - 3):
        t = toks[i]
        if t.key not in lang.data.coordinators or any(qa <= t.start < qb for qa, qb in quoted):
            continue
        nt = toks[i + 1]
        comps = lang.data.complementizers
        if not is_blank(text, t.end, nt.start):
            continue
        elided = [c for c in comps if c[-1:] in "'’" and nt.key.startswith(fold(c))]
        if nt.key in comps:
            start2 = nt.end
        elif elided:
            start2 = nt.start + len(elided[0])  # "et qu'il …": the elided complementizer
        else:
            continue
        a2, b2 = _trim_content(text, start2, b)
        # (where the complementizer is also a determiner, the first report must be a clause of its
        # own: "said the new deputy and that colleague had met" coordinates two subjects)
        determiner = nt.key in lang.determiners
        if word_count(text, a2, b2) >= 3 and (
            _is_clause(text, a, t.start, lang) if determiner else word_count(text, a, t.start) >= 3
        ):
            return t.start, a2, b2
    return None


def speech_act_report(
    at: Attributor, p: Para, cue: Cue, s_start: int, s_end: int
) -> tuple[int, int, str, str] | None:
    """The report of a speech-act cue that takes no clause: (start, end, kind, rule).

    "urged residents to leave", "called on the board to resign": object and infinitive;
    "vowed to rebuild every home": the infinitive; "accused the bank of choking households": object
    and charge; 'called the scheme "a shambles"': object and quoted name (mixed); 'described the
    delays as "regrettable"': the quoted description only (direct)."""
    text, lang, data = at.text, at.lang, at.lang.data
    before = tokens(text, max(s_start, cue.start - 30), cue.start)[-1:]
    if before and before[0].key in data.passive_aux:
        return None  # "was accused of fraud", "is described as …": the subject is the object
    lemma = cue.lemma
    start: int | None = None
    joiner: Token | None = None
    if lemma in data.object_infinitive_lemmas:
        found = _object_before(text, cue.end, s_end, lang, data.infinitive_to)
        if found is not None and found[1].key in data.infinitive_to:
            nxt = tokens(text, found[1].end, min(s_end, found[1].end + 40))[:1]
            if nxt and (_infinitive_verb(nxt[0], lang) or text[found[1].end : nxt[0].start].strip(SPACE)):
                start, joiner = found
    elif lemma in data.infinitive_lemmas:
        start = _infinitive_report(text, cue.end, s_end, lang)
    elif lemma in data.object_preposition_lemmas:
        prep = data.object_preposition_lemmas[lemma]
        found = _object_before(text, cue.end, s_end, lang, frozenset([prep]))
        if found is not None:
            start, joiner = found
    elif (
        lemma in data.naming_lemmas or lemma in data.description_lemmas or lemma in data.object_phrase_lemmas
    ):
        return naming_report(at, p, cue, s_end)
    elif lemma in data.quantity_object_lemmas:
        start = _quantity_object(text, cue.end, s_end, lang)
    if start is None:
        return None
    end, _ = _clause_end(at.doc, p, joiner.start if joiner is not None else start, s_end)
    end = _coordinated_clause_end(text, joiner.end if joiner is not None else start, end, lang)
    a, b = _trim_content(text, start, end)
    if word_count(text, a, b) < 3:
        return None
    if _in_relative_clause(text, s_start, cue.start, lang):
        a, b = _trim_content(text, a, _relative_clause_end(text, a, b, lang))
    kind = kinds.kind_for(at, p, a, b)
    if kind == "mixed":
        b = kinds.mixed_end(at, p, a, b)
    return a, b, kind, f"{kind}:X-{lemma.replace(' ', '-')}-object"


def naming_report(at: Attributor, p: Para, cue: Cue, s_end: int) -> tuple[int, int, str, str] | None:
    """'called the scheme "a shambles from start to finish"' (mixed: the object and the name) and
    'described the delays as "regrettable"' (direct: the quoted description is the whole report)."""
    text, data = at.text, at.lang.data
    pairs = [q for q in p.pairs_in(cue.end, min(s_end, cue.end + 200)) if q.open_pos >= cue.end]
    if not pairs or not pairs[0].closed:
        return None
    q = pairs[0]
    between = tokens(text, cue.end, q.open_pos)
    if len(between) > 8 or any(ch in text[cue.end : q.open_pos] for ch in ".;:!?()"):
        return None
    if any(t.key in at.lang.cues and t.key not in at.lang.title_words for t in between):
        return None
    prep = data.object_phrase_lemmas.get(cue.lemma)
    if prep is not None:
        return spoken_of(at, p, cue, q, between, s_end, prep)
    as_word = data.description_lemmas.get(cue.lemma)
    after_as = bool(between) and between[-1].key == as_word
    if as_word is not None and cue.lemma in data.naming_lemmas and not after_as:
        as_word = None  # "calificó de «…» la medida": not "calificó como «…»", so a name it puts
    if as_word is not None:
        # the quoted description right after "as", and nothing but its end after it
        last = between[-1] if between else None
        # (or its elided form: 'qualifié d'« effort partagé »')
        elided = (
            last is not None
            and as_word.startswith(last.key)
            and len(last.key) == 1
            and text[last.end : q.open_pos].strip(SPACE) in ("'", "’")
        )
        if last is None or not (elided or last.key == as_word and is_blank(text, last.end, q.open_pos)):
            return None
        return q.start, q.end, "direct", "direct:X-described-as-quote"
    if (
        len(between) == 1
        and between[0].key in data.description_markers
        and is_blank(text, between[0].end, q.open_pos)
    ):
        # "calificó de «chapuza» la reforma": the name, then the object (mixed); "lo calificó de
        # «chapuza»": the name is the whole report (direct)
        end = _phrase_end(at, p, q.outer_end, s_end)
        if word_count(text, q.outer_end, end) == 0:
            return q.start, q.end, "direct", "direct:X-called-quote"
        a, b = _trim_content(text, q.open_pos, end)
        return a, b, "mixed", "mixed:X-called-Y"
    if not between or not is_blank(text, between[-1].end, q.open_pos):
        return None  # 'called it “a careful piece of work”': the object right before the name
    if between[0].key in data.prepositions or between[0].key in data.infinitive_to:
        return None  # "called for …", "called on …": other constructions
    b_end = q.end
    if between[-1].key in data.description_markers:
        # "calificó el cierre de «traición» a una plantilla que …": the name's own complement goes on
        b_end = _phrase_end(at, p, q.outer_end, s_end)
    a, b = _trim_content(text, between[0].start, b_end)
    return a, b, "mixed", "mixed:X-called-Y"


def _phrase_end(at: Attributor, p: Para, a: int, s_end: int) -> int:
    """Where the phrase after a quoted name ends: the clause's end, or a coordinated verb ("… los
    hechos y pidió prisión": the object ends before "y pidió")."""
    text = at.text
    end, _ = _clause_end(at.doc, p, a, s_end)
    for t0, t1 in itertools.pairwise(tokens(text, a, end)[:16]):
        if t0.key in at.lang.data.coordinators and (_finite_verb(t1, at.lang) or t1.key in at.lang.cues):
            return rstrip_end(text, a, t0.start)
    return end


def spoken_of(
    at: Attributor, p: Para, cue: Cue, q: QuotePair, between: list[Token], s_end: int, prep: str
) -> tuple[int, int, str, str] | None:
    """'sprach von einem „schwarzen Tag“' (direct: the quoted words are the whole object) and 'sprach
    von einer „völlig verkorksten“ Reform' (mixed: the object, a noun phrase holding the quoted words);
    'sprach in seinem Plädoyer von einer „…“': a short adverbial before the preposition."""
    text, lang = at.text, at.lang
    if not cue.key.endswith(" " + prep):
        at_prep = [i for i, t in enumerate(between) if t.key == prep]
        if not at_prep or any(ch in text[cue.end : between[at_prep[-1]].start] for ch in ",;:"):
            return None
        between = between[at_prep[-1] + 1 :]
    if any(t.key not in lang.determiners for t in between):
        return None
    nxt = tokens(text, q.outer_end, min(s_end, q.outer_end + 40))[:1]
    if (
        not nxt
        or not between  # 'spricht von „…“ und will …': no article, so no noun phrase around the quotation
        or not is_blank(text, q.outer_end, nxt[0].start)
        or nxt[0].key in lang.data.coordinators
        or nxt[0].key in lang.data.contrast_words
    ):
        if word_count(text, q.start, q.end) < 2:
            return None  # 'spricht von „Wahlgeschenk“': one quoted word, a label rather than a quotation
        return q.start, q.end, "direct", "direct:X-spoke-of-quote"
    end, _ = _clause_end(at.doc, p, q.outer_end, s_end)
    a, b = _trim_content(text, between[0].start, end)
    return a, b, "mixed", "mixed:X-spoke-of-Y"


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
    # ", said Capt. Ron Adebayo": right after the comma the cue's subject follows it
    inv = (
        subject_after(text, last.end, s_end, at.lang)
        if text.endswith(",", s_start, rstrip_end(text, s_start, last.start))
        else None
    )
    m = None if inv is not None else subjects.mention_for(at, p, last, max(s_start, last.start - 200))
    if m is not None:
        left, right = subjects.attribution_left(at, s_start, m.start), last.end
    else:
        m = inv or subject_after(text, last.end, s_end, at.lang)
        if m is None:
            return -1
        left, right = last.start, m.end
    if not text[max(s_start, left - 10) : left].rstrip(SPACE).endswith(","):
        return -1
    return left if _trailer_ok(at.doc, right, s_end, last.lemma, s_start) else -1

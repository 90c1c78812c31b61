"""The report after a cue, once its speaker is known (constructions/cue_clause.py finds both):
    Ms. Duarte told reporters that the talks had stalled.          (that_clause_report)
    The mayor said the bridge would reopen in May.                 (bare_clause_report: no "that")
    She admitted having been afraid.                               (verbal_report: gerund or infinitive)
    मंत्री बोले – हर पीड़ित तक पहुंचेगी मदद                              (dash_report: Hindi, after a dash)
and two reports of one cue ("said the budget was balanced and that no jobs would be cut").
Refuses a that-less clause that is a noun object ("announced the closure of two plants"), a question
("told reporters how …"), a relative clause's verb ("a phrase the author admits she …").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from attribution.parsing import kinds
from attribution.parsing.clauses import (
    _clause_verb,
    _comma_infinitive_clause,
    _gerund_after,
    _in_relative_clause,
    _infinitive_after,
    _is_clause,
    _past_form,
    _skip_circumstance,
    _skip_object,
    facts,
)
from attribution.parsing.constructions import pro_drop
from attribution.parsing.content import (
    _clause_end,
    _coordinated_subject_lead,
    _dash_after,
    _relative_clause_end,
    _trim_content,
    comma_before,
)
from attribution.parsing.document import OPEN_QUOTES, Cand
from attribution.parsing.infinitives import is_purpose_clause, reported_after_infinitive_vorfeld
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.phrase import Mention
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import is_blank, rstrip_end, tokens, tokens_tail, word_count

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue, Para


_SPACE_COMMA_COLON: Final = SPACE + ",:"  # (built once, not at every use)
_DASH_MARKS: Final = SPACE + ",:—–-"


def and_that_split(at: Attributor, p: Para, a: int, b: int) -> tuple[int, int, int] | None:
    """In a report text[a:b], a coordinator right before a second complementizer outside quotation
    marks ("… et qu'il ne lisait pas …", "… and that the plan …"): (coordinator start, start and end
    of the second report), or None."""
    text, lang = at.text, at.lang
    if not lang.data.split_coordinated_reports or not lang.data.coordinators:
        return None
    coordinators = facts(lang).coordinators  # (a set: every word of the report is looked up)
    quoted: list[tuple[int, int]] | None = None  # (made when a coordinator is found: most reports have none)
    toks = tokens(text, a, b, 200)
    for i in range(1, len(toks) - 3):
        t = toks[i]
        if t.key not in coordinators:
            continue
        if quoted is None:
            quoted = [(q.open_pos, q.outer_end) for q in p.pairs_in(a, b)] if p.pairs else []
        if any(qa <= t.start < qb for qa, qb in quoted):
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
        if word_count(text, a2, b2, 3) >= 3 and (
            (_is_clause(text, a, t.start, lang) or _parallel_report(text, a, nt.key, a2, b2, lang))
            if determiner
            else word_count(text, a, t.start, 3) >= 3
        ):
            return t.start, a2, b2
    return None


def _parallel_report(text: str, a: int, comp: str, a2: int, b2: int, lang: CompiledLanguage) -> bool:
    """ "argued that state law gives recorders broad discretion and that the plaintiffs waited too
    long": the first report opened by the same complementizer as the second, which is a clause of its
    own, are two reports even when the first one's verb is not known for one ("gives" may be a noun)."""
    before = tokens_tail(text, max(0, a - 16), a, 1)
    if not before or before[0].key != comp:
        return False
    # (the second clause opens with its own determiner, pronoun or name: "and that the plaintiffs …",
    # never "said that the mayor and that councillor had met", where "that" is the determiner)
    first = tokens(text, a2, b2, 1)
    return (
        bool(first)
        and (first[0].key in lang.determiners or first[0].key in lang.pronouns or first[0].text[:1].isupper())
        and _is_clause(text, a2, b2, lang)
    )


def _evidence_form(key: str, lang: CompiledLanguage) -> bool:
    """A form of an evidence verb ("show", "shows", "suggested", "indicate")."""
    lemmas = lang.data.evidence_lemmas
    return (
        key in lemmas
        or (key.endswith("s") and key[:-1] in lemmas)
        or (key.endswith("ed") and (key[:-2] in lemmas or key[:-1] in lemmas))
    )


def _fronted_before_incise(
    text: str, s_start: int, m_start: int, c_end: int, a0: int, lang: CompiledLanguage
) -> bool:
    """A cue set off by commas ("…, he said, he is not sure") after a short phrase that opens the
    sentence and ends with a comma right before the subject ("This year, he said, …", "When the depot
    closes, she says, …"): that phrase is the report's own first words."""
    if lang.data.verb_second or lang.data.word_order != "svo" or "," not in text[c_end:a0]:
        return False
    head_end = rstrip_end(text, s_start, m_start)
    if head_end <= s_start or text[head_end - 1] != ",":
        return False
    head = tokens(text, s_start, head_end, 13)
    # (one word is the speaker's stance, not the report's: "Honestly, he said, the team played well")
    if not 1 < len(head) <= 12 or "," in text[s_start : head_end - 1]:
        return False
    first = head[0]
    suffix = lang.data.gerund_suffix
    if (suffix and first.key.endswith(suffix)) or first.key in lang.data.appositive_participles:
        return False  # "Speaking in Moscow, …", "Asked about the plan, …": the speaker's circumstance
    if lang.data.appositive_participle_suffixes and first.key.endswith(
        lang.data.appositive_participle_suffixes
    ):
        return False
    return not any(t.key in lang.cues for t in head)


def _mixed_report_end(at: Attributor, p: Para, a: int, b: int) -> tuple[int, tuple[int, int, int] | None]:
    """A mixed report text[a:b]: its end (kinds.mixed_end, unless a second report follows "but that",
    which is kept) and and_that_split of the report to that end. The split is asked once when the end
    does not move (it was asked twice, with the same bounds, before)."""
    second = and_that_split(at, p, a, b)
    if second is not None:
        return b, second
    end = kinds.mixed_end(at, p, a, b)
    return end, (None if end == b else and_that_split(at, p, a, end))


def _has_finite_verb(text: str, a: int, b: int, lang: CompiledLanguage) -> bool:
    """A clear finite verb among a clause's first words: an auxiliary or modal (also contracted) or a
    past-tense form ("announced it would close", "denied he took"), not a plural noun's -s."""
    toks = tokens(text, a, min(b, a + 160), 12)
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


def that_clause_report(
    at: Attributor,
    p: Para,
    cue: Cue,
    comp: int,
    s_end: int,
    mention: Mention | None,
    link: Cand | None,
    inherit: bool,
) -> tuple[int, int, str, str, float] | None:
    """The report of a cue followed by a complementizer at `comp` ("told reporters that …"): (start, end,
    kind, rule, confidence), or None when the clause is too short. A second report of the same cue
    ("… and that …") is made here as its own candidate."""
    text = at.text
    if cue.used:
        return None  # (a report nested in another one: "…, officials said, began when X told aides that …")
    end, _ = _clause_end(at.doc, p, comp, s_end)
    a, b = _trim_content(text, comp, end)
    if word_count(text, a, b, 2) < 2:
        return None
    kind, rule = kinds.kind_for(at, p, a, b), "indirect:X-said-that"
    near = p.pairs_in(a - 2, a + 2) if p.pairs else []  # (no bisect call in a paragraph without quotes)
    enclosing = [q for q in near if q.open_pos <= a + 1 and q.outer_end >= b - 1]
    if enclosing and enclosing[0].closed:
        # "ने कहा कि “हम हर गांव तक पहुंचेंगे।”": the whole clause is quoted, so direct
        kind, rule, a, b = "direct", "direct:X-said-that-quote", enclosing[0].start, enclosing[0].end
        second = and_that_split(at, p, a, b)
    elif kind == "mixed":
        b, second = _mixed_report_end(at, p, a, b)
    else:
        second = and_that_split(at, p, a, b)
    conf = 0.85
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
    return a, b, kind, rule, conf


def bare_clause_report(
    at: Attributor,
    p: Para,
    cue: Cue,
    mention: Mention | None,
    link: Cand | None,
    inherit: bool,
    s_start: int,
    s_end: int,
) -> tuple[int, int, str, str, float] | None:
    """The that-less clause after a cue whose lemma takes one ("said the bridge would reopen"): (start,
    end, kind, rule, confidence), or None (a noun object, a question, a relative clause's verb, an
    unused cue). A second report ("… and that …") is made here as its own candidate."""
    text, lang = at.text, at.lang
    if cue.lemma not in lang.data.bare_clause_lemmas or cue.used:
        return None
    if (
        mention is not None
        and mention.start - s_start > 0
        and comma_before(text, s_start, mention.start)
        and word_count(text, s_start, mention.start, 5) > 4
        # "…, and on Friday her lawyer, Tom Hale, said …": a new speaker after a coordinator
        and _coordinated_subject_lead(text, s_start, mention.start, lang) is None
        # "Asked about the talks on Tuesday, X said he …": an opening circumstance is fine
        and not any(
            t.key in lang.adverbial_openers
            or (lang.data.cased and t.key.endswith("ing"))
            # "Reached by phone on Monday, X said", "Pressed on the question, he told …"
            or (lang.data.cased and _past_form(t, lang) and t.text[:1].isupper())
            or (t.key in lang.determiners and mention.kind == "name")
            for t in tokens(text, s_start, s_start + 40, 1)
        )  # "Opening the case last week, X told …", "Her main opponent, Cllr X, said …"
    ):
        return None
    prev_tok = (
        tokens_tail(text, max(s_start, mention.start - 30), mention.start, 1) if mention is not None else []
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
        return None  # "a phrase the author admits she …": a relative clause, not a report
    a0 = cue.end
    while a0 < s_end and text[a0] in _SPACE_COMMA_COLON:
        a0 += 1
    if lang.data.verb_second and not any(ch in text[cue.end : a0] for ch in ",:"):
        a0 = _after_fillers(text, cue.end, s_end, lang)  # "betonte aber auch, …"
    if lang.data.verb_second and not any(ch in text[cue.end : a0] for ch in ",:"):
        return None  # German puts a comma before a that-less report: "warnen vor einem …" is none
    if cue.lemma == "tell":
        a0 = _skip_object(text, a0, s_end, lang)
    if not (lang.data.verb_second and any(ch in text[cue.end : a0] for ch in ",:")):
        # (German: a phrase after the comma opens the report's own verb-second clause, "sagte, mit
        # dem neuen Etat komme die Stadt aus")
        a0 = _skip_circumstance(text, a0, s_end, lang)
    first = tokens(text, a0, min(s_end, a0 + 20), 1)
    if first and cue.key.endswith("s") and _evidence_form(first[0].key, lang):
        return None  # "Budget office estimates show the fund …": the cue word is a plural noun
    # "fragte, warum die Stadt nicht gehandelt habe": the question an asking cue reports
    asked = (
        cue.lemma == "ask"
        and bool(first)
        and first[0].key in lang.data.asked_question_words
        and word_count(text, a0, s_end, 4) >= 4
    )
    if (
        not asked
        and not _is_clause(text, a0, s_end, lang)
        and not (lang.data.verb_second and _comma_infinitive_clause(text, a0, s_end, lang))
    ):
        return None
    strict = cue.lemma in lang.data.strict_clause_lemmas
    if strict and not asked and not _has_finite_verb(text, a0, s_end, lang):
        return None  # "announced the closure of two plants": a noun object
    if not asked and (
        (first and first[0].key in lang.data.question_openers)
        or any(t.key in lang.data.question_openers for t in tokens(text, cue.end, a0, 6))
    ):
        return None  # "declined to say whether …", "told reporters how …": a question, not a claim
    if first and first[0].key in lang.data.purpose_infinitive_openers:
        head = tokens(text, a0, min(s_end, a0 + 200))[:16]
        if is_purpose_clause(head, lang) and not (
            lang.data.verb_second and reported_after_infinitive_vorfeld(text, head, lang, strict=True)
        ):
            return None  # "rief, um Hilfe zu holen, …": the reporter's purpose clause
        # "sagte, um die Kosten zu senken, müsse …": the infinitive fills the report's first slot
    if first and cue.lemma == "add" and first[0].text[:1].isdigit():
        return None  # "added 22 points and 14 rebounds": a quantity, not a report
    if (
        mention is not None
        and mention.end <= cue.start
        and text[mention.end : cue.start].strip(SPACE) == ","
        and mention.kind in ("descriptor", "org")
        and bool(lang.data.appositive_participle_suffixes)
        and cue.key.endswith(lang.data.appositive_participle_suffixes)
        and bool(first)
        and (
            first[0].key in lang.calendar_words
            or first[0].key in lang.data.time_relatives
            or first[0].key in lang.data.prepositions
        )
    ):
        return None  # "The resolution, announced Tuesday in Halifax, will pay …": a participle phrase
    end, _ = _clause_end(at.doc, p, a0, s_end)
    a, b = _trim_content(text, a0, end)
    if not asked and b < s_end - 1 and not _is_clause(text, a, b, lang):
        return None  # "X, who wrote the bill, bristled …": the verb was after the report's end
    if mention is not None and _fronted_before_incise(text, s_start, mention.start, cue.end, a0, lang):
        # "This year, he said, he is not sure": the words before the parenthetical cue open the report
        a = _trim_content(text, s_start, b)[0]
    kind, rule, conf = kinds.kind_for(at, p, a, b), "indirect:X-said-clause", 0.7
    if kind == "mixed":
        b, second = _mixed_report_end(at, p, a, b)
    else:
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
    return a, b, kind, rule, conf


def _after_fillers(text: str, end: int, s_end: int, lang: CompiledLanguage) -> int:
    """Past the lower-case sentence adverbs (LanguageData.cue_fillers) right after a verb-second cue and
    the comma after them ("betonte aber auch, seine Elf habe …"): where the report starts, or `end`."""
    toks = tokens(text, end, min(s_end, end + 40))[:3]
    pos = end
    for t in toks:
        if text[pos : t.start].strip(SPACE) != "":
            break
        if t.key not in lang.cue_fillers or not t.text[:1].islower() or t.key in lang.determiners:
            return end
        pos = t.end
    if pos == end or not text.startswith(",", pos):
        return end
    pos += 1
    while pos < s_end and text[pos] in _SPACE_COMMA_COLON:
        pos += 1
    return pos


def verbal_report(
    at: Attributor, p: Para, cue: Cue, mention: Mention | None, link: Cand | None, s_start: int, s_end: int
) -> Cand | None:
    """An infinitive or gerund report right after a cue that is not used yet ("a reconnu avoir eu peur",
    "denied taking the money"), or None."""
    text, lang = at.text, at.lang
    # "a reconnu (toutefois) avoir eu « un peu peur »": an infinitive report;
    # "recalled coming home from school to find …", "denied taking the money": a gerund one
    report_start, report = _infinitive_after(text, cue.end, s_end, lang), "infinitive"
    if report_start is None:
        report_start, report = _gerund_after(text, cue, s_end, lang), "gerund"
    if report_start is not None and pro_drop.restrictive_relative(text, s_start, cue, lang):
        report_start = None  # "Un operador que pidió no ser identificado relató …": the subject's
    if report_start is not None and pro_drop.anonymity_terms(text, report_start, lang):
        report_start = None  # "Una vecina, que pidió no ser identificada, contó …": her terms, no report
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
        return c
    return None


def dash_report(at: Attributor, p: Para, cue: Cue, mention: Mention, s_end: int) -> Cand | None:
    """The words after a dash that follows a cue with its subject ("मंत्री बोले – हर पीड़ित तक पहुंचेगी मदद",
    "सरकार ने कहा- …"); a second attribution in them ends the first report."""
    text = at.text
    # "मंत्री बोले – हर पीड़ित तक पहुंचेगी मदद", "सरकार ने कहा- …": the words after the dash
    a0 = cue.end
    while a0 < s_end and text[a0] in _DASH_MARKS:
        a0 += 1
    if a0 > cue.end and a0 < s_end and text[a0] not in OPEN_QUOTES:
        a, b = _trim_content(text, a0, s_end)
        for nxt in p.cues_in(a + 1, b)[:12]:  # (capped: linear on run-on text)
            # "X बोला- A, Y ने कहा- B": a second attribution ends the first report
            comma = text.rfind(",", a, nxt.start)
            if comma > a and _dash_after(text, nxt.end, s_end):
                a, b = _trim_content(text, a, comma)
                break
        if word_count(text, a, b, 2) >= 2:
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
            return c
    return None

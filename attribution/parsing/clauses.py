"""Shared questions about what follows a cue: a clause? a complementizer? an object, an infinitive?

The constructions ask these and never answer them inline.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

# (the clause check lives in clause_check.py, the language's derived facts in clause_facts.py; they and the
# infinitives are re-exported for the modules that import them from here: complement.py, subjects.py, the
# constructions)
from attribution.parsing.clause_check import _VERBISH_LIST as _VERBISH_LIST
from attribution.parsing.clause_check import _VERBISH_RE as _VERBISH_RE
from attribution.parsing.clause_check import _VERBISH_WORDS as _VERBISH_WORDS
from attribution.parsing.clause_check import _adverb_then_verb as _adverb_then_verb
from attribution.parsing.clause_check import _clause_verb as _clause_verb
from attribution.parsing.clause_check import _contracted_subject as _contracted_subject
from attribution.parsing.clause_check import _gap_ok as _gap_ok
from attribution.parsing.clause_check import _head_window as _head_window
from attribution.parsing.clause_check import _is_clause as _is_clause
from attribution.parsing.clause_check import _past_form as _past_form
from attribution.parsing.clause_check import _v2_source_end as _v2_source_end
from attribution.parsing.clause_check import _verbish_v2 as _verbish_v2
from attribution.parsing.clause_check import _verbish_word as _verbish_word
from attribution.parsing.clause_facts import LangFacts as LangFacts
from attribution.parsing.clause_facts import _ascii_first_chars as _ascii_first_chars
from attribution.parsing.clause_facts import facts as facts
from attribution.parsing.clause_facts import is_complementizer as is_complementizer
from attribution.parsing.infinitives import _comma_infinitive_clause as _comma_infinitive_clause
from attribution.parsing.infinitives import _gerund_after as _gerund_after
from attribution.parsing.infinitives import _infinitive_after as _infinitive_after
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import word_regex
from attribution.parsing.mentions.words import _head_key, _is_cap
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token, is_blank, rstrip_end, tokens, tokens_tail

if TYPE_CHECKING:
    from attribution.parsing.document import Cue, Document, Para


# ---------------------------------------------------------------------------------------------- rules


def _complementizer_after(doc: Document, p: Para, cue: Cue, s_end: int) -> int | None:
    """Offset where the reported clause starts when a complementiser ("that") follows the cue.

    Memoised per (cue span, sentence end): every clause re-examines the cues ahead of it, so a long
    sentence asked the same question of each cue many times."""
    # (the key is one int, the three offsets in base len(text) + 1, all below it: a tuple key costs a
    # tuple and three boxed ints per call; and one look-up instead of `in`, then `[]`)
    n = len(doc.text) + 1
    key: Any = (cue.start * n + cue.end) * n + s_end
    memo: dict[Any, int | None] = doc.comp_memo
    found = memo.get(key, -1)
    if found is None or found >= 0:
        return found
    found = memo[key] = _complementizer_after_uncached(doc, p, cue, s_end)
    return found


_QU_ELIDED: Final = ("qu'", "qu’")
_GAP_STOPS: Final = ';:“”"«»‘'


def _complementizer_after_uncached(doc: Document, p: Para, cue: Cue, s_end: int) -> int | None:
    lang, text = doc.lang, doc.text
    data = lang.data
    f = facts(lang)
    svo = data.word_order == "svo"
    limit = 2 if data.word_order == "sov" else 12
    que = f.que
    # (the words looked at: `limit` of them, and up to 9 after the last for the relative clause tests)
    toks = tokens(text, cue.end, min(s_end, cue.end + 160), limit + 9)
    prev_end = cue.end
    prev_key = ""
    title_end = -1  # the end of a quoted title the search goes over ('on CNN's "State of the Union"')
    for j in range(min(limit, len(toks))):
        t = toks[j]
        if t.start < title_end:
            prev_end = t.end
            continue
        gap = text[prev_end : t.start]
        # (the gap's few characters looked up in the nine stops, not the nine searched for in the gap)
        if gap != " " and any(ch in _GAP_STOPS for ch in gap):
            title_end = _title_end(text, p, prev_end, t.start, lang)
            if title_end < 0:
                return None
            if t.start < title_end:
                prev_end = t.end
                continue
        k = t.key
        # (the regex once per word, and only on a word of a complementizer's length: see is_complementizer)
        comp = f.is_complementizer(t.text)
        if (
            comp
            and j > 0
            and prev_key in data.prepositions
            and k in lang.determiners  # "that" may be a demonstrative; "advirtió de que" is a report
        ):
            return None  # "thought about that line": a demonstrative after a preposition
        if (
            comp
            and j == 0
            and "," in gap
            and svo
            and not data.verb_second  # German puts a comma before every "dass"
        ):
            return None  # "It is a habit, she says, that her body never unlearned": a parenthetical
        if comp or (que and k.startswith(_QU_ELIDED)):
            if (
                j > 0
                and gap.strip(SPACE) == ""
                and (
                    prev_key in data.subordinators
                    # ("parce que"; not a preposition: "insistió en que …" is a report)
                    or (prev_key in data.adverbial_openers and prev_key not in data.prepositions)
                )
            ):
                return None  # "a promis des renforts, alors que …", "parce que": no reported clause
            if (
                j > 0
                and prev_key in data.free_relative_heads
                and gap.strip(SPACE) == ""
                and not k.startswith(_QU_ELIDED)
            ):
                # "pidió alivios para los que siguen abiertos", "a répété ce que …": a free relative
                # ("the ones that"), no complementizer; the report, if any, comes after it
                prev_key = k
                prev_end = t.end
                continue
            if (
                j > 1
                and toks[0].key in lang.determiners
                and toks[0].key not in data.hearer_markers  # ("pidió al Gobierno que …": the hearer)
                and _head_key(toks[1], lang) is not None
                and "," not in text[cue.end : t.start]
                and k in lang.data.relative_pronouns
                and text.endswith(",", p.start, rstrip_end(text, p.start, cue.start))
            ):
                # "…, indicó un médico del centro de salud que prefirió no ser identificado": the
                # report came before the cue; "que" opens the inverted subject's relative clause
                return None
            if j > 0 and text.endswith(",", p.start, rstrip_end(text, p.start, cue.start)):
                # the report came before the cue, set off by its comma: "El penalti fue claro, protestó
                # el técnico, Joaquín Peralta, que no quiso …" ("que" after the subject's name opens a
                # relative clause); "Le gymnase, assure le maire, coûtera moins cher que …" (the
                # sentence went on after the subject's comma: "que" is the comparison's)
                if "," in gap and k in lang.data.relative_pronouns and _is_cap(toks[j - 1]):
                    return None
                last_comma = max(
                    (i for i in range(1, j) if "," in text[toks[i - 1].end : toks[i].start]), default=-1
                )
                if last_comma > 0 and any(
                    u.text[:1].islower() and u.key not in lang.function_words for u in toks[last_comma:j]
                ):
                    return None
            if j > 0 and _relative_before_that(text, toks, j, lang):
                prev_key = k  # "told colleagues during a debate that stretched past two hours that …":
                prev_end = t.end  # a relative clause on the circumstance, the report after the next "that"
                continue
            if j > 0 and _noun_clause_that(toks, j, lang):
                return None  # "compensation for every family that lost a home", "the fact that …"
            if j >= 4 and _relative_after_clause(text, toks, j, lang):
                return None  # "said her lab plans a trial next year that will follow …": a relative
            if j > 0 and _appositive_that(text, cue.end, toks, j, lang):
                return None  # "said Tuesday, a stopgap that Democrats questioned": the appositive's own
            if k.startswith(_QU_ELIDED) and len(k) > 3:
                return t.start + 3
            if (
                svo
                and data.cased
                and k in lang.determiners
                and j + 1 < len(toks)
                and toks[j + 1].key in data.clause_verbs
                and toks[j + 1].key not in lang.pronouns
                and is_blank(text, t.end, toks[j + 1].start)
            ):
                return t.start  # "said that was not her position": the demonstrative is the subject
            return t.end
        if (
            j > 0
            and "," in gap
            and lang.data.word_order == "svo"
            and lang.data.cased
            and k.endswith("ing")
            and t.text[:1].islower()
            and k not in lang.cues
        ):
            return None  # "said Monday, blaming a slump that has cost jobs": the reporter's participle
        if (
            "," in gap
            and k in data.gerund_markers
            and j + 1 < len(toks)
            and toks[j + 1].key.endswith(data.present_participle_suffix or "\0")
            and toks[j + 1].key not in data.continuation_forms
            and toks[j + 1].key not in lang.cues
        ):
            return None  # "affirme-t-elle, en citant une note qu'elle a pu consulter": the gerund's "que"
        if (
            (j > 0 or "," in gap)  # "he said, adding that …": the "that" is the second cue's
            and k in lang.cues
            and k not in lang.title_words
            and not (prev_key in lang.determiners or prev_key in data.prepositions)
        ):
            return None
        if (
            j > 0
            and (cue.lemma in data.infinitive_lemmas or cue.lemma in data.object_infinitive_lemmas)
            and prev_key in data.infinitive_to
            and t.text[:1].islower()
            and k not in lang.determiners
            and k not in data.prepositions
            and svo
        ):
            return None  # "promised to veto any bill that …": an infinitive report, "that" is relative
        if (
            (
                k in f.coordinators
                # German "machte aber deutlich, dass …": a sentence adverb right after the verb, no
                # coordinator (that one stands after a comma: "sagte, aber dass …")
                and not (
                    lang.data.verb_second and j == 0 and gap.strip(SPACE) == "" and k in lang.cue_fillers
                )
            )
            # (a capitalised month is no modal: "said in May that …")
            or (_clause_verb(t, lang) and not (k in lang.calendar_words and t.text[:1].isupper()))
            or (j > 0 and k in lang.pronouns)
        ):
            return None  # "said a team would assess it, but that …": a clause starts before "that""
        prev_key = k
        prev_end = t.end
    return None


def _title_end(text: str, p: Para, a: int, b: int, lang: CompiledLanguage) -> int:
    """When text[a:b] (spaces and a quotation mark) is the edge of a quoted title, a few capitalised
    words with no stop of their own ('said on CNN's "State of the Union" on Sunday that …'), the end of
    the title's closing mark; else -1."""
    if text[a:b].strip(SPACE + "\"“”‘’'") or ";" in text[a:b] or ":" in text[a:b]:
        return -1
    for q in p.pairs_in(max(p.start, a - 80), b):
        if not (a <= q.open_pos < b or a < q.outer_end <= b) or q.close_pos < 0:
            continue
        inner = tokens(text, q.start, q.end, 7)
        ok = (
            0 < len(inner) <= 6
            and text[q.end - 1] not in ".,!?"
            and _is_cap(inner[0])
            and all(_is_cap(u) or u.key in lang.function_words for u in inner)
        )
        return q.outer_end if ok else -1
    return -1


def _relative_before_that(text: str, toks: list[Token], j: int, lang: CompiledLanguage) -> bool:
    """toks[j], a "that" after a cue's object or circumstance, opens a relative clause with its verb
    right after it, and another "that" follows within a few words, with no comma or clause verb between
    ("at a meeting that lasted four hours that …"): the report starts after the second one."""
    if lang.data.word_order != "svo" or lang.data.verb_second or j + 2 >= len(toks):
        return False
    nxt = toks[j + 1]
    if (
        not nxt.text[:1].islower()
        or not _past_form(nxt, lang)  # (a plural noun would be the report's subject: "that officials found")
        or toks[j - 1].key in lang.data.that_nouns
        or toks[j - 1].key in lang.calendar_words
    ):
        return False
    for u in toks[j + 2 : j + 9]:
        if "," in text[toks[j].end : u.start] or _clause_verb(u, lang):
            return False
        if is_complementizer(u.text, lang):
            return True
    return False


def _appositive_that(text: str, a: int, toks: list[Token], j: int, lang: CompiledLanguage) -> bool:
    """toks[j], a "that" after a cue, follows a comma and an indefinite noun phrase of one or two words
    (", a stopgap that …", ", a move that critics called …"): a relative clause on the appositive."""
    arts = lang.data.indefinite_articles
    for k in (j - 2, j - 3):
        if k >= 0 and toks[k].key in arts:
            gap = text[toks[k - 1].end if k > 0 else a : toks[k].start]
            # (no comma inside the phrase: "said, a week later, that …" is a parenthetical)
            return "," in gap and "," not in text[toks[k].end : toks[j].start]
    return False


def _hearer_noun(t: Token, lang: CompiledLanguage) -> bool:
    """A noun for people who may be told something: a title ("el juez", "los alcaldes") or a person's
    noun ("los vecinos"), not a company or a thing ("denunció a la empresa que contaminó …")."""
    k = t.key
    for w in (k, k[:-2] if k.endswith("es") else k, k[:-1] if k.endswith("s") else k):
        if w in lang.titles or lang.speaker_nouns.get(w) in ("person", "relation", "witness", "expert"):
            return True
    return False


def _noun_clause_that(toks: list[Token], j: int, lang: CompiledLanguage) -> bool:
    """toks[j], a "that" some words after a cue, belongs to the noun before it, not to the cue: a
    relative clause (its verb follows at once: "every family that lost a home") or a noun's own clause
    ("the fact that", "the revelation that": lang.data.that_nouns)."""
    if lang.data.word_order != "svo" or lang.data.verb_second:
        return False
    prev = toks[j - 1]
    if prev.key in lang.data.that_nouns:
        return True
    if (
        toks[0].key in lang.data.hearer_markers
        and toks[0].key not in lang.determiners
        and j <= 4
        and (_is_cap(prev) or _hearer_noun(prev, lang))
    ):
        return False  # "reconoció ante el juez que cobró …", "dijo a Efe que …": the hearer, then the report
    if (
        prev.key in lang.data.issued_documents
        and j >= 3
        and toks[j - 2].key in lang.determiners
        and toks[j - 3].key in lang.data.hearer_markers | lang.data.prepositions
    ):
        return False  # "informó en un comunicado que …": the document the report was made in
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        nxt is not None
        and prev.text[:1].islower()
        and prev.key not in lang.pronouns
        and prev.key not in lang.data.object_pronouns
        and nxt.key not in lang.data.clause_verbs  # "told reporters that was a mistake" stays a report
        and nxt.text[:1].islower()
        and (
            _past_form(nxt, lang)
            # "more money for schools that serve poor students": a verb at once, then its object (an
            # adjective, a determiner or a preposition), no subject noun before a verb
            or (
                j + 2 < len(toks)
                and prev.key not in lang.cue_fillers
                and prev.key not in lang.calendar_words
                and nxt.key not in lang.determiners
                and nxt.key not in lang.function_words
                and not nxt.key.endswith("ly")
                and (toks[j + 2].key in lang.determiners or "-" in toks[j + 2].key)
            )
        )
    )


def _relative_after_clause(text: str, toks: list[Token], j: int, lang: CompiledLanguage) -> bool:
    """toks[j], a "that" followed by an auxiliary, after words that are a whole clause already ("said
    her lab plans a second study next year that will follow patients"): a relative clause on the noun
    before it, not the cue's complementizer ("told reporters that was a mistake" has no clause before)."""
    if lang.data.word_order != "svo" or lang.data.verb_second or j + 1 >= len(toks):
        return False
    prev, nxt = toks[j - 1], toks[j + 1]
    return (
        nxt.key in lang.data.clause_verbs
        and prev.text[:1].islower()
        and prev.key not in lang.function_words
        and prev.key not in lang.cues
        and _is_clause(text, toks[0].start, prev.end, lang)
    )


_RELATIVE_RE: dict[str, re.Pattern[str]] = {}


def _relative_re(lang: CompiledLanguage) -> re.Pattern[str]:
    rx = _RELATIVE_RE.get(lang.code)
    if rx is None:
        rx = _RELATIVE_RE[lang.code] = word_regex(sorted(lang.data.relative_pronouns))
    return rx


def _skip_object(text: str, a: int, b: int, lang: CompiledLanguage) -> int:
    """'told analysts the dividend was safe', 'told the BBC it would': skip the hearer before a clause."""
    toks = tokens(text, a, min(b, a + 120), 7)
    if not toks:
        return a
    if toks[0].key in lang.data.hearer_pronouns:
        return toks[1].start if len(toks) > 1 else a
    k = 1 if toks[0].key in lang.determiners else 0
    while k < min(len(toks) - 1, 5):
        t = toks[k]
        if t.key in lang.function_words or t.key in lang.cues:
            return a
        nxt = toks[k + 1]
        if not _gap_ok(text, t.end, nxt.start):
            return a
        starts_clause = (
            nxt.key in lang.determiners or nxt.key in lang.pronouns or (_is_cap(nxt) and not _is_cap(t))
        )
        if starts_clause and _is_clause(text, nxt.start, b, lang):
            return nxt.start
        k += 1
    return a


def _skip_circumstance(text: str, a: int, b: int, lang: CompiledLanguage) -> int:
    """'said on Monday it would …', 'said in an email the update …': skip the time or channel."""
    toks = tokens(text, a, min(b, a + 80), 6)
    if len(toks) >= 3 and (toks[0].key in lang.data.time_words or toks[0].key in lang.calendar_words):
        # "said yesterday the plan …", "said last week the plan …", "said Tuesday he was …"
        k = 1 if toks[0].key not in lang.data.time_openers else 2
        if (
            k + 1 < len(toks)
            and toks[k].key in lang.data.complementizers
            and _is_clause(text, toks[k + 1].start, b, lang)
        ):
            return toks[k + 1].start  # "said separately that the equipment would be …"
        if (
            k < len(toks)
            and (
                toks[k].key in lang.pronouns
                or toks[k].key in lang.determiners
                or toks[k].key in lang.data.clause_openers  # "insisted afterwards there had been …"
            )
            and _is_clause(text, toks[k].start, b, lang)
        ):
            return toks[k].start
    if len(toks) < 3 or toks[0].key not in lang.data.prepositions:
        return a
    for k in range(1, min(len(toks) - 1, 5)):
        t, nxt = toks[k], toks[k + 1]
        if not _gap_ok(text, toks[k - 1].end, t.start):
            return a
        if t.key in lang.cues and t.key not in lang.title_words and toks[k - 1].key not in lang.determiners:
            return a
        if (
            t.key in lang.data.infinitive_to
            and toks[k - 1].key not in lang.data.prepositional_to_heads
            and nxt.text[:1].islower()
            and nxt.key not in lang.determiners
            and nxt.key not in lang.pronouns
        ):
            return a  # "who insisted on anonymity to discuss the matter, said": a purpose, no circumstance
        if (
            (nxt.key in lang.pronouns or nxt.key in lang.determiners)
            # ("argued on behalf of a rule adopted in 2024": after a preposition, its object)
            and t.key not in lang.data.prepositions
            and _is_clause(text, nxt.start, b, lang)
        ):
            return nxt.start
    return a


def _in_relative_clause(text: str, lo: int, cue_start: int, lang: CompiledLanguage) -> bool:
    """Is the cue the verb of a non-restrictive relative clause on the sentence's subject ("Jane Holt,
    who said …, voted …"), so that the main verb follows the clause? Not when the antecedent comes
    after a verb ("… was opposed by Jane Holt, who said …": the clause runs to the end)."""
    # the last words first (most cues follow no relative pronoun): the whole window only when the
    # fillers take them all, or for the verbs before the pronoun
    w0 = max(lo, cue_start - 200)
    before = tokens_tail(text, w0, cue_start, 3)
    while before and before[-1].key in lang.cue_fillers:
        before.pop()
    whole = len(before) < 2
    if whole:
        before = tokens(text, w0, cue_start)
        while before and before[-1].key in lang.cue_fillers:
            before.pop()
    if not (
        len(before) >= 2
        and before[-1].key in lang.data.relative_pronouns
        and before[-1].key not in lang.determiners
        and text[before[-2].end : before[-1].start].strip(SPACE) == ","
    ):
        return False
    if not whole:
        before = tokens(text, w0, cue_start)
        while before and before[-1].key in lang.cue_fillers:
            before.pop()
    return max(lo, cue_start - 200) == lo and not any(
        _finite_verb(t, lang) or t.key in lang.cues for t in before[:-1]
    )


def _coordinated_claim(text: str, start: int, end: int, lang: CompiledLanguage) -> int:
    """Where "y exigió que …" / "y ha reclamado que …" (coordinator, finite verb or auxiliary and
    participle, complementiser) starts a new claim inside [start, end); `end` when none does."""
    toks = tokens(text, start, end)
    n = len(toks)
    for i in range(n - 2):
        t = toks[i]
        if t.key not in lang.data.coordinators or not t.text[:1].islower():
            continue
        v = toks[i + 1]
        k = i + 2
        lemma = lang.cues.get(v.key, "")
        if not lemma and v.key in lang.data.clause_verbs:
            lemma = lang.cues.get(f"{v.key} {toks[i + 2].key}", "")  # "y ha pedido"
        if (
            lemma
            and lemma != "according to"
            and v.text[:1].islower()
            and is_blank(text, t.end, v.start)
            and _outside_quotes(text, start, t.start)
        ):
            # "… y calificó de «…» la acusación", "«…» y ha pedido «respeto»": the subject's next
            # speech act, its own report (or none, for a noun object)
            return rstrip_end(text, start, t.start)
        if v.key in lang.data.clause_verbs and i + 3 < n and toks[i + 2].text[:1].islower():
            k = i + 3  # "y ha reclamado que": the auxiliary, then the participle
        elif not _finite_verb(v, lang) or v.key in lang.data.clause_verbs:
            continue
        if k < n and is_complementizer(toks[k].text, lang):
            gap = text[t.end : toks[k].start]
            if not any(ch in gap for ch in ',.;:()«»“”"'):
                return rstrip_end(text, start, t.start)
    return end


def _outside_quotes(text: str, a: int, b: int) -> bool:
    """No quotation opened in text[a:b] is still open at b (guillemets and curly quotes)."""
    seg = text[a:b]
    return seg.count("«") <= seg.count("»") and seg.count("“") <= seg.count("”")


def _finite_verb(t: Token, lang: CompiledLanguage) -> bool:
    # (the set look-ups first: str.islower is a generic method call in the compiled build, and most
    # words are no verb)
    return (
        t.key in lang.data.clause_verbs
        or t.key in lang.data.irregular_past
        or bool(lang.data.past_suffixes and t.key.endswith(lang.data.past_suffixes) and len(t.key) > 4)
    ) and t.text[:1].islower()


def _gap_verb(t: Token, lang: CompiledLanguage) -> bool:
    """The first word of a subject-gap clause: an auxiliary or modal, a past form, or a present-tense
    third-person verb ("pushes", "remains"): a lower-case word, no function word or cue."""
    if not t.text[:1].islower() or t.key in lang.cues:
        return False
    if _clause_verb(t, lang) or _finite_verb(t, lang):
        return True
    k = t.key
    return (
        len(k) > 3
        and k.endswith("s")
        and not k.endswith("ss")
        and k not in lang.function_words
        and k not in lang.determiners
        and k not in lang.pronouns
        and k not in lang.data.prepositions
    )

"""Shared questions about what follows a cue: a clause? a complementizer? an object, an infinitive?

The constructions ask these and never answer them inline.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

# (re-exported for the modules that import them from here: complement.py, subjects.py)
from attribution.parsing.infinitives import _comma_infinitive_clause as _comma_infinitive_clause
from attribution.parsing.infinitives import _gerund_after as _gerund_after
from attribution.parsing.infinitives import _infinitive_after as _infinitive_after
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold, word_regex
from attribution.parsing.mentions.words import _is_cap
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token, is_blank, rstrip_end, tokens, word_count

if TYPE_CHECKING:
    from attribution.parsing.document import Cue, Document, Para


_VERBISH_RE: Final = re.compile(
    r"\b(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|"
    r"need|needs|remain|remains|want|wants|plan|plans|\w{3,}ed|\w{3,}s)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------------------------- rules


def _complementizer_after(doc: Document, p: Para, cue: Cue, s_end: int) -> int | None:
    """Offset where the reported clause starts when a complementiser ("that") follows the cue.

    Memoised per (cue span, sentence end): every clause re-examines the cues ahead of it, so a long
    sentence asked the same question of each cue many times."""
    key = (cue.start, cue.end, s_end)
    memo = doc.comp_memo
    if key in memo:
        return memo[key]
    found = memo[key] = _complementizer_after_uncached(doc, p, cue, s_end)
    return found


def _complementizer_after_uncached(doc: Document, p: Para, cue: Cue, s_end: int) -> int | None:
    lang, text = doc.lang, doc.text
    limit = 2 if lang.data.word_order == "sov" else 12
    toks = tokens(text, cue.end, min(s_end, cue.end + 160))
    prev_end = cue.end
    prev_key = ""
    for j, t in enumerate(toks[:limit]):
        gap = text[prev_end : t.start]
        if gap != " " and any(ch in gap for ch in ';:“”"«»‘'):
            return None
        k = t.key
        if (
            j > 0
            and prev_key in lang.data.prepositions
            and k in lang.determiners  # "that" may be a demonstrative; "advirtió de que" is a report
            and lang.complementizer_re.fullmatch(t.text)
        ):
            return None  # "thought about that line": a demonstrative after a preposition
        if (
            j == 0
            and "," in gap
            and lang.data.word_order == "svo"
            and not lang.data.verb_second  # German puts a comma before every "dass"
            and lang.complementizer_re.fullmatch(t.text)
        ):
            return None  # "It is a habit, she says, that her body never unlearned": a parenthetical
        if lang.complementizer_re.fullmatch(t.text) or (
            k.startswith(("qu'", "qu’")) and "que" in lang.data.complementizers
        ):
            if (
                j > 0
                and gap.strip(SPACE) == ""
                and (
                    prev_key in lang.data.subordinators
                    # ("parce que"; not a preposition: "insistió en que …" is a report)
                    or (prev_key in lang.data.adverbial_openers and prev_key not in lang.data.prepositions)
                )
            ):
                return None  # "a promis des renforts, alors que …", "parce que": no reported clause
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
            if k.startswith(("qu'", "qu’")) and len(k) > 3:
                return t.start + 3
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
            (j > 0 or "," in gap)  # "he said, adding that …": the "that" is the second cue's
            and k in lang.cues
            and k not in lang.title_words
            and not (prev_key in lang.determiners or prev_key in lang.data.prepositions)
        ):
            return None
        if (
            j > 0
            and (cue.lemma in lang.data.infinitive_lemmas or cue.lemma in lang.data.object_infinitive_lemmas)
            and prev_key in lang.data.infinitive_to
            and t.text[:1].islower()
            and k not in lang.determiners
            and k not in lang.data.prepositions
            and lang.data.word_order == "svo"
        ):
            return None  # "promised to veto any bill that …": an infinitive report, "that" is relative
        if (
            (
                k in lang.data.coordinators
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
        if lang.complementizer_re.fullmatch(u.text):
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
    toks = tokens(text, a, min(b, a + 120))[:7]
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
    toks = tokens(text, a, min(b, a + 80))[:6]
    if len(toks) >= 3 and (toks[0].key in lang.data.time_words or toks[0].key in lang.calendar_words):
        # "said yesterday the plan …", "said last week the plan …", "said Tuesday he was …"
        k = 1 if toks[0].key not in lang.data.time_openers else 2
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
        if (nxt.key in lang.pronouns or nxt.key in lang.determiners) and _is_clause(text, nxt.start, b, lang):
            return nxt.start
    return a


def _gap_ok(text: str, a: int, b: int) -> bool:
    return text[a:b].strip(SPACE) in ("", "'s", "’s")


def _past_form(t: Token, lang: CompiledLanguage) -> bool:
    """A past-tense form: regular ("expected") or a common irregular one ("rose", "met")."""
    return bool(lang.data.past_suffixes) and (
        (t.key.endswith(lang.data.past_suffixes) and len(t.key) > 4) or t.key in lang.data.irregular_past
    )


def _contracted_subject(t: Token, lang: CompiledLanguage) -> bool:
    """A pronoun with its auxiliary contracted onto it ("it's", "they'll", "there's"): subject and verb."""
    k = t.key
    q = k.find("'")
    if q <= 0 or not lang.data.contracted_aux:
        return False
    base = k[:q]
    return k[q:] in lang.data.contracted_aux and (
        base in lang.pronouns
        or base in lang.data.clause_openers
        or base in lang.data.relative_pronouns
        or base == "that"
    )


def _clause_verb(t: Token, lang: CompiledLanguage) -> bool:
    """An auxiliary or modal, also contracted: "it's", "didn't", "won't" (a negation is "n't", no
    apostrophe first)."""
    k = t.key
    if k in lang.data.clause_verbs or _contracted_subject(t, lang):
        return True
    return any(k.endswith(suf) and len(k) > len(suf) + 1 for suf in lang.data.contracted_aux if suf[0] != "'")


def _head_window(text: str, toks: list[Token]) -> list[Token]:
    """The five words after a report's first word, over one comma-delimited aside ("said other
    factors, including construction on the street itself, may have played a role")."""
    out: list[Token] = []
    k = 1
    while k < len(toks) and k < 16 and len(out) < 5:
        t = toks[k]
        if text[toks[k - 1].end : t.start].strip() == ",":
            close = next(
                (
                    j
                    for j in range(k + 1, min(len(toks), k + 10))
                    if text[toks[j - 1].end : toks[j].start].strip() == ","
                ),
                -1,
            )
            if close > 0:
                k = close
                continue
        out.append(t)
        k += 1
    return out


def _adverb_then_verb(toks: list[Token], lang: CompiledLanguage) -> bool:
    """A bare subject, then an adverb that stands before a verb and a lower-case word: "motions
    alleging bias rarely succeed", "trucks already clog the streets", "pupils now arrive hungry"."""
    if len(toks) <= 3 or toks[0].key in lang.cues:
        return False
    for k in range(1, min(7, len(toks) - 1)):
        key = toks[k].key
        if not ((key in lang.data.verb_adverbs and key.endswith("ly")) or key in lang.data.preverbal_adverbs):
            continue
        nxt = toks[k + 1]
        if nxt.text[:1].islower() and nxt.key not in lang.function_words and nxt.key not in lang.determiners:
            return True
    return False


def _is_clause(text: str, a: int, b: int, lang: CompiledLanguage) -> bool:
    n = word_count(text, a, b)
    if n == 2 and lang.data.word_order == "svo" and not lang.data.verb_second:
        # "Hale said she would.", "He said they had.": an elliptical clause, subject pronoun and
        # auxiliary, the whole rest of the sentence
        pair = tokens(text, a, b)
        return (
            len(pair) == 2
            and pair[0].key in lang.pronouns
            and pair[0].key not in lang.determiners
            and pair[1].key in lang.data.clause_verbs
            and text[pair[1].end : b].strip(SPACE) in ("", ".", "!")
        )
    if n < 3:
        return False
    toks = tokens(text, a, min(b, a + 400))
    if not toks:
        return False
    if (
        len(toks) > 3
        and toks[0].key in lang.data.figure_prepositions
        and (toks[1].text[:1].isdigit() or toks[1].key in lang.data.number_words)
    ):
        toks = toks[1:]  # "said about 300 members had been evacuated": the figure opens the subject
        n -= 1
    share = 0
    if len(toks) > 4 and toks[0].key in lang.data.figure_prepositions:
        # "says about half of her guests came …", "said nearly a third of the beds were …": a share
        share = 2 if toks[1].key in lang.determiners or toks[1].key in lang.data.number_words else 1
        frac, of = toks[share].key, toks[share + 1].key
        if frac not in lang.data.fraction_words or of not in lang.data.head_prepositions:
            share = 0
    if share:
        toks = toks[share:]  # (the share's "of" phrase is the subject; its verb still has to follow)
        n -= share
    if _contracted_subject(toks[0], lang):
        return True  # "said it's a young squad", "says they'll appeal"
    if lang.data.verb_second:
        # any phrase may open a verb-second clause ("am Dienstag könne es …", "man stehe …", "fehlen
        # derzeit …"), but not a conjunction ("…, um zu", "…, als er …")
        first = toks[0]
        if first.key in lang.data.subordinators or first.key in lang.data.coordinators:
            return False
        if first.key in lang.data.adverbial_openers or (
            first.key in lang.data.relative_pronouns and first.key not in lang.determiners
        ):
            return False
        return any(_verbish_v2(t, lang) for t in toks[:12])
    if n == 3 and not (
        toks[1].key in lang.data.clause_verbs
        or toks[0].key in lang.pronouns
        # "the payments rose", "the talks collapsed": an article, a noun and a past verb
        or (len(toks) == 3 and toks[0].key in lang.determiners and _past_form(toks[2], lang))
    ):
        return False  # three words only as "bookings had halved", "she was fine"
    first = toks[0]
    if (
        first.key in lang.function_words
        and first.key not in lang.determiners
        and first.key not in lang.pronouns
        and first.key not in lang.data.clause_openers  # "said there was", "said no decision had"
    ):
        return False
    if (
        first.text[:1].islower()
        and first.key not in lang.determiners
        and first.key not in lang.pronouns
        and first.key not in lang.data.clause_openers
        and not first.text[:1].isdigit()
        and not share
        # a bare plural or mass noun subject: "said investigators had traced …", "said gusts of up to
        # 90mph are possible"
        and not (
            len(toks) > 2
            and first.key not in lang.cues
            and any(_clause_verb(t, lang) for t in _head_window(text, toks))
        )
        # "said motions alleging bias rarely succeed", "says trucks already clog the streets": an
        # adverb of the verb, then the verb
        and not _adverb_then_verb(toks, lang)
        # "said buyers who waited for lower rates are giving up": a bare plural subject with its own
        # relative clause
        and not (
            len(toks) > 4
            and first.key not in lang.cues
            and toks[1].key in lang.data.relative_pronouns
            and toks[1].key not in lang.determiners
            and _gap_ok(text, first.end, toks[1].start)
        )
        # "said organisers expected a sell-out crowd": a past-tense verb right after the noun, or
        # after a few more lower-case words of its phrase ("said higher debt interest payments
        # accounted for most of it")
        and not (
            len(toks) > 3
            and first.key not in lang.cues
            and lang.data.past_suffixes
            and any(
                _past_form(toks[k], lang)
                # (a speech verb too, after a phrase: "said seven of its members reported lower sales")
                and (toks[k].key not in lang.cues or k >= 3)
                and all(
                    t.text[:1].islower()
                    and (
                        t.key not in lang.function_words
                        or (j > 0 and t.key in lang.data.verb_adverbs)
                        # "said roads to the north of the valley remained impassable": a prepositional
                        # phrase inside the subject
                        or (j > 0 and (t.key in lang.data.prepositions or t.key in lang.determiners))
                    )
                    and _gap_ok(text, t.end, u.start)
                    for j, (t, u) in enumerate(zip(toks[:k], toks[1 : k + 1], strict=True))
                )
                for k in range(1, min(9, len(toks) - 1))
            )
        )
    ):
        return False
    if not lang.data.cased:
        return True
    if first.text[:1].islower() and _adverb_then_verb(toks, lang):
        return True  # "says pupils now arrive hungry": no verb ending needed after such an adverb
    if first.key in lang.pronouns and first.key not in lang.determiners and len(toks) > 2:
        # not an object pronoun and a noun phrase ("She wrote it the week he died"), but a subject:
        # "said she heard shouting at about 2am"
        return toks[1].key not in lang.determiners and toks[1].key not in lang.data.prepositions
    if any(t.key in lang.data.irregular_past for t in toks[1:]):
        return True  # "said the pair met at a gym"
    if lang.data.verb_second:
        # German nouns are capitalised, verbs not: a clause has a lower-case verb-like word
        # ("sagte, die Regierung werde …", "sagte, seine Mannschaft habe sich … verdient")
        return any(_verbish_v2(t, lang) for t in toks[1:])
    return any(
        m
        for m in _VERBISH_RE.finditer(text, toks[min(1, len(toks) - 1)].start, min(b, a + 400))
        if fold(m.group()) not in lang.function_words or fold(m.group()) in lang.data.clause_verbs
    )


def _v2_source_end(text: str, a: int, b: int, lang: CompiledLanguage) -> int | None:
    """Where the finite verb starts after a fronted source phrase in a verb-second language ("Laut
    Verbandspräsident X greift …"): the first lower-case word right after a capitalised one."""
    toks = tokens(text, a, min(b, a + 200), limit=16)
    for k in range(1, len(toks)):
        t, prev = toks[k], toks[k - 1]
        if not _is_cap(prev) and not prev.text[:1].isdigit():
            continue
        if t.text[:1].islower() and (t.key in lang.data.clause_verbs or t.key not in lang.function_words):
            return t.start
    return None


def _verbish_v2(t: Token, lang: CompiledLanguage) -> bool:
    """A lower-case word that may be a finite verb or participle in a verb-second language."""
    k = t.key
    if k in lang.data.clause_verbs:
        return True
    return (
        t.text[:1].islower()
        and k not in lang.function_words
        and len(k) > 2
        and k.endswith(("e", "en", "t", "n"))
    )


def _in_relative_clause(text: str, lo: int, cue_start: int, lang: CompiledLanguage) -> bool:
    """Is the cue the verb of a non-restrictive relative clause on the sentence's subject ("Jane Holt,
    who said …, voted …"), so that the main verb follows the clause? Not when the antecedent comes
    after a verb ("… was opposed by Jane Holt, who said …": the clause runs to the end)."""
    before = tokens(text, max(lo, cue_start - 200), cue_start)
    while before and before[-1].key in lang.cue_fillers:
        before.pop()
    if not (
        len(before) >= 2
        and before[-1].key in lang.data.relative_pronouns
        and before[-1].key not in lang.determiners
        and text[before[-2].end : before[-1].start].strip(SPACE) == ","
    ):
        return False
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
        if k < n and lang.complementizer_re.fullmatch(toks[k].text):
            gap = text[t.end : toks[k].start]
            if not any(ch in gap for ch in ',.;:()«»“”"'):
                return rstrip_end(text, start, t.start)
    return end


def _outside_quotes(text: str, a: int, b: int) -> bool:
    """No quotation opened in text[a:b] is still open at b (guillemets and curly quotes)."""
    seg = text[a:b]
    return seg.count("«") <= seg.count("»") and seg.count("“") <= seg.count("”")


def _finite_verb(t: Token, lang: CompiledLanguage) -> bool:
    return t.text[:1].islower() and (
        t.key in lang.data.clause_verbs
        or t.key in lang.data.irregular_past
        or bool(lang.data.past_suffixes and t.key.endswith(lang.data.past_suffixes) and len(t.key) > 4)
    )


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

"""Is what follows a cue a clause? The clause check (`_is_clause`) and the word tests it is made of:
auxiliaries and contracted subjects, past forms, an adverb before its verb, German verb-second verbs.
clauses.py asks it for every cue (and re-exports these names for the constructions)."""

from __future__ import annotations

import re
from typing import Final

from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.words import _is_cap
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token, tokens, word_count

# (one list for both: _verbish_word tests an ASCII word with the set, any other with the regex)
_VERBISH_LIST: Final = (
    "is", "are", "was", "were", "will", "would", "could", "should", "can", "may", "might", "must", "has",
    "have", "had", "did", "does", "do", "need", "needs", "remain", "remains", "want", "wants", "plan",
    "plans", "cannot",
)  # fmt: skip
_VERBISH_WORDS: Final = frozenset(_VERBISH_LIST)
_VERBISH_RE: Final = re.compile(r"\b(?:" + "|".join(_VERBISH_LIST) + r"|\w{3,}ed|\w{3,}s)\b", re.IGNORECASE)


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


class _PlainAux:
    """The contracted_aux tuple last asked about and its suffixes without an apostrophe (see _plain_aux),
    one pair: set at once, never one half of two languages' (threads)."""

    def __init__(self) -> None:
        self.pair: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


# each language's contracted_aux and its suffixes without an apostrophe, made when the language asked
# changes: English has none, so a word without an apostrophe is refused without a look at its seven
# contracted forms. (One holder, compared by identity: a memo keyed by id() boxed an int and looked up a
# dict at every word, a third of _clause_verb's cost.)
_PLAIN_AUX: Final = _PlainAux()


def _plain_aux(aux: tuple[str, ...]) -> tuple[str, ...]:
    pair = _PLAIN_AUX.pair
    if pair[0] is not aux:
        pair = _PLAIN_AUX.pair = (aux, tuple(suf for suf in aux if suf[0] != "'" and "'" not in suf))
    return pair[1]


def _clause_verb(t: Token, lang: CompiledLanguage) -> bool:
    """An auxiliary or modal, also contracted: "it's", "didn't", "won't" (a negation is "n't", no
    apostrophe first)."""
    k = t.key
    if k in lang.data.clause_verbs:
        return True
    aux = lang.data.contracted_aux
    if not aux:
        return False  # (no contracted forms: no contracted subject either)
    if "'" not in k:
        # (most words: no contracted subject, and only a suffix without an apostrophe can end them; the
        # test of every word of a report's opening is spared the pronoun look-ups of _contracted_subject)
        plain = _plain_aux(aux)
        return bool(plain) and any(k.endswith(suf) and len(k) > len(suf) + 1 for suf in plain)
    return _contracted_subject(t, lang) or any(
        k.endswith(suf) and len(k) > len(suf) + 1 for suf in aux if suf[0] != "'"
    )


def _head_window(text: str, toks: list[Token]) -> list[Token]:
    """The six words after a report's first word, over one comma-delimited aside ("said other
    factors, including construction on the street itself, may have played a role"; "say impaired
    driving charges in the municipality are up": a modifier, the noun and its place before the verb)."""
    out: list[Token] = []
    k = 1
    # (a run of capitalised words counts once: "centres at Southern Cross University are")
    slots = 0
    while k < len(toks) and k < 16 and slots < 6:
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
        after_cap = bool(out) and out[-1].text[:1].isupper()
        if not (
            after_cap
            and (
                t.text[:1].isupper()
                # ("North and South Lismore", "University of Sydney": a short joiner inside the run)
                or (len(t.key) <= 3 and k + 1 < len(toks) and toks[k + 1].text[:1].isupper())
            )
        ):
            slots += 1
        out.append(t)
        k += 1
    return out


def _subject_head_window(text: str, toks: list[Token], lang: CompiledLanguage) -> list[Token]:
    """_head_window, its sixth word only when no question word opened a clause of its own among the
    first five ("says remarkably little about where a teenager should …": that verb is the question's)."""
    out = _head_window(text, toks)
    if len(out) >= 6 and any(t.key in lang.data.question_openers for t in out[:5]):
        out.pop()
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


def _headline_bare_subject(text: str, toks: list[Token], b: int, lang: CompiledLanguage) -> bool:
    """A headline's report: a bare noun of one to two words, then a present verb in "-s" and more words,
    running to the end of a line with no final stop ("…, says power play needs a reset", "…, says deal
    'rewards the wrong people'"). Headlines drop articles; prose ends with a stop, so prose never
    qualifies ("said team needs." no; "said staff members." no)."""
    if not lang.data.cased or len(toks) < 3:
        return False
    e = b
    while e > 0 and text[e - 1] in SPACE:
        e -= 1
    if e == 0 or text[e - 1] in ".!?:;," or (b < len(text) and text[b] not in "\n\r"):
        return False
    for k in range(1, min(3, len(toks) - 1)):
        t = toks[k]
        w = t.key
        if not _lower0_tok(t) or w in lang.function_words or w in lang.determiners:
            return False
        if len(w) >= 4 and w.endswith("s") and not w.endswith(("ss", "'s", "’s")) and w not in lang.cues:
            return _lower0_tok(toks[k + 1]) or toks[k + 1].key in lang.determiners
    return False


def _plural_noun_first(toks: list[Token], lang: CompiledLanguage) -> bool:
    """A report's first word that is no cue, or a cue's "-s" form read as a plural noun: before a
    preposition or an auxiliary ("said calls to its helpline were up", "said reports of abuse had
    doubled", "said claims were overblown"). A verb cannot follow the cue with no subject of its own."""
    first = toks[0]
    if first.key not in lang.cues:
        return True
    k = first.key
    if len(toks) < 3 or not k.endswith("s") or k.endswith("ss"):
        return False
    nxt = toks[1].key
    return nxt in lang.data.prepositions or nxt in lang.data.clause_verbs


def _lower0_tok(t: Token) -> bool:
    return t.text[:1].islower()


def _object_then_verb(toks: list[Token], lang: CompiledLanguage) -> bool:
    """'The committee noted the report and agreed to …', 'She welcomed the ruling and urged …': a noun
    phrase (an article and one or two nouns), a coordinator and a past verb are the cue's object and a
    second verb of the same subject, no clause reported."""
    if lang.data.word_order != "svo" or lang.data.verb_second or len(toks) < 4:
        return False
    if toks[0].key not in lang.data.definite_articles:
        return False
    for k in (2, 3):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            nxt is not None
            and toks[k].key in lang.data.coordinators
            and nxt.text[:1].islower()
            and _past_form(nxt, lang)
        ):
            return all(
                t.text[:1].islower() and t.key not in lang.data.clause_verbs and not _past_form(t, lang)
                for t in toks[1:k]
            )
    return False


def _is_clause(text: str, a: int, b: int, lang: CompiledLanguage) -> bool:
    # (counted up to 7: n is only compared with 2 and 3, after taking off at most 3 words of a figure or
    # share)
    n = word_count(text, a, b, 7)
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
        len(toks) > 2
        and toks[0].key in lang.data.said_object_words
        and toks[1].key in lang.data.said_object_topics
    ):
        return False  # "Police said nothing about the man who fled": the cue's object, no report
    if (
        len(toks) > 4
        and lang.data.figure_bounds
        and (toks[2].text[:1].isdigit() or toks[2].key in lang.data.number_words)
        and f"{toks[0].key} {toks[1].key}" in lang.data.figure_bounds
    ):
        toks = toks[2:]  # "said at least 60 homes were planned": the bounded figure opens the subject
        n -= 2
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
    if _object_then_verb(toks, lang):
        return False  # "noted the report and agreed to publish …": the cue's object, then its own verb
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
            and _plural_noun_first(toks, lang)
            and any(_clause_verb(t, lang) for t in _subject_head_window(text, toks, lang))
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
        # "says power play needs a reset": a headline's bare singular subject and its present verb
        and not _headline_bare_subject(text, toks, b, lang)
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
    if len(toks) > 2 and "'" in toks[1].key and _clause_verb(toks[1], lang):
        return True  # "says president won't sign rail bill": a contracted auxiliary after the subject
    return _verbish_word(text, toks[min(1, len(toks) - 1) :], lang)


def _verbish_word(text: str, toks: list[Token], lang: CompiledLanguage) -> bool:
    """A match of _VERBISH_RE among the words `toks` (a window's last words, up to its end) that is no
    function word, or a clause verb. The regex's matches are whole runs of word characters (\\b on both
    sides); a word of ASCII letters and digits is one such run, and its key its lower-case form, so it
    is tested with set look-ups and suffixes instead of a regex scan (the same answer, case-insensitive
    like the regex); other words (hyphens, apostrophes, accents) are scanned by the regex."""
    fw, cv = lang.function_words, lang.data.clause_verbs
    for i, t in enumerate(toks):
        w = t.text
        # (the first word may be the end of one the window cut: the regex sees the letters before it, so
        # a \\b before the cut part fails, and only the regex answers for it)
        cut = i == 0 and t.start > 0 and (text[t.start - 1].isalnum() or text[t.start - 1] == "_")
        if w.isascii() and w.isalnum() and not cut:
            k = t.key
            n = len(k)
            if (k in _VERBISH_WORDS or (n >= 5 and k.endswith("ed")) or (n >= 4 and k.endswith("s"))) and (
                k not in fw or k in cv
            ):
                return True
            continue
        for m in _VERBISH_RE.finditer(text, t.start, t.end):
            k = fold(m.group())
            if k not in fw or k in cv:
                return True
    return False


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

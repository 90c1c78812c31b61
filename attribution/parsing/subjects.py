"""The speaker phrase of a cue: the subject before it, after it (inverted), or a pronoun in it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, cast

from attribution.parsing.clauses import _finite_verb, _infinitive_after, _is_clause
from attribution.parsing.incises import hearer_then_subject
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.languages.base import fold
from attribution.parsing.mentions.after import plain_subject_after, subject_after
from attribution.parsing.mentions.appositive import _clause_opening, appositive_subject
from attribution.parsing.mentions.before import subject_before
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.mentions.words import (
    _head_key,
    _is_cap,
    _is_complementizer,
    _is_title_word,
    _lower0,
    _possessive,
    document_issuer,
)
from attribution.parsing.quotemarks import SPACE, QuotePair
from attribution.parsing.subject_cases import fronted_phrase as fronted_phrase  # (constructions ask it here)
from attribution.parsing.subject_cases import mention_for_uncached, pronoun_from_cue
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
    if (
        len(btoks) >= 4
        and tail.endswith(",")
        and lang.data.word_order == "svo"
        and not lang.data.verb_second
        and (
            _is_complementizer(btoks[0].text, lang)
            or _is_clause(text, btoks[0].start, rstrip_end(text, cue.end, q.open_pos) - 1, lang)
        )
    ):
        # 'recalled that he would drive players home after training, "whatever the weather"': the
        # quotation ends a reported clause, not a quotation the cue introduces
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
    if not plain and tail[-1:].isalpha() and _short_circumstance(btoks, lang):
        plain = True  # "a dénoncé dans un communiqué « … »", "a dénoncé mardi « … »"
    if not described and not plain:
        return None
    if any(ch in between for ch in ".;!?"):
        return None
    mention = mention_for(at, p, cue, lo)
    if mention is None and lang.data.word_order == "svo":
        mention = inverted_subject(at, cue.end, q.open_pos)
    return mention, cue


def _short_circumstance(btoks: list[Token], lang: CompiledLanguage) -> bool:
    """The words between a cue and its quotation are one time word or a short prepositional phrase
    ("mardi", "dans un communiqué", "devant la presse"), never an object ("la « réforme »")."""
    preps = lang.data.cue_circumstance_prepositions
    if not preps or not btoks:
        return False
    if len(btoks) == 1:
        return btoks[0].key in lang.calendar_words
    return (
        len(btoks) <= 4
        and btoks[0].key in preps
        and btoks[1].key in lang.determiners
        and all(t.key not in lang.determiners and t.key not in lang.cues for t in btoks[2:])
    )


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
                # "hieß es in einer Erklärung des Vereins": the document's issuer speaks
                np = document_issuer([t for t in after[1:] if t.key not in lang.cue_fillers], lang)
                m = classify(text, np, lang) if np else None
                return (m, cue) if m else None
            return None
        m = inverted_subject(at, cue.end, hi) or plain_subject_after(text, cue.end, hi, lang)
        if m is None:
            # "…, a expliqué à l'AFP sa porte-parole", "…, said to reporters the minister"
            m = hearer_then_subject(text, cue.end, hi, lang)
        return (m, cue) if m else None
    if _bare_quote_then_set_off(text, q, a, cue):
        return None  # 'which rated the school "outstanding" two years ago, said it …': no attribution
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


def _bare_quote_then_set_off(text: str, q: QuotePair, a: int, cue: Cue) -> bool:
    """Quoted words with no punctuation of their own, then words and a comma before the cue
    ('rated the school "outstanding" two years ago, said it would …'): the comma closes a clause the
    quotation was inside, so the cue is not the quotation's attribution ('"We won," he said' and '"We
    won", he said' have their punctuation)."""
    if q.end <= q.start or text[q.end - 1] in ",.?!…;:-–—" or text[q.outer_end : a].strip(SPACE):
        return False
    e = rstrip_end(text, a, cue.start)
    return e > a and text[e - 1] == "," and "," not in text[a : e - 1]


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

"""What follows an attribution inside its sentence: the reported sentence going on after a parenthetical
cue ("The plan, she said, was never costed"), and the circumstances a sentence-final "X said" may carry
("…, she said on Thursday", "…, said Jane Holt, the town's mayor").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing.clauses import _finite_verb, _is_clause, is_complementizer
from attribution.parsing.document import OPEN_QUOTES
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.mentions.words import _is_cap
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.text import Token, is_blank, tokens, tokens_tail

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Document


def _content_tail(doc: Document, a: int, b: int, head: int = -1) -> int | None:
    """After a parenthetical 'she says', the reported sentence going on (', but revenue fell'): its start.
    With `head`, the start of the words before the parenthetical, a verbless head's verb ("The pipeline,
    he said, now holds …") and a subordinate head's main clause ("When her party was in power, she
    admitted in an interview, it built fewer homes") go on with it too."""
    text, lang = doc.text, doc.lang
    toks = tokens(text, a, min(b, a + 300))
    k = _parenthetical_circumstance(text, toks, lang)  # "…, she admitted in a radio interview, …"
    if k:
        a, toks = toks[k - 1].end, toks[k:]
    gap = text[a : toks[0].start].strip(SPACE) if toks else ""
    # (German "Die Reform, so die Ministerin, sei überfällig": a reported verb and one word go on)
    mood = bool(toks) and toks[0].key in lang.data.reported_mood_forms
    if not mood and head >= 0 and lang.data.verb_second and lang.data.reported_mood_forms:
        # "Sein Knie mache ihm Sorgen, erklärte er, für das Spiel sei er aber fit": both halves
        # in the mood of reported speech
        mood = _mood_clause_tail(text, toks, lang) and any(
            t.key in lang.data.reported_mood_forms and t.text[:1].islower() for t in tokens(text, head, a)
        )
    if not mood and head >= 0 and lang.data.verb_second:
        # "Die Verschiebung sei, sagte die Ministerin, keine Entscheidung gegen die Kinder": the head is
        # a first phrase and the finite verb, the clause goes on after the cue
        mood = _verb_second_head(text, head, a, lang) or _noun_head_mood_verb(text, head, a, toks, lang)
    if len(toks) < (2 if mood else 3) or gap[:1] != "," or gap[1:].strip(OPEN_QUOTES):
        return None
    if (
        not mood
        and toks[0].key not in lang.data.coordinators
        and toks[0].key not in lang.data.contrast_words
        and toks[0].key not in lang.data.reason_openers  # "…, she said, because it cost too much"
        and toks[0].key not in lang.data.clause_verbs  # "The plan, the minister said, would go ahead."
        # "It is a habit, she says, that her body never unlearned": a relative clause goes on
        and not (
            lang.data.word_order == "svo"
            and is_complementizer(toks[0].text, lang)
            # (after a speaker's name, "que" is a relative pronoun on it: "…, protestó el técnico,
            # Joaquín Peralta, que no quiso …")
            and not (toks[0].key in lang.data.relative_pronouns and _cap_before(text, a))
        )
        and not (head >= 0 and _head_goes_on(doc, head, toks, lang))
        # "Much depends, she said, on whether …": the head's verb takes the preposition after the cue
        and not (
            head >= 0 and toks[0].key in lang.data.prepositions and _head_ends_in_verb(text, head, a, lang)
        )
    ):
        return None
    # (a cue of its own with words after it starts another report: ", she said, but he added that …";
    # a sentence-final one does not: "…, it built fewer homes than it promised")
    for i in range(1, len(toks) - 2):
        t = toks[i]
        if t.key in lang.cues and t.key not in lang.title_words:
            if _subordinate_before(toks, i, lang):
                break  # "…, two officials said, began in June, when X told aides that …": nested in it
            return None
    return toks[0].start


def _head_ends_in_verb(text: str, head: int, a: int, lang: CompiledLanguage) -> bool:
    """The words from `head` to the parenthetical cue's comma end in a verb that takes a preposition
    ("Much depends, she said, on …": lang.data.preposition_verbs)."""
    comma = text.find(",", head, a)
    last = tokens_tail(text, head, comma, 1) if comma > head else []
    return bool(last) and last[0].key in lang.data.preposition_verbs


def _verb_second_head(text: str, head: int, a: int, lang: CompiledLanguage) -> bool:
    """Verb-second: the words from `head` to the first comma before `a` are a main clause's first phrase
    (up to six words, no conjunction or relative pronoun opening it) and its finite verb, last."""
    comma = text.find(",", head, a)
    if comma <= head:
        return False
    h = tokens(text, head, comma, 8)
    if not 2 <= len(h) <= 7:
        return False
    first, verb = h[0], h[-1]
    return (
        first.key not in lang.data.clause_conjunctions
        # ("Die Lage": a capitalised "die" opening the sentence is its article)
        and not (first.key in lang.data.relative_pronouns and first.text[:1].islower())
        and first.key not in lang.data.question_openers
        and first.key not in lang.adverbial_openers
        and verb.text[:1].islower()
        and (verb.key in lang.data.reported_mood_forms or verb.key in lang.data.clause_verbs)
    )


def _noun_head_mood_verb(text: str, head: int, a: int, toks: list[Token], lang: CompiledLanguage) -> bool:
    """Verb-second: the words from `head` to the first comma are a noun phrase (an article or a
    capitalised noun first, up to six words, no verb) and the words after the parenthetical cue open
    on a finite verb in the mood of reported speech: "Die Reform, sagen Kritiker, belaste vor allem
    kleine Betriebe" (the noun phrase is the subject, the verb its predicate)."""
    data = lang.data
    comma = text.find(",", head, a)
    if comma <= head or len(toks) < 2 or not data.reported_mood_suffix:
        return False
    h = tokens(text, head, comma, 8)
    if not 1 <= len(h) <= 6 or not (h[0].key in lang.determiners or _is_cap(h[0])):
        return False
    if h[0].key in data.clause_conjunctions or h[0].key in data.question_openers:
        return False
    if h[0].key in lang.adverbial_openers or any(
        t.key in lang.cues or t.key in data.reported_mood_forms or t.key in data.indicative_forms
        for t in h[1:]
    ):
        return False  # a verb in the head: a clause, not the subject alone
    v = toks[0]
    return (
        v.text[:1].islower()
        and v.key.isalpha()
        and (
            v.key in data.reported_mood_forms
            or v.key in data.indicative_forms  # "Die alte Brücke, sagte er, wird abgerissen"
            # (a verb ending "-te" too: after a noun head the word is its verb, "belaste" or "reiste")
            or (
                len(v.key) > 3
                and v.key.endswith(data.reported_mood_suffix)
                and not v.key.endswith(data.reported_mood_not_suffixes[1:])
                and v.key not in data.mood_lookalikes
                and v.key not in lang.function_words
                and v.key not in lang.determiners
            )
        )
    )


def _mood_clause_tail(text: str, toks: list[Token], lang: CompiledLanguage) -> bool:
    """Verb-second: the words after a parenthetical cue are a main clause in the mood of reported
    speech, its verb after a first phrase of up to five words ("für das Pokalspiel sei er fit"), not
    a relative clause on the subject ("…, sagte der Minister, der seit 2020 im Amt sei")."""
    if len(toks) < 3 or (toks[0].key in lang.data.relative_pronouns and toks[1].text[:1].islower()):
        return False
    for i in range(1, min(6, len(toks))):
        if "," in text[toks[i - 1].end : toks[i].start]:
            return False
        if toks[i].key in lang.data.reported_mood_forms and toks[i].text[:1].islower():
            return True
    return False


def _cap_before(text: str, a: int) -> bool:
    """Does a capitalised word end right before `a` (a name, with its comma after it)?"""
    last = tokens_tail(text, max(0, a - 40), a, 1)
    return bool(last) and _is_cap(last[0]) and text[last[0].end : a].strip(SPACE) in ("", ",")


def _subordinate_before(toks: list[Token], i: int, lang: CompiledLanguage) -> bool:
    """A subordinator ("when", "after", "because") opens the clause of toks[i], with no coordinator
    between them: a report nested in the reported sentence, not a new one ("…, but Hale said …")."""
    data = lang.data
    for j in range(i - 1, 0, -1):
        k = toks[j].key
        if k in data.coordinators or k in data.contrast_words:
            return False
        if k in data.subordinators:
            return True
    return False


def _parenthetical_circumstance(text: str, toks: list[Token], lang: CompiledLanguage) -> int:
    """How many words of a circumstance ("in a radio interview last year", "on Tuesday") follow a
    parenthetical cue before its closing comma; 0 when none does."""
    # (the character before the first word read, not a copy of the text up to it)
    if not toks or (toks[0].start > 0 and text[toks[0].start - 1] == ",") or not lang.data.cased:
        return 0
    t0 = toks[0]
    if (
        t0.key in lang.data.time_words
        and t0.key not in lang.data.time_openers
        and t0.text[:1].islower()
        and len(toks) > 1
        and text.startswith(",", t0.end)
    ):
        return 1  # "The cuts, she said afterward, would …": one adverb of time
    if t0.key not in lang.data.prepositions and t0.key not in lang.calendar_words:
        return 0
    for k, t in enumerate(toks[:9]):
        if k and (_finite_verb(t, lang) or t.key in lang.cues):
            return 0
        if t.end < len(text) and text[t.end] == ",":  # (text.startswith(",", t.end), without the call)
            return k + 1
    return 0


def _adverb_like(t: Token, lang: CompiledLanguage) -> bool:
    """'now', 'still', 'probably': an adverb before a verb (no preposition or subordinator)."""
    k = t.key
    return t.text[:1].islower() and (
        k.endswith("ly")
        or k in lang.data.time_words
        or k in lang.data.preverbal_adverbs  # "The state, she argued, already uses …"
        or (
            k in lang.adverbial_openers
            and k not in lang.data.prepositions
            and k not in lang.data.subordinators
            and not k.endswith("ing")
        )
    )


def _head_goes_on(doc: Document, head: int, toks: list[Token], lang: CompiledLanguage) -> bool:
    """The words after a parenthetical cue finish the sentence its head began: the head is a noun
    phrase and the tail opens on its verb (an adverb first allowed: "The pipeline, he said, now holds"),
    or the head is a subordinate clause and the tail a main clause ("When …, she said, it built …")."""
    text = doc.text
    if lang.data.word_order != "svo" or not lang.data.cased:
        return False
    htoks = tokens(text, head, toks[0].start)
    if not htoks:
        return False
    if (
        htoks[0].key in lang.data.subordinators and htoks[0].key not in lang.data.coordinators
    ) or htoks[0].key in lang.data.head_subordinators:
        return _is_clause(text, toks[0].start, toks[-1].end, lang)
    comma = text.find(",", head)
    hwords = tokens(text, head, comma if comma >= 0 else toks[0].start)
    if not 1 <= len(hwords) <= 6 or any(_finite_verb(t, lang) or t.key in lang.cues for t in hwords):
        return False
    i = 0
    while i < len(toks) - 1 and (_adverb_like(toks[i], lang) or toks[i].key in lang.data.verb_clitics):
        i += 1
    v = toks[i]
    return v.text[:1].islower() and (
        _finite_verb(v, lang)
        or (v.key.endswith("s") and not v.key.endswith("ss") and v.key not in lang.function_words)
        # after an adverb, the next content word is the verb: "The new towns, he said, still lack …"
        or (i > 0 and v.key.isalpha() and v.key not in lang.function_words and v.key not in lang.determiners)
        # a verb ending of the language's ("La digue, explique l'élu, appartient à l'État")
        or (
            bool(lang.data.tail_verb_suffixes)
            and v.key.endswith(lang.data.tail_verb_suffixes)
            and v.key not in lang.function_words
            and v.key not in lang.data.prepositions
            and v.key not in lang.cues
            and htoks[0].key in lang.determiners
            # (not a gerund: "…, assure la maire, en s'appuyant sur une étude": the reporter's words)
            and not (
                toks[0].key in lang.data.gerund_markers
                and v.key.endswith(lang.data.present_participle_suffix or "\0")
            )
        )
    )


def _after_relative(toks: list[Token], i: int, lang: CompiledLanguage) -> bool:
    """Does a relative pronoun ("who", "which") come before toks[i] in this trailer?"""
    return any(
        t.key in lang.data.relative_pronouns and t.key not in lang.determiners for t in toks[1:i]
    )


def _hearer_end(text: str, toks: list[Token], lang: CompiledLanguage) -> int:
    """End of the hearer after a trailing "told" ("told reporters", "told The Canadian Press", "told
    the Globe"): up to four words before a preposition, a comma or a date; the start when none."""
    k = 1 if toks and toks[0].key in lang.determiners else 0
    while k < min(len(toks), 5):
        t = toks[k]
        if (
            t.key in lang.data.prepositions
            or t.key in lang.calendar_words
            or (k > 0 and text[toks[k - 1].end : t.start].strip(SPACE))
        ):
            break
        if t.key in lang.function_words or t.key in lang.cues:
            return toks[0].start
        k += 1
    return toks[k - 1].end if k > 0 and (k < len(toks) or k < 5) else toks[0].start


def _year(k: str) -> bool:
    """A year of the last two centuries: "1998", "2009"."""
    return len(k) == 4 and k.isdigit() and k[:2] in ("19", "20")


def trailer_ok(at: Attributor, a: int, b: int, lemma: str, head: int) -> bool:
    """_trailer_ok(at.doc, a, b, lemma, head), remembered for the document: a sentence's last cue is asked
    by the trailing attribution (constructions/trailing.py) and again, with the same bounds, by fronted
    content (constructions/fronted.py) — four calls in ten were repeats."""
    key = (a, b, head, lemma)
    memo = at.trailer_memo
    found = memo.get(key)
    if found is None:
        found = memo[key] = _trailer_ok(at.doc, a, b, lemma, head)
    return found


def _trailer_ok(doc: Document, a: int, b: int, lemma: str, head: int = -1) -> bool:
    """After a sentence-final "X said": nothing, or circumstances ("on Thursday", "in a statement")."""
    paren = doc.text.find("(", a, min(b, a + 3))
    if paren >= 0 and doc.text[a:paren].strip(SPACE) == "":
        close = doc.text.find(")", paren, min(b, paren + 24))
        if close > 0:
            a = close + 1  # "…, a annoncé la Régie des transports (RTV), qui …": the acronym is the name's
    toks = tokens(doc.text, a, min(b, a + 200))
    if not toks:
        return True
    lang = doc.lang
    for i, t in enumerate(toks[:12]):
        if (
            t.key in lang.data.relative_pronouns
            and t.key not in lang.determiners
            and doc.text[toks[i - 1].end if i else a : t.start].strip(SPACE) == ","
            and any(c in lang.cues for c in (u.key for u in toks[i + 1 : i + 4]))
        ):
            # "…, anunció la ministra, Lucía Ferrer, quien afirmó que …": the relative clause is the
            # speaker's next report, not the reporter's circumstance; judge the words before it
            return i == 0 or _trailer_ok(doc, a, doc.text.rfind(",", a, t.start), lemma)
    # ("…, the official said, a move that angered Democrats": the appositive's own relative clause)
    rel = next(
        (
            i
            for i in (2, 3)
            if toks[0].key in lang.data.indefinite_articles
            and i < len(toks)
            and toks[i].key in lang.data.complementizers
            and "," not in doc.text[toks[0].end : toks[i].start]
        ),
        len(toks),
    )
    lead = doc.text[a : toks[0].start].strip(SPACE)  # (what stands before the first word: "," or "")
    # (_content_tail is asked at most once: by the appositive test, else after the relative one)
    tail_known = False
    tail: int | None = None
    if (
        lead == ","
        and (len(toks) <= 14 or (len(toks) <= 26 and _after_relative(toks, 6, lang)))
        and not any(
            t.key in lang.data.complementizers
            # (verbs after the appositive's relative pronoun are its own: "…, said Harlan Fogg, a
            # consultant who advised two governors but is not working for either campaign.")
            or (
                (t.key in lang.data.clause_verbs or t.key in lang.cues)
                and not _after_relative(toks, i, lang)
                and not (i == 1 and toks[0].key in lang.data.indefinite_articles)  # ", a warning …"
            )
            for i, t in enumerate(toks[:rel])
        )
    ):
        tail, tail_known = _content_tail(doc, a, b, head), True
        if tail is None:
            return True  # an appositive: "…, said Jane Holt, the town's mayor.""
    if (
        lead == ","
        and toks[0].key in lang.data.relative_pronouns
        and toks[0].key not in lang.determiners
        # (the pronoun itself may be a complementizer too: Spanish "…, Joaquín Peralta, que no quiso …")
        and not any(t.key in lang.data.complementizers or t.key in lang.cues for t in toks[1:])
    ):
        return True  # "…, said one of the sources, who asked not to be named because the talks were private."
    if (
        lead == ""
        and not lang.data.verb_second
        and len(toks) <= 12
        and toks[0].key in lang.data.relative_pronouns
        and toks[0].key not in lang.determiners
        and not any(t.key in lang.data.complementizers for t in toks[1:])
        and not doc.text[toks[-1].end : b].strip(SPACE + ".!?")
    ):
        # "…, indicó un médico del centro de salud que prefirió no ser identificado.": a restrictive
        # relative on the inverted subject closes the sentence; it tells who the speaker is
        return True
    if (
        lead == ","
        and lang.data.verb_second
        and 3 <= len(toks) <= 12
        and toks[0].key in lang.data.relative_pronouns
        and toks[1].text[:1].islower()
        and toks[-1].text[:1].islower()
        and not doc.text[toks[-1].end : b].strip(SPACE + ".!?")
        and not any(
            t.key in lang.data.complementizers or t.key in lang.cues or t.key in lang.data.reported_mood_forms
            for t in toks[1:]
        )
    ):
        # German "…, sagte ein Analyst, der nicht genannt werden wollte.": the relative pronoun is the
        # article's form; a lower-case word after it and the verb closing the sentence make it a clause
        return True
    if not tail_known:
        tail = _content_tail(doc, a, b, head)
    if tail is not None:
        return True  # "Numbers rose, she says, but revenue fell."
    suffix = lang.data.gerund_suffix
    if (
        suffix
        and lead == ","
        and toks[0].text[:1].islower()
        and toks[0].key.endswith(suffix)
        and len(toks[0].key) > len(suffix) + 2
    ):
        return True  # "…, the people said, asking not to be identified because …": about the speaker
    if lead == "" and (
        lemma == "tell"
        # German "…, sagte sie der Deutschen Presse-Agentur", "sagte er dem Sender": a dative hearer
        or (lang.data.verb_second and lemma == "say" and toks[0].key in lang.data.hearer_markers)
    ):
        a2 = _hearer_end(doc.text, toks, lang)
        if a2 > toks[0].start:
            # "…, Const. Jo Roy told reporters at a news conference Monday.", "…, she told The
            # Canadian Press.": past the hearer
            return not tokens(doc.text, a2, min(b, a2 + 40), 1) or _trailer_ok(doc, a2, b, "say", head)
    k = toks[0].key
    if len(toks) == 1 and (
        k in lang.data.separable_particles
        # "…, stellte der Gewerkschaftschef klar.", "…, machte Kühn deutlich": a split cue's particle
        or any(k in particles for particles in lang.data.split_particles.values())
    ):
        return True  # "…, räumte der Sprecher ein.": the cue's own particle
    if (
        lemma in lang.data.object_trailer_lemmas
        and k in lang.determiners
        and len(toks) >= 2
        and _is_cap(toks[1])
        and is_blank(doc.text, toks[0].end, toks[1].start)
    ):
        # German "…, begründete die Kammer ihr Urteil (am Montag)": the cue's object after the speaker
        rest = tokens(doc.text, toks[1].end, min(b, toks[1].end + 40), 1)
        return not rest or _trailer_ok(doc, toks[1].end, b, lemma, head)
    if k in doc.lang.determiners or k in doc.lang.pronouns:
        return False
    if (
        k in doc.lang.function_words
        or k in doc.lang.calendar_words
        or _year(k)  # German "…, sagte sie 2009 in einem Interview": the year after the subject
        or k in doc.lang.data.prepositions
        or k in doc.lang.data.phrase_stops  # "…, a-t-il ajouté devant les élus"
        # German "…, betonte sie zugleich", "…, kritisierte er weiter": an adverb after the subject
        or (doc.lang.data.verb_second and k in doc.lang.cue_fillers and toks[0].text[:1].islower())
    ):
        comma = doc.text.find(",", a, b)
        # (a complementizer after a comma belongs to the next clause: "…, X announced on Thursday,
        # as the hospital association warned that …")
        return not any(
            t.key in doc.lang.data.complementizers for t in toks[:12] if comma < 0 or t.start < comma
        )
    if lemma in ("tell", "say") and len(toks) <= 4:
        return True
    return _is_cap(toks[0]) and len(toks) <= 3

"""Fronted content: the reported clause first, the attribution after it.

Handles:
    Rents will keep rising this year, the housing minister said.        (indirect:clause-X-said)
    La réforme est nécessaire, a affirmé la ministre mardi.             (indirect:clause-X-said)
Refuses:
    Prices rose sharply, the data showed.                               (data is no speaker)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing import kinds, subjects
from attribution.parsing.clauses import _complementizer_after, _finite_verb, _is_clause
from attribution.parsing.constructions import continuation
from attribution.parsing.content import _concessive_end, _titled_place_end, _trim_content
from attribution.parsing.document import Cand
from attribution.parsing.languages import CompiledLanguage
from attribution.parsing.mentions.before import subject_before
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.mentions.words import _ends_with, _head_key, _is_cap
from attribution.parsing.text import is_blank, rstrip_end, tokens, tokens_tail, word_count
from attribution.parsing.trailers import _content_tail, _head_goes_on, trailer_ok

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue, Para


def _any_of(text: str, a: int, b: int, chars: str) -> bool:
    """One of the characters `chars` in text[a:b] (str.find with bounds: no slice made)."""
    return any(text.find(ch, a, b) >= 0 for ch in chars)


def find(
    at: Attributor, p: Para, cue: Cue, mention: Mention, s_start: int, s_end: int, inverted: bool = False
) -> bool:
    """'Work … is far from done, Foreign Minister Sergey Lavrov said (on Thursday).'"""
    text, lang = at.text, at.lang
    if cue.key in lang.continuation_forms or cue.lemma in lang.data.construction_cues:
        # (refused below too, after the content's comma is found: asked first, they spare the search
        # for the words the speaker phrase left out)
        return False
    # "La réforme ne sera pas retirée, a-t-il assuré": the pronoun is inside the inverted cue
    # (or an impersonal one whose source follows: "…, a-t-on appris de source diplomatique")
    built_in = cue.key in lang.inverted and cue.start <= mention.start
    if not inverted and not built_in and mention.start < cue.start and "," in text[mention.start : cue.start]:
        # "… for a report of a man who had been assaulted, Const. Dana Roy told reporters": the
        # subject search ran into the content; the name after its last comma is the speaker
        k = text.rfind(",", mention.start, cue.start)
        sub = subject_before(text, k + 1, cue.start, lang)
        if (
            sub is not None
            and sub.kind == "name"
            and all(
                t.key in lang.honorifics or t.key in lang.title_words for t in tokens(text, k + 1, sub.start)
            )
            and any(
                t.key in lang.data.relative_pronouns or t.key in lang.data.clause_verbs
                for t in tokens(text, mention.start, k)
            )
        ):
            mention = sub
    left = cue.start if inverted or built_in else mention.start
    if not _any_of(text, s_start, left, ",—–"):
        # the content must end with a comma or a dash right before the attribution (tested below at
        # `left`, which only moves back from here): with none before it, nothing more to ask. Most cues
        # asked have their subject at the sentence start ("The mayor said …")
        return False
    if not inverted and not built_in:
        left = subjects.attribution_left(at, s_start, left)
        if lang.data.verb_second and lang.data.perfect_aux and cue.start > mention.start:
            # "…, hatte die Staatsanwältin argumentiert": the auxiliary before the subject, the
            # participle (the cue) after it
            aux = tokens_tail(text, max(s_start, left - 12), left, 1)
            if aux and aux[0].key in lang.data.perfect_aux and is_blank(text, aux[0].end, left):
                left = aux[0].start
    if (
        lang.data.verb_second
        and not inverted
        and not built_in
        and left >= mention.start
        and mention.end <= cue.start
        and text[mention.end : cue.start].strip() == ","
    ):
        # "Der Chefvolkswirt der Bank, Jan Ott, sagte, …": a fronted report puts its cue before the
        # subject; a name closed by a comma before the cue is an appositive of the words before it
        return False
    head_end = rstrip_end(text, s_start, left)  # text[s_start:left].rstrip(SPACE), without the copy
    # (a continuation form refuses, and so does a cue of its own construction, "Bundestag streitet –
    # Opposition spricht von „…“": both tested at the top)
    if not _ends_with(text, s_start, head_end, ",—–"):
        return False
    right = (
        max(mention.end, cue.end)  # "…, fügte er hinzu."
        if inverted or (built_in and mention.start >= cue.end)
        else cue.end
    )
    if not trailer_ok(at, right, s_end, cue.lemma, s_start):
        return False
    if (
        inverted
        and not lang.data.verb_second
        and mention.start >= cue.end
        and mention.kind != "name"
        and _verb_inside(text, mention.start, min(s_end, mention.end + 40), mention.end, lang)
    ):
        return False  # "…, says lawmakers shortchanged rural districts": a clause, not the speaker
    if inverted and not lang.data.verb_second and mention.end > cue.end:
        nxt = tokens(text, mention.end, min(s_end, mention.end + 40), 1)
        if nxt and is_blank(text, mention.end, nxt[0].start) and _finite_verb(nxt[0], lang):
            return False  # "…, says council ignored the police": the words after the cue are a report
    if lang.data.verb_second and not inverted and not built_in and mention.end <= cue.start:
        rest = tokens(text, cue.end, s_end, limit=8)
        if (
            len(rest) >= 2
            and rest[-1].key in lang.data.separable_particles
            and any(_is_cap(t) for t in rest[:-1])
        ):
            return False  # "Werk schließt – IG Metall kündigt Widerstand an": the cue's own object
    a, b = _trim_content(text, s_start, head_end - 1)
    colon = text.find(":", a, min(b, a + 60))
    if colon > a:
        label = tokens(text, a, colon)
        if (0 < len(label) <= 4 and all(_is_cap(t) for t in label)) or (
            # "Grève à la régie : « aucun bus » lundi, prévient la direction": a headline's topic
            # label may be any short phrase before its colon
            0 < len(label) <= 8
            and p.index == 0
            and text[p.end - 1] not in ".!?"
            and text[colon - 1 : colon] in (" ", "\u00a0", "\u202f")
        ):
            # "Storm Bronagh: 14,000 homes without power, says …": a headline's topic label
            a, b = _trim_content(text, colon + 1, b)
    if b - a <= 16 and text[a : a + 1].isdigit() and _clock_time(text, a, b, lang):
        return False  # "1:05 p.m. — Campaign responds to …": a live blog's time stamp, not content
    htoks = tokens(text, a, min(b, a + 200))
    if (
        lang.data.verb_second
        and 2 <= len(htoks) <= 10
        and htoks[0].key in lang.data.as_openers
        and htoks[-1].key in lang.cues
        and "," not in text[a:b]
    ):
        return False  # "Wie Brandl betonte, lehnt die Union … ab": an attribution of its own, no content
    if (
        inverted
        and 0 < len(htoks) <= 8
        and htoks[0].key in lang.data.definite_articles
        and _is_cap(htoks[-1])
        and "," in text[htoks[0].end : htoks[-1].start]
        and not any(t.key in lang.data.clause_verbs or t.key in lang.cues for t in htoks)
        and getattr(classify(text, htoks, lang), "titles", None)
    ):
        return False  # "Le maire, Jean-Luc Moreau, a appelé les parties à …": the subject, not content
    if inverted and 0 < len(htoks) <= 8 and not lang.data.verb_second:
        comma = text.find(",", a, b)
        seg = tokens(text, a, comma) if comma > a else []
        nm = classify(text, seg, lang) if seg else None
        if nm is not None and nm.kind == "name" and not _is_clause(text, a, b, lang):
            return False  # "Dan Lee, the coach, praised the team": a subject and its appositive
    if inverted and not lang.data.verb_second and _subject_and_appositive(text, a, b, lang):
        return False  # "The mayor, who was elected in 2022, said the city needs …": no fronted content
    hm = (
        classify(text, htoks, lang)
        if not inverted
        and 0 < len(htoks) <= 8
        and not any(t.key in lang.data.clause_verbs or t.key in lang.cues for t in htoks)
        else None
    )  # (classified once: the tests below ask for its kind and its titles)
    # ("Republican leaders, she said, had not responded", "…, one of the aides said, had …": a
    # pronoun, or a description set off by commas on both sides, is a parenthetical cue, and the
    # phrase before it is the report's subject, no appositive's head)
    parenthetical = mention.kind == "pronoun" or (
        mention.kind == "descriptor" and text[right : right + 1] == "," and mention.start > head_end
    )
    if (
        hm is not None
        and not parenthetical
        and hm.kind == "descriptor"
        and (
            _head_key(htoks[-1], lang) is not None  # ends on its noun: not "Passenger numbers rose"
            # or on an adjective after its noun: "Su portavoz económico, Juan Bravo, calificó …"
            or (
                lang.data.postnominal_adjectives
                and len(htoks) >= 2
                and _head_key(htoks[-2], lang) is not None
            )
            # or on the place of a titled head: "Le maire de Bouvante, Gérard Chabert, juge …",
            # "La ministre de la Santé, X, a promis", "le ministre de l'Intérieur, X, a annoncé"
            or _titled_place_end(htoks, lang)
            # or on a noun after its head's article and preposition: "El líder de la oposición,
            # Ignacio Soler, le acusó …"
            or (
                len(htoks) >= 4
                and htoks[-3].key in lang.data.prepositions
                and htoks[-2].key in lang.data.definite_articles
                and any(_head_key(t, lang) is not None for t in htoks[:-3])
            )
            # or a titled description with its article, before a name: "La porte-parole de la
            # coalition au pouvoir, Aïssatou Ba, a ironisé"
            or (mention.kind == "name" and htoks[0].key in lang.data.definite_articles and bool(hm.titles))
        )
    ):
        return False  # "Acme's chief executive, Jane Doe, said": an appositive, not the content
    tail = _content_tail(at.doc, right, s_end, a)
    # (German puts the finite verb second: one fronted word is enough when the report goes on after
    # the cue: "Früher, sagt er, habe er selbst Schweine gehalten")
    # (a name alone before a parenthetical cue is the reported clause's subject when the tail goes
    # on with its verb: "Whitfield, he argued, had always meant to finish the jobs")
    one_name = (
        tail is not None
        and word_count(text, a, b, 2) == 1
        and _is_cap(tokens(text, a, b)[0])
        and _head_goes_on(at.doc, a, tokens(text, tail, min(s_end, tail + 200)), lang)
    )
    if word_count(text, a, b, 3) < (3 if tail is None else 1 if lang.data.verb_second or one_name else 2):
        return False
    first = tokens(text, a, min(b, a + 40), 2)
    if (
        first
        and lang.data.verb_second
        and first[0].key in lang.adverbial_openers
        and first[0].key not in lang.data.question_openers
        and "," not in text[a:b]
        and not continuation.continues_report(at, p, a, b)  # "Wenn es regne, sagte er, sei …" is his
    ):
        return False  # "Als der Zug kam, sagte der Mann, er sei müde": a fronted clause, then the cue
    if (
        first
        and tail is None  # "When her party was in power, she said, it built …": the claim's clause
        and first[0].key in lang.adverbial_openers
        # German: "Als sie Bedenken angemeldet habe, sei ihr gedroht worden, erzählte sie": a comma
        # inside the head ends the adverbial clause and the report's main clause follows
        and not (lang.data.verb_second and "," in text[a:b])
        # "When the depot closes, the nearest garage will be an hour away, residents say": the
        # subordinate clause ends at its comma and the claim's main clause follows it
        and not _main_clause_after_head(text, a, b, first[0].key, lang)
        # "At least 27 people had been killed, the ministry said": a quantity, not a circumstance
        and " ".join(t.key for t in first) not in lang.data.quantity_openers
    ):
        return False  # "Speaking in Moscow, Lavrov said …": circumstances, not the claim
    for q in p.pairs_in(a - 2, a + 2):
        if q.open_pos <= a + 1 and q.outer_end >= b - 1:
            return False  # the direct quotation already took this cue
    if any(c.lemma != "according to" and _complementizer_after(at.doc, p, c, s_end) for c in p.cues_in(a, b)):
        return False
    if any(c.lemma == "according to" and c.start <= a + 1 for c in p.cues_in(a, b)):
        # "Para la economista X, la baja responde al atraso …": the words before the cue open with an
        # according-to phrase, the report's source; they are no report of the cue's
        return False
    if tail is not None:
        b = _trim_content(text, a, s_end)[1]  # the parenthetical attribution stays inside
        if lang.data.concessive_openers:
            b = _trim_content(text, a, _concessive_end(text, tail, b, lang))[1]  # "…, though she …"
        nested = p.cues_in(tail, b)
        if nested:
            # "…, two officials said, began in June, when X told aides that …": a report nested in this
            # one is not a quote of its own (the convention: nested reports are not annotated)
            for c in nested:
                c.used = True
            at.doc.cands[:] = [
                d
                for d in at.doc.cands
                if not (d.cue is not None and _cue_in(d.cue, nested) and tail <= d.start < b)
            ]
    kind = kinds.kind_for(at, p, a, b)
    at.doc.cands.append(Cand(a, b, kind, f"{kind}:clause-X-said", 0.75, p.index, mention=mention, cue=cue))
    cue.used = True
    return True


def _verb_inside(text: str, a: int, hi: int, end: int, lang: CompiledLanguage) -> bool:
    """A finite verb among the words of text[a:end] (after the first) with an object after it, not a
    participle ("the lawsuit filed by residents") nor a relative clause's verb ("the engineer who
    inspected it"): the phrase is a clause ("lawmakers shortchanged rural districts")."""
    toks = tokens(text, a, hi, 16)
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if t.start >= end:
            break
        if (
            t.text[:1].islower()
            and _finite_verb(t, lang)
            and toks[i - 1].key not in lang.data.relative_pronouns
            and toks[i + 1].key not in lang.data.prepositions
            and toks[i + 1].key != lang.data.passive_agent
            # ("the lawsuit filed last week", "the report released Monday")
            and toks[i + 1].key not in lang.data.time_relatives
            and not any(u.key in lang.calendar_words for u in toks[i + 1 : i + 3])
            and toks[i + 1].key not in lang.function_words
        ):
            return True
    return False


def _subject_and_appositive(text: str, a: int, b: int, lang: CompiledLanguage) -> bool:
    """text[a:b] is a short speaker phrase and one appositive after its comma that runs to the cue's
    comma, opened by a relative pronoun or a past participle ("The mayor, who was elected in 2022",
    "The lawsuit, filed in March by two voters"): the subject of the cue after it, not a fronted report
    (which has a main verb after its appositive: "The plant, built in 1962, will close, the firm said")."""
    comma = text.find(",", a, b)
    if comma < 0 or text.find(",", comma + 1, b) >= 0:
        return False
    seg = tokens(text, a, comma)
    if not 0 < len(seg) <= 6:
        return False
    rest = tokens(text, comma + 1, b, limit=30)
    if not 1 < len(rest) < 30:
        return False
    first = rest[0]
    if not first.text[:1].islower():
        return False
    data = lang.data
    opener = (
        (first.key in data.relative_pronouns and first.key not in lang.determiners)
        or first.key in data.appositive_participles
        or (
            bool(data.appositive_participle_suffixes)
            and first.key.endswith(data.appositive_participle_suffixes)
        )
    )
    if not opener:
        return False
    nm = classify(text, seg, lang)
    return nm is not None and nm.kind in ("name", "descriptor", "org")


def _cue_in(cue: Cue, cues: list[Cue]) -> bool:
    """cue in cues (the same object or an equal one), comparing starts first: a dataclass's __eq__ is
    interpreted Python that builds two tuples, and cues that start elsewhere are never equal."""
    return any(c is cue or (c.start == cue.start and c == cue) for c in cues)


def _main_clause_after_head(text: str, a: int, b: int, first: str, lang: CompiledLanguage) -> bool:
    """text[a:b] opens with a subordinator and goes on after a comma with a main clause of its own
    (not a relative clause: "After the vote, which took hours, …")."""
    if lang.data.word_order != "svo" or not lang.data.cased or first not in lang.data.subordinators:
        return False
    comma = text.find(",", a, b)
    if comma < 0:
        return False
    nxt = tokens(text, comma + 1, b)[:1]
    return (
        bool(nxt)
        and nxt[0].key not in lang.data.relative_pronouns
        and not lang.complementizer_re.fullmatch(nxt[0].text)
        and _is_clause(text, nxt[0].start, b, lang)
    )


def _clock_time(text: str, a: int, b: int, lang: CompiledLanguage) -> bool:
    """Is text[a:b] a clock time alone ("1:05 p.m", "11:30 a.m.")?"""
    head = text[a:b].casefold().rstrip(".")
    for ab in lang.data.clock_abbreviations:
        if head.endswith(ab):
            digits = head[: len(head) - len(ab)].strip()
            return bool(digits) and all(ch.isdigit() or ch in ":." for ch in digits)
    return False

"""Reported speech that goes on without a cue of its own.

After a report, a sentence in the mood of reported speech (German Konjunktiv I, and the Konjunktiv II
that stands in for it) with no cue of its own reports the same speaker, cue null, one quote per sentence.

Handles:
    „Die Deiche seien stabil“, sagte Berger. Man beobachte die Lage. → "Man beobachte die Lage" (Berger)
    Die Lage sei ernst, sagte die Ministerin. Es gebe keine Alternative. → the second sentence
Refuses:
    Er sagte, die Lage sei ernst. Ich habe keine Zeit. (first-person indicative "ich habe")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attribution.parsing import kinds, subjects
from attribution.parsing.content import _trim_content
from attribution.parsing.document import Cand
from attribution.parsing.infinitives import reported_after_infinitive_vorfeld
from attribution.parsing.mentions.after import subject_after
from attribution.parsing.mentions.phrase import Mention
from attribution.parsing.mentions.words import _lower0, _upper0
from attribution.parsing.text import Token, is_blank, tokens, word_count
from attribution.parsing.text import first_at_or_after as _bisect_left  # (bisect_left, compiled)

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue, Para
    from attribution.parsing.languages.base import LanguageData
    from attribution.parsing.quotemarks import QuotePair


# ------------------------------------------------------------------ continuation by mood


def _last_ending(cands: list[Cand]) -> Cand:
    """max(cands, key=lambda c: c.end) (the first of those that end last), without a key function
    called through Python for each."""
    best = cands[0]
    for c in cands:
        if c.end > best.end:
            best = c
    return best


def find(at: Attributor) -> None:
    """'„…“, so Kreisbrandmeister Hartwig. Die Einsatzkräfte seien erschöpft. Unterstützung komme
    vom THW.': sentences in the mood of reported speech (`lang.data.reported_mood_forms`), or naming
    the source just quoted ("Der Pegel lag demnach bei 6,40 Metern"), with no cue of their own,
    right after a quotation, each report the same speaker (cue null). Refused: "Die Deiche sind
    stabil." (indicative), and a sentence in that mood that no quotation comes right before."""
    data = at.lang.data
    if not data.reported_mood_forms and not data.anaphoric_sources:
        return
    cands = sorted(at.doc.cands, key=lambda c: c.start)
    starts = [c.start for c in cands]
    made: list[Cand] = []
    chain: Cand | None = None  # the quotation the sentence just read belongs to
    pending: tuple[Para, int, int] | None = None  # a sentence in a form of either mood, just before
    # a speech act with no report of its own in the sentence just read ("Der Minister wies die Vorwürfe
    # zurück."): its subject and cue, and its paragraph
    seed: tuple[Mention, Cue, int] | None = None
    for p in at.doc.paras:
        for s_start, s_end in p.sents:
            s_start = max(s_start, p.body_start)
            k = _bisect_left(starts, s_end)
            # the quotations overlapping this sentence (starting before its end, ending after its start)
            inside = [c for c in cands[max(0, k - 8) : k] if c.end > s_start]
            if inside:
                chain, pending, seed = _last_ending(inside), None, None
                continue
            opened = p.pairs_in(s_start - 2000, s_start + 1)
            s_cues = p.cues_in(s_start, s_end)
            if s_cues and chain is not None and data.verb_second:
                # "…, sie würde nach Einschätzung der Planer aber Staus verursachen": an "according to"
                # phrase inside the clause that made no quotation of its own is part of the report
                lead = _trim_content(at.text, s_start, s_end)[0]
                s_cues = [c for c in s_cues if c.lemma != "according to" or c.start <= lead]
            if s_cues and data.verb_second and _reported_participles(at, s_start, s_cues):
                # "Die Koalition habe den Kitas mehr Personal versprochen.": the speech verb is the
                # report's own (a participle after its auxiliary in the reported mood), no new cue
                s_cues = []
            if s_cues and data.verb_second and not opened_at(opened, s_start):
                back = _attributes_before(cands[max(0, k - 8) : k], s_start, s_end)
                if back is not None:
                    # "… Das bestätigte ein Sprecher am Nachmittag. Zwölf Menschen seien verletzt.": the
                    # sentence attributes the one before it; the report goes on after it
                    chain, pending, seed = back, None, None
                    continue
                chain = pending = None
                seed = _stance(at, p, s_start, s_end)
                if seed is not None:
                    after = _after_colon(at, p, seed[1], s_end)
                    if after is not None:
                        # "Der Minister wies die Vorwürfe zurück: Man habe alle Regeln eingehalten."
                        c = Cand(
                            after[0],
                            after[1],
                            kinds.kind_for(at, p, after[0], after[1]),
                            "indirect:stance-colon-reported-mood",
                            0.55,
                            p.index,
                            mention=seed[0],
                            cue=seed[1],
                        )
                        made.append(c)
                        chain, seed = c, None
                continue
            if chain is None and seed is None:
                continue
            if (
                s_cues
                or "¿" in at.text[s_start:s_end]  # "P. ¿Cuál sería su primera medida?": a question asked
                or opened_at(opened, s_start)
            ):
                chain = pending = seed = None
                continue
            if at.text[s_start:s_end].rstrip().endswith("?"):
                # "Ob sie selbst kandidieren würde? Sie lacht nur.": the writer's own question is no
                # report (a reported question ends with a full stop); the report may go on after it
                continue
            if chain is None and seed is not None:
                # "Der CSU-Chef lehnte das ab. Eine Steuererhöhung komme nicht infrage.": the reported
                # mood right after a speech act reports its speaker
                a, b = _trim_content(at.text, s_start, s_end)
                if (
                    seed[2] == p.index
                    and continues_report(at, p, s_start, s_end)
                    and word_count(at.text, a, b, 3) >= 3
                ):
                    c = Cand(
                        a,
                        b,
                        kinds.kind_for(at, p, a, b),
                        "indirect:stance-reported-mood",
                        0.55,
                        p.index,
                        mention=seed[0],
                        cue=seed[1],
                    )
                    made.append(c)
                    chain = c
                seed = None
                continue
            assert chain is not None  # (no chain and no seed, or a seed, was dealt with above)
            if not continues_report(at, p, s_start, s_end) and not (
                pending is None and p.index == chain.para and _prospective_past(at, p, s_start, s_end)
            ):
                if pending is None and p.index == chain.para and either_mood(at, p, s_start, s_end):
                    pending = (p, s_start, s_end)  # "Die Menschen spürten …": decided by the next one
                else:
                    chain = pending = None
                continue
            todo = [(p, s_start, s_end)] if pending is None else [pending, (p, s_start, s_end)]
            for pp, a0, b0 in todo:
                a, b = _trim_content(at.text, a0, b0)
                if word_count(at.text, a, b, 3) < 3:
                    chain = None
                    break
                kind = kinds.kind_for(at, pp, a, b)
                c = Cand(a, b, kind, f"{kind}:reported-mood-continuation", 0.6, pp.index, link=chain)
                made.append(c)
                chain = c
            pending = None
    at.doc.cands.extend(made)


def _reported_participles(at: Attributor, a: int, cues: list[Cue]) -> bool:
    """Is each cue of the sentence starting at `a` a participle that ends its clause after an auxiliary
    in the mood of reported speech ("Man habe ihnen Hilfe versprochen.", "Sie hätten früh gewarnt,
    …")? Then the sentence reports, it attributes nothing."""
    text, data = at.text, at.lang.data
    for c in cues:
        if " " in c.key or c.lemma == "according to":
            return False
        after = text[c.end : c.end + 2].lstrip(" ")
        if after[:1] not in (".", ",", ";", "!", "?", ""):
            return False
        lo = max(a, text.rfind(",", a, c.start) + 1)
        before = tokens(text, lo, c.start)
        if not any(t.key in data.reported_mood_forms and t.text[:1].islower() for t in before):
            return False
    return True


def _attributes_before(near: list[Cand], a: int, b: int) -> Cand | None:
    """The quotation ending before the sentence text[a:b] whose cue stands in that sentence ("Das
    bestätigte ein Sprecher." after the content it attributes); None if none."""
    for c in reversed(near):
        if c.end <= a and c.cue is not None and a <= c.cue.start < b:
            return c
    return None


def opened_at(opened: list[QuotePair], pos: int) -> bool:
    """Is `pos` inside one of the quotation-mark pairs `opened`?"""
    return any(q.open_pos <= pos < q.outer_end for q in opened)


def _stance(at: Attributor, p: Para, a: int, b: int) -> tuple[Mention, Cue, int] | None:
    """The subject and cue of a German speech act that reported nothing itself ("Der Minister wies die
    Vorwürfe zurück", "Die Polizei warnt vor falschen Handwerkern"); None without a subject."""
    cue = next((c for c in p.cues_in(a, b) if c.lemma != "according to" and not c.used), None)
    if cue is None:
        return None
    m = subjects.mention_for(at, p, cue, a)
    if m is None:
        m = subject_after(at.text, cue.end, b, at.lang)
    elif m.head_class is None and m.kind in ("name", "org", "descriptor") and m.start == a:
        # "Ausführlich schilderte der Richter den Ablauf", "Seine Prognose bestätigte das Unternehmen":
        # what opens a verb-second sentence need not be its subject; a speaker noun after the verb is
        after = subject_after(at.text, cue.end, b, at.lang)
        if after is not None and after.head_class is not None and not _known_name(at, m):
            m = after
    if m is None or m.kind not in ("name", "descriptor", "org", "pronoun"):
        return None
    return m, cue, p.index


def _known_name(at: Attributor, m: Mention) -> bool:
    """A name phrase the document's registry knows (so a person, not a capitalised opening word)."""
    return m.kind == "name" and at.doc.registry.lookup(m.name_tokens) is not None


def _after_colon(at: Attributor, p: Para, cue: Cue, b: int) -> tuple[int, int] | None:
    """The clause after a colon that follows the cue in its sentence, when it is in reported mood."""
    colon = at.text.find(":", cue.end, b)
    if colon < 0 or p.pairs_in(colon, b):
        return None
    a2, b2 = _trim_content(at.text, colon + 1, b)
    if word_count(at.text, a2, b2, 3) < 3 or not continues_report(at, p, a2, b2):
        return None
    return a2, b2


def either_mood(at: Attributor, p: Para, a: int, b: int) -> bool:
    """'Die Menschen spürten die Preise jeden Tag': the finite verb (after a noun or pronoun, before no
    noun: not the adjective of "in den letzten Tagen") has a form of both the past indicative and the
    mood of reported speech (lang.data.ambiguous_mood_suffix), and no form is indicative for sure."""
    return _verb_second_form(at, p, a, b, at.lang.data.ambiguous_mood_suffix)


def _verb_second_form(at: Attributor, p: Para, a: int, b: int, suffix: str) -> bool:
    """Does the finite verb after a noun or pronoun in text[a:b] end on `suffix`, with no form in the
    sentence indicative for sure (either_mood)?"""
    data = at.lang.data
    if not suffix:
        return False
    toks = tokens(at.text, a, b, 40)
    if p.pairs_in(a, b) or any(t.key in data.indicative_forms for t in toks):
        return False
    for i in range(1, len(toks) - 1):
        t, before, after = toks[i], toks[i - 1], toks[i + 1]
        if (
            t.key.endswith(suffix)
            and len(t.key) > len(suffix) + 2
            and _lower0(t.text)
            and t.key not in at.lang.function_words
            and (_upper0(before.text) or before.key in data.reported_mood_pronouns)
            and not _upper0(after.text)
        ):
            return True
    return False


def _prospective_past(at: Attributor, p: Para, a: int, b: int) -> bool:
    """'Die Arbeiten dauerten voraussichtlich bis in die Nacht', 'Die Stellen fielen voraussichtlich
    weg': a plural verb with a form of both moods (either_mood, or any plural in "-en") and an adverb
    that looks ahead from the time of speaking (lang.data.prospective_adverbs): no narrative past, the
    report's own mood."""
    adverbs = at.lang.data.prospective_adverbs
    if not adverbs or not any(t.key in adverbs for t in tokens(at.text, a, b, 40)):
        return False
    # ("Die Stellen fielen voraussichtlich weg": a strong verb's past plural, the same as its Konjunktiv
    # II, ends on "-en"; so does the plural present, the same as its Konjunktiv I)
    return either_mood(at, p, a, b) or _verb_second_form(at, p, a, b, "en")


def continues_report(at: Attributor, p: Para, a: int, b: int) -> bool:
    """Does text[a:b], outside its quotation marks, carry the mood of reported speech ("Man habe
    keine Wahl") or an adverb naming the source just quoted ("demnach")?"""
    data = at.lang.data
    text = at.text
    toks = tokens(text, a, b, 80)
    quoted = [(q.open_pos, q.outer_end) for q in p.pairs_in(a, b)]
    toks = [t for t in toks if not any(qa <= t.start < qb for qa, qb in quoted)]
    if data.verb_second and reported_after_infinitive_vorfeld(text, toks, at.lang):
        return True
    if data.verb_second and data.clause_conjunctions:
        toks = _main_clauses(text, toks, data)
    if any(t.key in data.reported_mood_blockers for t in toks):
        return False  # "ich habe": the indicative of the first person
    idioms = data.reported_mood_idioms
    if idioms:
        # (a set phrase can only start at its own first word: the phrases of two to four words are
        # joined only there, not at every word of the sentence)
        firsts = {idiom.split(" ", 1)[0] for idiom in idioms}
        for i in range(len(toks)):
            if toks[i].key not in firsts:
                continue
            for n in (2, 3, 4):
                if " ".join(t.key for t in toks[i : i + n]) in idioms and not _verb_second(
                    text, toks, i, data.reported_mood_forms
                ):
                    return False
    suffix, pronouns = data.reported_mood_suffix, data.reported_mood_pronouns
    # "Der Verein hat … gesammelt, so dass ein Begehren möglich wäre": the main clause (before the first
    # comma) is indicative for sure; a mood form in a clause after it is that clause's own
    main_indicative = False
    comma_seen = False
    for i, t in enumerate(toks):
        if t.key in data.anaphoric_sources:
            return True
        if i > 0 and "," in text[toks[i - 1].end : t.start]:
            comma_seen = True
        if not comma_seen and t.key in data.indicative_forms and _lower0(t.text):
            main_indicative = True
        if main_indicative and comma_seen:
            continue
        if not _lower0(t.text):
            continue  # a verb in that mood never opens a statement: "Sorge bereitet …" is a noun
        if t.key in data.reported_mood_forms:
            return True
        if (
            t.key in data.reported_mood_auxiliaries
            and i + 1 < len(toks)
            and (
                toks[i + 1].key.endswith(data.participle_suffixes)
                or (
                    toks[i + 1].key in data.reported_mood_aux_prepositions
                    and toks[0].key not in data.hedge_subjects
                )
            )
        ):
            # "Elle serait installée dans l'ancienne aile", "Il se serait égaré", "Un logisticien
            # serait sur les rangs"; not "Une telle baisse serait une première" (the writer's hedge)
            return True
        if (
            data.reported_mood_endings
            and i > 0
            and len(t.key) > 6
            and t.key.endswith(data.reported_mood_endings)
            and (toks[i - 1].key not in at.lang.determiners or toks[i - 1].key in data.mood_ending_clitics)
            and toks[i - 1].key not in data.prepositions
        ):
            return True  # "El perjuicio superaría los 60.000 euros", "Les dirigeants la jugeraient …"
        if (
            suffix
            and len(t.key) > 3
            and t.key.endswith(suffix)
            and not _not_mood(t.key, data.reported_mood_not_suffixes)
            and t.key not in at.lang.function_words
            and t.key not in data.stopwords
            and t.key not in data.time_words
            and (
                (i > 0 and toks[i - 1].key in pronouns) or (i + 1 < len(toks) and toks[i + 1].key in pronouns)
            )
        ):
            return True  # "Man beobachte …", "Derzeit prüfe man …"
        if (
            suffix
            and data.verb_second
            and 0 < i < len(toks) - 1
            and len(t.key) > 3
            and t.key.endswith(suffix)
            and not _not_mood(t.key, data.reported_mood_not_suffixes)
            and t.key not in at.lang.function_words
            and t.key not in data.stopwords
            and t.key not in data.time_words
            and t.key not in at.lang.cue_fillers
            and t.key not in data.mood_lookalikes
            and _upper0(toks[i - 1].text)
            and toks[i - 1].key not in at.lang.determiners
            and toks[i - 1].key not in at.lang.calendar_words
            # "Für andere kam …", "Auch digitale Anträge sollen …": a capitalised adverb or preposition
            # opening the sentence is no subject, the word after it no verb
            and toks[i - 1].key not in at.lang.function_words
            and (
                _lower0(toks[i + 1].text)
                # "Brüssel behandle Ungarn wie …", "Die EU bestrafe Prag …": a capitalised object right
                # after the verb in the second slot (after a name, or an article and its noun)
                or (
                    not t.key.endswith(data.adjective_suffixes)
                    and (i == 1 or (i == 2 and toks[0].key in at.lang.determiners))
                )
            )
            and is_blank(text, toks[i - 1].end, t.start)
        ):
            return True  # "Das Risiko einer eigenen Praxis schrecke viele ab": the verb after its subject
        if (
            suffix
            and i == 1
            and len(toks) > 2
            and len(t.key) > 3
            and toks[0].key in data.vorfeld_adverbs
            and t.key.endswith(suffix)
            and not _not_mood(t.key, data.reported_mood_not_suffixes)
            and not t.key.endswith(data.adjective_suffixes)
            and t.key not in at.lang.function_words
            and t.key not in data.stopwords
            and t.key not in data.mood_lookalikes
            and _lower0(toks[2].text)
            and toks[2].key not in data.coordinators
            and is_blank(text, toks[0].end, t.start)
        ):
            return True  # "Damit fließe so viel Geld wie nie": the verb right after a first-slot adverb
    return False



def _not_mood(k: str, not_suffixes: tuple[str, ...]) -> bool:
    """Does `k` end on a suffix that is no reported mood ("zeitweise", "teilweise": adverbs)? The bare
    suffix is a verb of its own: "Die Gemeinde weise seit Jahren darauf hin"."""
    return k.endswith(not_suffixes) and k not in not_suffixes


def _main_clauses(text: str, toks: list[Token], data: LanguageData) -> list[Token]:
    """German: the words outside subordinate clauses ("…, wonach X Interesse angemeldet habe, …",
    "…, ob er komme") when the main clause is indicative ("Einen Bericht …, wonach …, wollte er nicht
    kommentieren"): a reported mood inside the subordinate clause is the clause's own."""
    sub = False
    main: list[Token] = []
    for i, t in enumerate(toks):
        if i == 0 or "," in text[toks[i - 1].end : t.start]:
            sub = t.key in data.clause_conjunctions or (i > 0 and t.key in data.relative_pronouns)
        if not sub:
            main.append(t)
    if len(main) == len(toks):
        return toks
    if any(t.key in data.indicative_forms and _lower0(t.text) for t in main) and not any(
        t.key in data.reported_mood_forms for t in main
    ):
        return main
    return toks


def _verb_second(text: str, toks: list[Token], i: int, forms: frozenset[str]) -> bool:
    """'In der Kabine sei es ruhig gewesen': a set phrase that opens with the verb ("sei es …, sei es",
    whether … or …) is that phrase only where it opens a clause (sentence start, comma, dash); after
    an opener with no comma the verb is the sentence's finite verb."""
    if toks[i].key not in forms or i == 0:
        return False
    gap = text[toks[i - 1].end : toks[i].start]
    return not any(ch in gap for ch in ",;:–—-")

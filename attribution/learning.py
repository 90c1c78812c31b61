"""The parser learns from reviewers: what their corrections teach, gathered as RuleSuggestions.

A quote a reviewer adds by hand (QuoteEvent ADD) is one the parser missed. The words around it say
why, when they hold something the language's data lacks:
- the verb next to it ("Ms Lund surmised that …", "…, Lund surmised."): a cue word;
- the phrase that opens its sentence before the speaker's name ("In the view of Lund, …"): an
  attribution phrase.
A speaker a reviewer changes (REASSIGN) from the parser's name to a person whose name shares a word
with it ("Theresa" -> "Theresa May") teaches an alias.

`gather()` tallies them into RuleSuggestion rows (count, a few example sentences); an admin accepts
some; `install_accepted()` hands the accepted cues and phrases to the parser's language overlay
(attribution.parsing.languages.overlay) before a parse, checking cheaply whether anything changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Max, Q

from attribution.models import Article, QuoteEvent
from attribution.parsing import languages
from attribution.parsing.languages import overlay
from attribution.parsing.languages.base import WORD_CHARS, CompiledLanguage, fold
from attribution.suggestions import RuleSuggestion

_WORD = re.compile(rf"[^\W\d_][{WORD_CHARS}'’-]*")
_SENTENCE_GAP = re.compile(r"[.!?…।]['\"”’»“]?\s+|\n")
WINDOW = 240  # characters looked at on each side of a quote
MAX_GAP_WORDS = 6  # words between a cue after a quote and the speaker's name
MAX_SUBJECT_GAP = 10  # words between the speaker's name and the report a cue before it opens


@dataclass(frozen=True)
class Lesson:
    kind: str  # RuleSuggestion.Kind
    language: str
    value: str
    lemma: str
    example: str
    frame: str = ""  # a cue's: "clause", "object to", "object of" … (see RuleSuggestion.frame)


@dataclass(frozen=True)
class _Word:
    text: str
    key: str
    start: int
    end: int


def _words(text: str, a: int, b: int) -> list[_Word]:
    return [_Word(m.group(), fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text, a, b)]


def _sentence_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - WINDOW)
    a = lo
    for m in _SENTENCE_GAP.finditer(body, lo, start):
        a = m.end()
    hi = min(len(body), end + WINDOW)
    m = _SENTENCE_GAP.search(body, end, hi)
    return a, (m.start() + 1 if m else hi)


def _name_keys(speaker: str, lang: CompiledLanguage | None = None) -> set[str]:
    """The words of a speaker's name that can find it in a text: never "of", "the" or "des" ("Bank of
    Norland" is not named by the "of" in "hopes of a cut")."""
    keys = {fold(w) for w in _WORD.findall(speaker) if len(w) > 1}
    if lang is not None:
        keys = {k for k in keys if k not in lang.function_words and k not in lang.determiners}
    return keys


def _plain(w: _Word, lang: CompiledLanguage) -> bool:
    """A lower-case word that is not a function word, pronoun, title or name part: a verb candidate."""
    k = w.key
    return (
        (w.text[:1].islower() or not lang.data.cased)
        and k not in lang.function_words
        and k not in lang.data.stopwords
        and k not in lang.pronouns
        and (k not in lang.title_words and k not in lang.determiners and len(k) > 2)
        and k not in lang.data.subordinators  # "…, aunque admitió que": the verb comes after it
        and k not in lang.data.relative_pronouns
    )


def _only_marks(text: str, a: int, b: int) -> bool:
    """Nothing but spaces, quotation marks, dashes, a comma or a colon between a and b."""
    return not text[a:b].strip(" \n\"'”’»«“‘„‚,:—–-")


def _cue_word(key: str, later: list[str], lang: CompiledLanguage) -> bool:
    """The parser takes `key` for a cue here: German "führte … aus" only with its own particle among
    the words after it (LanguageData.split_particles), so "führte dem Minister an" is no known cue."""
    needs = lang.data.split_particles.get(key)
    return key in lang.cues and (needs is None or any(k in needs for k in later))


def _cue_free(words: list[_Word], lang: CompiledLanguage) -> bool:
    """No word or phrase the parser already takes for a cue ("surmised", "made clear"): if one is there,
    its miss was syntax, not a word."""
    cues = lang.cues
    return not any(
        _cue_word(w.key, [x.key for x in words[i + 1 :]], lang)
        or (i + 1 < len(words) and f"{w.key} {words[i + 1].key}" in cues)
        or (i + 2 < len(words) and f"{w.key} {words[i + 1].key} {words[i + 2].key}" in cues)
        for i, w in enumerate(words)
    )


def _cue_form(words: list[_Word], i: int, lang: CompiledLanguage) -> str:
    """The cue at words[i], with the auxiliary before it when the language builds cues that way
    ("a maugréé": French lists "a déclaré")."""
    if i > 0:
        two = f"{words[i - 1].key} {words[i].key}"
        head = words[i - 1].key + " "
        if words[i - 1].end + 1 == words[i].start and any(k.startswith(head) for k in _multiword_cues(lang)):
            return two
    return words[i].key


# id of a language's data -> (that data, its multi-word cues); the data is kept so that an id freed and
# reused by another language variant (an overlay rebuilt) is never taken for it
_MULTI: dict[int, tuple[object, frozenset[str]]] = {}


def _multiword_cues(lang: CompiledLanguage) -> frozenset[str]:
    found = _MULTI.get(id(lang.data))
    if found is None or found[0] is not lang.data:
        found = _MULTI[id(lang.data)] = (lang.data, frozenset(k for k in lang.data.cues if " " in k))
    return found[1]


def _lemma_guess(form: str, lang: CompiledLanguage, verb: str = "") -> str:
    """The lemma of the known cue form closest in spelling ("warns" -> "warn"), else the form itself.
    `verb` is the form's verb when it has more words ("hatte gemahnt", "hit back")."""
    parts = form.split(" ")
    # the verb of "hatte gemahnt", "a maugréé", "hielt vor": not its auxiliary or particle
    last = verb or next((w for w in reversed(parts) if w not in lang.function_words), parts[-1])
    best, best_len = last, 0
    for known, lemma in lang.data.cues.items():
        if " " in known or known[:4] != last[:4]:
            continue
        n = len(_common_prefix(known, last))
        # "warns"/"warned" share all but an ending; "prévoit"/"prévient" only a prefix: other verbs
        if n > best_len and n >= max(4, len(last) - 2, len(known) - 3):
            best, best_len = lemma, n
    if best_len == 0:
        # no known form is like it: a lemma the language's tables name ("accuse" takes "of", "ask" an
        # object and "to"), when the form is built on it as a regular verb's forms are ("accused",
        # "asks"); those tables name lemmas by their English verbs
        for lemma in sorted(_lemma_names(lang), key=len, reverse=True):
            stem = lemma[:-1] if lemma.endswith("e") else lemma
            if " " not in lemma and len(lemma) >= 3 and last.startswith(stem) and len(last) - len(stem) <= 3:
                return lemma
    return best


def _lemma_names(lang: CompiledLanguage) -> frozenset[str]:
    data = lang.data
    return frozenset(
        (
            *data.cues.values(),
            *data.object_preposition_lemmas,
            *data.object_infinitive_lemmas,
            *data.quantity_object_lemmas,
            *data.infinitive_lemmas,
            *data.object_cue_lemmas,
            *data.bare_clause_lemmas,
            *data.gerund_lemmas,
        )
    )


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _verb_after_name(
    body: str, words: list[_Word], name: int, lang: CompiledLanguage
) -> tuple[int, str] | None:
    """Which word between the speaker's name (words[name]) and a report is the speech verb, and the cue
    form it makes with its auxiliary or particle.

    The verb follows its subject: "Lund surmised in a memo that …", "Lund warnte davor, dass …" (the
    first plain word after the name, adverbs and auxiliaries aside), after a relative clause set off by
    commas ("Lund, who heads the agency, surmised …": only the words after its last comma). After an
    auxiliary the participle closes the clause instead, and the cue is the two ("Lund hatte im Januar
    erklärt, …": "hatte erklärt"; "Lund a toutefois jugé que …": "a jugé"); a separable verb's particle
    ends it ("Lund warf ihm vor, …": "warf vor")."""
    data = lang.data
    lo = name + 1
    comma = body.rfind(",", words[name].end, words[-1].start)
    if comma >= 0:
        while lo < len(words) and words[lo].start < comma:
            lo += 1
    if lo >= len(words):
        return None
    multi = _multiword_cues(lang)
    first = words[lo].key
    heads = {k.split(" ", 1)[0] for k in multi}
    tails = {k.rsplit(" ", 1)[1] for k in multi}
    aux = first in data.perfect_aux or (
        first not in data.cue_fillers and first in heads and not _plain(words[lo], lang)
    )
    tail = [i for i in range(lo + (1 if aux else 0), len(words)) if words[i].key not in data.cue_fillers]
    if aux:
        tail = tail[-1:]
    for i in tail:
        if not _plain(words[i], lang):
            continue
        if aux:
            return i, f"{first} {words[i].key}"
        last = words[-1]
        if i == len(words) - 2 and _particle(words[i], last, lang):
            return i, f"{words[i].key} {last.key}"  # "spelled out that …"
        if i < len(words) - 1 and last.key in tails and not _plain(last, lang):
            return i, f"{words[i].key} {last.key}"
        return i, words[i].key
    return None


def _verb_before_name(words: list[_Word], name: int, lang: CompiledLanguage) -> int | None:
    """The verb before its subject in a verb-second clause that opens with something else: "Im
    Interview orakelte (die Ingenieurin) Karin Vogt, …" (its article and title between them)."""
    i = name - 1
    while i >= 1 and name - i <= 3 and not _plain(words[i], lang):
        w = words[i]
        if not (w.key in lang.determiners or w.key in lang.title_words or w.text[:1].isupper()):
            return None
        i -= 1
    return i if i >= 1 and _plain(words[i], lang) else None  # words[0] opens the sentence: no verb-second


def _particle(verb: _Word, word: _Word, lang: CompiledLanguage) -> bool:
    """`word`, right after `verb` and last before the report, is the verb's particle ("spelled out",
    "hit back"), not its object ("warned him") or a circumstance ("said so")."""
    k = word.key
    return (
        verb.end + 1 == word.start
        and (k in lang.function_words or len(k) <= 4)
        and k not in lang.pronouns
        and k not in lang.data.object_pronouns
        and k not in lang.determiners
        and k not in lang.data.cue_fillers
        and k not in lang.data.complementizers
        and word.text[:1].islower()
    )


def _frame(body: str, cue_end: int, start: int, end: int, lang: CompiledLanguage) -> str:
    """What a report right after its cue starts with: "infinitive" ("undertook to reopen the pool"),
    "object to" ("urged residents to leave"),
    "object of" ("accused the board of hiding …"), "clause" (a clause without "that": "warned the dam
    would fail", "hatte gemahnt, die Brücke sei marode"), or "" for a quotation (direct speech after
    marks or a colon needs no frame)."""
    if not _only_marks(body, cue_end, start) or body[cue_end:start].strip(" ,\n"):
        return ""  # a colon or quotation marks: direct speech
    data = lang.data
    words = _words(body, start, end)[:12]
    if words and words[0].key in data.infinitive_to:
        return "infinitive"  # "undertook to reopen the pool", "a promis de …"
    for k, w in enumerate(words[1:], start=1):
        if w.key in data.clause_verbs:
            return "clause"  # "warned the dam would fail to hold": a finite clause before any "to"
        if w.key in data.infinitive_to:
            return f"object {w.key}"
        if w.key in data.prepositions and k + 1 < len(words):
            nxt = words[k + 1]
            gerund = bool(data.gerund_suffix) and nxt.key.endswith(data.gerund_suffix)
            if gerund or any(m in body[w.end : nxt.start] for m in QUOTE_MARKS):
                return f"object {w.key}"  # "accused the board of hiding …", "of “hiding …”"
    return "clause"


QUOTE_MARKS = frozenset("\"“”„«»‘’'‚")


def lessons_for_added_quote(body: str, start: int, end: int, speaker: str, language: str) -> list[Lesson]:
    """What a quote added by hand at body[start:end], said by `speaker`, teaches about `language`."""
    lang = languages.get(language)
    code = lang.code
    names = _name_keys(speaker, lang)
    s_lo, s_hi = _sentence_bounds(body, start, end)
    example = " ".join(body[s_lo:s_hi].split())[:400]
    out: list[Lesson] = []

    particles = {k.rsplit(" ", 1)[1] for k in _multiword_cues(lang)}

    def cue(words: list[_Word], i: int, form: str = "", frame: str = "") -> None:
        form = form or _cue_form(words, i, lang)
        if form == words[i].key and form in particles:
            return  # German "wies das zurück": the particle of a verb split around its object
        if form not in lang.cues and not _cue_word(words[i].key, form.split()[1:], lang):
            lemma = _lemma_guess(form, lang, words[i].key)
            out.append(Lesson(RuleSuggestion.Kind.CUE, code, form, lemma, example, frame))

    # before the quote: "<name> … <verb> [that] <quote>" in the same sentence
    before = _words(body, s_lo, start)
    comps = {fold(c) for c in lang.data.complementizers}
    n_before = len(before)
    while before and before[-1].key in comps:
        before.pop()
    after_that = len(before) < n_before
    name_at = [i for i, w in enumerate(before) if w.key in names]
    if (
        before
        and name_at
        and _only_marks(_WORD.sub("", body[before[-1].end : start]), 0, start)
        and not any(d in body[before[-1].end : start] for d in "–—")  # a headline's "… kippen – „…“"
        and all(w.key in comps for w in _words(body, before[-1].end, start))
        and _cue_free(before[name_at[-1] + 1 :], lang)
        and 0 < len(before) - 1 - name_at[-1] <= MAX_SUBJECT_GAP
    ):
        at = _verb_after_name(body, before, name_at[-1], lang)
        if at is not None:
            i, form = at
            last = len(before) - 1
            ends_clause = i == last or (" " in form and form.rsplit(" ", 1)[1] == before[last].key)
            frame = "" if after_that or not ends_clause else _frame(body, before[last].end, start, end, lang)
            cue(before, i, form, frame)
    # a verb-second language puts the verb before its subject after an opening phrase: "Im Interview
    # mahnte Karin Vogt, die Brücke sei marode"
    elif (
        lang.data.verb_second
        and name_at
        and name_at[-1] == len(before) - 1
        and _only_marks(body, before[-1].end, start)
        and _cue_free(before[: name_at[0]], lang)
    ):
        i = _verb_before_name(before, name_at[0], lang)
        if i is not None:
            frame = "" if after_that else _frame(body, before[-1].end, start, end, lang)
            cue(before, i, before[i].key, frame)
    # after the quote: "<quote>, <verb> <name>" or "<quote>, <name> <verb>"
    after = _words(body, end, s_hi)[: MAX_GAP_WORDS + 2]
    named = [i for i, w in enumerate(after) if w.key in names]
    if named and _only_marks(body, end, after[0].start) and _cue_free(after[: named[-1] + 2], lang):
        for i, w in enumerate(after[: named[-1] + 2]):
            if i not in named and _plain(w, lang):
                cue(after, i)
                break
    # the sentence opens with a phrase, the speaker's name and a comma, then the report: "In the view of
    # Lund, the dam …"
    if name_at and before and before[0].key not in names and before[0].key in lang.function_words:
        first = name_at[0]
        phrase = before[:first]
        name_end = first
        while name_end + 1 < len(before) and before[name_end + 1].key in names:
            name_end += 1
        gap = body[before[name_end].end : start]
        if 1 <= len(phrase) <= 5 and _only_marks(gap, 0, len(gap)) and "," in gap and _cue_free(phrase, lang):
            keys = [w.key for w in phrase]
            while len(keys) > 1 and (
                keys[-1] in lang.determiners
                or (keys[-1] in lang.title_words and keys[-1] not in lang.function_words)
            ):
                keys.pop()  # "according to the minister Lund": the source's own article and title stay out
            if len(keys) > 1 and (
                _plain(phrase[len(keys) - 1], lang)
                or (lang.data.verb_second and any(_plain(w, lang) for w in phrase[1:]))
            ):
                keys = []  # "Im Interview orakelte Karin Vogt, …": a verb before the name, not a phrase
            value = " ".join(keys)
            if value and value not in {fold(p) for p in lang.data.according_to}:
                out.append(Lesson(RuleSuggestion.Kind.ACCORDING, code, value, "according to", example))
    return out


def lessons_for_reassignment(parser_label: str, person_name: str, language: str) -> list[Lesson]:
    """The parser named the speaker `parser_label`; a reviewer chose `person_name`. When the two share a
    word ("Theresa" / "Theresa May"), the label is another name of the person."""
    label, name = parser_label.strip(), person_name.strip()
    if not label or not name or label.casefold() == name.casefold():
        return []
    lang = languages.get(language)
    # the label's own name words, its title and description aside ("Minister Lund", "Autozulieferer
    # Kessel"), must all be words of the person's name: "Lund" is Ingrid Lund, but "White House" is not
    # the House Freedom Caucus, whose name merely shares a word with it
    said = {
        k
        for k in _name_keys(label, lang)
        if k not in lang.title_words and k not in lang.data.speaker_nouns and k not in lang.data.titles
    }
    if not said or not said <= _name_keys(name, lang):
        return []  # a different person: the parser was wrong, not ignorant of a name
    return [Lesson(RuleSuggestion.Kind.ALIAS, lang.code, label, name, f"{label} → {name}")]


def lessons_from_event(event: QuoteEvent, article: Article) -> list[Lesson]:
    after: dict[str, Any] = event.after or {}
    before: dict[str, Any] = event.before or {}
    if event.action == QuoteEvent.Action.ADD:
        speaker = after.get("speaker") or after.get("speaker_label") or ""
        start, end = after.get("start"), after.get("end")
        if not speaker or start is None or end is None or not (0 <= start < end <= len(article.body)):
            return []
        return lessons_for_added_quote(article.body, start, end, speaker, article.language)
    if event.action == QuoteEvent.Action.REASSIGN and before.get("status") == "pending":
        # the parser's own attribution, not yet reviewed: a speaker a reviewer chose is not its mistake
        label = before.get("speaker") or before.get("speaker_label") or ""
        return lessons_for_reassignment(label, after.get("speaker") or "", article.language)
    return []


def gather() -> int:
    """Tally every lesson of the reviewers' ADD and REASSIGN events into RuleSuggestions (counts and
    examples recomputed; decisions kept). Returns how many suggestions exist."""
    tally: dict[tuple[str, str, str], tuple[str, int, list[str]]] = {}
    frames: dict[tuple[str, str, str], str] = {}
    events = (
        QuoteEvent.objects.filter(
            action__in=[QuoteEvent.Action.ADD, QuoteEvent.Action.REASSIGN], undone=False
        )
        .select_related("quote__article")
        .only("action", "before", "after", "quote__article__body", "quote__article__language")
        .order_by("id")
    )
    for event in events.iterator(chunk_size=500):
        for lesson in lessons_from_event(event, event.quote.article):
            key = (lesson.kind, lesson.language, lesson.value)
            lemma, n, examples = tally.get(key, (lesson.lemma, 0, []))
            if lesson.example not in examples and len(examples) < RuleSuggestion.MAX_EXAMPLES:
                examples.append(lesson.example)
            tally[key] = (lemma, n + 1, examples)
            if lesson.frame and not frames.get(key):
                frames[key] = lesson.frame  # the first example that shows one
    existing = {(s.kind, s.language, s.value): s for s in RuleSuggestion.objects.all()}
    for key, (lemma, n, examples) in tally.items():
        found = existing.pop(key, None)
        frame = frames.get(key, "")
        if found is None:
            kind, language, value = key
            RuleSuggestion.objects.create(
                kind=kind,
                language=language,
                value=value[:200],
                lemma=lemma[:200],
                frame=frame,
                count=n,
                examples=examples,
            )
        elif found.count != n or found.examples != examples or (frame and not found.frame):
            found.count, found.examples = n, examples
            found.frame = found.frame or frame  # an admin's edit stays
            found.save(update_fields=["count", "examples", "frame", "updated_at"])
    RuleSuggestion.objects.filter(pk__in=[s.pk for s in existing.values() if s.count]).update(count=0)
    return RuleSuggestion.objects.count()


_installed: tuple[Any, ...] | None = None


def install_accepted(force: bool = False) -> None:
    """Give the parser this installation's accepted cues and phrases. One small query when nothing
    changed since this process last looked (each worker process keeps its own overlay)."""
    global _installed
    parser_rows = RuleSuggestion.objects.filter(kind__in=RuleSuggestion.PARSER_KINDS)
    stamp = parser_rows.aggregate(
        n=Count("id", filter=Q(status=RuleSuggestion.Status.ACCEPTED)), last=Max("updated_at")
    )
    key = (stamp["n"], stamp["last"], overlay.version())
    if key == _installed and not force:
        return
    by_lang: dict[str, tuple[dict[str, str], list[str], dict[str, str]]] = {}
    for s in parser_rows.filter(status=RuleSuggestion.Status.ACCEPTED).order_by("id"):
        cues, phrases, frames = by_lang.setdefault(s.language, ({}, [], {}))
        if s.kind == RuleSuggestion.Kind.CUE:
            cues[s.value] = s.lemma or s.value
            if s.frame:
                frames.setdefault(s.lemma or s.value, s.frame)
        else:
            phrases.append(s.value)
    # install() leaves an unchanged overlay alone, so a gathering that changed only counts rebuilds nothing
    for code in set(overlay.installed()) - set(by_lang):
        overlay.install(code)
    for code, (cues, phrases, frames) in by_lang.items():
        overlay.install(code, cues=cues, according_to=phrases, frames=frames)
    _installed = (stamp["n"], stamp["last"], overlay.version())

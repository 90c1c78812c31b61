"""Colon labels: a name, or a sentence with a cue, introducing a quotation with a colon.

Asked by direct.py for each quotation.
Handles:
    Union leader Jo Hart: "We will strike until the offer improves."    (direct:X-colon-quote)
    The ministry said in a statement on Friday:  + a quoted paragraph   (direct:X-said:-paragraph)
Refuses:
    Three days after the flood in the valley near the town: "We lost everything."  (no speaker label)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from attribution.parsing import subjects
from attribution.parsing.mentions.after import subject_after
from attribution.parsing.mentions.before import subject_before
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.mentions.words import _head_key, _is_cap, _upper0
from attribution.parsing.text import rstrip_end, tokens

if TYPE_CHECKING:
    from attribution.parsing.attributor import Attributor
    from attribution.parsing.document import Cue, Para
    from attribution.parsing.entities import Entity


_AGE_ASIDE_RE: Final = re.compile(r"\s*\(\d{1,3}\)\s*$")  # a tabloid's age after a name: "Tobias Kranz (45)"


# a transcript's speaker label in capitals: "FERRIS: …", "MAYOR FERRIS: …", "DR. O'NEILL: …"
_SPEAKER_LABEL_RE: Final = re.compile(r"((?:[A-Z][A-Z.'’-]*[A-Z.] ){0,3}[A-Z][A-Z'’-]*[A-Z])[ \t]*:[ \t]+")


# a live blog entry's time stamp before its text: "11:52 p.m. — ", "21.04 Uhr: ", "9:30 — "
_ENTRY_STAMP_RE: Final = re.compile(
    r"[ \t]*(?:\+{2,3}[ \t]*)?\d{1,2}[:.h]\d{2}"
    # "11:52 p.m. — …", "18.40 Uhr – …", and a German ticker's "+++ 18.40 Uhr: …"
    r"(?:(?:[ \t]*(?:[ap]\.?m\.?|Uhr|h))?[ \t]*[—–-]|[ \t]*Uhr[ \t]*:)[ \t]*",
    re.IGNORECASE,
)
# the classes of a one-word German label that speaks though the text names no such person: a body
# ("Polizei: „…“", "Feuerwehr: „…“", "Bundesregierung: „…“")
_LABEL_SPEAKER_CLASSES: Final = frozenset(["organisation", "prosecutor"])
# ", 66" before a label's colon: the person's age
_COLON_AGE_RE: Final = re.compile(r",[ \t]*\d{1,3}[ \t]*:")


def intro_subject(at: Attributor, p: Para) -> Mention | None:
    """The subject of a sentence with no speech verb that ends the previous paragraph on a colon."""
    if p.index == 0:
        return None
    prev = at.doc.paras[p.index - 1]
    if at.text[prev.end - 1] != ":" or prev.cues or prev.pairs:
        return None
    s_start, _ = at.doc.sentence_of(prev, prev.end - 1)
    m = subjects.sentence_subject(at, s_start, prev.end)
    return m if m is not None and m.kind in ("name", "descriptor") else None


def named_speaker(at: Attributor, a: int, b: int) -> Mention | None:
    """The speaker of a quotation introduced by nothing but a name and a colon ("X : « … »")."""
    text, lang = at.text, at.lang
    end = rstrip_end(text, a, b)
    if end <= a or text[end - 1] != ":":
        return None
    a = after_entry_stamp(at, a, end - 1)
    a = _after_spaced_dash(text, a, end - 1)  # "Eisbären verspielen 3:0-Führung – Salonen: „…“"
    toks = tokens(text, a, end - 1)
    comma = text.find(",", a, end - 1)
    age = _COLON_AGE_RE.search(text, a, end)
    if age is not None and age.start() > a:
        # "Supporter Nancy Lyle, 66: “…”": the age after the name
        end = age.start() + 1
        comma = -1
    if comma > a and 1 <= len(toks) <= 12:
        # "Olmedo, sobre el adelanto electoral: «…»": a name, then the topic after a preposition
        topic = tokens(text, comma + 1, end - 1)
        if topic and topic[0].key in lang.data.prepositions and text.find(",", comma + 1, end - 1) < 0:
            toks = tokens(text, a, comma)
            end = comma + 1
            if (
                1 <= len(toks) <= 6
                and _is_cap(toks[-1])
                and not any(ch in text[a:comma] for ch in ';:!?()«»“”"')
            ):
                # "Olmedo, sobre …", "Campaign manager Rob Ferris, on the early numbers: …"
                m = classify(text, toks, lang)
                return m if m is not None and m.kind == "name" else None
            return None
    stop = end - 1
    if lang.data.verb_second and _AGE_ASIDE_RE.search(text, a, stop):
        stop = _AGE_ASIDE_RE.search(text, a, stop).start()  # type: ignore[union-attr]  # "Kranz (45):"
    toks = tokens(text, a, stop)
    if not 1 <= len(toks) <= 6 or any(ch in text[a:stop] for ch in '.,;:!?()«»“”"'):
        return None
    m = classify(text, toks, lang)
    if m is None or m.kind == "pronoun":
        return None
    if m.kind == "name" and not lang.data.cased:
        # without capitals any phrase looks like a name: "बेंगलुरु जल संकट: '…'" is a topic; only a
        # person the text names elsewhere (found after a title) speaks here
        ent = at.doc.registry.lookup(m.name_tokens)
        if ent is not None and ent.is_person:
            return m
        # "हाईकोर्ट की सख्त टिप्पणी: '…'": a speaker noun or title inside the label speaks
        for t in toks:
            if _head_key(t, lang) is not None:
                return classify(text, [t], lang)
        return None
    if m.kind == "name" and lang.data.verb_second and len(toks) == 1:
        # German capitalises every noun: "Krankenhausreform: »…«" is a topic; a one-word label speaks
        # only when the text knows that word as a person ("Habeck: „…“", then "Robert Habeck sagte")
        ent = at.doc.registry.lookup(m.name_tokens)
        if (ent is None or not ent.is_person) and m.head_class not in _LABEL_SPEAKER_CLASSES:
            # ("Polizei: „…“", "Feuerwehr: „…“": a speaking body's own noun speaks)
            titled = _titled_person(at, toks[0].key)
            if titled is None:
                return None
            # "Bäckermeister: „…“" over a story about "Bäckermeister Tim Roth": the one person the
            # text gives that title speaks
            return Mention(m.start, m.end, "name", m.text, name_tokens=titled.name.split(" "))
    first = next((i for i, t in enumerate(toks) if m.name_tokens and t.text == m.name_tokens[0]), len(toks))
    if m.kind == "name" and any(
        t.text[:1].islower() and t.key not in lang.data.name_connectors for t in toks[first + 1 :]
    ):
        return None  # "Grève à la SNCF : « … »": a topic with its phrase, not a name
    if m.kind == "name" or (m.kind == "descriptor" and _head_key(toks[-1], lang) is not None):
        return m
    if m.kind == "descriptor" and m.titles and lang.data.place_of_title_connectors:
        return m  # "Bürgermeisterin von Bautzen: „…“": a title and the town it is of
    return None


def _titled_person(at: Attributor, key: str) -> Entity | None:
    """The one person of the text whose name opens with the (folded) word `key` or who is titled with
    it ("Bäckermeister Tim Roth", "Gründerin Lena Albrecht"); None when there is none or several."""
    found: Entity | None = None
    for ent in at.doc.registry.entities:
        if not ent.is_person or len(ent.key_tokens) < 2:
            continue
        if ent.key_tokens[0] == key or key in ent.title_words:
            if found is not None and found is not ent:
                return None
            found = ent
    return found


def _after_spaced_dash(text: str, a: int, b: int) -> int:
    """Where a label starts after the last dash standing between spaces in text[a:b] (a headline's
    "Fortuna verliert – Thiele: „…“"): the label is the words after it; `a` when there is none."""
    best = a
    for dash in (" – ", " — ", " - "):
        k = text.rfind(dash, a, b)
        if k >= 0 and k + len(dash) > best:
            best = k + len(dash)
    return best


def clause_subject(at: Attributor, p: Para, s_start: int, open_pos: int) -> Mention | None:
    """German "Hartung zeigte sich dennoch zuversichtlich: „…“", "Der Trainer haderte: „…“": a clause
    with no speech verb ends on the colon before the quotation; the person opening it speaks. Not a
    thing ("Das Motto lautet: „…“") nor a phrase before the subject ("Auf dem Plakat stand: „…“")."""
    text, lang = at.text, at.lang
    if not lang.data.verb_second:
        return None
    a = max(s_start, p.body_start)
    end = rstrip_end(text, a, open_pos)
    if end <= a or text[end - 1] != ":" or p.cues_in(a, end) or p.pairs_in(a, end - 1):
        return None
    toks = tokens(text, a, end - 1)
    if not 2 <= len(toks) <= 14:
        return None
    j = 1
    while j < len(toks) and (
        _upper0(toks[j].text)
        or toks[j].key in lang.determiners
        or toks[j].key in lang.data.name_connectors
        or toks[j].key in lang.data.genitive_articles
    ):
        j += 1  # the verb-second clause's verb ends its subject: "Kanzlerin Anna Wiegand reagierte"
    if j >= len(toks):
        return None
    m = subject_before(text, a, toks[j].start, lang)
    if m is None or m.start != toks[0].start:
        return None
    person = m.kind == "descriptor" and m.head_class not in (None, "organisation", "document")
    return m if m.kind == "name" or person else None


def after_entry_stamp(at: Attributor, a: int, b: int) -> int:
    """After a live blog's time stamp or a dateline that ends on a dash ("11:52 p.m. — Mayor-elect
    Vivian Chen: “…”"): where the label itself starts; `a` when there is none."""
    m = _ENTRY_STAMP_RE.match(at.text, a, b)
    return m.end() if m is not None else a


def intro_cue(at: Attributor, p: Para) -> tuple[Mention | None, Cue] | None:
    """A quotation paragraph introduced by the previous one ending "…, the ministry said:"."""
    if p.index == 0:
        return None
    prev = at.doc.paras[p.index - 1]
    if at.text[prev.end - 1] != ":" or not prev.cues:
        return None
    cue = [c for c in prev.cues if c.lemma != "according to"][-1:]
    if not cue:
        return None
    s_start, _ = at.doc.sentence_of(prev, cue[0].start)
    m = subjects.mention_for(at, prev, cue[0], s_start) or subject_after(
        at.text, cue[0].end, prev.end, at.lang
    )
    return (m, cue[0]) if m else None

"""Pronouns: "he", "she", "they", "il", "sie" resolved to the salient person before them."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from attribution.parsing.entities import Entity, index_left, index_right
from attribution.parsing.mentions.phrase import Mention, classify
from attribution.parsing.mentions.words import _head_key, _is_cap
from attribution.parsing.quotemarks import SPACE
from attribution.parsing.resolve import descriptions
from attribution.parsing.resolve.organisations import _clean_label, _maybe_org
from attribution.parsing.text import tokens

if TYPE_CHECKING:
    from attribution.parsing.resolve.state import ResolveState


_NEAR_ORG = 250  # characters: about the sentence before "it said"


def _named_org(e: Entity) -> bool:
    return not e.is_person


def pronoun(rs: ResolveState, m: Mention, pos: int) -> Entity | None:
    g = m.gender
    if g == "n" and (rs.last is None or rs.last.entity is None or rs.last.entity.is_person):
        # "it said": the organisation, not the CEO quoted since
        # "The group, the Prairie Fund, has spent $4 million …. It said": an organisation named in the
        # sentence before, though not as its subject, over a name that only might be an organisation
        near = rs.reg.most_recent(pos, _named_org)
        near_at = near.last_before(pos) if near is not None else -1
        if near is not None and 0 <= pos - near_at <= _NEAR_ORG:
            last = rs.last_org
            if last is None or last.entity is None or (last.entity.is_person and near_at > last.start):
                return near
        if rs.last_org is not None:
            return rs.last_org.entity
        org = rs.reg.most_recent(pos, _maybe_org, subjects_only=True)
        if org is not None:
            return org
    if g in ("p", "n"):
        if rs.last is not None and (rs.last.entity is None or not rs.last.entity.is_person):
            return rs.last.entity
        if g == "p" and m.text.casefold() in rs.lang.data.singular_they:
            one = singular_they(rs, pos)
            if one is not None:
                return one
        return rs.last.entity if rs.last is not None else None

    ent = salient_person(rs, pos, g)
    last = rs.last
    if (
        ent is not None
        and last is not None
        and last.entity is not None
        and last.entity is not ent
        and _compatible_person(last.entity, g)
        and _pronoun_opened(rs, ent, pos, g)
    ):
        # "“…,” Aho said. He credited Kowalchuk for the pass. “…,” he joked": the sentence before
        # went on with the speaker as its pronoun subject; the name in it is an object
        return last.entity
    if (
        ent is not None
        and last is not None
        and last.entity is not None
        and last.entity is not ent
        and last.entity.is_person
        and _compatible_person(last.entity, g)
        and last.end <= pos
        and last.start <= last_outside_quotes(rs, ent.positions, pos) < last.end
    ):
        # "Kimbrough said he has voted for Holloway's party …. This year, he said, he is not sure": the
        # other person was last named inside the speaker's own report, which the pronoun goes on from
        return last.entity
    if (
        last is not None
        and last.entity is None
        and last.speaker is not None
        and last.mention is not None
        # (or, in German, an indefinite phrase of an unknown noun: "Ein Händler sagte, … „…“, sagte
        # er"; "die Kreisläuferin" is the player named before)
        and (
            last.mention.kind in ("descriptor", "pronoun")
            or (last.mention.kind == "org" and not last.mention.definite and rs.lang.data.verb_second)
        )
        and (g == "?" or last.mention.gender in ("?", g))
        and not (g in ("m", "f") and last.mention.plural)  # "the plaintiffs said …. “…,” she wrote"
        and (
            ent is None
            or last_outside_quotes(rs, ent.positions, pos) < last.mention.start
            # "the representative of Sierra Leone said …. “…,” he said": a name inside the
            # description is not the pronoun's person
            or last.mention.start <= last_outside_quotes(rs, ent.positions, pos) < last.mention.end
        )
    ):
        return None  # "A spokeswoman said … She added": the unnamed speaker goes on
    return ent


def _pronoun_opened(rs: ResolveState, ent: Entity, pos: int, g: str) -> bool:
    """Does the sentence where `ent` was last named (outside quotes) open with a subject pronoun of
    gender `g` (so that `ent` is no subject there, whatever its early place says)?"""
    la = last_outside_quotes(rs, ent.positions, pos)
    if la < 0 or g not in ("m", "f"):
        return False
    si = sentence_index(rs, la)
    if si <= 0:
        return False
    start = rs.sent_starts[si - 1]
    first = tokens(rs.doc.text, start, min(la, start + 40))[:1]
    return bool(first) and first[0].start < la and rs.lang.pronouns.get(first[0].key) == g


_UNNAMED_ROLES = frozenset(["defendant", "witness", "victim"])


def unnamed_subject_before(rs: ResolveState, m: Mention, pos: int) -> str | None:
    """'Ein Sprecher des Ministeriums wollte das nicht kommentieren. Man prüfe …, erklärte er.': the
    unnamed person (an indefinite or possessive description) who opens the sentence right before the
    pronoun's, when nobody is named between; its words, else None."""
    if m.gender not in ("m", "f"):
        return None
    si = sentence_index(rs, pos) - 1  # the pronoun's own sentence
    if si < 1:
        return None
    a, b = rs.sent_starts[si - 1], rs.sent_starts[si]
    text, lang = rs.doc.text, rs.lang
    toks = tokens(text, a, min(b, a + 120), 10 if lang.data.lowercase_unnamed_subjects else 6)
    if len(toks) < 2 or toks[0].key not in lang.determiners:
        return None
    # ("Le prévenu, lui, a reconnu …": a definite role is the person named with it, not read here)
    lower = lang.data.lowercase_unnamed_subjects and toks[0].key in lang.data.indefinites
    definite = toks[0].key in lang.data.definite_articles
    n = 1
    while (
        n < len(toks)
        and "," not in text[toks[n - 1].end : toks[n].start]  # ("Ein Fahrgast, der …": a relative clause)
        and (
            toks[n].text[:1].isupper()
            or toks[n].key in lang.determiners
            or toks[n].key in lang.data.prepositions
            # "Une riveraine de la rue des Tilleuls": the head noun, and a noun after an article
            or (lower and n == 1 and _head_key(toks[n], lang) is not None)
            or (lower and n > 1 and toks[n - 1].key in lang.determiners)
        )
    ):
        n += 1  # the noun phrase ends before its verb ("wollte", "lehnte")
    if n >= len(toks):
        return None
    # (a name inside the phrase itself is the description's: "Une habitante du quartier Saint-Cyprien")
    named_from = toks[n - 1].end if lower else a
    for e in rs.reg.entities:
        # (before the phrase is classified: the test below costs more than this one)
        if e.is_person and _named_in(e.positions, named_from, pos):
            return None  # someone named since: the pronoun may be theirs
    found = classify(text, toks[:n], lang)
    if (
        found is None
        # "Ihre Mitarbeiter hätten ihr geraten, …. „…“, sagt sie": a plural verb, so a group, not "sie"
        or toks[n].key in lang.data.plural_verb_forms
        or toks[n].key in lang.data.plural_cue_forms
        or found.kind != "descriptor"
        or found.head_class is None
        or found.plural
        or found.gender not in ("?", m.gender)
        or found.head_class in ("organisation", "document")
        # "Der Angeklagte hatte die Taten eingeräumt. … sagte er": a definite description only of a
        # role nobody is named by (a named minister's "der Minister" is the named man)
        or (definite and found.head_class not in _UNNAMED_ROLES)
    ):
        return None
    return _clean_label(found.text)


def _named_in(positions: list[int], a: int, b: int) -> bool:
    """any(a <= x < b for x in positions), for sorted positions: one binary search."""
    k = index_left(positions, a)
    return k < len(positions) and positions[k] < b


def singular_they(rs: ResolveState, pos: int) -> Entity | None:
    """'In a tram depot in Leeds, Sasha Marchetti is arguing with a cabbage. “It's too wet,” they say.':
    "they" for the one person mentioned last, when no other person or organisation is in view. The
    person then takes "they", never "he" or "she"."""
    best: Entity | None = None
    best_at = -1
    for e in rs.reg.entities:
        la = last_outside_quotes(rs, e.positions, pos)
        if la > best_at:
            best, best_at = e, la
    if best is None or not best.is_person or best.gender not in ("?", "p"):
        return None
    si = sentence_index(rs, best_at)
    for e in rs.reg.entities:
        if e is best:
            continue
        la = last_outside_quotes(rs, e.positions, pos)
        if la >= 0 and la != best_at and sentence_index(rs, la) >= si:
            return None  # someone else in view: "they" may be a group
    s0 = rs.sent_starts[si - 1] if si > 0 else 0
    for t in tokens(rs.doc.text, s0, pos):
        j = bisect.bisect_right(rs.quote_starts, t.start) - 1
        if j >= 0 and rs.quote_spans[j][0] <= t.start < rs.quote_spans[j][1]:
            continue
        if t.key in rs.lang.data.collective_nouns or (
            t.key.endswith("s") and not t.key.endswith("ss") and _head_key(t, rs.lang) is not None
        ):
            return None  # "Police arrested Smith. “…,” they said": a group is in view
    best.gender = "p"
    return best


def last_outside_quotes(rs: ResolveState, seq: list[int], pos: int) -> int:
    """The last position before `pos` not inside quotation marks (a name a speaker quotes is not
    the next speaker: '“We blame Lemaire,” he said')."""
    k = index_left(seq, pos) - 1
    steps = 0
    while k >= 0 and steps < 8:
        x = seq[k]
        j = index_right(rs.quote_starts, x) - 1
        if j < 0 or not (rs.quote_spans[j][0] <= x < rs.quote_spans[j][1]):
            return x
        k -= 1
        steps += 1
    return -1


def plural_group(rs: ResolveState, pos: int) -> str | None:
    """The group a plural "sie" stands for in a language whose "sie" is also "she": the last plural
    subject in this or the previous sentence, a noun phrase right before a plural verb ("Die Ärzte
    warnten …", "zwei Anhänger riefen …")."""
    text, lang = rs.doc.text, rs.lang
    si = sentence_index(rs, pos)
    lo = rs.sent_starts[si - 2] if si >= 2 else 0
    toks = tokens(text, max(lo, pos - 400), pos)
    found: str | None = None
    for k in range(1, len(toks) - 1):
        noun, verb = toks[k], toks[k + 1]
        if not (_is_cap(noun) and verb.text[:1].islower() and verb.key in lang.data.plural_cue_forms):
            continue
        start = k
        while (
            start > 0
            and k - start < 3
            and (toks[start - 1].key in lang.determiners or toks[start - 1].text[:1].islower())
            and toks[start - 1].key not in lang.data.prepositions
        ):
            start -= 1
            if toks[start].key in lang.determiners:
                break
        if toks[start].key in lang.determiners and toks[start].key not in lang.data.indefinites:
            found = text[toks[start].start : noun.end]
    return found


def plural_noun_group(rs: ResolveState, pos: int) -> str | None:
    """The group a plural "ils", "elles", "ellos" stands for when the last speaker was one person: the
    last plural definite noun phrase headed by a speaker noun in the pronoun's paragraph, outside
    quotation marks, one that opens its sentence first ("Une réponse jugée insuffisante par les
    syndicats. « … », rétorquent-ils"; "Los hinchas, que …, cantaron … cuando los jugadores …. Ellos
    reclaman que …"), with one "de" complement ("les associations de parents")."""
    lang = rs.lang
    dets = lang.data.plural_group_determiners
    if not dets:
        return None
    text = rs.doc.text
    # the pronoun's paragraph (a quotation's own sentences between do not count)
    lo = rs.para_starts[max(0, index_right(rs.para_starts, pos) - 1)]
    toks = tokens(text, max(lo, pos - 400), pos)
    found: str | None = None
    opening = False  # a group that opens its sentence (the subject) wins over one named inside it
    for k in range(len(toks) - 1):
        det, noun = toks[k], toks[k + 1]
        if det.key not in dets or not noun.text[:1].islower() or noun.key[-1:] not in ("s", "x"):
            continue
        if _head_key(noun, lang) is None or _in_quote(rs, det.start):
            continue
        end = noun.end
        if (
            k + 3 < len(toks)
            and toks[k + 2].key in lang.data.head_prepositions
            and toks[k + 3].text[:1].islower()
            and toks[k + 3].key not in lang.determiners
        ):
            end = toks[k + 3].end  # "les associations de parents"
        at_start = k == 0 or text[toks[k - 1].end : det.start].strip(SPACE)[-1:] in (".", "!", "?")
        if at_start or not opening:
            found, opening = text[det.start : end], at_start
    return found


def _in_quote(rs: ResolveState, x: int) -> bool:
    j = index_right(rs.quote_starts, x) - 1
    return j >= 0 and rs.quote_spans[j][0] <= x < rs.quote_spans[j][1]


def sentence_index(rs: ResolveState, pos: int) -> int:
    return index_right(rs.sent_starts, pos)


def salient(rs: ResolveState, pos: int, ok, gender: str = "?") -> Entity | None:  # noqa: ANN001
    """The compatible person mentioned in the latest sentence before `pos`; within one sentence the
    subject wins ('Smith met Jones. He said' -> Smith; 'The attack came from Pike. He said' -> Pike)."""
    return _salient(rs, pos, ok, gender, False)


def salient_person(rs: ResolveState, pos: int, gender: str) -> Entity | None:
    """salient(rs, pos, ok, gender) where ok(e) is `e` being a person whose gender is unknown or
    `gender` (any when `gender` is "?"): tested in the loop, not by a generic call per person."""
    return _salient(rs, pos, None, gender, True)


def _compatible_person(e: Entity, gender: str) -> bool:
    return e.is_person and (gender == "?" or e.gender == "?" or e.gender == gender)


def _salient(rs: ResolveState, pos: int, ok, gender: str, person: bool) -> Entity | None:  # noqa: ANN001
    """salient(); with `person`, _compatible_person(e, gender) instead of ok(e)."""
    # the best so far by its key (sentence index, known gender, subject of that sentence, position),
    # compared field by field (no tuple built per person); `floor`: the start of the best one's
    # sentence, before which a last mention cannot win (its sentence index is lower)
    best: Entity | None = None
    b_si = b_known = b_subj = b_la = -1
    floor = -1
    for e in rs.reg.entities:
        if not (_compatible_person(e, gender) if person else ok(e)):
            continue
        la = last_outside_quotes(rs, e.positions, pos)
        if la < 0 or la < floor:
            continue  # (before the test below: a mention it sets aside leaves an earlier one, or none)
        if _attributive(rs, la):
            # "a nurse waiting outside a Ramos event": the name modifies a noun, no mention of a person
            la = last_outside_quotes(rs, e.positions, la)
            if la < 0 or la < floor:
                continue
        si = sentence_index(rs, la)
        ls = last_outside_quotes(rs, e.subject_positions, pos)
        # within a sentence a person known to have the pronoun's gender, then the subject, wins
        known = 1 if gender in ("m", "f") and e.gender == gender else 0
        subj = 1 if ls >= 0 and sentence_index(rs, ls) == si else 0
        if best is None or _beats(si, known, subj, la, b_si, b_known, b_subj, b_la):
            best, b_si, b_known, b_subj, b_la = e, si, known, subj, la
            floor = rs.sent_starts[si - 1] if si > 0 else -1
    # "Asked about the threat, the mayor shrugged. “Let him,” she said.": a description of a
    # titled person in the latest sentences counts as a mention of that person
    for e, la, subj in descriptions.described_before(rs, pos):
        if not (_compatible_person(e, gender) if person else ok(e)):
            continue
        known = 1 if gender in ("m", "f") and e.gender == gender else 0
        si = sentence_index(rs, la)
        if best is None or _beats(si, known, subj, la, b_si, b_known, b_subj, b_la):
            best, b_si, b_known, b_subj, b_la = e, si, known, subj, la
    return best


def _attributive(rs: ResolveState, x: int) -> bool:
    """Is the name at `x` a modifier between an article and its lower-case noun ("a Ramos event",
    "the Keefe campaign")?"""
    text, lang = rs.doc.text, rs.lang
    if not lang.data.cased or x < 2 or text[x - 1] != " ":
        return False
    # (the word before, without tokenising: most names follow no article)
    sp = text.rfind(" ", max(0, x - 6), x - 1)
    if sp < 0 and x > 6:
        return False  # a word of five letters or more before the name: no article
    k = text[sp + 1 : x - 1].lower()
    if k not in lang.data.indefinite_articles and k not in lang.data.definite_articles:
        return False
    after = tokens(text, x, min(len(text), x + 60), 2)
    return (
        len(after) == 2
        and text[after[0].end : after[1].start] == " "
        and after[1].text[:1].islower()
        and after[1].key not in lang.function_words
        and after[1].key not in lang.cues
    )


def _beats(si: int, known: int, subj: int, la: int, b_si: int, b_known: int, b_subj: int, b_la: int) -> bool:
    """(si, known, subj, la) > (b_si, b_known, b_subj, b_la), without building the tuples."""
    if si != b_si:
        return si > b_si
    if known != b_known:
        return known > b_known
    if subj != b_subj:
        return subj > b_subj
    return la > b_la

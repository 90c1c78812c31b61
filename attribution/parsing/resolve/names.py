"""Names: surnames shared by two people, jurisdictions that are no person, people introduced before."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

from attribution.parsing.entities import Entity, index_right
from attribution.parsing.mentions.phrase import Mention
from attribution.parsing.mentions.words import _is_cap
from attribution.parsing.resolve.descriptions import _HEAD_OF_CLASSES
from attribution.parsing.text import Token, tokens, tokens_tail

if TYPE_CHECKING:
    from attribution.parsing.document import Cand
    from attribution.parsing.resolve.state import ResolveState


def share_surnames(rs: ResolveState) -> None:
    """Two people with one surname ("Sasha Marchetti", her mother "Lucia Marchetti"): a bare
    "Marchetti" is the one introduced first; writers call the other by the first name."""
    # most documents name no position twice: found by one sort of all the persons' positions (ints
    # already boxed in their lists) before a dict entry is made for each of them
    every: list[int] = []
    for e in rs.reg.entities:
        if e.is_person:
            every.extend(e.positions)
    every.sort()
    if all(every[x] != every[x - 1] for x in range(1, len(every))):
        return
    # the first person named at each position; the positions named for two or more, with all of them
    # (a list only for those: most positions have one owner)
    first_owner: dict[int, Entity] = {}
    shared: dict[int, list[Entity]] = {}
    for e in rs.reg.entities:
        if e.is_person:
            for x in e.positions:
                owner = first_owner.get(x)
                if owner is None:
                    first_owner[x] = e
                elif x in shared:
                    shared[x].append(e)
                else:
                    shared[x] = [owner, e]
    if not shared:
        return

    # where each person is first named alone (computed once per person: positions lost below are
    # shared ones, which never count here)
    first_alone: dict[int, int] = {}

    def introduced(e: Entity) -> int:
        found = first_alone.get(id(e))
        if found is None:
            found = first_alone[id(e)] = min(
                (y for y in e.positions if y not in shared), default=len(rs.doc.text)
            )
        return found

    # each shared mention stays with the person introduced first; the others lose it (collected,
    # then removed in one pass per person: removing one by one was quadratic on long documents)
    lost: dict[int, tuple[Entity, dict[int, int]]] = {}
    for x, es in shared.items():
        keep = min(es, key=introduced)
        for e in es:
            if e is not keep:
                times = lost.setdefault(id(e), (e, {}))[1]
                times[x] = times.get(x, 0) + 1
    for e, times in lost.values():
        e.positions = _without(e.positions, dict(times))
        e.subject_positions = _without(e.subject_positions, times)


def jurisdiction_only(rs: ResolveState, e: Entity) -> bool:
    """A name seen only after prepositions, once as what a head's title governs ("Le maire de
    Bouvante", "chief executive of Coastal Power", "à Bouvante"): a place or an organisation,
    never the "il" or "he" of a quote nor "the chief executive". ("A lawyer for Jane Roe" is no
    such title: lawyers and spokespeople act for people.)"""
    # a name inside a quotation says nothing of what it is ("“Haiti does not need …”"): skipped, and
    # with no mention outside quotations the answer is False (`titled` stays False)
    text = rs.doc.text
    titled = False
    for x in e.positions:
        if quoted(rs, x):
            continue
        # the last words before the name (the test below reads at most the trailing articles and 7
        # words before them); the whole window only when the articles leave fewer than 8 of the tail
        a = max(0, x - 60)
        # most names have no preposition before them: the last two words settle that (the last word
        # that is no article is among them unless both are articles; then the longer tail below)
        last2 = tail_words(rs, a, x, 2)
        n2 = len(last2)
        while last2 and _article(rs, last2[-1]):
            last2.pop()
        if last2:
            if last2[-1].key not in rs.lang.data.prepositions:
                return False
        elif n2 < 2:
            return False  # (no word or a lone article before the name)
        before = tail_words(rs, a, x, _TAIL)
        whole = len(before) < _TAIL
        while before and _article(rs, before[-1]):
            before.pop()
        if not whole and len(before) < 8:
            before = tokens(text, a, x)
            while before and _article(rs, before[-1]):
                before.pop()
        if not before or before[-1].key not in rs.lang.data.prepositions:
            return False
        # the title may govern a chain: "le procureur de la République de Lille"
        k = len(before) - 2
        while (
            k > 0
            and len(before) - k < 7
            and (
                _is_cap(before[k])
                or before[k].key in rs.lang.data.prepositions
                or before[k].key in rs.lang.determiners
                or before[k].key in rs.lang.data.definite_articles
            )
        ):
            k -= 1
        if k >= 0:
            titled = titled or rs.lang.titles.get(before[k].key) in _HEAD_OF_CLASSES
    return titled


_TAIL: Final = 12  # words jurisdiction_only takes from before a name


def tail_words(rs: ResolveState, a: int, x: int, n: int) -> list[Token]:
    """tokens_tail(text, a, x, n), asked of each paragraph the window covers, the last first: a window
    inside one paragraph is served from the paragraph's shared words, while one across a paragraph break
    (a name that opens its paragraph) would be tokenised on its own. Between paragraphs there are only
    blanks, which no word holds; a zero-width space, which a word may hold, sends the window whole."""
    text = rs.doc.text
    starts, ends = rs.para_starts, rs.para_ends
    k = index_right(starts, x) - 1
    if k < 0 or starts[k] <= a:
        return tokens_tail(text, a, x, n)  # (inside one paragraph)
    out: list[Token] = []
    end = x
    while True:
        if starts[k] > a:
            gap_start = max(a, ends[k - 1]) if k > 0 else a  # the blanks before paragraph k
            if text.find("\u200b", gap_start, starts[k]) >= 0:
                return tokens_tail(text, a, x, n)  # (it would join the words on either side)
        lo = max(a, starts[k])
        if lo < end:
            got = tokens_tail(text, lo, end, n - len(out))
            out = got + out if out else got
        if len(out) >= n or lo <= a or k == 0:
            return out
        k -= 1
        end = ends[k]


def head_words(rs: ResolveState, x: int, b: int, n: int) -> list[Token]:
    """tokens(text, x, b, n), asked of each paragraph the window covers, the first first (see tail_words:
    a window across a paragraph break would be tokenised on its own; one inside a paragraph is served
    from the paragraph's shared words). Between paragraphs there are only blanks, which no word holds;
    a zero-width space, which a word may hold, sends the window whole."""
    text = rs.doc.text
    starts, ends = rs.para_starts, rs.para_ends
    k = index_right(starts, x) - 1
    if k < 0 or ends[k] >= b or k + 1 >= len(starts) or text.find("\u200b", x, b) >= 0:
        return tokens(text, x, b, n)  # (inside one paragraph, before the first or in the last; or a ZWSP)
    out = tokens(text, x, ends[k], n) if x < ends[k] else []
    while len(out) < n and k + 1 < len(starts) and starts[k + 1] < b:
        k += 1
        got = tokens(text, starts[k], min(b, ends[k]), n - len(out))
        out = out + got if out else got
        if ends[k] >= b:
            break
    return out


def _article(rs: ResolveState, t: Token) -> bool:
    return t.key in rs.lang.determiners or t.key in rs.lang.data.definite_articles


def quoted(rs: ResolveState, pos: int) -> bool:
    j = index_right(rs.quote_starts, pos) - 1
    return j >= 0 and rs.quote_spans[j][0] <= pos < rs.quote_spans[j][1]


def demonym_surname(rs: ResolveState, m: Mention) -> Entity | None:
    if not m.nationality or m.head_class is not None or " " in m.text or not m.text[:1].isupper():
        return None
    ent = rs.reg.lookup([m.text])
    return ent if ent is not None and ent.is_person and len(ent.key_tokens) > 1 else None


def particle_person(rs: ResolveState, m: Mention) -> Entity | None:
    toks = tokens(m.text, 0, len(m.text))
    if len(toks) < 2 or toks[0].key not in rs.lang.data.name_connectors or not toks[0].text[:1].isupper():
        return None
    ent = rs.reg.lookup([t.text for t in toks])
    return ent if ent is not None and ent.is_person and len(ent.key_tokens) > len(toks) else None


def self_named(rs: ResolveState, c: Cand, m: Mention) -> Entity | None:
    """The name given to an unnamed source between its description and the cue."""
    if c.cue is None or not (m.end <= c.cue.start <= m.end + 250):
        return None
    g = rs.lang.self_naming_re.search(rs.doc.text, m.end, c.cue.start)
    if g is None:
        return None
    return rs.reg.add_name([g.group(1)], g.start(1), set(), set(), set(), m.gender, subject=True)


def introduced_before(rs: ResolveState, c: Cand, cand_paras: set[int]) -> Entity | None:
    """A quotation paragraph with no attribution right after a paragraph that introduces a new person
    ('Sarah Kent, who lives next door, was woken by the crash.') is that person's."""
    p = rs.doc.paras[c.para]
    start = c.start
    if c.cue is not None and c.cue.start < start:
        start = c.cue.start  # "Añadió que …", "Según ha explicado, …": the cue opens the sentence
    if start - p.start > 2:
        # in a paragraph: the sentence before must introduce someone ("Smith was blunt. “…”")
        k = bisect.bisect_right(p.sent_starts, start) - 1
        if k < 1 or (
            start - p.sents[k][0] > 2
            and not _incise_tail(rs, c, p.sents[k][0])
            and not _opening_circumstance(rs, c, p.sents[k][0], start)
        ):
            return None
        lo, hi = p.sents[k - 1]
        if bisect.bisect_left(rs.cand_starts, lo) < bisect.bisect_left(rs.cand_starts, hi):
            return None  # that sentence has its own quotation
    else:
        if c.para == 0 or (c.para - 1) in cand_paras:
            return None
        lo, hi = rs.doc.paras[c.para - 1].start, rs.doc.paras[c.para - 1].end
    if rs.subject_index is None:
        rs.subject_index = sorted(
            (pos, i) for i, e in enumerate(rs.reg.entities) if e.is_person for pos in e.subject_positions
        )
        rs.subject_starts = [x[0] for x in rs.subject_index]
    k = bisect.bisect_left(rs.subject_starts, hi) - 1
    best = rs.reg.entities[rs.subject_index[k][1]] if k >= 0 and rs.subject_starts[k] >= lo else None
    if best is None or (rs.last is not None and rs.last.entity is best):
        return None
    return best


def _opening_circumstance(rs: ResolveState, c: Cand, s0: int, start: int) -> bool:
    """A subject-less cue after a short opening circumstance and its comma ("En su informe final,
    sostuvo que …"): the sentence still starts with the report."""
    head = rs.doc.text[s0:start].strip()
    return (
        c.cue is not None
        and c.cue.start == start
        and c.mention is None
        and 0 < len(head) <= 80
        and head.endswith(",")
        and not any(ch in head for ch in "«»“”\"")
    )


def _incise_tail(rs: ResolveState, c: Cand, s0: int) -> bool:
    """`c` is the second half of a quotation its own subject-less incise splits, the first half opening
    the sentence: «Hemos venido a ayudar —explicó—, nadie se queda solo» (the sentence is the quote)."""
    text = rs.doc.text
    a = s0
    while a < c.start and text[a] in " \u00a0":
        a += 1
    if c.cue is None or not (a < c.cue.start < c.start) or text[a : a + 1] not in "«“\"‘'":
        return False
    lo = bisect.bisect_left(rs.cand_starts, a)
    return bisect.bisect_left(rs.cand_starts, c.start) - lo == 1


def _without(seq: list[int], times: dict[int, int]) -> list[int]:
    """seq without the first times[x] occurrences of each x (what that many seq.remove(x) would leave;
    `times` is used up)."""
    out = []
    for y in seq:
        n = times.get(y, 0)
        if n > 0:
            times[y] = n - 1
        else:
            out.append(y)
    return out
